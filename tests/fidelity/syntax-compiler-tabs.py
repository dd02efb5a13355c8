# SyntaxError from the compiler in code indented with tabs
def check(values):
	for v in values:
		if v:
			continue
	else:
		break
