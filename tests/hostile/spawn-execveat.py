# hostile: (needs subprocess) execute the interpreter through a descriptor (execveat stays refused)
# args: --needs subprocess
# verdict: blocked
# exit: 125
import os, sys
fd = os.open(sys.executable, os.O_RDONLY)
os.execve(fd, [sys.executable, "-c", "print('escaped')"], {})
