# exit(2) using the site-provided builtin exit()
print("using the exit() builtin")
exit(2)
