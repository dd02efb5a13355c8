# hostile: (allowed) a server on the snippet's own loopback
# verdict: ok
# exit: 0
# stdout: b'HELLO'
import socket, threading
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
def serve():
    conn, _ = srv.accept()
    conn.sendall(conn.recv(5).upper())
    conn.close()
threading.Thread(target=serve).start()
cli = socket.create_connection(srv.getsockname())
cli.sendall(b"hello")
print(cli.recv(5))
