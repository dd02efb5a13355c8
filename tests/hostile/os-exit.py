# hostile: leave without cleaning up
# verdict: ok
# exit: 42
import os
print("bye", flush=True)
os._exit(42)
