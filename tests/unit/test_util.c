/*
 * test_util.c: the text helpers the terminal layer uses.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"

/*
 * util_clip: what fits is kept whole; a cut shows as an ellipsis, comes
 * after a space when one is near the end, and never splits a code point.
 */
static void
test_clip(void **state)
{
	static const struct {
		const char	*in;
		int		 width;
		const char	*out;
	} cases[] = {
		{ "x = 1", 10, "x = 1" },
		{ "x = 1", 5, "x = 1" },
		{ "abcdefghij", 5, "abcd\xe2\x80\xa6" },
		/* "10, 11" is not cut into "10, 1": after the space. */
		{ "x = [9, 10, 11, 12]", 14, "x = [9, 10, \xe2\x80\xa6" },
		/* No space near the end: cut where it must. */
		{ "y = 'aaaaaaaaaaaa'", 12, "y = 'aaaaaa\xe2\x80\xa6" },
		/* Code points, not bytes: é is two bytes, one column. */
		{ "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 3,
		    "\xc3\xa9\xc3\xa9\xe2\x80\xa6" },
		{ "abc", 0, "" },
	};
	size_t	 i;
	char	*s;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = util_clip(cases[i].in, cases[i].width);
		assert_string_equal(s, cases[i].out);
		free(s);
	}
}

/*
 * util_wrap: prose is filled again to the width; code, lists and long
 * words stay as written; blank lines and the final newline are kept.
 */
static void
test_wrap(void **state)
{
	static const struct {
		const char	*in;
		int		 width;
		const char	*out;
	} cases[] = {
		{ "one two three four\n", 9, "one two\nthree\nfour\n" },
		/* Joined first: the lines of a paragraph are one text. */
		{ "one\ntwo three\n", 80, "one two three\n" },
		{ "a b\n\nc d\n", 3, "a b\n\nc d\n" },
		{ "a b c\n\nc d e\n", 3, "a b\nc\n\nc d\ne\n" },
		/* Code and lists are not prose. */
		{ "    x = 1 + 2 + 3\n", 5, "    x = 1 + 2 + 3\n" },
		{ "- one two\n- three\n", 4, "- one two\n- three\n" },
		{ "```\nprint(1)\n```\n", 3, "```\nprint(1)\n```\n" },
		/* A word longer than the line is not cut. */
		{ "abcdefgh ij\n", 4, "abcdefgh\nij\n" },
		/* Code points: four é fit in four columns. */
		{ "\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9\n", 5,
		    "\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9\n" },
		{ "no newline at the end", 7, "no\nnewline\nat the\nend" },
		{ "", 10, "" },
	};
	size_t	 i;
	char	*s;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = util_wrap(cases[i].in, cases[i].width);
		assert_string_equal(s, cases[i].out);
		free(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clip),
		cmocka_unit_test(test_wrap),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
