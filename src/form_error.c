/*
 * form_error.c: "Which line raises an exception, and which?" for a
 * program that stops with one. The options place an exception on a line:
 * the truth, the right exception on a line near it, and a related
 * exception on the right line; every one but the truth is false by the
 * truth's own run (only one line raises).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "question_form.h"
#include "util.h"

/* Exceptions a learner takes for one another, in pairs both ways. */
static const char *error_kin[][2] = {
	{ "KeyError", "IndexError" },
	{ "TypeError", "ValueError" },
	{ "NameError", "UnboundLocalError" },
	{ "AttributeError", "TypeError" },
	{ "ZeroDivisionError", "ValueError" },
	{ "IndexError", "KeyError" },
	{ "ValueError", "TypeError" },
	{ "UnboundLocalError", "NameError" },
	{ "StopIteration", "IndexError" },
	{ "RecursionError", "RuntimeError" },
	{ "AssertionError", "ValueError" },
	{ "OverflowError", "ValueError" },
	{ "ModuleNotFoundError", "ImportError" },
	{ "ImportError", "ModuleNotFoundError" },
	{ "FileNotFoundError", "OSError" },
	{ "UnicodeDecodeError", "ValueError" },
};

/* An exception a learner could take this one for. */
static const char *
error_sibling(const char *type)
{
	size_t	 i;

	for (i = 0; i < sizeof error_kin / sizeof error_kin[0]; i++) {
		if (strcmp(error_kin[i][0], type) == 0)
			return (error_kin[i][1]);
	}
	return (strcmp(type, "TypeError") == 0 ? "ValueError" : "TypeError");
}

/* Is line n (1-based) of src code: not blank, not only a comment? */
static int
error_code_line(const char *src, int n)
{
	const char	*p = src;

	while (--n > 0 && (p = strchr(p, '\n')) != NULL)
		p++;
	if (p == NULL || *p == '\0')
		return (0);
	p += strspn(p, " \t");
	return (*p != '\n' && *p != '\0' && *p != '#');
}

static int
error_build(const struct question_ctx *ctx, struct question *q,
    char **cause)
{
	const struct result	*r = &q->truth;
	const char		*type = r->exc_type;
	char			*text;
	int			 line = r->exc_line, d, other = 0;

	(void)ctx;
	(void)cause;
	if (type == NULL || line <= 0 || !error_code_line(q->src, line))
		return (1);
	question_add(q, xprintf("Line %d raises %s", line, type), 1,
	    SOURCE_TRUTH, NULL);
	question_add(q, xprintf("Line %d raises %s", line,
	    error_sibling(type)), 0, SOURCE_GENERIC,
	    "the right line, a related exception");
	/* The right exception on the nearest lines of code, before first. */
	for (d = 1; d < 40 && other < 2; d++) {
		if (line - d > 0 && error_code_line(q->src, line - d)) {
			text = xprintf("Line %d raises %s", line - d, type);
			question_add(q, text, 0, SOURCE_GENERIC,
			    "the right exception, a line too early");
			other++;
		}
		if (other < 2 && error_code_line(q->src, line + d)) {
			text = xprintf("Line %d raises %s", line + d, type);
			question_add(q, text, 0, SOURCE_GENERIC,
			    "the right exception, a line too late");
			other++;
		}
	}
	if (q->nopts < 4 && r->out_len > 0)
		question_add(q, xstrdup("It runs without an exception"), 0,
		    SOURCE_GENERIC, "the exception missed");
	if (q->nopts < 3)
		return (1);
	question_shuffle(q);
	q->stem_kind = STEM_ERROR_LINE;
	q->stem = question_stem(q, "This program stops with an exception."
	    " Which line raises it, and which exception is it?", NULL);
	q->code = xstrndup(q->src, q->srclen);
	q->pick = 1;
	return (0);
}

static const char *
error_help(const struct question *q)
{
	(void)q;
	return ("Answer with the letter of the option that names the line"
	    " and the exception.");
}

const struct form_ops form_error_ops = {
	FORM_ERROR, error_build, question_parse_letters,
	question_grade_letters, question_answer_letters, error_help
};
