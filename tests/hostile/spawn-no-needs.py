# hostile: execute the interpreter without "needs: subprocess"
# verdict: blocked
# exit: 125
import subprocess, sys
subprocess.run([sys.executable, "-c", "print('escaped')"])
