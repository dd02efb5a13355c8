# sys.exit(0): explicit success status
import sys
print("exiting with sys.exit(0)")
sys.exit(0)
