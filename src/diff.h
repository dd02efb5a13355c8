/*
 * diff.h: unified diffs, for showing a wrong key against the truth and
 * for previewing rewrites of bank files.
 */
#ifndef SQ_DIFF_H
#define SQ_DIFF_H

#include <stddef.h>

/*
 * A unified diff of a against b with 3 lines of context, headed
 * "--- a_name" / "+++ b_name". Returns a new string (caller frees), ""
 * when they are equal. Never fails (aborts on out-of-memory).
 */
char	*diff_unified(const char *a, size_t alen, const char *b, size_t blen,
	     const char *a_name, const char *b_name);

#endif
