/*
 * test_gap.c: unit tests for blanks (gap.c), the ```fill and ```options
 * blocks of the bank parser, and how output options are judged
 * (option.c) against a result.
 */
#define _GNU_SOURCE	/* asprintf */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bank.h"
#include "gap.h"
#include "option.h"
#include "result.h"

static void
test_gap_count(void **state)
{
	static const struct { const char *code; int n; } cases[] = {
		{ "print(___)\n", 1 },
		{ "print(___, ___)\n", 2 },
		{ "x___ = 1\n", 0 },		/* part of a name */
		{ "____ = 1\n", 0 },		/* four underscores */
		{ "___x\n", 0 },
		{ "a[___]\n", 1 },
		{ "", 0 },
	};
	size_t	 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(gap_count(cases[i].code,
		    strlen(cases[i].code)), cases[i].n);
}

static void
test_gap_fill(void **state)
{
	char	*s;
	size_t	 len;

	s = gap_fill("print(x[___])\n", 14, "-1\n", 3, &len);
	assert_string_equal(s, "print(x[-1])\n");
	assert_int_equal(len, strlen(s));
	free(s);
	/* Only the first blank; a name around ___ is no blank. */
	s = gap_fill("a___ = ___\n", 11, "2", 1, &len);
	assert_string_equal(s, "a___ = 2\n");
	free(s);
	s = gap_fill("print(1)\n", 9, "2", 1, &len);
	assert_string_equal(s, "print(1)\n");
	free(s);
}

static void
test_gap_make(void **state)
{
	const char	*code = "x = 7\nprint(x // 2)\n";
	char		*blanked, *key, *again;
	size_t		 len;
	int		 i;

	for (i = 0; i < 20; i++) {
		srandom((unsigned int)i);
		assert_int_equal(gap_make(code, strlen(code), &blanked, &key), 0);
		assert_int_equal(gap_count(blanked, strlen(blanked)), 1);
		/* Filling the blank with its key gives the code back. */
		again = gap_fill(blanked, strlen(blanked), key, strlen(key),
		    &len);
		assert_string_equal(again, code);
		assert_true(strcmp(key, "7") == 0 || strcmp(key, "//") == 0 ||
		    strcmp(key, "2") == 0);
		free(again);
		free(blanked);
		free(key);
	}
	/* Strings and comments are never cut into. */
	code = "print('1 + 2')  # 3\n";
	assert_int_equal(gap_make(code, strlen(code), &blanked, &key), -1);
}

/* The alternatives of fill, joined by '|' in the order given. */
static char *
alternatives(const char *fill)
{
	char	**alts, *s, *t;
	int	  n, i, j;

	n = gap_alternatives(fill, &alts);
	assert_true(n >= 0);
	if (n == 0)
		assert_null(alts);
	s = strdup("");
	for (i = 0; i < n; i++) {
		/* Each new, none the fill itself. */
		assert_string_not_equal(alts[i], fill);
		for (j = 0; j < i; j++)
			assert_string_not_equal(alts[i], alts[j]);
		if (asprintf(&t, "%s%s%s", s, i ? "|" : "", alts[i]) == -1)
			fail();
		free(s);
		s = t;
	}
	for (i = 0; i < n; i++)
		free(alts[i]);
	free(alts);
	return (s);
}

static void
test_gap_alternatives(void **state)
{
	static const struct { const char *fill, *alts; } cases[] = {
		/* n+1, n-1, 2n, 0: never negative, never n itself. */
		{ "2", "3|1|4|0" },
		{ "1", "2|0" },
		{ "0", "1" },
		{ "10", "11|9|20|0" },
		/* After a minus: not "-0". */
		{ "-1", "-2" },
		{ "-3", "-4|-2|-6" },
		/* Too long a number to change. */
		{ "1234567890", "" },
		/* An operator for its kin. */
		{ "//", "/|%|*|**" },
		{ "<", "<=|>|>=|==|!=" },
		{ "and", "or" },
		/* A built-in's name, alone (a made blank's key) or called. */
		{ "max", "len|sum|min|sorted|list" },
		{ "abs(x)", "round(x)|int(x)" },
		/* Every token of a line, one at a time. */
		{ "len(x) - 1", "sum(x) - 1|max(x) - 1|min(x) - 1|"
		    "sorted(x) - 1|list(x) - 1|len(x) + 1|len(x) * 1|"
		    "len(x) - 2|len(x) - 0" },
		/* The first line only. */
		{ "2\n3", "3|1|4|0" },
		/* Nothing to change: a string, a name, a float. */
		{ "'abc'", "" },
		{ "\"hello\"", "" },
		{ "x", "" },
		{ "maxim", "" },
		{ "1.5", "" },
		{ "", "" },
	};
	size_t	 i;
	char	*s;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = alternatives(cases[i].fill);
		if (strcmp(s, cases[i].alts) != 0)
			fail_msg("'%s' gives '%s', not '%s'", cases[i].fill, s,
			    cases[i].alts);
		free(s);
	}
}

static struct bank *
parse(const char *src)
{
	return (bank_parse("t.md", src, strlen(src)));
}

static void
test_bank_fill(void **state)
{
	struct bank	*b;
	char		*src;
	size_t		 len;

	b = parse("## g\n"
	    "```python\n"
	    "print(2 ** ___)\n"
	    "```\n"
	    "```fill\n"
	    "3\n"
	    "```\n"
	    "```output\n"
	    "8\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	src = bank_item_source(&b->items[0], &len);
	assert_string_equal(src, "print(2 ** 3)\n");
	free(src);
	bank_free(b);
}

static void
test_bank_fill_errors(void **state)
{
	static const struct { const char *src; int line; const char *word; }
	    cases[] = {
		{ "## g\n```python\nprint(___)\n```\n", 2, "no ```fill" },
		{ "## g\n```python\nprint(1)\n```\n```fill\n1\n```\n", 5,
		    "no blank" },
		{ "## g\n```python\nprint(___, ___)\n```\n```fill\n1\n```\n", 2,
		    "2 blanks" },
		{ "## g\n```python\nprint(___)\n```\n```fill\n1\n2\n```\n", 5,
		    "one line" },
	};
	struct bank	*b;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		b = parse(cases[i].src);
		assert_int_equal(b->nerrors, 1);
		assert_int_equal(b->nitems, 0);
		assert_int_equal(b->errors[0].line, cases[i].line);
		if (strstr(b->errors[0].msg, cases[i].word) == NULL)
			fail_msg("'%s' lacks '%s'", b->errors[0].msg,
			    cases[i].word);
		bank_free(b);
	}
}

static void
test_bank_options(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## o\n"			/* 1 */
	    "```python\n"			/* 2 */
	    "print(1)\n"			/* 3 */
	    "print(2)\n"			/* 4 */
	    "```\n"				/* 5 */
	    "```options\n"			/* 6 */
	    "[x] 1\n"				/* 7 */
	    "    2\n"				/* 8 */
	    "[ ] 1 2\n"				/* 9 */
	    "[X] The code raises an exception\n"	/* 10 */
	    "[ ] 3\n"				/* 11 */
	    "    4\n"				/* 12 */
	    "\n"				/* 13 */
	    "    5\n"				/* 14 */
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	it = &b->items[0];
	assert_int_equal(it->nopts, 4);
	assert_false(it->opts_eval);
	assert_string_equal(it->opts[0].text, "1\n2");
	assert_true(it->opts[0].marked);
	assert_int_equal(it->opts[0].line, 7);
	assert_string_equal(it->opts[1].text, "1 2");
	assert_false(it->opts[1].marked);
	assert_int_equal(it->opts[2].line, 10);
	assert_true(it->opts[2].marked);
	assert_string_equal(it->opts[2].text,
	    "The code raises an exception");
	assert_string_equal(it->opts[3].text, "3\n4\n5");
	assert_int_equal(it->opts[3].line, 11);
	bank_free(b);

	b = parse("## e\n```python\na = 1\n```\n"
	    "```options eval\n[x] a == 1\n[ ] a == 2\n```\n");
	assert_int_equal(b->nerrors, 0);
	assert_true(b->items[0].opts_eval);
	assert_int_equal(b->items[0].nopts, 2);
	bank_free(b);
}

static void
test_bank_options_errors(void **state)
{
	static const struct { const char *opts; const char *word; } cases[] = {
		{ "```options\n(x) 1\n[ ] 2\n```\n", "reads '[x] text'" },
		{ "```options\n[ ] 1\n[ ] 2\n```\n", "mark the right" },
		{ "```options\n[x] 1\n[x] 2\n```\n", "every option" },
		{ "```options\n[x] 1\n```\n", "2 to 6" },
		/* Counted past six, though the rest is not kept. */
		{ "```options\n[x] 1\n[ ] 2\n[ ] 3\n[ ] 4\n[ ] 5\n[ ] 6\n"
		    "[ ] 7\n    7b\n[ ] 1\n[ ] 9\n```\n", "6 options, not 9" },
		{ "```options\n[x] 1\n[ ] 1\n```\n", "twice" },
		{ "```options now\n[x] 1\n[ ] 2\n```\n", "'eval'" },
	};
	struct bank	*b;
	char		*src;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (asprintf(&src, "## o\n```python\nprint(1)\n```\n%s",
		    cases[i].opts) == -1)
			fail();
		b = parse(src);
		assert_int_equal(b->nerrors, 1);
		assert_int_equal(b->nitems, 0);
		if (strstr(b->errors[0].msg, cases[i].word) == NULL)
			fail_msg("'%s' lacks '%s'", b->errors[0].msg,
			    cases[i].word);
		bank_free(b);
		free(src);
	}
}

static void
test_option_output_right(void **state)
{
	struct result	 r;

	memset(&r, 0, sizeof r);
	r.out = "1\n2\n";
	r.out_len = 4;
	assert_true(option_output_right("1\n2", &r));
	assert_false(option_output_right("1 2", &r));
	assert_false(option_output_right("The code raises an exception", &r));
	r.exc_type = "ZeroDivisionError";
	r.exc_msg = "division by zero";
	/* Output then the exception's name, as a typed answer reads. */
	assert_true(option_output_right("1\n2\nZeroDivisionError", &r));
	assert_false(option_output_right("ZeroDivisionError", &r));
	assert_true(option_output_right("The code raises an exception", &r));
	assert_true(option_output_right("the code is erroneous.", &r));
	assert_false(option_output_right("1\n2", &r));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gap_count),
		cmocka_unit_test(test_gap_fill),
		cmocka_unit_test(test_gap_make),
		cmocka_unit_test(test_gap_alternatives),
		cmocka_unit_test(test_bank_fill),
		cmocka_unit_test(test_bank_fill_errors),
		cmocka_unit_test(test_bank_options),
		cmocka_unit_test(test_bank_options_errors),
		cmocka_unit_test(test_option_output_right),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
