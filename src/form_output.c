/*
 * form_output.c: "What does this program print?", answered by typing the
 * output (practice's recall drill; never in a mock exam).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "question_form.h"
#include "util.h"

static int
output_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	(void)cause;
	/* The exams never ask for typed output. */
	if (ctx->exam)
		return (1);
	q->stem_kind = STEM_OUTPUT;
	q->stem = question_stem(q, "What does this program print?", NULL);
	q->code = xstrndup(q->src, q->srclen);
	q->pick = 0;
	return (0);
}

static int
output_parse(const struct question *q, const char *answer, char **why)
{
	(void)q;
	(void)answer;
	(void)why;
	return (0);
}

static int
output_grade(const struct question_ctx *ctx, const struct question *q,
    const char *answer, struct question_verdict *v, char **cause)
{
	v->right = answer_typed_matches(answer, strlen(answer), &q->truth);
	v->score = v->right;
	v->given = xstrdup(answer);
	/*
	 * Typing what a misreading prints is that misreading. Only a wrong
	 * answer runs them (some 40 runs): a right one costs nothing.
	 */
	if (!v->right)
		return (question_misreads_run(ctx, q, answer, NULL, v, cause));
	return (0);
}

static char *
output_answer(const struct question *q)
{
	return (answer_truth_text(&q->truth));
}

static const char *
output_help(const struct question *q)
{
	(void)q;
	return ("Type what the program prints, line by line, and finish with"
	    " an empty line\n(a line of one space stands for an empty line)."
	    " If it raises an exception,\nmake the exception's name (e.g."
	    " ZeroDivisionError) your last line.");
}

const struct form_ops form_output_ops = {
	FORM_OUTPUT, output_build, output_parse, output_grade, output_answer,
	output_help
};
