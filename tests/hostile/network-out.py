# hostile: reach the internet
# verdict: raised
# exit: 1
import socket
socket.create_connection(("1.1.1.1", 53), timeout=2)
