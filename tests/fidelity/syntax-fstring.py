# SyntaxError inside an f-string expression
name = "world"
print("never printed")
print(f"hello {name!}")
