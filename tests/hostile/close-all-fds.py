# hostile: close every descriptor it can find
# verdict: ok
# exit: 120
import os
os.closerange(0, 65536)
print("still here?")
