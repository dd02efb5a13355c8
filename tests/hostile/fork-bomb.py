# hostile: fork until the machine falls over
# args: --timeout 10
# verdict: raised
# exit: 1
import os
while True:
    os.fork()
