# hostile: print forever
# verdict: output-limit
# exit: 125
# max-stdout: 1048576
while True:
    print("y" * 100)
