# a byte that is not UTF-8, with no coding declaration: python3 names the
# file and the line, and shows no source line
word = "café"
