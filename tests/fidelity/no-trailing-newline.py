# output that does not end with a newline
import sys
print("first line")
sys.stdout.write("last line without newline")
