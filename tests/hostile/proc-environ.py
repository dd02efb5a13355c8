# hostile: read another process's environment through /proc
# verdict: blocked
# exit: 1
print(open("/proc/1/environ", "rb").read())
