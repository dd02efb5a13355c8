"""A module docstring
over several lines.
"""
# 'return' outside function, right after a multi-line statement
values = [
    1,
    2,
]
return sum(values)
