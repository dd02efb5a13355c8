/*
 * distract.c: run the misreadings of a snippet (its code mutants and its
 * authored misreadings), keep the answers that are wrong in a new way.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "belief.h"
#include "distract.h"
#include "mutant.h"
#include "probe.h"
#include "util.h"

struct distract {
	struct mutant_catalogue	*mutants;
	struct belief_catalogue	*beliefs;	/* NULL: none */
};

/*
 * One misreading of an item: its program, and once run twice alike, its
 * result. fits: its objectives include the item's (an authored one was
 * written for the item: it fits).
 */
struct distract_cand {
	const char	*label;
	int		 fits;
	int		 authored;	/* the item's own ```misread block */
	int		 belief;	/* code: the belief driver's stdin */
	int		 line;		/* where it bites; 0: unknown */
	char		*code;
	size_t		 len;
	struct result	 res;
	int		 have;
};

/* Generic wrong answers, for when the misreadings do not give enough. */
static const struct {
	const char	*text;
	const char	*label;
} distract_generic[] = {
	{ "(nothing is printed)", "output taken for nothing" },
	{ "(raises an exception)", "a working line taken for an error" },
	{ "None", "a printed value taken for None" },
};

void
distract_free(struct distract *d)
{
	if (d == NULL)
		return;
	mutant_free(d->mutants);
	belief_free(d->beliefs);
	free(d);
}

struct distract *
distract_default(char **cause)
{
	struct distract	*d;

	d = xcalloc(1, sizeof *d);
	if ((d->mutants = mutant_default(cause)) == NULL ||
	    (d->beliefs = belief_default(cause)) == NULL) {
		distract_free(d);
		return (NULL);
	}
	return (d);
}

struct mutant_catalogue *
distract_mutants(struct distract *d)
{
	return (d->mutants);
}

int
distract_erroneous(const struct result *r)
{
	return (r->exc_type != NULL && r->out_len == 0 &&
	    (strcmp(r->exc_type, "SyntaxError") == 0 ||
	    strcmp(r->exc_type, "IndentationError") == 0 ||
	    strcmp(r->exc_type, "TabError") == 0));
}

char *
distract_render(const struct result *r)
{
	struct buf	 b;
	char		*out;
	size_t		 len;

	out = answer_normalize(r->out, r->out_len, &len);
	buf_init(&b);
	buf_add(&b, out, len);
	free(out);
	/*
	 * A program that does not compile prints nothing: "erroneous". One
	 * that printed first is a misreading's (a learner who takes a syntax
	 * error for one raised when its line runs): it raises.
	 */
	if (r->exc_type != NULL) {
		if (distract_erroneous(r))
			buf_addf(&b, "(the code is erroneous: %s)\n", r->exc_type);
		else
			buf_addf(&b, "(raises %s)\n", r->exc_type);
	}
	if (b.len == 0)
		buf_adds(&b, "(nothing is printed)\n");
	return (buf_detach(&b, NULL));
}

static int
distract_have(struct distract_option *o, int n, const char *text)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(o[i].text, text) == 0)
			return (1);
	}
	return (0);
}

static void
distract_add(struct distract_option **o, int *n, char *text,
    const char *label, int correct, int generic)
{
	*o = xreallocarray(*o, *n + 1, sizeof **o);
	(*o)[*n].generic = generic;
	(*o)[*n].text = text;
	(*o)[*n].label = label ? xstrdup(label) : NULL;
	(*o)[*n].correct = correct;
	(*o)[*n].line = 0;
	(*o)[*n].code = NULL;
	result_init(&(*o)[*n].res);
	(*n)++;
}

static void
distract_cands_free(struct distract_cand *c, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(c[i].code);
		if (c[i].have)
			result_free(&c[i].res);
	}
	free(c);
}

/*
 * Submit run k (0 or 1) of misreading i, tagged 2 * i + k + 1. 0, or -1
 * with *cause set.
 */
static int
distract_submit(struct oracle *o, const struct bank_item *it,
    struct distract_cand *c, size_t i, int k, int *inflight, char **cause)
{
	struct oracle_req	 req;

	if (c[i].belief)
		belief_req(&req, it, c[i].code, c[i].len);
	else
		oracle_req_item(&req, it, c[i].code, c[i].len);
	/* Its option must not change with the run's random numbers. */
	req.fixed_random = 1;
	/* A misreading may loop: it gets less time than the truth. */
	if (req.limits.timeout == 0 || req.limits.timeout > 2)
		req.limits.timeout = 2;
	if (oracle_submit(o, &req, (void *)(uintptr_t)(2 * i + k + 1),
	    cause) == -1)
		return (-1);
	(*inflight)++;
	return (0);
}

/*
 * Can the rendered answer text be shown as it is: no control character
 * but newlines and tabs (C0, DEL, or C1 as UTF-8)?
 */
static int
distract_printable(const char *text)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)text; *p != '\0'; p++) {
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f ||
		    (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f))
			return (0);
	}
	return (1);
}

/*
 * Where belief b bites in src (len bytes): the first line that triggers
 * it alone (a call of the builtin it is about); 0 when none does (its
 * names on several lines).
 */
static int
distract_belief_line(const struct belief *b, const char *src, size_t len)
{
	const char	*p = src, *end = src + len, *nl;
	int		 line = 1;

	for (; p < end; p = nl + 1, line++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (belief_applies(b, p, (size_t)(nl - p)))
			return (line);
	}
	return (0);
}

/*
 * Submit the runs of every belief the item's code (src, srclen) triggers
 * as candidates from c[*nc] on, unless the item has three authored
 * misreadings: those rank first and fill a choice, so a belief's run
 * would only cost time. 0, or -1 with *cause set.
 */
static int
distract_beliefs(struct distract *d, struct oracle *o,
    const struct bank_item *it, const char *src, size_t srclen,
    struct distract_cand *c, size_t *nc, int *inflight, char **cause)
{
	struct belief	*b;
	size_t		 i;

	if (it->nmisreads >= 3)
		return (0);
	for (i = 0; d->beliefs != NULL && i < d->beliefs->nbeliefs; i++) {
		b = &d->beliefs->beliefs[i];
		if (!belief_applies(b, src, srclen))
			continue;
		c[*nc].code = belief_input(b, src, srclen, it->input ?
		    it->input->text : NULL, it->input ? it->input->len : 0,
		    &c[*nc].len);
		if (c[*nc].code == NULL)
			continue;
		c[*nc].label = b->label;
		c[*nc].line = distract_belief_line(b, src, srclen);
		c[*nc].fits = belief_fits(b, it->objective);
		c[*nc].belief = 1;
		if (distract_submit(o, it, c, (*nc)++, 0, inflight, cause) == -1)
			return (-1);
	}
	return (0);
}

/* How a misreading's option ranks: lower first. */
struct distract_rank {
	size_t	 cand;
	char	*text;
	int	 crash;		/* 1: raises where the truth does not */
	int	 fits;		/* 0: of the item's objective */
	int	 authored;	/* 0: the item's own misreading (first) */
	int	 near;		/* 0: as many lines, raises as the truth does */
	int	 lines;		/* lines that differ */
	int	 tokens;	/* tokens that differ */
};

static size_t	distract_rank(struct distract_cand *, size_t,
		    const struct result *, struct distract_rank **);

/* How many misreadings get their second run (see distract_confirm). */
#define DISTRACT_CONFIRM	8

/*
 * Collect one run: the mutant driver's report (its mutants submitted,
 * each a first run, from c[*nc] on) or run k of misreading i (tag 2 * i
 * + k + 1): got[i] becomes 1 with c[i].res (the first), 2 with again[i]
 * (the second), -1 when either failed. 0, or -1 with *cause set.
 */
static int
distract_collect(struct distract *d, struct oracle *o,
    const struct bank_item *it, struct distract_cand *c, size_t *nc,
    size_t cap, int *got, struct result *again, int *inflight, char **cause)
{
	struct mutant		*m = NULL;
	struct mutant_rule	*mr;
	struct result		 r;
	char			*why = NULL;
	size_t			 nm = 0, i, j;
	void			*tag;
	int			 rc = 0;

	if (oracle_collect(o, &r, &tag, cause) == -1)
		return (-1);
	(*inflight)--;
	if (tag == NULL) {
		if (mutant_report(d->mutants, &r, &m, &nm, &why) == -1)
			free(why);
		result_free(&r);
		for (j = 0; j < nm && rc == 0 && *nc < cap; j++) {
			mr = &d->mutants->rules[m[j].rule];
			c[*nc].label = mr->label;
			c[*nc].fits = mutant_fits(mr, it->objective);
			c[*nc].line = m[j].line;
			c[*nc].code = m[j].code;
			c[*nc].len = strlen(m[j].code);
			m[j].code = NULL;
			rc = distract_submit(o, it, c, (*nc)++, 0, inflight,
			    cause);
		}
		mutant_list_free(m, nm);
		return (rc);
	}
	i = ((uintptr_t)tag - 1) / 2;
	if ((r.verdict != VERDICT_OK && r.verdict != VERDICT_RAISED) ||
	    got[i] == -1) {
		/* Either run failing drops the misreading. */
		result_free(&r);
		if (got[i] == 1)
			result_free(&c[i].res);
		got[i] = -1;
	} else if (got[i] == 0) {
		c[i].res = r;
		got[i] = 1;
	} else {
		again[i] = r;
		got[i] = 2;
	}
	return (0);
}

/*
 * Words in a misreading's program that can make two of its runs in one
 * oracle differ: clocks, threads and processes, sockets, ids, the
 * system's randomness. (random is seeded for a misreading, and the hash
 * seed is the oracle's, so set order and hash() are the same each run.)
 * Generous: a false alarm costs one run.
 */
static const char *distract_volatile_words[] = {
	"time", "sleep", "thread", "Thread", "process", "Process", "Pool",
	"socket", "select", "signal", "asyncio", "concurrent", "queue",
	"Queue", "Event", "Lock", "urandom", "uuid", "secrets",
	"SystemRandom", "id(", "getpid", "tempfile", "perf_counter",
	"getrefcount", "gc.", "mmap", "os.", NULL
};

/* Could two runs of code (len bytes) print differently? */
static int
distract_volatile(const char *code, size_t len)
{
	const char	**w;

	for (w = distract_volatile_words; *w != NULL; w++) {
		if (memmem(code, len, *w, strlen(*w)) != NULL)
			return (1);
	}
	return (0);
}

/*
 * Confirm the misreadings that can be offered: those whose first run
 * gave an answer a screen can show, unlike the truth's, as
 * distract_rank orders them, one a label and an answer, at most
 * DISTRACT_CONFIRM; with all, every one whose first run gave a result
 * (grading compares answers with each). One whose program could print
 * differently from run to run (distract_volatile) gets a second run,
 * compared with the first; the others are taken on their first (got[i]
 * 3). The rest are never offered: a second run of all (some 40 code
 * mutants) would double the time a question takes. 0, or -1 with *cause
 * set.
 */
static int
distract_confirm(struct oracle *o, const struct bank_item *it,
    const struct result *truth, struct distract_cand *c, size_t nc,
    int all, int *got, int *inflight, char **cause)
{
	struct distract_rank	*rk;
	char			*t, *x;
	size_t			 i, j, nr, k = 0, *took;
	int			 rc = 0;

	for (i = 0; i < nc; i++) {
		c[i].have = 0;
		if (got[i] == 1) {
			x = distract_render(&c[i].res);
			c[i].have = distract_printable(x);
			free(x);
		}
	}
	t = distract_render(truth);
	nr = distract_rank(c, nc, truth, &rk);
	/* took: ranks taken, whose texts and labels the next must differ from. */
	took = xcalloc(nr + 1, sizeof *took);
	for (i = 0; i < nr && (all || k < DISTRACT_CONFIRM); i++) {
		if (all) {
			took[k++] = i;
			continue;
		}
		if (strcmp(rk[i].text, t) == 0)
			continue;
		for (j = 0; j < k; j++) {
			if (strcmp(rk[took[j]].text, rk[i].text) == 0 ||
			    strcmp(c[rk[took[j]].cand].label,
			    c[rk[i].cand].label) == 0)
				break;
		}
		if (j == k)
			took[k++] = i;
	}
	for (j = 0; j < k; j++)
		took[j] = rk[took[j]].cand;
	for (i = 0; i < nr; i++)
		free(rk[i].text);
	free(rk);
	free(t);
	for (j = 0; j < k && rc == 0; j++) {
		if (distract_volatile(c[took[j]].code, c[took[j]].len))
			rc = distract_submit(o, it, c, took[j], 1, inflight,
			    cause);
		else
			got[took[j]] = 3;
	}
	free(took);
	return (rc);
}

/*
 * Run every misreading of it, all submitted before any is collected
 * (they run in parallel), with random seeded: first the mutant driver (not for
 * an item with three authored misreadings or more), the item's authored
 * misreadings (```misread blocks, complete programs:
 * for a gap item the blank is filled as misread) and every belief its
 * code triggers (data/beliefs.tsv); each code mutant as soon as the
 * driver reports it. Those that may be offered and could print
 * differently from run to run (clocks, threads: distract_confirm) run a
 * second time: one whose two runs disagree would make the same seed give
 * other options, and a learner a key that changes; it is not offered,
 * nor one whose answer shows a memory address (answer_stable); with all,
 * every misreading is confirmed so (distract_confirm). Returns the misreadings
 * in *out and *n (free with distract_cands_free): c[i].have says whether
 * c[i].res holds a result (one that ran to its end or raised, alike both
 * times). 0, or -1 with *cause set (the oracle failed). A driver that
 * gives no report (a snippet too deep for ast) gives no mutants.
 */
static int
distract_run(struct distract *d, struct oracle *o,
    const struct bank_item *it, const struct result *truth, int all,
    struct distract_cand **out, size_t *n, char **cause)
{
	struct distract_cand	*c;
	struct oracle_req	 req;
	struct result		*again;
	char			*src, *owned, *x, *y, *why = NULL;
	size_t			 srclen, cap, nc = 0, i;
	int			 inflight = 0, rc = 0, *got;

	cap = it->nmisreads + MUTANT_MAX + 1 +
	    (d->beliefs != NULL ? d->beliefs->nbeliefs : 0);
	c = xcalloc(cap, sizeof *c);
	again = xcalloc(cap, sizeof *again);
	got = xcalloc(cap, sizeof *got);
	src = bank_item_source(it, &srclen);
	/*
	 * The driver's tag is NULL; a misreading's run 2 * i + k + 1. Three
	 * authored misreadings rank first and fill a choice (check proves
	 * they differ): code mutants would only cost time, some 80 runs.
	 */
	if (d->mutants != NULL && it->nmisreads < 3) {
		mutant_request(d->mutants, src, srclen, MUTANT_MAX, &req,
		    &owned);
		rc = oracle_submit(o, &req, NULL, cause);
		inflight += rc == 0;
		free(owned);	/* the oracle has its own copy */
	}
	/* Written for this item: they fit its objective by definition. */
	for (i = 0; i < it->nmisreads && rc == 0; i++) {
		c[nc].label = it->misreads[i].label;
		c[nc].fits = 1;
		c[nc].authored = 1;
		c[nc].code = xstrndup(it->misreads[i].code,
		    it->misreads[i].len);
		c[nc].len = it->misreads[i].len;
		c[nc].line = distract_line_differs(src, srclen, c[nc].code,
		    c[nc].len);
		rc = distract_submit(o, it, c, nc++, 0, &inflight, cause);
	}
	if (rc == 0)
		rc = distract_beliefs(d, o, it, src, srclen, c, &nc, &inflight,
		    cause);
	free(src);
	/* Every first run, and the driver's report. */
	while (inflight > 0 && rc == 0)
		rc = distract_collect(d, o, it, c, &nc, cap, got, again,
		    &inflight, cause);
	/*
	 * The second runs, of the misreadings that can be offered only: as
	 * they rank, one a label and an answer, unlike the truth's, at most
	 * DISTRACT_CONFIRM (three options, three false statements, spares
	 * for a misreading whose second run disagrees).
	 */
	if (rc == 0)
		rc = distract_confirm(o, it, truth, c, nc, all, got, &inflight,
		    cause);
	while (inflight > 0 && rc == 0)
		rc = distract_collect(d, o, it, c, &nc, cap, got, again,
		    &inflight, cause);
	/* What the oracle still owes, when it failed, is dropped with it. */
	for (i = 0; i < nc; i++) {
		c[i].have = 0;
		if (got[i] == 2 && rc == 0) {
			x = distract_render(&c[i].res);
			y = distract_render(&again[i]);
			/*
			 * An address in the answer is no option either, nor
			 * one a screen cannot show (a control character a
			 * misread chr() gives).
			 */
			c[i].have = strcmp(x, y) == 0 &&
			    answer_stable(&c[i].res, &again[i], &why) == 1 &&
			    distract_printable(x);
			free(why);
			why = NULL;
			free(x);
			free(y);
		}
		/* One run: still no address in its answer. */
		if (got[i] == 3 && rc == 0) {
			x = distract_render(&c[i].res);
			c[i].have = answer_stable(&c[i].res, &c[i].res,
			    &why) == 1 && distract_printable(x);
			free(why);
			why = NULL;
			free(x);
		}
		if (got[i] == 2)
			result_free(&again[i]);
		if (got[i] >= 1 && !c[i].have)
			result_free(&c[i].res);
	}
	free(again);
	free(got);
	*out = c;
	*n = nc;
	if (rc == -1) {
		distract_cands_free(c, nc);
		*out = NULL;
		*n = 0;
	}
	return (rc);
}


/* Lines (or words, split on white space) of a and b that differ. */
static int
distract_distance(const char *a, const char *b, int words)
{
	const char	*sep = words ? " \t\n" : "\n";
	char		*x, *y, *p, *q, *sx, *sy;
	int		 d = 0;

	x = xstrdup(a);
	y = xstrdup(b);
	p = strtok_r(x, sep, &sx);
	q = strtok_r(y, sep, &sy);
	while (p != NULL || q != NULL) {
		d += p == NULL || q == NULL || strcmp(p, q) != 0;
		p = p != NULL ? strtok_r(NULL, sep, &sx) : NULL;
		q = q != NULL ? strtok_r(NULL, sep, &sy) : NULL;
	}
	free(x);
	free(y);
	return (d);
}

static int
distract_rank_cmp(const void *va, const void *vb)
{
	const struct distract_rank	*a = va, *b = vb;

	if (a->authored != b->authored)
		return (a->authored - b->authored);
	if (a->authored == 0)
		return (a->cand < b->cand ? -1 : a->cand > b->cand);
	if (a->crash != b->crash)
		return (a->crash - b->crash);
	if (a->fits != b->fits)
		return (a->fits - b->fits);
	if (a->near != b->near)
		return (a->near - b->near);
	if (a->lines != b->lines)
		return (a->lines - b->lines);
	if (a->tokens != b->tokens)
		return (a->tokens - b->tokens);
	return (a->cand < b->cand ? -1 : a->cand > b->cand);
}

/*
 * The misreadings that ran, ranked as a learner would pick them: the
 * item's authored misreadings first, in the order written (the author
 * wrote them for this item, and may mean a crash as the trap). Then the
 * code mutants: a crash where the truth ends cleanly last (a dropped
 * return raising TypeError is rarely what a learner predicts); before
 * those, the item's objective's misreadings first, then near-misses (as many lines as the
 * truth, an exception where it has one), then the fewest differing lines
 * and tokens; ties in catalogue order (reproducible). Returns how many; each
 * rank's text is the caller's to free.
 */
static size_t
distract_rank(struct distract_cand *c, size_t nc, const struct result *truth,
    struct distract_rank **out)
{
	struct distract_rank	*rk;
	char			*t;
	size_t			 i, n = 0;
	int			 tl, ml;

	rk = xcalloc(nc + 1, sizeof *rk);
	t = distract_render(truth);
	answer_lines_free(answer_lines(truth->out, truth->out_len, &tl));
	for (i = 0; i < nc; i++) {
		if (!c[i].have)
			continue;
		rk[n].cand = i;
		rk[n].text = distract_render(&c[i].res);
		rk[n].fits = !c[i].fits;
		rk[n].authored = !c[i].authored;
		answer_lines_free(answer_lines(c[i].res.out, c[i].res.out_len,
		    &ml));
		rk[n].crash = c[i].res.exc_type != NULL &&
		    truth->exc_type == NULL;
		rk[n].near = ml != tl || (c[i].res.exc_type == NULL) !=
		    (truth->exc_type == NULL);
		rk[n].lines = distract_distance(t, rk[n].text, 0);
		rk[n].tokens = distract_distance(t, rk[n].text, 1);
		n++;
	}
	free(t);
	qsort(rk, n, sizeof *rk, distract_rank_cmp);
	*out = rk;
	return (n);
}

static int
distract_have_label(struct distract_option *o, int n, const char *label)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (o[i].label != NULL && strcmp(o[i].label, label) == 0)
			return (1);
	}
	return (0);
}

int
distract_options(struct distract *d, struct oracle *o,
    const struct bank_item *it, const struct result *truth, int want,
    struct distract_option **opts, char **cause)
{
	struct distract_option	*op = NULL;
	struct distract_cand	*c;
	struct distract_rank	*rk;
	char			*text;
	size_t			 i, nc, nr;
	int			 n = 0, raised = truth->exc_type != NULL;

	if (distract_run(d, o, it, truth, 0, &c, &nc, cause) == -1)
		return (-1);
	distract_add(&op, &n, distract_render(truth), NULL, 1, 0);
	/* Three different misreadings: one label, one option. */
	nr = distract_rank(c, nc, truth, &rk);
	for (i = 0; i < nr; i++) {
		text = rk[i].text;
		if (n < want && !distract_have(op, n, text) &&
		    !distract_have_label(op, n, c[rk[i].cand].label)) {
			distract_add(&op, &n, text, c[rk[i].cand].label, 0, 0);
			op[n - 1].line = c[rk[i].cand].line;
			/* Other stems run it again (form_stem.c). */
			op[n - 1].code = c[rk[i].cand].code;
			c[rk[i].cand].code = NULL;
			raised |= c[rk[i].cand].res.exc_type != NULL;
			/* ... and read its run, not its text. */
			op[n - 1].res = c[rk[i].cand].res;
			c[rk[i].cand].have = 0;
		} else
			free(text);
	}
	free(rk);
	distract_cands_free(c, nc);
	/*
	 * One generic answer at most, and only to fill up a question that
	 * has a real misreading but fewer than it wants.
	 */
	for (i = 0; i < sizeof distract_generic / sizeof distract_generic[0] &&
	    n < want && n > 1; i++) {
		text = xprintf("%s\n", distract_generic[i].text);
		if (distract_have(op, n, text) || (raised &&
		    strstr(text, "(raises") != NULL))
			free(text);
		else {
			distract_add(&op, &n, text, distract_generic[i].label, 0,
			    1);
			break;
		}
	}
	*opts = op;
	return (n);
}

int
distract_misreadings(struct distract *d, struct oracle *o,
    const struct bank_item *it, const struct result *truth,
    struct distract_option **opts, char **cause)
{
	struct distract_option	*op = NULL;
	struct distract_cand	*c;
	struct distract_rank	*rk;
	size_t			 i, nc, nr;
	int			 n = 0;

	*opts = NULL;
	if (distract_run(d, o, it, truth, 1, &c, &nc, cause) == -1)
		return (-1);
	nr = distract_rank(c, nc, truth, &rk);
	for (i = 0; i < nr; i++) {
		distract_add(&op, &n, rk[i].text, c[rk[i].cand].label, 0, 0);
		op[n - 1].line = c[rk[i].cand].line;
		op[n - 1].res = c[rk[i].cand].res;
		c[rk[i].cand].have = 0;
	}
	free(rk);
	distract_cands_free(c, nc);
	*opts = op;
	return (n);
}

/* The lines of code (len bytes) as offsets: *n of them (caller frees). */
static size_t *
distract_line_starts(const char *code, size_t len, int *n)
{
	size_t	*at = NULL;
	size_t	 i;

	*n = 0;
	for (i = 0; i < len; i++) {
		if (i == 0 || code[i - 1] == '\n') {
			at = xreallocarray(at, (size_t)*n + 2, sizeof *at);
			at[(*n)++] = i;
		}
	}
	if (at == NULL)
		at = xcalloc(2, sizeof *at);
	at[*n] = len;
	return (at);
}

/* Are line i of a and line j of b (from 0) the same? */
static int
distract_line_same(const char *a, const size_t *ao, int i, const char *b,
    const size_t *bo, int j)
{
	size_t	 al = ao[i + 1] - ao[i], bl = bo[j + 1] - bo[j];

	/* A last line without its newline is the same line. */
	if (al > 0 && a[ao[i] + al - 1] == '\n')
		al--;
	if (bl > 0 && b[bo[j] + bl - 1] == '\n')
		bl--;
	return (al == bl && memcmp(a + ao[i], b + bo[j], al) == 0);
}

int
distract_line_differs(const char *a, size_t alen, const char *b,
    size_t blen)
{
	size_t	*ao, *bo;
	int	 na, nb, pre = 0, suf = 0, line;

	ao = distract_line_starts(a, alen, &na);
	bo = distract_line_starts(b, blen, &nb);
	while (pre < na && pre < nb && distract_line_same(a, ao, pre, b, bo,
	    pre))
		pre++;
	while (suf < na - pre && suf < nb - pre && distract_line_same(a, ao,
	    na - 1 - suf, b, bo, nb - 1 - suf))
		suf++;
	/*
	 * The first of a's lines b changes; where b only adds lines, the
	 * line they follow (a break after a loop's body bites there), or
	 * the first when they come first.
	 */
	if (pre == na && pre == nb)
		line = 0;
	else if (pre < na - suf)
		line = pre + 1;
	else
		line = pre > 0 ? pre : 1;
	free(ao);
	free(bo);
	return (line);
}

/*
 * Pick a select's options from claims proven true or false: up to three
 * false ones first chosen in the order given (the misreadings' rank),
 * one per misreading and per key while they last, then two true ones,
 * those about what a chosen false one is about first. The options hold
 * the two true claims, then the false ones; 0 (and *opts NULL) when
 * fewer than two of either.
 */
int
distract_pick(const struct distract_claim *c, int n,
    struct distract_option **opts)
{
	struct distract_option	*op = NULL;
	int			*taken, nt = 0, nf = 0, pass, i, j;
	int			 fpick[DISTRACT_FALSE], tpick[2];

	*opts = NULL;
	taken = xcalloc((size_t)n + 1, sizeof *taken);
	/* Pass 0: new label and new key; 1: new label; 2: any. */
	for (pass = 0; pass < 3 && nf < DISTRACT_FALSE; pass++) {
		for (i = 0; i < n && nf < DISTRACT_FALSE; i++) {
			if (c[i].right || taken[i])
				continue;
			for (j = 0; j < nf; j++) {
				if (strcmp(c[fpick[j]].text, c[i].text) == 0)
					break;
				if (pass < 2 && c[fpick[j]].label != NULL &&
				    c[i].label != NULL && strcmp(c[fpick[j]].label,
				    c[i].label) == 0)
					break;
				if (pass < 1 && strcmp(c[fpick[j]].key,
				    c[i].key) == 0)
					break;
			}
			if (j < nf)
				continue;
			taken[i] = 1;
			fpick[nf++] = i;
		}
	}
	/* Pass 0: about what a false one is about, in its order; 1: any. */
	for (pass = 0; pass < 2 && nt < 2 && nf >= 2; pass++) {
		for (j = 0; j < (pass == 0 ? nf : 1) && nt < 2; j++) {
			for (i = 0; i < n && nt < 2; i++) {
				if (!c[i].right || taken[i] || (pass == 0 &&
				    strcmp(c[i].key, c[fpick[j]].key) != 0))
					continue;
				taken[i] = 1;
				tpick[nt++] = i;
				if (pass == 0)
					break;
			}
		}
	}
	free(taken);
	if (nf < 2 || nt < 2)
		return (0);
	n = 0;
	for (i = 0; i < nt; i++)
		distract_add(&op, &n, xstrdup(c[tpick[i]].text), NULL, 1, 0);
	for (i = 0; i < nf; i++) {
		distract_add(&op, &n, xstrdup(c[fpick[i]].text),
		    c[fpick[i]].label, 0, 0);
		op[n - 1].line = c[fpick[i]].line;
	}
	*opts = op;
	return (n);
}

char *
distract_ordinal_line(int k, const char *line)
{
	static const char	*ordinals[] = {
		"first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth"
	};

	if (k < 10)
		return (xprintf("The %s line printed is `%s`", ordinals[k],
		    line));
	return (xprintf("Line %d of the output is `%s`", k + 1, line));
}

/*
 * A growing list of claims; their text and key are owned, a misreading's
 * label is its candidate's (m, NULL for the truth).
 */
struct distract_claims {
	struct distract_claim	*c;
	int			 n;
};

static void
distract_claim_add(struct distract_claims *cl, char *text, char *key,
    const struct distract_cand *m, int right)
{
	int	 i;

	for (i = 0; i < cl->n; i++) {
		/* The first to say it keeps it (truth first, then by rank). */
		if (strcmp(cl->c[i].text, text) == 0) {
			free(text);
			free(key);
			return;
		}
	}
	cl->c = xreallocarray(cl->c, cl->n + 1, sizeof *cl->c);
	cl->c[cl->n].text = text;
	cl->c[cl->n].key = key;
	cl->c[cl->n].label = m != NULL ? m->label : NULL;
	cl->c[cl->n].right = right;
	cl->c[cl->n].line = m != NULL ? m->line : 0;
	cl->n++;
}

static void
distract_claims_free(struct distract_claims *cl)
{
	int	 i;

	for (i = 0; i < cl->n; i++) {
		free(cl->c[i].text);
		free(cl->c[i].key);
	}
	free(cl->c);
	memset(cl, 0, sizeof *cl);
}

/*
 * A fact as a statement in words: a name's value ("`x` is 5 after the
 * code runs") or two names' identity; NULL for another fact (a length,
 * an item: the expressions stem says those).
 */
static char *
distract_fact_words(const struct probe_fact *f)
{
	const char	*tilde, *not;

	/* What a statement quotes holds no backtick (export.c splits on them). */
	if (strchr(f->expr, '`') != NULL)
		return (NULL);
	if (f->value != NULL)
		return (xprintf("`%s` is %s after the code runs", f->key,
		    f->value));
	if ((tilde = strchr(f->key, '~')) == NULL)
		return (NULL);
	not = strstr(f->expr, " is not ");
	return (xprintf("`%.*s` and `%s` are %s after the code runs",
	    (int)(tilde - f->key), f->key, tilde + 1, not != NULL ?
	    "equal but different objects" : "the same object"));
}

/* Can line be quoted in a statement: short, not empty, no backtick? */
static int
distract_quotable(const char *line)
{
	return (*line != '\0' && strlen(line) <= 40 &&
	    strchr(line, '`') == NULL);
}

/*
 * What a run says of its lines and its end, as claims: the truth's every
 * quotable line (right), or a misreading's first two lines that differ
 * from the truth's same line (false, proven by the truth's run), then
 * its exception where the truth raises another or none ("It raises
 * TypeError"), or its clean end where the truth raises.
 */
static void
distract_run_claims(struct distract_claims *cl, const struct result *r,
    const struct result *truth, const struct distract_cand *m)
{
	char	**lines, **tlines;
	int	  n, tn, k, said = 0, right = m == NULL;

	lines = answer_lines(r->out, r->out_len, &n);
	tlines = answer_lines(truth->out, truth->out_len, &tn);
	for (k = 0; k < n && k < tn && said < 2; k++) {
		if (!distract_quotable(lines[k]) || (!right &&
		    strcmp(lines[k], tlines[k]) == 0))
			continue;
		distract_claim_add(cl, distract_ordinal_line(k, lines[k]),
		    xprintf("line %d", k + 1), m, right);
		said += !right;
	}
	answer_lines_free(lines);
	answer_lines_free(tlines);
	if (r->exc_type != NULL && (right || truth->exc_type == NULL ||
	    strcmp(r->exc_type, truth->exc_type) != 0))
		distract_claim_add(cl, xprintf("It raises %s", r->exc_type),
		    xstrdup("raise"), m, right);
	else if (r->exc_type == NULL && (right || truth->exc_type != NULL))
		distract_claim_add(cl, xstrdup("It ends without an exception"),
		    xstrdup("raise"), m, right);
}

/* A names probe's input for code, as it runs for item it. */
static void
distract_probe_input(const struct bank_item *it, const char *code,
    size_t len, int misread, struct probe_input *in)
{
	memset(in, 0, sizeof *in);
	in->source = code;
	in->source_len = len;
	if (it->input != NULL) {
		in->stdin_data = it->input->text;
		in->stdin_len = it->input->len;
	}
	in->timeout = it->timeout;
	in->needs = it->needs;
	/* A misreading gets less time, as in distract_submit. */
	if (misread && (in->timeout == 0 || in->timeout > 2))
		in->timeout = 2;
}

/* The facts of one program under the probe: the truth's, a misreading's. */
struct distract_facts {
	size_t			 cand;	/* the misreading; unused for the truth */
	struct probe_fact	*f;
	size_t			 n;
};

/*
 * A program's facts as claims, those judged as right says (judged[j] for
 * its fact j): in words where they have them; as expressions, a length,
 * an item or an identity before a name's whole value, so that a list's
 * misreading is asked as "len(a) == 3" more often than as its repr.
 */
static void
distract_fact_claims(struct distract_claims *words,
    struct distract_claims *exprs, const struct distract_facts *df,
    const int *judged, const struct distract_cand *m, int right)
{
	const struct probe_fact	*f;
	char			*text;
	size_t			 j;
	int			 pass;

	for (j = 0; df != NULL && j < df->n; j++) {
		f = &df->f[j];
		if (judged[j] == right &&
		    (text = distract_fact_words(f)) != NULL)
			distract_claim_add(words, text, xstrdup(f->key), m,
			    right);
	}
	for (pass = 0; pass < 2; pass++) {
		for (j = 0; df != NULL && j < df->n; j++) {
			f = &df->f[j];
			if (judged[j] != right || (f->value == NULL) != !pass)
				continue;
			distract_claim_add(exprs, xstrdup(f->expr),
			    xstrdup(f->key), m, right);
		}
	}
}

/*
 * Probe the truth's program, then, when it has facts, up to
 * DISTRACT_PROBED - 1 misreadings (as they rank, one per label, those
 * that ended well), all submitted before any is collected: most snippets
 * keep no literal value in a top-level name, and their misreadings need
 * no probe. facts[0] is the truth's; a program that printed otherwise
 * under the probe than alone has no facts. Returns how many entries, or
 * -1 with *cause (the oracle failed; nothing is left to free).
 */
static int
distract_probe_all(struct oracle *o, const struct bank_item *it,
    const char *src, size_t srclen, const struct result *truth,
    const struct distract_cand *c, const struct distract_rank *rk, size_t nr,
    struct distract_facts *facts, char **cause)
{
	const struct result	*want;
	struct probe_input	 in;
	struct oracle_req	 req;
	struct result		 r;
	char			*owned, *out, *why = NULL;
	size_t			 i, k, nf = 1;
	void			*tag;
	int			 inflight = 0, rc = 0, round;

	memset(facts, 0, DISTRACT_PROBED * sizeof *facts);
	for (round = 0; round < 2 && rc == 0; round++) {
		if (round == 0) {
			distract_probe_input(it, src, srclen, 0, &in);
			probe_names_request(&in, &req, &owned);
			rc = oracle_submit(o, &req, (void *)(uintptr_t)1, cause);
			free(owned);
			inflight += rc == 0;
		} else if (facts[0].n == 0)
			break;
		for (i = 0; round == 1 && i < nr && nf < DISTRACT_PROBED &&
		    rc == 0; i++) {
			if (c[rk[i].cand].res.exc_type != NULL ||
			    c[rk[i].cand].res.verdict != VERDICT_OK)
				continue;
			for (k = 1; k < nf; k++) {
				if (strcmp(c[facts[k].cand].label,
				    c[rk[i].cand].label) == 0)
					break;
			}
			if (k < nf)
				continue;
			facts[nf].cand = rk[i].cand;
			distract_probe_input(it, c[rk[i].cand].code,
			    c[rk[i].cand].len, 1, &in);
			probe_names_request(&in, &req, &owned);
			rc = oracle_submit(o, &req, (void *)(uintptr_t)(nf + 1),
			    cause);
			free(owned);
			inflight += rc == 0;
			nf++;
		}
		while (inflight > 0) {
			if (oracle_collect(o, &r, &tag, cause) == -1) {
				rc = -1;
				break;
			}
			inflight--;
			k = (uintptr_t)tag - 1;
			want = k == 0 ? truth : &c[facts[k].cand].res;
			if (probe_facts_read(&r, &facts[k].f, &facts[k].n, &out,
			    &why) == -1) {
				free(why);
				why = NULL;
			} else {
				/* It must print what it prints alone. */
				if (strlen(out) != want->out_len || memcmp(out,
				    want->out, want->out_len) != 0) {
					probe_facts_free(facts[k].f, facts[k].n);
					facts[k].f = NULL;
					facts[k].n = 0;
				}
				free(out);
			}
			result_free(&r);
		}
	}
	if (rc == -1) {
		for (k = 0; k < nf; k++)
			probe_facts_free(facts[k].f, facts[k].n);
		return (-1);
	}
	return ((int)nf);
}

/*
 * Judge every fact's expression in the truth's namespace, twice (both
 * runs must agree): *judged[j] is 1 (true both times), 0 (false both
 * times) or -1 (raised, or the runs differ), for exprs in the order
 * given. 0, or -1 with *cause (the oracle failed); a program the probe
 * cannot follow leaves every expression -1.
 */
static int
distract_judge(struct oracle *o, const struct bank_item *it, const char *src,
    size_t srclen, const char **exprs, size_t n, int *judged, char **cause)
{
	struct probe_input	 in;
	struct oracle_req	 req;
	struct result		 r;
	char			*owned, *why = NULL;
	int			*v[2];
	size_t			 j;
	void			*tag;
	int			 k, inflight = 0, ok[2] = { 0, 0 }, rc = 0;

	for (j = 0; j < n; j++)
		judged[j] = -1;
	v[0] = xcalloc(n + 1, sizeof *v[0]);
	v[1] = xcalloc(n + 1, sizeof *v[1]);
	distract_probe_input(it, src, srclen, 0, &in);
	probe_eval_request(&in, exprs, n, &req, &owned);
	for (k = 0; k < 2 && rc == 0; k++) {
		rc = oracle_submit(o, &req, (void *)(uintptr_t)(k + 1), cause);
		inflight += rc == 0;
	}
	free(owned);
	while (inflight > 0) {
		if (oracle_collect(o, &r, &tag, cause) == -1) {
			rc = -1;
			break;
		}
		inflight--;
		k = (int)((uintptr_t)tag - 1);
		if (probe_eval_values(&r, v[k], n, &why) == 0)
			ok[k] = 1;
		free(why);
		why = NULL;
		result_free(&r);
	}
	for (j = 0; j < n && ok[0] && ok[1]; j++)
		judged[j] = v[0][j] == v[1][j] ? v[0][j] : -1;
	free(v[0]);
	free(v[1]);
	return (rc);
}

int
distract_statements(struct distract *d, struct oracle *o,
    const struct bank_item *it, const struct result *truth,
    struct distract_select *sel, char **cause)
{
	struct distract_facts	 facts[DISTRACT_PROBED];
	struct distract_claims	 words, exprs;
	struct distract_cand	*c;
	struct distract_rank	*rk;
	const char		**list = NULL;
	char			*src;
	size_t			 i, j, srclen, nc, nr, nlist = 0, at;
	int			 nf = 0, *judged = NULL, rc = 0;

	memset(sel, 0, sizeof *sel);
	memset(&words, 0, sizeof words);
	memset(&exprs, 0, sizeof exprs);
	if (distract_run(d, o, it, truth, 0, &c, &nc, cause) == -1)
		return (-1);
	nr = distract_rank(c, nc, truth, &rk);
	src = bank_item_source(it, &srclen);
	/* Values and expressions: only of a program that ends well. */
	if (truth->verdict == VERDICT_OK && truth->exc_type == NULL &&
	    (nf = distract_probe_all(o, it, src, srclen, truth, c, rk, nr, facts,
	    cause)) == -1) {
		nf = 0;
		rc = -1;
		goto out;
	}
	/* Every fact's expression once, judged in the truth's namespace. */
	for (i = 0; i < (size_t)nf; i++) {
		for (j = 0; j < facts[i].n; j++) {
			list = xreallocarray(list, nlist + 1, sizeof *list);
			list[nlist++] = facts[i].f[j].expr;
		}
	}
	judged = xcalloc(nlist + 1, sizeof *judged);
	if (nlist > 0 && distract_judge(o, it, src, srclen, list, nlist, judged,
	    cause) == -1) {
		rc = -1;
		goto out;
	}
	/*
	 * Claims: the truth's first (right when its run proves them), then
	 * each misreading's as it ranks (false when the truth's run proves
	 * them so): its values, then its lines and its end. An expression
	 * judged otherwise, or not at all, is no claim.
	 */
	distract_fact_claims(&words, &exprs, nf > 0 ? &facts[0] : NULL,
	    judged, NULL, 1);
	distract_run_claims(&words, truth, truth, NULL);
	for (i = 0; i < nr; i++) {
		for (j = 1, at = nf > 0 ? facts[0].n : 0; j < (size_t)nf;
		    at += facts[j++].n) {
			if (facts[j].cand == rk[i].cand)
				distract_fact_claims(&words, &exprs, &facts[j],
				    judged + at, &c[rk[i].cand], 0);
		}
		distract_run_claims(&words, &c[rk[i].cand].res, truth,
		    &c[rk[i].cand]);
	}
	sel->nstatements = distract_pick(words.c, words.n, &sel->statements);
	sel->nexprs = distract_pick(exprs.c, exprs.n, &sel->exprs);
out:
	for (i = 0; i < (size_t)nf; i++)
		probe_facts_free(facts[i].f, facts[i].n);
	for (i = 0; i < nr; i++)
		free(rk[i].text);
	free(rk);
	free(list);
	free(judged);
	free(src);
	distract_claims_free(&words);
	distract_claims_free(&exprs);
	distract_cands_free(c, nc);
	return (rc);
}

void
distract_select_free(struct distract_select *sel)
{
	distract_options_free(sel->statements, sel->nstatements);
	distract_options_free(sel->exprs, sel->nexprs);
	memset(sel, 0, sizeof *sel);
}
void
distract_options_free(struct distract_option *o, int n)
{
	int	 i;

	for (i = 0; i < n; i++) {
		free(o[i].text);
		free(o[i].label);
		free(o[i].code);
		result_free(&o[i].res);
	}
	free(o);
}
