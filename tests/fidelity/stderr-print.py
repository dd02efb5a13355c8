# print(..., file=sys.stderr) and sys.stderr.write alongside stdout
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr via write, no newline")
sys.stderr.write("\nsecond stderr line\n")
print("unicode on stderr: é 中 🐍", file=sys.stderr)
print("stdout again")
