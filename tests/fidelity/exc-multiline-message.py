# uncaught exception whose message spans several lines
errors = ["line 1: unexpected token", "line 7: missing colon", "line 9: bad indent"]
message = "3 problems found:\n" + "\n".join("  - " + e for e in errors)
print("checking")
raise ValueError(message)
