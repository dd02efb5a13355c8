/*
 * cmd_run.c: `snipquiz run FILE|-|BANK.md#ID`: one snippet in the oracle,
 * with stdout, stderr and exit status as `python3 FILE </dev/null` gives.
 */
#include "config.h"

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bank.h"
#include "cli.h"
#include "oracle.h"
#include "util.h"

static void
run_usage(FILE *f)
{
	fprintf(f, "usage: %s run [options] FILE|-|BANK.md#ID\n\n"
	    "Run a Python file (or standard input, or one item of a bank) in"
	    " the sandboxed\noracle. Its stdout, stderr and exit status are"
	    " those of `python3 FILE </dev/null`;\na verdict other than ok or"
	    " raised is named on stderr and sets the exit status:\n124"
	    " timeout, 137 memory limit, 128+N crash by signal N, 125 blocked"
	    " or output\nlimit. 2 means a usage error or unreadable input, 70"
	    " that the oracle could not run.\n\n"
	    "Options:\n"
	    "  -t, --timeout SECONDS   wall-clock limit (default %g)\n"
	    "      --hash-seed N       hash seed, or 'random' (default 0)\n"
	    "      --stdin FILE        feed FILE to the snippet's stdin"
	    " (default: empty)\n"
	    "      --memory SIZE       memory: address space and files (default"
	    " %luM,\n"
	    "                          at least %luM)\n"
	    "      --max-output SIZE   bytes kept per stream (default %luM)\n"
	    "      --json              print the whole result as one JSON"
	    " object\n"
	    "      --python PYTHON     run it under another installed"
	    " interpreter, in the\n"
	    "                          same sandbox\n"
	    "  -q, --quiet             do not warn about missing sandbox"
	    " protections\n"
	    "  -h, --help              show this help\n", sq_progname,
	    SANDBOX_DEFAULT_TIMEOUT, SANDBOX_DEFAULT_MEMORY >> 20, SANDBOX_MIN_MEMORY >> 20,
	    SANDBOX_DEFAULT_OUTPUT >> 20);
}

/*
 * Load BANK.md#ID into req: source (in *src, the caller frees it: the
 * code with its blank filled), stdin, timeout.
 */
static int
run_bank_item(const char *spec, struct oracle_req *req, struct bank **bp,
    char **src, char **cause)
{
	struct bank_item	*it;
	struct bank		*b;
	char			*path, *hash;

	path = xstrdup(spec);
	hash = strrchr(path, '#');
	*hash++ = '\0';
	if ((b = bank_load(path, cause)) == NULL) {
		free(path);
		return (-1);
	}
	if ((it = bank_find(b, hash)) == NULL) {
		*cause = xprintf("%s: no item '%s'%s", path, hash,
		    b->nerrors ? " (the bank has errors: run check)" : "");
		bank_free(b);
		free(path);
		return (-1);
	}
	{
		struct sandbox_limits	 limits = req->limits;
		size_t			 len;

		/* The command line's limits over the item's. */
		*src = bank_item_source(it, &len);
		oracle_req_item(req, it, *src, len);
		req->limits = limits;
		if (it->timeout > 0 && limits.timeout == 0)
			req->limits.timeout = it->timeout;
	}
	free(path);
	*bp = b;
	return (0);
}

/* What python3 shows as the main file: the absolute path, unresolved. */
static char *
run_abspath(const char *path)
{
	char	 cwd[PATH_MAX];

	if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL)
		return (xstrdup(path));
	return (xprintf("%s/%s", cwd, path));
}

int
cmd_run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "timeout", required_argument, NULL, 't' },
		{ "hash-seed", required_argument, NULL, 'S' },
		{ "stdin", required_argument, NULL, 'i' },
		{ "memory", required_argument, NULL, 'm' },
		{ "max-output", required_argument, NULL, 'o' },
		{ "json", no_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "python", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct oracle_opts	 oopts = { 0, 0, NULL };
	struct oracle_req	 req;
	struct oracle		*o = NULL;
	struct bank		*bank = NULL;
	struct result		 r;
	const char		*target, *stdin_path = NULL;
	char			*cause = NULL, *src = NULL, *in = NULL;
	char			*filename = NULL, *desc;
	size_t			 srclen, inlen;
	int			 c, json = 0, status;

	memset(&req, 0, sizeof req);
	result_init(&r);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+:t:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			if (util_parse_seconds(optarg, &req.limits.timeout) == -1)
				return (cli_usage_error("run", "--timeout wants"
				    " a number of seconds, not '%s'", optarg));
			break;
		case 'S':
			if (cli_parse_seed(optarg, &oopts.hash_seed) == -1)
				return (cli_usage_error("run", "--hash-seed wants"
				    " a number or 'random', not '%s'", optarg));
			break;
		case 'i':
			stdin_path = optarg;
			break;
		case 'm':
			if (cli_parse_size(optarg, &req.limits.memory) == -1)
				return (cli_usage_error("run", "--memory wants a"
				    " size such as 256M, not '%s'", optarg));
			if (req.limits.memory < SANDBOX_MIN_MEMORY)
				return (cli_usage_error("run", "--memory must be"
				    " at least %luM: the interpreter alone spans"
				    " about 28M", SANDBOX_MIN_MEMORY >> 20));
			break;
		case 'o':
			if (cli_parse_size(optarg, &req.limits.output) == -1)
				return (cli_usage_error("run", "--max-output wants"
				    " a size such as 64k, not '%s'", optarg));
			break;
		case 'j':
			json = 1;
			break;
		case 'P':
			oopts.python = optarg;
			break;
		case 'q':
			oopts.quiet = 1;
			break;
		case 'h':
			run_usage(stdout);
			return (cli_finish(EXIT_OK));
		case ':':
			return (cli_usage_error("run", "option '%s' wants a"
			    " value", argv[optind - 1]));
		default:
			return (cli_usage_error("run", "unknown option '%s'",
			    argv[optind - 1]));
		}
	}
	if (argc - optind != 1)
		return (cli_usage_error("run", argc == optind ?
		    "what should it run? Give a FILE, - or BANK.md#ID" :
		    "one FILE at a time"));
	target = argv[optind];

	if (strcmp(target, "-") != 0 && strchr(target, '#') != NULL &&
	    access(target, F_OK) != 0) {
		if (run_bank_item(target, &req, &bank, &src, &cause) == -1)
			goto usage_fail;
	} else {
		if (util_read_file(target, CLI_MAX_INPUT, &src, &srclen,
		    &cause) == -1)
			goto usage_fail;
		req.source = src;
		req.source_len = srclen;
		if (strcmp(target, "-") == 0) {
			req.filename = "<stdin>";
			req.argv0 = "-";
		} else {
			filename = run_abspath(target);
			req.filename = filename;
			req.argv0 = target;
		}
	}
	if (stdin_path != NULL) {
		if (util_read_file(stdin_path, CLI_MAX_INPUT, &in, &inlen,
		    &cause) == -1)
			goto usage_fail;
		req.stdin_data = in;
		req.stdin_len = inlen;
	}

	if ((o = oracle_start(&oopts, &cause)) == NULL ||
	    oracle_run(o, &req, &r, &cause) == -1) {
		fprintf(stderr, "%s run: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (json) {
		char *js = result_to_json(&r);
		printf("%s\n", js);
		free(js);
	} else {
		fflush(stdout);
		/* The snippet's own bytes, unchanged and unbuffered. */
		(void)util_write_all(STDOUT_FILENO, r.out, r.out_len);
		(void)util_write_all(STDERR_FILENO, r.err, r.err_len);
		if (r.verdict != VERDICT_OK && r.verdict != VERDICT_RAISED) {
			desc = result_describe(&r);
			fprintf(stderr, "%s run: %s\n", sq_progname, desc);
			free(desc);
		}
		if (r.out_dropped || r.err_dropped)
			fprintf(stderr, "%s run: output limit: kept the first"
			    " %zu bytes of each stream, dropped %zu of stdout"
			    " and %zu of stderr\n", sq_progname,
			    req.limits.output ? req.limits.output :
			    (size_t)SANDBOX_DEFAULT_OUTPUT, r.out_dropped,
			    r.err_dropped);
	}
	status = result_exit_status(&r);
	goto out;

usage_fail:
	fprintf(stderr, "%s run: %s\n", sq_progname, cause);
	status = EXIT_USAGE;
out:
	free(cause);
	result_free(&r);
	oracle_stop(o);
	bank_free(bank);
	free(src);
	free(in);
	free(filename);
	return (cli_finish(status));
}
