/*
 * test_highlight.c: unit tests for highlighting by tokenize (highlight.c),
 * in a real oracle: tokens as CPython sees them, byte columns after
 * non-ASCII text, and programs tokenize cannot finish.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "highlight.h"
#include "oracle.h"
#include "result.h"

/* Visible marks instead of ANSI colours: [N:1e-3] is a number. */
static const char *const marks[HL_KINDS] = {
	[HL_KEYWORD] = "[K:", [HL_BUILTIN] = "[B:", [HL_EXCEPTION] = "[E:",
	[HL_STRING] = "[S:", [HL_NUMBER] = "[N:", [HL_COMMENT] = "[C:",
};

static struct oracle	*oracle;

static int
setup(void **state)
{
	struct oracle_opts	 opts = { .hash_seed = 0, .quiet = 1 };
	char			*cause = NULL;

	if ((oracle = oracle_start(&opts, &cause)) == NULL) {
		fprintf(stderr, "oracle_start: %s\n", cause);
		free(cause);
		return (-1);
	}
	return (0);
}

static int
teardown(void **state)
{
	oracle_stop(oracle);
	return (0);
}

static struct highlight *
scan(const char *src, size_t len)
{
	struct highlight	*h;
	char			*cause = NULL;

	if (highlight_scan(oracle, src, len, &h, &cause) == -1)
		fail_msg("highlight_scan: %s", cause);
	assert_non_null(h);
	return (h);
}

/*
 * Scan src and check each of its lines, rendered with the marks, against
 * want (NULL-terminated, one a line); complete is what tokenize said.
 */
static void
check(const char *src, int complete, const char *const *want)
{
	struct highlight	*h;
	char			*s;
	int			 i;

	h = scan(src, strlen(src));
	for (i = 0; want[i] != NULL; i++) {
		s = highlight_render(h, src, strlen(src), i + 1, marks, "]");
		if (strcmp(s, want[i]) != 0)
			fail_msg("line %d of %s: got '%s', want '%s'", i + 1,
			    src, s, want[i]);
		free(s);
	}
	assert_int_equal(h->complete, complete);
	highlight_free(h);
}

static void
test_numbers(void **state)
{
	/* The hand lexer made 1e-3 three tokens. */
	check("x = 1e-3 + 0x1F + 1_000 + 3j - .5e+2\n", 1, (const char *[]){
	    "x = [N:1e-3] + [N:0x1F] + [N:1_000] + [N:3j] - [N:.5e+2]",
	    NULL });
}

static void
test_strings(void **state)
{
	/* Prefixes belong to the string; f-strings are one string. */
	check("print(f\"a{x!r}b\", r'\\d', b'..', Rb\"\\n\")\n", 1,
	    (const char *[]){
	    "[B:print]([S:f\"a{x!r}b\"], [S:r'\\d'], [S:b'..'], [S:Rb\"\\n\"])",
	    NULL });
	check("s = '''one\ntwo\nthree''' + 'x'  # end\nprint(s)\n", 1,
	    (const char *[]){
	    "s = [S:'''one]",
	    "[S:two]",
	    "[S:three'''] + [S:'x']  [C:# end]",
	    "[B:print](s)",
	    "",
	    NULL });
}

static void
test_comment(void **state)
{
	check("x = 1  # one, 'not' a string\n#only\n", 1, (const char *[]){
	    "x = [N:1]  [C:# one, 'not' a string]",
	    "[C:#only]",
	    NULL });
}

static void
test_names(void **state)
{
	/* self is no keyword and no built-in; obj.min is an attribute. */
	check("class A:\n"
	    "    def f(self, match):\n"
	    "        return print(len(self), None, obj.min)\n"
	    "raise ValueError from None\n", 1, (const char *[]){
	    "[K:class] A:",
	    "    [K:def] f(self, match):",
	    "        [K:return] [B:print]([B:len](self), [K:None], obj.min)",
	    "[K:raise] [E:ValueError] [K:from] [K:None]",
	    NULL });
}

static void
test_bytes_not_chars(void **state)
{
	static const char bad[] = "x = '\xff\xfe' + 1  # \xe9\n";
	struct highlight	*h;
	char			*s;

	/* Columns count bytes: é is two, so a character count lands short. */
	check("s = \"\xc3\xa9t\xc3\xa9\" + 12  # n\xc3\xa9 3\n"
	    "\xc3\xa9 = 1e-3\n", 1, (const char *[]){
	    "s = [S:\"\xc3\xa9t\xc3\xa9\"] + [N:12]  [C:# n\xc3\xa9 3]",
	    "\xc3\xa9 = [N:1e-3]",
	    NULL });
	/* Bytes that are not UTF-8 count one each. */
	h = scan(bad, sizeof bad - 1);
	s = highlight_render(h, bad, sizeof bad - 1, 1, marks, "]");
	assert_string_equal(s, "x = [S:'\xff\xfe'] + [N:1]  [C:# \xe9]");
	free(s);
	highlight_free(h);
}

static void
test_broken(void **state)
{
	/* An unterminated string: spans up to it, plain text after. */
	check("x = 1\nprint('abc + 2\ny = 3\n", 0, (const char *[]){
	    "x = [N:1]",
	    "[B:print]('abc + 2",
	    "y = 3",
	    NULL });
	check("s = \"\"\"never\nclosed 1\n", 0, (const char *[]){
	    "s = \"\"\"never",
	    "closed 1",
	    NULL });
	/* Bad indentation. */
	check("if x:\n    y = 1\n  z = 2\n", 0, (const char *[]){
	    "[K:if] x:",
	    "    y = [N:1]",
	    "  z = 2",
	    NULL });
	check("", 1, (const char *[]){ "", NULL });
}

static void
test_render(void **state)
{
	static const char src[] = "for i in range(3):\n    pass";
	const char		*partial[HL_KINDS] = { [HL_NUMBER] = "<" };
	struct highlight	*h;
	char			*s;

	h = scan(src, sizeof src - 1);
	/* No colours, or none for a kind: plain. */
	s = highlight_render(h, src, sizeof src - 1, 1, NULL, "]");
	assert_string_equal(s, "for i in range(3):");
	free(s);
	s = highlight_render(NULL, src, sizeof src - 1, 1, marks, "]");
	assert_string_equal(s, "for i in range(3):");
	free(s);
	s = highlight_render(h, src, sizeof src - 1, 1, partial, ">");
	assert_string_equal(s, "for i in range(<3>):");
	free(s);
	/* The last line has no newline; past the end is empty. */
	s = highlight_render(h, src, sizeof src - 1, 2, marks, "]");
	assert_string_equal(s, "    [K:pass]");
	free(s);
	s = highlight_render(h, src, sizeof src - 1, 3, marks, "]");
	assert_string_equal(s, "");
	free(s);
	s = highlight_render(h, src, sizeof src - 1, 0, marks, "]");
	assert_string_equal(s, "");
	free(s);
	highlight_free(h);
	highlight_free(NULL);
}

/* highlight_parse on reports made by hand: what a driver could not say. */
static struct highlight *
parse(const char *out, enum verdict v, int want)
{
	struct result		 r;
	struct highlight	*h;
	char			*cause = NULL;

	result_init(&r);
	r.verdict = v;
	r.out = (char *)out;
	r.out_len = strlen(out);
	assert_int_equal(highlight_parse(&r, &h, &cause), want);
	if (want == -1) {
		assert_null(h);
		assert_non_null(cause);
		free(cause);
	}
	return (h);
}

static void
test_parse(void **state)
{
	struct highlight	*h;
	char			*s;

	/* Columns past the line are kept inside it. */
	h = parse("1 0 1 99 number\n2 5 9 0 string\nend 1\n", VERDICT_OK, 0);
	assert_int_equal(h->nspans, 2);
	s = highlight_render(h, "ab\ncd", 5, 1, marks, "]");
	assert_string_equal(s, "[N:ab]");
	free(s);
	s = highlight_render(h, "ab\ncd", 5, 2, marks, "]");
	assert_string_equal(s, "cd");
	free(s);
	highlight_free(h);
	/* A span before the last one's end, or malformed: not trusted. */
	parse("1 2 1 4 number\n1 3 1 5 string\nend 1\n", VERDICT_OK, -1);
	parse("1 2 1 4 colour\nend 1\n", VERDICT_OK, -1);
	parse("1 2 1 4 number \nend 1\n", VERDICT_OK, -1);
	parse("0 2 1 4 number\nend 1\n", VERDICT_OK, -1);
	parse("1 2 1 1 number\nend 1\n", VERDICT_OK, -1);
	parse("1 -2 1 4 number\nend 1\n", VERDICT_OK, -1);
	/* No last line: an error, unless the output limit cut it. */
	parse("1 0 1 1 number\n", VERDICT_OK, -1);
	parse("", VERDICT_TIMEOUT, -1);
	h = parse("1 0 1 1 number\n1 2 1", VERDICT_OUTPUT, 0);
	assert_int_equal(h->nspans, 1);
	assert_int_equal(h->complete, 0);
	highlight_free(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_comment),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_bytes_not_chars),
		cmocka_unit_test(test_broken),
		cmocka_unit_test(test_render),
		cmocka_unit_test(test_parse),
	};

	return (cmocka_run_group_tests(tests, setup, teardown));
}
