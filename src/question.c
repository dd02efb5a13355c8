/*
 * question.c: building and grading a question, whatever its form.
 *
 * The forms' own work is in form_*.c; this file runs the truth, picks the
 * form's table, and keeps what the forms share: options, letters,
 * shuffles and partial credit.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "question.h"
#include "question_form.h"
#include "util.h"

static const struct form_ops *question_ops[FORM_COUNT] = {
	[FORM_OUTPUT] = &form_output_ops,
	[FORM_CHOICE] = &form_choice_ops,
	[FORM_SELECT] = &form_select_ops,
	[FORM_GAP] = &form_gap_ops,
	[FORM_ORDER] = &form_order_ops,
	[FORM_ERROR] = &form_error_ops,
};

static const char *stem_kind_names[] = {
	"output", "value", "select", "insert", "order", "error_line", "count",
	"behaviour", "variable", "type", "length"
};

static const char *option_source_names[] = {
	"truth", "misreading", "generic", "bank", "trace"
};

const char *
stem_kind_name(enum stem_kind k)
{
	return (stem_kind_names[k]);
}

/* The stems a choice question is asked in (form_stem.c). */
static const enum stem_kind stem_choices[] = {
	STEM_OUTPUT, STEM_COUNT, STEM_BEHAVIOUR, STEM_VARIABLE, STEM_TYPE,
	STEM_LENGTH
};

int
stem_parse_list(const char *arg, unsigned *mask)
{
	char	*copy, *word, *save;
	size_t	 i;
	int	 rc = 0;

	*mask = 0;
	copy = xstrdup(arg);
	for (word = strtok_r(copy, ",", &save); word != NULL && rc == 0;
	    word = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < sizeof stem_choices / sizeof stem_choices[0];
		    i++) {
			if (strcmp(word, stem_kind_names[stem_choices[i]]) == 0)
				break;
		}
		if (i == sizeof stem_choices / sizeof stem_choices[0])
			rc = -1;
		else
			*mask |= 1U << stem_choices[i];
	}
	free(copy);
	return (*mask == 0 ? -1 : rc);
}

const char *
stem_choice_list(void)
{
	return ("output, count, behaviour, variable, type or length");
}

const char *
option_source_name(enum option_source s)
{
	return (option_source_names[s]);
}

char *
question_item_key(const char *bankpath, const struct bank_item *it)
{
	const char	*base = strrchr(bankpath, '/');

	return (xprintf("%s#%s", base ? base + 1 : bankpath, it->id));
}

/* The form an item asks for itself. */
static enum form
question_own_form(const struct bank_item *it)
{
	if (it->fill != NULL)
		return (FORM_GAP);
	if (it->form != FORM_OUTPUT)
		return (it->form);
	return (it->nopts > 0 ? FORM_CHOICE : FORM_OUTPUT);
}

char *
question_stem(const struct question *q, const char *deflt,
    const char *more)
{
	const struct bank_item	*it = q->item;
	enum form		 own = question_own_form(it);
	const char		*p = it->prompt;
	int			 mine;

	/*
	 * The bank's prose asks for the item's own form ("Which index gives
	 * the last item?" over a gap); "what does it print" reads as well
	 * over options. Another form asks in its own words.
	 */
	mine = q->form == own || (own == FORM_OUTPUT && q->form ==
	    FORM_CHOICE) || (it->nopts > 0 && (q->form == FORM_CHOICE ||
	    q->form == FORM_SELECT));
	if (p == NULL || !mine)
		return (more != NULL ? xprintf("%s%s%s", deflt, *deflt != '\0' ?
		    " " : "", more) : xstrdup(deflt));
	if (more == NULL)
		return (xstrdup(p));
	/* Unless the prose says it already. */
	if (strstr(p, more) != NULL)
		return (xstrdup(p));
	return (xprintf("%s%s%s", p, p[strlen(p) - 1] == '\n' ? "" : "\n",
	    more));
}

int
question_run(const struct question_ctx *ctx, const struct question *q,
    const char *code, size_t len, struct result *r, char **cause)
{
	struct oracle_req	 req;

	oracle_req_item(&req, q->item, code, len);
	return (oracle_run(ctx->oracle, &req, r, cause));
}

void
question_add(struct question *q, char *text, int right,
    enum option_source source, const char *label)
{
	struct question_option	*o;

	q->opts = xreallocarray(q->opts, q->nopts + 1, sizeof *q->opts);
	o = &q->opts[q->nopts++];
	o->text = text;
	o->right = right;
	o->source = source;
	o->label = label != NULL ? xstrdup(label) : NULL;
	o->misread = NULL;
	o->line = 0;
}

void
question_add_misread(struct question *q, char *text, const char *note,
    const char *label, int line)
{
	struct question_option	*o;

	question_add(q, text, 0, SOURCE_MISREADING, note != NULL ? note :
	    label);
	o = &q->opts[q->nopts - 1];
	o->misread = label != NULL ? xstrdup(label) : NULL;
	o->line = label != NULL ? line : 0;
}

int
question_has(const struct question *q, const char *text)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		if (strcmp(q->opts[i].text, text) == 0)
			return (1);
	}
	return (0);
}

void
question_shuffle(struct question *q)
{
	util_shuffle(q->opts, (size_t)q->nopts, sizeof *q->opts);
}

void
question_take(struct question *q, struct distract_option *op, int n)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (op[i].correct || op[i].generic)
			question_add(q, op[i].text, op[i].correct,
			    op[i].correct ? SOURCE_TRUTH : SOURCE_GENERIC,
			    op[i].label);
		else
			question_add_misread(q, op[i].text, NULL, op[i].label,
			    op[i].line);
		op[i].text = NULL;
	}
	distract_options_free(op, n);
}

int
question_letters(const struct question *q, const char *answer, int min,
    int max, long *mask)
{
	const char	*p;
	int		 c, count = 0;

	*mask = 0;
	for (p = answer; *p != '\0'; p++) {
		if (*p == ' ' || *p == ',' || *p == '\t')
			continue;
		c = (*p | 0x20) - 'a';
		if (c < 0 || c >= q->nopts || (*mask & (1L << c)))
			return (-1);
		*mask |= 1L << c;
		count++;
	}
	return (count >= min && count <= max ? 0 : -1);
}

char *
question_mask_text(long mask, int n)
{
	char	*s;
	int	 i, k = 0;

	s = xmalloc((size_t)n + 1);
	for (i = 0; i < n; i++) {
		if (mask & (1L << i))
			s[k++] = (char)('A' + i);
	}
	s[k] = '\0';
	return (s);
}

long
question_right_mask(const struct question *q)
{
	long	 mask = 0;
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		if (q->opts[i].right)
			mask |= 1L << i;
	}
	return (mask);
}

void
question_grade_mask(const struct question *q, long mask,
    struct question_verdict *v)
{
	long	 truth = question_right_mask(q);
	int	 good = 0, bad = 0, i;

	for (i = 0; i < q->nopts; i++) {
		if (!(mask & (1L << i)))
			continue;
		if (truth & (1L << i))
			good++;
		else
			bad++;
	}
	v->mask = mask;
	v->right = mask == truth;
	v->score = v->right ? 1 : good > bad ? (double)(good - bad) / q->pick :
	    0;
	v->given = question_mask_text(mask, q->nopts);
	for (i = 0; i < q->nopts; i++) {
		if (q->opts[i].misread != NULL)
			question_misread_add(v, q->opts[i].misread,
			    q->opts[i].line, (mask & (1L << i)) != 0);
	}
}

void
question_misread_add(struct question_verdict *v, const char *label,
    int line, int made)
{
	struct question_misread	*m;
	int			 i;

	for (i = 0; i < v->nmisreads; i++) {
		m = &v->misreads[i];
		if (strcmp(m->label, label) != 0)
			continue;
		/* Picked beside one of its own not picked: made, there. */
		if (made && !m->made) {
			m->made = 1;
			m->line = line;
		}
		return;
	}
	v->misreads = xreallocarray(v->misreads, v->nmisreads + 1,
	    sizeof *v->misreads);
	m = &v->misreads[v->nmisreads++];
	m->label = xstrdup(label);
	m->made = made;
	m->line = line;
}

int
question_misreads_run(const struct question_ctx *ctx,
    const struct question *q, const char *typed, const struct result *run,
    struct question_verdict *v, char **cause)
{
	struct distract_option	*op;
	int			 n, i, same;

	if (ctx->distract == NULL)
		return (0);
	/* A run that hit a limit or crashed reads as no misreading's. */
	if (typed == NULL && run->verdict != VERDICT_OK &&
	    run->verdict != VERDICT_RAISED)
		return (0);
	if ((n = distract_misreadings(ctx->distract, ctx->oracle, q->item,
	    &q->truth, &op, cause)) == -1)
		return (-1);
	for (i = 0; i < n; i++) {
		same = typed != NULL ? answer_typed_matches(typed,
		    strlen(typed), &op[i].res) : answer_same(&op[i].res, run);
		/* A misreading that gives the truth is no wrong answer's. */
		if (same && !answer_same(&op[i].res, &q->truth))
			question_misread_add(v, op[i].label, op[i].line, 1);
	}
	distract_options_free(op, n);
	return (0);
}

int
question_parse_letters(const struct question *q, const char *answer,
    char **why)
{
	long	 mask;

	/* A select may be left part-answered, as in the exam. */
	if (question_letters(q, answer, q->pick == 1 ? 1 : 1, q->pick,
	    &mask) == 0)
		return (0);
	*why = q->pick == 1 ? xprintf("Answer with the letter of the right"
	    " option, A to %c.", 'A' + q->nopts - 1) : xprintf("Answer with"
	    " the %d letters of the right options, e.g. AC.", q->pick);
	return (-1);
}

char *
question_answer_letters(const struct question *q)
{
	return (question_mask_text(question_right_mask(q), q->nopts));
}

int
question_grade_letters(const struct question_ctx *ctx,
    const struct question *q, const char *answer, struct question_verdict *v,
    char **cause)
{
	long	 mask;

	(void)ctx;
	(void)cause;
	question_letters(q, answer, 0, q->nopts, &mask);
	question_grade_mask(q, mask, v);
	return (0);
}

/* Drop what a form built, keeping the item, its run and its key. */
static void
question_unbuild(struct question *q)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		free(q->opts[i].text);
		free(q->opts[i].label);
		free(q->opts[i].misread);
	}
	free(q->opts);
	free(q->stem);
	free(q->code);
	free(q->aim);
	free(q->fill);
	free(q->perm);
	q->opts = NULL;
	q->nopts = 0;
	q->stem = q->code = q->aim = q->fill = NULL;
	q->perm = NULL;
	q->pick = 0;
}

int
question_build_first(const struct question_ctx *ctx, const char *key,
    const struct bank_item *it, const enum form *forms, int nforms,
    struct question *q, char **cause)
{
	char	*why;
	int	 i, rc = 1;

	/* Needs what is not here (a display, a package): it fits no form. */
	if ((why = oracle_needs_missing(ctx->oracle, it->needs)) != NULL) {
		free(why);
		return (1);
	}
	memset(q, 0, sizeof *q);
	q->item = it;
	q->key = xstrdup(key);
	q->src = bank_item_source(it, &q->srclen);
	/* A concept item has nothing to run: its options carry the key. */
	if (it->kind == BANK_KIND_CONCEPT)
		q->truth.verdict = VERDICT_OK;
	else if (question_run(ctx, q, q->src, q->srclen, &q->truth,
	    cause) == -1) {
		question_free(q);
		return (-1);
	}
	/*
	 * A program that does not end by itself (a time or memory limit, a
	 * crash) has no answer to ask about; check reports such items.
	 */
	if (q->truth.verdict != VERDICT_OK &&
	    q->truth.verdict != VERDICT_RAISED)
		nforms = 0;
	for (i = 0; i < nforms; i++) {
		q->form = forms[i];
		if ((rc = question_ops[forms[i]]->build(ctx, q, cause)) != 1)
			break;
		question_unbuild(q);
	}
	if (rc != 0)
		question_free(q);
	return (rc);
}

int
question_build(const struct question_ctx *ctx, const char *key,
    const struct bank_item *it, enum form f, struct question *q,
    char **cause)
{
	return (question_build_first(ctx, key, it, &f, 1, q, cause));
}

/*
 * The exams' code items by share (../shared/exam-items.md: 24 + 7 + 5 +
 * 5 of the 59% of items that have code are single choices, 12 select
 * two, 5 code insertion): what is the output, how many, which value,
 * expected behaviour (choice) 65%; select two 20%; code insertion 8%;
 * ordering 4%; which line raises 3% (the exams' drag and drop and
 * interactive items, not in the sample).
 */
static const struct {
	enum form	 form;
	int		 share;
} question_mix[] = {
	{ FORM_CHOICE, 65 }, { FORM_SELECT, 20 }, { FORM_GAP, 8 },
	{ FORM_ORDER, 4 }, { FORM_ERROR, 3 },
};

/*
 * Add f to order unless it is there already: the list with its repeats
 * would be longer than FORM_COUNT (the bank's options give choice and
 * select, then the draw, then every exam type, then output).
 */
static void
question_forms_add(enum form *order, int *n, enum form f)
{
	int	 i;

	for (i = 0; i < *n; i++) {
		if (order[i] == f)
			return;
	}
	order[(*n)++] = f;
}

int
question_forms(const struct bank_item *it, int exam, enum form *order)
{
	enum form	 own = FORM_OUTPUT;
	size_t		 i;
	int		 n = 0, r;

	/*
	 * A concept item is asked by its marks, fragments by their checker
	 * (no other form asks about style): one right, or several.
	 */
	if (it->kind == BANK_KIND_CONCEPT || it->opts_style != STYLE_NONE) {
		question_forms_add(order, &n, FORM_CHOICE);
		question_forms_add(order, &n, FORM_SELECT);
		return (n);
	}
	/* The bank's own wish first: its form, its gap, its options. */
	if (it->fill != NULL)
		own = FORM_GAP;
	else if (it->form != FORM_OUTPUT)
		own = it->form;
	else if (it->nopts > 0)
		own = FORM_CHOICE;
	if (own != FORM_OUTPUT)
		question_forms_add(order, &n, own);
	/* Bank options with several right ones are a select. */
	if (own == FORM_CHOICE && it->nopts > 0)
		question_forms_add(order, &n, FORM_SELECT);
	/* Then one drawn in the exams' proportions, then the rest. */
	r = (int)(random() % 100);
	for (i = 0; i < sizeof question_mix / sizeof question_mix[0]; i++) {
		if ((r -= question_mix[i].share) < 0)
			break;
	}
	if (i == sizeof question_mix / sizeof question_mix[0])
		i = 0;
	question_forms_add(order, &n, question_mix[i].form);
	for (i = 0; i < sizeof question_mix / sizeof question_mix[0]; i++)
		question_forms_add(order, &n, question_mix[i].form);
	/* Practice may fall back on typing; an exam never does. */
	if (!exam)
		question_forms_add(order, &n, FORM_OUTPUT);
	return (n);
}

int
question_parse(const struct question *q, const char *answer, char **why)
{
	return (question_ops[q->form]->parse(q, answer, why));
}

int
question_grade(const struct question_ctx *ctx, const struct question *q,
    const char *answer, struct question_verdict *v, char **cause)
{
	memset(v, 0, sizeof *v);
	/* A failed grade leaves nothing to free (a run, a given answer). */
	if (question_ops[q->form]->grade(ctx, q, answer, v, cause) == -1) {
		question_verdict_free(v);
		return (-1);
	}
	return (0);
}

const char *
question_help(const struct question *q)
{
	return (question_ops[q->form]->help(q));
}

char *
question_answer(const struct question *q)
{
	return (question_ops[q->form]->answer(q));
}

void
question_verdict_free(struct question_verdict *v)
{
	int	 i;

	for (i = 0; i < v->nmisreads; i++)
		free(v->misreads[i].label);
	free(v->misreads);
	free(v->given);
	if (v->ran)
		result_free(&v->run);
	memset(v, 0, sizeof *v);
}

void
question_free(struct question *q)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		free(q->opts[i].text);
		free(q->opts[i].label);
		free(q->opts[i].misread);
	}
	free(q->opts);
	free(q->key);
	free(q->stem);
	free(q->code);
	free(q->src);
	free(q->aim);
	free(q->fill);
	free(q->perm);
	result_free(&q->truth);
	memset(q, 0, sizeof *q);
}
