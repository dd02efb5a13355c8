/*
 * test_export.c: unit tests for export.c on questions made by hand (no
 * oracle): GIFT's escapes and weights, what GIFT leaves out, JSON with
 * bytes that are not UTF-8, the worksheet's code spans and fences.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "export.h"
#include "question_form.h"
#include "util.h"

static struct bank_block	 code_block;
static struct bank_item		 item;

/* A question on item "x" of b.md, in form f, with code as shown. */
static void
question_make(struct question *q, enum form f, enum stem_kind k,
    const char *code)
{
	memset(&item, 0, sizeof item);
	memset(&code_block, 0, sizeof code_block);
	code_block.text = (char *)code;
	code_block.len = strlen(code);
	item.id = (char *)"x";
	item.objective = "PCEP-30-02 3.3";
	item.code = &code_block;
	memset(q, 0, sizeof *q);
	q->item = &item;
	q->key = xstrdup("b.md#x");
	q->form = f;
	q->stem_kind = k;
	q->stem = xstrdup("What does this print?");
	q->code = xstrdup(code);
	q->pick = f == FORM_OUTPUT ? 0 : 1;
}

static char *
export_one(enum export_format f, const struct question *q,
    enum export_fit *fit)
{
	struct export	*x = export_new(f);
	struct buf	 out;

	buf_init(&out);
	*fit = export_add(x, q, &out);
	export_end(x, &out);
	export_free(x);
	return (buf_detach(&out, NULL));
}

static void
test_gift_escapes(void **state)
{
	struct question	 q;
	enum export_fit	 fit;
	char		*s;

	question_make(&q, FORM_CHOICE, STEM_OUTPUT,
	    "d = {'k': 1}  # a ~ b = c\n\n// <\ns = \"\\n\"\n");
	question_add(&q, xstrdup("{'k': 1}\n"), 1, SOURCE_TRUTH, NULL);
	question_add(&q, xstrdup("{k: 1}\n"), 0, SOURCE_MISREADING,
	    "quotes ~ dropped");
	question_add(&q, xstrdup("[1]\n"), 0, SOURCE_MISREADING, NULL);
	s = export_one(EXPORT_GIFT, &q, &fit);
	assert_int_equal(fit, EXPORT_FITS);
	/*
	 * One line for the question: a blank line would end it, a line
	 * starting with // would be a comment.
	 */
	assert_string_equal(s,
	    "::b.md\\#x::[html]<p>What does this print?</p>\\n"
	    "<pre><code>d \\= \\{'k'\\: 1\\}  \\# a \\~ b \\= c\\n\\n// &lt;\\n"
	    "s \\= &quot;\\\\n&quot;</code></pre>{\n"
	    "\t=<code>\\{'k'\\: 1\\}</code>\n"
	    "\t~<code>\\{k\\: 1\\}</code>#quotes \\~ dropped\n"
	    "\t~<code>[1]</code>\n"
	    "}\n\n");
	free(s);
	question_free(&q);
}

static void
test_gift_select(void **state)
{
	struct question	 q;
	enum export_fit	 fit;
	char		*s;

	question_make(&q, FORM_SELECT, STEM_SELECT, "print(1)\n");
	question_add(&q, xstrdup("It prints 1"), 1, SOURCE_TRUTH, NULL);
	question_add(&q, xstrdup("[x] it raises"), 0, SOURCE_GENERIC, "no");
	question_add(&q, xstrdup("It ends"), 1, SOURCE_TRUTH, NULL);
	question_add(&q, xstrdup("%5% of it"), 1, SOURCE_TRUTH, NULL);
	q.pick = 3;
	s = export_one(EXPORT_GIFT, &q, &fit);
	/* Shares of 100 for the right, as much away for a wrong one. */
	assert_non_null(strstr(s, "{\n"
	    "\t~%33.33333%It prints 1\n"
	    "\t~%-33.33333%[html][x] it raises#no\n"
	    "\t~%33.33333%It ends\n"
	    "\t~%33.33333%[html]%5% of it\n"
	    "}\n"));
	free(s);
	question_free(&q);
}

static void
test_gift_left_out(void **state)
{
	static const struct {
		const char	*out;
		const char	*exc;
		enum export_fit	 fit;
	} cases[] = {
		{ "42\n", NULL, EXPORT_FITS },
		{ "[1, 2]\n", NULL, EXPORT_FITS },
		{ "True\n", NULL, EXPORT_NOT_ONE_ANSWER },	/* case */
		{ "1\n2\n", NULL, EXPORT_NOT_ONE_ANSWER },	/* lines */
		{ "2 * 3\n", NULL, EXPORT_NOT_ONE_ANSWER },	/* wildcard */
		{ " 4\n", NULL, EXPORT_NOT_ONE_ANSWER },	/* trimmed */
		{ "", NULL, EXPORT_NOT_ONE_ANSWER },
		{ "1\n", "KeyError", EXPORT_NOT_ONE_ANSWER },
	};
	struct question	 q;
	enum export_fit	 fit;
	size_t		 i;
	char		*s;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		question_make(&q, FORM_OUTPUT, STEM_OUTPUT, "print()\n");
		q.truth.out = xstrdup(cases[i].out);
		q.truth.out_len = strlen(cases[i].out);
		q.truth.exc_type = cases[i].exc ? xstrdup(cases[i].exc) : NULL;
		s = export_one(EXPORT_GIFT, &q, &fit);
		assert_int_equal(fit, cases[i].fit);
		if (fit != EXPORT_FITS)
			assert_string_equal(s, "");
		free(s);
		question_free(&q);
	}
	question_make(&q, FORM_ORDER, STEM_ORDER, "a = 1\n");
	s = export_one(EXPORT_GIFT, &q, &fit);
	assert_int_equal(fit, EXPORT_NO_ORDERING);
	assert_string_equal(s, "");
	free(s);
	question_free(&q);
}

static void
test_json_bytes(void **state)
{
	struct question	 q;
	enum export_fit	 fit;
	char		*s;

	question_make(&q, FORM_CHOICE, STEM_OUTPUT, "print(b)\n");
	question_add(&q, xstrdup("\xff!\n"), 1, SOURCE_TRUTH, NULL);
	question_add(&q, xstrdup("2\n"), 0, SOURCE_GENERIC, "g");
	s = export_one(EXPORT_JSON, &q, &fit);
	assert_int_equal(fit, EXPORT_FITS);
	assert_non_null(strstr(s, "\"options\":[{\"letter\":\"A\",\"text\":"
	    "\"\xef\xbf\xbd!\",\"right\":true,\"source\":\"truth\",\"label\":"
	    "null},{\"letter\":\"B\",\"text\":\"2\",\"right\":false,"
	    "\"source\":\"generic\",\"label\":\"g\"}],\"pick\":1,"
	    "\"answer\":\"A\",\"explanation\":null,\"key\":\"run\","
	    "\"source\":null}\n"));
	assert_ptr_equal(strstr(s, "{\"item\":\"b.md#x\",\"exam\":"
	    "\"PCEP-30-02\",\"objective\":\"PCEP-30-02 3.3\",\"form\":"
	    "\"choice\",\"stem_kind\":\"output\",\"stem\":"), s);
	free(s);
	question_free(&q);
}

static void
test_md(void **state)
{
	struct question	 q;
	enum export_fit	 fit;
	char		*s;

	question_make(&q, FORM_CHOICE, STEM_OUTPUT, "print('```')\n");
	question_add(&q, xstrdup("a`b\n"), 1, SOURCE_TRUTH, NULL);
	question_add(&q, xstrdup("1\n2\n"), 0, SOURCE_MISREADING, "*two*");
	question_add(&q, xstrdup("(nothing is printed)\n"), 0, SOURCE_GENERIC,
	    NULL);
	s = export_one(EXPORT_MD, &q, &fit);
	assert_string_equal(s, "# Questions\n\n"
	    "## Question 1\n\nWhat does this print?\n\n"
	    "````python\nprint('```')\n````\n\n"
	    "A) ``a`b``\n\n"
	    "B)\n\n```text\n1\n2\n```\n\n"
	    "C) (nothing is printed)\n\n"
	    "## Answers\n\n"
	    "**1.** A (B: \\*two\\*)\n\n");
	free(s);
	question_free(&q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gift_escapes),
		cmocka_unit_test(test_gift_select),
		cmocka_unit_test(test_gift_left_out),
		cmocka_unit_test(test_json_bytes),
		cmocka_unit_test(test_md),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
