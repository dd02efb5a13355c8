/*
 * lint.h: what makes a bad exam item even when its key is right (check
 * --lint): output that shows ids, output longer than a screen, a program
 * too long for its form, a missing objective or explanation, the same
 * code as another item once names are normalised.
 */
#ifndef SQ_LINT_H
#define SQ_LINT_H

#include <stdint.h>

#include "bank.h"
#include "result.h"

/* The most lines of output an item shows (a terminal's screen). */
#define LINT_MAX_OUTPUT	24
/* The most lines a program may have (order questions: 3 to 8). */
#define LINT_MAX_CODE	30

/*
 * What is wrong with item it of the bank at path, given its result:
 * "PATH:LINE: ID: lint: ..." lines, or NULL when nothing is.
 */
char	*lint_item(const char *path, const struct bank_item *it,
	     const struct result *r);
/*
 * The item's code with comments dropped, blanks squeezed and every name
 * that is not a keyword or a built-in renamed by order of appearance
 * (v1, v2, ...): two items with the same key are duplicates. A new
 * string.
 */
char	*lint_normal_code(const char *code, size_t len);

/*
 * The near-duplicate measure: the hashes of every run of LINT_SHINGLE
 * tokens of normalised code (lint_normal_code), sorted and unique, in
 * *out (*n of them; NULL when the code has fewer tokens). Two items
 * whose sets overlap by LINT_NEAR or more test the same trap, whatever
 * their names and literals.
 */
#define LINT_SHINGLE	4
#define LINT_NEAR	0.6
#define LINT_NEAR_LABEL	0.15	/* with a misreading in the same words */
void	 lint_shingles(const char *normal, uint32_t **out, size_t *n);
/* |a & b| / |a | b| of two sorted, unique hash sets; 0 when both empty. */
double	 lint_overlap(const uint32_t *a, size_t na, const uint32_t *b,
	     size_t nb);

#endif
