/*
 * cmd_practice.c: `snipquiz practice` (and `snipquiz` alone): questions
 * chosen by a spaced-repetition schedule, progress saved as it goes.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bank.h"
#include "belief.h"
#include "distract.h"
#include "drill.h"
#include "cli.h"
#include "fsrs.h"
#include "gen.h"
#include "oracle.h"
#include "progress.h"
#include "question.h"
#include "quiz.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

/* Without --bank: the bundled banks, and generators for fresh variants. */
static const char *practice_defaults[] = { "snippets", "generators", NULL };

struct practice_values {
	const char	*exam;
	const char	*objective;
	struct cli_list	 banks;
	enum form	 form;
	int		 mixed;		/* the exams' mix, not one form */
	long		 count;
	long		 seed;		/* -1: a fresh one */
	const char	*db;
	int		 quiet;
	unsigned	 stems;		/* --stem: 0 any that fits */
	const char	*misreading;	/* --misreading: drill it */
};

/*
 * A misreading made this many times, and at least as often as resisted,
 * is one of the learner's: items that may show it come sooner.
 */
#define PRACTICE_FREQUENT	2
/* How much sooner: the rank of a new item is its objective's accuracy. */
#define PRACTICE_BOOST		0.3

/* --stem: the choice stems to ask in. */
static int
practice_stem(void *field, const char *arg, char **why)
{
	(void)why;
	return (stem_parse_list(arg, field));
}

/* --form: one form, or mixed (not a form: each item picks its own). */
static int
practice_form(void *field, const char *arg, char **why)
{
	struct practice_values	*v = field;

	if ((v->mixed = strcmp(arg, "mixed") == 0))
		return (0);
	if (form_parse(arg, &v->form) == -1) {
		*why = xprintf("--form wants %s or mixed, not '%s'", form_list(),
		    arg);
		return (-1);
	}
	return (0);
}

static const struct cli_option practice_options[] = {
	{ .name = "exam", .letter = 'e', .type = CLI_STRING, .value = "E",
	  .offset = offsetof(struct practice_values, exam),
	  .help = "only this exam's objectives" },
	{ .name = "objective", .letter = 'o', .type = CLI_STRING,
	  .value = "\"E O\"", .offset = offsetof(struct practice_values,
	  objective), .help = "only this objective" },
	{ .name = "bank", .letter = 'b', .type = CLI_STRINGS, .value = "PATH",
	  .offset = offsetof(struct practice_values, banks),
	  .help = "banks to practise on (files or folders; repeatable)" },
	{ .name = "form", .letter = 'f', .type = CLI_CALL, .value = "F",
	  .offset = 0 /* all of them: form and mixed */, .call = practice_form,
	  .help = "only this form: choice (A-D), select (pick two),\ngap (pick"
	  " the fill), order (put lines in order),\nerror (which line raises),"
	  " output (type it, the\nharder drill), or mixed (default: the exams'"
	  " mix)" },
	{ .name = "stem", .type = CLI_CALL, .value = "S[,S]",
	  .offset = offsetof(struct practice_values, stems),
	  .call = practice_stem, .wants = "a list of output, count,"
	  " behaviour, variable, type or length",
	  .help = "ask choice questions only in these stems: output, count,"
	  " behaviour, variable, type, length (to drill one; an item that fits"
	  " none is asked in another form)" },
	/* No letter: exam's -m is --minutes. */
	{ .name = "misreading", .type = CLI_STRING,
	  .value = "LABEL", .offset = offsetof(struct practice_values,
	  misreading), .help = "drill one misreading: only questions that"
	  " offer its wrong answer (LABEL: its words as stats shows them, a"
	  " catalogue id, or words found in one label)" },
	{ .name = "count", .letter = 'n', .type = CLI_INT, .value = "N",
	  .offset = offsetof(struct practice_values, count),
	  .min = 1, .max = 1000,
	  .help = "questions in this session (default 10)" },
	{ .name = "seed", .letter = 's', .type = CLI_INT, .value = "S",
	  .offset = offsetof(struct practice_values, seed),
	  .min = 0, .max = 4294967295L,
	  .help = "make the session's choices reproducible" },
	{ .name = "db", .type = CLI_STRING, .value = "PATH",
	  .offset = offsetof(struct practice_values, db),
	  .help = "progress database (default:"
	  " $XDG_DATA_HOME/snipquiz/progress.db)" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = offsetof(struct practice_values, quiet),
	  .help = "do not warn about missing sandbox protections" },
	CLI_COLOR_OPTION,
	{ .name = NULL }
};

const struct cli_command cmd_practice_entry = {
	.name = "practice",
	.synopsis = "[options]",
	.about = "Practise on the bundled banks (or --bank): what comes next is"
	    " chosen by a\nspaced-repetition schedule: items due for review"
	    " first, then new items from\nthe objectives you get wrong most,"
	    " those that may show the misreadings you\nmake sooner."
	    " Every answer is graded by the oracle and saved at once. On\na"
	    " terminal, answers have a history and commands complete with Tab;"
	    " with\npiped input, it ends at the end of the input.",
	.options = practice_options
};

struct practice_cand {
	struct bank		*bank;
	struct bank_item	*item;
	double			 rank;	/* lower comes first */
};

static int
practice_cmp(const void *a, const void *b)
{
	const struct practice_cand	*x = a, *y = b;

	return (x->rank < y->rank ? -1 : x->rank > y->rank);
}

/* Accuracy of an objective so far, or -1 when never answered. */
static double
practice_accuracy(struct progress_tally *t, int n, const char *objective)
{
	int	 i;

	for (i = 0; objective != NULL && i < n; i++) {
		if (strcmp(t[i].objective, objective) == 0)
			return (t[i].answered ? (double)t[i].correct /
			    t[i].answered : -1);
	}
	return (-1);
}

/* A generator of this objective, if it was practised before; or NULL. */
static struct bank_item *
practice_template(struct bank_item **tmpls, size_t n, const char *objective,
    struct progress_tally *t, int nt)
{
	struct bank_item	*pick = NULL;
	size_t			 i, seen = 0;

	if (objective == NULL || practice_accuracy(t, nt, objective) < 0)
		return (NULL);
	for (i = 0; i < n; i++) {
		if (tmpls[i]->objective != NULL &&
		    strcmp(tmpls[i]->objective, objective) == 0 &&
		    random() % ++seen == 0)
			pick = tmpls[i];
	}
	return (pick);
}

/*
 * Draw one variant of a template (keyed by the oracle g->a, guarded by
 * g->b). 0, or -1 with *cause set (NULL when the template simply gave no
 * variant: the curated item is asked).
 */
static int
practice_variant(struct gen_oracles *g, struct bank_item *tmpl,
    unsigned int seed, struct gen_variant *v, char **cause)
{
	struct gen_variant	*vs;
	int			 n;

	*cause = NULL;
	n = gen_draw(g, tmpl, seed, 1, 0, &vs, cause);
	if (n == 1) {
		*v = vs[0];
		free(vs);
		free(*cause);
		*cause = NULL;
		return (0);
	}
	free(vs);
	free(*cause);
	*cause = NULL;
	return (-1);
}

/* The learner's misreadings: those met, and the items they were met on. */
struct practice_misreads {
	struct progress_misread_row	*rows;
	int				 nrows;
	char				**labels;	/* met; NULL-ended */
	struct drill			*frequent;	/* made often */
	int				 nfrequent;
};

/* Was the misreading label met on item before (shown or made)? */
static int
practice_met(const struct practice_misreads *pm, const char *item,
    const char *label)
{
	int	 i;

	for (i = 0; i < pm->nrows; i++) {
		if (strcmp(pm->rows[i].item, item) == 0 &&
		    strcmp(pm->rows[i].label, label) == 0)
			return (1);
	}
	return (0);
}

/*
 * Read the learner's misreadings from db: every label met, and those
 * made PRACTICE_FREQUENT times or more and at least as often as resisted
 * as drills. 0, or -1 with *cause.
 */
static int
practice_misreads_load(struct practice_misreads *pm, struct progress *db,
    const struct mutant_catalogue *mc, const struct belief_catalogue *bc,
    struct bank *const *banks, size_t nbanks, char **cause)
{
	struct drill	 d;
	char		*ignore = NULL;
	int		 i, k, n = 0, made, met;

	memset(pm, 0, sizeof *pm);
	if (progress_misreads(db, &pm->rows, &pm->nrows, cause) == -1)
		return (-1);
	pm->labels = xcalloc(pm->nrows + 1, sizeof *pm->labels);
	for (i = 0; i < pm->nrows; i++) {
		for (k = 0; k < n; k++) {
			if (strcmp(pm->labels[k], pm->rows[i].label) == 0)
				break;
		}
		if (k < n)
			continue;
		pm->labels[n++] = pm->rows[i].label;
		for (made = met = 0, k = i; k < pm->nrows; k++) {
			if (strcmp(pm->rows[k].label, pm->rows[i].label) != 0)
				continue;
			met++;
			made += pm->rows[k].made;
		}
		if (made < PRACTICE_FREQUENT || made * 2 < met)
			continue;
		/* Its exact words: found, unless a catalogue dropped it. */
		if (drill_resolve(pm->rows[i].label, mc, bc, banks, nbanks,
		    NULL, &d, &ignore) == -1) {
			free(ignore);
			ignore = NULL;
			memset(&d, 0, sizeof d);
			d.label = xstrdup(pm->rows[i].label);
		}
		pm->frequent = xreallocarray(pm->frequent, pm->nfrequent + 1,
		    sizeof *pm->frequent);
		pm->frequent[pm->nfrequent++] = d;
	}
	return (0);
}

static void
practice_misreads_free(struct practice_misreads *pm)
{
	int	 i;

	for (i = 0; i < pm->nfrequent; i++)
		drill_free(&pm->frequent[i]);
	free(pm->frequent);
	free(pm->labels);
	progress_misreads_free(pm->rows, pm->nrows);
}

/*
 * How strongly item it (known as key) may show misreading d: 2 when it
 * is the item's own or was met on it before, else drill_fits.
 */
static int
practice_shows(const struct practice_misreads *pm, const struct drill *d,
    const char *key, const struct bank_item *it)
{
	if (practice_met(pm, key, d->label))
		return (2);
	return (drill_fits(d, it));
}

int
cmd_practice(int argc, char **argv)
{
	struct oracle_opts	 oopts = { 0, 0, NULL, 0 };
	struct oracle_opts	 gopts = { 1, 1, NULL, 0 };	/* the second, for variants */
	struct practice_cand	*cands = NULL;
	struct cli_skips	 skips = { { NULL }, { 0 } };
	struct progress_tally	*tallies = NULL;
	struct progress		*db = NULL;
	struct syllabus		*syl = NULL;
	struct oracle		*o = NULL;
	struct quiz		*q = NULL;
	struct fsrs_card	 card;
	struct bank		**banks = NULL, *b;
	struct bank_item	*it;
	enum quiz_outcome	 out;
	struct practice_values	 v = { .form = FORM_OUTPUT, .mixed = 1,
				     .count = 10, .seed = -1 };
	enum form		 qform;
	char			*dbpath = NULL, *cause = NULL, *item, *hist;
	size_t			 nbanks = 0, ncands = 0;
	size_t			 i, j, len;
	unsigned int		 seed;
	double			 now = time(NULL) / 86400.0, acc, due;
	int			 first, status = EXIT_OK, ntallies = 0;
	int			 known, nforms;
	enum form		 forms[FORM_COUNT + 2];
	char			*done = NULL;
	long			 asked;
	struct bank_item	**tmpls = NULL, *tmpl, vitem;
	struct bank_block	 vcode, vin;
	struct gen_variant	 var;
	struct gen_oracles	 g = { NULL, NULL };
	size_t			 ntmpls = 0;
	struct distract		*distract = NULL;
	struct belief_catalogue	*beliefs = NULL;
	struct practice_misreads pm;
	struct drill		 drill;
	int			 shows, k;

	memset(&pm, 0, sizeof pm);
	memset(&drill, 0, sizeof drill);
	if (!cli_parse(&cmd_practice_entry, argc, argv, &v, &first, &status))
		goto out;
	if (first != argc) {
		status = cli_usage_error("practice", "unexpected '%s'",
		    argv[first]);
		goto out;
	}
	oopts.quiet = v.quiet;
	seed = cli_seed(v.seed);

	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s practice: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (v.exam != NULL && syllabus_exam(syl, v.exam) == NULL) {
		status = cli_unknown_exam("practice", syl, v.exam);
		goto out;
	}
	if (v.objective != NULL &&
	    syllabus_objective(syl, v.objective) == NULL) {
		status = cli_usage_error("practice", "unknown objective '%s'"
		    " (snipquiz topics lists them)", v.objective);
		goto out;
	}
	/*
	 * The oracles before the banks, so that the zygotes do not carry the
	 * banks' memory into every fork (see check_paths).
	 */
	if ((g.a = o = oracle_start(&oopts, &cause)) == NULL ||
	    (g.b = oracle_start(&gopts, &cause)) == NULL) {
		fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (cli_load_banks("practice", v.banks.v, v.banks.n, practice_defaults,
	    &banks, &nbanks) == -1) {
		status = EXIT_USAGE;
		goto out;
	}
	cli_retag(syl, v.exam != NULL ? v.exam : v.objective, banks, nbanks);

	dbpath = v.db ? xstrdup(v.db) : progress_default_path();
	if ((db = progress_open(dbpath, &cause)) == NULL) {
		fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (progress_tallies(db, &tallies, &ntallies, &cause) == -1) {
		fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	/* The misreadings: to grade by, to drill, to bring items sooner. */
	if ((distract = distract_default(&cause)) == NULL ||
	    (beliefs = belief_default(&cause)) == NULL) {
		fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (practice_misreads_load(&pm, db, distract_mutants(distract),
	    beliefs, banks, nbanks, &cause) == -1) {
		fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (v.misreading != NULL && drill_resolve(v.misreading,
	    distract_mutants(distract), beliefs, banks, nbanks, pm.labels,
	    &drill, &cause) == -1) {
		status = cli_usage_error("practice", "%s", cause);
		goto out;
	}

	for (i = 0; i < nbanks; i++) {
		b = banks[i];
		for (j = 0; j < b->nitems; j++) {
			it = &b->items[j];
			/* What this oracle cannot run is left out, said below. */
			if (cli_skip_needs(&skips, o, it))
				continue;
			if (it->params != NULL) {
				/* A template: fresh variants, see below. */
				tmpls = xreallocarray(tmpls, ntmpls + 1,
				    sizeof *tmpls);
				tmpls[ntmpls++] = it;
				continue;
			}
			if (v.objective != NULL && (it->objective == NULL ||
			    strcmp(it->objective, v.objective) != 0))
				continue;
			len = v.exam ? strlen(v.exam) : 0;
			if (v.exam != NULL && (it->objective == NULL ||
			    strncmp(it->objective, v.exam, len) != 0 ||
			    it->objective[len] != ' '))
				continue;
			item = question_item_key(b->path, it);
			known = progress_card(db, item, &card, &cause);
			/* A drill: only what may show its misreading. */
			shows = drill.label != NULL ? practice_shows(&pm,
			    &drill, item, it) : 0;
			if (drill.label != NULL && shows == 0) {
				free(item);
				continue;
			}
			/* Else those that may show one the learner makes. */
			for (k = 0; drill.label == NULL && k < pm.nfrequent &&
			    shows == 0; k++)
				shows = practice_shows(&pm, &pm.frequent[k], item,
				    it);
			free(item);
			if (known == -1) {
				fprintf(stderr, "%s practice: %s\n", sq_progname,
				    cause);
				status = EXIT_INTERNAL;
				goto out;
			}
			cands = xreallocarray(cands, ncands + 1, sizeof *cands);
			cands[ncands].bank = b;
			cands[ncands].item = it;
			/*
			 * Due reviews first (most overdue first), then new
			 * items from the weakest objectives (never-seen ones
			 * count as weak), then items not due yet; ties are
			 * broken at random.
			 */
			acc = practice_accuracy(tallies, ntallies, it->objective);
			if (known == 0 && (due = fsrs_due(&card)) <= now)
				cands[ncands].rank = -1000 + (due - now) / 1000;
			else if (known == 1)
				cands[ncands].rank = (acc < 0 ? 0 : acc);
			else
				cands[ncands].rank = 10 + (fsrs_due(&card) - now);
			if (shows > 0 && (known == 1 || fsrs_due(&card) > now))
				cands[ncands].rank -= drill.label != NULL ?
				    shows : PRACTICE_BOOST;
			cands[ncands].rank += (random() % 1000) / 1e5;
			ncands++;
		}
	}
	cli_skips_report(&skips, "practice");
	if (ncands == 0) {
		if (drill.label != NULL)
			fprintf(stderr, "%s practice: no item here may show '%s'"
			    "\n", sq_progname, drill.label);
		else
			fprintf(stderr, "%s practice: no questions match\n",
			    sq_progname);
		status = EXIT_FAILED;
		goto out;
	}
	qsort(cands, ncands, sizeof *cands, practice_cmp);
	if ((size_t)v.count > ncands)
		v.count = (long)ncands;

	hist = term_history_path();
	term_history_adopt(hist, dbpath);
	q = quiz_new(o, db, distract, hist);
	quiz_set_stems(q, v.stems);
	quiz_set_drill(q, drill.label);
	free(hist);
	done = xcalloc(ncands, sizeof *done);
	/*
	 * In rank order, the items that can be asked in the form asked for;
	 * when none is left, say so once and go on with each item's own.
	 */
	for (asked = 0, i = 0; asked < v.count; i++) {
		if (i == ncands) {
			if (v.mixed)
				break;
			printf("\n(no more items can be asked as %s; going on"
			    " with the exam's mix of forms)\n",
			    form_name(v.form));
			v.mixed = 1;
			i = 0;
		}
		if (done[i])
			continue;
		if (v.mixed)
			/* A drill's forms show options: the exam's. */
			nforms = question_forms(cands[i].item, drill.label !=
			    NULL, forms);
		else {
			forms[0] = v.form;
			nforms = 1;
		}
		/*
		 * An objective already practised gets, half the time, a fresh
		 * variant from one of its generators rather than an item the
		 * learner may remember.
		 */
		out = QUIZ_NOFIT;
		tmpl = drill.label != NULL ? NULL : practice_template(tmpls,
		    ntmpls, cands[i].item->objective, tallies, ntallies);
		if (tmpl != NULL && random() % 2 == 0 &&
		    practice_variant(&g, tmpl, seed + (unsigned int)i, &var,
		    &cause) == 0) {
			gen_item(tmpl, &var, &vitem, &vcode, &vin);
			item = xprintf("generator:%s", tmpl->id);
			out = quiz_ask(q, item, &vitem, forms, nforms,
			    (int)asked + 1, (int)v.count, &qform, &cause);
			free(item);
			gen_variant_free(&var);
		} else if (tmpl != NULL && cause != NULL) {
			fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
			status = EXIT_INTERNAL;
			break;
		}
		/* The variant does not fit: the curated item, then. */
		if (out == QUIZ_NOFIT) {
			item = question_item_key(cands[i].bank->path,
			    cands[i].item);
			out = quiz_ask(q, item, cands[i].item, forms, nforms,
			    (int)asked + 1, (int)v.count, &qform, &cause);
			free(item);
		}
		if (out == QUIZ_ERROR) {
			fprintf(stderr, "%s practice: %s\n", sq_progname, cause);
			status = EXIT_INTERNAL;
			break;
		}
		if (out == QUIZ_NOFIT)
			continue;
		done[i] = 1;
		asked++;
		if (out == QUIZ_QUIT)
			break;
	}
	quiz_summary(q);
out:
	quiz_free(q);
	distract_free(distract);
	belief_free(beliefs);
	drill_free(&drill);
	practice_misreads_free(&pm);
	oracle_stop(g.b);	/* g.a is o */
	free(tmpls);
	oracle_stop(o);
	progress_tally_free(tallies, ntallies);
	progress_close(db);
	cli_free_banks(banks, nbanks);
	cli_free(&cmd_practice_entry, &v);
	free(cands);
	free(done);
	free(cause);
	free(dbpath);
	syllabus_free(syl);
	return (cli_finish(status));
}
