# hostile: (allowed) what glibc asks the kernel about the network through
# a routing netlink socket: the interfaces, and for AI_ADDRCONFIG whether
# an address other than loopback is configured (none is: EAI_NONAME, as
# python3 gets in a network namespace of its own)
# verdict: ok
# exit: 0
# stdout: lo -2
import socket
try:
    socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, 0, 0,
                       socket.AI_ADDRCONFIG)
    error = None
except socket.gaierror as e:
    error = e.errno
print(*(name for _, name in socket.if_nameindex()), error)
