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
	    "  -t, --timeout SECONDS   per-item wall-clock limit (default: the"
	    " item's, or %g)\n"
	    "      --hash-seed N       hash seed, or 'random' (default 0)\n"
	    "  -v, --verbose           also list the items that pass\n"
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
		{ "timeout", required_argument, NULL, 't' },
		{ "hash-seed", required_argument, NULL, 'S' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct check_opts	 opts;
	char			*def[3];
	long			 n;
	int			 c, status;

	memset(&opts, 0, sizeof opts);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":j:ut:vqh", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			if (cli_parse_int(optarg, 1, 1024, &n) == -1)
				return (cli_usage_error("check", "--jobs wants a"
				    " number from 1 to 1024, not '%s'", optarg));
			opts.jobs = (int)n;
			break;
		case 'u':
			opts.update = 1;
			break;
		case 't':
			if (util_parse_seconds(optarg, &opts.timeout) == -1)
				return (cli_usage_error("check", "--timeout wants"
				    " a number of seconds, not '%s'", optarg));
			break;
		case 'S':
			if (cli_parse_seed(optarg, &opts.hash_seed) == -1)
				return (cli_usage_error("check", "--hash-seed"
				    " wants a number or 'random', not '%s'",
				    optarg));
			break;
		case 'v':
			opts.verbose = 1;
			break;
		case 'q':
			opts.quiet = 1;
			break;
		case 'h':
			check_usage(stdout);
			return (cli_finish(EXIT_OK));
		case ':':
			return (cli_usage_error("check", "option '%s' wants a"
			    " value", argv[optind - 1]));
		default:
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
		def[0] = xprintf("%s/snippets", cli_datadir());
		def[1] = xprintf("%s/generators", cli_datadir());
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
	return (cli_finish(status));
}
