/*
 * mutant.h: first-order code mutants of a snippet, made in the oracle.
 *
 * A catalogue (data/mutants.tsv) lists misreadings of Python code, each a
 * transformation of the syntax tree (a kind with two parameters) with a
 * label written for the learner and the objectives it belongs to. The
 * mutant driver (src/mutant_driver.py), run in the oracle like any
 * snippet, parses the code with CPython's ast (it never runs it), applies
 * one misreading at one site at a time, and reports the mutants that
 * compile and differ from the code. Library code: nothing is printed.
 */
#ifndef SQ_MUTANT_H
#define SQ_MUTANT_H

#include <stddef.h>

#include "oracle.h"
#include "result.h"

/* The most mutants one driver run reports (spread over the rules). */
#define MUTANT_MAX	40

struct mutant_rule {
	char	 *id;
	char	 *kind;		/* a transformation the driver implements */
	char	 *from;
	char	 *to;
	char	 *label;
	char	**objectives;	/* "PCEP-30-02 1.4" or "PCEP-30-02 3" */
	size_t	  nobjectives;
};

struct mutant_catalogue {
	struct mutant_rule	*rules;
	size_t			 nrules;
};

/* One mutant: rule's misreading applied at one site. */
struct mutant {
	size_t	 rule;		/* index into the catalogue */
	int	 line;		/* the site's line in the code */
	char	*code;		/* the misread program (ast.unparse'd) */
};

/*
 * Read a catalogue. NULL with *cause "FILE:LINE: message" for a
 * malformed line or an unknown kind.
 */
struct mutant_catalogue	*mutant_load(const char *path, char **cause);
/* The bundled catalogue (data/mutants.tsv). */
struct mutant_catalogue	*mutant_default(char **cause);
/* NULL is a no-op. */
void			 mutant_free(struct mutant_catalogue *);
/*
 * Whether rule belongs to objective ("EXAM ID"): listed as it is, or its
 * section ("EXAM 3" for "EXAM 3.1"). 0 when objective is NULL.
 */
int			 mutant_fits(const struct mutant_rule *,
			     const char *objective);
/*
 * A request to run the driver on code (len bytes): at most max mutants.
 * *req points into *owned, which the caller frees after submitting it.
 */
void			 mutant_request(const struct mutant_catalogue *,
			     const char *code, size_t len, int max,
			     struct oracle_req *req, char **owned);
/*
 * Read the driver's report from its result: *out (free with
 * mutant_list_free) and *n, in the driver's order; none for a program
 * that does not parse. 0, or -1 with *cause set (the driver failed).
 */
int			 mutant_report(const struct mutant_catalogue *,
			     const struct result *, struct mutant **out,
			     size_t *n, char **cause);
/*
 * Make code's mutants in the oracle: mutant_request, run, mutant_report.
 * 0, or -1 with *cause set.
 */
int			 mutant_make(const struct mutant_catalogue *,
			     struct oracle *, const char *code, size_t len,
			     int max, struct mutant **out, size_t *n,
			     char **cause);
void			 mutant_list_free(struct mutant *, size_t n);

#endif
