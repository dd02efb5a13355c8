# run from standard input (python3 -): __file__ is "<stdin>", sys.argv[0]
# is "-", sys.path[0] is "" and __loader__ is left alone
import sys

print(__file__, sys.argv, repr(sys.path[0]))
print(__cached__, type(__loader__).__name__)
def fail():
    raise ValueError("from stdin")
fail()
