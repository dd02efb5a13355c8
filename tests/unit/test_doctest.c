/*
 * test_doctest.c: the doctest reader (doctest.c), data-driven: each
 * tests/doctest/NAME (Markdown, reST or doctest's *.txt) is read and its
 * sessions dumped; the dump must be NAME.expected, line for line.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doctest.h"
#include "util.h"

#define DATA	SQ_SRCDIR "/tests/doctest"

/* Every session of f, dumped. */
static char *
dump(const struct doctest_file *f)
{
	struct buf	 b;
	size_t		 i;
	char		*s;

	buf_init(&b);
	for (i = 0; i < f->nsessions; i++) {
		s = doctest_dump(&f->sessions[i]);
		buf_adds(&b, s);
		free(s);
	}
	s = buf_detach(&b, NULL);
	return (s ? s : xstrdup(""));
}

static int
has_suffix(const char *s, const char *suffix)
{
	size_t	 n = strlen(s), m = strlen(suffix);

	return (n >= m && strcmp(s + n - m, suffix) == 0);
}

/* Each data file read as its name says gives its .expected sessions. */
static void
test_files(void **state)
{
	struct doctest_file	*f;
	struct dirent		*de;
	DIR			*d;
	char			*path, *want_path, *want, *got, *cause = NULL;
	size_t			 len;
	int			 n = 0;

	assert_non_null(d = opendir(DATA));
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || has_suffix(de->d_name, ".expected"))
			continue;
		path = xprintf("%s/%s", DATA, de->d_name);
		want_path = xprintf("%s.expected", path);
		if (util_read_file(want_path, 1 << 20, &want, &len, &cause) ==
		    -1)
			fail_msg("%s", cause);
		if ((f = doctest_load(path, &cause)) == NULL)
			fail_msg("%s", cause);
		got = dump(f);
		if (strcmp(got, want) != 0)
			fail_msg("%s: the sessions read:\n%s\nexpected:\n%s",
			    de->d_name, got, want);
		doctest_free(f);
		free(got);
		free(want);
		free(want_path);
		free(path);
		n++;
	}
	closedir(d);
	assert_true(n >= 6);
}

/* The syntax is the name's: Markdown for .md and .markdown, else reST. */
static void
test_syntax_of(void **state)
{
	assert_int_equal(doctest_syntax_of("README.md"), DOCTEST_MARKDOWN);
	assert_int_equal(doctest_syntax_of("a/b.markdown"), DOCTEST_MARKDOWN);
	assert_int_equal(doctest_syntax_of("NOTES.MD"), DOCTEST_MARKDOWN);
	assert_int_equal(doctest_syntax_of("index.rst"), DOCTEST_REST);
	assert_int_equal(doctest_syntax_of("tutorial.rst.txt"), DOCTEST_REST);
	assert_int_equal(doctest_syntax_of("md/README"), DOCTEST_REST);
}

/* CRLF lines: the CR is neither code nor output; no final newline. */
static void
test_crlf(void **state)
{
	static const char	 text[] = "```\r\n>>> 1 +\\\r\n... 1\r\n2\r\n"
				    "```\r\n\r\n```\r\n>>> 3\r\n3";
	struct doctest_file	*f;
	char			*got;

	f = doctest_parse("crlf.md", text, sizeof text - 1,
	    DOCTEST_MARKDOWN);
	got = dump(f);
	assert_string_equal(got, "session 2\n2 >>> 1 +\\\n3 ... 1\n4 | 2\n"
	    "session 8\n8 >>> 3\n9 | 3\n");
	free(got);
	doctest_free(f);
}

/* A prompt must be followed by a space or end its line (doctest's rule). */
static void
test_prompt(void **state)
{
	static const char	 text[] = ">>>x = 1\n\n>>>\n\n>>> 2\n2\n";
	struct doctest_file	*f;
	char			*got;

	f = doctest_parse("p.rst", text, sizeof text - 1, DOCTEST_REST);
	got = dump(f);
	/* ">>>" alone is an empty example, which doctest drops. */
	assert_string_equal(got, "session 5\n5 >>> 2\n6 | 2\n");
	free(got);
	doctest_free(f);
	doctest_free(NULL);
}

/* NUL bytes are text like any other: no crash, the lines kept. */
static void
test_nul(void **state)
{
	static const char	 text[] = "```\n>>> #\0x\n>>> 1\0\n1\n```\n";
	struct doctest_file	*f;
	char			*got;

	f = doctest_parse("nul.md", text, sizeof text - 1, DOCTEST_MARKDOWN);
	assert_int_equal(f->nsessions, 1);
	assert_int_equal(f->sessions[0].nexamples, 2);
	assert_int_equal(f->sessions[0].examples[1].line, 3);
	assert_int_equal(f->sessions[0].examples[1].want_line, 4);
	/* The dump shows a line up to its NUL. */
	got = dump(f);
	assert_string_equal(got, "session 2\n2 >>> #\n3 >>> 1\n4 | 1\n");
	free(got);
	doctest_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_syntax_of),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_prompt),
		cmocka_unit_test(test_nul),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
