# sys.exit() with no argument: exit status 0, nothing on stderr
import sys
print("exiting with sys.exit()")
sys.exit()
print("never printed")
