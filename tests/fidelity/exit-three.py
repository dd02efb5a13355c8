# sys.exit(3): nonzero integer status, output before it is still flushed
import sys
print("something went wrong, exiting with 3")
sys.exit(3)
