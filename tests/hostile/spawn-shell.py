# hostile: (needs subprocess) execute a shell instead of the interpreter
# args: --needs subprocess
# verdict: blocked
# exit: 125
import subprocess
subprocess.run(["/bin/sh", "-c", "echo escaped"])
