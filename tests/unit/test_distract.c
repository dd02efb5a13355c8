/*
 * test_distract.c: "select two" from misreadings (distract_statements):
 * how claims become options (distract_pick, pure), and, in one oracle,
 * that every false statement or expression is what a misreading predicts,
 * judged by running, never a filler.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "bank.h"
#include "distract.h"
#include "oracle_fixture.h"
#include "oracle.h"
#include "util.h"

static struct oracle	*oracle;
static struct distract	*distract;

/* A claim list: text, key, label (NULL: true). */
#define T(text, key)		{ (char *)(text), (char *)(key), NULL, 1, 0 }
#define F(text, key, label)	{ (char *)(text), (char *)(key), label, 0, 0 }

/*
 * Three false ones, one per misreading and per key first; then the true
 * ones about what a false one is about, in the false ones' order.
 */
static void
test_pick_keys(void **state)
{
	static const struct distract_claim c[] = {
		T("x is 5", "x"),
		T("line 1 is 5", "line 1"),
		T("y is 2", "y"),
		F("x is 6", "x", "m1"),
		F("line 1 is 6", "line 1", "m1"),
		F("x is 4", "x", "m2"),
		F("y is 3", "y", "m2"),
		F("x is 7", "x", "m3"),
	};
	struct distract_option	*op;
	int			 n;

	n = distract_pick(c, (int)(sizeof c / sizeof c[0]), &op);
	assert_int_equal(n, 5);
	assert_string_equal(op[0].text, "x is 5");
	assert_string_equal(op[1].text, "y is 2");
	assert_true(op[0].correct && op[1].correct);
	assert_null(op[0].label);
	/* m2's first new key is y; m3 is left only x: taken on pass 1. */
	assert_string_equal(op[2].text, "x is 6");
	assert_string_equal(op[2].label, "m1");
	assert_string_equal(op[3].text, "y is 3");
	assert_string_equal(op[3].label, "m2");
	assert_string_equal(op[4].text, "x is 7");
	assert_string_equal(op[4].label, "m3");
	assert_false(op[2].correct || op[3].correct || op[4].correct);
	assert_false(op[2].generic || op[3].generic || op[4].generic);
	distract_options_free(op, n);
}

/* Fewer than two false claims: no question, and nothing to fill it. */
static void
test_pick_too_few(void **state)
{
	static const struct distract_claim one[] = {
		T("x is 5", "x"),
		T("line 1 is 5", "line 1"),
		F("x is 6", "x", "m1"),
		F("x is 6", "x", "m2"),	/* the same words: said once */
	};
	static const struct distract_claim no_true[] = {
		T("x is 5", "x"),
		F("x is 6", "x", "m1"),
		F("x is 4", "x", "m2"),
	};
	static const struct distract_claim same_label[] = {
		T("x is 5", "x"),
		T("y is 1", "y"),
		F("x is 6", "x", "m1"),
		F("y is 2", "y", "m1"),
	};
	struct distract_option	*op;
	int			 n;

	assert_int_equal(distract_pick(one, 4, &op), 0);
	assert_null(op);
	assert_int_equal(distract_pick(no_true, 3, &op), 0);
	assert_null(op);
	/* Two statements of one misreading still make a question. */
	n = distract_pick(same_label, 4, &op);
	assert_int_equal(n, 4);
	assert_string_equal(op[2].label, "m1");
	assert_string_equal(op[3].label, "m1");
	distract_options_free(op, n);
}

static void
test_ordinal(void **state)
{
	char	*s;

	s = distract_ordinal_line(1, "3 4");
	assert_string_equal(s, "The second line printed is `3 4`");
	free(s);
	s = distract_ordinal_line(11, "x");
	assert_string_equal(s, "Line 12 of the output is `x`");
	free(s);
}

static const char select_bank[] =
    "# s\n\n"
    "## values\n\n"
    "```python\n"
    "a = [1, 2, 3]\nb = a\nb.append(4)\ntotal = 0\n"
    "for i in range(1, 4):\n    total += i\nprint(total, len(a))\n"
    "```\n\n"
    "## nothing\n\n"
    "```python\nprint('hello')\n```\n\n"
    "## odd-names\n\n"
    "```python\n"
    "globals()['print(1) or x'] = 5\nglobals()['y z'] = [1]\n"
    "total = 0\nfor i in range(1, 4):\n    total += i\nprint(total)\n"
    "```\n";

/* Is text among the n options? */
static int
has(const struct distract_option *op, int n, const char *text, int correct)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(op[i].text, text) == 0 && op[i].correct == correct)
			return (1);
	}
	return (0);
}

/*
 * The values' item: each false option labelled, from a misreading, and
 * its words a value the truth's run does not have; the truth's values
 * right. A program with nothing to misread is not asked at all.
 */
static void
test_statements(void **state)
{
	struct distract_select	 sel;
	struct oracle_req	 req;
	struct result		 truth;
	struct bank		*b;
	char			*cause = NULL;
	int			 i;

	b = bank_parse("s.md", select_bank, strlen(select_bank));
	assert_int_equal(b->nerrors, 0);
	oracle_req_item(&req, &b->items[0], b->items[0].code->text,
	    b->items[0].code->len);
	assert_int_equal(oracle_run(oracle, &req, &truth, &cause), 0);
	assert_int_equal(distract_statements(distract, oracle, &b->items[0],
	    &truth, &sel, &cause), 0);
	result_free(&truth);
	assert_true(sel.nstatements >= 4 && sel.nexprs >= 4);
	for (i = 0; i < sel.nstatements; i++) {
		assert_false(sel.statements[i].generic);
		assert_true(sel.statements[i].correct == (i < 2));
		assert_true((sel.statements[i].label == NULL) == (i < 2));
	}
	for (i = 0; i < sel.nexprs; i++) {
		assert_false(sel.exprs[i].generic);
		assert_true(sel.exprs[i].correct == (i < 2));
	}
	/* The truth's values; what "x += y taken as x = y" predicts. */
	assert_true(has(sel.statements, sel.nstatements,
	    "`total` is 6 after the code runs", 1));
	assert_true(has(sel.statements, sel.nstatements,
	    "`total` is 3 after the code runs", 0));
	assert_true(has(sel.exprs, sel.nexprs, "total == 6", 1));
	assert_true(has(sel.exprs, sel.nexprs, "total == 3", 0));
	/* b = a taken as making a copy: a is [1, 2, 3]. */
	assert_true(has(sel.exprs, sel.nexprs, "len(a) == 3", 0));
	assert_false(has(sel.exprs, sel.nexprs, "len(a) == 4", 0));
	distract_select_free(&sel);

	oracle_req_item(&req, &b->items[1], b->items[1].code->text,
	    b->items[1].code->len);
	assert_int_equal(oracle_run(oracle, &req, &truth, &cause), 0);
	assert_int_equal(distract_statements(distract, oracle, &b->items[1],
	    &truth, &sel, &cause), 0);
	result_free(&truth);
	assert_int_equal(sel.nstatements, 0);
	assert_null(sel.statements);
	assert_int_equal(sel.nexprs, 0);
	distract_select_free(&sel);

	/*
	 * A snippet may put any string in globals(): only identifiers are
	 * quoted, so no option is code a bank slipped in as a name.
	 */
	oracle_req_item(&req, &b->items[2], b->items[2].code->text,
	    b->items[2].code->len);
	assert_int_equal(oracle_run(oracle, &req, &truth, &cause), 0);
	assert_int_equal(distract_statements(distract, oracle, &b->items[2],
	    &truth, &sel, &cause), 0);
	result_free(&truth);
	assert_true(sel.nstatements >= 4 && sel.nexprs >= 4);
	for (i = 0; i < sel.nstatements; i++)
		assert_null(strstr(sel.statements[i].text, "print(1)"));
	for (i = 0; i < sel.nexprs; i++) {
		assert_null(strstr(sel.exprs[i].text, "print(1)"));
		assert_null(strstr(sel.exprs[i].text, "y z"));
	}
	distract_select_free(&sel);
	bank_free(b);
}

static int
group_setup(void **state)
{
	return (oracle_fixture_start(&oracle, &distract));
}

static int
group_teardown(void **state)
{
	distract_free(distract);
	oracle_stop(oracle);
	return (0);
}

/* Where a misread program bites: the line it changes, or follows. */
static void
test_line_differs(void **state)
{
	static const struct {
		const char	*misread;
		int		 line;
	} cases[] = {
		{ "a\nb\nc\n", 0 },
		{ "a\nb\nc", 0 },		/* no last newline: the same */
		{ "a\nB\nc\n", 2 },		/* changed */
		{ "a\nc\n", 2 },		/* dropped */
		{ "a\nb\n    X\nc\n", 2 },	/* added: the line before */
		{ "X\na\nb\nc\n", 1 },	/* added first */
		{ "a\nb\nc\nX\n", 3 },	/* added last */
		{ "b\na\nc\n", 1 },		/* moved */
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (distract_line_differs("a\nb\nc\n", 6, cases[i].misread,
		    strlen(cases[i].misread)) != cases[i].line)
			fail_msg("case %zu: not line %d", i, cases[i].line);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pick_keys),
		cmocka_unit_test(test_pick_too_few),
		cmocka_unit_test(test_ordinal),
		cmocka_unit_test(test_statements),
		cmocka_unit_test(test_line_differs),
	};

	return (cmocka_run_group_tests(tests, group_setup, group_teardown));
}
