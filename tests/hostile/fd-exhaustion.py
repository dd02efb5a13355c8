# hostile: open descriptors until none are left
# verdict: raised
# exit: 1
files = [open("/dev/null") for _ in range(100000)]
