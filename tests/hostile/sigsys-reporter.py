# hostile: swap out the handler that reports refused system calls (the
# signal number with its upper half set, which the kernel ignores), then
# make a refused call: it must still be reported as refused
# verdict: blocked
# exit: 125
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
rt_sigaction = {"x86_64": 13, "aarch64": 134}[os.uname().machine]
ignore = (ctypes.c_ulong * 4)(1, 0, 0, 0)          # SIG_IGN
print("rt_sigaction returned",
      libc.syscall(rt_sigaction, ctypes.c_long((1 << 32) | 31), ignore, None, 8))
print("ptrace returned", libc.ptrace(16, 1, 0, 0))
