# SyntaxError inside a triple-quoted f-string that spans lines
rows = 3
report = f"""rows: {rows}
total: {rows +
}"""
print(report)
