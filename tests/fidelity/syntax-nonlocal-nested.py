# SyntaxError from the symbol table, in a nested function: no binding for
# a nonlocal name
def outer():
    count = 0
    def inner():
        def innermost():
            nonlocal total
            total += 1
        return innermost
    return inner
