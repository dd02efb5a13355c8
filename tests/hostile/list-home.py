# hostile: look around the user's home
# verdict: blocked
# exit: 125
import os
print(os.listdir("/root"))
