# hostile: kill the process that started it
# verdict: blocked
# exit: 125
import os, signal
os.kill(os.getppid(), signal.SIGKILL)
print("parent killed?")
