# a suspended generator's finally block runs when it is collected at exit
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")


gen = numbers()
print(next(gen))
print("end of program")
