# hostile: reach the hypervisor over AF_VSOCK, which network namespaces do
# not isolate (CID 2 is the host)
# verdict: blocked
# exit: 125
import socket
s = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
s.settimeout(2)
s.connect((2, 1024))
