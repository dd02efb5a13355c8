# hostile: reach kernel code no Python program needs, with a history of
# holes: the LDT, a.out libraries, dcookies, nfsservctl, vmsplice, another
# process's memory through a pidfd, quotas, the console's TIOCLINUX. Bad
# arguments, so that each fails anyway; only the sandbox says EPERM.
# verdict: blocked
# exit: 125
# stdout: refused all
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
NR = {
    "x86_64": {"modify_ldt": 154, "uselib": 134, "lookup_dcookie": 212,
               "nfsservctl": 180, "vmsplice": 278, "process_madvise": 440,
               "process_mrelease": 448, "quotactl_fd": 443},
    "aarch64": {"lookup_dcookie": 18, "vmsplice": 75, "process_madvise": 440,
                "process_mrelease": 448, "quotactl_fd": 443},
}[os.uname().machine]
args = {"modify_ldt": (0, None, 0), "uselib": (None,),
        "lookup_dcookie": (0, None, 0), "nfsservctl": (0, None, None)}
through = []
for name, nr in NR.items():
    ctypes.set_errno(0)
    if libc.syscall(nr, *args.get(name, (-1, None, 0, 0, 0))) != -1 or \
            ctypes.get_errno() != 1:
        through.append(name)
ctypes.set_errno(0)
if libc.ioctl(0, 0x541C, None) != -1 or ctypes.get_errno() != 1:  # TIOCLINUX
    through.append("TIOCLINUX")
print("refused all" if not through else "let through: " + " ".join(through))
