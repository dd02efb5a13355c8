# print() with sep= and end= arguments, plus f-string formatting
print("a", "b", "c", sep="-")
print("no newline here", end="")
print(" | continued", end="\n\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1, 2)}, sep=", ")
name, value = "pi", 3.14159265
print(f"{name}={value:.3f} {value!r} {name:>6}|{42:08b}|{255:#x}|{1234567:,}")
print(f"{'nested'!s:^12}", f"{3 + 4 = }")
print(*range(5), sep="")
print()
