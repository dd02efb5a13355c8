# hostile: talk to a service on an abstract unix socket outside (the
# snippet has a network namespace of its own, so there is none to reach)
# verdict: raised
# exit: 1
import socket
s = socket.socket(socket.AF_UNIX)
s.connect("\0/tmp/.X11-unix/X0")
