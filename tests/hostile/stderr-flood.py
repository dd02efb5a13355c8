# hostile: flood standard error
# verdict: output-limit
# exit: 125
import sys
while True:
    sys.stderr.write("e" * 4096)
