# hostile: (needs subprocess) the executed interpreter writes outside the scratch directory
# args: --needs subprocess
# verdict: ok
# exit: 0
# stdout: 1 PermissionError
# absent: /tmp/snipquiz-hostile-spawn-write
import subprocess, sys
r = subprocess.run([sys.executable, "-c",
    "open('/tmp/snipquiz-hostile-spawn-write', 'w').write('escaped')"],
    capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1].split(":")[0])
