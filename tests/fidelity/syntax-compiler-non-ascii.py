# SyntaxError from the compiler on a line with non-ASCII text before the
# error: the caret's columns are counted as python3 counts them
message = "café"
def greet(naïve):
    print("déjà vu", naïve); return "résumé" if naïve else await naïve
