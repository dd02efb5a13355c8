# hostile: (needs subprocess) the executed interpreter leaves the process group; a refused call kills it (no SIGSYS reporter survives execve)
# args: --needs subprocess
# verdict: ok
# exit: 0
# stdout: -31 0
import subprocess, sys
r = subprocess.run([sys.executable, "-c", "import os; os.setsid(); print('escaped')"],
    capture_output=True, text=True)
print(r.returncode, len(r.stdout))
