/*
 * probe.h: running an item under an instrumented driver in the oracle.
 *
 * The driver is a small Python program run like any snippet (same
 * sandbox, same limits). It reads the item's code and stdin as JSON on
 * its own stdin, runs the code as main.py with its output captured, and
 * prints one JSON line: what option expressions evaluate to after the
 * run (```options eval), or the steps of a line-by-line trace (:trace).
 * Nothing is traced or evaluated in snipquiz's own process.
 */
#ifndef SQ_PROBE_H
#define SQ_PROBE_H

#include <stddef.h>

#include "oracle.h"
#include "result.h"

/* The most steps a trace keeps; later lines run untraced. */
#define PROBE_MAX_STEPS	300

/* What a probe runs: the item's program and what it reads. */
struct probe_input {
	const char	*source;
	size_t		 source_len;
	const char	*stdin_data;	/* NULL: empty */
	size_t		 stdin_len;
	double		 timeout;	/* 0: the default */
	unsigned	 needs;		/* the item's BANK_NEEDS_* */
};

/*
 * Evaluate n expressions in the program's globals after it runs (or
 * stops with an exception): values[i] is 1 (true), 0 (false) or -1 (the
 * expression raised). Builds a request in *req whose owned data the
 * caller frees with free(*owned) after submitting it.
 */
void	 probe_eval_request(const struct probe_input *, const char **exprs,
	     size_t n, struct oracle_req *req, char **owned);
/*
 * Read the values from the driver's result. 0, or -1 with *cause set
 * (the program ended the process, hit a limit, or printed no report).
 */
int	 probe_eval_values(const struct result *, int *values, size_t n,
	     char **cause);

/* One line that ran, or a call into or return from a function. */
struct probe_step {
	enum { PROBE_LINE, PROBE_CALL, PROBE_RETURN } kind;
	int	 line;
	int	 depth;		/* 0: the module's own code */
	char	*func;
	char	*changes;	/* "x = 1, y = [2]": what the line changed */
	char	*out;		/* what it printed */
};

struct probe_trace {
	struct probe_step	*steps;
	size_t			 nsteps;
	int			 truncated;	/* more ran than PROBE_MAX_STEPS */
	char			*exc;		/* "KeyError: 'x'" or NULL */
	int			 exc_line;
	char			*rest;		/* output after the last step */
};

/*
 * Trace the program line by line in the oracle. 0 with *t filled (free
 * with probe_trace_free), or -1 with *cause set.
 */
int	 probe_trace(struct oracle *, const struct probe_input *,
	     struct probe_trace *t, char **cause);
void	 probe_trace_free(struct probe_trace *);

/*
 * The values one top-level name took, in order; the last is its final.
 * Its types and lengths likewise, each noted when it changed.
 */
struct probe_name {
	char	 *name;
	char	**values;	/* reprs; "" for one too long to show */
	size_t	  nvalues;
	char	**types;	/* type(v).__name__ */
	size_t	  ntypes;
	long	 *lens;		/* len(v) of a built-in, else -1 */
	size_t	  nlens;
};

/*
 * Run the program in the oracle, noting after each of its module-level
 * lines the repr of every top-level name (not modules, functions or
 * classes). 0 with *names and *n filled, in the order the names were
 * first bound (free with probe_names_free), and *out what the program
 * printed under the probe (caller frees); or -1 with *cause set, also
 * when the program raised under the probe.
 */
int	 probe_names(struct oracle *, const struct probe_input *,
	     struct probe_name **names, size_t *n, char **out, char **cause);
void	 probe_names_free(struct probe_name *, size_t n);
/*
 * probe_names in two steps, to run several at once: the request (the
 * caller frees *owned after submitting it), then its result read as
 * probe_names reads it (the result stays the caller's).
 */
void	 probe_names_request(const struct probe_input *, struct oracle_req *,
	     char **owned);
int	 probe_names_read(const struct result *, struct probe_name **names,
	     size_t *n, char **out, char **cause);

/*
 * A fact about the final names: an expression the driver evaluated to
 * True in the program's namespace after its run, over names of literal
 * values (int, float, str, bool, None, list, tuple, dict whose repr
 * reads back as itself, at most 30 characters): "x == 5", "x is None",
 * "len(a) == 3", "a[0] == 1", "d['k'] == 2", "a is b", "a is not b"
 * (equal lists or dicts), each at most 40 characters.
 */
struct probe_fact {
	char	*key;		/* what it is about: "x", "len(a)", "a~b" */
	char	*expr;
	char	*value;		/* a name's own fact: its literal; or NULL */
};

/*
 * The facts (they come in the same report as the names) from a names probe's result: 0 with *facts and *n filled
 * (free with probe_facts_free) and *out what the program printed under
 * the probe (caller frees); -1 with *cause set, also when the program
 * raised under the probe.
 */
int	 probe_facts_read(const struct result *, struct probe_fact **facts,
	     size_t *n, char **out, char **cause);
void	 probe_facts_free(struct probe_fact *, size_t n);

#endif
