/*
 * test_mutant.c: code mutants (mutant.c, src/mutant_driver.py) made in
 * one oracle from the bundled catalogue, each run to give what its
 * misreading predicts; and how distract.c ranks them into options.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "bank.h"
#include "distract.h"
#include "oracle_fixture.h"
#include "mutant.h"
#include "oracle.h"
#include "util.h"

/* What every test shares: started once, in the group's setup. */
static struct oracle		*oracle;
static struct mutant_catalogue	*cat;
static struct distract		*distract;

/*
 * One case a kind: the rule, a program, the mutant the rule makes of it
 * (as ast.unparse writes it) and what that mutant prints.
 */
static const struct {
	const char	*rule;
	const char	*code;
	const char	*mutant;
	const char	*out;
} cases[] = {
	{ "floordiv-true",
	    "print(7 // 2)\n",
	    "print(7 / 2)",
	    "3.5\n" },
	{ "aug-assign-plus",
	    "x = 1\nx += 2\nprint(x)\n",
	    "x = 1\nx = 2\nprint(x)",
	    "2\n" },
	{ "is-eq",
	    "a = [1]\nb = [1]\nprint(a is b)\n",
	    "a = [1]\nb = [1]\nprint(a == b)",
	    "True\n" },
	{ "and-or",
	    "print(0 and 5)\n",
	    "print(0 or 5)",
	    "5\n" },
	{ "not-drop",
	    "print(not 0)\n",
	    "print(0)",
	    "0\n" },
	{ "append-extend",
	    "x = [1]\nx.append([2, 3])\nprint(x)\n",
	    "x = [1]\nx.extend([2, 3])\nprint(x)",
	    "[1, 2, 3]\n" },
	{ "int-round",
	    "print(int(2.7))\n",
	    "print(round(2.7))",
	    "3\n" },
	{ "int-round",
	    "s = '2.7'\nprint(int(s))\n",
	    "s = '2.7'\nprint(round(float(s)))",
	    "3\n" },
	{ "round-int",
	    "print(round(2.567, 2), round(2.5))\n",
	    "print(round(2.567, 2), int(2.5))",
	    "2.57 2\n" },
	{ "range-end",
	    "print(list(range(3)))\n",
	    "print(list(range(4)))",
	    "[0, 1, 2, 3]\n" },
	{ "range-start",
	    "print(list(range(3)))\n",
	    "print(list(range(1, 4)))",
	    "[1, 2, 3]\n" },
	{ "neg-index-second",
	    "x = [1, 2, 3]\nprint(x[-1])\n",
	    "x = [1, 2, 3]\nprint(x[-2])",
	    "2\n" },
	{ "slice-end",
	    "print('abcd'[1:2])\n",
	    "print('abcd'[1:3])",
	    "bc\n" },
	{ "slice-start-1",
	    "print('abcd'[1:3])\n",
	    "print('abcd'[0:3])",
	    "abc\n" },
	{ "end-ignored",
	    "print(1, end='')\nprint(2)\n",
	    "print(1)\nprint(2)",
	    "1\n2\n" },
	{ "print-no-space",
	    "print(1, 2)\n",
	    "print(1, 2, sep='')",
	    "12\n" },
	{ "return-drop",
	    "def f():\n    return 1\nprint(f())\n",
	    "def f():\n    return\nprint(f())",
	    "None\n" },
	{ "slice-copy-alias",
	    "a = [1]\nb = a[:]\nb.append(2)\nprint(a)\n",
	    "a = [1]\nb = a\nb.append(2)\nprint(a)",
	    "[1, 2]\n" },
	{ "tuple1-value",
	    "t = (5,)\nprint(t * 2)\n",
	    "t = 5\nprint(t * 2)",
	    "10\n" },
	{ "break-continue",
	    "for i in range(3):\n    if i == 1:\n        break\n    print(i)\n",
	    "for i in range(3):\n    if i == 1:\n        continue\n    print(i)",
	    "0\n2\n" },
	{ "global-ignored",
	    "x = 1\ndef f():\n    global x\n    x = 2\nf()\nprint(x)\n",
	    "x = 1\n\ndef f():\n    pass\n    x = 2\nf()\nprint(x)",
	    "1\n" },
	{ "deepcopy-shallow",
	    "import copy\na = [[1]]\nb = copy.deepcopy(a)\nb[0].append(2)\nprint(a)\n",
	    "import copy\na = [[1]]\nb = copy.copy(a)\nb[0].append(2)\nprint(a)",
	    "[[1, 2]]\n" },
	{ "floordiv-trunc",
	    "print(-7 // 2)\n",
	    "print(int(-7 / 2))",
	    "-3\n" },
	{ "mod-trunc",
	    "print(-7 % 3)\n",
	    "print(-7 - 3 * int(-7 / 3))",
	    "-1\n" },
	{ "and-or-bool",
	    "print(0 or 'x')\n",
	    "print(bool(0 or 'x'))",
	    "True\n" },
	{ "chain-split",
	    "print(3 > 2 > 1)\n",
	    "print((3 > 2) > 1)",
	    "False\n" },
	{ "neg-pow",
	    "print(-2 ** 2)\n",
	    "print((-2) ** 2)",
	    "4\n" },
	{ "pow-left",
	    "print(2 ** 3 ** 2)\n",
	    "print((2 ** 3) ** 2)",
	    "64\n" },
	{ "left-to-right",
	    "print(1 + 2 * 3)\n",
	    "print((1 + 2) * 3)",
	    "9\n" },
	{ "alias-copy",
	    "a = [1]\nb = a\nb.append(2)\nprint(a)\n",
	    "a = [1]\nb = __import__('copy').copy(a)\nb.append(2)\nprint(a)",
	    "[1]\n" },
	{ "repeat-copies",
	    "g = [[0] * 2] * 2\ng[0][0] = 1\nprint(g)\n",
	    "g = [[0] * 2 for _ in range(2)]\ng[0][0] = 1\nprint(g)",
	    "[[1, 0], [0, 0]]\n" },
	{ "default-fresh",
	    "def f(x=[]):\n    x.append(1)\n    return x\nf()\nprint(f())\n",
	    "def f(x=None):\n    if x is None:\n        x = []\n    x.append(1)\n    return x\nf()\nprint(f())",
	    "[1]\n" },
	{ "late-binding",
	    "fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\n",
	    "fs = [lambda *, i=i: i for i in range(3)]\nprint([f() for f in fs])",
	    "[0, 1, 2]\n" },
	{ "add-global",
	    "n = 1\ndef f():\n    n = 2\nf()\nprint(n)\n",
	    "n = 1\n\ndef f():\n    global n\n    n = 2\nf()\nprint(n)",
	    "2\n" },
	{ "elif-split",
	    "x = 7\nif x > 5:\n    s = 'big'\nelif x > 2:\n    s = 'mid'\nprint(s)\n",
	    "x = 7\nif x > 5:\n    s = 'big'\nif x > 2:\n    s = 'mid'\nprint(s)",
	    "mid\n" },
	{ "for-else-dropped",
	    "for i in range(2):\n    pass\nelse:\n    print('done')\nprint(i)\n",
	    "for i in range(2):\n    pass\nprint(i)",
	    "1\n" },
	{ "finally-dropped",
	    "try:\n    1 / 0\nexcept ZeroDivisionError:\n    print('a')\nfinally:\n    print('b')\n",
	    "try:\n    1 / 0\nexcept ZeroDivisionError:\n    print('a')",
	    "a\n" },
	{ "enumerate-start",
	    "print(list(enumerate('ab', 1)))\n",
	    "print(list(enumerate('ab')))",
	    "[(0, 'a'), (1, 'b')]\n" },
	{ "pop-first",
	    "x = [1, 2, 3]\nprint(x.pop())\n",
	    "x = [1, 2, 3]\nprint(x.pop(0))",
	    "1\n" },
	{ "str-method-inplace",
	    "s = 'ab'\ns.upper()\nprint(s)\n",
	    "s = 'ab'\ns = s.upper()\nprint(s)",
	    "AB\n" },
	{ "sort-returns-list",
	    "x = [2, 1]\nprint(x.sort())\nx.sort()\n",
	    "x = [2, 1]\nprint((x.sort(), x)[1])\nx.sort()",
	    "[1, 2]\n" },
	{ "shuffle-returns-list",
	    "import random\nc = [1]\nr = random.shuffle(c)\nprint(r)\n",
	    "import random\nc = [1]\nr = (random.shuffle(c), c)[1]\nprint(r)",
	    "[1]\n" },
	{ "iadd-append",
	    "x = [1]\nx += [2]\nprint(x)\n",
	    "x = [1]\nx.append([2])\nprint(x)",
	    "[1, [2]]\n" },
	{ "end-ignored-all",
	    "print(1, end='')\nprint(2, end='')\nprint()\n",
	    "print(1)\nprint(2)\nprint()",
	    "1\n2\n\n" },
	{ "dstar-star",
	    "def f(x, y):\n    print(x, y)\nf(**{'x': 1, 'y': 2})\n",
	    "def f(x, y):\n    print(x, y)\nf(*{'x': 1, 'y': 2})",
	    "x y\n" },
	{ "str-repeat-concat",
	    "print('x' * 2)\n",
	    "print('x' + str(2))",
	    "x2\n" },
};

static int
group_setup(void **state)
{
	char			*cause = NULL;

	if (oracle_fixture_start(&oracle, &distract) == -1)
		return (-1);
	if ((cat = mutant_default(&cause)) == NULL) {
		fprintf(stderr, "catalogue: %s\n", cause);
		return (-1);
	}
	return (0);
}

static int
group_teardown(void **state)
{
	mutant_free(cat);
	distract_free(distract);
	oracle_stop(oracle);
	return (0);
}

/* Every kind: its mutant is made, compiles, and prints the misreading. */
static void
test_kinds(void **state)
{
	struct mutant		*m;
	struct oracle_req	 req;
	struct result		 r;
	char			*cause = NULL;
	size_t			 i, j, n;
	int			 found;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(mutant_make(cat, oracle, cases[i].code,
		    strlen(cases[i].code), MUTANT_MAX, &m, &n, &cause), 0);
		found = 0;
		for (j = 0; j < n; j++) {
			if (strcmp(cat->rules[m[j].rule].id, cases[i].rule) != 0)
				continue;
			found++;
			assert_string_equal(m[j].code, cases[i].mutant);
			memset(&req, 0, sizeof req);
			req.source = m[j].code;
			req.source_len = strlen(m[j].code);
			req.filename = "main.py";
			assert_int_equal(oracle_run(oracle, &req, &r, &cause), 0);
			assert_int_equal(r.verdict, VERDICT_OK);
			assert_int_equal(r.out_len, strlen(cases[i].out));
			assert_memory_equal(r.out, cases[i].out, r.out_len);
			result_free(&r);
		}
		if (found != 1)
			fail_msg("%s: %d mutants, want 1", cases[i].rule, found);
		mutant_list_free(m, n);
	}
}

/*
 * A program that does not parse, or is too deep to walk, has no mutants;
 * the driver still reports.
 */
static void
test_syntax_error(void **state)
{
	struct mutant	*m;
	char		*cause = NULL;
	size_t		 n = 1;

	struct buf	 b;
	char		*deep;
	size_t		 len;
	int		 i;

	assert_int_equal(mutant_make(cat, oracle, "x = (\n", 6, MUTANT_MAX,
	    &m, &n, &cause), 0);
	assert_int_equal(n, 0);
	mutant_list_free(m, n);
	/* Too deep to copy (deepcopy recurses): none, and still a report. */
	buf_init(&b);
	buf_adds(&b, "x = 1\nprint(");
	for (i = 0; i < 300; i++)
		buf_adds(&b, "-");
	buf_adds(&b, "x)\n");
	deep = buf_detach(&b, &len);
	assert_int_equal(mutant_make(cat, oracle, deep, len, MUTANT_MAX, &m,
	    &n, &cause), 0);
	assert_int_equal(n, 0);
	mutant_list_free(m, n);
	free(deep);
}

/* One site at a time, spread over the rules, at most max of them. */
static void
test_first_order(void **state)
{
	static const char	 code[] = "print(1 // 2, 3 // 4)\n";
	struct mutant		*m;
	char			*cause = NULL;
	size_t			 n, i, div = 0;

	assert_int_equal(mutant_make(cat, oracle, code, strlen(code),
	    MUTANT_MAX, &m, &n, &cause), 0);
	for (i = 0; i < n; i++) {
		if (strcmp(cat->rules[m[i].rule].id, "floordiv-true") != 0)
			continue;
		assert_true(strcmp(m[i].code, "print(1 / 2, 3 // 4)") == 0 ||
		    strcmp(m[i].code, "print(1 // 2, 3 / 4)") == 0);
		div++;
	}
	assert_int_equal(div, 2);
	mutant_list_free(m, n);
	assert_int_equal(mutant_make(cat, oracle, code, strlen(code), 1, &m,
	    &n, &cause), 0);
	assert_int_equal(n, 1);
	mutant_list_free(m, n);
}

/* A malformed row names its line; an unknown kind is refused. */
static void
test_load_errors(void **state)
{
	const char	*dir = getenv("TMPDIR");
	char		*path, *cause = NULL;
	FILE		*f;
	int		 fd;

	path = xprintf("%s/test_mutant.XXXXXX", dir != NULL && *dir != '\0' ?
	    dir : "/tmp");
	assert_true((fd = mkstemp(path)) != -1);
	assert_non_null(f = fdopen(fd, "w"));
	fputs("# c\nx\tnokind\ta\tb\tlabel\t\n", f);
	fclose(f);
	assert_null(mutant_load(path, &cause));
	assert_non_null(strstr(cause, ":2: unknown kind"));
	free(cause);
	unlink(path);
	free(path);
}

/* Whether a rule belongs to an objective: itself or its section. */
static void
test_fits(void **state)
{
	size_t	 i;

	for (i = 0; i < cat->nrules; i++) {
		if (strcmp(cat->rules[i].id, "range-end") == 0)
			break;
	}
	assert_true(i < cat->nrules);
	assert_true(mutant_fits(&cat->rules[i], "PCEP-30-02 2.2"));
	assert_false(mutant_fits(&cat->rules[i], "PCEP-30-02 2.21"));
	assert_false(mutant_fits(&cat->rules[i], "PCEP-30-02 1.4"));
	assert_false(mutant_fits(&cat->rules[i], NULL));
}

static const char rank_bank[] =
    /* Many misreadings: of 1.5 (print) first. */
    "## io\n"
    "- objective: PCEP-30-02 1.5\n"
    "```python\n"
    "x = [1, 2, 3]\n"
    "print(x[-1], 7 // 2, end='!')\n"
    "print(x[1:2], 5 % 3, sep='-')\n"
    "```\n"
    /* One misreading only (two rules with its label): one generic. */
    "## one\n"
    "```python\n"
    "print(7 // 2)\n"
    "```\n"
    /* A mutant that raises where the truth does not ranks after those that print. */
    "## raises\n"
    "```python\n"
    "def f(n):\n"
    "    return n * 2\n"
    "print(f(3) + 1, 7 // 2)\n"
    "```\n"
    /* Even of the item's objective (* as **: TypeError). */
    "## crash\n"
    "- objective: PCEP-30-02 1.4\n"
    "```python\n"
    "s = 'ab'\n"
    "print(s * 2, len(s))\n"
    "```\n"
    /* list(x) as x shows an iterator's address: no option. */
    "## address\n"
    "```python\n"
    "print(list(reversed([1, 2])))\n"
    "```\n"
    /* - as + gives chr(129), a control character: no option. */
    "## control\n"
    "```python\n"
    "print(chr(ord('a') - 32))\n"
    "```\n";

static int
rank_options(const struct bank_item *it, int want,
    struct distract_option **op)
{
	struct oracle_req	 req;
	struct result		 truth;
	char			*cause = NULL;
	int			 n;

	oracle_req_item(&req, it, it->code->text, it->code->len);
	assert_int_equal(oracle_run(oracle, &req, &truth, &cause), 0);
	n = distract_options(distract, oracle, it, &truth, want, op, &cause);
	result_free(&truth);
	assert_true(n > 0);
	return (n);
}

/* No two options share a label; at most one generic, ever. */
static void
test_rank(void **state)
{
	struct bank		*b;
	struct distract_option	*op;
	size_t			 i;
	int			 n, j, k, generic;

	b = bank_parse("r.md", rank_bank, strlen(rank_bank));
	assert_int_equal(b->nerrors, 0);
	for (i = 0; i < b->nitems; i++) {
		n = rank_options(&b->items[i], 4, &op);
		generic = 0;
		for (j = 0; j < n; j++) {
			generic += op[j].generic;
			for (k = 0; k < j; k++) {
				if (op[j].label != NULL && op[k].label != NULL)
					assert_string_not_equal(op[j].label,
					    op[k].label);
			}
		}
		assert_true(generic <= 1);
		for (j = 0; j < n; j++) {
			assert_null(strstr(op[j].text, " at 0x"));
			/* Nothing a screen cannot show. */
			assert_null(strstr(op[j].text, "\xc2\x81"));
		}
		if (strcmp(b->items[i].id, "one") == 0) {
			assert_int_equal(n, 3);
			assert_int_equal(generic, 1);
			assert_string_equal(op[1].text, "3.5\n");
		}
		if (strcmp(b->items[i].id, "io") == 0) {
			/* The item's objective first: print's misreadings. */
			assert_int_equal(n, 4);
			assert_int_equal(generic, 0);
			for (j = 1; j < n; j++)
				assert_non_null(strstr(op[j].label, "print"));
		}
		if (strcmp(b->items[i].id, "raises") == 0) {
			/* The dropped return raises TypeError: not offered. */
			assert_int_equal(n, 4);
			for (j = 1; j < n; j++)
				assert_null(strstr(op[j].text, "raises"));
		}
		distract_options_free(op, n);
	}
	/* A crash where the truth ends cleanly ranks last. */
	for (i = 0; i < b->nitems; i++) {
		if (strcmp(b->items[i].id, "crash") != 0)
			continue;
		n = rank_options(&b->items[i], 2, &op);
		assert_int_equal(n, 2);
		assert_null(strstr(op[1].text, "raises"));
		distract_options_free(op, n);
	}
	bank_free(b);
}

/*
 * An item's authored misreadings come first, in the order written (even
 * one that raises); one that gives the truth is no option; a gap item's
 * runs as written (complete), not with the blank filled.
 */
static void
test_authored(void **state)
{
	static const char	 src[] =
	    "## a\n"
	    "```python\nprint(7 // 2)\n```\n"
	    "```misread the divisor taken as zero\nprint(7 // 0)\n```\n"
	    "```misread the truth, misread as itself\nprint(3)\n```\n"
	    "```misread a far misreading\nprint(100)\n```\n"
	    "## g\n"
	    "```python\nprint(___)\n```\n"
	    "```fill\n7 // 2\n```\n"
	    "```misread the fill taken as a power\nprint(7 ** 2)\n```\n";
	struct bank		*b;
	struct bank_item	*it;
	struct distract_option	*op;
	struct oracle_req	 req;
	struct result		 truth;
	char			*cause = NULL, *code;
	size_t			 len;
	int			 n, j;

	(void)state;
	b = bank_parse("a.md", src, strlen(src));
	assert_int_equal(b->nerrors, 0);
	n = rank_options(&b->items[0], 4, &op);
	assert_int_equal(n, 4);
	assert_string_equal(op[1].label, "the divisor taken as zero");
	assert_string_equal(op[1].text, "(raises ZeroDivisionError)\n");
	assert_string_equal(op[2].label, "a far misreading");
	assert_string_equal(op[2].text, "100\n");
	for (j = 0; j < n; j++) {
		if (op[j].label != NULL)
			assert_string_not_equal(op[j].label,
			    "the truth, misread as itself");
	}
	distract_options_free(op, n);
	it = &b->items[1];
	code = bank_item_source(it, &len);
	oracle_req_item(&req, it, code, len);
	assert_int_equal(oracle_run(oracle, &req, &truth, &cause), 0);
	free(code);
	n = distract_options(distract, oracle, it, &truth, 4, &op, &cause);
	result_free(&truth);
	assert_true(n >= 2);
	assert_string_equal(op[1].label, "the fill taken as a power");
	assert_string_equal(op[1].text, "49\n");
	distract_options_free(op, n);
	bank_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_syntax_error),
		cmocka_unit_test(test_first_order),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_fits),
		cmocka_unit_test(test_rank),
		cmocka_unit_test(test_authored),
	};

	return (cmocka_run_group_tests(tests, group_setup, group_teardown));
}
