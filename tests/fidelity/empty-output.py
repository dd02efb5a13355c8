# a program that computes things but writes nothing to stdout or stderr
total = sum(i * i for i in range(100))
assert total == 328350
words = "the quick brown fox".split()
_ = sorted(words, key=len)
