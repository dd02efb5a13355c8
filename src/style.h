/*
 * style.h: judging code fragments with the real style checkers.
 *
 * An ```options pycodestyle (pydocstyle, pep8-naming) block lists code
 * fragments; the style driver hands each one, as text, to the checker
 * inside the oracle's sandbox and reports what it found. A fragment is
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

/* "pycodestyle", "pydocstyle", "pep8-naming"; NULL for STYLE_NONE. */
const char	*style_name(enum style_checker);
/* The Debian package that installs it: "python3-pycodestyle". */
const char	*style_package(enum style_checker);
/* The checker named name (len bytes), or STYLE_NONE. */
enum style_checker style_parse(const char *name, size_t len);

/*
 * The request that judges n fragments with checker c (timeout: the
 * run's limit, 0 for the default); free *owned once it is submitted.
 */
void		 style_request(enum style_checker c, const char **frags,
		     size_t n, double timeout, struct oracle_req *req,
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
