/*
 * style.h: judging code fragments with the real style checkers.
 *
 * An ```options pycodestyle (pydocstyle, pep8-naming) block lists code
 * fragments, or the checker's rule codes to look for in the item's
 * program; the style driver hands each text to the checker inside the
 * oracle's sandbox and reports what it found. A fragment is
 * tokenized and parsed there, never run. The checkers are the
 * distribution's (Debian's python3-pycodestyle, python3-pydocstyle,
 * python3-pep8-naming), read from its site-packages by the driver only;
 * a snippet's sys.path stays the standard library's.
 */
#ifndef SQ_STYLE_H
#define SQ_STYLE_H

#include <stddef.h>

/* bank.h includes this file: the oracle's types are only named here. */
struct oracle_req;
struct result;

/* The checkers a block can name. */
enum style_checker {
	STYLE_NONE,
	STYLE_PYCODESTYLE,	/* PEP 8: layout, whitespace, imports (E, W) */
	STYLE_PYDOCSTYLE,	/* PEP 257, its pep257 convention (D) */
	STYLE_NAMING		/* PEP 8's naming conventions (N) */
};

/* The most bytes of one fragment (a bank refuses a longer one). */
#define STYLE_MAX_FRAGMENT	2048
/* The most reports kept on one program (for rule-code options). */
#define STYLE_MAX_REPORTS	100

/* "pycodestyle", "pydocstyle", "pep8-naming"; NULL for STYLE_NONE. */
const char	*style_name(enum style_checker);
/* The Debian package that installs it: "python3-pycodestyle". */
const char	*style_package(enum style_checker);
/* The checker named name (len bytes), or STYLE_NONE. */
enum style_checker style_parse(const char *name, size_t len);

/*
 * Does text start with a rule code (a capital and three digits: "E225",
 * "N801", "D401") followed by a space or its end, on one line? 1 or 0.
 */
int		 style_is_code(const char *text);
/*
 * Does why (style_read's reports on one fragment, or NULL) hold the
 * rule code that text starts with? 1 or 0.
 */
int		 style_reports_code(const char *why, const char *text);
/*
 * The reports in why whose rule code is the one text starts with,
 * "; "-separated (caller frees); NULL if none.
 */
char		*style_code_reports(const char *why, const char *text);

/*
 * The request that judges n fragments with checker c (timeout: the
 * run's limit, 0 for the default); a fragment's first 3 reports are
 * kept; with all, the texts are whole programs: their first
 * STYLE_MAX_REPORTS, and a module docstring is asked for (D100). Free
 * *owned once it is submitted.
 */
void		 style_request(enum style_checker c, const char **frags,
		     size_t n, int all, double timeout, struct oracle_req *req,
		     char **owned);
/*
 * Read the verdicts from the driver's result: why[i] is NULL when the
 * checker reported nothing on fragment i, else its reports ("E225
 * missing whitespace around operator (line 1)", "; "-separated; caller
 * frees each). 0; 1 with *cause when the checker is not installed (the
 * items are skipped with that reason); -1 with *cause when the run gave
 * no report (a limit, a crash).
 */
int		 style_read(const struct result *, enum style_checker c,
		     char **why, size_t n, char **cause);

#endif
