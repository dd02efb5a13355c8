# hostile: hold memory no rlimit counts: memfds written, never mapped
# verdict: ok
# exit: 0
# stdout: bounded
# Up to 1 GiB in 64 memfds of 16 MiB. A run's memfds live in its own
# tmpfs, part of its memory budget (64 MiB of files by default).
import os
held = 0
try:
    for i in range(64):
        fd = os.memfd_create(f"hoard{i}")
        for _ in range(16):
            os.write(fd, b"x" * (1 << 20))
            held += 1 << 20
except OSError:
    pass
print("bounded" if held <= 64 << 20 else f"held {held >> 20} MiB")
