# os._exit after sys.stdout.flush(): flushed output survives, status 7
import os
import sys
print("flushed before os._exit")
sys.stdout.flush()
os._exit(7)
