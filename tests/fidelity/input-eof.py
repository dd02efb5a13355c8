# input() with stdin at EOF: uncaught EOFError
print("please type your name")
name = input()
print("hello", name)
