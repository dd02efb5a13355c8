# sys.exit("message"): message printed to stderr, exit status 1
import sys
print("about to fail")
sys.exit("fatal: configuration file is invalid")
