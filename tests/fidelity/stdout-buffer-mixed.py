# print() mixed with sys.stdout.buffer.write, flushing the text layer before each raw write
import sys
print("text line 1")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes line 2\n")
sys.stdout.buffer.write("raw utf-8: \u00e9\u4e2d\n".encode("utf-8"))
sys.stdout.buffer.flush()
print("text line 3", end="")
sys.stdout.flush()
sys.stdout.buffer.write(b" + raw tail\n\xff\xfe invalid utf-8 bytes\n")
sys.stdout.buffer.flush()
print("text line 5")
