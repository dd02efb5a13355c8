/*
 * distract.h: wrong options for choice questions, proven wrong.
 *
 * Each distractor comes from a plausible misreading of the snippet, run
 * in the oracle: a code mutant (data/mutants.tsv, made by mutant.c's
 * driver with ast, one misreading at one site, a label such as "//
 * taken for true division"), a belief mutant (the code unchanged, run
 * where a wrong belief about a builtin or library holds: data/beliefs.tsv,
 * belief.c) or one of the item's authored misreadings (a ```misread
 * block: the whole program as misread, and its label). Its answer becomes
 * an option only if it differs from the true answer and from every other
 * option.
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
	int		 line;		/* where its misreading bites; 0: unknown */
	char		*code;		/* a misreading's program, or NULL */
	struct result	 res;		/* its run (code != NULL), else empty */
};

/*
 * The bundled code mutants (data/mutants.tsv) and beliefs
 * (data/beliefs.tsv). NULL with *cause set when a catalogue cannot be
 * read.
 */
struct distract	*distract_default(char **cause);
void		 distract_free(struct distract *);
/* The code mutant catalogue d runs (NULL: rewrites only); d keeps it. */
struct mutant_catalogue *distract_mutants(struct distract *d);
/*
 * Does r read as "the code is erroneous": a SyntaxError (or one of its
 * kind) with nothing printed? One that printed first is a misreading's
 * (a syntax error taken as raised when its line runs): it raises.
 */
int		 distract_erroneous(const struct result *);
/* How a result reads as an option: output, then "(raises Type)". */
char		*distract_render(const struct result *);
/*
 * Up to want options for item it whose true result is truth: the truth
 * first, then distractors as they rank (the item's authored
 * misreadings first, as written; then, of the code mutants, a crash where
 * the truth ends cleanly last, the item's objective's misreadings first,
 * then near-misses, then the closest), one per label, then one generic answer
 * at most, only beside a real one (the question shuffles them). Returns
 * how many options (1 when no wrong one could be found); -1 with *cause
 * if the oracle failed. Free the options with distract_options_free.
 */
int		 distract_options(struct distract *, struct oracle *,
		     const struct bank_item *it, const struct result *truth,
		     int want, struct distract_option **opts, char **cause);
/*
 * Every misreading of item it whose true result is truth that ran to a
 * result, as distract_options runs them (each one whose program could
 * print differently from run to run run twice, alike), as they rank:
 * whatever their answer, the truth's too, several a label, no generic
 * one. Each option has its label, line and run (res); code is NULL.
 * Grading asks them which misreading a typed or run answer is (every
 * code mutant runs: some 40 runs). Returns how many, or -1 with *cause
 * if the oracle failed. Free them with distract_options_free.
 */
int		 distract_misreadings(struct distract *, struct oracle *,
		     const struct bank_item *it, const struct result *truth,
		     struct distract_option **opts, char **cause);
/*
 * Where misread program b bites in program a: the first line (from 1)
 * of a that b changes or drops, or, where b only adds lines, the line
 * they follow (1 when they come first); 0 when they are the same.
 */
int		 distract_line_differs(const char *a, size_t alen,
		     const char *b, size_t blen);
/* A select's false options at most; the probes a select runs at most. */
#define DISTRACT_FALSE	3
#define DISTRACT_PROBED	13	/* the truth and 12 misreadings */

/*
 * "Select two", asked two ways over the same runs: statements (a name's
 * value, two names' identity, a line printed, the end: "`x` is 5 after
 * the code runs", "The second line printed is `3 4`", "It raises
 * TypeError") and expressions over the final names ("len(a) == 3", "a is
 * b"). Each list holds two true options, then two or three false ones,
 * each what a misreading predicts, labelled with it; or nothing (NULL,
 * 0) when fewer than two misreadings give a false one: never a filler.
 */
struct distract_select {
	struct distract_option	*statements;
	int			 nstatements;
	struct distract_option	*exprs;
	int			 nexprs;
};

/*
 * Both ways for item it whose true result is truth. The misreadings run
 * as for distract_options; then the names probe runs on the truth and,
 * when it has facts, on up to 12 of them (as they rank, one per label,
 * those that ended well), all at once, and each fact a probe found (probe.h) is judged
 * by evaluating it in the truth's final namespace, twice: a truth's fact
 * is a true option only if it holds both times, a misreading's a false
 * one only if it is false both times. A line or an exception is judged
 * by the truth's run. Values and expressions only for a truth that ends
 * well. 0 with *sel filled (free with distract_select_free); -1 with
 * *cause if the oracle failed.
 */
int		 distract_statements(struct distract *, struct oracle *,
		     const struct bank_item *it, const struct result *truth,
		     struct distract_select *sel, char **cause);
void		 distract_select_free(struct distract_select *);

/* A claim for a select, proven true or false by running. */
struct distract_claim {
	char		*text;		/* as shown */
	char		*key;		/* what it is about: "x", "line 2" */
	const char	*label;		/* the misreading's, or NULL (truth) */
	int		 right;
	int		 line;		/* where it bites; 0: unknown */
};
/*
 * Choose a select's options from claims (pure): up to DISTRACT_FALSE
 * false ones in the order given (the misreadings' rank), one per label
 * and per key while there are enough, then one per label, then any; then
 * two true ones, those with the key of a chosen false one first (in the
 * false ones' order), then in the order given. The true options first.
 * Returns how many, or 0 (*opts NULL) when fewer than two true or two
 * false claims.
 */
int		 distract_pick(const struct distract_claim *, int n,
		     struct distract_option **opts);
/* "The second line printed is `3 4`" for line k (from 0). */
char		*distract_ordinal_line(int k, const char *line);
void		 distract_options_free(struct distract_option *, int n);

#endif
