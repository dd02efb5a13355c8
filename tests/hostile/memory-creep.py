# hostile: grow a list of megabyte strings until something gives
# verdict: memory-limit
# exit: 137
hog = []
while True:
    hog.append("x" * 10 ** 6 + str(len(hog)))
