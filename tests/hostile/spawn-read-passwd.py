# hostile: (needs subprocess) the executed interpreter reads /etc/passwd
# args: --needs subprocess
# verdict: ok
# exit: 0
# stdout: 1 PermissionError 0
import subprocess, sys
r = subprocess.run([sys.executable, "-c", "print(open('/etc/passwd').read())"],
    capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1].split(":")[0], len(r.stdout))
