/*
 * present.c: a question on the screen: its stem, code, options, and,
 * once answered, the verdict with what every wrong option is.
 *
 * The CLI's side of a question (question.c builds and grades without
 * printing); practice and the mock exam show questions the same way.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "diff.h"
#include "distract.h"
#include "highlight.h"
#include "option.h"
#include "present.h"
#include "util.h"

/* The colours of code on a terminal, by what tokenize says a token is. */
static const char *const present_colours[HL_KINDS] = {
	[HL_KEYWORD] = TERM_BOLD TERM_CYAN,
	[HL_BUILTIN] = TERM_CYAN,
	[HL_EXCEPTION] = TERM_CYAN,
	[HL_STRING] = TERM_GREEN,
	[HL_NUMBER] = TERM_MAGENTA,
	[HL_COMMENT] = TERM_DIM,
};

void
present_code(struct term *t, struct oracle *o, const char *code)
{
	struct highlight	*h = NULL;
	const char		*p;
	char			*line, *cause = NULL;
	size_t			 len = strlen(code);
	int			 colour = *term_c(t, TERM_OFF) != '\0', n, lines;

	/*
	 * Colours only on a terminal: there CPython's tokenize splits the
	 * code (one run in the oracle); if it cannot, the code shows plain.
	 */
	if (colour && o != NULL && highlight_scan(o, code, len, &h,
	    &cause) == -1) {
		free(cause);
		h = NULL;
	}
	for (lines = 0, p = code; *p != '\0'; p++)
		lines += *p == '\n';
	if (len > 0 && code[len - 1] != '\n')
		lines++;
	for (n = 1; n <= lines; n++) {
		line = highlight_render(h, code, len, n, colour ?
		    present_colours : NULL, TERM_OFF);
		printf("%s%3d |%s %s\n", term_c(t, TERM_DIM), n, term_c(t,
		    TERM_OFF), line);
		free(line);
	}
	highlight_free(h);
}

void
present_option(struct term *t, int letter, const char *text, const char *note)
{
	const char	*p = text, *nl;
	int		 first = 1;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (first)
			printf("  %s%c)%s ", term_c(t, TERM_BOLD), letter,
			    term_c(t, TERM_OFF));
		else
			printf("     ");
		printf("%.*s", (int)(nl ? nl - p : (long)strlen(p)), p);
		if (first && note != NULL)
			printf("   %s<- %s%s", term_c(t, TERM_DIM), note,
			    term_c(t, TERM_OFF));
		printf("\n");
		first = 0;
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/* Text that ends its own line, or "(nothing)" for none. */
static void
present_block(const char *s)
{
	if (*s == '\0')
		printf("(nothing)\n");
	else
		printf("%s%s", s, s[strlen(s) - 1] == '\n' ? "" : "\n");
}

/*
 * A bank's prose, ending its own line: on a terminal filled again to the
 * screen's width (a narrow one would break its lines raggedly); as
 * written elsewhere, so that transcripts do not depend on a screen.
 */
static void
present_prose(struct term *t, const char *text)
{
	char	*w;

	w = term_tty(t) ? util_wrap(text, term_width() - 1) : xstrdup(text);
	printf("%s%s", w, *w != '\0' && w[strlen(w) - 1] == '\n' ? "" :
	    "\n");
	free(w);
}

void
present_question(struct term *t, struct oracle *o, const struct question *q,
    int pick)
{
	int	 i;

	present_prose(t, q->stem);
	if (q->aim != NULL)
		present_block(q->aim);
	if (q->code != NULL)
		present_code(t, o, q->code);
	if (q->item->input != NULL && q->form != FORM_ORDER)
		printf("The user types:\n%s", q->item->input->text);
	for (i = 0; i < q->nopts; i++)
		present_option(t, 'A' + i, q->opts[i].text, pick == i ?
		    "your answer" : NULL);
}

/* What an option is, said after the answer. */
static const char *
present_note(const struct question *q, int i)
{
	const struct question_option	*o = &q->opts[i];

	if (!o->right)
		return (o->label != NULL ? o->label : "wrong");
	if (q->item->kind == BANK_KIND_CONCEPT)
		return (o->label != NULL ? o->label : "right");
	if (o->source == SOURCE_BANK && o->label != NULL)
		return (o->label);
	if (o->source == SOURCE_BANK)
		return (q->item->opts_eval ? "true" : "what the program gives");
	return (q->form == FORM_SELECT ? "true" : q->form == FORM_GAP ?
	    "the answer" : "what the program does");
}

/* The verdict on picked options, and every option with what it is. */
static void
present_letters(struct term *t, const struct question *q,
    const struct question_verdict *v)
{
	char	*answer;
	int	 i;

	answer = question_answer(q);
	if (v->right)
		printf("%sRight.%s\n", term_c(t, TERM_GREEN TERM_BOLD),
		    term_c(t, TERM_OFF));
	else if (v->score > 0)
		printf("%sPartly right%s (%d%%): the answer is %s.\n",
		    term_c(t, TERM_RED TERM_BOLD), term_c(t, TERM_OFF),
		    (int)(v->score * 100 + 0.5), answer);
	else
		printf("%sWrong:%s the answer is %s.\n", term_c(t,
		    TERM_RED TERM_BOLD), term_c(t, TERM_OFF), answer);
	free(answer);
	/* Each wrong option says which misreading gives it. */
	for (i = 0; i < q->nopts; i++)
		present_option(t, 'A' + i, q->opts[i].text, present_note(q, i));
}

/* A typed output, against the truth. */
static void
present_typed(struct term *t, const struct question *q,
    const struct question_verdict *v)
{
	const struct result	*r = &q->truth;
	char			*truth, *mine, *d;
	size_t			 mlen;

	if (v->right) {
		printf("%sRight.%s\n", term_c(t, TERM_GREEN TERM_BOLD),
		    term_c(t, TERM_OFF));
		return;
	}
	printf("%sWrong.%s The program %s:\n", term_c(t, TERM_RED TERM_BOLD),
	    term_c(t, TERM_OFF), r->exc_type ? (r->out_len ?
	    "prints this, then raises" : "raises") : "prints");
	truth = answer_truth_text(r);
	present_block(truth);
	if (r->exc_type != NULL && r->exc_msg && *r->exc_msg)
		printf("%s(%s: %s, line %d)%s\n", term_c(t, TERM_DIM),
		    r->exc_type, r->exc_msg, r->exc_line, term_c(t, TERM_OFF));
	mine = answer_normalize(v->given ? v->given : "", v->given ?
	    strlen(v->given) : 0, &mlen);
	if (mlen > 0) {
		d = diff_unified(mine, mlen, truth, strlen(truth),
		    "your answer", "the program");
		printf("%s%s%s", term_c(t, TERM_DIM), d, term_c(t, TERM_OFF));
		free(d);
	}
	free(mine);
	free(truth);
}

/* A typed gap fill, by its own run. */
static void
present_fill(struct term *t, const struct question *q,
    const struct question_verdict *v)
{
	const struct result	*rr = &v->run;
	char			*mine;
	int			 ran;

	if (v->right) {
		printf("%sRight.%s\n", term_c(t, TERM_GREEN TERM_BOLD),
		    term_c(t, TERM_OFF));
		if (strcmp(v->given, q->fill) != 0)
			printf("The bank's answer is %s; yours gives the same"
			    " result.\n", q->fill);
		return;
	}
	ran = rr->verdict == VERDICT_OK || rr->verdict == VERDICT_RAISED;
	mine = ran ? distract_render(rr) : result_describe(rr);
	printf("%sWrong.%s With %s it %s:\n", term_c(t, TERM_RED TERM_BOLD),
	    term_c(t, TERM_OFF), v->given, ran ? "gives" : "stops");
	present_block(mine);
	free(mine);
	printf("The answer: %s\n", q->fill);
}

/* The line of an ordering that does not belong, and whose it is. */
static void
present_stray(const struct question *q)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		if (!q->opts[i].right)
			printf("%c does not belong: %s.\n", 'A' + i,
			    q->opts[i].label != NULL ? q->opts[i].label :
			    "a misreading");
	}
}

/* An order, by its own run. */
static void
present_order(struct term *t, const struct question *q,
    const struct question_verdict *v)
{
	char	*out, *answer;
	int	 i;

	if (v->right) {
		printf("%sRight.%s\n", term_c(t, TERM_GREEN TERM_BOLD),
		    term_c(t, TERM_OFF));
		present_stray(q);
		return;
	}
	if (v->score > 0)
		printf("%sPartly right%s (%d%%). In that order it prints:\n",
		    term_c(t, TERM_RED TERM_BOLD), term_c(t, TERM_OFF),
		    (int)(v->score * 100 + 0.5));
	else
		printf("%sWrong.%s In that order it prints:\n", term_c(t,
		    TERM_RED TERM_BOLD), term_c(t, TERM_OFF));
	if (v->ran) {
		out = distract_render(&v->run);
		present_block(out);
		free(out);
	}
	answer = question_answer(q);
	printf("The program's order:");
	for (i = 0; answer[i] != '\0'; i++)
		printf(" %c", answer[i]);
	printf("\n");
	free(answer);
	present_stray(q);
}

/*
 * Line n (from 1) of code (len bytes), without its indent, cut at 60
 * characters; NULL when there is none or it is blank.
 */
static char *
present_line_of(const char *code, size_t len, int n)
{
	const char	*p = code, *end = code + len, *e;

	if (n <= 0)
		return (NULL);
	while (--n > 0 && p < end && (p = memchr(p, '\n', (size_t)(end -
	    p))) != NULL)
		p++;
	if (p == NULL || p >= end)
		return (NULL);
	if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
		e = end;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (p == e)
		return (NULL);
	if (e - p > 60)
		return (xprintf("%.57s...", p));
	return (xstrndup(p, (size_t)(e - p)));
}

/*
 * Line n of misread program b as misread, when it is all that differs
 * from program a (as many lines, the others the same); else NULL: a
 * misreading that adds, drops or moves lines has no one line to show.
 */
static char *
present_misread_as(const char *a, size_t alen, const char *b, size_t blen,
    int n)
{
	const char	*p = a, *q = b, *pe, *qe;
	int		 line = 1, other = 0;

	while (p < a + alen && q < b + blen && !other) {
		if ((pe = memchr(p, '\n', (size_t)(a + alen - p))) == NULL)
			pe = a + alen;
		if ((qe = memchr(q, '\n', (size_t)(b + blen - q))) == NULL)
			qe = b + blen;
		other = line != n && (pe - p != qe - q || memcmp(p, q,
		    (size_t)(pe - p)) != 0);
		p = pe + 1;
		q = qe + 1;
		line++;
	}
	if (other || p < a + alen || q < b + blen)
		return (NULL);
	return (present_line_of(b, blen, n));
}

/* Line m->line as an item's own ```misread block of m reads it, or NULL. */
static char *
present_as(const struct question *q, const struct question_misread *m)
{
	const struct bank_misread	*bm;
	char				*as = NULL, *line;
	size_t				 j;

	for (j = 0; j < q->item->nmisreads && as == NULL; j++) {
		bm = &q->item->misreads[j];
		if (strcmp(bm->label, m->label) == 0)
			as = present_misread_as(q->src, q->srclen, bm->code,
			    bm->len, m->line);
	}
	line = present_line_of(q->src, q->srclen, m->line);
	if (as != NULL && (line == NULL || strcmp(as, line) == 0)) {
		free(as);
		as = NULL;
	}
	free(line);
	return (as);
}

/* A label ends its sentence. */
static const char *
present_stop(const char *label)
{
	return (*label != '\0' && strchr(".!?", label[strlen(label) - 1]) !=
	    NULL ? "" : ".");
}

/*
 * The misreadings a wrong answer made: where each bites (the program's
 * line; an item's ```misread block that changes only that line also
 * shows it as misread) and its words; those that bite on one line, told
 * in one sentence ("..., or ..."). Two sentences at most: a typed answer
 * can be what several give.
 */
static void
present_misreads(const struct question *q, const struct question_verdict *v)
{
	const struct question_misread	*m, *o;
	char				*line, *as, *other;
	int				 i, k, said = 0, *told;

	told = xcalloc((size_t)v->nmisreads + 1, sizeof *told);
	for (i = 0; i < v->nmisreads && said < 2; i++) {
		m = &v->misreads[i];
		if (!m->made || told[i])
			continue;
		line = q->src != NULL ? present_line_of(q->src, q->srclen,
		    m->line) : NULL;
		as = line != NULL ? present_as(q, m) : NULL;
		said++;
		if (as != NULL) {
			printf("You read line %d (`%s`) as `%s`: %s%s\n", m->line,
			    line, as, m->label, present_stop(m->label));
			free(as);
			free(line);
			continue;
		}
		if (line != NULL)
			printf("You misread line %d (`%s`): %s", m->line, line,
			    m->label);
		else
			printf("You misread the code: %s", m->label);
		/* Others that bite on the same line, or on none known. */
		for (k = i + 1; k < v->nmisreads; k++) {
			o = &v->misreads[k];
			if (!o->made || o->line != m->line)
				continue;
			if ((other = line != NULL ? present_as(q, o) : NULL) !=
			    NULL) {
				free(other);
				continue;
			}
			printf(", or %s", o->label);
			told[k] = 1;
			m = o;
		}
		printf("%s\n", present_stop(m->label));
		free(line);
	}
	free(told);
}

void
present_verdict(struct term *t, const struct question *q,
    const struct question_verdict *v)
{
	if (q->form == FORM_ORDER)
		present_order(t, q, v);
	else if (q->pick > 0)
		present_letters(t, q, v);
	else if (q->form == FORM_GAP)
		present_fill(t, q, v);
	else
		present_typed(t, q, v);
	/* What the learner fell for, and where. */
	if (!v->right)
		present_misreads(q, v);
	present_explanation(t, q);
}

void
present_explanation(struct term *t, const struct question *q)
{
	if (q->item->explanation != NULL) {
		printf("\n");
		present_prose(t, q->item->explanation);
	}
	/* The one kind of key a run did not prove says so. */
	if (q->item->kind == BANK_KIND_CONCEPT)
		printf("\n(Key given by the bank, not proven by running;"
		    " source: %s)\n", q->item->source);
	/* Fragments: the checker's report is the key. */
	if (q->item->opts_style != STYLE_NONE)
		printf("\n(%s)\n", option_style_key(q->item));
}
