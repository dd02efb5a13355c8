# atexit handlers run at exit in LIFO order and can print to stdout/stderr
import atexit
import sys

def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")

atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")

@atexit.register
def last():
    print("registered last, runs first", file=sys.stderr)

print("main body done")
sys.exit(5)
