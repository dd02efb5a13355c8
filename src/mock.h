/*
 * mock.h: a mock exam's shape: which items, section by section, as many
 * per section as the syllabus says. Used by `exam` (asked) and
 * `questions --mock` (exported), so one seed gives one exam either way.
 */
#ifndef SQ_MOCK_H
#define SQ_MOCK_H

#include <stddef.h>

#include "bank.h"
#include "question.h"
#include "syllabus.h"

struct mock_slot {
	struct bank			*bank;
	struct bank_item		*item;
	const struct syl_section	*section;
};

/*
 * The candidates for exam ex's items from banks: the curated items (not
 * generators) of each section, section by section, each section's
 * shuffled with random(). The caller takes, in this order, the first
 * section->items of each section that can be asked (some cannot be in
 * an exam's item types). *slots holds *n (caller frees the array).
 */
void	mock_candidates(const struct syl_exam *ex, struct bank **banks,
	    size_t nbanks, struct mock_slot **slots, int *n);

/* A question of a mock exam, and the section it counts for. */
struct mock_question {
	struct question			 q;
	const struct syl_section	*section;
};

/*
 * Build exam ex's questions from banks (ctx->exam set: only the exam's
 * item types): of each section's candidates (mock_candidates), the first
 * section->items that can be asked (not those that need what the oracle
 * cannot give: oracle_needs_missing), all items run in ctx's oracle. Never
 * prints. *qs holds *n of them, section by section (free with
 * mock_free); got[i] (room for ex->nsections) says how many section i
 * has, which may be fewer than its items. 0, or -1 with *cause when the
 * oracle failed (*qs and *n hold what was built).
 */
int	mock_build(const struct question_ctx *ctx, const struct syl_exam *ex,
	    struct bank **banks, size_t nbanks, struct mock_question **qs,
	    int *n, int *got, char **cause);
void	mock_free(struct mock_question *, int n);

#endif
