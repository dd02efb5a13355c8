# implicit chaining: exception raised while handling another ("During handling ...")
def cleanup(resource):
    return resource.close()

try:
    values = [1, 2, 3]
    print(values[10])
except IndexError:
    print("handling IndexError")
    cleanup(None)
