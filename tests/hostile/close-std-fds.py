# hostile: close stdout and stderr, then print
# verdict: ok
# exit: 120
import os
os.close(1)
os.close(2)
print("into the void")
