# hostile: (needs subprocess) the executed interpreter executes a shell
# args: --needs subprocess
# verdict: ok
# exit: 0
# stdout: 1 PermissionError 0
import subprocess, sys
r = subprocess.run([sys.executable, "-c",
    "import os; os.execv('/bin/sh', ['sh', '-c', 'echo escaped'])"],
    capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1].split(":")[0], len(r.stdout))
