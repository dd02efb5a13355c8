# the interpreter waits for non-daemon threads before atexit handlers run
import atexit
import threading

atexit.register(print, "atexit handler")
done = threading.Event()


def worker():
    done.wait()
    print("worker finished")


threading.Thread(target=worker).start()
print("main finished")
done.set()
