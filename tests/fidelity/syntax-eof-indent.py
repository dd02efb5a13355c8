# IndentationError at the end of the file: a block that never comes
print("never printed")
def unfinished():
