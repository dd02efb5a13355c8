# hostile: overflow the C stack
# It needs about 1 s of CPU; on a loaded machine the default 5 s of wall
# time ran out first (a timeout, not the crash this tests): a generous
# wall-clock limit leaves only the crash to end it.
# args: --timeout 60
# verdict: crashed
# exit: 139
import sys
sys.setrecursionlimit(10 ** 8)
nested = []
for _ in range(10 ** 6):
    nested = [nested]
print(repr(nested)[:10])
