# SyntaxError from the symbol table: 'yield' inside list comprehension
def squares(n):
    return [(yield i * i) for i in range(n)]

print(list(squares(3)))
