/*
 * test_question.c: every form built and graded without a terminal
 * (question.c, form_*.c), against one oracle and the bundled
 * misreadings, from a bank held in memory.
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
#include "form.h"
#include "oracle.h"
#include "probe.h"
#include "question.h"

/* What every test shares: started once, in the group's setup. */
static struct oracle	*oracle;
static struct distract	*distract;
static struct bank	*bank;
/* The stems a choice may take (1 << STEM_*), 0 any: build() asks. */
static unsigned		 stems;

static const char bank_text[] =
    /* Fits output, choice, select, a made gap, order; not error. */
    "## div\n"
    "```python\n"
    "x = 7\n"
    "print(x // 2, x % 3)\n"
    "print(x / 2)\n"
    "```\n"
    /* Indented: not an order. */
    "## loop\n"
    "```python\n"
    "total = 0\n"
    "for i in range(4):\n"
    "    total += i\n"
    "print(total)\n"
    "```\n"
    /* Line 4 raises KeyError after printing 1. */
    "## raise\n"
    "What does it print?\n"
    "\n"
    "```python\n"
    "d = {'a': 1}\n"
    "x = 2\n"
    "print(d['a'])\n"
    "print(d['b'])\n"
    "y = 3\n"
    "```\n"
    /* append taken for extend: nums.extend(5) does not belong. */
    "## order-stray\n"
    "```python\n"
    "nums = [3, 1, 2]\n"
    "nums.append(5)\n"
    "nums.sort()\n"
    "print(nums)\n"
    "```\n"
    /* x ends with 3 items; append taken for extend leaves 4. */
    "## append-nested\n"
    "```python\n"
    "x = [1, 2]\n"
    "x.append([3, 4])\n"
    "print(x)\n"
    "```\n"
    /* n: str, then float; / taken for floor division leaves an int. */
    "## half\n"
    "```python\n"
    "n = '7'\n"
    "n = int(n) / 2\n"
    "print(n)\n"
    "```\n"
    /*
     * // taken for true division is "b = a / 2" as ast.unparse writes
     * it: it would stand out beside "b = a//2", so it is not offered.
     */
    "## order-tight\n"
    "```python\n"
    "a = 7\n"
    "b = a//2\n"
    "print(b)\n"
    "```\n"
    /* a = 1 and b = 2 commute. */
    "## commute\n"
    "- form: order\n"
    "```python\n"
    "a = 1\n"
    "b = 2\n"
    "c = a + b\n"
    "print(c)\n"
    "```\n"
    /* Near fills 3 and 1 print something else, 4 raises. */
    "## gap-bank\n"
    "```python\n"
    "x = [1, 2, 3, 4]\n"
    "print(x[___])\n"
    "```\n"
    "```fill\n"
    "2\n"
    "```\n"
    /*
     * One near fill (1), and no misreading of its line: typed in
     * practice, not asked in an exam.
     */
    "## gap-one\n"
    "```python\n"
    "x = [5, 6]\n"
    "print(x[0] + ___)\n"
    "```\n"
    "```fill\n"
    "0\n"
    "```\n"
    /* Every near fill prints 0 too: none is offered. */
    "## gap-same\n"
    "```python\n"
    "print(___ * 0)\n"
    "```\n"
    "```fill\n"
    "3\n"
    "```\n"
    /* It shows nothing: any fill would be right, so no gap. */
    "## gap-silent\n"
    "```python\n"
    "x = 3 * 4\n"
    "```\n"
    /* A built-in's name as the fill: its siblings are near fills. */
    "## gap-max\n"
    "```python\n"
    "print(___(3, 5))\n"
    "```\n"
    "```fill\n"
    "max\n"
    "```\n"
    /* A repeated line: "How many times is `*` printed?" (3). */
    "## stars\n"
    "```python\n"
    "for i in range(3):\n"
    "    print('*')\n"
    "print('done')\n"
    "```\n"
    /* No line repeats: "How many lines does it print?" (2). */
    "## count-lines\n"
    "```python\n"
    "for i in range(2):\n"
    "    print(i)\n"
    "```\n"
    /* Raises IndexError; indexing from 1 prints 3. */
    "## index\n"
    "```python\n"
    "x = [1, 2, 3]\n"
    "print(x[3])\n"
    "```\n"
    /* x takes 7, 3, 9, 10: "What is the value of `x` ...?" */
    "## names\n"
    "```python\n"
    "x = 7\n"
    "x //= 2\n"
    "x **= 2\n"
    "x += 1\n"
    "print(x % 4)\n"
    "```\n"
    /* Its values differ from run to run: none to ask for. */
    "## names-random\n"
    "```python\n"
    "import random\n"
    "x = 0\n"
    "x = random.random()\n"
    "x = x * 2\n"
    "print(x > 2)\n"
    "```\n"
    /* Its own prose asks what it prints: asked so. */
    "## names-prose\n"
    "What is printed?\n"
    "\n"
    "```python\n"
    "n = 1\n"
    "n += 1\n"
    "n += 1\n"
    "print(n // 2)\n"
    "```\n"
    /* The bank's own options, one right: a choice of four. */
    "## bank-choice\n"
    "```python\n"
    "print(7 // 2)\n"
    "```\n"
    "```options\n"
    "[x] 3\n"
    "[ ] 3.5\n"
    "[ ] 4\n"
    "[ ] The code raises an exception\n"
    "```\n"
    /* The bank's own options, two right: a select two. */
    "## bank-select\n"
    "Which are true after it runs? (Select two answers)\n"
    "\n"
    "```python\n"
    "a = [1, 2, 3]\n"
    "b = a\n"
    "b.append(4)\n"
    "```\n"
    "```options eval\n"
    "[x] len(a) == 4\n"
    "[x] a is b\n"
    "[ ] b == [1, 2, 3]\n"
    "[ ] a[3] == 3\n"
    "```\n"
    /* Its own misreading: line 2 read as rounding halves up (4). */
    "## authored\n"
    "```python\n"
    "n = 7\n"
    "half = n // 2\n"
    "print(half)\n"
    "```\n"
    "```misread // taken as rounding halves up\n"
    "n = 7\n"
    "half = round(n / 2 + 0.1)\n"
    "print(half)\n"
    "```\n"
    /* A concept item's why: lines say why, they name no misreading. */
    "## concept-why\n"
    "- kind: concept\n"
    "- source: the test\n"
    "\n"
    "Which is a keyword?\n"
    "\n"
    "```options\n"
    "[x] while\n"
    "[ ] print\n"
    "    why: a built-in function's name\n"
    "[ ] self\n"
    "    why: a name by convention only\n"
    "[ ] main\n"
    "    why: a name like any other\n"
    "```\n";

static int
group_setup(void **state)
{
	/* Before the bank: the zygote should not carry it. */
	if (oracle_fixture_start(&oracle, &distract) == -1)
		return (-1);
	bank = bank_parse("t.md", bank_text, strlen(bank_text));
	if (bank->nerrors != 0) {
		fprintf(stderr, "t.md:%d: %s\n", bank->errors[0].line,
		    bank->errors[0].msg);
		return (-1);
	}
	return (0);
}

static int
group_teardown(void **state)
{
	bank_free(bank);
	distract_free(distract);
	oracle_stop(oracle);
	return (0);
}

static const struct bank_item *
item(const char *id)
{
	const struct bank_item	*it;

	if ((it = bank_find(bank, id)) == NULL)
		fail_msg("no item %s", id);
	return (it);
}

/* What holds of every question built, whatever its form. */
static void
check_invariants(const struct question *q, enum form f)
{
	int	 i, nright = 0;

	assert_int_equal(q->form, f);
	assert_non_null(q->stem);
	assert_non_null(q->key);
	/* A concept item has no code to show. */
	if (f != FORM_ORDER && q->item->kind != BANK_KIND_CONCEPT)
		assert_non_null(q->code);
	if (f == FORM_GAP || f == FORM_ORDER)
		assert_non_null(q->aim);
	for (i = 0; i < q->nopts; i++) {
		assert_non_null(q->opts[i].text);
		if (q->opts[i].right)
			nright++;
		else
			assert_non_null(q->opts[i].label);
		/*
		 * A named misreading is a wrong option's, and every option
		 * a misreading's run gives names its own (a gap's near fill
		 * is no misreading).
		 */
		if (q->opts[i].misread != NULL) {
			assert_false(q->opts[i].right);
			assert_int_equal(q->opts[i].source, SOURCE_MISREADING);
		} else if (q->opts[i].source == SOURCE_MISREADING &&
		    f != FORM_GAP)
			fail_msg("option '%s' has no misreading",
			    q->opts[i].text);
		if (q->opts[i].source == SOURCE_BANK)
			continue;
		/* Only the truth is right; the truth is right. */
		assert_int_equal(q->opts[i].right,
		    q->opts[i].source == SOURCE_TRUTH);
	}
	switch (f) {
	case FORM_OUTPUT:
		assert_int_equal(q->nopts, 0);
		assert_int_equal(q->pick, 0);
		break;
	case FORM_ORDER:
		/* The program's lines, and at most one that does not belong. */
		assert_true(q->nopts == q->pick || q->nopts == q->pick + 1);
		assert_int_equal(nright, q->pick);
		assert_non_null(q->perm);
		break;
	case FORM_GAP:
		if (q->pick == 0) {
			assert_int_equal(q->nopts, 0);
			break;
		}
		/* FALLTHROUGH */
	default:
		assert_true(q->pick >= 1);
		assert_true(q->nopts > q->pick);
		assert_int_equal(nright, q->pick);
		break;
	}
}

/* Build item id in form f: 0, or 1 (does not fit); fails on -1. */
static int
build(const char *id, enum form f, int exam, struct question *q)
{
	struct question_ctx	 ctx = { oracle, distract, exam, stems };
	char			*cause = NULL, *key;
	int			 rc;

	key = question_item_key("banks/t.md", item(id));
	rc = question_build(&ctx, key, item(id), f, q, &cause);
	free(key);
	if (rc == -1)
		fail_msg("%s as %s: %s", id, form_name(f), cause);
	if (rc == 0)
		check_invariants(q, f);
	else {
		/* Nothing is left behind in q. */
		assert_null(q->opts);
		assert_null(q->stem);
		assert_null(q->key);
	}
	return (rc);
}

static void
build_ok(const char *id, enum form f, int exam, struct question *q)
{
	if (build(id, f, exam, q) != 0)
		fail_msg("%s does not fit %s", id, form_name(f));
}

/* Grade answer (well formed) in q: the score; *right, *ran if asked. */
static double
grade(const struct question *q, const char *answer, int *right)
{
	struct question_ctx	 ctx = { oracle, distract, 0, 0 };
	struct question_verdict	 v;
	char			*cause = NULL, *why = NULL;
	double			 score;

	if (question_parse(q, answer, &why) != 0)
		fail_msg("'%s' refused: %s", answer, why);
	if (question_grade(&ctx, q, answer, &v, &cause) != 0)
		fail_msg("grading '%s': %s", answer, cause);
	assert_non_null(v.given);
	score = v.score;
	assert_true(score >= 0 && score <= 1);
	assert_int_equal(v.right, score == 1);
	if (right != NULL)
		*right = v.right;
	question_verdict_free(&v);
	return (score);
}

/* The right answer is right, with full credit. */
static void
grade_answer(const struct question *q)
{
	char	*answer;
	int	 right;

	answer = question_answer(q);
	assert_true(grade(q, answer, &right) == 1);
	assert_true(right);
	free(answer);
}

/* answer is refused, with a message. */
static void
refused(const struct question *q, const char *answer)
{
	char	*why = NULL;

	if (question_parse(q, answer, &why) == 0)
		fail_msg("'%s' was taken", answer);
	assert_non_null(why);
	assert_true(*why != '\0');
	free(why);
}

/* The letter of the option reading text. */
static char
letter_of(const struct question *q, const char *text)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		if (strcmp(q->opts[i].text, text) == 0)
			return ((char)('A' + i));
	}
	fail_msg("no option '%s'", text);
	return ('?');
}

/* The letter of the first option with right == want. */
static char
letter_right(const struct question *q, int want)
{
	int	 i;

	for (i = 0; i < q->nopts; i++) {
		if (!q->opts[i].right == !want)
			return ((char)('A' + i));
	}
	fail_msg("no %s option", want ? "right" : "wrong");
	return ('?');
}

/* Grade answer (well formed) in q into *v (caller frees). */
static void
verdict(const struct question *q, const char *answer,
    struct question_verdict *v)
{
	struct question_ctx	 ctx = { oracle, distract, 0, 0 };
	char			*cause = NULL, *why = NULL;

	if (question_parse(q, answer, &why) != 0)
		fail_msg("'%s' refused: %s", answer, why);
	if (question_grade(&ctx, q, answer, v, &cause) != 0)
		fail_msg("grading '%s': %s", answer, cause);
}

/* The verdict's entry for label, or NULL. */
static const struct question_misread *
misread_of(const struct question_verdict *v, const char *label)
{
	int	 i;

	for (i = 0; i < v->nmisreads; i++) {
		if (strcmp(v->misreads[i].label, label) == 0)
			return (&v->misreads[i]);
	}
	return (NULL);
}

/* How many of v's misreadings are made. */
static int
misreads_made(const struct question_verdict *v)
{
	int	 i, n = 0;

	for (i = 0; i < v->nmisreads; i++)
		n += v->misreads[i].made;
	return (n);
}

static void
test_output(void **state)
{
	struct question	 q;
	int		 right;

	build_ok("div", FORM_OUTPUT, 0, &q);
	assert_int_equal(q.stem_kind, STEM_OUTPUT);
	assert_string_equal(q.key, "t.md#div");
	assert_string_equal(q.code, "x = 7\nprint(x // 2, x % 3)\n"
	    "print(x / 2)\n");
	grade_answer(&q);
	assert_true(grade(&q, "3 1\n3.5\n", &right) == 1);
	assert_true(grade(&q, "3.5 1\n3.5\n", &right) == 0);
	assert_false(right);
	question_free(&q);
	/* The exams never ask for typed output. */
	assert_int_equal(build("div", FORM_OUTPUT, 1, &q), 1);
}

static void
test_choice(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };
	int		 right;

	build_ok("div", FORM_CHOICE, 1, &q);
	/* The only stem that fits div: no misreading changes its count. */
	assert_int_equal(q.stem_kind, STEM_OUTPUT);
	assert_int_equal(q.pick, 1);
	assert_int_equal(q.nopts, 4);
	letter_of(&q, "3 1\n3.5\n");
	grade_answer(&q);
	ans[0] = letter_right(&q, 0);
	assert_true(grade(&q, ans, &right) == 0);
	assert_false(right);
	/* Lower case and spaces are fine. */
	ans[0] = (char)(letter_right(&q, 1) | 0x20);
	assert_true(grade(&q, ans, NULL) == 1);
	refused(&q, "Z");
	refused(&q, "E");
	refused(&q, "AA");
	refused(&q, "AB");
	refused(&q, "");
	refused(&q, " ");
	refused(&q, "1");
	question_free(&q);
	/* No misreadings, no bank options: no choice. */
	{
		struct question_ctx	 ctx = { oracle, NULL, 0, 0 };
		char			*cause = NULL;

		assert_int_equal(question_build(&ctx, "t.md#div", item("div"),
		    FORM_CHOICE, &q, &cause), 1);
	}
}

static void
test_choice_bank(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };
	int		 i;

	build_ok("bank-choice", FORM_CHOICE, 1, &q);
	assert_int_equal(q.nopts, 4);
	assert_int_equal(q.pick, 1);
	for (i = 0; i < q.nopts; i++)
		assert_int_equal(q.opts[i].source, SOURCE_BANK);
	assert_true(q.opts[letter_of(&q, "3") - 'A'].right);
	grade_answer(&q);
	ans[0] = letter_of(&q, "3.5");
	assert_true(grade(&q, ans, NULL) == 0);
	question_free(&q);
	/* Two right options are not a single choice. */
	assert_int_equal(build("bank-select", FORM_CHOICE, 1, &q), 1);
}

static void
test_select(void **state)
{
	struct question	 q;
	char		 ans[3] = { 0, 0, 0 }, *key;
	int		 right;

	build_ok("div", FORM_SELECT, 1, &q);
	assert_int_equal(q.stem_kind, STEM_SELECT);
	assert_int_equal(q.pick, 2);
	assert_true(q.nopts >= 4);
	grade_answer(&q);
	key = question_answer(&q);
	assert_int_equal(strlen(key), 2);
	/* One right pick alone: half. */
	ans[0] = key[0];
	assert_true(grade(&q, ans, &right) == 0.5);
	assert_false(right);
	/* One right and one wrong: nothing. */
	ans[1] = letter_right(&q, 0);
	assert_true(grade(&q, ans, NULL) == 0);
	/* Both wrong: nothing. */
	ans[0] = letter_right(&q, 0);
	ans[1] = '\0';
	assert_true(grade(&q, ans, NULL) == 0);
	refused(&q, "ABC");
	refused(&q, "");
	refused(&q, "AA");
	free(key);
	question_free(&q);
}

static void
test_select_bank(void **state)
{
	struct question	 q;
	char		 ans[3] = { 0, 0, 0 };

	build_ok("bank-select", FORM_SELECT, 1, &q);
	/* The prose says how many already: not twice. */
	assert_string_equal(strstr(q.stem, "Which are true"), q.stem);
	assert_null(strstr(strstr(q.stem, "(Select two") + 1, "(Select"));
	assert_int_equal(q.stem_kind, STEM_VALUE);
	assert_int_equal(q.pick, 2);
	assert_int_equal(q.nopts, 4);
	assert_true(q.opts[letter_of(&q, "a is b") - 'A'].right);
	assert_true(q.opts[letter_of(&q, "len(a) == 4") - 'A'].right);
	assert_false(q.opts[letter_of(&q, "a[3] == 3") - 'A'].right);
	grade_answer(&q);
	ans[0] = letter_of(&q, "a is b");
	ans[1] = letter_of(&q, "len(a) == 4");
	assert_true(grade(&q, ans, NULL) == 1);
	ans[1] = '\0';
	assert_true(grade(&q, ans, NULL) == 0.5);
	ans[1] = letter_of(&q, "a[3] == 3");
	assert_true(grade(&q, ans, NULL) == 0);
	refused(&q, "ABC");
	question_free(&q);
	/* One right option is not a select. */
	assert_int_equal(build("bank-choice", FORM_SELECT, 1, &q), 1);
}

static void
test_gap_options(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };
	int		 i;

	build_ok("gap-bank", FORM_GAP, 1, &q);
	assert_string_equal(q.stem, "Which of these, put in place of ___,"
	    " makes the program print:");
	assert_int_equal(q.stem_kind, STEM_INSERT);
	assert_int_equal(q.pick, 1);
	assert_int_equal(q.nopts, 4);
	assert_string_equal(q.code, "x = [1, 2, 3, 4]\nprint(x[___])\n");
	assert_string_equal(q.fill, "2");
	assert_string_equal(q.aim, "3\n");
	assert_true(q.opts[letter_of(&q, "2") - 'A'].right);
	for (i = 0; i < q.nopts; i++) {
		if (!q.opts[i].right)
			assert_int_equal(q.opts[i].source, SOURCE_MISREADING);
	}
	/*
	 * Each wrong fill says what it gives; one a misreading of the line
	 * puts there says which (a code mutant of print(x[2])), a near
	 * fill only what it gives.
	 */
	assert_string_equal(q.opts[letter_of(&q, "3") - 'A'].label,
	    "an index taken as one further on: it then prints 4");
	assert_string_equal(q.opts[letter_of(&q, "1") - 'A'].label,
	    "indexing taken as starting at 1: it then prints 2");
	assert_string_equal(q.opts[letter_of(&q, "4") - 'A'].label,
	    "it then raises IndexError");
	grade_answer(&q);
	ans[0] = letter_of(&q, "4");
	assert_true(grade(&q, ans, NULL) == 0);
	refused(&q, "AB");
	refused(&q, "E");
	question_free(&q);
}

static void
test_gap_typed(void **state)
{
	struct question	 q;
	int		 right;

	/* One wrong fill: an exam cannot ask it, practice has it typed. */
	assert_int_equal(build("gap-one", FORM_GAP, 1, &q), 1);
	build_ok("gap-one", FORM_GAP, 0, &q);
	assert_string_equal(q.stem, "Fill in the blank (___) so that the"
	    " program prints:");
	assert_int_equal(q.pick, 0);
	assert_int_equal(q.nopts, 0);
	assert_string_equal(q.fill, "0");
	assert_string_equal(q.aim, "5\n");
	grade_answer(&q);
	/* Another fill that gives the same result is right: it is run. */
	assert_true(grade(&q, "x[0] - 5", &right) == 1);
	assert_true(grade(&q, "len(x) - 2", &right) == 1);
	assert_true(grade(&q, "1", &right) == 0);
	assert_false(right);
	assert_true(grade(&q, "x", &right) == 0);
	refused(&q, "");
	refused(&q, "0\n1");
	question_free(&q);
	/* Near fills that give the truth too are not wrong options. */
	assert_int_equal(build("gap-same", FORM_GAP, 1, &q), 1);
	build_ok("gap-same", FORM_GAP, 0, &q);
	assert_int_equal(q.pick, 0);
	assert_true(grade(&q, "4", NULL) == 1);
	question_free(&q);
	/* Nothing printed, nothing raised: not a gap, typed or not. */
	assert_int_equal(build("gap-silent", FORM_GAP, 0, &q), 1);
	assert_int_equal(build("gap-silent", FORM_GAP, 1, &q), 1);
}

static void
test_gap_builtin(void **state)
{
	struct question	 q;

	/* max's siblings (min, sum, len, ...) give something else. */
	build_ok("gap-max", FORM_GAP, 1, &q);
	assert_int_equal(q.pick, 1);
	assert_int_equal(q.nopts, 4);
	assert_true(q.opts[letter_of(&q, "max") - 'A'].right);
	grade_answer(&q);
	question_free(&q);
}

static void
test_gap_made(void **state)
{
	struct question	 q;
	unsigned int	 seed;
	int		 built = 0;

	/* A blank made in a program without one. */
	for (seed = 0; seed < 6; seed++) {
		srandom(seed);
		if (build("div", FORM_GAP, 0, &q) == 1)
			continue;
		assert_non_null(q.fill);
		assert_non_null(strstr(q.code, "___"));
		grade_answer(&q);
		question_free(&q);
		built++;
	}
	assert_true(built > 0);
}

/* The letters that put q's lines in the order of lines[]. */
static void
order_of(const struct question *q, const char **lines, char *ans)
{
	int	 i;

	for (i = 0; i < q->pick; i++)
		ans[i] = letter_of(q, lines[i]);
	ans[i] = '\0';
}

static void
test_order(void **state)
{
	static const char *own[] = { "a = 1", "b = 2", "c = a + b",
	    "print(c)" };
	static const char *swapped[] = { "b = 2", "a = 1", "c = a + b",
	    "print(c)" };
	static const char *early[] = { "c = a + b", "a = 1", "b = 2",
	    "print(c)" };
	static const char *reversed[] = { "print(c)", "c = a + b", "b = 2",
	    "a = 1" };
	static const char *stray_own[] = { "nums = [3, 1, 2]",
	    "nums.append(5)", "nums.sort()", "print(nums)" };
	static const char *stray_sorted[] = { "nums = [3, 1, 2]",
	    "nums.sort()", "nums.append(5)", "print(nums)" };
	static const char *stray_used[] = { "nums = [3, 1, 2]",
	    "nums.extend(5)", "nums.sort()", "print(nums)" };
	struct question	 q;
	char		 ans[8], *key;
	int		 right, i;

	build_ok("commute", FORM_ORDER, 1, &q);
	assert_int_equal(q.stem_kind, STEM_ORDER);
	assert_int_equal(q.nopts, 4);
	assert_string_equal(q.aim, "3\n");
	grade_answer(&q);
	key = question_answer(&q);
	order_of(&q, own, ans);
	assert_string_equal(key, ans);
	free(key);
	/* Another order that prints the same is right. */
	order_of(&q, swapped, ans);
	assert_true(grade(&q, ans, &right) == 1);
	assert_true(right);
	/* Wrong orders: the longest run kept in order, over 4. */
	order_of(&q, early, ans);
	assert_true(grade(&q, ans, &right) == 0.75);
	assert_false(right);
	order_of(&q, reversed, ans);
	assert_true(grade(&q, ans, NULL) == 0.25);
	refused(&q, "ABC");
	refused(&q, "ABCDE");
	refused(&q, "AABC");
	refused(&q, "ABCE");
	refused(&q, "");
	question_free(&q);
	/*
	 * A line that does not belong, from a misreading (append taken for
	 * extend), proven to change the result: left out, the order is
	 * right; used, never, and it costs one line more.
	 */
	build_ok("order-stray", FORM_ORDER, 1, &q);
	assert_int_equal(q.pick, 4);
	assert_int_equal(q.nopts, 5);
	assert_null(strstr(q.stem, "these lines"));
	i = letter_of(&q, "nums.extend(5)") - 'A';
	assert_false(q.opts[i].right);
	assert_int_equal(q.opts[i].source, SOURCE_MISREADING);
	assert_string_equal(q.opts[i].label, "append taken for extend");
	assert_int_equal(q.perm[i], -1);
	grade_answer(&q);
	order_of(&q, stray_own, ans);
	key = question_answer(&q);
	assert_string_equal(key, ans);
	free(key);
	assert_true(grade(&q, ans, NULL) == 1);
	/* sort before append prints the same: right too. */
	order_of(&q, stray_sorted, ans);
	assert_true(grade(&q, ans, NULL) == 1);
	/* extend in append's place: LCS 3, less one, over 4. */
	order_of(&q, stray_used, ans);
	assert_true(grade(&q, ans, &right) == 0.5);
	assert_false(right);
	/* Four letters: all five are refused. */
	refused(&q, "ABCDE");
	refused(&q, "ABC");
	question_free(&q);
	/* A misreading's line written otherwise is not offered. */
	build_ok("order-tight", FORM_ORDER, 1, &q);
	for (i = 0; i < q.nopts; i++)
		assert_string_not_equal(q.opts[i].text, "b = a / 2");
	question_free(&q);
	/* Indented, or a block's header: not an order. */
	assert_int_equal(build("loop", FORM_ORDER, 0, &q), 1);
	/* It raises: not an order. */
	assert_int_equal(build("raise", FORM_ORDER, 0, &q), 1);
}

static void
test_error(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 }, *key;
	int		 i;

	build_ok("raise", FORM_ERROR, 1, &q);
	/* Its prose asks what it prints: this form asks in its own words. */
	assert_null(strstr(q.stem, "What does it print?"));
	assert_non_null(strstr(q.stem, "Which line raises it"));
	assert_int_equal(q.stem_kind, STEM_ERROR_LINE);
	assert_int_equal(q.pick, 1);
	assert_true(q.nopts >= 3 && q.nopts <= 4);
	assert_true(q.opts[letter_of(&q, "Line 4 raises KeyError") - 'A'].
	    right);
	for (i = 0; i < q.nopts; i++) {
		if (!q.opts[i].right)
			assert_int_equal(q.opts[i].source, SOURCE_GENERIC);
	}
	grade_answer(&q);
	ans[0] = letter_right(&q, 0);
	assert_true(grade(&q, ans, NULL) == 0);
	refused(&q, "AB");
	question_free(&q);
	/* Asked for what it prints, its prose is the stem. */
	build_ok("raise", FORM_OUTPUT, 0, &q);
	assert_non_null(strstr(q.stem, "What does it print?"));
	key = question_answer(&q);
	assert_string_equal(key, "1\nKeyError\n");
	free(key);
	question_free(&q);
	/* It does not raise: no line to name. */
	assert_int_equal(build("div", FORM_ERROR, 0, &q), 1);
	assert_int_equal(build("commute", FORM_ERROR, 0, &q), 1);
}

/* The options' texts of q as integers; each once, none below 0. */
static void
counts_sane(const struct question *q)
{
	int	 i, k;

	for (i = 0; i < q->nopts; i++) {
		assert_true(atoi(q->opts[i].text) >= 0);
		for (k = 0; k < i; k++)
			assert_string_not_equal(q->opts[i].text,
			    q->opts[k].text);
	}
}

static void
test_stem_count(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };
	int		 i, runs = 0;

	stems = 1U << STEM_COUNT;
	build_ok("stars", FORM_CHOICE, 1, &q);
	assert_int_equal(q.stem_kind, STEM_COUNT);
	assert_string_equal(q.stem, "How many times is `*` printed?");
	assert_int_equal(q.nopts, 4);
	counts_sane(&q);
	ans[0] = letter_of(&q, "3");
	assert_true(q.opts[ans[0] - 'A'].right);
	assert_true(grade(&q, ans, NULL) == 1);
	/* The range end taken as inclusive prints it 4 times, run. */
	ans[0] = letter_of(&q, "4");
	assert_int_equal(q.opts[ans[0] - 'A'].source, SOURCE_MISREADING);
	assert_true(grade(&q, ans, NULL) == 0);
	/* Near counts say they are not runs. */
	for (i = 0; i < q.nopts; i++) {
		if (q.opts[i].source == SOURCE_MISREADING)
			runs++;
		else if (q.opts[i].source == SOURCE_GENERIC)
			assert_non_null(strstr(q.opts[i].label, "not a run"));
	}
	assert_true(runs >= 1);
	grade_answer(&q);
	question_free(&q);

	build_ok("count-lines", FORM_CHOICE, 1, &q);
	assert_string_equal(q.stem, "How many lines does this program print?");
	counts_sane(&q);
	ans[0] = letter_of(&q, "2");
	assert_true(grade(&q, ans, NULL) == 1);
	assert_int_equal(q.opts[letter_of(&q, "3") - 'A'].source,
	    SOURCE_MISREADING);
	question_free(&q);

	/* No misreading changes div's count; raise and index raise. */
	assert_int_equal(build("div", FORM_CHOICE, 1, &q), 1);
	assert_int_equal(build("raise", FORM_CHOICE, 1, &q), 1);
	assert_int_equal(build("index", FORM_CHOICE, 1, &q), 1);
	stems = 0;
}

static void
test_stem_behaviour(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };

	stems = 1U << STEM_BEHAVIOUR;
	build_ok("index", FORM_CHOICE, 1, &q);
	assert_int_equal(q.stem_kind, STEM_BEHAVIOUR);
	assert_string_equal(q.stem,
	    "What is the expected behaviour of this program?");
	ans[0] = letter_of(&q, "It raises IndexError");
	assert_true(q.opts[ans[0] - 'A'].right);
	assert_true(grade(&q, ans, NULL) == 1);
	/* Indexing from 1, run. */
	ans[0] = letter_of(&q, "It prints 3");
	assert_int_equal(q.opts[ans[0] - 'A'].source, SOURCE_MISREADING);
	assert_true(grade(&q, ans, NULL) == 0);
	/* It compiles: the truth's run proves it. */
	ans[0] = letter_of(&q, "The code is erroneous");
	assert_int_equal(q.opts[ans[0] - 'A'].source, SOURCE_GENERIC);
	assert_true(grade(&q, ans, NULL) == 0);
	grade_answer(&q);
	question_free(&q);
	/* Only a program that raises. */
	assert_int_equal(build("div", FORM_CHOICE, 1, &q), 1);
	assert_int_equal(build("stars", FORM_CHOICE, 1, &q), 1);
	stems = 0;
}

static void
test_stem_variable(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };
	int		 i;

	stems = 1U << STEM_VARIABLE;
	build_ok("names", FORM_CHOICE, 1, &q);
	assert_int_equal(q.stem_kind, STEM_VARIABLE);
	assert_string_equal(q.stem,
	    "What is the value of `x` after the code runs?");
	assert_int_equal(q.nopts, 4);
	ans[0] = letter_of(&q, "10");
	assert_true(q.opts[ans[0] - 'A'].right);
	assert_true(grade(&q, ans, NULL) == 1);
	/*
	 * What misreadings leave in x, each run and labelled: ** taken for
	 * multiplication leaves 7 (x = 3 * 2 + 1), before any value the
	 * run itself held.
	 */
	for (i = 0; i < q.nopts; i++) {
		if (q.opts[i].right)
			continue;
		assert_int_equal(q.opts[i].source, SOURCE_MISREADING);
		assert_non_null(q.opts[i].label);
	}
	i = letter_of(&q, "7") - 'A';
	assert_string_equal(q.opts[i].label, "** taken for multiplication");
	ans[0] = (char)('A' + i);
	assert_true(grade(&q, ans, NULL) == 0);
	grade_answer(&q);
	question_free(&q);
	/* Raises; one value only; values unlike twice; the bank's prose. */
	assert_int_equal(build("index", FORM_CHOICE, 1, &q), 1);
	assert_int_equal(build("div", FORM_CHOICE, 1, &q), 1);
	assert_int_equal(build("names-random", FORM_CHOICE, 1, &q), 1);
	assert_int_equal(build("names-prose", FORM_CHOICE, 1, &q), 1);
	stems = 0;
	build_ok("names-prose", FORM_CHOICE, 1, &q);
	assert_int_equal(q.stem_kind, STEM_OUTPUT);
	assert_true(strncmp(q.stem, "What is printed?", 16) == 0);
	question_free(&q);
}

/*
 * "What is the type (length) of `x` ...?": a misreading's program,
 * probed, leaves another in the same name; the name's earlier one in the
 * run is another option; a length is filled up with near lengths.
 */
static void
test_stem_shape(void **state)
{
	struct question	 q;
	char		 ans[2] = { 0, 0 };
	int		 i;

	stems = 1U << STEM_LENGTH;
	build_ok("append-nested", FORM_CHOICE, 1, &q);
	assert_int_equal(q.stem_kind, STEM_LENGTH);
	assert_string_equal(q.stem,
	    "What is the length of `x` after the code runs?");
	assert_int_equal(q.nopts, 4);
	ans[0] = letter_of(&q, "3");
	assert_true(grade(&q, ans, NULL) == 1);
	i = letter_of(&q, "4") - 'A';
	assert_int_equal(q.opts[i].source, SOURCE_MISREADING);
	assert_string_equal(q.opts[i].label, "append taken for extend");
	i = letter_of(&q, "2") - 'A';
	assert_int_equal(q.opts[i].source, SOURCE_TRACE);
	assert_string_equal(q.opts[i].label, "its length earlier in the run");
	question_free(&q);
	/* No misreading changes a length of div's names. */
	assert_int_equal(build("div", FORM_CHOICE, 1, &q), 1);
	stems = 1U << STEM_TYPE;
	build_ok("half", FORM_CHOICE, 1, &q);
	assert_int_equal(q.stem_kind, STEM_TYPE);
	assert_string_equal(q.stem,
	    "What is the type of `n` after the code runs?");
	assert_int_equal(q.nopts, 3);
	ans[0] = letter_of(&q, "float");
	assert_true(grade(&q, ans, NULL) == 1);
	i = letter_of(&q, "int") - 'A';
	assert_int_equal(q.opts[i].source, SOURCE_MISREADING);
	assert_string_equal(q.opts[i].label, "/ taken for floor division");
	i = letter_of(&q, "str") - 'A';
	assert_int_equal(q.opts[i].source, SOURCE_TRACE);
	question_free(&q);
	/* One type, never changed by a misreading: too few options. */
	assert_int_equal(build("append-nested", FORM_CHOICE, 1, &q), 1);
	stems = 0;
}

/*
 * The probe's types and lengths: a type's name only when it is a short
 * identifier (a class made with type() may be named with a newline), a
 * length only of a built-in (the program's own __len__ is never called:
 * it could print).
 */
static void
test_probe_shapes(void **state)
{
	static const char	 code[] =
	    "globals()[1] = 'a key no program names'\n"
	    "T = type('a\\nb', (), {})\n"
	    "x = T()\n"
	    "y = [1, 2]\n"
	    "y = 'abc'\n"
	    "class C:\n"
	    "    def __len__(self):\n"
	    "        print('len called')\n"
	    "        return 3\n"
	    "c = C()\n";
	struct probe_input	 in = { code, sizeof code - 1, NULL, 0, 0, 0 };
	struct probe_name	*names;
	size_t			 n, i;
	char			*out, *cause = NULL;
	int			 seen = 0;

	if (probe_names(oracle, &in, &names, &n, &out, &cause) != 0)
		fail_msg("probe: %s", cause);
	assert_string_equal(out, "");
	for (i = 0; i < n; i++) {
		if (strcmp(names[i].name, "x") == 0) {
			assert_int_equal(names[i].ntypes, 1);
			assert_string_equal(names[i].types[0], "");
			seen++;
		} else if (strcmp(names[i].name, "y") == 0) {
			assert_int_equal(names[i].ntypes, 2);
			assert_string_equal(names[i].types[0], "list");
			assert_string_equal(names[i].types[1], "str");
			assert_int_equal(names[i].nlens, 2);
			assert_int_equal(names[i].lens[0], 2);
			assert_int_equal(names[i].lens[1], 3);
			seen++;
		} else if (strcmp(names[i].name, "c") == 0) {
			assert_string_equal(names[i].types[0], "C");
			assert_int_equal(names[i].lens[0], -1);
			seen++;
		}
	}
	assert_int_equal(seen, 3);
	probe_names_free(names, n);
	free(out);
}

/* Drawn over seeds, every stem that fits comes up. */
static void
test_stem_draw(void **state)
{
	struct question	 q;
	int		 i, seen[STEM_VARIABLE + 1] = { 0 };

	for (i = 0; i < 60; i++) {
		srandom((unsigned int)i);
		build_ok("stars", FORM_CHOICE, 1, &q);
		seen[q.stem_kind]++;
		question_free(&q);
	}
	/*
	 * It prints, counts and loops (i is 0, 1, 2); it does not raise.
	 * The count needs a near count (a guess) to make four, the output a
	 * generic fill; the value of i has a misreading's value and values
	 * the run held (no guess): it alone is drawn.
	 */
	assert_int_equal(seen[STEM_VARIABLE], 60);
	assert_int_equal(seen[STEM_OUTPUT] + seen[STEM_COUNT] +
	    seen[STEM_VARIABLE], 60);
}

/* Built twice after srandom(7), a question is the same question. */
static void
test_reproducible(void **state)
{
	static const struct { const char *id; enum form f; } cases[] = {
		{ "div", FORM_CHOICE }, { "div", FORM_SELECT },
		{ "div", FORM_GAP }, { "commute", FORM_ORDER },
		{ "raise", FORM_ERROR }, { "gap-bank", FORM_GAP },
		{ "bank-choice", FORM_CHOICE }, { "bank-select", FORM_SELECT },
		{ "stars", FORM_CHOICE }, { "index", FORM_CHOICE },
		{ "names", FORM_CHOICE },
	};
	struct question	 a, b;
	size_t		 k;
	int		 i, ra, rb;

	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		srandom(7);
		ra = build(cases[k].id, cases[k].f, 0, &a);
		srandom(7);
		rb = build(cases[k].id, cases[k].f, 0, &b);
		assert_int_equal(ra, rb);
		if (ra != 0)
			continue;
		assert_string_equal(a.stem, b.stem);
		/* An order shows its lines as options, not as code. */
		if (cases[k].f != FORM_ORDER)
			assert_string_equal(a.code, b.code);
		assert_int_equal(a.nopts, b.nopts);
		for (i = 0; i < a.nopts; i++) {
			assert_string_equal(a.opts[i].text, b.opts[i].text);
			assert_int_equal(a.opts[i].right, b.opts[i].right);
		}
		question_free(&a);
		question_free(&b);
	}
}

/* Where the right option falls over 400 seeds, for item id. */
static void
positions(const char *id, int *count)
{
	struct question	 q;
	int		 i, k;

	for (i = 0; i < 400; i++) {
		srandom((unsigned int)i);
		build_ok(id, FORM_CHOICE, 1, &q);
		assert_int_equal(q.nopts, 4);
		for (k = 0; k < q.nopts && !q.opts[k].right; k++)
			;
		count[k]++;
		question_free(&q);
	}
	print_message("# %s: right option A %d, B %d, C %d, D %d of 400\n",
	    id, count[0], count[1], count[2], count[3]);
	/* 15% to 35% each: a fair shuffle is 25% +- 2.2% (one sigma). */
	for (k = 0; k < 4; k++) {
		if (count[k] < 60 || count[k] > 140)
			fail_msg("%s: %c is right %d times of 400", id, 'A' + k,
			    count[k]);
	}
}

static void
test_uniform_bank(void **state)
{
	int	 count[5] = { 0 };

	positions("bank-choice", count);
}

static void
test_uniform_misreadings(void **state)
{
	int	 count[5] = { 0 };

	positions("div", count);
}

static void
test_forms(void **state)
{
	static const struct { const char *id; enum form own; } cases[] = {
		{ "div", FORM_OUTPUT },		/* none of its own */
		{ "commute", FORM_ORDER },
		{ "gap-bank", FORM_GAP },
		{ "bank-choice", FORM_CHOICE },
		{ "bank-select", FORM_CHOICE },
	};
	/* The room the header promises, and a guard after it. */
	struct {
		enum form	 order[FORM_COUNT];
		int		 guard;
	} o;
	int		 seen[FORM_COUNT];
	size_t		 k;
	unsigned int	 seed;
	int		 exam, n, i;

	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		for (seed = 0; seed < 20; seed++) {
			for (exam = 0; exam < 2; exam++) {
				srandom(seed);
				o.guard = 0x5a5a;
				n = question_forms(item(cases[k].id), exam,
				    o.order);
				assert_int_equal(o.guard, 0x5a5a);
				/* Every exam form, typing only in practice. */
				assert_int_equal(n, exam ? FORM_COUNT - 1 :
				    FORM_COUNT);
				if (cases[k].own != FORM_OUTPUT)
					assert_int_equal(o.order[0],
					    cases[k].own);
				/* Options: a select if several are right. */
				if (item(cases[k].id)->nopts > 0)
					assert_int_equal(o.order[1],
					    FORM_SELECT);
				memset(seen, 0, sizeof seen);
				for (i = 0; i < n; i++) {
					assert_true(o.order[i] >= 0 &&
					    o.order[i] < FORM_COUNT);
					assert_int_equal(seen[o.order[i]]++, 0);
					if (exam)
						assert_int_not_equal(o.order[i],
						    FORM_OUTPUT);
				}
				if (!exam)
					assert_int_equal(o.order[n - 1],
					    FORM_OUTPUT);
			}
		}
	}
}

/* question_build_first: the first form that fits, the truth run once. */
static void
test_build_first(void **state)
{
	static const enum form forms[] = { FORM_ERROR, FORM_ORDER,
	    FORM_OUTPUT };
	struct question_ctx	 ctx = { oracle, distract, 0, 0 };
	struct question		 q;
	char			*cause = NULL;

	assert_int_equal(question_build_first(&ctx, "t.md#loop", item("loop"),
	    forms, 3, &q, &cause), 0);
	check_invariants(&q, FORM_OUTPUT);
	question_free(&q);
	ctx.exam = 1;
	assert_int_equal(question_build_first(&ctx, "t.md#loop", item("loop"),
	    forms, 3, &q, &cause), 1);
	assert_int_equal(question_build_first(&ctx, "t.md#raise",
	    item("raise"), forms, 3, &q, &cause), 0);
	check_invariants(&q, FORM_ERROR);
	question_free(&q);
}

/*
 * Picked options: the picked misreading made, where it bites; every
 * other one shown resisted; one entry a label; the truth picked, all
 * resisted.
 */
static void
test_misread_choice(void **state)
{
	const struct question_misread	*m;
	struct question_verdict		 v;
	struct question			 q;
	char				 ans[3] = { 0, 0, 0 };
	int				 i, k = -1, labels = 0;

	build_ok("div", FORM_CHOICE, 1, &q);
	for (i = 0; i < q.nopts; i++) {
		if (q.opts[i].misread == NULL)
			continue;
		assert_int_equal(q.opts[i].source, SOURCE_MISREADING);
		assert_string_equal(q.opts[i].misread, q.opts[i].label);
		labels++;
		if (k == -1)
			k = i;
	}
	assert_true(labels >= 2);
	/* // taken for true division bites at line 2 (its site). */
	i = letter_of(&q, "3.5 1\n3.5\n") - 'A';
	assert_string_equal(q.opts[i].misread, "// taken for true division");
	assert_int_equal(q.opts[i].line, 2);
	ans[0] = (char)('A' + i);
	verdict(&q, ans, &v);
	assert_false(v.right);
	assert_int_equal(v.nmisreads, labels);
	assert_int_equal(misreads_made(&v), 1);
	assert_non_null(m = misread_of(&v, "// taken for true division"));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, 2);
	question_verdict_free(&v);
	ans[0] = letter_right(&q, 1);
	verdict(&q, ans, &v);
	assert_true(v.right);
	assert_int_equal(v.nmisreads, labels);
	assert_int_equal(misreads_made(&v), 0);
	question_verdict_free(&v);
	question_free(&q);
	/* A select: the wrong one picked made, the others resisted. */
	build_ok("div", FORM_SELECT, 1, &q);
	for (i = 0, labels = 0, k = -1; i < q.nopts; i++) {
		if (q.opts[i].misread != NULL && k == -1)
			k = i;
		if (q.opts[i].misread != NULL && (i == k ||
		    strcmp(q.opts[i].misread, q.opts[k].misread) != 0))
			labels++;
	}
	assert_true(k >= 0);
	ans[0] = letter_right(&q, 1);
	ans[1] = (char)('A' + k);
	verdict(&q, ans, &v);
	assert_false(v.right);
	assert_int_equal(misreads_made(&v), 1);
	assert_non_null(m = misread_of(&v, q.opts[k].misread));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, q.opts[k].line);
	question_verdict_free(&v);
	question_free(&q);
}

/*
 * Options no misreading gives are no evidence: the bank's own, a
 * concept item's (its why: lines), the error form's.
 */
static void
test_misread_none(void **state)
{
	struct question_verdict	 v;
	struct question		 q;
	char			 ans[2] = { 0, 0 };
	int			 i;

	build_ok("bank-choice", FORM_CHOICE, 0, &q);
	ans[0] = letter_right(&q, 0);
	verdict(&q, ans, &v);
	assert_int_equal(v.nmisreads, 0);
	question_verdict_free(&v);
	question_free(&q);
	build_ok("concept-why", FORM_CHOICE, 0, &q);
	for (i = 0; i < q.nopts; i++) {
		if (!q.opts[i].right)
			assert_non_null(q.opts[i].label);
		assert_null(q.opts[i].misread);
	}
	ans[0] = letter_of(&q, "print");
	verdict(&q, ans, &v);
	assert_false(v.right);
	assert_int_equal(v.nmisreads, 0);
	question_verdict_free(&v);
	question_free(&q);
	build_ok("raise", FORM_ERROR, 0, &q);
	ans[0] = letter_right(&q, 0);
	verdict(&q, ans, &v);
	assert_int_equal(v.nmisreads, 0);
	question_verdict_free(&v);
	question_free(&q);
}

/*
 * A typed output is the misreading whose run prints it, where that
 * bites; a right one runs nothing (no oracle to run in).
 */
static void
test_misread_typed(void **state)
{
	struct question_ctx		 none = { NULL, distract, 0, 0 };
	const struct question_misread	*m;
	struct question_verdict		 v;
	struct question			 q;
	char				*cause = NULL;
	int				 i;

	build_ok("div", FORM_OUTPUT, 0, &q);
	assert_int_equal(question_grade(&none, &q, "3 1\n3.5\n", &v,
	    &cause), 0);
	assert_true(v.right);
	assert_int_equal(v.nmisreads, 0);
	question_verdict_free(&v);
	verdict(&q, "3.5 1\n3.5\n", &v);
	assert_false(v.right);
	assert_non_null(m = misread_of(&v, "// taken for true division"));
	assert_int_equal(m->line, 2);
	/* Nothing was shown: all made. */
	for (i = 0; i < v.nmisreads; i++)
		assert_int_equal(v.misreads[i].made, 1);
	question_verdict_free(&v);
	/* An answer no misreading prints is none. */
	verdict(&q, "42\n", &v);
	assert_int_equal(v.nmisreads, 0);
	question_verdict_free(&v);
	question_free(&q);
	/* What range end taken as inclusive prints (0 + 1 + 2 + 3 + 4). */
	build_ok("loop", FORM_OUTPUT, 0, &q);
	verdict(&q, "10\n", &v);
	assert_non_null(m = misread_of(&v, "range end taken as inclusive"));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, 2);
	question_verdict_free(&v);
	question_free(&q);
	/* An item's own misreading bites where its program differs. */
	build_ok("authored", FORM_OUTPUT, 0, &q);
	verdict(&q, "4\n", &v);
	assert_non_null(m = misread_of(&v, "// taken as rounding halves up"));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, 2);
	question_verdict_free(&v);
	question_free(&q);
}

/* Gap options as picks; a typed fill by its run. */
static void
test_misread_gap(void **state)
{
	const struct question_misread	*m;
	struct question_verdict		 v;
	struct question			 q;
	char				 ans[2] = { 0, 0 };

	build_ok("gap-bank", FORM_GAP, 1, &q);
	/* A near fill is no misreading. */
	assert_null(q.opts[letter_of(&q, "4") - 'A'].misread);
	ans[0] = letter_of(&q, "3");
	verdict(&q, ans, &v);
	assert_int_equal(v.nmisreads, 2);
	assert_non_null(m = misread_of(&v, "an index taken as one further"
	    " on"));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, 2);
	assert_non_null(m = misread_of(&v, "indexing taken as starting at"
	    " 1"));
	assert_int_equal(m->made, 0);
	question_verdict_free(&v);
	question_free(&q);
	/* x[0] + 1 prints what x[1] + 0 prints: indexing from 1. */
	build_ok("gap-one", FORM_GAP, 0, &q);
	verdict(&q, "1", &v);
	assert_false(v.right);
	assert_non_null(m = misread_of(&v, "indexing taken as starting at"
	    " 1"));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, 2);
	question_verdict_free(&v);
	verdict(&q, "0", &v);
	assert_true(v.right);
	assert_int_equal(v.nmisreads, 0);
	question_verdict_free(&v);
	question_free(&q);
}

/* The line that does not belong: made if used, resisted if left out. */
static void
test_misread_order(void **state)
{
	static const char *stray_own[] = { "nums = [3, 1, 2]",
	    "nums.append(5)", "nums.sort()", "print(nums)" };
	static const char *stray_used[] = { "nums = [3, 1, 2]",
	    "nums.extend(5)", "nums.sort()", "print(nums)" };
	const struct question_misread	*m;
	struct question_verdict		 v;
	struct question			 q;
	char				 ans[8];

	build_ok("order-stray", FORM_ORDER, 1, &q);
	order_of(&q, stray_own, ans);
	verdict(&q, ans, &v);
	assert_true(v.right);
	assert_int_equal(v.nmisreads, 1);
	assert_non_null(m = misread_of(&v, "append taken for extend"));
	assert_int_equal(m->made, 0);
	assert_int_equal(m->line, 2);
	question_verdict_free(&v);
	order_of(&q, stray_used, ans);
	verdict(&q, ans, &v);
	assert_false(v.right);
	assert_non_null(m = misread_of(&v, "append taken for extend"));
	assert_int_equal(m->made, 1);
	assert_int_equal(m->line, 2);
	question_verdict_free(&v);
	question_free(&q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_output),
		cmocka_unit_test(test_choice),
		cmocka_unit_test(test_choice_bank),
		cmocka_unit_test(test_select),
		cmocka_unit_test(test_select_bank),
		cmocka_unit_test(test_gap_options),
		cmocka_unit_test(test_gap_typed),
		cmocka_unit_test(test_gap_builtin),
		cmocka_unit_test(test_gap_made),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_error),
		cmocka_unit_test(test_stem_count),
		cmocka_unit_test(test_stem_behaviour),
		cmocka_unit_test(test_stem_variable),
		cmocka_unit_test(test_stem_shape),
		cmocka_unit_test(test_probe_shapes),
		cmocka_unit_test(test_stem_draw),
		cmocka_unit_test(test_reproducible),
		cmocka_unit_test(test_uniform_bank),
		cmocka_unit_test(test_uniform_misreadings),
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_build_first),
		cmocka_unit_test(test_misread_choice),
		cmocka_unit_test(test_misread_none),
		cmocka_unit_test(test_misread_typed),
		cmocka_unit_test(test_misread_gap),
		cmocka_unit_test(test_misread_order),
	};

	return (cmocka_run_group_tests(tests, group_setup, group_teardown));
}
