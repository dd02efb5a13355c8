# hostile: set up an io_uring, whose operations (open, read, connect, ...)
# the seccomp filter never sees
# verdict: blocked
# exit: 125
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
params = ctypes.create_string_buffer(120)
fd = libc.syscall(425, 8, params)          # io_uring_setup
print("io_uring_setup returned", fd, "errno", ctypes.get_errno())
