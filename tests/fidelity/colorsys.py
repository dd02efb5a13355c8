# a snippet with the name of a standard module: its traceback shows its own
# lines, not the module's
values = [1, 2, 3]
print(sum(values))
print(values[3])
