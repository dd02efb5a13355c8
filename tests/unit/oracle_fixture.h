/*
 * oracle_fixture.h: what the unit tests that run code in the oracle set
 * up the same way: the bundled catalogues read from the source tree's
 * data/, an oracle, and the misreadings.
 */
#ifndef SQ_ORACLE_FIXTURE_H
#define SQ_ORACLE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "distract.h"
#include "oracle.h"

/*
 * Point snipquiz's data directory at the source tree (srcdir, else the
 * configured one), then start *o and load *d (when d is not NULL). 0,
 * or -1 having said why on stderr.
 */
static inline int
oracle_fixture_start(struct oracle **o, struct distract **d)
{
	struct oracle_opts	 opts = { 0, 1, NULL };
	const char		*dir;
	char			*cause = NULL;

	if ((dir = getenv("srcdir")) == NULL || *dir == '\0')
		dir = SQ_SRCDIR;
	setenv("SNIPQUIZ_DATADIR", dir, 1);
	if ((*o = oracle_start(&opts, &cause)) == NULL) {
		fprintf(stderr, "oracle: %s\n", cause);
		return (-1);
	}
	if (d != NULL && (*d = distract_default(&cause)) == NULL) {
		fprintf(stderr, "catalogue: %s\n", cause);
		return (-1);
	}
	return (0);
}

#endif
