# hostile: overflow the C stack
# verdict: crashed
# exit: 139
import sys
sys.setrecursionlimit(10 ** 8)
nested = []
for _ in range(10 ** 6):
    nested = [nested]
print(repr(nested)[:10])
