/*
 * form_select.c: "Select two answers": the bank's own options when more
 * than one is right, or, two true and two or three false, statements
 * about the program (a name's value, a line printed, its end) or
 * expressions over its final names, each false one what a misreading
 * predicts (distract_statements).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "option.h"
#include "question_form.h"
#include "util.h"


static const char *select_words[] = {
	"", "one", "two", "three", "four", "five", "six"
};

/*
 * Take the misreadings' statements or expressions as q's options: drawn
 * with random() when both fit (and ctx->stems allows both), else the one
 * that fits. 0, 1 when neither fits, -1 with *cause.
 */
static int
select_misread(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	struct distract_select	 sel;
	unsigned		 want = ctx->stems != 0 ? ctx->stems : ~0U;
	int			 words, exprs;

	if (distract_statements(ctx->distract, ctx->oracle, q->item,
	    &q->truth, &sel, cause) == -1)
		return (-1);
	words = sel.nstatements > 0 && (want & (1U << STEM_SELECT));
	exprs = sel.nexprs > 0 && (want & (1U << STEM_VALUE));
	if (words && exprs)
		words = random() % 2 == 0;
	if (words) {
		question_take(q, sel.statements, sel.nstatements);
		sel.statements = NULL;
		sel.nstatements = 0;
		q->stem_kind = STEM_SELECT;
	} else if (exprs) {
		question_take(q, sel.exprs, sel.nexprs);
		sel.exprs = NULL;
		sel.nexprs = 0;
		q->stem_kind = STEM_VALUE;
	}
	distract_select_free(&sel);
	return (words || exprs ? 0 : 1);
}

static int
select_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	const char		*words;
	char			*more, *deflt;
	int			 n;

	if (q->item->nopts > 0) {
		if ((n = choice_bank_options(ctx, q, cause)) == -1)
			return (-1);
		if (n < 2)
			return (1);
		q->pick = n;
	} else {
		if (ctx->distract == NULL)
			return (1);
		if ((n = select_misread(ctx, q, cause)) != 0)
			return (n);
		question_shuffle(q);
		q->code = xstrndup(q->src, q->srclen);
		q->pick = 2;
	}
	words = q->pick < 7 ? select_words[q->pick] : "the";
	more = xprintf("(Select %s answers)", words);
	if (q->item->opts_style != STYLE_NONE)
		deflt = xstrdup(option_style_stem(q->item, 1));
	else if (q->item->nopts > 0)
		deflt = xstrdup(q->item->opts_eval ? "After this program runs,"
		    " which of these are true?" : "Which of these does this"
		    " program print?");
	else if (q->stem_kind == STEM_VALUE)
		deflt = xstrdup("Which of these expressions are true after the"
		    " code runs?");
	else
		deflt = xprintf("Which %s statements about this program are"
		    " true?", words);
	q->stem = question_stem(q, deflt, more);
	free(more);
	free(deflt);
	return (0);
}

static const char *
select_help(const struct question *q)
{
	(void)q;
	return ("Answer with the letters of the right options, e.g. AC. Each"
	    " right pick\nearns its share of the points; each wrong one takes"
	    " one share away.");
}

const struct form_ops form_select_ops = {
	FORM_SELECT, select_build, question_parse_letters,
	question_grade_letters, question_answer_letters, select_help
};
