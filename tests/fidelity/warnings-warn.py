# warnings.warn output on stderr (file:line, category, source line; default filter dedupes per location)
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

print("before")
for i in range(3):
    warnings.warn("shown once: same message and location")
warnings.simplefilter("always")
for i in range(2):
    warnings.warn(f"shown every time ({i})", RuntimeWarning)
print(old_api(21))
print("after")
