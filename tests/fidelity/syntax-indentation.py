# IndentationError: unexpected indent after a statement
print("never printed")
def f():
    return 1
  x = 2
print(f())
