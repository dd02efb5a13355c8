# hostile: attach to another process with ptrace
# verdict: blocked
# exit: 125
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
print("ptrace returned", libc.ptrace(16, 1, 0, 0))
