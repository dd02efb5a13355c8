/*
 * belief.h: belief mutants, the snippet run unchanged in a world where a
 * learner's wrong belief about Python holds.
 *
 * A catalogue (data/beliefs.tsv) lists beliefs about what a builtin or a
 * library does (round rounding halves up, split() cutting at single
 * spaces, logging's default level DEBUG), each with a trigger (names the
 * code must use for the belief to matter), a patch (a function of
 * src/belief_patches.py), a label written for the learner, the objectives
 * it belongs to, and an example program with what it prints where the
 * belief holds. The belief driver, run in the oracle as the snippet would
 * be, applies the patch and runs the snippet as __main__: its output and
 * exception are the belief's answer. Library code: nothing is printed.
 */
#ifndef SQ_BELIEF_H
#define SQ_BELIEF_H

#include <stddef.h>

#include "bank.h"
#include "oracle.h"

struct belief {
	char	 *id;
	char	**triggers;	/* alternatives, each "name" or "a+b" */
	size_t	  ntriggers;
	void	 *re;		/* or a pcre2_code *: the code matches it */
	char	 *patch;	/* a function of src/belief_patches.py */
	char	 *source;	/* what of that file the driver needs */
	char	 *label;
	char	**objectives;	/* "PCEP-30-02 1.4" or "PCEP-30-02 3" */
	size_t	  nobjectives;
	char	 *example;	/* a program, unescaped */
	char	 *believed;	/* what it prints where the belief holds */
};

struct belief_catalogue {
	struct belief	*beliefs;
	size_t		 nbeliefs;
};

/*
 * Read a catalogue. NULL with *cause "FILE:LINE: message" for a
 * malformed line, a bad trigger (a pattern names its offset), a patch
 * the driver lacks or an ID seen before.
 */
struct belief_catalogue	*belief_load(const char *path, char **cause);
/* The bundled catalogue (data/beliefs.tsv). */
struct belief_catalogue	*belief_default(char **cause);
/* NULL is a no-op. */
void			 belief_free(struct belief_catalogue *);
/*
 * Whether belief b belongs to objective ("EXAM ID"): listed as it is, or
 * its section ("EXAM 3" for "EXAM 3.1"). 0 when objective is NULL.
 */
int			 belief_fits(const struct belief *,
			     const char *objective);
/*
 * Whether code (len bytes) triggers belief b: every name of one of its
 * alternatives occurs in it as a name (outside strings and comments;
 * an f-string's text counts as code), or its pattern matches the code
 * (for a shape no name shows: a method without self). Cheap: no oracle.
 */
int			 belief_applies(const struct belief *, const char *code,
			     size_t len);
/*
 * What the driver reads on stdin to run code (len bytes) under belief
 * b, the program's own stdin (input, inlen bytes; NULL for none) after
 * the request line. Returns it (the caller frees) and its length in
 * *outlen; NULL for code that is not UTF-8 (no belief makes it run).
 */
char			*belief_input(const struct belief *, const char *code,
			     size_t len, const char *input, size_t inlen,
			     size_t *outlen);
/*
 * A request to run the driver on in (from belief_input, inlen bytes)
 * as item it's program runs (its time limit; it may be NULL). *req is
 * zeroed first; it points into in.
 */
void			 belief_req(struct oracle_req *req,
			     const struct bank_item *it, const char *in,
			     size_t inlen);

#endif
