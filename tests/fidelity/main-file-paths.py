# what the main file knows of its path: __file__ absolute (python3 3.9+),
# sys.argv[0] as given, sys.path[0] the script's directory; __file__ and
# __cached__ are gone by the time atexit callbacks run
import atexit
import os
import sys

print(__file__, os.path.isabs(__file__))
print(sys.argv)
print(sys.path[0], sys.path[0] == os.path.dirname(__file__))
print(__cached__, type(__loader__).__name__, __spec__, __package__)
atexit.register(lambda: print("at exit:", globals().get("__file__", "gone"),
                              globals().get("__cached__", "gone")))
