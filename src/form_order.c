/*
 * form_order.c: ordering. The lines of a short program, shuffled, with
 * one line that does not belong, as the exams' drag and drop offers: a
 * line of a misreading of the program (a code mutant, distract.c) that
 * changes what it does, proven by running the program with that line in
 * place of its own. The learner orders the lines and leaves that one
 * out, and the order is run: any order that prints what the program
 * prints is right. A wrong order earns partial credit by its longest
 * common subsequence with the program's own order, as drag-and-drop items
 * score each placement; the line that does not belong, used, costs one
 * more. That line is its misreading's evidence: made when used, resisted
 * when left out; a wrong order that runs to what a misreading of the
 * program gives makes that one too.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "oracle.h"
#include "question_form.h"
#include "util.h"

/* The most lines of a program to order; one more line may be shown. */
#define ORDER_MAX	8

/*
 * Does the program suit ordering: 3 to 8 lines, none indented, blank, a
 * comment or opening a block, and it prints without raising?
 */
static int
order_fits(const char *src, const struct result *r)
{
	const char	*p = src, *nl;
	size_t		 len;
	int		 n = 0;

	if (r->exc_type != NULL || r->out_len == 0)
		return (0);
	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len == 0 || *p == ' ' || *p == '\t' || *p == '#' ||
		    p[len - 1] == ':' || ++n > ORDER_MAX)
			return (0);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	return (n >= 3);
}

/* The lines of src (no blank one: order_fits), each a new string. */
static int
order_lines(const char *src, char **lines, int max)
{
	const char	*p, *nl;
	int		 n = 0;

	for (p = src; *p != '\0' && n < max; p = nl + 1) {
		nl = strchr(p, '\n');
		lines[n++] = nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
		if (nl == NULL)
			break;
	}
	return (n);
}

/*
 * Does program src with line i replaced by line run to another result
 * than q's truth (or fail to compile)? 1 yes, 0 no (the same, or it hit
 * a limit), -1 with *cause when the oracle failed.
 */
static int
order_differs(const struct question_ctx *ctx, const struct question *q,
    char **src, int n, int i, const char *line, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	struct buf		 code;
	char			*a, *b;
	int			 k, rc;

	buf_init(&code);
	for (k = 0; k < n; k++) {
		buf_adds(&code, k == i ? line : src[k]);
		buf_addc(&code, '\n');
	}
	oracle_req_item(&req, q->item, code.data, code.len);
	/* A misreading may loop: it gets less time than the truth. */
	if (req.limits.timeout == 0 || req.limits.timeout > 2)
		req.limits.timeout = 2;
	rc = oracle_run(ctx->oracle, &req, &r, cause);
	buf_free(&code);
	if (rc == -1)
		return (-1);
	if (r.verdict != VERDICT_OK && r.verdict != VERDICT_RAISED) {
		result_free(&r);
		return (0);
	}
	a = distract_render(&r);
	b = distract_render(&q->truth);
	rc = strcmp(a, b) != 0;
	free(a);
	free(b);
	result_free(&r);
	return (rc);
}

/*
 * Is line m written as o is: as many spaces and quotes? ast.unparse
 * writes a misreading's line in its own way ("b = a / 2" for "b =
 * a//2", 'x' for "x"): such a line would stand out by its look alone.
 */
static int
order_alike(const char *o, const char *m)
{
	static const char	 look[] = " \"'";
	const char		*l, *c;
	int			 k;

	for (l = look; *l != '\0'; l++) {
		k = 0;
		for (c = o; *c != '\0'; c++)
			k += *c == *l;
		for (c = m; *c != '\0'; c++)
			k -= *c == *l;
		if (k != 0)
			return (0);
	}
	return (1);
}

/*
 * The line that does not belong: from the misreadings of q's program
 * (best ranked first), a line one of them writes where the program has
 * another, unlike every line of the program but written alike
 * (order_alike), that changes what the program does in its place (a
 * misreading's other lines may differ only in how ast.unparse writes
 * them). 0 with *line and *label (caller
 * frees) or NULL when none does, and *at the line (from 1) it takes the
 * place of; -1 with *cause.
 */
static int
order_distractor(const struct question_ctx *ctx, const struct question *q,
    char **src, int n, char **line, char **label, int *at, char **cause)
{
	struct distract_option	*op;
	char			*ml[ORDER_MAX + 1];
	int			 i, j, k, m, nop, rc = 0, tries = 0;

	*line = *label = NULL;
	*at = 0;
	if (ctx->distract == NULL)
		return (0);
	if ((nop = distract_options(ctx->distract, ctx->oracle, q->item,
	    &q->truth, 4, &op, cause)) == -1)
		return (-1);
	for (j = 0; j < nop && *line == NULL && rc == 0; j++) {
		if (op[j].code == NULL)
			continue;
		m = order_lines(op[j].code, ml, ORDER_MAX + 1);
		for (i = 0; m == n && i < n && *line == NULL && rc == 0 &&
		    tries < 6; i++) {
			if (*ml[i] == '\0' || *ml[i] == ' ' ||
			    !order_alike(src[i], ml[i]))
				continue;
			for (k = 0; k < n; k++) {
				if (strcmp(ml[i], src[k]) == 0)
					break;
			}
			if (k < n)
				continue;
			tries++;
			if ((rc = order_differs(ctx, q, src, n, i, ml[i],
			    cause)) == 1) {
				*line = xstrdup(ml[i]);
				*label = xstrdup(op[j].label);
				*at = i + 1;
			}
		}
		for (i = 0; i < m; i++)
			free(ml[i]);
	}
	distract_options_free(op, nop);
	return (rc == -1 ? -1 : 0);
}

static int
order_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	struct question_option	*o;
	char			*src[ORDER_MAX], *line, *label;
	int			 n, i, t, same = 1, shown, at;

	if (!order_fits(q->src, &q->truth))
		return (1);
	n = order_lines(q->src, src, ORDER_MAX);
	if (order_distractor(ctx, q, src, n, &line, &label, &at,
	    cause) == -1) {
		for (i = 0; i < n; i++)
			free(src[i]);
		return (-1);
	}
	for (i = 0; i < n; i++)
		question_add(q, src[i], 1, SOURCE_TRUTH, NULL);
	if (line != NULL)
		question_add_misread(q, line, NULL, label, at);
	free(label);
	shown = q->nopts;
	q->perm = xcalloc((size_t)shown, sizeof *q->perm);
	/* A shuffle that is not the program's own order. */
	for (t = 0; t < 10 && same; t++) {
		for (i = 0; i < shown; i++)
			q->perm[i] = i;
		util_shuffle(q->perm, (size_t)shown, sizeof *q->perm);
		for (same = 1, i = 0; i < shown; i++)
			same &= q->perm[i] == i;
	}
	/* Shown in the permuted order: option i is line perm[i]. */
	o = xcalloc((size_t)shown, sizeof *o);
	for (i = 0; i < shown; i++)
		o[i] = q->opts[q->perm[i]];
	free(q->opts);
	q->opts = o;
	/* The line that does not belong is no line of the program. */
	for (i = 0; i < shown; i++) {
		if (q->perm[i] == n)
			q->perm[i] = -1;
	}
	q->stem_kind = STEM_ORDER;
	q->stem = question_stem(q, line != NULL ? "Put all the lines but one"
	    " (it does not belong) in an order that makes the program print:" :
	    "Put these lines in an order that makes the program print:", NULL);
	q->aim = answer_truth_text(&q->truth);
	q->pick = n;
	return (0);
}

/* The letters of an order, as indexes into the options; -1 if not one. */
static int
order_letters(const struct question *q, const char *answer, int *idx)
{
	const char	*p;
	int		 k = 0, c, used[ORDER_MAX + 1] = { 0 };

	for (p = answer; *p != '\0'; p++) {
		if (*p == ' ' || *p == ',' || *p == '\t')
			continue;
		c = (*p | 0x20) - 'a';
		if (c < 0 || c >= q->nopts || used[c] || k == q->pick)
			return (-1);
		used[c] = 1;
		idx[k++] = c;
	}
	return (k == q->pick ? 0 : -1);
}

static int
order_parse(const struct question *q, const char *answer, char **why)
{
	int	 idx[ORDER_MAX];

	if (order_letters(q, answer, idx) == 0)
		return (0);
	if (q->nopts > q->pick)
		*why = xprintf("Answer with %d letters in the order the lines"
		    " should run, leaving out the line that does not belong,"
		    " e.g. %s.", q->pick, q->pick == 3 ? "CAB" : "CADB");
	else
		*why = xstrdup(q->nopts == 3 ? "Answer with the three letters"
		    " in the order the lines should run, e.g. CAB." : "Answer"
		    " with the letters in the order the lines should run, e.g."
		    " CADB.");
	return (-1);
}

/* Is option k among idx[0..n-1]? */
static int
order_uses(const int *idx, int n, int k)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (idx[i] == k)
			return (1);
	}
	return (0);
}

/* Longest common subsequence of two sequences of line numbers. */
static int
order_lcs(const int *a, const int *b, int n)
{
	int	 m[ORDER_MAX + 1][ORDER_MAX + 1], i, j;

	memset(m, 0, sizeof m);
	for (i = 1; i <= n; i++) {
		for (j = 1; j <= n; j++) {
			m[i][j] = a[i - 1] == b[j - 1] ? m[i - 1][j - 1] + 1 :
			    m[i - 1][j] > m[i][j - 1] ? m[i - 1][j] : m[i][j - 1];
		}
	}
	return (m[n][n]);
}

static int
order_grade(const struct question_ctx *ctx, const struct question *q,
    const char *answer, struct question_verdict *v, char **cause)
{
	struct buf	 code;
	int		 idx[ORDER_MAX + 1], lines[ORDER_MAX], own[ORDER_MAX];
	int		 i, stray = 0, lcs;

	if (order_letters(q, answer, idx) == -1) {
		v->given = xstrdup(answer);
		return (0);
	}
	buf_init(&code);
	for (i = 0; i < q->pick; i++) {
		buf_adds(&code, q->opts[idx[i]].text);
		buf_addc(&code, '\n');
		lines[i] = q->perm[idx[i]];
		own[i] = i;
		stray += lines[i] == -1;
	}
	/* The learner's order runs: its output decides. */
	if (question_run(ctx, q, code.data, code.len, &v->run, cause) == -1) {
		buf_free(&code);
		return (-1);
	}
	buf_free(&code);
	v->ran = 1;
	/* The line that does not belong never does, whatever it prints. */
	v->right = !stray && v->run.exc_type == NULL &&
	    v->run.verdict == VERDICT_OK && answer_output_matches(q->truth.out,
	    q->truth.out_len, v->run.out, v->run.out_len);
	/* It takes a line's place, and costs one more, as a wrong pick. */
	lcs = order_lcs(lines, own, q->pick) - stray;
	v->score = v->right ? 1 : lcs > 0 ? (double)lcs / q->pick : 0;
	v->given = xmalloc((size_t)q->pick + 1);
	for (i = 0; i < q->pick; i++)
		v->given[i] = (char)('A' + idx[i]);
	v->given[q->pick] = '\0';
	/* The line that does not belong: made if used, resisted if not. */
	for (i = 0; i < q->nopts; i++) {
		if (q->perm[i] == -1 && q->opts[i].misread != NULL)
			question_misread_add(v, q->opts[i].misread,
			    q->opts[i].line, order_uses(idx, q->pick, i));
	}
	/* A wrong order that gives what a misreading gives is that one. */
	if (!v->right)
		return (question_misreads_run(ctx, q, NULL, &v->run, v, cause));
	return (0);
}

static char *
order_answer(const struct question *q)
{
	char	*s;
	int	 i, j;

	s = xmalloc((size_t)q->pick + 1);
	for (i = 0; i < q->pick; i++) {
		for (j = 0; j < q->nopts; j++) {
			if (q->perm[j] == i)
				s[i] = (char)('A' + j);
		}
	}
	s[q->pick] = '\0';
	return (s);
}

static const char *
order_help(const struct question *q)
{
	if (q->nopts > q->pick)
		return ("Answer with the letters in the order the lines should"
		    " run, e.g. CADB,\nleaving out the one line that does not"
		    " belong. Any order that prints the\nsame is right; a wrong"
		    " order earns a share for the lines it keeps in the\n"
		    "program's order, less one if it uses the line that does not"
		    " belong.");
	return ("Answer with the letters in the order the lines should run,"
	    " e.g. CADB.\nAny order that prints the same is right; a wrong"
	    " order earns a share for\nthe lines it keeps in the program's"
	    " order.");
}

const struct form_ops form_order_ops = {
	FORM_ORDER, order_build, order_parse, order_grade, order_answer,
	order_help
};
