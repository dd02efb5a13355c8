/*
 * oracle.h: run Python snippets and learn exactly what CPython does.
 *
 * An oracle is a helper process (the zygote) holding an initialised
 * interpreter inside the sandbox; every snippet runs in a fresh child
 * forked from it, so nothing one snippet changes reaches the next, and no
 * snippet ever runs in snipquiz's own process. Several snippets may run
 * at once: submit them, then collect results as they finish.
 */
#ifndef SQ_ORACLE_H
#define SQ_ORACLE_H

#include <stddef.h>

#include "bank.h"
#include "result.h"
#include "sandbox.h"

struct oracle;

struct oracle_opts {
	long		 hash_seed;	/* >= 0 fixed, -1 random */
	int		 quiet;		/* do not print missing protections */
	const char	*python;	/* NULL: the embedded interpreter; else
					   another installed one (--python) */
	/*
	 * Start the interpreter only for the first run that the cache
	 * (oracle_set_cache) does not answer: oracle_start only probes
	 * the sandbox, for the warnings and the cache's key. For check,
	 * where an unchanged bank runs nothing.
	 */
	int		 lazy;
};

/* One snippet to run. */
struct oracle_req {
	const char		*source;
	size_t			 source_len;
	const char		*filename;	/* for tracebacks; "main.py" */
	const char		*argv0;		/* sys.argv[0]; NULL: filename */
	const char		*stdin_data;	/* NULL: empty */
	size_t			 stdin_len;
	struct sandbox_limits	 limits;	/* zero fields: defaults */
	/*
	 * Seed random with 0 before the program starts, for a misreading:
	 * its option must not change from run to run (the truth is never
	 * seeded: it is what python3 prints). Not under --python.
	 */
	int			 fixed_random;
	/*
	 * BANK_NEEDS_* of the item whose code this runs: DISPLAY sets
	 * DISPLAY to the oracle's private X server, started on demand
	 * (display.c); REQUESTS and PYTEST put the distribution's packages
	 * on sys.path; SUBPROCESS lets the run execute the interpreter
	 * itself (see sandbox.h).
	 */
	unsigned		 needs;
};

/*
 * A request to run src (len bytes) as item it's program runs: as
 * main.py, with its stdin and its time limit. *req is zeroed first; it
 * points into src and it.
 */
void		 oracle_req_item(struct oracle_req *req,
		     const struct bank_item *it, const char *src, size_t len);
/*
 * A request to run one of snipquiz's drivers (driver, len bytes, shown
 * in tracebacks as name) with in (inlen bytes) on its stdin; sys.argv[0]
 * is main.py, as for a snippet. *req is zeroed first; it points into
 * driver and in. The time limit is the caller's to set.
 */
void		 oracle_req_driver(struct oracle_req *req, const char *driver,
		     size_t len, const char *name, const char *in,
		     size_t inlen);

/*
 * Start an oracle. Prints the protections the kernel lacks on stderr
 * (once per process) unless opts->quiet. Returns NULL with *cause set if
 * the helper cannot start (no interpreter, no sandbox at all).
 */
struct oracle	*oracle_start(const struct oracle_opts *, char **cause);
/* Stop the helper and every snippet still running; NULL is a no-op. */
void		 oracle_stop(struct oracle *);
/*
 * Can o run an item that needs these (BANK_NEEDS_*)? NULL when it can,
 * else why not ("needs pytest, which is not installed (Debian's
 * python3-pytest)", "needs a display: Xvfb is not installed"), which
 * the caller frees.
 */
char		*oracle_needs_missing(struct oracle *, unsigned needs);
/* The embedded interpreter's version, "3.11.2". */
const char	*oracle_version(struct oracle *);
/* Missing protections, one "sandbox: ..." line each ("" if none). */
const char	*oracle_warnings(struct oracle *);

struct cache;
/*
 * Keep o's results in c (cache.h) and read them from it: a request whose
 * key (c's identity, o's interpreter build, standard library, missing
 * protections and hash seed, then the request: source, stdin, names,
 * limits, fixed_random, needs) is found there comes back from
 * oracle_collect at once, with r->cached set. Not with a random hash
 * seed, nor for runs that need packages or a display. c outlives o's
 * use of it; NULL: no cache.
 */
void		 oracle_set_cache(struct oracle *, struct cache *c);

/*
 * Start running req; tag comes back with its result. 0, or -1 with
 * *cause set (the helper died: the oracle is unusable).
 */
int		 oracle_submit(struct oracle *, const struct oracle_req *,
		     void *tag, char **cause);
/* How many submitted snippets have not been collected. */
int		 oracle_pending(struct oracle *);
/*
 * Wait for any submitted snippet to finish and fill *r (caller frees
 * with result_free) and *tag. 0, or -1 with *cause set: nothing pending,
 * or the helper died.
 */
int		 oracle_collect(struct oracle *, struct result *r, void **tag,
		     char **cause);
/*
 * oracle_collect over several oracles: whichever has a result first;
 * *which says whose (an index into os). 0, or -1 with *cause set.
 */
int		 oracle_collect_any(struct oracle **os, int n, struct result *r,
		     void **tag, int *which, char **cause);
/* Ask for a running snippet to be stopped (its result says cancelled). */
void		 oracle_cancel(struct oracle *, void *tag);
/* submit + collect for one snippet, when nothing else is pending. */
int		 oracle_run(struct oracle *, const struct oracle_req *,
		     struct result *, char **cause);

#endif
