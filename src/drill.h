/*
 * drill.h: a misreading to drill: what a name given on the command line
 * means, and which items may show it.
 *
 * A misreading is known by its label (the words its options show): a
 * code mutant's (data/mutants.tsv), a belief's (data/beliefs.tsv), or an
 * item's own ```misread block's. Whether an item really shows it is
 * known only once its question is built (the misreading must give a
 * wrong answer of its own); drill_fits says which items may, cheaply,
 * without the oracle.
 */
#ifndef SQ_DRILL_H
#define SQ_DRILL_H

#include <stddef.h>

#include "bank.h"
#include "belief.h"
#include "mutant.h"

struct drill {
	char				*label;
	const struct mutant_rule	*rule;		/* or NULL */
	const struct belief		*belief;	/* or NULL */
};

/*
 * The misreading name means: a label (ignoring case), a catalogue id
 * ("floordiv-true"), or words found in exactly one label. Searched in
 * the catalogues (either may be NULL), the banks' own misreadings and
 * extra (the labels a learner met; NULL-terminated, or NULL). 0 with *d
 * filled (free with drill_free); -1 with *cause saying that none or
 * several match (naming up to five).
 */
int	 drill_resolve(const char *name, const struct mutant_catalogue *,
	     const struct belief_catalogue *, struct bank *const *banks,
	     size_t nbanks, char *const *extra, struct drill *d, char **cause);
void	 drill_free(struct drill *);
/*
 * May item it show d's misreading? 2: it is one of the item's own; 1:
 * its catalogue entry belongs to the item's objective, or (a belief) the
 * item's code triggers it; 0: no.
 */
int	 drill_fits(const struct drill *, const struct bank_item *it);

#endif
