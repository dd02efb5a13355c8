/*
 * test_belief.c: belief mutants (belief.c, src/belief_driver.py): every
 * belief of the bundled catalogue run on its own example in the oracle,
 * what a trigger matches, that a belief leaves alone what it is not
 * about, the loader's errors, and a belief's run as a choice's option.
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
#include "belief.h"
#include "distract.h"
#include "oracle_fixture.h"
#include "oracle.h"
#include "util.h"

/* What every test shares: started once, in the group's setup. */
static struct oracle		*oracle;
static struct belief_catalogue	*cat;
static struct distract		*distract;

/* The examples read this when they read stdin (input-number's). */
static const char example_stdin[] = "42\n";

static int
group_setup(void **state)
{
	char			*cause = NULL;

	if (oracle_fixture_start(&oracle, &distract) == -1)
		return (-1);
	if ((cat = belief_default(&cause)) == NULL) {
		fprintf(stderr, "catalogue: %s\n", cause);
		return (-1);
	}
	return (0);
}

static int
group_teardown(void **state)
{
	belief_free(cat);
	distract_free(distract);
	oracle_stop(oracle);
	return (0);
}

static const struct belief *
find(const char *id)
{
	size_t	 i;

	for (i = 0; i < cat->nbeliefs; i++) {
		if (strcmp(cat->beliefs[i].id, id) == 0)
			return (&cat->beliefs[i]);
	}
	fail_msg("no belief %s", id);
	return (NULL);
}

/* code's answer, as an option shows it: run as is (b NULL) or under b. */
static char *
answer(const struct belief *b, const char *code)
{
	struct oracle_req	 req;
	struct result		 r;
	char			*in = NULL, *cause = NULL, *text;
	size_t			 len;

	if (b == NULL) {
		memset(&req, 0, sizeof req);
		req.source = code;
		req.source_len = strlen(code);
		req.filename = "main.py";
		req.stdin_data = example_stdin;
		req.stdin_len = strlen(example_stdin);
	} else {
		in = belief_input(b, code, strlen(code), example_stdin,
		    strlen(example_stdin), &len);
		assert_non_null(in);
		belief_req(&req, NULL, in, len);
	}
	assert_int_equal(oracle_run(oracle, &req, &r, &cause), 0);
	if (r.verdict != VERDICT_OK && r.verdict != VERDICT_RAISED)
		fail_msg("%s: %s", b ? b->id : "truth",
		    result_verdict_name(r.verdict));
	text = distract_render(&r);
	result_free(&r);
	free(in);
	return (text);
}

/*
 * Every belief: its example triggers it, and prints under it what the
 * catalogue says, which is not what it prints as Python runs it.
 */
static void
test_examples(void **state)
{
	const struct belief	*b;
	char			*want, *got, *truth;
	size_t			 i;

	assert_true(cat->nbeliefs >= 25);
	for (i = 0; i < cat->nbeliefs; i++) {
		b = &cat->beliefs[i];
		if (!belief_applies(b, b->example, strlen(b->example)))
			fail_msg("%s: its example does not trigger it", b->id);
		want = xprintf("%s\n", b->believed);
		got = answer(b, b->example);
		truth = answer(NULL, b->example);
		if (strcmp(got, want) != 0)
			fail_msg("%s: prints \"%s\", want \"%s\"", b->id, got,
			    want);
		if (strcmp(truth, want) == 0)
			fail_msg("%s: Python prints the same", b->id);
		free(want);
		free(got);
		free(truth);
	}
}

/*
 * A belief is about the snippet's own calls of what it names: a method
 * of another type, the library's own calls, a name the snippet defines
 * itself and the module namespace are as Python has them.
 */
static void
test_transparent(void **state)
{
	static const struct {
		const char	*belief;
		const char	*code;
	} cases[] = {
		/* re.split is no str method; textwrap splits for itself. */
		{ "split-single-space",
		    "import re, textwrap\n"
		    "print(re.split(' +', 'a  b'), textwrap.wrap('a  b  c'))\n" },
		/* A round of the snippet's own. */
		{ "round-half-up",
		    "def round(x):\n    return 'mine'\nprint(round(2.5))\n" },
		/* What __main__ holds, and its name. */
		{ "len-nested",
		    "print(sorted(dir()), __name__, len([1, [2]]) > 0)\n" },
		/* The library's floor (none here) and an int's. */
		{ "floor-toward-zero",
		    "import math\nprint(math.floor(2.5), (2.5).__floor__())\n" },
		/* A program that does not compile still does not. */
		{ "sort-returns-list", "x = [2, 1\nx.sort()\n" },
	};
	char	*got, *truth;
	size_t	 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = answer(find(cases[i].belief), cases[i].code);
		truth = answer(NULL, cases[i].code);
		if (strcmp(got, truth) != 0)
			fail_msg("%s: \"%s\", Python \"%s\"", cases[i].belief,
			    got, truth);
		free(got);
		free(truth);
	}
}

/* A trigger: names outside strings and comments; + joins names. */
static void
test_applies(void **state)
{
	static const struct {
		const char	*belief;
		const char	*code;
		int		 applies;
	} cases[] = {
		{ "round-half-up", "print(round(2.5))\n", 1 },
		{ "round-half-up", "print('round(2.5)')  # round\n", 0 },
		{ "round-half-up", "x = '''\nround\n'''\n", 0 },
		{ "round-half-up", "rounded = 2\n", 0 },
		{ "round-half-up", "print(f'{round(2.5)}')\n", 1 },
		{ "round-half-up", "print(rf\"{round(2.5)}\")\n", 1 },
		{ "round-half-up", "print('\\'', round(1))\n", 1 },
		{ "print-end-newline", "print(1, end='')\n", 1 },
		{ "print-end-newline", "print(1, sep='end')\n", 0 },
		{ "strip-spaces-only", "x.rstrip()\n", 1 },
		/* A pattern: a method without self, not one with it. */
		{ "method-without-self", "class T:\n    def f():\n", 1 },
		{ "method-without-self", "class T:\n    def f(self):\n", 0 },
	};
	size_t	 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (belief_applies(find(cases[i].belief), cases[i].code,
		    strlen(cases[i].code)) != cases[i].applies)
			fail_msg("%s on %s: want %d", cases[i].belief,
			    cases[i].code, cases[i].applies);
	}
	/* Code that is not UTF-8 makes no request. */
	assert_null(belief_input(find("round-half-up"), "x = '\xff'\n", 7,
	    NULL, 0, &i));
}

/* A malformed row names its line and says what is wrong. */
static void
test_load_errors(void **state)
{
	static const struct {
		const char	*text;
		const char	*error;
	} cases[] = {
		{ "# c\nx\tround\tround_half_up\tlabel\t\tex\n",
		    ":2: want ID<TAB>TRIGGER" },
		{ "x\tround\tround_half_up\tlabel\t\tex\tout\textra\n",
		    ":1: want ID<TAB>TRIGGER" },
		{ "x\tround\tround_half_up\t\t\tex\tout\n",
		    ":1: want ID<TAB>TRIGGER" },
		{ "x\tround\tno_such_patch\tlabel\t\tex\tout\n",
		    ":1: unknown patch \"no_such_patch\"" },
		{ "x\tround\t_main\tlabel\t\tex\tout\n",
		    ":1: unknown patch \"_main\"" },
		{ "x\tround(\tround_half_up\tlabel\t\tex\tout\n",
		    ":1: bad trigger \"round(\"" },
		{ "x\tprint++end\tround_half_up\tlabel\t\tex\tout\n",
		    ":1: bad trigger \"print++end\"" },
		{ "x\t , \tround_half_up\tlabel\t\tex\tout\n",
		    ":1: bad trigger \"\"" },
		{ "x\tre:a(\tround_half_up\tlabel\t\tex\tout\n",
		    ":1: trigger pattern at offset 2: missing closing" },
		{ "x\tround\tround_half_up\tlabel\t\tex\tout\n\n"
		    "x\tround\tround_float\tlabel\t\tex\tout\n",
		    ":3: belief \"x\" is already defined" },
	};
	const char	*dir = getenv("TMPDIR");
	char		*path, *cause;
	FILE		*f;
	size_t		 i;
	int		 fd;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		path = xprintf("%s/test_belief.XXXXXX", dir != NULL &&
		    *dir != '\0' ? dir : "/tmp");
		assert_true((fd = mkstemp(path)) != -1);
		assert_non_null(f = fdopen(fd, "w"));
		fputs(cases[i].text, f);
		fclose(f);
		cause = NULL;
		assert_null(belief_load(path, &cause));
		assert_non_null(cause);
		if (strncmp(cause, path, strlen(path)) != 0 ||
		    strstr(cause, cases[i].error) == NULL)
			fail_msg("case %zu: \"%s\", want \"%s\"", i, cause,
			    cases[i].error);
		free(cause);
		unlink(path);
		free(path);
	}
}

/* Whether a belief belongs to an objective: itself or its section. */
static void
test_fits(void **state)
{
	const struct belief	*b = find("round-half-up");

	assert_true(belief_fits(b, "PCEP-30-02 1.4"));
	assert_true(belief_fits(b, "PCAP-31-03 1.2"));
	assert_false(belief_fits(b, "PCEP-30-02 1.41"));
	assert_false(belief_fits(b, "PCEP-30-02 1.5"));
	assert_false(belief_fits(b, NULL));
}

/* A belief's run is a choice's option, labelled by the belief. */
static void
test_option(void **state)
{
	static const char	 text[] =
	    "## halves\n"
	    "- objective: PCEP-30-02 1.4\n"
	    "```python\n"
	    "print(round(0.5), round(1.5), round(2.5))\n"
	    "```\n";
	struct bank		*bk;
	struct distract_option	*op;
	struct oracle_req	 req;
	struct result		 truth;
	char			*cause = NULL;
	int			 n, j, found = 0;

	bk = bank_parse("b.md", text, strlen(text));
	assert_int_equal(bk->nerrors, 0);
	oracle_req_item(&req, &bk->items[0], bk->items[0].code->text,
	    bk->items[0].code->len);
	assert_int_equal(oracle_run(oracle, &req, &truth, &cause), 0);
	n = distract_options(distract, oracle, &bk->items[0], &truth, 4, &op,
	    &cause);
	result_free(&truth);
	assert_true(n > 1);
	assert_string_equal(op[0].text, "0 2 2\n");
	for (j = 1; j < n; j++) {
		if (op[j].label != NULL && strcmp(op[j].label,
		    find("round-half-up")->label) == 0) {
			assert_string_equal(op[j].text, "1 2 3\n");
			found++;
		}
	}
	assert_int_equal(found, 1);
	distract_options_free(op, n);
	bank_free(bk);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_transparent),
		cmocka_unit_test(test_applies),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_fits),
		cmocka_unit_test(test_option),
	};

	return (cmocka_run_group_tests(tests, group_setup, group_teardown));
}
