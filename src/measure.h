/*
 * measure.h: how good the built questions are (`snipquiz questions
 * --stats`), per exam and overall, beside the targets of issue 11.
 *
 * The caller builds each item twice and hands both here: once as a
 * choice asked "What does this program print?" (the misreadings
 * themselves: four options? generic ones?) and once as mixed practice
 * builds it (the stems a learner meets, where the right option is, how
 * long a choice took). This file only counts and renders; it never
 * prints and never runs anything.
 */
#ifndef SQ_MEASURE_H
#define SQ_MEASURE_H

#include "question.h"
#include "syllabus.h"
#include "util.h"

struct measure;

/* A tally for syl's exams, reported in its order. */
struct measure	*measure_new(const struct syllabus *syl);
void		 measure_free(struct measure *);
/*
 * Count one item of objective (NULL: in no exam): choice is its build as
 * an output choice (NULL: it could not be asked so), mixed its build in
 * mixed practice (NULL: no form fits) and ms that build's wall clock.
 * variant: a generator's variant rather than a curated item.
 */
void		 measure_add(struct measure *, const char *key,
		     const char *objective, int variant,
		     const struct question *choice,
		     const struct question *mixed, double ms);
/*
 * Count one item of objective whose wrong options are not misreadings:
 * a concept item (checker 0: its key authored, its options the bank's)
 * or one whose options a style checker judges (checker 1). Counted
 * apart from the figures about programs and their misreadings.
 */
void		 measure_apart(struct measure *, const char *objective,
		     int checker);
/*
 * The report: a block per exam in the order first met, then overall;
 * each figure with its target and whether it is met.
 */
void		 measure_render(const struct measure *, struct buf *);
/*
 * The items (by key) that fall short of four options with three
 * misreadings, in the order added: each with its objective and how many
 * of its output choice's wrong options are misreadings, or why it could
 * not be asked so. For authors: where misreadings are missing.
 */
void		 measure_render_short(const struct measure *, struct buf *);

#endif
