/*
 * zygote.h: the oracle's helper process and the messages it exchanges
 * with snipquiz.
 *
 * The zygote holds the initialised interpreter inside the sandbox's
 * namespaces and forks one child per snippet. It never runs snippet code
 * itself. It runs as a program of its own, snipquiz-oracle
 * (zygote_main.c), which snipquiz's helper execs; snipquiz itself uses
 * only the messages below. Messages travel over a SOCK_SEQPACKET pair, one struct per
 * message; a RUN carries four descriptors (source, stdin, stdout and
 * stderr pipes) with SCM_RIGHTS.
 */
#ifndef SQ_ZYGOTE_H
#define SQ_ZYGOTE_H

#include <limits.h>
#include <stdint.h>

#include "pyexec.h"
#include "sandbox.h"

enum {
	ZY_HELLO = 1,	/* zygote -> snipquiz: ready (or why not) */
	ZY_RUN,		/* snipquiz -> zygote: run a snippet */
	ZY_KILL,	/* snipquiz -> zygote: stop a running snippet */
	ZY_DONE		/* zygote -> snipquiz: a snippet ended */
};

/*
 * A snippet past its time first gets SIGINT, as if a user pressed Ctrl-C:
 * Python unwinds, flushes what it printed and shows where it was, so the
 * report can say what happened before the timeout. Whatever ignores that
 * is killed this much later (seconds).
 */
#define ZYGOTE_GRACE	0.5

/* Why the zygote killed a snippet. */
enum {
	ZY_KILLED_NONE,
	ZY_KILLED_TIMEOUT,
	ZY_KILLED_OUTPUT,
	ZY_KILLED_CANCEL
};

struct zy_hello {
	uint32_t	type;
	int32_t		ok;
	int32_t		uses_scratch_root;	/* no private /tmp */
	uint32_t	needs_ok;	/* the BANK_NEEDS_* it can give */
	char		version[32];
	char		text[4096];	/* error, or missing protections */
};

struct zy_run {
	uint32_t		type;
	uint32_t		id;
	struct sandbox_limits	limits;
	int32_t			fixed_random;	/* random.seed(0) first */
	uint32_t		needs;		/* BANK_NEEDS_* */
	char			filename[PATH_MAX];
	char			argv0[PATH_MAX];
};

struct zy_kill {
	uint32_t	type;
	uint32_t	id;
	int32_t		reason;
};

struct zy_done {
	uint32_t		type;
	uint32_t		id;
	int32_t			wstatus;
	int32_t			killed;
	double			wall;
	double			cpu;
	long			maxrss_kb;
	double			t_start, t_reaped;	/* util_now() */
	struct pyexec_report	rep;
};

/*
 * The zygote's life: initialise Python, set up the sandbox, say hello on
 * ctl, then serve RUN and KILL until ctl closes. ns is what
 * sandbox_unshare entered; scratch_root is where scratch directories go
 * when there is no mount namespace for a private /tmp. Never returns.
 */
/*
 * --python: snippets run under another installed interpreter, exec'd in
 * each sandboxed child, instead of the embedded one.
 */
struct zygote_foreign {
	const char	 *python;	/* the interpreter, a real path */
	const char	 *version;	/* "3.12.1" */
	char		**readable;	/* its prefix and sys.path, NULL-ended */
	const char	**executable;	/* it and its ELF loader, NULL-ended */
};

/*
 * spawnable: what a run of an item that needs subprocess may execute
 * (the embedded interpreter's python3 and its loader; NULL-ended), or
 * NULL. probe: set the sandbox up as for runs, send the HELLO (its
 * missing protections and the version; needs_ok is 0, unknown), and
 * exit without starting the interpreter: what a lazy oracle needs to
 * key its cache before deciding whether it must run anything.
 */
void	zygote_main(int ctl, int ns, long hash_seed, const char *scratch_root,
	    const struct zygote_foreign *foreign, const char **spawnable,
	    int probe) __attribute__((noreturn));

#endif
