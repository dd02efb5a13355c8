/*
 * distract.h: wrong options for choice questions, proven wrong.
 *
 * Each distractor comes from a plausible misreading of the snippet, run
 * in the oracle: a code mutant (data/mutants.tsv, made by mutant.c's
 * driver with ast, one misreading at one site), a belief mutant (the
 * code unchanged, run where a wrong belief about a builtin or library
 * holds: data/beliefs.tsv, belief.c) or a rewrite from
 * data/misconceptions.tsv (a PCRE2 pattern, a replacement, a label such
 * as "// taken for true division"). Its answer becomes an option only if
 * it differs from the true answer and from every other option.
 */
#ifndef SQ_DISTRACT_H
#define SQ_DISTRACT_H

#include "bank.h"
#include "oracle.h"
#include "result.h"

struct distract;

struct distract_option {
	char		*text;		/* the answer, as shown */
	char		*label;		/* the misreading, or NULL (truth) */
	int		 correct;
	int		 generic;	/* false by the truth, not a run */
};

/*
 * Read misconception rules. NULL with *cause "FILE:LINE: message" for a
 * malformed line (a bad pattern names its offset).
 */
struct distract	*distract_load(const char *path, char **cause);
/*
 * The bundled rules (data/misconceptions.tsv), code mutants
 * (data/mutants.tsv) and beliefs (data/beliefs.tsv); distract_load reads
 * rewrites only.
 */
struct distract	*distract_default(char **cause);
void		 distract_free(struct distract *);
/* How a result reads as an option: output, then "(raises Type)". */
char		*distract_render(const struct result *);
/*
 * Up to want options for item it whose true result is truth: the truth
 * first, then distractors as they rank (a crash where the truth ends
 * cleanly last; the item's objective's misreadings first, then
 * near-misses, then the closest), one per label, then one generic answer
 * at most, only beside a real one (the question shuffles them). Returns
 * how many options (1 when no wrong one could be found); -1 with *cause
 * if the oracle failed. Free the options with distract_options_free.
 */
int		 distract_options(struct distract *, struct oracle *,
		     const struct bank_item *it, const struct result *truth,
		     int want, struct distract_option **opts, char **cause);
/*
 * For "select two": statements about what the program does (its first
 * and last line, how many lines, whether it raises), two of them true
 * and two or three false, each false one what a misreading's run does
 * (or, when fewer than two misreadings apply, false by the truth itself:
 * a line count one too high, an exception where there is none or none
 * where there is one), the true ones first. Returns how many options;
 * -1 with *cause if the oracle failed.
 */
int		 distract_statements(struct distract *, struct oracle *,
		     const struct bank_item *it, const struct result *truth,
		     struct distract_option **opts, char **cause);
void		 distract_options_free(struct distract_option *, int n);

#endif
