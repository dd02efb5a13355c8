# interleaved stdout/stderr writes; each stream is compared separately
import sys
for i in range(5):
    print(f"out {i}")
    print(f"err {i}", file=sys.stderr)
    if i % 2:
        sys.stdout.flush()
        sys.stderr.flush()
print("final out", end="")
print("final err", end="", file=sys.stderr)
