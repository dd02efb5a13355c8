# hostile: open sockets of families no snippet needs (kernel code of their
# own, some reaching outside the network namespace): packet, netlink
# other than routing, crypto, keys, Bluetooth, XDP, vsock, a socketpair
# of another family. Each must be refused.
# verdict: blocked
# exit: 125
# stdout: refused 11 of 11
import socket
attempts = [
    (socket.AF_PACKET, socket.SOCK_RAW, 0),
    (socket.AF_NETLINK, socket.SOCK_RAW, 9),           # NETLINK_AUDIT
    (socket.AF_NETLINK, socket.SOCK_DGRAM, 15),       # NETLINK_KOBJECT_UEVENT
    (socket.AF_NETLINK, socket.SOCK_RAW, 4),          # NETLINK_SOCK_DIAG
    (socket.AF_ALG, socket.SOCK_SEQPACKET, 0),
    (15, socket.SOCK_RAW, 2),                         # AF_KEY, PF_KEY_V2
    (31, socket.SOCK_RAW, 0),                         # AF_BLUETOOTH
    (44, socket.SOCK_RAW, 0),                         # AF_XDP
    (socket.AF_VSOCK, socket.SOCK_DGRAM, 0),
    (socket.AF_APPLETALK, socket.SOCK_DGRAM, 0),
]
refused = 0
for family, kind, proto in attempts:
    try:
        socket.socket(family, kind, proto).close()
    except PermissionError:
        refused += 1
    except OSError:
        pass        # not refused (the kernel may lack it)
try:
    socket.socketpair(socket.AF_INET)
except PermissionError:
    refused += 1
except OSError:
    pass
print(f"refused {refused} of {len(attempts) + 1}")
