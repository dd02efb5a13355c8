# hostile: (allowed) write and read back a file in its own directory
# verdict: ok
# exit: 0
# stdout: kept
with open("notes.txt", "w") as f:
    f.write("kept")
print(open("notes.txt").read())
