# hostile: reconfigure the process that forks every run (pid 1 of the
# sandbox's pid namespace, same uid) so that later runs break: lower its
# open files or processes, renice it, pin it to one CPU, change its
# scheduling or I/O class, move its pages. Each must be refused. The calls
# on every process of the user ask for what they already have (nice 0, no
# I/O class): a sandbox that let them through would change nothing on the
# machine.
# verdict: blocked
# exit: 125
# stdout: refused 12 of 12
import ctypes, os, resource
libc = ctypes.CDLL(None, use_errno=True)
IOPRIO_WHO_PROCESS, IOPRIO_WHO_USER = 1, 3
IDLE = (3 << 13) | 7
NR = {"x86_64": (251, 256, 279), "aarch64": (30, 238, 239)}
ioprio_set, migrate_pages, move_pages = NR[os.uname().machine]
attempts = [
    lambda: resource.prlimit(1, resource.RLIMIT_NOFILE, (3, 3)),
    lambda: resource.prlimit(1, resource.RLIMIT_NPROC, (1, 1)),
    lambda: os.setpriority(os.PRIO_PROCESS, 1, 19),
    lambda: os.setpriority(os.PRIO_PGRP, 1, 19),
    lambda: os.setpriority(os.PRIO_USER, 0, 0),
    lambda: os.sched_setaffinity(1, {min(os.sched_getaffinity(0))}),
    lambda: os.sched_setscheduler(1, os.SCHED_IDLE, os.sched_param(0)),
    lambda: os.sched_setparam(1, os.sched_param(0)),
    lambda: libc.syscall(ioprio_set, IOPRIO_WHO_PROCESS, 1, IDLE),
    lambda: libc.syscall(ioprio_set, IOPRIO_WHO_USER, 0, 0),
    lambda: libc.syscall(migrate_pages, 1, 64, None, None),
    lambda: libc.syscall(move_pages, 1, 0, None, None, None, 0),
]
refused = 0
for attempt in attempts:
    try:
        r = attempt()
    except PermissionError:
        refused += 1
    else:
        if isinstance(r, int) and r == -1 and ctypes.get_errno() == 1:
            refused += 1
print(f"refused {refused} of {len(attempts)}")
