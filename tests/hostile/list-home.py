# hostile: look around the user's home
# verdict: blocked
# exit: 1
import os
print(os.listdir("/root"))
