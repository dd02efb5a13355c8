# hostile: hold memory as files: the scratch directory and /dev/shm
# verdict: ok
# exit: 0
# stdout: bounded
# Both live in the run's own tmpfs, 64 MiB by default, all told.
import os
held = 0
for d in (".", "/dev/shm"):
    try:
        for i in range(64):
            with open(os.path.join(d, f"hoard{i}"), "wb") as f:
                for _ in range(16):
                    f.write(b"x" * (1 << 20))
                    held += 1 << 20
    except OSError:
        pass
print("bounded" if held <= 64 << 20 else f"held {held >> 20} MiB")
