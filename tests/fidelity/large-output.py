# large-ish output: 2000 numbered lines (exceeds pipe buffer sizes)
for i in range(2000):
    print(f"line {i:04d}: {'x' * (i % 50)} {i * i}")
print("done")
