# set iteration order of strings under the fixed PYTHONHASHSEED=0
print(list({"apple", "banana", "cherry", "date"}))
print(sorted({"apple", "banana"}))
print(hash("abc") == hash("abc"))
