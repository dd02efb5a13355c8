/*
 * form_select.c: "Select two answers": the bank's own options when more
 * than one is right, or statements about what the program does, two
 * true and the false ones each what a misreading's run does.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "question_form.h"
#include "util.h"


static const char *select_words[] = {
	"", "one", "two", "three", "four", "five", "six"
};

static int
select_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	struct distract_option	*op = NULL;
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
		if ((n = distract_statements(ctx->distract, ctx->oracle,
		    q->item, &q->truth, &op, cause)) == -1)
			return (-1);
		question_take(q, op, n);
		if (n == 0)
			return (1);
		question_shuffle(q);
		q->stem_kind = STEM_SELECT;
		q->code = xstrndup(q->src, q->srclen);
		q->pick = 2;
	}
	words = q->pick < 7 ? select_words[q->pick] : "the";
	more = xprintf("(Select %s answers)", words);
	deflt = q->item->nopts == 0 ? xprintf("Which %s statements about this"
	    " program are true?", words) : xstrdup(q->item->opts_eval ?
	    "After this program runs, which of these are true?" :
	    "Which of these does this program print?");
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
