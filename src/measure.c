/*
 * measure.c: the figures of `snipquiz questions --stats`, counted per
 * exam and overall, rendered with issue 11's targets beside them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "measure.h"

/* The targets, as issue 11 sets them for the bundled content. */
#define MEASURE_FOUR_MIN	90	/* % of items */
#define MEASURE_GENERIC_MAX	5	/* % of wrong options */
#define MEASURE_OUTPUT_MAX	60	/* % of stems in mixed practice */
#define MEASURE_BUILD_MAX	100	/* ms, median */

/* What one exam's items (or all of them) gave. */
struct measure_tally {
	char	*name;
	int	 items;
	int	 variants;
	int	 choice;		/* askable as an output choice */
	int	 four;			/* ... with four options, none generic */
	int	 wrong;			/* wrong options of those choices */
	int	 generic;
	int	 mixed;			/* built in mixed practice */
	int	 stems[STEM_KINDS];
	int	 right[5];		/* A, B, C, D, later */
	int	 short3;		/* choices of fewer than four */
	int	 concept;		/* concept items, not in the above */
	int	 checker;		/* style-checker items, nor these */
	double	*ms;			/* choice builds in mixed practice */
	size_t	 nms;
};

/* An item short of four options with three misreadings. */
struct measure_short {
	char	*key;
	char	*objective;
	int	 askable;		/* as an output choice */
	int	 good;			/* misreading (or bank) options */
	int	 wrong;			/* wrong options */
};

struct measure {
	struct measure_tally	*exams;
	size_t			 nexams;
	struct measure_tally	 all;
	struct measure_short	*shorts;
	size_t			 nshorts;
};

struct measure *
measure_new(const struct syllabus *syl)
{
	struct measure	*m;
	size_t		 i;

	m = xcalloc(1, sizeof *m);
	m->exams = xcalloc(syl->nexams + 1, sizeof *m->exams);
	for (i = 0; i < syl->nexams; i++)
		m->exams[i].name = xstrdup(syl->exams[i].id);
	m->nexams = syl->nexams;
	m->all.name = xstrdup("overall");
	return (m);
}

void
measure_free(struct measure *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nexams; i++) {
		free(m->exams[i].name);
		free(m->exams[i].ms);
	}
	free(m->exams);
	free(m->all.name);
	free(m->all.ms);
	for (i = 0; i < m->nshorts; i++) {
		free(m->shorts[i].key);
		free(m->shorts[i].objective);
	}
	free(m->shorts);
	free(m);
}

/*
 * The wrong options of an output choice: how many (*wrong), how many
 * misreadings' or the bank's own (*good), how many generic. Is it four
 * options whose three wrong ones are good?
 */
static int
measure_choice(const struct question *choice, int *wrong, int *good,
    int *generic)
{
	int	 i;

	*wrong = *good = *generic = 0;
	for (i = 0; i < choice->nopts; i++) {
		if (choice->opts[i].right)
			continue;
		(*wrong)++;
		*generic += choice->opts[i].source == SOURCE_GENERIC;
		*good += choice->opts[i].source == SOURCE_MISREADING ||
		    choice->opts[i].source == SOURCE_BANK;
	}
	return (choice->nopts == 4 && *good == 3);
}

/* Count one item into t. */
static void
measure_tally_add(struct measure_tally *t, int variant,
    const struct question *choice, const struct question *mixed, double ms)
{
	int	 i, wrong, good, generic;

	t->items++;
	t->variants += variant;
	if (choice != NULL) {
		t->choice++;
		t->four += measure_choice(choice, &wrong, &good, &generic);
		t->wrong += wrong;
		t->generic += generic;
	}
	if (mixed == NULL)
		return;
	t->mixed++;
	t->stems[mixed->stem_kind]++;
	if (mixed->form != FORM_CHOICE)
		return;
	for (i = 0; i < mixed->nopts; i++) {
		if (mixed->opts[i].right)
			t->right[i < 4 ? i : 4]++;
	}
	t->short3 += mixed->nopts < 4;
	t->ms = xreallocarray(t->ms, t->nms + 1, sizeof *t->ms);
	t->ms[t->nms++] = ms;
}

/* Keep item key in m's list if its output choice falls short. */
static void
measure_short_add(struct measure *m, const char *key, const char *objective,
    const struct question *choice)
{
	struct measure_short	*s;
	int			 good = 0, wrong = 0, generic;

	if (choice != NULL && measure_choice(choice, &wrong, &good, &generic))
		return;
	m->shorts = xreallocarray(m->shorts, m->nshorts + 1,
	    sizeof *m->shorts);
	s = &m->shorts[m->nshorts++];
	s->key = xstrdup(key);
	s->objective = xstrdup(objective != NULL ? objective : "-");
	s->askable = choice != NULL;
	s->good = good;
	s->wrong = wrong;
}

void
measure_add(struct measure *m, const char *key, const char *objective,
    int variant, const struct question *choice, const struct question *mixed,
    double ms)
{
	size_t	 i, len;

	measure_short_add(m, key, objective, choice);
	for (i = 0; objective != NULL && i < m->nexams; i++) {
		len = strlen(m->exams[i].name);
		if (strncmp(objective, m->exams[i].name, len) == 0 &&
		    objective[len] == ' ') {
			measure_tally_add(&m->exams[i], variant, choice, mixed,
			    ms);
			break;
		}
	}
	measure_tally_add(&m->all, variant, choice, mixed, ms);
}

void
measure_apart(struct measure *m, const char *objective, int checker)
{
	size_t	 i, len;

	for (i = 0; objective != NULL && i < m->nexams; i++) {
		len = strlen(m->exams[i].name);
		if (strncmp(objective, m->exams[i].name, len) == 0 &&
		    objective[len] == ' ') {
			if (checker)
				m->exams[i].checker++;
			else
				m->exams[i].concept++;
			break;
		}
	}
	if (checker)
		m->all.checker++;
	else
		m->all.concept++;
}

static int
measure_cmp(const void *va, const void *vb)
{
	double	 a = *(const double *)va, b = *(const double *)vb;

	return (a < b ? -1 : a > b);
}

/* 100 * a / b, 0 when b is. */
static double
measure_pct(int a, int b)
{
	return (b > 0 ? 100.0 * a / b : 0);
}

/* One figure's line: its words, the figure, the target, met or not. */
static void
measure_line(struct buf *b, const char *what, int a, int n,
    const char *target, int met)
{
	char	*fig;

	fig = xprintf("%d/%d (%.0f%%)", a, n, measure_pct(a, n));
	buf_addf(b, "  %-34s %-16s target %-7s %s\n", what, fig, target,
	    n == 0 ? "-" : met ? "met" : "NOT met");
	free(fig);
}

static void
measure_tally_render(const struct measure_tally *t, struct buf *b)
{
	double	*ms, med = 0, p90 = 0;
	char	*fig;
	int	 i, first = 1;

	buf_addf(b, "%s: %d item%s (%d curated, %d generator variant%s)\n",
	    t->name, t->items, t->items == 1 ? "" : "s", t->items -
	    t->variants, t->variants, t->variants == 1 ? "" : "s");
	if (t->concept > 0)
		buf_addf(b, "  %-34s %d (authored keys: not in the figures"
		    " below)\n", "concept items", t->concept);
	if (t->checker > 0)
		buf_addf(b, "  %-34s %d (options judged by a style checker:"
		    " not in the figures below)\n", "style-checker items",
		    t->checker);
	measure_line(b, "four options, three misreadings", t->four,
	    t->items, ">= 90%", measure_pct(t->four, t->items) >=
	    MEASURE_FOUR_MIN);
	buf_addf(b, "  %-34s %d/%d (%.0f%%)\n", "askable as an output choice",
	    t->choice, t->items, measure_pct(t->choice, t->items));
	measure_line(b, "generic wrong options", t->generic, t->wrong,
	    "<= 5%", measure_pct(t->generic, t->wrong) <=
	    MEASURE_GENERIC_MAX);
	measure_line(b, "output stem in mixed practice",
	    t->stems[STEM_OUTPUT], t->mixed, "<= 60%",
	    measure_pct(t->stems[STEM_OUTPUT], t->mixed) <=
	    MEASURE_OUTPUT_MAX);
	buf_addf(b, "  %-34s", "stems in mixed practice");
	for (i = 0; i < STEM_KINDS; i++) {
		if (t->stems[i] == 0)
			continue;
		buf_addf(b, "%s %s %d", first ? "" : ",",
		    stem_kind_name((enum stem_kind)i), t->stems[i]);
		first = 0;
	}
	buf_addf(b, "%s\n", first ? " none" : "");
	buf_addf(b, "  %-34s A %d, B %d, C %d, D %d", "right option (choice)",
	    t->right[0], t->right[1], t->right[2], t->right[3]);
	if (t->right[4] > 0)
		buf_addf(b, ", later %d", t->right[4]);
	/* D cannot be right in a choice of three. */
	buf_addf(b, " (%d with fewer than four options)\n", t->short3);
	if (t->nms > 0) {
		ms = xreallocarray(NULL, t->nms, sizeof *ms);
		memcpy(ms, t->ms, t->nms * sizeof *ms);
		qsort(ms, t->nms, sizeof *ms, measure_cmp);
		med = t->nms % 2 ? ms[t->nms / 2] : (ms[t->nms / 2 - 1] +
		    ms[t->nms / 2]) / 2;
		p90 = ms[(t->nms * 9 + 9) / 10 - 1];
		free(ms);
	}
	fig = xprintf("%.0f ms (p90 %.0f)", med, p90);
	buf_addf(b, "  %-34s %-16s target %-7s %s\n", "choice build, median",
	    fig, "< 100ms", t->nms == 0 ? "-" : med < MEASURE_BUILD_MAX ?
	    "met" : "NOT met");
	free(fig);
}

void
measure_render(const struct measure *m, struct buf *b)
{
	size_t	 i;

	for (i = 0; i < m->nexams; i++) {
		if (m->exams[i].items > 0)
			measure_tally_render(&m->exams[i], b);
	}
	measure_tally_render(&m->all, b);
}

void
measure_render_short(const struct measure *m, struct buf *b)
{
	const struct measure_short	*s;
	size_t				 i;

	buf_addf(b, "short of four options with three misreadings: %zu"
	    " item%s\n", m->nshorts, m->nshorts == 1 ? "" : "s");
	for (i = 0; i < m->nshorts; i++) {
		s = &m->shorts[i];
		if (s->askable)
			buf_addf(b, "  %s (%s): %d of %d wrong options are"
			    " misreadings\n", s->key, s->objective, s->good,
			    s->wrong);
		else
			buf_addf(b, "  %s (%s): cannot be asked as an output"
			    " choice (fewer than two different answers)\n",
			    s->key, s->objective);
	}
}
