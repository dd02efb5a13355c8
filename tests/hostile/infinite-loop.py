# hostile: burn CPU forever
# args: --timeout 1
# verdict: timeout
# exit: 124
while True:
    pass
