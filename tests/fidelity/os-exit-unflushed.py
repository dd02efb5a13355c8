# os._exit without flush: text still buffered in stdout is lost (and atexit handlers do not run)
import atexit
import os
import sys
sys.stdout.reconfigure(write_through=False)  # keep text buffered even if PYTHONUNBUFFERED is set
print("kept: flushed explicitly")
sys.stdout.flush()
atexit.register(print, "atexit handler never runs")
print("lost: still sitting in the stdout buffer")
os._exit(0)
