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

int
mock_build(const struct question_ctx *ctx, const struct syl_exam *ex,
    struct bank **banks, size_t nbanks, struct mock_question **out, int *n,
    int *got, char **cause)
{
	struct mock_slot	*slots;
	struct mock_question	*qs;
	enum form		 forms[FORM_COUNT + 2];
	size_t			 i;
	char			*key, *why;
	int			 nslots, k, nforms, rc = 0;

	mock_candidates(ex, banks, nbanks, &slots, &nslots);
	qs = xcalloc((size_t)ex->items + 1, sizeof *qs);
	*n = 0;
	for (i = 0, k = 0; i < ex->nsections && rc != -1; i++) {
		for (got[i] = 0; k < nslots && slots[k].section ==
		    &ex->sections[i]; k++) {
			if (got[i] == ex->sections[i].items || *n == ex->items)
				continue;
			/* Needs what this oracle lacks: the section is short. */
			if ((why = oracle_needs_missing(ctx->oracle,
			    slots[k].item->needs)) != NULL) {
				free(why);
				continue;
			}
			nforms = question_forms(slots[k].item, ctx->exam,
			    forms);
			key = question_item_key(slots[k].bank->path,
			    slots[k].item);
			rc = question_build_first(ctx, key, slots[k].item,
			    forms, nforms, &qs[*n].q, cause);
			free(key);
			if (rc == -1)
				break;
			if (rc == 1)
				continue;
			qs[(*n)++].section = &ex->sections[i];
			got[i]++;
		}
	}
	free(slots);
	*out = qs;
	return (rc == -1 ? -1 : 0);
}

void
mock_free(struct mock_question *qs, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		question_free(&qs[i].q);
	free(qs);
}
