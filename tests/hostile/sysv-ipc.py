# hostile: a SysV shared memory segment outlives its run and holds memory
# no limit counts
# verdict: blocked
# exit: 125
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
IPC_CREAT = 0o1000
seg = libc.shmget(0x5A17, 64 << 20, IPC_CREAT | 0o600)
print(seg)
