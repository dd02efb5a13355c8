# hostile: ask for 10 GB at once
# verdict: memory-limit
# exit: 137
x = bytearray(10 ** 10)
