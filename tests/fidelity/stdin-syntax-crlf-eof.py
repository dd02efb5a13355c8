# a SyntaxError at the end of a program read from standard input, with
# Windows line endings
total = 1 + \
