/*
 * mock.h: a mock exam's shape: which items, section by section, as many
 * per section as the syllabus says. Used by `exam` (asked) and
 * `questions --mock` (exported), so one seed gives one exam either way.
 */
#ifndef SQ_MOCK_H
#define SQ_MOCK_H

#include <stddef.h>

#include "bank.h"
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

#endif
