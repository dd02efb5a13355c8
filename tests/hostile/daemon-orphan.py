# hostile: leave a child running after it exits
# verdict: ok
# exit: 0
import os, time
if os.fork() == 0:
    time.sleep(1000)
    os._exit(0)
print("parent leaves")
