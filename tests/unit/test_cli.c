/*
 * test_cli.c: options declared as data (cli.c): cli_parse converts each
 * type, keeps the defaults, reports bad options in the commands' words;
 * cli_help lays every command's help out from the same tables.
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

#include "cli.h"
#include "sandbox.h"
#include "util.h"

struct test_values {
	int		 flag;
	int		 quiet;
	const char	*str;
	struct cli_list	 list;
	long		 num;
	double		 secs;
	size_t		 size;
	long		 even;
};

/* CLI_CALL: an even number; odd ones say why, others get the wants. */
static int
test_even(void *field, const char *arg, char **why)
{
	long	 v;

	if (cli_parse_int(arg, 0, 100, &v) == -1)
		return (-1);
	if (v % 2 != 0) {
		*why = xprintf("--even: %ld is odd", v);
		return (-1);
	}
	*(long *)field = v;
	return (0);
}

static const struct cli_option test_options[] = {
	{ .name = "flag", .letter = 'f', .type = CLI_FLAG,
	  .offset = offsetof(struct test_values, flag), .help = "a flag" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = offsetof(struct test_values, quiet), .help = "quiet" },
	{ .name = "str", .letter = 's', .type = CLI_STRING, .value = "S",
	  .offset = offsetof(struct test_values, str), .help = "a string" },
	{ .name = "list", .letter = 'l', .type = CLI_STRINGS, .value = "L",
	  .offset = offsetof(struct test_values, list), .help = "a list" },
	{ .name = "num", .letter = 'n', .type = CLI_INT, .value = "N",
	  .offset = offsetof(struct test_values, num), .min = 1, .max = 9,
	  .help = "a number" },
	{ .name = "secs", .type = CLI_SECONDS, .value = "SECONDS",
	  .offset = offsetof(struct test_values, secs), .help = "seconds" },
	{ .name = "size", .type = CLI_SIZE, .value = "SIZE",
	  .offset = offsetof(struct test_values, size), .help = "a size" },
	{ .name = "even", .type = CLI_CALL, .value = "E",
	  .offset = offsetof(struct test_values, even), .call = test_even,
	  .wants = "an even number", .help = "an even number" },
	{ .name = NULL }
};

static const struct cli_command test_cmd = {
	.name = "test",
	.synopsis = "[options] [ARG...]",
	.about = "A command for the tests.",
	.options = test_options
};

static const struct cli_command test_cmd_in_order = {
	.name = "inorder",
	.synopsis = "[options] FILE [ARG...]",
	.about = "Options end at the first operand.",
	.options = test_options,
	.in_order = 1
};

/* Every command's table, for the checks of them all. */
static const struct cli_command *const commands[] = {
	&cmd_run_entry, &cmd_check_entry, &cmd_exam_entry, &cmd_gen_entry,
	&cmd_practice_entry, &cmd_questions_entry, &cmd_stats_entry,
	&cmd_topics_entry, &cmd_progress_entry
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* What a call to cli_parse did, and what it printed. */
struct parsed {
	int	 go, first, status;
	char	*out, *err;	/* stdout and stderr */
};

/* Read back what fd wrote to f (from saved on) and give fd back. */
static char *
capture_end(FILE *f, int fd, int saved)
{
	struct buf	 b;
	char		 chunk[512];
	size_t		 n;

	dup2(saved, fd);
	close(saved);
	rewind(f);
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	return (buf_detach(&b, NULL));
}

/* cli_parse cmd on a NULL-terminated argv (kept: getopt permutes it). */
static void
parse(const struct cli_command *cmd, char **argv, void *values,
    struct parsed *p)
{
	FILE	*out, *err;
	int	 argc, so, se;

	for (argc = 0; argv[argc] != NULL; argc++)
		/* nothing */;
	fflush(stdout);
	assert_non_null(out = tmpfile());
	assert_non_null(err = tmpfile());
	so = dup(STDOUT_FILENO);
	se = dup(STDERR_FILENO);
	dup2(fileno(out), STDOUT_FILENO);
	dup2(fileno(err), STDERR_FILENO);
	p->first = -1;
	p->go = cli_parse(cmd, argc, argv, values, &p->first, &p->status);
	fflush(stdout);
	fflush(stderr);
	p->out = capture_end(out, STDOUT_FILENO, so);
	p->err = capture_end(err, STDERR_FILENO, se);
}

static void
parsed_free(struct parsed *p)
{
	free(p->out);
	free(p->err);
}

/* Parse argv, which must fail with the usage error message. */
static void
parse_fails(char **argv, const char *message)
{
	struct test_values	 v;
	struct parsed		 p;
	char			*want;

	memset(&v, 0, sizeof v);
	parse(&test_cmd, argv, &v, &p);
	assert_int_equal(p.go, 0);
	assert_int_equal(p.status, EXIT_USAGE);
	want = xprintf("snipquiz test: %s\nTry 'snipquiz test --help' for"
	    " more information.\n", message);
	assert_string_equal(p.err, want);
	assert_string_equal(p.out, "");
	free(want);
	parsed_free(&p);
	cli_free(&test_cmd, &v);
}

/* Each type, by its long and short names, "--x=V" and "--x V". */
static void
test_types(void **state)
{
	char *argv[] = { "test", "-f", "--str=hello", "-l", "a", "--num", "7",
	    "--secs", "1.5", "--size", "64k", "--even=42", NULL };
	struct test_values	 v;
	struct parsed		 p;

	memset(&v, 0, sizeof v);
	parse(&test_cmd, argv, &v, &p);
	assert_int_equal(p.go, 1);
	assert_int_equal(p.status, EXIT_OK);
	assert_string_equal(p.err, "");
	assert_int_equal(p.first, 12);
	assert_int_equal(v.flag, 1);
	assert_int_equal(v.quiet, 0);
	assert_string_equal(v.str, "hello");
	assert_int_equal(v.list.n, 1);
	assert_string_equal(v.list.v[0], "a");
	assert_int_equal(v.num, 7);
	assert_true(v.secs == 1.5);
	assert_int_equal(v.size, 64 << 10);
	assert_int_equal(v.even, 42);
	parsed_free(&p);
	cli_free(&test_cmd, &v);
	assert_null(v.list.v);
	assert_int_equal(v.list.n, 0);
}

/* What is not given keeps the caller's default. */
static void
test_defaults(void **state)
{
	char *argv[] = { "test", "-q", NULL };
	struct test_values	 v = { .str = "default", .num = -1,
				       .secs = 2.5, .size = 3, .even = -2 };
	struct parsed		 p;

	parse(&test_cmd, argv, &v, &p);
	assert_int_equal(p.go, 1);
	assert_int_equal(v.quiet, 1);
	assert_int_equal(v.flag, 0);
	assert_string_equal(v.str, "default");
	assert_null(v.list.v);
	assert_int_equal(v.num, -1);
	assert_true(v.secs == 2.5);
	assert_int_equal(v.size, 3);
	assert_int_equal(v.even, -2);
	parsed_free(&p);
	cli_free(&test_cmd, &v);
}

/* A repeatable option keeps every value in order; a string the last. */
static void
test_repeated(void **state)
{
	char *argv[] = { "test", "-l", "a", "--list", "b", "--list=c", "-ld",
	    "-s", "one", "--str", "two", NULL };
	struct test_values	 v;
	struct parsed		 p;

	memset(&v, 0, sizeof v);
	parse(&test_cmd, argv, &v, &p);
	assert_int_equal(p.go, 1);
	assert_int_equal(v.list.n, 4);
	assert_string_equal(v.list.v[0], "a");
	assert_string_equal(v.list.v[1], "b");
	assert_string_equal(v.list.v[2], "c");
	assert_string_equal(v.list.v[3], "d");
	assert_string_equal(v.str, "two");
	parsed_free(&p);
	cli_free(&test_cmd, &v);
}

/* Bad values: the commands' words; a call's own, or what it wants. */
static void
test_bad_values(void **state)
{
	char *a1[] = { "test", "--num", "0", NULL };
	char *a2[] = { "test", "-n", "x", NULL };
	char *a3[] = { "test", "--num=10", NULL };
	char *a4[] = { "test", "--secs", "soon", NULL };
	char *a5[] = { "test", "--secs", "0", NULL };
	char *a6[] = { "test", "--size", "lots", NULL };
	char *a7[] = { "test", "--even", "3", NULL };
	char *a8[] = { "test", "--even", "x", NULL };
	char *a9[] = { "test", "-n", "3", "-n", "99", NULL };

	parse_fails(a1, "--num wants a number from 1 to 9, not '0'");
	parse_fails(a2, "--num wants a number from 1 to 9, not 'x'");
	parse_fails(a3, "--num wants a number from 1 to 9, not '10'");
	parse_fails(a4, "--secs wants a number of seconds, not 'soon'");
	parse_fails(a5, "--secs wants a number of seconds, not '0'");
	parse_fails(a6, "--size wants a size such as 64k, not 'lots'");
	parse_fails(a7, "--even: 3 is odd");
	parse_fails(a8, "--even wants an even number, not 'x'");
	parse_fails(a9, "--num wants a number from 1 to 9, not '99'");
}

/* The commands' own ranges and words, through their tables. */
static void
test_command_values(void **state)
{
	static const struct {
		const struct cli_command	*cmd;
		const char			*arg, *value, *message;
	} cases[] = {
		{ &cmd_check_entry, "--jobs", "0",
		  "--jobs wants a number from 1 to 1024, not '0'" },
		{ &cmd_check_entry, "--format", "xml",
		  "--format wants text, tap, junit or json, not 'xml'" },
		{ &cmd_check_entry, "--hash-seed", "x",
		  "--hash-seed wants a number or 'random', not 'x'" },
		{ &cmd_gen_entry, "--seed", "4294967296",
		  "--seed wants a number from 0 to 4294967295, not"
		  " '4294967296'" },
		{ &cmd_practice_entry, "--form", "fill",
		  "--form wants output, choice, select, gap, order, error or"
		  " mixed, not 'fill'" },
		{ &cmd_exam_entry, "--minutes", "x",
		  "--minutes wants a number, not 'x'" },
		{ &cmd_run_entry, "--memory", "1M",
		  "--memory must be at least 64M: the interpreter alone spans"
		  " about 28M" },
		{ &cmd_run_entry, "--memory", "lots",
		  "--memory wants a size such as 256M, not 'lots'" },
		{ &cmd_run_entry, "--max-output", "lots",
		  "--max-output wants a size such as 64k, not 'lots'" },
	};
	/* Big enough for any command's values. */
	union {
		char		 bytes[4096];
		long double	 align;
	} values;
	struct parsed	 p;
	char		*argv[4], *want;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&values, 0, sizeof values);
		argv[0] = (char *)cases[i].cmd->name;
		argv[1] = (char *)cases[i].arg;
		argv[2] = (char *)cases[i].value;
		argv[3] = NULL;
		parse(cases[i].cmd, argv, &values, &p);
		assert_int_equal(p.go, 0);
		assert_int_equal(p.status, EXIT_USAGE);
		want = xprintf("snipquiz %s: %s\nTry 'snipquiz %s --help' for"
		    " more information.\n", cases[i].cmd->name,
		    cases[i].message, cases[i].cmd->name);
		assert_string_equal(p.err, want);
		free(want);
		parsed_free(&p);
		cli_free(cases[i].cmd, &values);
	}
}

/* Unknown options, and options missing their value, named as typed. */
static void
test_bad_options(void **state)
{
	char *a1[] = { "test", "--frob", NULL };
	char *a2[] = { "test", "--frob=1", NULL };
	char *a3[] = { "test", "-Z", NULL };
	/* The letter, not the cluster it came in (nor the word before). */
	char *a4[] = { "test", "-qZ", NULL };
	char *a5[] = { "test", "--str", "x", "-Zq", NULL };
	/* A flag given a value is not that flag. */
	char *a6[] = { "test", "--flag=1", NULL };
	char *a7[] = { "test", "--str", NULL };
	char *a8[] = { "test", "-s", NULL };
	char *a9[] = { "test", "-fqs", NULL };
	char *a10[] = { "test", "--nu", NULL };

	parse_fails(a1, "unknown option '--frob'");
	parse_fails(a2, "unknown option '--frob=1'");
	parse_fails(a3, "unknown option '-Z'");
	parse_fails(a4, "unknown option '-Z'");
	parse_fails(a5, "unknown option '-Z'");
	parse_fails(a6, "unknown option '--flag=1'");
	parse_fails(a7, "option '--str' wants a value");
	parse_fails(a8, "option '-s' wants a value");
	parse_fails(a9, "option '-s' wants a value");
	/* An abbreviation is named in full. */
	parse_fails(a10, "option '--num' wants a value");
}

/* -h and --help: the help on stdout, nothing on stderr, EXIT_OK. */
static void
test_help(void **state)
{
	char *a1[] = { "test", "--help", "--frob", NULL };
	char *a2[] = { "test", "-fh", NULL };
	char *argvs[2][4];
	struct test_values	 v;
	struct parsed		 p;
	size_t			 i;

	memcpy(argvs[0], a1, sizeof a1);
	memcpy(argvs[1], a2, sizeof a2);
	for (i = 0; i < 2; i++) {
		memset(&v, 0, sizeof v);
		parse(&test_cmd, argvs[i], &v, &p);
		assert_int_equal(p.go, 0);
		assert_int_equal(p.status, EXIT_OK);
		assert_string_equal(p.err, "");
		assert_string_equal(p.out,
		    "usage: snipquiz test [options] [ARG...]\n"
		    "\n"
		    "A command for the tests.\n"
		    "\n"
		    "Options:\n"
		    "  -f, --flag              a flag\n"
		    "  -q, --quiet             quiet\n"
		    "  -s, --str S             a string\n"
		    "  -l, --list L            a list\n"
		    "  -n, --num N             a number\n"
		    "      --secs SECONDS      seconds\n"
		    "      --size SIZE         a size\n"
		    "      --even E            an even number\n"
		    "  -h, --help              show this help\n");
		parsed_free(&p);
	}
}

/* "--" ends the options; operands come after the options, in order. */
static void
test_operands(void **state)
{
	char *argv[] = { "test", "a", "-f", "b", "--", "-q", "--str", NULL };
	struct test_values	 v;
	struct parsed		 p;

	memset(&v, 0, sizeof v);
	parse(&test_cmd, argv, &v, &p);
	assert_int_equal(p.go, 1);
	assert_int_equal(v.flag, 1);
	assert_int_equal(v.quiet, 0);
	assert_null(v.str);
	assert_int_equal(7 - p.first, 4);
	assert_string_equal(argv[p.first], "a");
	assert_string_equal(argv[p.first + 1], "b");
	assert_string_equal(argv[p.first + 2], "-q");
	assert_string_equal(argv[p.first + 3], "--str");
	parsed_free(&p);
}

/* in_order: the options end at the first operand (run's snippet). */
static void
test_in_order(void **state)
{
	char *argv[] = { "inorder", "-q", "x.py", "-f", NULL };
	struct test_values	 v;
	struct parsed		 p;

	memset(&v, 0, sizeof v);
	parse(&test_cmd_in_order, argv, &v, &p);
	assert_int_equal(p.go, 1);
	assert_int_equal(v.quiet, 1);
	assert_int_equal(v.flag, 0);
	assert_int_equal(p.first, 2);
	assert_string_equal(argv[2], "x.py");
	assert_string_equal(argv[3], "-f");
	parsed_free(&p);
}

/* The field of cmd's option name in values. */
static void *
field(const struct cli_command *cmd, const char *name, void *values)
{
	const struct cli_option	*o;

	for (o = cmd->options; o->name != NULL; o++) {
		if (strcmp(o->name, name) == 0)
			return ((char *)values + o->offset);
	}
	fail_msg("%s has no --%s", cmd->name, name);
	return (NULL);
}

/* Short flags combine, and the last may take its value: -fqn5, -qj2. */
static void
test_combined(void **state)
{
	char *a1[] = { "test", "-fqn5", "-sx", NULL };
	char *a2[] = { "check", "-qj2", "-u", NULL };
	struct test_values	 v;
	struct parsed		 p;
	union {
		char		 bytes[4096];
		long double	 align;
	} check;	/* big enough for cmd_check.c's values */

	memset(&v, 0, sizeof v);
	parse(&test_cmd, a1, &v, &p);
	assert_int_equal(p.go, 1);
	assert_int_equal(v.flag, 1);
	assert_int_equal(v.quiet, 1);
	assert_int_equal(v.num, 5);
	assert_string_equal(v.str, "x");
	parsed_free(&p);

	memset(&check, 0, sizeof check);
	parse(&cmd_check_entry, a2, &check, &p);
	assert_int_equal(p.go, 1);
	assert_string_equal(p.err, "");
	assert_int_equal(*(int *)field(&cmd_check_entry, "quiet", &check), 1);
	assert_int_equal(*(long *)field(&cmd_check_entry, "jobs", &check), 2);
	assert_int_equal(*(int *)field(&cmd_check_entry, "update", &check), 1);
	assert_int_equal(*(int *)field(&cmd_check_entry, "verbose", &check),
	    0);
	parsed_free(&p);
	cli_free(&cmd_check_entry, &check);
}

/*
 * A short option means one thing in every command: -f is --form
 * wherever it is given, never --form here and --format there.
 */
static void
test_letters(void **state)
{
	const struct cli_option	*o;
	const char		*meaning[256] = { NULL };
	const char		*where[256] = { NULL };
	size_t			 i;
	int			 c;

	for (i = 0; i < NCOMMANDS; i++) {
		for (o = commands[i]->options; o->name != NULL; o++) {
			if (o->letter == 0)
				continue;
			if (meaning[o->letter] != NULL &&
			    strcmp(meaning[o->letter], o->name) != 0)
				fail_msg("-%c is --%s in %s but --%s in %s",
				    o->letter, meaning[o->letter],
				    where[o->letter], o->name,
				    commands[i]->name);
			meaning[o->letter] = o->name;
			where[o->letter] = commands[i]->name;
		}
	}
	/* And an option with a letter in one command has it in all. */
	for (i = 0; i < NCOMMANDS; i++) {
		for (o = commands[i]->options; o->name != NULL; o++) {
			if (o->letter != 0)
				continue;
			for (c = 0; c < 256; c++) {
				if (meaning[c] != NULL &&
				    strcmp(meaning[c], o->name) == 0)
					fail_msg("--%s is -%c in %s but has no"
					    " letter in %s", o->name, c,
					    where[c], commands[i]->name);
			}
		}
	}
}

/* Help text is wrapped at words to 80 columns, from column 26. */
static void
test_wrap(void **state)
{
	static const struct cli_option options[] = {
		{ .name = "long", .type = CLI_FLAG, .help = "one two three four"
		  " five six seven eight nine ten eleven twelve thirteen" },
		{ .name = "broken", .type = CLI_FLAG, .help = "a line\nbroken"
		  " where it says" },
		{ .name = "a-very-long-option-name", .type = CLI_STRING,
		  .value = "VALUE", .help = "on a line of its own" },
		{ .name = NULL }
	};
	static const struct cli_command cmd = {
		.name = "wrap", .synopsis = "", .about = "Wrapped.",
		.options = options
	};
	char	*s;
	size_t	 len;
	FILE	*f;

	assert_non_null(f = open_memstream(&s, &len));
	cli_help(&cmd, f);
	fclose(f);
	assert_string_equal(s,
	    "usage: snipquiz wrap \n\nWrapped.\n\nOptions:\n"
	    "      --long              one two three four five six seven eight"
	    " nine ten\n"
	    "                          eleven twelve thirteen\n"
	    "      --broken            a line\n"
	    "                          broken where it says\n"
	    "      --a-very-long-option-name VALUE\n"
	    "                          on a line of its own\n"
	    "  -h, --help              show this help\n");
	free(s);
}

/*
 * Every command's table: every option takes a value in the help iff it
 * takes one on the line, letters and names are its own, -h is the
 * help's; the help fits 80 columns and names every option.
 */
static void
test_tables(void **state)
{
	const struct cli_command	*cmd;
	const struct cli_option		*o, *p;
	char				*s, *line, *name;
	size_t				 i, len;
	FILE				*f;
	int				 options;

	for (i = 0; i < NCOMMANDS; i++) {
		cmd = commands[i];
		for (o = cmd->options; o->name != NULL; o++) {
			assert_true(o->help != NULL);
			assert_true(o->letter != 'h');
			if (o->type == CLI_FLAG)
				assert_null(o->value);
			else if (o->type != CLI_CALL)
				assert_non_null(o->value);
			if (o->type == CLI_CALL)
				assert_non_null(o->call);
			for (p = cmd->options; p < o; p++) {
				assert_true(strcmp(p->name, o->name) != 0);
				assert_true(o->letter == 0 ||
				    p->letter != o->letter);
			}
		}

		assert_non_null(f = open_memstream(&s, &len));
		cli_help(cmd, f);
		fclose(f);
		name = xprintf("usage: snipquiz %s ", cmd->name);
		assert_true(strncmp(s, name, strlen(name)) == 0);
		free(name);
		options = 0;
		for (line = s; *line != '\0'; line += len + 1) {
			len = strcspn(line, "\n");
			if (strncmp(line, "Options:\n", 9) == 0)
				options = 1;
			else if (options)
				assert_in_range(len, 1, 80);
		}
		assert_true(options);
		for (o = cmd->options; o->name != NULL; o++) {
			name = xprintf(" --%s%s", o->name, o->value ? " " :
			    "  ");
			assert_non_null(strstr(s, name));
			free(name);
		}
		free(s);
	}
}

/* The defaults the help states are sandbox.h's. */
static void
test_figures(void **state)
{
	static const struct {
		const struct cli_command	*cmd;
		const char			*option;
	} where[] = {
		{ &cmd_run_entry, "timeout" },
		{ &cmd_run_entry, "memory" },
		{ &cmd_run_entry, "memory" },
		{ &cmd_run_entry, "max-output" },
		{ &cmd_check_entry, "timeout" },
	};
	const struct cli_option	*o;
	char			*want[5];
	size_t			 i;

	want[0] = xprintf("(default %g)", SANDBOX_DEFAULT_TIMEOUT);
	want[1] = xprintf("(default %luM,", SANDBOX_DEFAULT_MEMORY >> 20);
	want[2] = xprintf("at least %luM)", SANDBOX_MIN_MEMORY >> 20);
	want[3] = xprintf("(default %luM)", SANDBOX_DEFAULT_OUTPUT >> 20);
	want[4] = xprintf("or %g)", SANDBOX_DEFAULT_TIMEOUT);
	for (i = 0; i < 5; i++) {
		for (o = where[i].cmd->options; o->name != NULL; o++) {
			if (strcmp(o->name, where[i].option) == 0)
				break;
		}
		assert_non_null(o->name);
		assert_non_null(strstr(o->help, want[i]));
		free(want[i]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_types),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_repeated),
		cmocka_unit_test(test_bad_values),
		cmocka_unit_test(test_command_values),
		cmocka_unit_test(test_bad_options),
		cmocka_unit_test(test_help),
		cmocka_unit_test(test_operands),
		cmocka_unit_test(test_in_order),
		cmocka_unit_test(test_combined),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_letters),
		cmocka_unit_test(test_figures),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
