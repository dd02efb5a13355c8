# hostile: leave its process group to outlive the kill
# verdict: blocked
# exit: 1
import os
os.setsid()
