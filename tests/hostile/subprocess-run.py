# hostile: run another program
# verdict: blocked
# exit: 1
import subprocess
subprocess.run(["/bin/sh", "-c", "echo escaped"])
