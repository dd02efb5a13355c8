# RecursionError from unbounded recursion (default limit): traceback has "[Previous line repeated N more times]"
def countdown(n):
    return countdown(n - 1) + 1

print("starting")
countdown(10)
