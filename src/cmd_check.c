/*
 * cmd_check.c: `snipquiz check [PATH...]`: verify answer keys.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "sandbox.h"
#include "util.h"

static void
check_usage(FILE *f)
{
	fprintf(f, "usage: %s check [options] [PATH...]\n\n"
	    "Run every item of the banks in PATH (Markdown files, or folders"
	    " searched for\n*.md; default: the bundled banks) in the oracle"
	    " and compare with its keys.\nEach mismatch is reported as"
	    " FILE:LINE: ID: what differs, then a diff; the\nlast line is"
	    " 'N passed, N failed' (and ', N errors' for items that could"
	    " not be\nparsed). Exit status: 0 all passed, 1 some failed or"
	    " could not be parsed\n(or there was nothing to check), 2 usage"
	    " or unreadable input, 70 the oracle\ncould not run.\n\n"
	    "Options:\n"
	    "  -j, --jobs N            run N snippets at once (default: the"
	    " number of processors)\n"
	    "  -u, --update            rewrite the wrong keys in place (and"
	    " nothing else)\n"
	    "  -i, --interactive       --update, asking about each item (y, n,"
	    " all, quit)\n"
	    "  -n, --dry-run           --update, but print the patch instead"
	    " of writing\n"
	    "  -t, --timeout SECONDS   per-item wall-clock limit (default: the"
	    " item's, or %g)\n"
	    "      --hash-seed N       hash seed, or 'random' (default 0)\n"
	    "  -v, --verbose           also list the items that pass\n"
	    "  -f, --format F          text (default), tap (TAP 14), junit (JUnit"
	    " XML) or\n"
	    "                          json (one JSON object per line)\n"
	    "  -k, --filter REGEX      only items whose FILE#ID matches (PCRE2)\n"
	    "  -o, --objective \"E O\"   only items of this objective\n"
	    "      --shard K/N         only shard K of N (a stable split, for CI"
	    " jobs)\n"
	    "      --changed-since REV only files changed since the git revision"
	    " REV\n"
	    "  -x, --fail-fast         start nothing after the first failure\n"
	    "  -l, --lint              also fail items that make bad exam items"
	    " (no objective\n"
	    "                          or explanation, ids or a screenful in the"
	    " output, code\n"
	    "                          too long for its form, duplicates)\n"
	    "      --profile           say where the time goes (on stderr)\n"
	    "      --python PYTHON     also check under this installed"
	    " interpreter, in the\n"
	    "                          same sandbox (repeatable)\n"
	    "  -q, --quiet             do not warn about missing sandbox"
	    " protections\n"
	    "  -h, --help              show this help\n", sq_progname,
	    SANDBOX_DEFAULT_TIMEOUT);
}

int
cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "jobs", required_argument, NULL, 'j' },
		{ "update", no_argument, NULL, 'u' },
		{ "interactive", no_argument, NULL, 'i' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "timeout", required_argument, NULL, 't' },
		{ "hash-seed", required_argument, NULL, 'S' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "format", required_argument, NULL, 'f' },
		{ "filter", required_argument, NULL, 'k' },
		{ "objective", required_argument, NULL, 'o' },
		{ "shard", required_argument, NULL, 'H' },
		{ "changed-since", required_argument, NULL, 'C' },
		{ "fail-fast", no_argument, NULL, 'x' },
		{ "lint", no_argument, NULL, 'l' },
		{ "profile", no_argument, NULL, 'P' },
		{ "python", required_argument, NULL, 'y' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct check_opts	 opts;
	struct filter		*f;
	const char		*pythons[CHECK_MAX_FOREIGN];
	char			*def[3], *cause = NULL;
	long			 n;
	int			 c, status;

	memset(&opts, 0, sizeof opts);
	f = filter_new();
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":j:uint:vf:k:o:xlqh", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'f':
			if (report_parse_format(optarg, &opts.format) == -1) {
				filter_free(f);
				return (cli_usage_error("check", "--format wants"
				    " text, tap, junit or json, not '%s'",
				    optarg));
			}
			break;
		case 'k':
			if (filter_set_regex(f, optarg, &cause) == -1)
				goto usage;
			opts.filter = f;
			break;
		case 'o':
			filter_set_objective(f, optarg);
			opts.filter = f;
			break;
		case 'H':
			if (filter_set_shard(f, optarg, &cause) == -1)
				goto usage;
			opts.filter = f;
			break;
		case 'C':
			if (filter_set_changed(f, optarg, &cause) == -1)
				goto usage;
			opts.filter = f;
			break;
		case 'x':
			opts.fail_fast = 1;
			break;
		case 'l':
			opts.lint = 1;
			break;
		case 'P':
			opts.profile = 1;
			break;
		case 'y':
			if (opts.npythons == CHECK_MAX_FOREIGN) {
				cause = xprintf("--python: at most %d other"
				    " interpreters", CHECK_MAX_FOREIGN);
				goto usage;
			}
			pythons[opts.npythons++] = optarg;
			opts.pythons = pythons;
			break;
		case 'j':
			if (cli_parse_int(optarg, 1, 1024, &n) == -1) {
				cause = xprintf("--jobs wants a number from 1 to"
				    " 1024, not '%s'", optarg);
				goto usage;
			}
			opts.jobs = (int)n;
			break;
		case 'u':
			opts.update = 1;
			break;
		case 'i':
			opts.update = opts.interactive = 1;
			break;
		case 'n':
			opts.update = opts.dry_run = 1;
			break;
		case 't':
			if (util_parse_seconds(optarg, &opts.timeout) == -1) {
				cause = xprintf("--timeout wants a number of"
				    " seconds, not '%s'", optarg);
				goto usage;
			}
			break;
		case 'S':
			if (cli_parse_seed(optarg, &opts.hash_seed) == -1) {
				cause = xprintf("--hash-seed wants a number or"
				    " 'random', not '%s'", optarg);
				goto usage;
			}
			break;
		case 'v':
			opts.verbose = 1;
			break;
		case 'q':
			opts.quiet = 1;
			break;
		case 'h':
			filter_free(f);
			check_usage(stdout);
			return (cli_finish(EXIT_OK));
		case ':':
			filter_free(f);
			return (cli_usage_error("check", "option '%s' wants a"
			    " value", argv[optind - 1]));
		default:
			filter_free(f);
			return (cli_usage_error("check", "unknown option '%s'",
			    argv[optind - 1]));
		}
	}
	if (opts.jobs == 0) {
		n = sysconf(_SC_NPROCESSORS_ONLN);
		opts.jobs = n > 0 ? (int)n : 1;
	}
	if (optind == argc) {
		/* No paths: the bundled banks. */
		def[0] = xprintf("%s/snippets", util_datadir());
		def[1] = xprintf("%s/generators", util_datadir());
		def[2] = NULL;
		if (access(def[1], F_OK) != 0) {
			free(def[1]);
			def[1] = NULL;
		}
		status = check_paths(def, def[1] ? 2 : 1, &opts);
		free(def[0]);
		free(def[1]);
	} else
		status = check_paths(argv + optind, argc - optind, &opts);
	filter_free(f);
	return (cli_finish(status));
usage:
	filter_free(f);
	status = cli_usage_error("check", "%s", cause);
	free(cause);
	return (status);
}
