# hostile: read another process's environment through /proc
# verdict: blocked
# exit: 125
print(open("/proc/1/environ", "rb").read())
