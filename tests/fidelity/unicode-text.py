# unicode text (accented, CJK, emoji, combining chars) through print with UTF-8 stdout
print("café résumé naïve é")
print("中文测试：你好，世界")
print("emoji: 🐍🎉👍🏽 and flags 🇫🇷")
print("combining: e\u0301 vs \u00e9", len("e\u0301"), len("\u00e9"))
s = "Grüße, 日本語, Ελληνικά"
print(s.upper(), s.casefold(), len(s), len(s.encode("utf-8")))
print(repr("tab\there é 中"), ascii("é中🐍"))
