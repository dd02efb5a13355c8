# hostile: read a system file outside what Python needs
# verdict: blocked
# exit: 125
print(open("/etc/passwd").read())
