/*
 * form_choice.c: single choice. The options are the bank's own (exactly
 * one of them right, by the oracle), or the program's result beside what
 * misreadings of it give, each run in the oracle; or, asked in another
 * stem (form_stem.c), those runs read for what it asks.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "option.h"
#include "question_form.h"
#include "util.h"


int
choice_bank_options(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	const struct bank_item	*it = q->item;
	int			 right[16], i, n = 0;

	if (it->nopts > 16) {
		*cause = xprintf("item %s has more than 16 options", it->id);
		return (-1);
	}
	/* A concept item's marks are its key: nothing ran to judge them. */
	if (it->kind == BANK_KIND_CONCEPT) {
		for (i = 0; i < (int)it->nopts; i++) {
			question_add(q, xstrdup(it->opts[i].text),
			    it->opts[i].marked, SOURCE_BANK, it->opts[i].why);
			n += it->opts[i].marked;
		}
		question_shuffle(q);
		q->stem_kind = n > 1 ? STEM_SELECT : STEM_BEHAVIOUR;
		return (n);
	}
	if (option_judge(ctx->oracle, it, &q->truth, right, cause) == -1)
		return (-1);
	for (i = 0; i < (int)it->nopts; i++) {
		question_add(q, xstrdup(it->opts[i].text), right[i] == 1,
		    SOURCE_BANK, right[i] == 1 ? NULL : it->opts_eval ?
		    (right[i] == -1 ? "raises an exception" : "false") :
		    "not what it gives");
		n += right[i] == 1;
	}
	question_shuffle(q);
	q->stem_kind = it->opts_eval ? STEM_VALUE : STEM_OUTPUT;
	q->code = xstrndup(q->src, q->srclen);
	return (n);
}

static int
choice_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	struct distract_option	*op;
	int			 n, kind;

	if (q->item->nopts > 0) {
		if ((n = choice_bank_options(ctx, q, cause)) == -1)
			return (-1);
		/* None right, or several (a select): not a single choice. */
		if (n != 1)
			return (1);
		q->pick = 1;
		q->stem = question_stem(q, q->item->opts_eval ? "After this"
		    " program runs, which of these is true?" : "What does this"
		    " program print?", NULL);
		if (q->item->kind == BANK_KIND_CONCEPT)
			q->stem_kind = STEM_BEHAVIOUR;
		return (0);
	}
	if (ctx->distract == NULL)
		return (1);
	if ((n = distract_options(ctx->distract, ctx->oracle, q->item,
	    &q->truth, 4, &op, cause)) == -1)
		return (-1);
	/*
	 * "What does it print?" needs a wrong option, and the exams give
	 * four: with fewer, another stem that fits is asked instead (a
	 * three-option question can never have D right); only when none
	 * does is it asked with three, or two.
	 */
	kind = stem_choose(ctx, q, op, n, n >= 4);
	if (kind == -1 && n >= 2 && n < 4)
		kind = stem_choose(ctx, q, op, n, 1);
	if (kind != STEM_OUTPUT) {
		distract_options_free(op, n);
		if (kind == -1)
			return (1);
		question_shuffle(q);
		q->code = xstrndup(q->src, q->srclen);
		q->pick = 1;
		return (0);
	}
	question_take(q, op, n);
	question_shuffle(q);
	q->stem_kind = STEM_OUTPUT;
	q->stem = question_stem(q, "What does this program print?", NULL);
	q->code = xstrndup(q->src, q->srclen);
	q->pick = 1;
	return (0);
}

static const char *
choice_help(const struct question *q)
{
	(void)q;
	return ("Answer with the letter of the right option.");
}

const struct form_ops form_choice_ops = {
	FORM_CHOICE, choice_build, question_parse_letters,
	question_grade_letters, question_answer_letters, choice_help
};
