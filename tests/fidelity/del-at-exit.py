# destructors of objects still alive when the program ends run at shutdown
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Resource("a")
b = Resource("b")
temp = Resource("temp")
del temp
print("end of program")
