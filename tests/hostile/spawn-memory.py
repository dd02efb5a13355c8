# hostile: (needs subprocess) the executed interpreter allocates past the run's memory
# args: --needs subprocess
# verdict: ok
# exit: 0
# stdout: 1 MemoryError
import subprocess, sys
r = subprocess.run([sys.executable, "-c", "x = bytearray(1 << 30)"],
    capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
