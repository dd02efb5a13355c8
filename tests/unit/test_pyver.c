/*
 * test_pyver.c: unit tests for Python version ranges (pyver.c) and the
 * version-specific keys of the bank parser.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bank.h"
#include "pyver.h"

static void
test_matches(void **state)
{
	static const struct { const char *spec, *v; int want; } cases[] = {
		{ ">=3.10", "3.11.2", 1 },
		{ ">=3.12", "3.11.2", 0 },
		{ "<3.12", "3.11.2", 1 },
		{ "<3.11", "3.11.0", 0 },
		{ "==3.11", "3.11.7", 1 },	/* every 3.11.x */
		{ "3.11", "3.11.2", 1 },	/* bare: == */
		{ "!=3.11", "3.11.2", 0 },
		{ ">=3.8,<3.12", "3.11.2", 1 },
		{ ">=3.8, <3.11", "3.11.2", 0 },
		{ ">3.11", "3.11.2", 0 },	/* 3.11.2 counts as 3.11 */
		{ ">3.11.1", "3.11.2", 1 },
		{ "<=3.11", "3.11.9", 1 },
		{ ">=3", "3.11.2", 1 },
		{ ">=3.13", "3.13.0rc1", 1 },
	};
	size_t	 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (pyver_matches(cases[i].spec, cases[i].v) != cases[i].want)
			fail_msg("'%s' against %s: want %d", cases[i].spec,
			    cases[i].v, cases[i].want);
	}
}

static void
test_check(void **state)
{
	static const char *good[] = { ">=3.10", "3.11", "<4", ">=3.8,<3.12",
	    " >= 3.9 ", NULL };
	static const char *bad[] = { "", "3.x", ">=", "~=3.10", "3.10,", "3..1",
	    "latest", NULL };
	char	*cause;
	size_t	 i;

	for (i = 0; good[i] != NULL; i++) {
		cause = NULL;
		if (pyver_check(good[i], &cause) != 0)
			fail_msg("'%s' refused: %s", good[i], cause);
	}
	for (i = 0; bad[i] != NULL; i++) {
		cause = NULL;
		if (pyver_check(bad[i], &cause) != -1)
			fail_msg("'%s' taken", bad[i]);
		assert_non_null(strstr(cause, "version range"));
		free(cause);
	}
}

static struct bank *
parse(const char *src)
{
	return (bank_parse("t.md", src, strlen(src)));
}

static void
test_keys(void **state)
{
	struct bank		*b;
	struct bank_keys	 k;
	const struct bank_item	*it;

	b = parse("## v\n"
	    "- python: >=3.8\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "```output\n"
	    "old\n"
	    "```\n"
	    "```output python>=3.12\n"
	    "new\n"
	    "```\n"
	    "```error python>=3.13\n"
	    "ValueError: no\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	it = &b->items[0];
	assert_string_equal(it->python, ">=3.8");
	assert_int_equal(it->nalts, 2);
	bank_item_keys(it, "3.11.2", &k);
	assert_string_equal(k.output->text, "old\n");
	assert_null(k.error_type);
	bank_item_keys(it, "3.12.1", &k);
	assert_string_equal(k.output->text, "new\n");
	assert_null(k.error_type);
	bank_item_keys(it, "3.13.0", &k);
	assert_string_equal(k.output->text, "new\n");
	assert_string_equal(k.error_type, "ValueError");
	assert_string_equal(k.error_msg, "no");
	bank_free(b);

	b = parse("## v\n- python: newest\n```python\npass\n```\n");
	assert_int_equal(b->nerrors, 1);
	assert_non_null(strstr(b->errors[0].msg, "version range"));
	bank_free(b);
	b = parse("## v\n```python\npass\n```\n```output python>=3.12\n1\n```\n"
	    "```output python>=3.12\n2\n```\n");
	assert_int_equal(b->nerrors, 1);
	assert_non_null(strstr(b->errors[0].msg, "a second"));
	bank_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_keys),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
