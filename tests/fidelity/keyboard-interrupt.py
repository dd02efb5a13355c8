# raise KeyboardInterrupt explicitly: traceback printed, then python exits via SIGINT (status 130)
def wait_for_user():
    raise KeyboardInterrupt

print("waiting")
wait_for_user()
