/*
 * distract.c: rewrite snippets by misconception, run them, keep the
 * answers that are wrong in a new way.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "belief.h"
#include "distract.h"
#include "mutant.h"
#include "util.h"

struct distract_rule {
	char		*label;
	pcre2_code	*re;
	char		*repl;
};

struct distract {
	struct distract_rule	*rules;
	size_t			 nrules;
	struct mutant_catalogue	*mutants;	/* NULL: regex rules only */
	struct belief_catalogue	*beliefs;	/* NULL: none */
};

/*
 * One misreading of an item: its program, and once run twice alike, its
 * result. fits: its objectives include the item's.
 */
struct distract_cand {
	const char	*label;
	int		 fits;
	int		 regex;	/* a rewrite of data/misconceptions.tsv */
	int		 belief; /* code: the belief driver's stdin */
	char		*code;
	size_t		 len;
	struct result	 res;
	int		 have;
};

/* Generic wrong answers, for when the rewrites do not give enough. */
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
	size_t	 i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nrules; i++) {
		free(d->rules[i].label);
		pcre2_code_free(d->rules[i].re);
		free(d->rules[i].repl);
	}
	free(d->rules);
	mutant_free(d->mutants);
	belief_free(d->beliefs);
	free(d);
}

struct distract *
distract_load(const char *path, char **cause)
{
	struct distract	*d;
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 off;
	char		*data, *line, *next, *t1, *t2;
	size_t		 len;
	int		 lineno = 0, err;

	/* The bundled table is 2 KB. */
	if (util_read_file(path, 1 << 20, &data, &len, cause) == -1)
		return (NULL);
	d = xcalloc(1, sizeof *d);
	for (line = data; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		if ((t1 = strchr(line, '\t')) == NULL ||
		    (t2 = strchr(t1 + 1, '\t')) == NULL) {
			*cause = xprintf("%s:%d: want LABEL<TAB>PATTERN<TAB>"
			    "REPLACEMENT", path, lineno);
			goto fail;
		}
		*t1++ = '\0';
		*t2++ = '\0';
		d->rules = xreallocarray(d->rules, d->nrules + 1,
		    sizeof *d->rules);
		d->rules[d->nrules].re = pcre2_compile((PCRE2_SPTR)t1,
		    PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE | PCRE2_UTF, &err,
		    &off, NULL);
		if (d->rules[d->nrules].re == NULL) {
			pcre2_get_error_message(err, msg, sizeof msg);
			*cause = xprintf("%s:%d: pattern at offset %zu: %s", path,
			    lineno, (size_t)off, (char *)msg);
			goto fail;
		}
		d->rules[d->nrules].label = xstrdup(line);
		d->rules[d->nrules].repl = xstrdup(t2);
		d->nrules++;
	}
	free(data);
	return (d);
fail:
	free(data);
	distract_free(d);
	return (NULL);
}

struct distract *
distract_default(char **cause)
{
	struct distract	*d;
	char		*path;

	path = xprintf("%s/data/misconceptions.tsv", util_datadir());
	d = distract_load(path, cause);
	free(path);
	if (d != NULL && ((d->mutants = mutant_default(cause)) == NULL ||
	    (d->beliefs = belief_default(cause)) == NULL)) {
		distract_free(d);
		return (NULL);
	}
	return (d);
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
	if (r->exc_type != NULL) {
		if (strcmp(r->exc_type, "SyntaxError") == 0 ||
		    strcmp(r->exc_type, "IndentationError") == 0 ||
		    strcmp(r->exc_type, "TabError") == 0)
			buf_addf(&b, "(the code is erroneous: %s)\n", r->exc_type);
		else
			buf_addf(&b, "(raises %s)\n", r->exc_type);
	}
	if (b.len == 0)
		buf_adds(&b, "(nothing is printed)\n");
	return (buf_detach(&b, NULL));
}

/*
 * Which bytes of code are inside a string literal or a comment: a
 * misreading of the code is not a rewrite of the text it prints. The
 * opening quote itself counts as outside (a rule may match a literal as
 * a whole). A rough lexer: prefixes need no care, escapes are skipped.
 */
static char *
distract_literal_mask(const char *code, size_t len)
{
	char	*mask = xcalloc(len + 1, 1);
	size_t	 i = 0, q;
	char	 quote;

	while (i < len) {
		if (code[i] == '#') {
			while (i < len && code[i] != '\n')
				mask[i++] = 1;
			continue;
		}
		if (code[i] != '\'' && code[i] != '"') {
			i++;
			continue;
		}
		quote = code[i];
		q = i + 2 < len && code[i + 1] == quote && code[i + 2] == quote ?
		    3 : 1;
		i += q;
		while (i < len) {
			if (code[i] == '\\' && i + 1 < len) {
				mask[i++] = 1;
				mask[i++] = 1;
				continue;
			}
			if (code[i] == quote && (q == 1 || (i + 2 < len &&
			    code[i + 1] == quote && code[i + 2] == quote)))
				break;
			if (q == 1 && code[i] == '\n')
				break;
			mask[i++] = 1;
		}
		/* The closing quote(s) belong to the literal too. */
		for (q = i + q <= len ? q : len - i; q > 0; q--)
			mask[i++] = 1;
	}
	return (mask);
}

/*
 * Apply one rule to every match that starts outside strings and
 * comments; NULL when none does.
 */
static char *
distract_rewrite(const struct distract_rule *rule, const char *code,
    size_t len, size_t *outlen)
{
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov, size;
	PCRE2_UCHAR		*repl;
	struct buf		 b;
	char			*mask;
	size_t			 at = 0, done = 0;
	int			 n = 0, rc;

	mask = distract_literal_mask(code, len);
	md = pcre2_match_data_create_from_pattern(rule->re, NULL);
	buf_init(&b);
	while (at <= len && pcre2_match(rule->re, (PCRE2_SPTR)code, len, at, 0,
	    md, NULL) >= 0) {
		ov = pcre2_get_ovector_pointer(md);
		if (ov[0] < len && mask[ov[0]]) {
			at = ov[0] + 1;
			continue;
		}
		size = 256;
		for (;;) {
			repl = xmalloc(size);
			rc = pcre2_substitute(rule->re, (PCRE2_SPTR)code, len,
			    0, PCRE2_SUBSTITUTE_MATCHED |
			    PCRE2_SUBSTITUTE_REPLACEMENT_ONLY |
			    PCRE2_SUBSTITUTE_OVERFLOW_LENGTH, md, NULL,
			    (PCRE2_SPTR)rule->repl, PCRE2_ZERO_TERMINATED, repl,
			    &size);
			if (rc != PCRE2_ERROR_NOMEMORY)
				break;
			free(repl);	/* size now says what is needed */
		}
		if (rc >= 0) {
			buf_add(&b, code + done, ov[0] - done);
			buf_add(&b, repl, size);
			done = ov[1];
			n++;
		}
		free(repl);
		at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
	pcre2_match_data_free(md);
	free(mask);
	if (n == 0) {
		buf_free(&b);
		return (NULL);
	}
	buf_add(&b, code + done, len - done);
	return (buf_detach(&b, outlen));
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

/* Submit misreading i's two runs. 0, or -1 with *cause set. */
static int
distract_submit(struct oracle *o, const struct bank_item *it,
    struct distract_cand *c, size_t i, int *inflight, char **cause)
{
	struct oracle_req	 req;
	int			 k;

	if (c[i].belief)
		belief_req(&req, it, c[i].code, c[i].len);
	else
		oracle_req_item(&req, it, c[i].code, c[i].len);
	/* A misreading may loop: it gets less time than the truth. */
	if (req.limits.timeout == 0 || req.limits.timeout > 2)
		req.limits.timeout = 2;
	for (k = 0; k < 2; k++) {
		if (oracle_submit(o, &req, (void *)(uintptr_t)(2 * i + k + 1),
		    cause) == -1)
			return (-1);
		(*inflight)++;
	}
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
 * Submit the runs of every belief the item's code (src, srclen) triggers
 * as candidates from c[*nc] on. 0, or -1 with *cause set.
 */
static int
distract_beliefs(struct distract *d, struct oracle *o,
    const struct bank_item *it, const char *src, size_t srclen,
    struct distract_cand *c, size_t *nc, int *inflight, char **cause)
{
	struct belief	*b;
	size_t		 i;

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
		c[*nc].fits = belief_fits(b, it->objective);
		c[*nc].belief = 1;
		if (distract_submit(o, it, c, (*nc)++, inflight, cause) == -1)
			return (-1);
	}
	return (0);
}

/*
 * Run every misreading of it, twice, all submitted before any is
 * collected (they run in parallel): first the mutant driver, every
 * regex rewrite that changes its code and every belief its code
 * triggers (data/beliefs.tsv); each code mutant as soon as the
 * driver reports it. A misreading whose two runs disagree (random
 * numbers, threads) would make the same seed give other options, and a
 * learner a key that changes; it is not offered, nor one whose answer
 * shows a memory address (answer_stable). Returns the misreadings
 * in *out and *n (free with distract_cands_free): c[i].have says whether
 * c[i].res holds a result (one that ran to its end or raised, alike both
 * times). 0, or -1 with *cause set (the oracle failed). A driver that
 * gives no report (a snippet too deep for ast) gives no mutants.
 */
static int
distract_run(struct distract *d, struct oracle *o,
    const struct bank_item *it, struct distract_cand **out, size_t *n,
    char **cause)
{
	struct distract_cand	*c;
	struct mutant		*m = NULL;
	struct mutant_rule	*mr;
	struct oracle_req	 req;
	struct result		 r, *again;
	char			*src, *owned, *x, *y, *why = NULL;
	size_t			 srclen, cap, nc = 0, nm = 0, i, j;
	void			*tag;
	int			 inflight = 0, rc = 0, *got;

	cap = d->nrules + MUTANT_MAX + 1 +
	    (d->beliefs != NULL ? d->beliefs->nbeliefs : 0);
	c = xcalloc(cap, sizeof *c);
	again = xcalloc(cap, sizeof *again);
	got = xcalloc(cap, sizeof *got);
	src = bank_item_source(it, &srclen);
	/* The driver's tag is NULL; a misreading's run 2 * i + k + 1. */
	if (d->mutants != NULL) {
		mutant_request(d->mutants, src, srclen, MUTANT_MAX, &req,
		    &owned);
		rc = oracle_submit(o, &req, NULL, cause);
		inflight += rc == 0;
		free(owned);	/* the oracle has its own copy */
	}
	for (i = 0; i < d->nrules && rc == 0; i++) {
		if ((c[nc].code = distract_rewrite(&d->rules[i], src, srclen,
		    &c[nc].len)) == NULL)
			continue;
		c[nc].label = d->rules[i].label;
		c[nc].regex = 1;
		rc = distract_submit(o, it, c, nc++, &inflight, cause);
	}
	if (rc == 0)
		rc = distract_beliefs(d, o, it, src, srclen, c, &nc, &inflight,
		    cause);
	free(src);
	while (inflight > 0) {
		if (oracle_collect(o, &r, &tag, cause) == -1) {
			rc = -1;
			break;
		}
		inflight--;
		if (tag == NULL) {
			if (mutant_report(d->mutants, &r, &m, &nm, &why) == -1)
				free(why);
			result_free(&r);
			for (j = 0; j < nm && rc == 0 && nc < cap; j++) {
				mr = &d->mutants->rules[m[j].rule];
				c[nc].label = mr->label;
				c[nc].fits = mutant_fits(mr, it->objective);
				c[nc].code = m[j].code;
				c[nc].len = strlen(m[j].code);
				m[j].code = NULL;
				rc = distract_submit(o, it, c, nc++, &inflight,
				    cause);
			}
			mutant_list_free(m, nm);
			continue;
		}
		i = ((uintptr_t)tag - 1) / 2;
		if (r.verdict != VERDICT_OK && r.verdict != VERDICT_RAISED) {
			/* Either run failing drops the misreading. */
			result_free(&r);
			if (got[i] == 1)
				result_free(&c[i].res);
			got[i] = -1;
			continue;
		}
		if (got[i] == 0) {
			c[i].res = r;
			got[i] = 1;
			continue;
		}
		if (got[i] == 1) {
			again[i] = r;
			got[i] = 2;
		} else
			result_free(&r);
	}
	for (i = 0; i < nc; i++) {
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

/* How a misreading's option ranks: lower first. */
struct distract_rank {
	size_t	 cand;
	char	*text;
	int	 crash;		/* 1: raises where the truth does not */
	int	 fits;		/* 0: of the item's objective */
	int	 regex;		/* 1: a regex rewrite (a mutant ties first) */
	int	 near;		/* 0: as many lines, raises as the truth does */
	int	 lines;		/* lines that differ */
	int	 tokens;	/* tokens that differ */
};

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
	if (a->regex != b->regex)
		return (a->regex - b->regex);
	return (a->cand < b->cand ? -1 : a->cand > b->cand);
}

/*
 * The misreadings that ran, ranked as a learner would pick them: a crash
 * where the truth ends cleanly last (a dropped return raising TypeError
 * is rarely what a learner predicts); before those, the item's
 * objective's misreadings first, then near-misses (as many lines as the
 * truth, an exception where it has one), then the fewest differing lines
 * and tokens; ties: code mutants first, then in catalogue order
 * (reproducible). Returns how many; each
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
		rk[n].regex = c[i].regex;
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

	if (distract_run(d, o, it, &c, &nc, cause) == -1)
		return (-1);
	distract_add(&op, &n, distract_render(truth), NULL, 1, 0);
	/* Three different misreadings: one label, one option. */
	nr = distract_rank(c, nc, truth, &rk);
	for (i = 0; i < nr; i++) {
		text = rk[i].text;
		if (n < want && !distract_have(op, n, text) &&
		    !distract_have_label(op, n, c[rk[i].cand].label)) {
			distract_add(&op, &n, text, c[rk[i].cand].label, 0, 0);
			raised |= c[rk[i].cand].res.exc_type != NULL;
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

/*
 * What can be said of a result: its first and last line, length, end.
 * With all, the last line is said of a one-line output too (to judge
 * another's claims by), not only of a longer one (to offer).
 */
static int
distract_claims(const struct result *r, char **claims, int all)
{
	char	**lines;
	int	  n, k = 0;

	lines = answer_lines(r->out, r->out_len, &n);
	/*
	 * A line too long for an option on an 80-column screen is not said;
	 * an empty first line is said in words (normalised output never
	 * ends with one).
	 */
	if (n > 0 && (all || strlen(lines[0]) <= 40))
		claims[k++] = *lines[0] == '\0' ?
		    xstrdup("The first line it prints is empty") :
		    xprintf("The first line it prints is %s", lines[0]);
	if ((n > 1 && (all || strlen(lines[n - 1]) <= 40)) || (all && n == 1))
		claims[k++] = xprintf("The last line it prints is %s",
		    lines[n - 1]);
	claims[k++] = n == 0 ? xstrdup("It prints nothing") :
	    xprintf("It prints exactly %d line%s", n, n == 1 ? "" : "s");
	claims[k++] = r->exc_type != NULL ? xprintf("It raises %s",
	    r->exc_type) : xstrdup("It ends without an exception");
	answer_lines_free(lines);
	return (k);
}

int
distract_statements(struct distract *d, struct oracle *o,
    const struct bank_item *it, const struct result *truth,
    struct distract_option **opts, char **cause)
{
	struct distract_option	*op = NULL;
	struct distract_cand	*c;
	struct distract_rank	*rk;
	char			*claims[4], *mine[4], **lines, *text;
	const char		*label;
	size_t			 i, nc, nr;
	int			 n = 0, ntrue, nmine, k, j, nfalse = 0, nlines;

	if (distract_run(d, o, it, &c, &nc, cause) == -1)
		return (-1);
	ntrue = distract_claims(truth, claims, 0);
	/* Two true claims, drawn; the rest are not offered. */
	for (k = 0; k < 2; k++) {
		j = k + (int)(random() % (ntrue - k));
		distract_add(&op, &n, claims[j], NULL, 1, 0);
		claims[j] = claims[k];
	}
	for (k = 2; k < ntrue; k++)
		free(claims[k]);
	ntrue = distract_claims(truth, claims, 1);
	/*
	 * False claims: what a misreading's run says and the truth's does
	 * not, the misreadings taken as they rank for a choice.
	 */
	nr = distract_rank(c, nc, truth, &rk);
	for (i = 0; i < nr; i++) {
		free(rk[i].text);
		nmine = distract_claims(&c[rk[i].cand].res, mine, 0);
		for (k = 0; k < nmine; k++) {
			for (j = 0; j < ntrue; j++) {
				if (strcmp(claims[j], mine[k]) == 0)
					break;
			}
			if (j == ntrue && nfalse < 3 &&
			    !distract_have(op, n, mine[k])) {
				distract_add(&op, &n, mine[k],
				    c[rk[i].cand].label, 0, 0);
				nfalse++;
				mine[k] = NULL;
			}
			free(mine[k]);
		}
	}
	while (ntrue > 0)
		free(claims[--ntrue]);
	free(rk);
	distract_cands_free(c, nc);
	/*
	 * Too few misreadings apply: fill up with what is false by the truth
	 * itself (one line more than it prints; an exception where it ends
	 * cleanly, or none where it raises).
	 */
	for (k = 0; k < 2 && nfalse < 2; k++) {
		if (k == 0) {
			lines = answer_lines(truth->out, truth->out_len,
			    &nlines);
			answer_lines_free(lines);
			text = xprintf("It prints exactly %d line%s", nlines + 1,
			    nlines == 0 ? "" : "s");
			label = "a line too many counted";
		} else if (truth->exc_type != NULL) {
			text = xstrdup("It ends without an exception");
			label = "the exception missed";
		} else {
			text = xstrdup("It raises an exception");
			label = "an error seen where there is none";
		}
		if (distract_have(op, n, text))
			free(text);
		else {
			distract_add(&op, &n, text, label, 0, 1);
			nfalse++;
		}
	}
	if (nfalse < 2) {
		distract_options_free(op, n);
		return (0);
	}
	*opts = op;
	return (n);
}

void
distract_options_free(struct distract_option *o, int n)
{
	int	 i;

	for (i = 0; i < n; i++) {
		free(o[i].text);
		free(o[i].label);
	}
	free(o);
}
