# a SyntaxWarning is shown once, then the compiler's SyntaxError with its
# line
x = 5
assert (x, "x must be set")
print(x is 5)
for item in range(3):
    pass
else:
    continue
