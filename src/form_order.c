/*
 * form_order.c: ordering. The lines of a short program, shuffled; the
 * learner orders them, and the order is run: any order that prints what
 * the program prints is right. A wrong order earns partial credit by its
 * longest common subsequence with the program's own order, as
 * drag-and-drop items score each placement.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "question_form.h"
#include "util.h"

/* The most lines an ordering question shows. */
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

static int
order_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	const char	*p, *nl;
	int		 n = 0, i, t, same = 1;

	(void)ctx;
	(void)cause;
	if (!order_fits(q->src, &q->truth))
		return (1);
	for (p = q->src; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		question_add(q, nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p),
		    1, SOURCE_TRUTH, NULL);
		n++;
		if (nl == NULL)
			break;
	}
	q->perm = xcalloc((size_t)n, sizeof *q->perm);
	/* A shuffle that is not the program's own order. */
	for (t = 0; t < 10 && same; t++) {
		for (i = 0; i < n; i++)
			q->perm[i] = i;
		util_shuffle(q->perm, (size_t)n, sizeof *q->perm);
		for (same = 1, i = 0; i < n; i++)
			same &= q->perm[i] == i;
	}
	/* Shown in the permuted order: option i is line perm[i]. */
	{
		struct question_option	*o;

		o = xcalloc((size_t)n, sizeof *o);
		for (i = 0; i < n; i++)
			o[i] = q->opts[q->perm[i]];
		free(q->opts);
		q->opts = o;
	}
	q->stem_kind = STEM_ORDER;
	q->stem = question_stem(q, "Put these lines in an order that makes"
	    " the program print:", NULL);
	q->aim = answer_truth_text(&q->truth);
	q->pick = n;
	return (0);
}

/* The letters of an order, as indexes into the options; -1 if not one. */
static int
order_letters(const struct question *q, const char *answer, int *idx)
{
	const char	*p;
	int		 k = 0, c, used[ORDER_MAX] = { 0 };

	for (p = answer; *p != '\0'; p++) {
		if (*p == ' ' || *p == ',' || *p == '\t')
			continue;
		c = (*p | 0x20) - 'a';
		if (c < 0 || c >= q->nopts || used[c] || k == q->nopts)
			return (-1);
		used[c] = 1;
		idx[k++] = c;
	}
	return (k == q->nopts ? 0 : -1);
}

static int
order_parse(const struct question *q, const char *answer, char **why)
{
	int	 idx[ORDER_MAX];

	if (order_letters(q, answer, idx) == 0)
		return (0);
	*why = xstrdup(q->nopts == 3 ? "Answer with the three letters in the"
	    " order the lines should run, e.g. CAB." : "Answer with the"
	    " letters in the order the lines should run, e.g. CADB.");
	return (-1);
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
	int		 idx[ORDER_MAX], lines[ORDER_MAX], own[ORDER_MAX], i;

	if (order_letters(q, answer, idx) == -1) {
		v->given = xstrdup(answer);
		return (0);
	}
	buf_init(&code);
	for (i = 0; i < q->nopts; i++) {
		buf_adds(&code, q->opts[idx[i]].text);
		buf_addc(&code, '\n');
		lines[i] = q->perm[idx[i]];
		own[i] = i;
	}
	/* The learner's order runs: its output decides. */
	if (question_run(ctx, q, code.data, code.len, &v->run, cause) == -1) {
		buf_free(&code);
		return (-1);
	}
	buf_free(&code);
	v->ran = 1;
	v->right = v->run.exc_type == NULL && v->run.verdict == VERDICT_OK &&
	    answer_output_matches(q->truth.out, q->truth.out_len, v->run.out,
	    v->run.out_len);
	v->score = v->right ? 1 : (double)order_lcs(lines, own, q->nopts) /
	    q->nopts;
	v->given = xmalloc((size_t)q->nopts + 1);
	for (i = 0; i < q->nopts; i++)
		v->given[i] = (char)('A' + idx[i]);
	v->given[q->nopts] = '\0';
	return (0);
}

static char *
order_answer(const struct question *q)
{
	char	*s;
	int	 i, j;

	s = xmalloc((size_t)q->nopts + 1);
	for (i = 0; i < q->nopts; i++) {
		for (j = 0; j < q->nopts; j++) {
			if (q->perm[j] == i)
				s[i] = (char)('A' + j);
		}
	}
	s[q->nopts] = '\0';
	return (s);
}

static const char *
order_help(const struct question *q)
{
	(void)q;
	return ("Answer with the letters in the order the lines should run,"
	    " e.g. CADB.\nAny order that prints the same is right; a wrong"
	    " order earns a share for\nthe lines it keeps in the program's"
	    " order.");
}

const struct form_ops form_order_ops = {
	FORM_ORDER, order_build, order_parse, order_grade, order_answer,
	order_help
};
