/*
 * test_bank.c: unit tests for the bank parser (bank.c) and for rewriting
 * keys in place (update.c).
 *
 * Banks are parsed from strings; each source is written one line to a
 * literal, with the line number in a comment where a test pins it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cmocka.h>

#include "bank.h"
#include "update.h"
#include "util.h"

/* Parse a NUL-terminated bank source. */
static struct bank *
parse(const char *src)
{
	return (bank_parse("t.md", src, strlen(src)));
}

/* Fail unless msg contains word. */
static void
assert_has(const char *msg, const char *word)
{
	assert_non_null(msg);
	if (strstr(msg, word) == NULL)
		fail_msg("message '%s' does not mention '%s'", msg, word);
}

/*
 * Fail unless the bank has exactly one error, at line, whose message
 * holds every word of the NULL-terminated list, and no item survived.
 */
static void
assert_one_error(struct bank *b, int line, ...)
{
	va_list		 ap;
	const char	*word;

	if (b->nerrors != 1) {
		fail_msg("%zu errors, expected 1 (first: %d: %s)", b->nerrors,
		    b->nerrors ? b->errors[0].line : 0,
		    b->nerrors ? b->errors[0].msg : "");
	}
	assert_int_equal(b->errors[0].line, line);
	va_start(ap, line);
	while ((word = va_arg(ap, const char *)) != NULL)
		assert_has(b->errors[0].msg, word);
	va_end(ap);
}

/* Apply the edits to the bank and compare the whole result with want. */
static void
assert_applied(struct bank *b, struct update *u, const char *want)
{
	char	*got;
	size_t	 len;

	got = update_apply(b, u, &len);
	assert_non_null(got);
	assert_string_equal(got, want);
	assert_int_equal(len, strlen(want));
	free(got);
}

static const char minimal[] =
    "## lists.append-1\n"		/* 1 */
    "- objective: PCEP-30-02 2.3\n"	/* 2 */
    "- form: output\n"			/* 3 */
    "\n"				/* 4 */
    "What does this print?\n"		/* 5 */
    "\n"				/* 6 */
    "```python\n"			/* 7 */
    "xs = [1, 2]\n"			/* 8 */
    "xs.append(3)\n"			/* 9 */
    "print(xs)\n"			/* 10 */
    "```\n"				/* 11 */
    "\n"				/* 12 */
    "```output\n"			/* 13 */
    "[1, 2, 3]\n"			/* 14 */
    "```\n"				/* 15 */
    "\n"				/* 16 */
    "`append` adds one element at the end.\n";	/* 17 */

/* The minimal item: id, lines, meta, code, output, prompt and explanation. */
static void
test_minimal_item(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse(minimal);
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nbroken, 0);
	assert_int_equal(b->nitems, 1);
	assert_string_equal(b->path, "t.md");
	assert_int_equal(b->len, strlen(minimal));
	assert_memory_equal(b->data, minimal, b->len);
	it = &b->items[0];
	assert_string_equal(it->id, "lists.append-1");
	assert_int_equal(it->line, 1);
	assert_int_equal(it->end_line, 17);
	assert_int_equal(it->nmeta, 2);
	assert_string_equal(it->meta[0].key, "objective");
	assert_string_equal(it->meta[0].value, "PCEP-30-02 2.3");
	assert_int_equal(it->meta[0].line, 2);
	assert_string_equal(it->meta[1].key, "form");
	assert_string_equal(it->meta[1].value, "output");
	assert_int_equal(it->meta[1].line, 3);
	assert_string_equal(it->objective, "PCEP-30-02 2.3");
	assert_int_equal(it->form, FORM_OUTPUT);
	assert_true(it->timeout == 0);
	assert_non_null(it->code);
	assert_int_equal(it->code->start_line, 7);
	assert_int_equal(it->code->end_line, 11);
	assert_string_equal(it->code->text,
	    "xs = [1, 2]\nxs.append(3)\nprint(xs)\n");
	assert_int_equal(it->code->len, strlen(it->code->text));
	assert_int_equal(it->code->fence_char, '`');
	assert_int_equal(it->code->fence_len, 3);
	assert_int_equal(it->code->indent, 0);
	assert_non_null(it->output);
	assert_int_equal(it->output->start_line, 13);
	assert_int_equal(it->output->end_line, 15);
	assert_string_equal(it->output->text, "[1, 2, 3]\n");
	assert_null(it->error);
	assert_null(it->input);
	assert_null(it->error_type);
	assert_null(it->error_msg);
	assert_string_equal(it->prompt, "What does this print?\n");
	assert_string_equal(it->explanation,
	    "`append` adds one element at the end.\n");
	bank_free(b);
}

/* Code is kept byte for byte: tabs, trailing spaces, inner blank lines. */
static void
test_code_exact_bytes(void **state)
{
	struct bank	*b;

	b = parse("## a\n"
	    "\n"
	    "```python\n"
	    "if x:  \n"
	    "\tprint('a\\tb')   \n"
	    "\n"
	    "\n"
	    "    y = \"\\n\"\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	assert_string_equal(b->items[0].code->text,
	    "if x:  \n\tprint('a\\tb')   \n\n\n    y = \"\\n\"\n");
	assert_int_equal(b->items[0].code->len,
	    strlen(b->items[0].code->text));
	/* No key, no prose: all optional parts are NULL, form defaults. */
	assert_null(b->items[0].output);
	assert_null(b->items[0].prompt);
	assert_null(b->items[0].explanation);
	assert_null(b->items[0].objective);
	assert_int_equal(b->items[0].nmeta, 0);
	assert_int_equal(b->items[0].form, FORM_OUTPUT);
	bank_free(b);
}

/* ~~~ fences work like ``` fences, and the fence character is kept. */
static void
test_tilde_fences(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "~~~python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "~~~\n"			/* 5 */
	    "\n"			/* 6 */
	    "~~~~output\n"		/* 7 */
	    "1\n"			/* 8 */
	    "~~~~\n");			/* 9 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_string_equal(it->code->text, "print(1)\n");
	assert_int_equal(it->code->fence_char, '~');
	assert_int_equal(it->code->fence_len, 3);
	assert_int_equal(it->code->start_line, 3);
	assert_int_equal(it->code->end_line, 5);
	assert_string_equal(it->output->text, "1\n");
	assert_int_equal(it->output->fence_char, '~');
	assert_int_equal(it->output->fence_len, 4);
	assert_int_equal(it->output->end_line, 9);
	bank_free(b);
}

/* A ```` fence holds ``` lines as content, in code and in keys. */
static void
test_longer_fences(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## md.fence\n"	/* 1 */
	    "\n"			/* 2 */
	    "````python\n"		/* 3 */
	    "print('''\n"		/* 4 */
	    "```\n"			/* 5 */
	    "''')\n"			/* 6 */
	    "````\n"			/* 7 */
	    "\n"			/* 8 */
	    "`````output\n"		/* 9 */
	    "\n"			/* 10 */
	    "```\n"			/* 11 */
	    "````\n"			/* 12 */
	    "`````\n");			/* 13 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_string_equal(it->code->text, "print('''\n```\n''')\n");
	assert_int_equal(it->code->fence_len, 4);
	assert_int_equal(it->code->start_line, 3);
	assert_int_equal(it->code->end_line, 7);
	assert_string_equal(it->output->text, "\n```\n````\n");
	assert_int_equal(it->output->fence_len, 5);
	assert_int_equal(it->output->start_line, 9);
	assert_int_equal(it->output->end_line, 13);
	bank_free(b);
}

/* An HTML comment between blocks is neither prose nor an error. */
static void
test_html_comment(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## a\n"		/* 1 */
	    "<!-- reviewed: yes -->\n"	/* 2 */
	    "- form: output\n"		/* 3 */
	    "\n"			/* 4 */
	    "```python\n"		/* 5 */
	    "print(1)\n"		/* 6 */
	    "```\n"			/* 7 */
	    "\n"			/* 8 */
	    "<!--\n"			/* 9 */
	    "## not.an.item\n"		/* 10 */
	    "```output\n"		/* 11 */
	    "-->\n"			/* 12 */
	    "\n"			/* 13 */
	    "```output\n"		/* 14 */
	    "1\n"			/* 15 */
	    "```\n");			/* 16 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	/* The comment under the heading does not stop the metadata. */
	assert_int_equal(it->nmeta, 1);
	assert_string_equal(bank_meta(it, "form"), "output");
	assert_int_equal(it->output->start_line, 14);
	assert_string_equal(it->output->text, "1\n");
	assert_null(it->prompt);
	assert_null(it->explanation);
	bank_free(b);
}

/* Prose, blocks and # headings before the first item are ignored. */
static void
test_prose_outside_items(void **state)
{
	struct bank	*b;

	b = parse("# Lists\n"		/* 1 */
	    "\n"			/* 2 */
	    "Some study notes.\n"	/* 3 */
	    "\n"			/* 4 */
	    "- form: nonsense\n"	/* 5 */
	    "\n"			/* 6 */
	    "```python\n"		/* 7 */
	    "print('not an item')\n"	/* 8 */
	    "```\n"			/* 9 */
	    "\n"			/* 10 */
	    "### Background\n"		/* 11 */
	    "\n"			/* 12 */
	    "## a\n"			/* 13 */
	    "\n"			/* 14 */
	    "```python\n"		/* 15 */
	    "x = 1\n"			/* 16 */
	    "```\n");			/* 17 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	assert_string_equal(b->items[0].id, "a");
	assert_int_equal(b->items[0].line, 13);
	assert_string_equal(b->items[0].code->text, "x = 1\n");
	assert_null(b->items[0].prompt);
	bank_free(b);

	/* An empty bank, and one of prose only, have nothing in them. */
	b = bank_parse("t.md", "", 0);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nerrors, 0);
	bank_free(b);
	b = parse("# Title\n\nJust notes.\n");
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nerrors, 0);
	bank_free(b);
}

/* ### inside an item is explanation; # ends the item. */
static void
test_heading_levels(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "### Why\n"			/* 7 */
	    "\n"			/* 8 */
	    "Because.\n"		/* 9 */
	    "\n"			/* 10 */
	    "# Next chapter\n"		/* 11 */
	    "\n"			/* 12 */
	    "Chapter prose.\n"		/* 13 */
	    "\n"			/* 14 */
	    "```python\n"		/* 15 */
	    "print('not a second block')\n"	/* 16 */
	    "```\n"			/* 17 */
	    "\n"			/* 18 */
	    "## b ##\n"			/* 19 */
	    "\n"			/* 20 */
	    "```python\n"		/* 21 */
	    "print(2)\n"		/* 22 */
	    "```\n");			/* 23 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 2);
	it = &b->items[0];
	assert_string_equal(it->id, "a");
	assert_int_equal(it->end_line, 10);
	assert_string_equal(it->code->text, "print(1)\n");
	assert_string_equal(it->explanation, "### Why\n\nBecause.\n");
	/* A closing sequence of #s is not part of the id. */
	it = &b->items[1];
	assert_string_equal(it->id, "b");
	assert_int_equal(it->line, 19);
	assert_int_equal(it->end_line, 23);
	assert_null(it->explanation);
	bank_free(b);
}

/* An error key of a type alone: error_type set, error_msg NULL. */
static void
test_error_type_only(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## zero\n"		/* 1 */
	    "- form: error\n"		/* 2 */
	    "\n"			/* 3 */
	    "```python\n"		/* 4 */
	    "1 / 0\n"			/* 5 */
	    "```\n"			/* 6 */
	    "\n"			/* 7 */
	    "```error\n"		/* 8 */
	    "ZeroDivisionError\n"	/* 9 */
	    "```\n");			/* 10 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_int_equal(it->form, FORM_ERROR);
	assert_non_null(it->error);
	assert_int_equal(it->error->start_line, 8);
	assert_int_equal(it->error->end_line, 10);
	assert_string_equal(it->error->text, "ZeroDivisionError\n");
	assert_string_equal(it->error_type, "ZeroDivisionError");
	assert_null(it->error_msg);
	assert_null(it->output);
	bank_free(b);
}

/* An error key "Type: message" sets both. */
static void
test_error_type_and_message(void **state)
{
	struct bank	*b;

	b = parse("## key\n"
	    "\n"
	    "```python\n"
	    "{}['a']\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "KeyError: 'a'\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	assert_string_equal(b->items[0].error_type, "KeyError");
	assert_string_equal(b->items[0].error_msg, "'a'");
	bank_free(b);
}

/* A message may go on over several lines; they are all kept. */
static void
test_error_multiline_message(void **state)
{
	struct bank	*b;

	b = parse("## multi\n"
	    "\n"
	    "```python\n"
	    "raise ValueError('one\\ntwo\\nthree')\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "ValueError: one\n"
	    "two\n"
	    "three\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	assert_string_equal(b->items[0].error_type, "ValueError");
	assert_string_equal(b->items[0].error_msg, "one\ntwo\nthree");
	bank_free(b);
}

/* An error block that names no exception is an error at the block. */
static void
test_error_invalid_block(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "1 / 0\n"			/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "```error\n"		/* 7 */
	    "it crashes!\n"		/* 8 */
	    "```\n");			/* 9 */
	assert_one_error(b, 7, "a: ", "error block", "'Type: message'",
	    "it crashes!", NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);

	/* So is an empty one. */
	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "1 / 0\n"			/* 4 */
	    "```\n"			/* 5 */
	    "```error\n"		/* 6 */
	    "\n"			/* 7 */
	    "```\n");			/* 8 */
	assert_one_error(b, 6, "empty", NULL);
	assert_int_equal(b->nitems, 0);
	bank_free(b);
}

/* A ```stdin block is the item's input, not prose. */
static void
test_stdin_block(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## echo\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(input().upper())\n"	/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "```stdin\n"		/* 7 */
	    "hello\n"			/* 8 */
	    "```\n"			/* 9 */
	    "\n"			/* 10 */
	    "```output\n"		/* 11 */
	    "HELLO\n"			/* 12 */
	    "```\n");			/* 13 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_non_null(it->input);
	assert_int_equal(it->input->start_line, 7);
	assert_int_equal(it->input->end_line, 9);
	assert_string_equal(it->input->text, "hello\n");
	assert_string_equal(it->output->text, "HELLO\n");
	assert_null(it->explanation);
	bank_free(b);
}

/* A block with another info string (```text) is prose, not a key. */
static void
test_other_info_string(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## a\n"
	    "\n"
	    "```text\n"
	    "before the code\n"
	    "```\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "\n"
	    "```text\n"
	    "1\n"
	    "```\n"
	    "\n"
	    "```python3\n"
	    "print(2)\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_string_equal(it->code->text, "print(1)\n");
	assert_null(it->output);
	assert_string_equal(it->prompt, "```text\nbefore the code\n```\n");
	assert_string_equal(it->explanation,
	    "```text\n1\n```\n\n```python3\nprint(2)\n```\n");
	bank_free(b);
}

/* Fences indented by up to three spaces count; the indent is recorded. */
static void
test_indented_fences(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "  ```python\n"		/* 3 */
	    "  if x:\n"			/* 4 */
	    "      y()\n"		/* 5 */
	    "  ```\n"			/* 6 */
	    "\n"			/* 7 */
	    "   ~~~output\n"		/* 8 */
	    "   1\n"			/* 9 */
	    "   ~~~\n"			/* 10 */
	    "\n"			/* 11 */
	    "    ```output\n"		/* 12 */
	    "    indented code, not a fence\n"	/* 13 */
	    "    ```\n");		/* 14 */
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_int_equal(it->code->indent, 2);
	assert_int_equal(it->code->start_line, 3);
	assert_int_equal(it->code->end_line, 6);
	/* The fence's indent is taken off the content lines. */
	assert_string_equal(it->code->text, "if x:\n    y()\n");
	assert_int_equal(it->output->indent, 3);
	assert_int_equal(it->output->fence_char, '~');
	assert_int_equal(it->output->start_line, 8);
	assert_string_equal(it->output->text, "1\n");
	/* Four spaces make indented code: prose, not a second key. */
	assert_string_equal(it->explanation,
	    "    ```output\n    indented code, not a fence\n    ```\n");
	bank_free(b);
}

/* A heading that is not an id is an error at its line. */
static void
test_err_invalid_id(void **state)
{
	struct bank	*b;

	b = parse("## Section 1: Basics\n"	/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n");			/* 5 */
	assert_one_error(b, 1, "'Section 1: Basics'", "not an item id",
	    NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);
}

/*
 * Among thousands of items (a table that grows many times), each repeated
 * id is reported at its own heading and names the first; ids that only
 * look alike are no duplicates.
 */
static void
test_err_duplicate_id_many(void **state)
{
	struct bank	*b;
	struct buf	 src;
	char		 want[64];
	int		 k, n = 5000;

	buf_init(&src);
	/* Item k starts at line 4k+1: "## id", "```python", "1", "```". */
	for (k = 0; k < n; k++) {
		if (k == 1000)
			buf_adds(&src, "## i10\n");
		else if (k == n - 1)
			buf_adds(&src, "## i2500\n");
		else
			buf_addf(&src, "## i%d\n", k);
		buf_adds(&src, "```python\n1\n```\n");
	}
	buf_adds(&src, "## I10\n```python\n1\n```\n## i10.\n```python\n"
	    "1\n```\n");
	b = bank_parse("t.md", src.data, src.len);
	assert_int_equal(b->nerrors, 2);
	assert_int_equal(b->errors[0].line, 4 * 1000 + 1);
	assert_has(b->errors[0].msg,
	    "duplicate item id 'i10' (first at line 41)");
	assert_int_equal(b->errors[1].line, 4 * (n - 1) + 1);
	snprintf(want, sizeof want, "duplicate item id 'i2500' (first at line"
	    " %d)", 4 * 2500 + 1);
	assert_has(b->errors[1].msg, want);
	assert_int_equal(b->nbroken, 2);
	assert_int_equal(b->nitems, n - 2 + 2);
	assert_int_equal(bank_find(b, "i10")->line, 41);
	assert_int_equal(bank_find(b, "I10")->line, 4 * n + 1);
	assert_null(bank_find(b, "i1000"));
	bank_free(b);
	buf_free(&src);
}

/* Keys for more version ranges than an item may hold: one error each. */
static void
test_err_too_many_ranges(void **state)
{
	struct bank	*b;
	struct buf	 src;
	int		 k;

	buf_init(&src);
	buf_adds(&src, "## a\n```python\nprint(1)\n```\n");	/* 1-4 */
	/* Range k at lines 3k+5..3k+7; the same range again is no new one. */
	for (k = 0; k < BANK_MAX_ALTS + 2; k++)
		buf_addf(&src, "```output python>=3.%d\n1\n```\n",
		    k == BANK_MAX_ALTS ? 0 : k);
	b = bank_parse("t.md", src.data, src.len);
	assert_int_equal(b->nerrors, 2);
	assert_int_equal(b->errors[0].line, 3 * BANK_MAX_ALTS + 5);
	assert_has(b->errors[0].msg, "a second ```output python>=3.0 block");
	assert_int_equal(b->errors[1].line, 3 * (BANK_MAX_ALTS + 1) + 5);
	assert_has(b->errors[1].msg, "at most 16 version ranges");
	assert_int_equal(b->nitems, 0);
	bank_free(b);
	buf_free(&src);
}

/* A repeated id is reported at the second heading, naming the first. */
static void
test_err_duplicate_id(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "## b\n"			/* 7 */
	    "\n"			/* 8 */
	    "```python\n"		/* 9 */
	    "print(2)\n"		/* 10 */
	    "```\n"			/* 11 */
	    "\n"			/* 12 */
	    "## a\n"			/* 13 */
	    "\n"			/* 14 */
	    "```python\n"		/* 15 */
	    "print(3)\n"		/* 16 */
	    "```\n");			/* 17 */
	assert_one_error(b, 13, "duplicate", "'a'", "line 1", NULL);
	assert_int_equal(b->nbroken, 1);
	/* The first one stays. */
	assert_int_equal(b->nitems, 2);
	assert_string_equal(b->items[0].id, "a");
	assert_string_equal(b->items[0].code->text, "print(1)\n");
	assert_string_equal(b->items[1].id, "b");
	bank_free(b);
}

/* An item without a ```python block is an error at its heading. */
static void
test_err_no_python(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "Only words here.\n"	/* 3 */
	    "\n"			/* 4 */
	    "```output\n"		/* 5 */
	    "1\n"			/* 6 */
	    "```\n");			/* 7 */
	assert_one_error(b, 1, "a: ", "no ```python block", NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);
}

/* A second ```python block is an error at its fence, naming the first. */
static void
test_err_second_python(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "Then:\n"			/* 7 */
	    "\n"			/* 8 */
	    "```python\n"		/* 9 */
	    "print(2)\n"		/* 10 */
	    "```\n");			/* 11 */
	assert_one_error(b, 9, "a: ", "second ```python", "line 3", NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);

	/* A second key block is the same error. */
	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n"			/* 5 */
	    "```output\n"		/* 6 */
	    "1\n"			/* 7 */
	    "```\n"			/* 8 */
	    "```output\n"		/* 9 */
	    "2\n"			/* 10 */
	    "```\n");			/* 11 */
	assert_one_error(b, 9, "second ```output", "line 6", NULL);
	assert_int_equal(b->nitems, 0);
	bank_free(b);
}

/* A fence never closed is an error at its opening line. */
static void
test_err_unclosed_fence(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "````output\n"		/* 7 */
	    "1\n"			/* 8 */
	    "```\n");			/* 9 */
	assert_one_error(b, 7, "a: ", "```output", "never closed", "4", NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);

	/* An opening fence on the last line is never closed either. */
	b = parse("## a\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python");		/* 3 */
	assert_one_error(b, 3, "```python", "never closed", NULL);
	assert_int_equal(b->nitems, 0);
	bank_free(b);
}

/* A metadata key outside the known set is an error at its line. */
static void
test_err_unknown_meta_key(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "- form: output\n"		/* 2 */
	    "- colour: red\n"		/* 3 */
	    "\n"			/* 4 */
	    "```python\n"		/* 5 */
	    "print(1)\n"		/* 6 */
	    "```\n");			/* 7 */
	assert_one_error(b, 3, "a: ", "unknown key 'colour'", NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);
}

/* A form outside the known set is an error at its line. */
static void
test_err_bad_form(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "- objective: PCEP-30-02 1.1\n"	/* 2 */
	    "- form: essay\n"		/* 3 */
	    "\n"			/* 4 */
	    "```python\n"		/* 5 */
	    "print(1)\n"		/* 6 */
	    "```\n");			/* 7 */
	assert_one_error(b, 3, "a: ", "unknown form 'essay'", NULL);
	assert_int_equal(b->nitems, 0);
	bank_free(b);
}

/* ```misread LABEL blocks: label, program and line kept, in order. */
static void
test_misreads(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	(void)state;
	b = parse("## a\n"				/* 1 */
	    "\n"					/* 2 */
	    "```python\nx = 1\nprint(x)\n```\n"		/* 3-6 */
	    "\n"					/* 7 */
	    "```output\n1\n```\n"			/* 8-10 */
	    "\n"					/* 11 */
	    "```misread x taken as two\n"		/* 12 */
	    "x = 2\nprint(x)\n```\n"			/* 13-15 */
	    "\n"					/* 16 */
	    "```misread  print taken as silent\n"	/* 17 */
	    "x = 1\n```\n"				/* 18-19 */
	    "\n"					/* 20 */
	    "Prose after.\n");
	assert_int_equal(b->nerrors, 0);
	it = &b->items[0];
	assert_int_equal(it->nmisreads, 2);
	assert_string_equal(it->misreads[0].label, "x taken as two");
	assert_string_equal(it->misreads[0].code, "x = 2\nprint(x)\n");
	assert_int_equal(it->misreads[0].len, 15);
	assert_int_equal(it->misreads[0].line, 12);
	assert_string_equal(it->misreads[1].label, "print taken as silent");
	assert_int_equal(it->misreads[1].line, 17);
	/* The explanation is prose only: a misread block is no part of it. */
	assert_string_equal(it->explanation, "Prose after.\n");
	bank_free(b);
}

/* A gap item's misreading is the whole program, its blank filled. */
static void
test_misread_gap(void **state)
{
	struct bank	*b;

	(void)state;
	b = parse("## a\n- form: gap\n\n"
	    "```python\nprint(___)\n```\n\n```fill\n1\n```\n\n"
	    "```misread one taken as two\nprint(2)\n```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->items[0].nmisreads, 1);
	bank_free(b);
	/* The program as filled is no misreading. */
	b = parse("## a\n"				/* 1 */
	    "```python\nprint(___)\n```\n"		/* 2-4 */
	    "```fill\n1\n```\n"				/* 5-7 */
	    "```misread one taken as one\n"		/* 8 */
	    "print(1)\n```\n");
	assert_one_error(b, 8, "a: ", "'one taken as one'", "program itself",
	    NULL);
	bank_free(b);
	/* Nor is one with the blank left in it. */
	b = parse("## a\n"				/* 1 */
	    "```python\nprint(___)\n```\n"		/* 2-4 */
	    "```fill\n1\n```\n"				/* 5-7 */
	    "```misread the blank taken as two\n"	/* 8 */
	    "print(___ + 1)\n```\n");
	assert_one_error(b, 8, "a: ", "blank", NULL);
	bank_free(b);
}

/* Each rule of a misread block, each at its line. */
static void
test_err_misread(void **state)
{
	struct buf	 src;
	struct bank	*b;
	int		 i;

	(void)state;
	/* No label, or one too short or too long (60 characters). */
	b = parse("## a\n```python\nx\n```\n```misread\ny\n```\n");
	assert_one_error(b, 5, "a: ", "3 to 60 characters", "not 0", NULL);
	bank_free(b);
	b = parse("## a\n```python\nx\n```\n```misread ab\ny\n```\n");
	assert_one_error(b, 5, "not 2", NULL);
	bank_free(b);
	b = parse("## a\n```python\nx\n```\n```misread "
	    "0123456789012345678901234567890123456789012345678901234567890"
	    "\ny\n```\n");
	assert_one_error(b, 5, "not 61", NULL);
	bank_free(b);
	/* Characters, not bytes: 60 accented letters pass. */
	buf_init(&src);
	buf_adds(&src, "## a\n```python\nx\n```\n```misread ");
	for (i = 0; i < 60; i++)
		buf_adds(&src, "\xc3\xa9");
	buf_adds(&src, "\ny\n```\n");
	b = bank_parse("t.md", src.data, src.len);
	assert_int_equal(b->nerrors, 0);
	bank_free(b);
	buf_free(&src);
	/* A label given twice. */
	b = parse("## a\n```python\nx\n```\n"		/* 1-4 */
	    "```misread y taken\ny\n```\n"		/* 5-7 */
	    "```misread y taken\nz\n```\n");		/* 8-10 */
	assert_one_error(b, 8, "'y taken'", "twice", "line 5", NULL);
	bank_free(b);
	/* More than 8: one error, at the ninth. */
	buf_init(&src);
	buf_adds(&src, "## a\n```python\nx\n```\n");
	for (i = 0; i < 10; i++)
		buf_addf(&src, "```misread name %d\ny%d\n```\n", i, i);
	b = bank_parse("t.md", src.data, src.len);
	assert_one_error(b, 5 + 3 * 8, "a: ", "more than 8", NULL);
	bank_free(b);
	buf_free(&src);
	/* No program to misread. */
	b = parse("## a\n\n```misread x taken\ny\n```\n");
	assert_one_error(b, 3, "a: ", "no ```python block", NULL);
	bank_free(b);
}

/* A timeout must be a positive number of seconds. */
static void
test_err_bad_timeout(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "- timeout: soon\n"		/* 2 */
	    "\n"			/* 3 */
	    "```python\n"		/* 4 */
	    "print(1)\n"		/* 5 */
	    "```\n");			/* 6 */
	assert_one_error(b, 2, "a: ", "timeout", "'soon'", NULL);
	assert_int_equal(b->nitems, 0);
	bank_free(b);

	b = parse("## a\n- timeout: 0\n\n```python\nx\n```\n");
	assert_one_error(b, 2, "timeout", "'0'", NULL);
	bank_free(b);

	b = parse("## a\n- timeout: -1\n\n```python\nx\n```\n");
	assert_one_error(b, 2, "timeout", "'-1'", NULL);
	bank_free(b);

	/* A good one is parsed. */
	b = parse("## a\n- timeout: 2.5\n\n```python\nx\n```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	assert_true(b->items[0].timeout == 2.5);
	assert_string_equal(bank_meta(&b->items[0], "timeout"), "2.5");
	bank_free(b);
}

/* An objective must read "EXAM N.M". */
static void
test_err_bad_objective(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "- form: output\n"		/* 2 */
	    "- objective: 1.4\n"	/* 3 */
	    "\n"			/* 4 */
	    "```python\n"		/* 5 */
	    "print(1)\n"		/* 6 */
	    "```\n");			/* 7 */
	assert_one_error(b, 3, "a: ", "objective", "'1.4'", NULL);
	assert_int_equal(b->nitems, 0);
	bank_free(b);

	b = parse("## a\n- objective: pcep-30-02 1.4\n\n```python\nx\n```\n");
	assert_one_error(b, 2, "objective", NULL);
	bank_free(b);

	/* Sub-sections and a three-digit version are fine. */
	b = parse("## a\n- objective: PCAP-31-103 2.4.1\n\n```python\nx\n```\n");
	assert_int_equal(b->nerrors, 0);
	assert_string_equal(b->items[0].objective, "PCAP-31-103 2.4.1");
	bank_free(b);
}

/* A metadata list where a line is not "- key: value" on one line. */
static void
test_err_meta_not_one_line(void **state)
{
	struct bank	*b;

	/* The value runs on to a second line. */
	b = parse("## a\n"		/* 1 */
	    "- objective: PCEP-30-02 1.4\n"	/* 2 */
	    "- form:\n"			/* 3 */
	    "  output\n"		/* 4 */
	    "\n"			/* 5 */
	    "```python\n"		/* 6 */
	    "print(1)\n"		/* 7 */
	    "```\n");			/* 8 */
	assert_one_error(b, 3, "a: ", "'- key: value' on one line", NULL);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nbroken, 1);
	bank_free(b);

	/* A bullet that is not metadata among ones that are. */
	b = parse("## a\n"		/* 1 */
	    "- form: output\n"		/* 2 */
	    "- and some words\n"	/* 3 */
	    "\n"			/* 4 */
	    "```python\n"		/* 5 */
	    "print(1)\n"		/* 6 */
	    "```\n");			/* 7 */
	assert_one_error(b, 3, "on one line", NULL);
	bank_free(b);

	/* A list with no metadata line at all is prose. */
	b = parse("## a\n"
	    "- just a list\n"
	    "- of words\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	assert_int_equal(b->items[0].nmeta, 0);
	assert_non_null(b->items[0].prompt);
	assert_int_equal(strncmp(b->items[0].prompt,
	    "- just a list\n- of words\n", 25), 0);
	bank_free(b);
}

/* Prose blocks are one blank line apart, lists too, with none after. */
/*
 * BUG: bank_prose copies a block's source lines up to cmark's end line,
 * and a list's end line runs over the blank lines after it, so prose
 * with a list gets them too: "- two\n\n\nMore.\n", and "- e2\n\n\n\n"
 * before the next heading.
 */
static void
test_prose_with_lists(void **state)
{
	struct bank	*b;

	b = parse("## a\n"
	    "\n"
	    "Intro.\n"
	    "\n"
	    "- one\n"
	    "- two\n"
	    "\n"
	    "More.\n"
	    "\n"
	    "```python\n"
	    "x = 1\n"
	    "```\n"
	    "\n"
	    "- e1\n"
	    "- e2\n"
	    "\n"
	    "\n"
	    "\n"
	    "## b\n"
	    "\n"
	    "```python\n"
	    "x = 2\n"
	    "```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 2);
	assert_string_equal(b->items[0].prompt,
	    "Intro.\n\n- one\n- two\n\nMore.\n");
	assert_string_equal(b->items[0].explanation, "- e1\n- e2\n");
	bank_free(b);
}

/* A metadata key given twice is an error at the second. */
static void
test_err_meta_twice(void **state)
{
	struct bank	*b;

	b = parse("## a\n"		/* 1 */
	    "- form: output\n"		/* 2 */
	    "- form: choice\n"		/* 3 */
	    "\n"			/* 4 */
	    "```python\n"		/* 5 */
	    "print(1)\n"		/* 6 */
	    "```\n");			/* 7 */
	assert_one_error(b, 3, "'form'", "twice", NULL);
	bank_free(b);
}

/* Broken items are dropped and counted; the others are still parsed. */
static void
test_broken_items_dropped(void **state)
{
	struct bank	*b;

	b = parse("## one\n"		/* 1 */
	    "\n"			/* 2 */
	    "```python\n"		/* 3 */
	    "print(1)\n"		/* 4 */
	    "```\n"			/* 5 */
	    "\n"			/* 6 */
	    "## two\n"			/* 7 */
	    "- form: essay\n"		/* 8 */
	    "\n"			/* 9 */
	    "```python\n"		/* 10 */
	    "print(2)\n"		/* 11 */
	    "```\n"			/* 12 */
	    "\n"			/* 13 */
	    "## three\n"		/* 14 */
	    "\n"			/* 15 */
	    "```python\n"		/* 16 */
	    "print(3)\n"		/* 17 */
	    "```\n"			/* 18 */
	    "\n"			/* 19 */
	    "## Four things\n"		/* 20 */
	    "\n"			/* 21 */
	    "```python\n"		/* 22 */
	    "print(4)\n"		/* 23 */
	    "```\n"			/* 24 */
	    "\n"			/* 25 */
	    "## five\n"			/* 26 */
	    "\n"			/* 27 */
	    "No code.\n"		/* 28 */
	    "\n"			/* 29 */
	    "## six\n"			/* 30 */
	    "\n"			/* 31 */
	    "```python\n"		/* 32 */
	    "print(6)\n"		/* 33 */
	    "```\n");			/* 34 */
	assert_int_equal(b->nbroken, 3);
	assert_int_equal(b->nerrors, 3);
	/* Errors come in line order. */
	assert_int_equal(b->errors[0].line, 8);
	assert_has(b->errors[0].msg, "essay");
	assert_int_equal(b->errors[1].line, 20);
	assert_has(b->errors[1].msg, "Four things");
	assert_int_equal(b->errors[2].line, 26);
	assert_has(b->errors[2].msg, "five");
	assert_int_equal(b->nitems, 3);
	assert_string_equal(b->items[0].id, "one");
	assert_string_equal(b->items[1].id, "three");
	assert_string_equal(b->items[1].code->text, "print(3)\n");
	assert_int_equal(b->items[1].line, 14);
	assert_string_equal(b->items[2].id, "six");
	assert_string_equal(b->items[2].code->text, "print(6)\n");
	assert_null(bank_find(b, "two"));
	assert_null(bank_find(b, "five"));
	bank_free(b);
}

/* Turn every "\n" of s into "\r\n" (caller frees). */
static char *
crlf(const char *s)
{
	char	*out, *p;

	out = p = malloc(2 * strlen(s) + 1);
	assert_non_null(out);
	for (; *s != '\0'; s++) {
		if (*s == '\n')
			*p++ = '\r';
		*p++ = *s;
	}
	*p = '\0';
	return (out);
}

static const char full[] =
    "# Chapter\n"			/* 1 */
    "\n"				/* 2 */
    "## dicts.key-error\n"		/* 3 */
    "- objective: PCEP-30-02 3.2\n"	/* 4 */
    "- form: error\n"			/* 5 */
    "- tags: dict, exceptions\n"	/* 6 */
    "\n"				/* 7 */
    "What happens?\n"			/* 8 */
    "\n"				/* 9 */
    "```python\n"			/* 10 */
    "d = {}\n"				/* 11 */
    "print(d['a'])\n"			/* 12 */
    "```\n"				/* 13 */
    "\n"				/* 14 */
    "```stdin\n"			/* 15 */
    "x\n"				/* 16 */
    "```\n"				/* 17 */
    "\n"				/* 18 */
    "```error\n"			/* 19 */
    "KeyError: 'a'\n"			/* 20 */
    "and more\n"			/* 21 */
    "```\n"				/* 22 */
    "\n"				/* 23 */
    "Use `d.get`.\n"			/* 24 */
    "\n"				/* 25 */
    "## b\n"				/* 26 */
    "\n"				/* 27 */
    "~~~python\n"			/* 28 */
    "print(1)\n"			/* 29 */
    "~~~\n"				/* 30 */
    "\n"				/* 31 */
    "```output\n"			/* 32 */
    "1\n"				/* 33 */
    "```\n";				/* 34 */

/* CRLF line endings parse the same as LF: no \r in ids, meta or text. */
static void
test_crlf(void **state)
{
	struct bank	*a, *b;
	char		*src;
	size_t		 i, j;

	src = crlf(full);
	a = parse(full);
	b = parse(src);
	assert_int_equal(a->nerrors, 0);
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(a->nitems, 2);
	assert_int_equal(b->nitems, 2);
	for (i = 0; i < a->nitems; i++) {
		struct bank_item *x = &a->items[i], *y = &b->items[i];

		assert_string_equal(x->id, y->id);
		assert_int_equal(x->line, y->line);
		assert_int_equal(x->end_line, y->end_line);
		assert_int_equal(x->nmeta, y->nmeta);
		for (j = 0; j < x->nmeta; j++) {
			assert_string_equal(x->meta[j].key, y->meta[j].key);
			assert_string_equal(x->meta[j].value, y->meta[j].value);
			assert_int_equal(x->meta[j].line, y->meta[j].line);
		}
		assert_int_equal(x->form, y->form);
		assert_string_equal(x->code->text, y->code->text);
		assert_int_equal(x->code->start_line, y->code->start_line);
		assert_int_equal(x->code->end_line, y->code->end_line);
		assert_int_equal(x->code->fence_char, y->code->fence_char);
	}
	assert_string_equal(b->items[0].id, "dicts.key-error");
	assert_string_equal(b->items[0].objective, "PCEP-30-02 3.2");
	assert_int_equal(b->items[0].form, FORM_ERROR);
	assert_string_equal(bank_meta(&b->items[0], "tags"), "dict, exceptions");
	assert_string_equal(b->items[0].code->text, "d = {}\nprint(d['a'])\n");
	assert_string_equal(b->items[0].input->text, "x\n");
	assert_string_equal(b->items[0].error_type, "KeyError");
	assert_string_equal(b->items[0].error_msg, "'a'\nand more");
	assert_string_equal(b->items[0].prompt, "What happens?\n");
	assert_string_equal(b->items[0].explanation, "Use `d.get`.\n");
	assert_string_equal(a->items[0].error_msg, "'a'\nand more");
	assert_string_equal(b->items[1].id, "b");
	assert_string_equal(b->items[1].output->text, "1\n");
	assert_int_equal(b->items[1].output->start_line, 32);
	bank_free(a);
	bank_free(b);
	free(src);
}

/* A bank with a NUL byte is rejected with an error and has no items. */
static void
test_nul_byte(void **state)
{
	static const char	 src[] = "## a\n\n```python\nx\0y\n```\n";
	struct bank		*b;

	b = bank_parse("t.md", src, sizeof src - 1);
	assert_int_equal(b->nitems, 0);
	assert_int_equal(b->nerrors, 1);
	assert_int_equal(b->errors[0].line, 1);
	assert_has(b->errors[0].msg, "NUL");
	assert_int_equal(b->len, sizeof src - 1);
	bank_free(b);
}

/* bank_find finds items by exact id, and nothing else. */
static void
test_bank_find(void **state)
{
	struct bank		*b;
	struct bank_item	*it;

	b = parse(full);
	it = bank_find(b, "b");
	assert_ptr_equal(it, &b->items[1]);
	it = bank_find(b, "dicts.key-error");
	assert_ptr_equal(it, &b->items[0]);
	assert_null(bank_find(b, "dicts"));
	assert_null(bank_find(b, "B"));
	assert_null(bank_find(b, ""));
	bank_free(b);
}

/* bank_meta returns a value by key, or NULL. */
static void
test_bank_meta(void **state)
{
	struct bank	*b;

	b = parse(full);
	assert_string_equal(bank_meta(&b->items[0], "objective"),
	    "PCEP-30-02 3.2");
	assert_string_equal(bank_meta(&b->items[0], "form"), "error");
	assert_string_equal(bank_meta(&b->items[0], "tags"),
	    "dict, exceptions");
	assert_null(bank_meta(&b->items[0], "timeout"));
	assert_null(bank_meta(&b->items[0], "Form"));
	/* An item without metadata: NULL, and form still "output". */
	assert_null(bank_meta(&b->items[1], "form"));
	assert_int_equal(b->items[1].form, FORM_OUTPUT);
	bank_free(b);
}

/* bank_free(NULL) is a no-op. */
static void
test_bank_free_null(void **state)
{
	bank_free(NULL);
}

/* Check one bank_parse_error_key call that should succeed. */
static void
check_key(const char *key, const char *want_type, const char *want_msg)
{
	char	*type, *msg, *cause = NULL;

	if (bank_parse_error_key(key, strlen(key), &type, &msg, &cause) != 0)
		fail_msg("'%s' rejected: %s", key, cause);
	assert_string_equal(type, want_type);
	if (want_msg == NULL)
		assert_null(msg);
	else
		assert_string_equal(msg, want_msg);
	free(type);
	free(msg);
}

/* Check one bank_parse_error_key call that should fail. */
static void
check_bad_key(const char *key, const char *word)
{
	char	*type, *msg, *cause = NULL;

	assert_int_equal(bank_parse_error_key(key, strlen(key), &type, &msg,
	    &cause), -1);
	assert_null(type);
	assert_null(msg);
	assert_has(cause, word);
	free(cause);
}

/* bank_parse_error_key splits "Type" and "Type: message". */
static void
test_parse_error_key(void **state)
{
	char	*type, *msg, *cause;

	check_key("ZeroDivisionError", "ZeroDivisionError", NULL);
	check_key("ZeroDivisionError\n", "ZeroDivisionError", NULL);
	check_key("KeyError: 'a'", "KeyError", "'a'");
	check_key("KeyError : 'a'  \n", "KeyError", "'a'");
	check_key("\n\n  KeyError: 'a'\n\n", "KeyError", "'a'");
	/* A colon with no message is the type alone. */
	check_key("KeyError:", "KeyError", NULL);
	check_key("KeyError:   ", "KeyError", NULL);
	/* Dotted types; colons in the message are the message's. */
	check_key("json.decoder.JSONDecodeError: Expecting value: line 1"
	    " column 1 (char 0)", "json.decoder.JSONDecodeError",
	    "Expecting value: line 1 column 1 (char 0)");
	check_key("_Private9: x", "_Private9", "x");
	/* Later lines go on with the message. */
	check_key("ValueError: one\ntwo\n  three\n", "ValueError",
	    "one\ntwo\n  three");
	/* Only len bytes are read. */
	assert_int_equal(bank_parse_error_key("KeyError: 'a'XYZ", 13, &type,
	    &msg, &cause), 0);
	assert_string_equal(type, "KeyError");
	assert_string_equal(msg, "'a'");
	free(type);
	free(msg);

	check_bad_key("", "empty");
	check_bad_key(" \n\t\n", "empty");
	check_bad_key("it crashed", "'it crashed'");
	check_bad_key("9Lives", "'Type: message'");
	check_bad_key("json..Error", "'json..Error'");
	check_bad_key("Traceback (most recent call last):\nKeyError: 'a'",
	    "Traceback");
}

/*
 * Parse src, expecting one sound item; its update is in *u.
 */
static struct bank *
parse_one(const char *src, struct update *u)
{
	struct bank	*b;

	b = parse(src);
	if (b->nerrors != 0)
		fail_msg("%d: %s", b->errors[0].line, b->errors[0].msg);
	assert_int_equal(b->nitems, 1);
	update_init(u);
	return (b);
}

static const char two_items[] =
    "# Lists\n"
    "\n"
    "## a\n"
    "- form: output\n"
    "\n"
    "What prints?   \n"
    "\n"
    "```python\n"
    "print([1,  2])\n"
    "```\n"
    "\n"
    "```output\n"
    "[1, 2]\n"
    "```\n"
    "\n"
    "Lists print with spaces.\t\n"
    "\n"
    "## b\n"
    "\n"
    "```python\n"
    "print(2)\n"
    "```\n"
    "\n"
    "```output\n"
    "2\n"
    "```\n";

/* Replacing an output key rewrites its block and no other byte. */
static void
test_update_replace_output(void **state)
{
	struct bank	*b;
	struct update	 u;
	const char	*out = "[1,  2]  \nsecond\n\n\n";

	b = parse(two_items);
	assert_int_equal(b->nitems, 2);
	update_init(&u);
	update_set_output(&u, &b->items[0], out, strlen(out));
	assert_applied(b, &u,
	    "# Lists\n"
	    "\n"
	    "## a\n"
	    "- form: output\n"
	    "\n"
	    "What prints?   \n"
	    "\n"
	    "```python\n"
	    "print([1,  2])\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "[1,  2]\n"
	    "second\n"
	    "```\n"
	    "\n"
	    "Lists print with spaces.\t\n"
	    "\n"
	    "## b\n"
	    "\n"
	    "```python\n"
	    "print(2)\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "2\n"
	    "```\n");
	update_free(&u);
	assert_int_equal(u.n, 0);
	bank_free(b);
}

/* No edits give back the bank's bytes unchanged. */
static void
test_update_no_edits(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse(two_items);
	update_init(&u);
	assert_applied(b, &u, two_items);
	update_free(&u);
	bank_free(b);
}

/* Applying no edits to an empty bank gives back "", length 0. */
/*
 * BUG: update_apply returns an unterminated buffer here: its buf never
 * got data, and buf_detach (util.c) then allocates one without writing
 * the NUL.
 */
static void
test_update_empty_bank(void **state)
{
	struct bank	*b;
	struct update	 u;
	char		*got;
	size_t		 len;

	b = bank_parse("t.md", "", 0);
	update_init(&u);
	got = update_apply(b, &u, &len);
	assert_non_null(got);
	assert_int_equal(len, 0);
	/* (Not assert_string_equal: junk would go into the TAP stream.) */
	assert_int_equal((unsigned char)got[0], '\0');
	free(got);
	update_free(&u);
	bank_free(b);
}

/* A missing output key is inserted right after the python block. */
static void
test_update_insert_output(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "\n"
	    "Explained.\n", &u);
	update_set_output(&u, &b->items[0], "1\n", 2);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "1\n"
	    "```\n"
	    "\n"
	    "Explained.\n");
	update_free(&u);
	bank_free(b);
}

/* A new output key goes after a stdin block that follows the code. */
static void
test_update_insert_output_after_stdin(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print(input())\n"
	    "```\n"
	    "\n"
	    "```stdin\n"
	    "hi\n"
	    "```\n", &u);
	update_set_output(&u, &b->items[0], "hi", 2);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print(input())\n"
	    "```\n"
	    "\n"
	    "```stdin\n"
	    "hi\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "hi\n"
	    "```\n");
	update_free(&u);
	bank_free(b);
}

/* Inserting into a file without a final newline adds one first. */
static void
test_update_insert_no_final_newline(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```", &u);
	update_set_output(&u, &b->items[0], "1\n", 2);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "1\n"
	    "```\n");
	update_free(&u);
	bank_free(b);
}

/* Empty output removes the key block and one blank line beside it. */
static void
test_update_remove_output(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "x = 1\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "1\n"
	    "```\n"
	    "\n"
	    "Nothing is printed.\n", &u);
	/* Whitespace only normalises to empty, too. */
	update_set_output(&u, &b->items[0], " \n\n", 3);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "x = 1\n"
	    "```\n"
	    "\n"
	    "Nothing is printed.\n");
	update_free(&u);
	bank_free(b);

	/* A non-blank line after the block stays. */
	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "x = 1\n"
	    "```\n"
	    "```output\n"
	    "1\n"
	    "```\n"
	    "Nothing is printed.\n", &u);
	update_set_output(&u, &b->items[0], "", 0);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "x = 1\n"
	    "```\n"
	    "Nothing is printed.\n");
	update_free(&u);
	bank_free(b);

	/* No key and no output: nothing to do. */
	b = parse_one("## a\n\n```python\nx = 1\n```\n", &u);
	update_set_output(&u, &b->items[0], "", 0);
	assert_int_equal(u.n, 0);
	assert_applied(b, &u, "## a\n\n```python\nx = 1\n```\n");
	update_free(&u);
	bank_free(b);
}

/* A missing error key is inserted after the output key, with message. */
static void
test_update_insert_error(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "1 / 0\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "1\n"
	    "```\n"
	    "\n"
	    "Then it fails.\n", &u);
	update_set_error(&u, &b->items[0], "ZeroDivisionError",
	    "division by zero");
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "1 / 0\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "1\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "ZeroDivisionError: division by zero\n"
	    "```\n"
	    "\n"
	    "Then it fails.\n");
	update_free(&u);
	bank_free(b);

	/* Without an output key it goes after the code. */
	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "1 / 0\n"
	    "```\n", &u);
	update_set_error(&u, &b->items[0], "ZeroDivisionError", NULL);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "1 / 0\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "ZeroDivisionError\n"
	    "```\n");
	update_free(&u);
	bank_free(b);
}

/* A "Type only" key stays type only; a "Type: msg" key gets the message. */
static void
test_update_error_type_only_kept(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "{}['b']\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "ValueError\n"
	    "```\n"
	    "\n"
	    "Prose.\n", &u);
	update_set_error(&u, &b->items[0], "KeyError", "'b'");
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "{}['b']\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "KeyError\n"
	    "```\n"
	    "\n"
	    "Prose.\n");
	update_free(&u);
	bank_free(b);

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "{}['b']\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "KeyError: 'a'\n"
	    "```\n"
	    "\n"
	    "Prose.\n", &u);
	update_set_error(&u, &b->items[0], "KeyError", "'b'");
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "{}['b']\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "KeyError: 'b'\n"
	    "```\n"
	    "\n"
	    "Prose.\n");
	update_free(&u);
	bank_free(b);
}

/* A NULL type removes the error key and the blank line after it. */
static void
test_update_remove_error(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "KeyError\n"
	    "```\n"
	    "\n"
	    "Prose.\n", &u);
	update_set_error(&u, &b->items[0], NULL, NULL);
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print(1)\n"
	    "```\n"
	    "\n"
	    "Prose.\n");
	update_free(&u);
	bank_free(b);
}

/* An output key turned into an error key takes its place, spaced alike. */
/*
 * BUG (update.c as committed in 5cc55e2): removing the output key and
 * inserting the error key at the line after it dropped the blank line
 * after the insert, leaving two blank lines before the ```error block
 * and none after it.
 */
static void
test_update_output_to_error(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "int('x')\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "1\n"
	    "```\n"
	    "\n"
	    "Prose.\n", &u);
	/* In the order check.c makes the calls. */
	update_set_output(&u, &b->items[0], "", 0);
	update_set_error(&u, &b->items[0], "ValueError",
	    "invalid literal for int() with base 10: 'x'");
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "int('x')\n"
	    "```\n"
	    "\n"
	    "```error\n"
	    "ValueError: invalid literal for int() with base 10: 'x'\n"
	    "```\n"
	    "\n"
	    "Prose.\n");
	update_free(&u);
	bank_free(b);
}

/* New content with ``` at a line start gets a longer fence. */
static void
test_update_lengthen_fence(void **state)
{
	struct bank	*b;
	struct update	 u;
	const char	*out = "```\nx\n  ````\n    `````\n";

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print('```')\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "old\n"
	    "```\n"
	    "\n"
	    "Prose.\n", &u);
	/* ````` is indented four spaces: it cannot close a fence. */
	update_set_output(&u, &b->items[0], out, strlen(out));
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print('```')\n"
	    "```\n"
	    "\n"
	    "`````output\n"
	    "```\n"
	    "x\n"
	    "  ````\n"
	    "    `````\n"
	    "`````\n"
	    "\n"
	    "Prose.\n");
	update_free(&u);
	bank_free(b);

	/* A new block is lengthened too; ``` inside a line is not counted. */
	b = parse_one("## a\n\n```python\nx\n```\n", &u);
	out = "a ``` b\n```\n";
	update_set_output(&u, &b->items[0], out, strlen(out));
	assert_applied(b, &u,
	    "## a\n\n```python\nx\n```\n\n````output\na ``` b\n```\n````\n");
	update_free(&u);
	bank_free(b);
}

/* A ~~~ fence keeps its character (and ``` inside needs no lengthening). */
static void
test_update_keep_tilde(void **state)
{
	struct bank	*b;
	struct update	 u;
	const char	*out = "```\n~~\n";

	b = parse_one("## a\n"
	    "\n"
	    "~~~python\n"
	    "print(1)\n"
	    "~~~\n"
	    "\n"
	    "~~~~output\n"
	    "old\n"
	    "~~~~\n", &u);
	update_set_output(&u, &b->items[0], out, strlen(out));
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "~~~python\n"
	    "print(1)\n"
	    "~~~\n"
	    "\n"
	    "~~~~output\n"
	    "```\n"
	    "~~\n"
	    "~~~~\n");
	update_free(&u);
	bank_free(b);

	/* But ~~~ inside a ~~~ block does. */
	b = parse_one("## a\n\n```python\nx\n```\n\n~~~output\nold\n~~~\n", &u);
	out = "~~~\n";
	update_set_output(&u, &b->items[0], out, strlen(out));
	assert_applied(b, &u,
	    "## a\n\n```python\nx\n```\n\n~~~~output\n~~~\n~~~~\n");
	update_free(&u);
	bank_free(b);
}

/* An indented key block keeps its indent on fences and content lines. */
static void
test_update_keep_indent(void **state)
{
	struct bank	*b;
	struct update	 u;
	const char	*out = "1\n\n2\n";

	b = parse_one("## a\n"
	    "\n"
	    "```python\n"
	    "print(1, 2, sep='\\n\\n')\n"
	    "```\n"
	    "\n"
	    "  ```output\n"
	    "  old\n"
	    "  ```\n", &u);
	update_set_output(&u, &b->items[0], out, strlen(out));
	assert_applied(b, &u,
	    "## a\n"
	    "\n"
	    "```python\n"
	    "print(1, 2, sep='\\n\\n')\n"
	    "```\n"
	    "\n"
	    "  ```output\n"
	    "  1\n"
	    "\n"
	    "  2\n"
	    "  ```\n");
	update_free(&u);
	bank_free(b);
}

/* Edits to several items of one bank apply together, in line order. */
static void
test_update_several_items(void **state)
{
	struct bank	*b;
	struct update	 u;

	b = parse(two_items);
	assert_int_equal(b->nitems, 2);
	update_init(&u);
	/* Made in reverse order: the result must not depend on it. */
	update_set_output(&u, &b->items[1], "3\n", 2);
	update_set_output(&u, &b->items[0], "", 0);
	assert_applied(b, &u,
	    "# Lists\n"
	    "\n"
	    "## a\n"
	    "- form: output\n"
	    "\n"
	    "What prints?   \n"
	    "\n"
	    "```python\n"
	    "print([1,  2])\n"
	    "```\n"
	    "\n"
	    "Lists print with spaces.\t\n"
	    "\n"
	    "## b\n"
	    "\n"
	    "```python\n"
	    "print(2)\n"
	    "```\n"
	    "\n"
	    "```output\n"
	    "3\n"
	    "```\n");
	update_free(&u);
	bank_free(b);
}

/* One name per form, both ways; "mixed" is practice's, not a form. */
static void
test_form_names(void **state)
{
	enum form	 f;
	int		 i;

	for (i = 0; i < FORM_COUNT; i++) {
		assert_int_equal(form_parse(form_name((enum form)i), &f), 0);
		assert_int_equal(f, i);
	}
	assert_int_equal(form_parse("mixed", &f), -1);
	assert_int_equal(form_parse("", &f), -1);
	assert_string_equal(form_list(),
	    "output, choice, select, gap, order, error");
}

/*
 * ```options CHECKER clean|reported: fragments for a style checker; an
 * empty line inside a fragment is its own; no ```python block needed.
 */
static void
test_options_style(void **state)
{
	struct bank	*b;
	struct bank_item *it;

	b = parse(
	    "## names\n"			/* 1 */
	    "- objective: PCPP-32-101 2.2\n"
	    "\n"
	    "Which breaks PEP 8?\n"
	    "```options pycodestyle reported\n"	/* 5 */
	    "[x] import os\n"
	    "    def f():\n"
	    "        pass\n"
	    "[ ] import os\n"			/* 9 */
	    "\n"
	    "\n"
	    "    def f():\n"
	    "        pass\n"
	    "```\n"
	    "Two blank lines before a def.\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->nitems, 1);
	it = &b->items[0];
	assert_int_equal(it->opts_style, STYLE_PYCODESTYLE);
	assert_int_equal(it->opts_reported, 1);
	assert_int_equal(it->nopts, 2);
	assert_string_equal(it->opts[0].text, "import os\ndef f():\n    pass");
	assert_string_equal(it->opts[1].text,
	    "import os\n\n\ndef f():\n    pass");
	assert_int_equal(it->opts[1].line, 9);
	/* No program: an empty one, at the options' line. */
	assert_non_null(it->code);
	assert_int_equal(it->code->len, 0);
	assert_int_equal(it->code->start_line, 5);
	/* The options stand for the code between question and answer. */
	assert_string_equal(it->prompt, "Which breaks PEP 8?\n");
	assert_string_equal(it->explanation, "Two blank lines before a def.\n");
	bank_free(b);
}

/* The checker's name, then clean or reported; fragments are bounded. */
static void
test_options_style_errors(void **state)
{
	struct bank	*b;
	struct buf	 src;
	size_t		 i;

	b = parse("## a\n- objective: PCPP-32-101 2.2\n\n"
	    "```options pycodestyle\n[x] x = 1\n[ ] x=1\n```\n");
	assert_one_error(b, 4, "clean", "reported", NULL);
	bank_free(b);
	b = parse("## a\n- objective: PCPP-32-101 2.2\n\n"
	    "```options flake8 clean\n[x] x = 1\n[ ] x=1\n```\n");
	assert_one_error(b, 4, "pycodestyle", "flake8", NULL);
	bank_free(b);
	/* A program is still needed by other options. */
	b = parse("## a\n- objective: PCPP-32-101 2.2\n\n"
	    "```options\n[x] 1\n[ ] 2\n```\n");
	assert_one_error(b, 1, "no ```python block", NULL);
	bank_free(b);
	/* Rule codes: each option starts with one; they need a program. */
	b = parse("## a\n- objective: PCPP-32-101 2.2\n\n```python\nx=1\n```\n"
	    "```options pycodestyle codes\n[x] E225 whitespace\n[ ] E5\n```\n");
	assert_one_error(b, 9, "rule codes", NULL);
	bank_free(b);
	b = parse("## a\n- objective: PCPP-32-101 2.2\n\n"
	    "```options pycodestyle codes\n[x] E225\n[ ] E501\n```\n");
	assert_one_error(b, 4, "add a ```python block", NULL);
	bank_free(b);
	b = parse("## a\n- objective: PCPP-32-101 2.2\n\n```python\nx=1\n```\n"
	    "```options pycodestyle codes\n[x] E225 around =\n[ ] E501\n```\n");
	assert_int_equal(b->nerrors, 0);
	assert_int_equal(b->items[0].opts_codes, 1);
	bank_free(b);
	buf_init(&src);
	buf_adds(&src, "## a\n- objective: PCPP-32-101 2.2\n\n"
	    "```options pep8-naming clean\n[x] x = 1\n[ ] x = '");
	for (i = 0; i < STYLE_MAX_FRAGMENT; i++)
		buf_addc(&src, 'a');
	buf_adds(&src, "'\n```\n");
	b = bank_parse("t.md", src.data, src.len);
	assert_one_error(b, 6, "at most 2048 bytes", NULL);
	bank_free(b);
	buf_free(&src);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_names),
		cmocka_unit_test(test_minimal_item),
		cmocka_unit_test(test_code_exact_bytes),
		cmocka_unit_test(test_tilde_fences),
		cmocka_unit_test(test_longer_fences),
		cmocka_unit_test(test_html_comment),
		cmocka_unit_test(test_prose_outside_items),
		cmocka_unit_test(test_heading_levels),
		cmocka_unit_test(test_error_type_only),
		cmocka_unit_test(test_error_type_and_message),
		cmocka_unit_test(test_error_multiline_message),
		cmocka_unit_test(test_error_invalid_block),
		cmocka_unit_test(test_stdin_block),
		cmocka_unit_test(test_other_info_string),
		cmocka_unit_test(test_indented_fences),
		cmocka_unit_test(test_err_invalid_id),
		cmocka_unit_test(test_err_duplicate_id),
		cmocka_unit_test(test_err_duplicate_id_many),
		cmocka_unit_test(test_err_too_many_ranges),
		cmocka_unit_test(test_err_no_python),
		cmocka_unit_test(test_err_second_python),
		cmocka_unit_test(test_err_unclosed_fence),
		cmocka_unit_test(test_err_unknown_meta_key),
		cmocka_unit_test(test_err_bad_form),
		cmocka_unit_test(test_misreads),
		cmocka_unit_test(test_misread_gap),
		cmocka_unit_test(test_err_misread),
		cmocka_unit_test(test_err_bad_timeout),
		cmocka_unit_test(test_err_bad_objective),
		cmocka_unit_test(test_err_meta_not_one_line),
		cmocka_unit_test(test_err_meta_twice),
		cmocka_unit_test(test_prose_with_lists),
		cmocka_unit_test(test_broken_items_dropped),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_bank_find),
		cmocka_unit_test(test_bank_meta),
		cmocka_unit_test(test_bank_free_null),
		cmocka_unit_test(test_parse_error_key),
		cmocka_unit_test(test_update_replace_output),
		cmocka_unit_test(test_update_no_edits),
		cmocka_unit_test(test_update_empty_bank),
		cmocka_unit_test(test_update_insert_output),
		cmocka_unit_test(test_update_insert_output_after_stdin),
		cmocka_unit_test(test_update_insert_no_final_newline),
		cmocka_unit_test(test_update_remove_output),
		cmocka_unit_test(test_update_insert_error),
		cmocka_unit_test(test_update_error_type_only_kept),
		cmocka_unit_test(test_update_remove_error),
		cmocka_unit_test(test_update_output_to_error),
		cmocka_unit_test(test_update_lengthen_fence),
		cmocka_unit_test(test_update_keep_tilde),
		cmocka_unit_test(test_update_keep_indent),
		cmocka_unit_test(test_update_several_items),
		cmocka_unit_test(test_options_style),
		cmocka_unit_test(test_options_style_errors),
	};

#ifdef M_PERTURB
	/* Fill fresh allocations with junk: unterminated strings show. */
	mallopt(M_PERTURB, 0xa5);
#endif
	return (cmocka_run_group_tests(tests, NULL, NULL));
}
