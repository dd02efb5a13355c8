# SyntaxError from the compiler's __future__ pass, not the parser: python3
# reads the line to show from the file itself
print("never printed")
from __future__ import braces
