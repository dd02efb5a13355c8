# unterminated triple-quoted string at the end of the file
print("never printed")
doc = """this string
is never closed
