# hostile: run another program
# verdict: blocked
# exit: 125
import subprocess
subprocess.run(["/bin/sh", "-c", "echo escaped"])
