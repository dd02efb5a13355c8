# hostile: (allowed) local socket pairs work
# verdict: ok
# exit: 0
# stdout: b'ping'
import socket
a, b = socket.socketpair()
a.sendall(b"ping")
print(b.recv(4))
