# __name__ is "__main__" for the script; other module-level dunders that are stable
print(__name__)
print(__doc__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
if __name__ == "__main__":
    print("running as main")
