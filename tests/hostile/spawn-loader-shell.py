# hostile: (needs subprocess) run a shell through the ELF loader, which such runs may execute
# args: --needs subprocess
# verdict: ok
# exit: 0
# stdout: 127 0
import os, subprocess
ld = [p for p in ("/lib64/ld-linux-x86-64.so.2", "/lib/ld-linux-aarch64.so.1")
      if os.path.exists(p)][0]
r = subprocess.run([ld, "/bin/sh", "-c", "echo escaped"], capture_output=True, text=True)
print(r.returncode, len(r.stdout))
