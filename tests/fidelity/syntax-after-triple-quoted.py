# SyntaxError on the line that closes a triple-quoted string: python3 shows
# that line, not the whole string
text = """first line
second line
""" + 1 +
print(text)
