# hostile: write a file outside the scratch directory
# verdict: blocked
# exit: 125
# absent: /tmp/snipquiz-hostile-write
with open("/tmp/snipquiz-hostile-write", "w") as f:
    f.write("escaped")
