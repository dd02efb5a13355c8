/*
 * zygote_main.c: main() of snipquiz-oracle, the oracle's zygote as a
 * program of its own.
 *
 * snipquiz's oracle.c execs it once per oracle, inside the namespaces it
 * entered and before any sandbox forbids execve, so the zygote, and every
 * run it forks, maps libpython, libseccomp and libc's family only, not
 * the libraries the rest of snipquiz needs (readline, SQLite, libgit2,
 * cmark, PCRE2, jansson), which made each fork and exit costlier. It is
 * not meant to be run by hand: everything it needs comes on its command
 * line, and it speaks only on the socket it is given.
 *
 * usage: snipquiz-oracle [-P] -c FD -n NS -s SEED -t DIR [-S PATH]...
 *            [-p PYTHON -V VERSION [-r PATH]... [-x PATH]...]
 *   -P          probe: report the sandbox, then exit (zygote_main)
 *   -c FD       the SOCK_SEQPACKET socket to snipquiz (zygote.h)
 *   -n NS       what sandbox_unshare entered (SANDBOX_NS_* and more)
 *   -s SEED     the hash seed, or -1 for a random one
 *   -t DIR      scratch root when there is no private /tmp
 *   -S PATH     what a run that needs subprocess may execute
 *   -p, -V      --python: the interpreter and its version
 *   -r, -x      --python: what it reads, what it may execute
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "util.h"
#include "zygote.h"

/* Append s to the NULL-ended list *l of *n entries. */
static void
zygote_main_add(char ***l, size_t *n, char *s)
{
	*l = xreallocarray(*l, *n + 2, sizeof **l);
	(*l)[(*n)++] = s;
	(*l)[*n] = NULL;
}

static long
zygote_main_number(const char *s)
{
	char	*end;
	long	 v;

	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0') {
		fprintf(stderr, "snipquiz-oracle: not a number: %s\n", s);
		exit(2);
	}
	return (v);
}

int
main(int argc, char **argv)
{
	struct zygote_foreign	 foreign = { NULL, NULL, NULL, NULL };
	char			**readable = NULL, **executable = NULL;
	char			**spawnable = NULL, *root = NULL;
	size_t			  nr = 0, nx = 0, ns_ = 0;
	long			  seed = 0;
	int			  c, ctl = -1, ns = 0, probe = 0;

	while ((c = getopt(argc, argv, "Pc:n:s:t:S:p:V:r:x:")) != -1) {
		switch (c) {
		case 'P':
			probe = 1;
			break;
		case 'c':
			ctl = (int)zygote_main_number(optarg);
			break;
		case 'n':
			ns = (int)zygote_main_number(optarg);
			break;
		case 's':
			seed = zygote_main_number(optarg);
			break;
		case 't':
			root = optarg;
			break;
		case 'S':
			zygote_main_add(&spawnable, &ns_, optarg);
			break;
		case 'p':
			foreign.python = optarg;
			break;
		case 'V':
			foreign.version = optarg;
			break;
		case 'r':
			zygote_main_add(&readable, &nr, optarg);
			break;
		case 'x':
			zygote_main_add(&executable, &nx, optarg);
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc || ctl < 0 || root == NULL ||
	    (foreign.python != NULL && foreign.version == NULL))
		goto usage;
	if (foreign.python != NULL) {
		if (readable == NULL)
			zygote_main_add(&readable, &nr, NULL);
		if (executable == NULL)
			zygote_main_add(&executable, &nx, NULL);
		foreign.readable = readable;
		foreign.executable = (const char **)executable;
	}
	zygote_main(ctl, ns, seed, root, foreign.python != NULL ? &foreign :
	    NULL, (const char **)spawnable, probe);
usage:
	fprintf(stderr, "usage: snipquiz-oracle [-P] -c FD -n NS -s SEED -t DIR"
	    " [-S PATH]... [-p PYTHON -V VERSION [-r PATH]... [-x PATH]...]\n"
	    "(started by snipquiz, not by hand)\n");
	return (2);
}
