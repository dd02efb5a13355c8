/*
 * check.h: checking the answer keys of banks against the oracle.
 */
#ifndef SQ_CHECK_H
#define SQ_CHECK_H

#include "filter.h"
#include "report.h"

/* Other interpreters one check may use (--python). */
#define CHECK_MAX_FOREIGN	8

struct check_opts {
	int	 jobs;		/* snippets at once; 0: processors */
	int	 update;	/* rewrite wrong keys in place */
	int	 quiet;		/* no sandbox warnings */
	int	 verbose;	/* also name the items that pass */
	double	 timeout;	/* > 0: overrides the items' timeouts */
	long	 hash_seed;
	enum report_format format;
	struct filter *filter;	/* NULL: every item */
	int	 fail_fast;	/* start nothing after the first failure */
	int	 interactive;	/* --update: ask about each item */
	int	 dry_run;	/* --update: print the patch, write nothing */
	int	 lint;		/* also judge items as exam items */
	int	 profile;	/* where the time goes, on stderr */
	int	 color;		/* colour the text report's diffs */
	const char **pythons;	/* --python: other interpreters, too */
	int	 npythons;
};

/*
 * Check every item of the banks in paths (files, or folders searched for
 * *.md). Reports each failure as FILE:LINE: ID: what, then a diff, in
 * file order, then "N passed, N failed[, N errors]" on stdout. Returns
 * 0 all passed, 1 some failed or could not be parsed, 2 a path could not
 * be read, 70 the oracle could not run.
 */
int	 check_paths(char **paths, int npaths, const struct check_opts *);
/*
 * check --doctest: run the doctest sessions (doctest.h) of the Markdown
 * and reST files in paths (files of any name, or folders searched for
 * *.md), each in a run of its own, and report one entry per session
 * (FILE#LLINE), each failing example as FILE:LINE: with doctest's
 * "Failed example:" text; the summary counts the examples too. Returns
 * 0 all passed, 1 some failed or no session was found, 2 a path could
 * not be read or an option does not apply, 70 the oracle could not run.
 */
int	 check_doctest_paths(char **paths, int npaths,
	     const struct check_opts *);

#endif
