# a SyntaxError from the compiler in a program read from standard input:
# python3 has no file to read the line from, so it shows none
print("never printed")
def f():
    x = 1
    def g():
        nonlocal y
