# hostile: leave its process group to outlive the kill
# verdict: blocked
# exit: 125
import os
os.setsid()
