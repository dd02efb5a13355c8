/*
 * cmd_check.c: `snipquiz check [PATH...]`: verify answer keys.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "term.h"
#include "util.h"

struct check_values {
	struct check_opts	 opts;
	long			 jobs;		/* 0: the number of processors */
	struct cli_list		 pythons;
	int			 doctest;	/* --doctest */
};

/* The filter that --filter, --objective, --shard, --changed-since narrow. */
static struct filter *
check_filter(void *field)
{
	struct filter	**f = field;

	if (*f == NULL)
		*f = filter_new();
	return (*f);
}

static int
check_regex(void *field, const char *arg, char **why)
{
	return (filter_set_regex(check_filter(field), arg, why));
}

static int
check_objective(void *field, const char *arg, char **why)
{
	(void)why;
	filter_set_objective(check_filter(field), arg);
	return (0);
}

static int
check_shard(void *field, const char *arg, char **why)
{
	return (filter_set_shard(check_filter(field), arg, why));
}

static int
check_changed(void *field, const char *arg, char **why)
{
	return (filter_set_changed(check_filter(field), arg, why));
}

static int
check_format(void *field, const char *arg, char **why)
{
	(void)why;	/* the table's wants says it */
	return (report_parse_format(arg, field));
}

#define CHECK_OPT(f)	offsetof(struct check_values, opts.f)

/* The default timeout's figure is checked against sandbox.h in test_cli.c. */
static const struct cli_option check_options[] = {
	{ .name = "jobs", .letter = 'j', .type = CLI_INT, .value = "N",
	  .offset = offsetof(struct check_values, jobs), .min = 1, .max = 1024,
	  .help = "run N snippets at once (default: the number of processors)" },
	{ .name = "update", .letter = 'u', .type = CLI_FLAG,
	  .offset = CHECK_OPT(update),
	  .help = "rewrite the wrong keys in place (and nothing else)" },
	{ .name = "interactive", .letter = 'i', .type = CLI_FLAG,
	  .offset = CHECK_OPT(interactive),
	  .help = "--update, asking about each item (y, n, all, quit)" },
	{ .name = "dry-run", .type = CLI_FLAG,
	  .offset = CHECK_OPT(dry_run),
	  .help = "--update, but print the patch instead of writing" },
	{ .name = "timeout", .letter = 't', .type = CLI_SECONDS,
	  .value = "SECONDS", .offset = CHECK_OPT(timeout),
	  .help = "per-item wall-clock limit (default: the item's, or 5)" },
	{ .name = "hash-seed", .type = CLI_CALL, .value = "N",
	  .offset = CHECK_OPT(hash_seed), .call = cli_hash_seed,
	  .help = "hash seed, or 'random' (default 0)" },
	{ .name = "verbose", .letter = 'v', .type = CLI_FLAG,
	  .offset = CHECK_OPT(verbose),
	  .help = "also list the items that pass" },
	{ .name = "format", .type = CLI_CALL, .value = "F",
	  .offset = CHECK_OPT(format), .call = check_format,
	  .wants = "text, tap, junit or json",
	  .help = "text (default), tap (TAP 14), junit (JUnit XML) or\njson"
	  " (one JSON object per line)" },
	{ .name = "filter", .letter = 'k', .type = CLI_CALL, .value = "REGEX",
	  .offset = CHECK_OPT(filter), .call = check_regex,
	  .help = "only items whose FILE#ID matches (PCRE2)" },
	{ .name = "objective", .letter = 'o', .type = CLI_CALL,
	  .value = "\"E O\"", .offset = CHECK_OPT(filter),
	  .call = check_objective, .help = "only items of this objective" },
	{ .name = "shard", .type = CLI_CALL, .value = "K/N",
	  .offset = CHECK_OPT(filter), .call = check_shard,
	  .help = "only shard K of N (a stable split, for CI jobs)" },
	{ .name = "changed-since", .type = CLI_CALL, .value = "REV",
	  .offset = CHECK_OPT(filter), .call = check_changed,
	  .help = "only files changed since the git revision REV" },
	{ .name = "fail-fast", .letter = 'x', .type = CLI_FLAG,
	  .offset = CHECK_OPT(fail_fast),
	  .help = "start nothing after the first failure" },
	{ .name = "lint", .letter = 'l', .type = CLI_FLAG,
	  .offset = CHECK_OPT(lint),
	  .help = "also fail items that make bad exam items (no objective or"
	  " explanation, ids or a screenful in the output, code too long for"
	  " its form, duplicates)" },
	{ .name = "profile", .type = CLI_FLAG, .offset = CHECK_OPT(profile),
	  .help = "say where the time goes (on stderr)" },
	{ .name = "python", .type = CLI_STRINGS, .value = "PYTHON",
	  .offset = offsetof(struct check_values, pythons),
	  .help = "also check under this installed interpreter, in the same"
	  " sandbox (repeatable)" },
	{ .name = "doctest", .type = CLI_FLAG,
	  .offset = offsetof(struct check_values, doctest),
	  .help = "check the doctest sessions (>>> and their output) of"
	  " Markdown and reST files, one run each" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = CHECK_OPT(quiet),
	  .help = "do not warn about missing sandbox protections" },
	CLI_COLOR_OPTION,
	{ .name = NULL }
};

const struct cli_command cmd_check_entry = {
	.name = "check",
	.synopsis = "[options] [PATH...]",
	.about = "Run every item of the banks in PATH (Markdown files, or"
	    " folders searched for\n*.md; default: the bundled banks) in the"
	    " oracle and compare with its keys;\neach ```misread block must"
	    " run to an answer of its own. Each mismatch is\nreported as"
	    " FILE:LINE: ID: what differs, then a diff; the last line is\n'N"
	    " passed, N failed' (and ', N errors' for items that could not be"
	    " parsed).\nExit status: 0 all passed, 1 some failed or could not"
	    " be parsed (or there\nwas nothing to check), 2 usage or"
	    " unreadable input, 70 the oracle could\nnot run.",
	.options = check_options
};

int
cmd_check(int argc, char **argv)
{
	struct check_values	 v;
	char			*def[3];
	long			 n;
	int			 first, status;

	memset(&v, 0, sizeof v);
	if (!cli_parse(&cmd_check_entry, argc, argv, &v, &first, &status))
		goto out;
	if (v.pythons.n > CHECK_MAX_FOREIGN) {
		status = cli_usage_error("check", "--python: at most %d other"
		    " interpreters", CHECK_MAX_FOREIGN);
		goto out;
	}
	v.opts.pythons = (const char **)v.pythons.v;
	v.opts.npythons = (int)v.pythons.n;
	v.opts.update |= v.opts.interactive | v.opts.dry_run;
	/* The report goes to stderr when the patch takes stdout. */
	v.opts.color = term_color(v.opts.dry_run ? STDERR_FILENO :
	    STDOUT_FILENO);
	if ((v.opts.jobs = (int)v.jobs) == 0) {
		n = sysconf(_SC_NPROCESSORS_ONLN);
		v.opts.jobs = n > 0 ? (int)n : 1;
	}
	if (v.doctest) {
		if (first == argc)
			status = cli_usage_error("check", "--doctest needs a"
			    " PATH");
		else
			status = check_doctest_paths(argv + first, argc - first,
			    &v.opts);
	} else if (first == argc) {
		/* No paths: the bundled banks. */
		def[0] = xprintf("%s/snippets", util_datadir());
		def[1] = xprintf("%s/generators", util_datadir());
		def[2] = NULL;
		if (access(def[1], F_OK) != 0) {
			free(def[1]);
			def[1] = NULL;
		}
		status = check_paths(def, def[1] ? 2 : 1, &v.opts);
		free(def[0]);
		free(def[1]);
	} else
		status = check_paths(argv + first, argc - first, &v.opts);
out:
	filter_free(v.opts.filter);
	cli_free(&cmd_check_entry, &v);
	return (cli_finish(status));
}
