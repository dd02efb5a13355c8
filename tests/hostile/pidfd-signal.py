# hostile: kill the zygote through a pidfd rather than kill(2) (Landlock's
# signal scoping covers pidfd_send_signal too)
# verdict: blocked
# exit: 125
import os, signal
fd = os.pidfd_open(os.getppid())
signal.pidfd_send_signal(fd, signal.SIGKILL)
print("zygote killed?")
