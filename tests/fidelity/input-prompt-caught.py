# input("prompt: ") at EOF: prompt goes to stdout (no newline), EOFError caught
try:
    answer = input("prompt: ")
except EOFError:
    print("<EOF>")
    answer = "default"
print("answer =", answer)
try:
    input()
except EOFError as e:
    print("second read also EOF:", repr(e))
