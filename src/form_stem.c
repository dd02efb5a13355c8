/*
 * form_stem.c: the choice form's other stems. "How many lines does this
 * program print?" (or how many times a repeated line) and "What is the
 * expected behaviour?" ask about the same runs as "What does this program
 * print?": the program's own and its misreadings' (distract.c), each read
 * for what the stem asks. Only a near count may be generic, and says so.
 * "What is the value of `x` after the code runs?" asks the probe for the
 * values each top-level name took: the last is right, the earlier ones,
 * real values of the same run, are the wrong options. "What is the type
 * (or length) of `x` after the code runs?" asks the probe of each
 * misreading's program too: the type or length it leaves in the same
 * name is a wrong option, proven by running.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "probe.h"
#include "question_form.h"
#include "util.h"

/* The most options a stem offers, as the exams do. */
#define STEM_OPTIONS	4

/* A run, as the stems read it: its lines, then how it ended. */
struct stem_run {
	char	**lines;
	int	  nlines;
	char	 *exc;		/* the exception's type, or NULL */
	int	  syntax;	/* it did not compile */
};

static void
stem_run_free(struct stem_run *r)
{
	int	 i;

	for (i = 0; i < r->nlines; i++)
		free(r->lines[i]);
	free(r->lines);
	free(r->exc);
	memset(r, 0, sizeof *r);
}

/*
 * Read result res as its option reads (distract_render): the output's
 * lines, normalised, then the exception, or "erroneous" for a program
 * that printed nothing and did not compile. From the result itself, not
 * the option's text: a program may print "(raises KeyError)".
 */
static void
stem_run_of(const struct result *res, struct stem_run *r)
{
	char	*out, *p, *e;
	size_t	 len;

	memset(r, 0, sizeof *r);
	out = answer_normalize(res->out, res->out_len, &len);
	for (p = out; p < out + len; p = e + 1) {
		if ((e = memchr(p, '\n', out + len - p)) == NULL)
			e = out + len;
		r->lines = xreallocarray(r->lines, r->nlines + 1,
		    sizeof *r->lines);
		r->lines[r->nlines++] = xstrndup(p, e - p);
	}
	free(out);
	if (distract_erroneous(res))
		r->syntax = 1;
	else if (res->exc_type != NULL)
		r->exc = xstrdup(res->exc_type);
}

/* How many of r's lines are line (NULL: all of them). */
static int
stem_run_count(const struct stem_run *r, const char *line)
{
	int	 i, n = 0;

	for (i = 0; i < r->nlines; i++)
		n += line == NULL || strcmp(r->lines[i], line) == 0;
	return (n);
}

/*
 * The line printed most often, at least twice, among others (else the
 * count of lines asks the same): short, and quotable in backticks.
 */
static const char *
stem_repeated(const struct stem_run *t)
{
	const char	*best = NULL;
	int		 i, n, most = 1;

	for (i = 0; i < t->nlines; i++) {
		if (*t->lines[i] == '\0' || strlen(t->lines[i]) > 40 ||
		    strchr(t->lines[i], '`') != NULL)
			continue;
		n = stem_run_count(t, t->lines[i]);
		if (n > most) {
			most = n;
			best = t->lines[i];
		}
	}
	return (most < t->nlines ? best : NULL);
}

/* Drop the options a stem began and found too few. */
static void
stem_unadd(struct question *q)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		free(q->opts[i].text);
		free(q->opts[i].label);
		free(q->opts[i].misread);
	}
	free(q->opts);
	q->opts = NULL;
	q->nopts = 0;
}

/*
 * "How many lines ...?", or "How many times is `X` printed?": the true
 * count, the counts the misreadings' runs give (at least one), then one
 * near count from the truth itself, labelled as such. 0 built, 1 does not
 * fit.
 */
static int
stem_count(struct question *q, const struct distract_option *op, int n)
{
	static const struct {
		int		 mul, add;
		const char	*label;
	} nears[] = {
		{ 1, -1, "one fewer (a near count, not a run)" },
		{ 1, 1, "one more (a near count, not a run)" },
		{ 2, 0, "twice as many (a near count, not a run)" },
		{ 0, 0, "none (a near count, not a run)" },
		{ 1, 2, "two more (a near count, not a run)" },
	};
	struct stem_run	 t, r;
	const char	*x;
	char		*more;
	int		 i, c, count;

	/* Only a program that ends well, its output whole and lined. */
	if (q->truth.verdict != VERDICT_OK || q->truth.out_dropped != 0)
		return (1);
	stem_run_of(&q->truth, &t);
	if (t.nlines == 0 || t.exc != NULL || t.syntax) {
		stem_run_free(&t);
		return (1);
	}
	x = stem_repeated(&t);
	count = stem_run_count(&t, x);
	question_add(q, xprintf("%d", count), 1, SOURCE_TRUTH, NULL);
	for (i = 0; i < n && q->nopts < STEM_OPTIONS; i++) {
		if (op[i].correct || op[i].generic)
			continue;
		stem_run_of(&op[i].res, &r);
		c = stem_run_count(&r, x);
		more = xprintf("%d", c);
		/* A misreading that does not compile prints nothing. */
		if (r.syntax || question_has(q, more))
			free(more);
		else
			question_add_misread(q, more, NULL, op[i].label,
			    op[i].line);
		stem_run_free(&r);
	}
	/*
	 * A count no misreading gives would be all guesswork: ask what it
	 * prints instead, or not as a choice.
	 */
	if (q->nopts < 2) {
		stem_unadd(q);
		stem_run_free(&t);
		return (1);
	}
	/* One near count at most: a guess is no misreading. */
	for (i = 0; i < (int)(sizeof nears / sizeof nears[0]) &&
	    q->nopts < STEM_OPTIONS; i++) {
		c = count * nears[i].mul + nears[i].add;
		if (c < 0)
			continue;
		more = xprintf("%d", c);
		if (question_has(q, more))
			free(more);
		else {
			question_add(q, more, 0, SOURCE_GENERIC,
			    nears[i].label);
			break;
		}
	}
	q->stem_kind = STEM_COUNT;
	if (x != NULL)
		q->stem = xprintf("How many times is `%s` printed?", x);
	else
		q->stem = xstrdup("How many lines does this program print?");
	stem_run_free(&t);
	return (0);
}

/* What a run does, in words: "It prints 3, then raises KeyError". */
static char *
stem_behaviour_text(const struct stem_run *r)
{
	struct buf	 b;
	int		 i;

	if (r->syntax)
		return (xstrdup("The code is erroneous"));
	buf_init(&b);
	if (r->nlines == 0)
		buf_adds(&b, r->exc != NULL ? "It raises " : "It prints"
		    " nothing");
	else if (r->nlines == 1)
		buf_addf(&b, "It prints %s%s", r->lines[0], r->exc != NULL ?
		    ", then raises " : "");
	else {
		buf_adds(&b, "It prints:");
		for (i = 0; i < r->nlines; i++)
			buf_addf(&b, "\n%s", r->lines[i]);
		if (r->exc != NULL)
			buf_adds(&b, "\nthen raises ");
	}
	if (r->exc != NULL)
		buf_adds(&b, r->exc);
	return (buf_detach(&b, NULL));
}

/*
 * "What is the expected behaviour?" of a program that raises or does not
 * compile: the specific error, what the misreadings' runs do, and "The
 * code is erroneous" (right only when the program does not compile; the
 * truth's run proves it wrong otherwise, and it only fills up). 0 built,
 * 1 does not fit (fewer than three options).
 */
static int
stem_behaviour(struct question *q, const struct distract_option *op, int n)
{
	struct stem_run	 t, r;
	char		*text;
	int		 i;

	if (q->truth.verdict != VERDICT_RAISED)
		return (1);
	stem_run_of(&q->truth, &t);
	if ((t.exc == NULL && !t.syntax) || (t.exc != NULL &&
	    strcmp(t.exc, "SystemExit") == 0)) {
		stem_run_free(&t);
		return (1);
	}
	question_add(q, stem_behaviour_text(&t), 1, SOURCE_TRUTH, NULL);
	for (i = 0; i < n && q->nopts < STEM_OPTIONS; i++) {
		if (op[i].correct || op[i].generic)
			continue;
		stem_run_of(&op[i].res, &r);
		text = stem_behaviour_text(&r);
		if (question_has(q, text))
			free(text);
		else
			question_add_misread(q, text, NULL, op[i].label,
			    op[i].line);
		stem_run_free(&r);
	}
	/*
	 * "The code is erroneous" where it ran: a guess, so only to fill
	 * (a misreading that takes the code for erroneous gives it too).
	 */
	if (q->nopts < STEM_OPTIONS && !question_has(q,
	    "The code is erroneous"))
		question_add(q, xstrdup("The code is erroneous"), 0,
		    SOURCE_GENERIC, "the program compiles: it ran");
	stem_run_free(&t);
	if (q->nopts < 3) {
		stem_unadd(q);
		return (1);
	}
	q->stem_kind = STEM_BEHAVIOUR;
	q->stem = xstrdup("What is the expected behaviour of this program?");
	return (0);
}

/* The names' values, from two runs of the probe: NULL when unknown. */
struct stem_names {
	struct probe_name	*names;
	size_t			 n;
};

/* Are a and b the same name with the same values, in order? */
static int
stem_name_same(const struct probe_name *a, const struct probe_name *b)
{
	size_t	 i;

	if (strcmp(a->name, b->name) != 0 || a->nvalues != b->nvalues)
		return (0);
	for (i = 0; i < a->nvalues; i++) {
		if (strcmp(a->values[i], b->values[i]) != 0)
			return (0);
	}
	return (1);
}

/*
 * Run the probe twice for q's names, keeping those whose values the two
 * runs agree on (random numbers, set order, ids differ). A program the
 * probe cannot follow has no names.
 */
static void
stem_names_get(const struct question_ctx *ctx, const struct question *q,
    struct stem_names *sn)
{
	const struct bank_item	*it = q->item;
	struct probe_input	 in;
	struct probe_name	*again;
	size_t			 nagain, i, k;
	char			*cause = NULL, *out;
	int			 same;

	memset(sn, 0, sizeof *sn);
	memset(&in, 0, sizeof in);
	in.source = q->src;
	in.source_len = q->srclen;
	if (it->input != NULL) {
		in.stdin_data = it->input->text;
		in.stdin_len = it->input->len;
	}
	in.timeout = it->timeout;
	in.needs = it->needs;
	if (probe_names(ctx->oracle, &in, &sn->names, &sn->n, &out,
	    &cause) != 0) {
		free(cause);
		return;
	}
	/* Under the probe it must print what it prints alone. */
	same = strlen(out) == q->truth.out_len && memcmp(out, q->truth.out,
	    q->truth.out_len) == 0;
	free(out);
	if (!same || probe_names(ctx->oracle, &in, &again, &nagain, &out,
	    &cause) != 0) {
		if (same)
			free(cause);
		nagain = 0;
		again = NULL;
	} else
		free(out);
	for (i = 0; i < sn->n; i++) {
		for (k = 0; k < nagain; k++) {
			if (stem_name_same(&sn->names[i], &again[k]))
				break;
		}
		/* Not the same twice: no value to ask for. */
		if (k == nagain) {
			while (sn->names[i].nvalues > 0)
				free(sn->names[i].values[--sn->names[i].nvalues]);
		}
	}
	probe_names_free(again, nagain);
}

/* Name name's final value in sn, if it has one to show: else NULL. */
static const char *
stem_final_of(const struct stem_names *sn, const char *name)
{
	const struct probe_name	*pn;
	size_t			 i;

	for (i = 0; sn != NULL && i < sn->n; i++) {
		pn = &sn->names[i];
		if (strcmp(pn->name, name) == 0)
			return (pn->nvalues > 0 && *pn->values[pn->nvalues - 1] !=
			    '\0' ? pn->values[pn->nvalues - 1] : NULL);
	}
	return (NULL);
}

/*
 * How many distinct final values of pn the misreadings (mn[i] for op[i])
 * leave that differ from the truth's and from each other.
 */
static int
stem_variable_misread(const struct probe_name *pn,
    const struct distract_option *op, int n, const struct stem_names *mn)
{
	const char	*v, *seen[STEM_OPTIONS];
	int		 i, k, m = 0;

	seen[m++] = pn->values[pn->nvalues - 1];
	for (i = 0; mn != NULL && i < n && m < STEM_OPTIONS; i++) {
		if (op[i].correct || op[i].generic ||
		    (v = stem_final_of(&mn[i], pn->name)) == NULL)
			continue;
		for (k = 0; k < m && strcmp(seen[k], v) != 0; k++)
			;
		if (k == m)
			seen[m++] = v;
	}
	return (m - 1);
}

/*
 * "What is the value of `x` after the code runs?" for a program that
 * ends well: its final value right; wrong, the values misreadings leave
 * in it (mn, the probe of each misreading's program), then its earlier
 * values in the same run (source trace). The name asked about is the one
 * most misreadings change, then the one whose run took most values; with
 * no misreading's value it needs three values of its own. 0 built, 1
 * does not fit.
 */
static int
stem_variable(struct question *q, const struct stem_names *sn,
    const struct distract_option *op, int n, const struct stem_names *mn)
{
	const struct probe_name	*pn, *best = NULL;
	const char		*v;
	size_t			 i, j, k, distinct;
	int			 mis, bestmis = 0, score, bestscore = -1;
	size_t			 pick[3];
	static const char	*labels[3] = {
		"its value before the last change", "its first value",
		"its value after its first change"
	};

	if (q->truth.verdict != VERDICT_OK || sn->names == NULL)
		return (1);
	for (i = 0; i < sn->n; i++) {
		pn = &sn->names[i];
		if (pn->nvalues == 0)
			continue;
		for (j = 0; j < pn->nvalues; j++) {
			if (*pn->values[j] == '\0')
				break;
		}
		if (j != pn->nvalues || strchr(pn->name, '`') != NULL)
			continue;
		/* Values may come back (1, 2, 1): count the distinct. */
		distinct = 0;
		for (j = 0; j < pn->nvalues; j++) {
			for (k = 0; k < j; k++) {
				if (strcmp(pn->values[k], pn->values[j]) == 0)
					break;
			}
			distinct += k == j;
		}
		mis = stem_variable_misread(pn, op, n, mn);
		/* Three options at least: misreadings' and its own. */
		if (mis + distinct < 3 || (mis == 0 && distinct < 3))
			continue;
		score = mis * 1000 + (int)(distinct > 999 ? 999 : distinct);
		if (score > bestscore) {
			bestscore = score;
			bestmis = mis;
			best = pn;
		}
	}
	if (best == NULL)
		return (1);
	question_add(q, xstrdup(best->values[best->nvalues - 1]), 1,
	    SOURCE_TRUTH, NULL);
	for (i = 0; bestmis > 0 && mn != NULL && i < (size_t)n &&
	    q->nopts < STEM_OPTIONS; i++) {
		if (op[i].correct || op[i].generic ||
		    (v = stem_final_of(&mn[i], best->name)) == NULL ||
		    question_has(q, v))
			continue;
		question_add_misread(q, xstrdup(v), NULL, op[i].label,
		    op[i].line);
	}
	if (best->nvalues >= 2) {
		pick[0] = best->nvalues - 2;
		pick[1] = 0;
		pick[2] = 1;
		for (i = 0; i < 3 && q->nopts < STEM_OPTIONS; i++) {
			v = best->values[pick[i]];
			if (!question_has(q, v))
				question_add(q, xstrdup(v), 0, SOURCE_TRACE,
				    labels[i]);
		}
	}
	/* Then any other earlier value, to make four. */
	for (j = best->nvalues - 1; j-- > 0 && q->nopts < STEM_OPTIONS;) {
		v = best->values[j];
		if (!question_has(q, v))
			question_add(q, xstrdup(v), 0, SOURCE_TRACE,
			    "an earlier value of it");
	}
	if (q->nopts < 3) {
		stem_unadd(q);
		return (1);
	}
	q->stem_kind = STEM_VARIABLE;
	q->stem = xprintf("What is the value of `%s` after the code runs?",
	    best->name);
	return (0);
}

/*
 * The names each misreading of op leaves (mn[i] for op[i]; empty for the
 * truth, a generic option, or a misreading the probe could not follow:
 * one that raises has no final state to ask about). The probes run at
 * once, each with at most 2 s, as a misreading's own runs do.
 */
static void
stem_misnames_get(const struct question_ctx *ctx, const struct question *q,
    const struct distract_option *op, int n, struct stem_names *mn)
{
	const struct bank_item	*it = q->item;
	struct probe_input	 in;
	struct oracle_req	 req;
	struct result		 r;
	char			*cause = NULL, *owned, *out;
	void			*tag;
	int			 i, k, inflight = 0;

	memset(mn, 0, n * sizeof *mn);
	for (i = 0; i < n; i++) {
		if (op[i].code == NULL)
			continue;
		memset(&in, 0, sizeof in);
		in.source = op[i].code;
		in.source_len = strlen(op[i].code);
		if (it->input != NULL) {
			in.stdin_data = it->input->text;
			in.stdin_len = it->input->len;
		}
		in.timeout = it->timeout == 0 || it->timeout > 2 ? 2 :
		    it->timeout;
		in.needs = it->needs;
		probe_names_request(&in, &req, &owned);
		req.fixed_random = 1;	/* as its option ran */
		k = oracle_submit(ctx->oracle, &req, (void *)&mn[i], &cause);
		free(owned);
		if (k == -1) {
			free(cause);
			cause = NULL;
			break;
		}
		inflight++;
	}
	while (inflight-- > 0) {
		if (oracle_collect(ctx->oracle, &r, &tag, &cause) == -1) {
			free(cause);
			break;
		}
		i = (int)((struct stem_names *)tag - mn);
		if (probe_names_read(&r, &mn[i].names, &mn[i].n, &out,
		    &cause) == 0)
			free(out);
		else {
			free(cause);
			cause = NULL;
		}
		result_free(&r);
	}
}

/* Name name's final type (length) in sn: 0, or -1 when it has none. */
static int
stem_shape_of(const struct stem_names *sn, const char *name, int length,
    char **text)
{
	const struct probe_name	*pn;
	size_t			 i;

	for (i = 0; i < sn->n; i++) {
		pn = &sn->names[i];
		if (strcmp(pn->name, name) != 0)
			continue;
		if (length && pn->nlens > 0 && pn->lens[pn->nlens - 1] >= 0) {
			*text = xprintf("%ld", pn->lens[pn->nlens - 1]);
			return (0);
		}
		if (!length && pn->ntypes > 0 &&
		    *pn->types[pn->ntypes - 1] != '\0') {
			*text = xstrdup(pn->types[pn->ntypes - 1]);
			return (0);
		}
		return (-1);
	}
	return (-1);
}

/*
 * The options for name pn's type (length): the truth's, then each
 * misreading's that differs, then the name's own earlier ones in the run;
 * lengths filled up with near lengths, labelled as such. Returns how many
 * options come from misreadings.
 */
static int
stem_shape_options(struct question *q, const struct probe_name *pn,
    const struct distract_option *op, int n, const struct stem_names *mn,
    int length)
{
	static const struct {
		int		 mul, add;
		const char	*label;
	} nears[] = {
		{ 1, -1, "one fewer (a near length, not a run)" },
		{ 1, 1, "one more (a near length, not a run)" },
		{ 2, 0, "twice as long (a near length, not a run)" },
		{ 1, 2, "two more (a near length, not a run)" },
	};
	char	*text;
	long	 len = length ? pn->lens[pn->nlens - 1] : 0;
	int	 i, k, m = 0;

	if (length)
		question_add(q, xprintf("%ld", len), 1, SOURCE_TRUTH, NULL);
	else
		question_add(q, xstrdup(pn->types[pn->ntypes - 1]), 1,
		    SOURCE_TRUTH, NULL);
	for (i = 0; i < n && q->nopts < STEM_OPTIONS; i++) {
		if (op[i].correct || op[i].generic || mn[i].names == NULL ||
		    stem_shape_of(&mn[i], pn->name, length, &text) != 0)
			continue;
		if (question_has(q, text))
			free(text);
		else {
			question_add_misread(q, text, NULL, op[i].label,
			    op[i].line);
			m++;
		}
	}
	/* What it was earlier in the same run, latest first. */
	k = length ? (int)pn->nlens - 1 : (int)pn->ntypes - 1;
	while (k-- > 0 && q->nopts < STEM_OPTIONS) {
		if ((length && pn->lens[k] < 0) || (!length &&
		    *pn->types[k] == '\0'))
			continue;
		text = length ? xprintf("%ld", pn->lens[k]) :
		    xstrdup(pn->types[k]);
		if (question_has(q, text))
			free(text);
		else
			question_add(q, text, 0, SOURCE_TRACE, length ?
			    "its length earlier in the run" :
			    "its type earlier in the run");
	}
	for (i = 0; length && i < (int)(sizeof nears / sizeof nears[0]) &&
	    q->nopts < STEM_OPTIONS; i++) {
		if (len * nears[i].mul + nears[i].add < 0)
			continue;
		text = xprintf("%ld", len * nears[i].mul + nears[i].add);
		if (question_has(q, text))
			free(text);
		else
			question_add(q, text, 0, SOURCE_GENERIC, nears[i].label);
	}
	return (m);
}

/*
 * "What is the type (length) of `x` after the code runs?" for a program
 * that ends well: the name (values alike in both probe runs) whose type
 * (a built-in's length) most misreadings change, at least one; a type
 * needs three options, a length is filled up to four with near lengths.
 * 0 built, 1 does not fit.
 */
static int
stem_shape(struct question *q, const struct stem_names *sn,
    const struct distract_option *op, int n, const struct stem_names *mn,
    int length)
{
	const struct probe_name	*pn, *best = NULL;
	size_t			 i;
	int			 m, most = 0;

	if (q->truth.verdict != VERDICT_OK || sn->names == NULL ||
	    mn == NULL)
		return (1);
	for (i = 0; i < sn->n; i++) {
		pn = &sn->names[i];
		if (pn->nvalues == 0 || strchr(pn->name, '`') != NULL ||
		    (length && (pn->nlens == 0 || pn->lens[pn->nlens - 1] <
		    0)) || (!length && (pn->ntypes == 0 ||
		    *pn->types[pn->ntypes - 1] == '\0')))
			continue;
		m = stem_shape_options(q, pn, op, n, mn, length);
		if (m > most && q->nopts >= 3) {
			most = m;
			best = pn;
		}
		stem_unadd(q);
	}
	if (best == NULL)
		return (1);
	stem_shape_options(q, best, op, n, mn, length);
	q->stem_kind = length ? STEM_LENGTH : STEM_TYPE;
	q->stem = xprintf("What is the %s of `%s` after the code runs?",
	    length ? "length" : "type", best->name);
	return (0);
}

/*
 * How often each stem is drawn among the best that fit (stem_score). The
 * exams ask for the output in 24% of code items and for a count, a value
 * or a behaviour in 17% (../shared/exam-items.md): output at most 60% of
 * stems. The other stems fit fewer items, so where they fit as well they
 * are drawn five times as often: `snipquiz questions --stats` shows the
 * share of mixed practice.
 */
static const struct {
	enum stem_kind	 kind;
	int		 weight;
} stem_weights[] = {
	{ STEM_OUTPUT, 1 }, { STEM_COUNT, 5 }, { STEM_BEHAVIOUR, 5 },
	{ STEM_VARIABLE, 5 }, { STEM_TYPE, 5 }, { STEM_LENGTH, 5 },
};

/*
 * How far a built stem falls short: an option missing of four, or a wrong
 * option that is a guess (a near count, "The code is erroneous" where it
 * ran), each one point. A value the run itself held (trace) is no guess:
 * a learner who stops a step early picks it, and the run proves it. The
 * output stem's options are op's.
 */
static int
stem_score(enum stem_kind kind, const struct question *q,
    const struct distract_option *op, int n)
{
	int	 i, nopts = 0, weak = 0;

	if (kind == STEM_OUTPUT) {
		for (i = 0; i < n && nopts < STEM_OPTIONS; i++, nopts++)
			weak += !op[i].correct && op[i].generic;
	} else {
		for (i = 0; i < q->nopts; i++, nopts++)
			weak += !q->opts[i].right &&
			    q->opts[i].source == SOURCE_GENERIC;
	}
	return ((nopts < STEM_OPTIONS ? STEM_OPTIONS - nopts : 0) + weak);
}

/* Build q's options and stem as kind asks: 0, or 1 when it does not fit. */
static int
stem_build(enum stem_kind kind, struct question *q,
    const struct distract_option *op, int n, const struct stem_names *sn,
    const struct stem_names *mn)
{
	switch (kind) {
	case STEM_VARIABLE:
		return (stem_variable(q, sn, op, n, mn));
	case STEM_TYPE:
	case STEM_LENGTH:
		return (stem_shape(q, sn, op, n, mn, kind == STEM_LENGTH));
	case STEM_COUNT:
		return (stem_count(q, op, n));
	case STEM_BEHAVIOUR:
		return (stem_behaviour(q, op, n));
	default:
		return (0);
	}
}

int
stem_choose(const struct question_ctx *ctx, struct question *q,
    const struct distract_option *op, int n, int output)
{
	enum stem_kind	 kinds[8], kind;
	struct stem_names sn, *mn = NULL;
	int		 weights[8], nkinds = 0, total = 0, k, r, score;
	int		 best = 0;
	unsigned	 want = ctx->stems != 0 ? ctx->stems : ~0U;
	unsigned	 names = (1U << STEM_VARIABLE) | (1U << STEM_TYPE) |
			     (1U << STEM_LENGTH);
	size_t		 i;

	/* The bank's own prose is the question: it is asked as it is. */
	if (q->item->prompt != NULL)
		want &= 1U << STEM_OUTPUT;
	/* The probe runs only for a program that ends well. */
	memset(&sn, 0, sizeof sn);
	if ((want & names) && q->truth.verdict == VERDICT_OK)
		stem_names_get(ctx, q, &sn);
	/* The misreadings' probes, only for a name to ask about. */
	if ((want & names) && sn.names != NULL) {
		mn = xcalloc(n + 1, sizeof *mn);
		stem_misnames_get(ctx, q, op, n, mn);
	}
	/*
	 * Which fit, each built and dropped (no oracle: the runs are in op).
	 * random() is drawn only when there is a choice, so an item that
	 * fits one stem is shuffled as it always was.
	 */
	for (i = 0; i < sizeof stem_weights / sizeof stem_weights[0]; i++) {
		kind = stem_weights[i].kind;
		if (!(want & (1U << kind)) || (kind == STEM_OUTPUT && !output))
			continue;
		if (stem_build(kind, q, op, n, &sn, mn) != 0)
			continue;
		score = stem_score(kind, q, op, n);
		stem_unadd(q);
		free(q->stem);
		q->stem = NULL;
		/*
		 * Only the stems whose options are the most runs of
		 * misreadings: where one has a guess or a missing option and
		 * another has none, the other is asked (rather than fill
		 * with generic options).
		 */
		if (nkinds > 0 && score > best)
			continue;
		if (nkinds > 0 && score < best)
			nkinds = total = 0;
		best = score;
		kinds[nkinds] = kind;
		total += weights[nkinds++] = stem_weights[i].weight;
	}
	k = 0;
	if (nkinds > 1) {
		r = (int)(random() % total);
		for (; k < nkinds - 1 && (r -= weights[k]) >= 0; k++)
			;
	}
	r = -1;
	if (nkinds > 0) {
		stem_build(kinds[k], q, op, n, &sn, mn);
		r = (int)kinds[k];
	}
	probe_names_free(sn.names, sn.n);
	for (k = 0; mn != NULL && k < n; k++)
		probe_names_free(mn[k].names, mn[k].n);
	free(mn);
	return (r);
}
