/*
 * form_gap.c: gap fill and code insertion. The code with a blank (the
 * bank's, or one made here) and the result it must give; the options are
 * the key beside what misreadings of the fill's line put there (the code
 * mutants of mutant.c, each with its label), then near fills (a number,
 * operator or built-in changed), each run in the oracle: a fill that
 * gives the truth too is not offered, one that gives something else is,
 * with what it gives. Without enough of those, practice asks for the fill
 * typed (run the same way); a mock exam does not ask the item as a gap.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "distract.h"
#include "gap.h"
#include "mutant.h"
#include "question_form.h"
#include "util.h"

/* Does run r give the truth t (output, and the exception if any)? */
static int
gap_same(const struct result *t, const struct result *r)
{
	return ((r->verdict == VERDICT_OK || r->verdict == VERDICT_RAISED) &&
	    answer_output_matches(t->out, t->out_len, r->out, r->out_len) &&
	    (t->exc_type == NULL ? r->exc_type == NULL : r->exc_type != NULL &&
	    strcmp(t->exc_type, r->exc_type) == 0));
}

/* What a run gives, in a few words for an option's note. */
static char *
gap_gives(const struct result *r)
{
	char	*text, *s;
	size_t	 n;

	text = distract_render(r);
	n = strcspn(text, "\n");
	s = text[n] != '\0' && text[n + 1] != '\0' ? xprintf("it then prints"
	    " %.*s ...", (int)(n > 30 ? 30 : n), text) : r->exc_type != NULL &&
	    r->out_len == 0 ? xprintf("it then raises %s", r->exc_type) :
	    xprintf("it then prints %.*s", (int)(n > 40 ? 40 : n), text);
	free(text);
	return (s);
}

/* The line of code (from 1) that holds the blank; 0 if none does. */
static int
gap_line(const char *code)
{
	const char	*b, *p;
	int		 line = 1;

	if ((b = strstr(code, GAP_BLANK)) == NULL)
		return (0);
	for (p = code; p < b; p++)
		line += *p == '\n';
	return (line);
}

/* Is s one of alts[0..n-1], or the fill itself? */
static int
gap_known(char **alts, int n, const char *s, const char *fill)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(alts[i], s) == 0)
			return (1);
	}
	return (strcmp(s, fill) == 0);
}

/*
 * What the misreadings of q's program put in place of ___: its code
 * mutants whose site is the blank's line, read back through the text
 * around the blank (a line ast.unparse wrote otherwise, its quotes or
 * spaces, gives none: its fill could not be told from the rest). Those
 * of the item's objective first. Returns how many fills, into *alts and
 * their rules' labels into *labels (the catalogue's); 0 without a
 * catalogue, -1 with *cause when the oracle failed.
 */
static int
gap_misfills(const struct question_ctx *ctx, const struct question *q,
    char ***alts, const char ***labels, char **cause)
{
	struct mutant_catalogue	*cat;
	struct mutant		*m;
	const char		*b, *ls, *le, *p, *e;
	char			*pre, *suf, *mid;
	size_t			 nm, i, plen, slen, len;
	int			 n = 0, line, fit, pass;

	*alts = NULL;
	*labels = NULL;
	if (ctx->distract == NULL ||
	    (cat = distract_mutants(ctx->distract)) == NULL ||
	    (b = strstr(q->code, GAP_BLANK)) == NULL)
		return (0);
	/* The blank's line, and the text either side of it on that line. */
	line = gap_line(q->code);
	for (ls = b; ls > q->code && ls[-1] != '\n'; ls--)
		;
	while (*ls == ' ' || *ls == '\t')
		ls++;
	le = b + strcspn(b, "\n");
	while (le > b + 3 && (le[-1] == ' ' || le[-1] == '\t'))
		le--;
	pre = xstrndup(ls, (size_t)(b - ls));
	suf = xstrndup(b + 3, (size_t)(le - b - 3));
	plen = strlen(pre);
	slen = strlen(suf);
	if (mutant_make(cat, ctx->oracle, q->src, q->srclen, MUTANT_MAX, &m,
	    &nm, cause) == -1) {
		free(pre);
		free(suf);
		return (-1);
	}
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < nm; i++) {
			fit = mutant_fits(&cat->rules[m[i].rule],
			    q->item->objective);
			if (m[i].line != line || fit != (pass == 0))
				continue;
			/* Its lines, each read as the blank's line. */
			for (p = m[i].code; *p != '\0'; p = *e ? e + 1 : e) {
				e = p + strcspn(p, "\n");
				while (p < e && (*p == ' ' || *p == '\t'))
					p++;
				len = (size_t)(e - p);
				while (len > 0 && (p[len - 1] == ' ' ||
				    p[len - 1] == '\t'))
					len--;
				if (len <= plen + slen || strncmp(p, pre,
				    plen) != 0 || strncmp(p + len - slen, suf,
				    slen) != 0)
					continue;
				mid = xstrndup(p + plen, len - plen - slen);
				if (strstr(mid, GAP_BLANK) != NULL ||
				    gap_known(*alts, n, mid, q->fill)) {
					free(mid);
					continue;
				}
				*alts = xreallocarray(*alts, n + 1,
				    sizeof **alts);
				*labels = xreallocarray(*labels, n + 1,
				    sizeof **labels);
				(*alts)[n] = mid;
				(*labels)[n++] = cat->rules[m[i].rule].label;
			}
		}
	}
	mutant_list_free(m, nm);
	free(pre);
	free(suf);
	return (n);
}

/*
 * Offer up to three fills that give something else: misreadings' first,
 * then near fills.
 */
static int
gap_options(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	struct oracle_req	 req;
	struct result		 r, *res;
	char			**alts, **near, **full, *note, *gives;
	const char		**labels;
	size_t			 len;
	void			*tag;
	int			 n, nn, i, k, sent = 0, rc = 0, wrong = 0, *have;

	if ((n = gap_misfills(ctx, q, &alts, &labels, cause)) == -1)
		return (-1);
	nn = gap_alternatives(q->fill, &near);
	for (i = 0; i < nn; i++) {
		if (gap_known(alts, n, near[i], q->fill)) {
			free(near[i]);
			continue;
		}
		alts = xreallocarray(alts, n + 1, sizeof *alts);
		labels = xreallocarray(labels, n + 1, sizeof *labels);
		alts[n] = near[i];
		labels[n++] = NULL;
	}
	free(near);
	full = xcalloc((size_t)n + 1, sizeof *full);
	res = xcalloc((size_t)n + 1, sizeof *res);
	have = xcalloc((size_t)n + 1, sizeof *have);
	for (i = 0; i < n; i++) {
		full[i] = gap_fill(q->code, strlen(q->code), alts[i],
		    strlen(alts[i]), &len);
		oracle_req_item(&req, q->item, full[i], len);
		if (req.limits.timeout == 0)
			req.limits.timeout = 2;
		if ((rc = oracle_submit(ctx->oracle, &req,
		    (void *)(uintptr_t)(i + 1), cause)) == -1)
			break;
		sent++;
	}
	for (; sent > 0; sent--) {
		if (oracle_collect(ctx->oracle, &r, &tag, cause) == -1) {
			rc = -1;
			break;
		}
		k = (int)((uintptr_t)tag - 1);
		res[k] = r;
		have[k] = 1;
	}
	question_add(q, xstrdup(q->fill), 1, SOURCE_TRUTH, NULL);
	/* In the order of the alternatives, whatever order runs ended. */
	for (i = 0; rc == 0 && i < n && wrong < 3; i++) {
		if (!have[i] || (res[i].verdict != VERDICT_OK &&
		    res[i].verdict != VERDICT_RAISED) ||
		    gap_same(&q->truth, &res[i]))
			continue;
		gives = gap_gives(&res[i]);
		note = labels[i] != NULL ? xprintf("%s: %s", labels[i], gives) :
		    xstrdup(gives);
		/* A misreading's fill bites on the blank's line; a near one is none. */
		question_add_misread(q, xstrdup(alts[i]), note, labels[i],
		    gap_line(q->code));
		free(note);
		free(gives);
		wrong++;
	}
	for (i = 0; i < n; i++) {
		if (have[i])
			result_free(&res[i]);
		free(full[i]);
		free(alts[i]);
	}
	free(alts);
	free(labels);
	free(full);
	free(res);
	free(have);
	return (rc);
}

static int
gap_build(const struct question_ctx *ctx, struct question *q, char **cause)
{
	const struct bank_item	*it = q->item;
	const char		*does;
	char			*more, *verb = NULL;

	/* A program that shows nothing: any fill would give that. */
	if (q->truth.out_len == 0 && q->truth.exc_type == NULL)
		return (1);
	if (it->fill != NULL) {
		q->code = xstrndup(it->code->text, it->code->len);
		q->fill = xstrndup(it->fill->text, strcspn(it->fill->text,
		    "\n"));
	} else if (gap_make(q->src, q->srclen, &q->code, &q->fill) == -1)
		return (1);
	if (gap_options(ctx, q, cause) == -1)
		return (-1);
	q->aim = answer_truth_text(&q->truth);
	/* "makes the program print" beside "so that the program prints". */
	does = q->truth.exc_type == NULL ? "print%s" : q->truth.out_len > 0 ?
	    "print%s this, then raise%s the exception named last" : "raise%s";
	if (q->nopts >= 3) {
		question_shuffle(q);
		q->pick = 1;
		verb = xprintf(does, "", "");
		more = xprintf("Which of these, put in place of ___, makes the"
		    " program %s:", verb);
		q->stem = question_stem(q, "", more);
		free(more);
	} else if (ctx->exam)
		return (1);	/* nothing allocated yet */
	else {
		/* Too few near fills: the fill is typed, and run. */
		while (q->nopts > 0) {
			q->nopts--;
			free(q->opts[q->nopts].text);
			free(q->opts[q->nopts].label);
			free(q->opts[q->nopts].misread);
		}
		q->pick = 0;
		verb = xprintf(does, "s", "s");
		more = xprintf("Fill in the blank (___) so that the program"
		    " %s:", verb);
		q->stem = question_stem(q, "", more);
		free(more);
	}
	free(verb);
	q->stem_kind = STEM_INSERT;
	return (0);
}

static int
gap_parse(const struct question *q, const char *answer, char **why)
{
	if (q->pick > 0)
		return (question_parse_letters(q, answer, why));
	if (*answer != '\0' && strchr(answer, '\n') == NULL)
		return (0);
	*why = xstrdup("Type what goes in place of ___ (one line).");
	return (-1);
}

static int
gap_grade(const struct question_ctx *ctx, const struct question *q,
    const char *answer, struct question_verdict *v, char **cause)
{
	char	*full;
	size_t	 len;
	int	 rc;

	if (q->pick > 0)
		return (question_grade_letters(ctx, q, answer, v, cause));
	/* The completion's own run decides, not a comparison with the key. */
	full = gap_fill(q->code, strlen(q->code), answer, strlen(answer), &len);
	rc = question_run(ctx, q, full, len, &v->run, cause);
	free(full);
	if (rc == -1)
		return (-1);
	v->ran = 1;
	v->right = gap_same(&q->truth, &v->run);
	v->score = v->right;
	v->given = xstrdup(answer);
	/* A wrong fill that gives what a misreading gives is that one. */
	if (!v->right)
		return (question_misreads_run(ctx, q, NULL, &v->run, v, cause));
	return (0);
}

static char *
gap_answer(const struct question *q)
{
	if (q->pick > 0)
		return (question_answer_letters(q));
	return (xstrdup(q->fill));
}

static const char *
gap_help(const struct question *q)
{
	if (q->pick > 0)
		return ("Answer with the letter of the option that, put in"
		    " place of ___, gives this result.");
	return ("Type what goes in place of ___ (one line). Any answer that"
	    " makes\nthe program give this result counts.");
}

const struct form_ops form_gap_ops = {
	FORM_GAP, gap_build, gap_parse, gap_grade, gap_answer, gap_help
};
