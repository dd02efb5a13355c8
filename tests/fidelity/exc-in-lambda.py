# exception raised inside a lambda called via sorted(key=...)
records = [("alice", 3), ("bob", None), ("carol", 1)]
by_name = sorted(records, key=lambda r: r[0])
print(by_name)
by_score = sorted(records, key=lambda r: r[1] * 2)
print(by_score)
