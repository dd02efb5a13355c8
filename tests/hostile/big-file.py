# hostile: fill the disk
# verdict: raised
# exit: 1
with open("big.bin", "wb") as f:
    for _ in range(1000):
        f.write(b"\0" * (1 << 20))
