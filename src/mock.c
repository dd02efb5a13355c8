/*
 * mock.c: the items of a mock exam, section by section.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mock.h"
#include "util.h"

void
mock_candidates(const struct syl_exam *ex, struct bank **banks,
    size_t nbanks, struct mock_slot **out, int *n)
{
	const struct syl_section	*s;
	struct mock_slot		*qs = NULL;
	struct bank_item		*it;
	char				*prefix;
	size_t				 i, j, b, len;
	int				 first, got;

	*n = 0;
	for (i = 0; i < ex->nsections; i++) {
		s = &ex->sections[i];
		prefix = xprintf("%s %s.", ex->id, s->id);
		len = strlen(prefix);
		first = *n;
		for (b = 0; b < nbanks; b++) {
			for (j = 0; j < banks[b]->nitems; j++) {
				it = &banks[b]->items[j];
				if (it->params != NULL || it->objective == NULL ||
				    strncmp(it->objective, prefix, len) != 0)
					continue;
				qs = xreallocarray(qs, *n + 1, sizeof *qs);
				qs[*n].bank = banks[b];
				qs[*n].item = it;
				qs[*n].section = s;
				(*n)++;
			}
		}
		free(prefix);
		got = *n - first;
		util_shuffle(qs + first, (size_t)got, sizeof *qs);
	}
	*out = qs;
}
