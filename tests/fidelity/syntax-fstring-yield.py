# SyntaxError from the compiler inside an f-string's expression
name = "world"
print(f"hello {name} {(yield name)!r:>10}")
