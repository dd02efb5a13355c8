# hostile: read a system file outside what Python needs
# verdict: blocked
# exit: 1
print(open("/etc/passwd").read())
