# hostile: sleep without using CPU (only the wall clock catches it)
# args: --timeout 1
# verdict: timeout
# exit: 124
import time
print("going to sleep", flush=True)
time.sleep(1000)
