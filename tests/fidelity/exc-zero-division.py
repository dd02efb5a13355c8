# uncaught ZeroDivisionError after some output
print("computing")
numerator = 10
denominator = 0
print(numerator / denominator)
print("never reached")
