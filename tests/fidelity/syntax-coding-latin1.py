# -*- coding: latin-1 -*-
# SyntaxError in a file with a coding declaration
word = "café"
print(word +)
