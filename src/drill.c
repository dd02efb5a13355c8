/*
 * drill.c: which misreading a name means, and the items that may show
 * it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "drill.h"
#include "util.h"

/* What a name matched: the label, and where it is from. */
struct drill_match {
	const char			*label;
	const struct mutant_rule	*rule;
	const struct belief		*belief;
};

/* Does label contain name, ignoring case? */
static int
drill_contains(const char *label, const char *name)
{
	size_t	 n = strlen(name);

	for (; *label != '\0'; label++) {
		if (strncasecmp(label, name, n) == 0)
			return (1);
	}
	return (0);
}

/* Does name match label (or its id): exactly, or loose as words in it? */
static int
drill_match(const char *label, const char *id, const char *name, int loose)
{
	if (loose)
		return (drill_contains(label, name));
	return (strcasecmp(label, name) == 0 || (id != NULL &&
	    strcmp(id, name) == 0));
}

/* Add a match unless its label is in already. */
static void
drill_add(struct drill_match **m, size_t *n, const char *label,
    const struct mutant_rule *rule, const struct belief *belief)
{
	size_t	 i;

	for (i = 0; i < *n; i++) {
		if (strcmp((*m)[i].label, label) == 0) {
			if ((*m)[i].rule == NULL)
				(*m)[i].rule = rule;
			if ((*m)[i].belief == NULL)
				(*m)[i].belief = belief;
			return;
		}
	}
	*m = xreallocarray(*m, *n + 1, sizeof **m);
	(*m)[*n].label = label;
	(*m)[*n].rule = rule;
	(*m)[*n].belief = belief;
	(*n)++;
}

/*
 * Every label that matches name at this strength: 0 exactly (label or
 * id), 1 as words within a label.
 */
static void
drill_collect(const char *name, int loose, const struct mutant_catalogue *mc,
    const struct belief_catalogue *bc, struct bank *const *banks,
    size_t nbanks, char *const *extra, struct drill_match **m, size_t *n)
{
	const struct bank_item	*it;
	size_t			 i, j, k;

	for (i = 0; mc != NULL && i < mc->nrules; i++) {
		if (drill_match(mc->rules[i].label, mc->rules[i].id, name,
		    loose))
			drill_add(m, n, mc->rules[i].label, &mc->rules[i],
			    NULL);
	}
	for (i = 0; bc != NULL && i < bc->nbeliefs; i++) {
		if (drill_match(bc->beliefs[i].label, bc->beliefs[i].id,
		    name, loose))
			drill_add(m, n, bc->beliefs[i].label, NULL,
			    &bc->beliefs[i]);
	}
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			for (k = 0; k < it->nmisreads; k++) {
				if (drill_match(it->misreads[k].label, NULL,
				    name, loose))
					drill_add(m, n, it->misreads[k].label,
					    NULL, NULL);
			}
		}
	}
	for (i = 0; extra != NULL && extra[i] != NULL; i++) {
		if (drill_match(extra[i], NULL, name, loose))
			drill_add(m, n, extra[i], NULL, NULL);
	}
}

int
drill_resolve(const char *name, const struct mutant_catalogue *mc,
    const struct belief_catalogue *bc, struct bank *const *banks,
    size_t nbanks, char *const *extra, struct drill *d, char **cause)
{
	struct drill_match	*m = NULL;
	struct buf		 b;
	size_t			 n = 0, i;

	memset(d, 0, sizeof *d);
	drill_collect(name, 0, mc, bc, banks, nbanks, extra, &m, &n);
	if (n == 0 && *name != '\0')
		drill_collect(name, 1, mc, bc, banks, nbanks, extra, &m, &n);
	if (n == 1) {
		d->label = xstrdup(m[0].label);
		d->rule = m[0].rule;
		d->belief = m[0].belief;
		free(m);
		return (0);
	}
	if (n == 0)
		*cause = xprintf("no misreading is called '%s' (stats lists"
		    " yours; docs/misreadings.md all of them)", name);
	else {
		buf_init(&b);
		for (i = 0; i < n && i < 5; i++)
			buf_addf(&b, "%s'%s'", i > 0 ? ", " : "", m[i].label);
		*cause = xprintf("'%s' names %zu misreadings: %s%s; give more of"
		    " the words", name, n, b.data, n > 5 ? ", ..." : "");
		buf_free(&b);
	}
	free(m);
	return (-1);
}

void
drill_free(struct drill *d)
{
	free(d->label);
	memset(d, 0, sizeof *d);
}

int
drill_fits(const struct drill *d, const struct bank_item *it)
{
	size_t	 k;

	for (k = 0; k < it->nmisreads; k++) {
		if (strcmp(it->misreads[k].label, d->label) == 0)
			return (2);
	}
	if (d->rule != NULL && mutant_fits(d->rule, it->objective))
		return (1);
	if (d->belief != NULL && it->code != NULL &&
	    belief_applies(d->belief, it->code->text, it->code->len))
		return (1);
	return (0);
}
