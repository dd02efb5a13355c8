# hostile: a non-daemon thread that never ends (python3 waits for it)
# args: --timeout 1
# verdict: timeout
# exit: 124
# stdout: main done
import threading, time
threading.Thread(target=time.sleep, args=(1000,)).start()
print("main done")
