# exception raised inside a list comprehension (its own frame in the traceback)
data = ["10", "20", "", "40"]
lengths = [len(s) for s in data]
print(lengths)
numbers = [100 // len(s) for s in data]
print(numbers)
