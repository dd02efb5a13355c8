/*
 * answer.h: deciding whether what a snippet did matches a key.
 *
 * Output matches when it is equal after dropping trailing whitespace at
 * the end of each line and trailing blank lines: invisible differences
 * are never what a question is about. An exception matches on its type
 * always, and on its message only when the key gives one.
 */
#ifndef SQ_ANSWER_H
#define SQ_ANSWER_H

#include <stddef.h>

/*
 * Output with trailing whitespace removed from every line and trailing
 * blank lines removed; every non-empty result ends in one newline.
 * Returns a new string (caller frees) and its length in *outlen.
 */
char	*answer_normalize(const char *, size_t, size_t *outlen);
/*
 * The lines of an output, normalised as answer_normalize does: blank
 * lines inside it count (print() with no argument prints one), trailing
 * ones do not. Returns a NULL-terminated array of new strings, *n of
 * them (0 for no output); free with answer_lines_free. Never fails.
 */
char	**answer_lines(const char *, size_t, int *n);
void	  answer_lines_free(char **);
/* 1 if the two outputs match under the rule above, else 0. */
int	 answer_output_matches(const char *expected, size_t, const char *actual,
	     size_t);
/*
 * 1 if an exception of type actual_type with str() actual_msg matches the
 * key (type, and msg unless NULL). "JSONDecodeError" matches
 * "json.decoder.JSONDecodeError"; messages compare without surrounding
 * whitespace.
 */
int	 answer_error_matches(const char *type, const char *msg,
	     const char *actual_type, const char *actual_msg);

struct result;
/*
 * A result as the learner types it: the output (normalised), then the
 * exception's name if it raises. Caller frees.
 */
char	*answer_truth_text(const struct result *);
/*
 * Does a typed answer (the output's lines, then the exception's name as
 * the last line if it raises: "TypeError" or "TypeError: message") match
 * result r? 1 or 0.
 */
int	 answer_typed_matches(const char *given, size_t len,
	     const struct result *r);
/*
 * Do two results give the same answer, as keys are compared: the output
 * (normalised) and the exception's type, not its message? 1 or 0.
 */
int	 answer_same(const struct result *a, const struct result *b);

/*
 * The determinism guard: did two runs of one snippet (under different
 * hash seeds, from different interpreters) answer alike, with nothing
 * that varies from run to run (a memory address) in the answer? 1 if
 * stable; 0 with *why (caller frees) naming what differs.
 */
struct result;
int	 answer_stable(const struct result *a, const struct result *b,
	     char **why);

/*
 * Does s (len bytes) show a memory address ("0x7f3a2c1b9e50"), which
 * changes from run to run? 1 or 0.
 */
int	 answer_volatile_in(const char *s, size_t len);

#endif
