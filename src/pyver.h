/*
 * pyver.h: Python version ranges, as items state them ("- python: >=3.10",
 * "```output python>=3.12"): comma-separated clauses of an operator
 * (>=, <=, >, <, ==, !=) and a version (3, 3.12, 3.12.1). "==3.11" holds
 * for every 3.11.x; a bare version means ==.
 */
#ifndef SQ_PYVER_H
#define SQ_PYVER_H

/* Is spec well formed? 0, or -1 with *cause saying what is wrong. */
int	 pyver_check(const char *spec, char **cause);
/* Does version ("3.11.2") fall in spec (well formed)? 1 or 0. */
int	 pyver_matches(const char *spec, const char *version);

#endif
