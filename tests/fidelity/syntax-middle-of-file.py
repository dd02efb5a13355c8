# invalid syntax in the middle of the file: the prints before it never run
print("line one")
print("line two")
x = 1 +* 2
print("line four")
