/*
 * result.h: what one run of a snippet produced, and its verdict.
 *
 * A result is filled by the oracle and owned by whoever asked for it;
 * result_free releases the strings and buffers (the struct itself is the
 * caller's).
 */
#ifndef SQ_RESULT_H
#define SQ_RESULT_H

#include <stddef.h>

enum verdict {
	VERDICT_OK,		/* ran to the end, no uncaught exception */
	VERDICT_RAISED,		/* an uncaught exception (SystemExit too) */
	VERDICT_TIMEOUT,	/* wall clock or CPU limit */
	VERDICT_MEMORY,		/* memory limit (MemoryError) */
	VERDICT_OUTPUT,		/* output limit */
	VERDICT_CRASHED,	/* killed by a signal it did not ask for */
	VERDICT_BLOCKED,	/* the sandbox refused something */
	VERDICT_INTERNAL	/* snipquiz failed to run it at all */
};

struct result {
	enum verdict	 verdict;

	char		*out;		/* stdout bytes (first part kept) */
	size_t		 out_len;
	size_t		 out_dropped;	/* bytes beyond the limit, not kept */
	char		*err;		/* stderr bytes */
	size_t		 err_len;
	size_t		 err_dropped;

	/* The uncaught exception, or exc_type NULL. */
	char		*exc_type;	/* as the traceback names it */
	char		*exc_msg;	/* str(exception), may be "" */
	int		 exc_line;	/* line in the snippet, 0 if unknown */

	int		 exit_code;	/* what python3 FILE exits with */
	int		 signal;	/* VERDICT_CRASHED: the signal */
	char		*blocked;	/* VERDICT_BLOCKED: what was refused */
	char		*detail;	/* VERDICT_INTERNAL/limits: message */

	double		 wall;		/* seconds */
	/*
	 * Where the time went (util_now() clock; 0 when unknown): the
	 * request sent, the fork, the child running, the child sandboxed,
	 * the snippet run and finalised, the child reaped, the result
	 * collected.
	 */
	struct {
		double	 submit, fork, child, sandboxed, ran, reaped, collected;
	} t;
	double		 cpu;		/* user + system seconds */
	long		 maxrss_kb;
	int		 cached;	/* read from the result cache (cache.h):
					   wall, cpu and maxrss_kb are those
					   of the run that was kept */
};

/* Zero a result before use. */
void		 result_init(struct result *);
/* Free what a result owns and zero it; safe on a zeroed result. */
void		 result_free(struct result *);
/* The short name of a verdict: "ok", "raised", "timeout", ... */
const char	*result_verdict_name(enum verdict);
/*
 * A sentence for a verdict other than ok/raised, e.g. "timed out after
 * 5 s" or "crashed (signal 11, Segmentation fault)". Caller frees.
 */
char		*result_describe(const struct result *);
/*
 * The last line of the run's stderr that is not empty (it usually says
 * it all: the exception), its length in *len; NULL when there is none.
 * It points into r.
 */
const char	*result_err_last_line(const struct result *, int *len);
/*
 * The exit status `snipquiz run` uses: python3's for ok/raised, 124 for
 * a timeout, 137 for memory, 128+N for signal N, 125 for blocked, output
 * limit and internal errors.
 */
int		 result_exit_status(const struct result *);
/*
 * Did the program not compile: a SyntaxError (IndentationError,
 * TabError) with no traceback above it, as python3 shows a file it cannot
 * compile? One raised by the program as it ran (`raise SyntaxError`, an
 * exec() of bad text) has a traceback and is not.
 */
int		 result_compile_error(const struct result *);
/*
 * A driver's report: the last line of what r printed, as a JSON object
 * (new reference), when r ran to its end with its output whole; else
 * NULL.
 */
struct json_t	*result_report(const struct result *);
/* The whole result as a JSON object (caller frees the string). */
char		*result_to_json(const struct result *);

#endif
