# hostile: signal every pid it can think of
# verdict: ok
# exit: 0
import os, signal
me = os.getpid()
for pid in [-1] + list(range(1, 4096)):
    if pid == me:
        continue
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
print("nobody died")
