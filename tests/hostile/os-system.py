# hostile: start a shell that writes outside
# verdict: blocked
# exit: 125
# absent: /tmp/snipquiz-hostile-exec
import os
status = os.system("touch /tmp/snipquiz-hostile-exec")
print("status", status)
