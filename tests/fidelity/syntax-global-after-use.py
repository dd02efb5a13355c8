# SyntaxError from the symbol table: a name used before its global
# declaration, in a method
counter = 0
class Counter:
    def bump(self):
        print(counter)
        global counter
        counter += 1
