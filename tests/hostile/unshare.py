# hostile: make new namespaces for itself
# verdict: blocked
# exit: 125
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
print("unshare returned", libc.unshare(0x10000000))
