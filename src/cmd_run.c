/*
 * cmd_run.c: `snipquiz run FILE|-|BANK.md#ID`: one snippet in the oracle,
 * with stdout, stderr and exit status as `python3 FILE </dev/null` gives.
 */
#include "config.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bank.h"
#include "cli.h"
#include "display.h"
#include "oracle.h"
#include "util.h"

struct run_values {
	struct sandbox_limits	 limits;	/* 0: the item's, or default */
	struct oracle_opts	 oopts;
	const char		*stdin_path;
	int			 json;
	int			 display;
	unsigned		 needs;		/* --needs, BANK_NEEDS_* */
};

/* --memory: a size, and enough for the interpreter. */
static int
run_memory(void *field, const char *arg, char **why)
{
	if (cli_parse_size(arg, field) == -1)
		return (-1);
	if (*(size_t *)field < SANDBOX_MIN_MEMORY) {
		*why = xprintf("--memory must be at least %luM: the interpreter"
		    " alone spans about 28M", SANDBOX_MIN_MEMORY >> 20);
		return (-1);
	}
	return (0);
}

/* --needs: what a bank item's "- needs:" says, for a file. */
static int
run_needs(void *field, const char *arg, char **why)
{
	return (bank_parse_needs(arg, field, why));
}

/* The defaults' figures are checked against sandbox.h in test_cli.c. */
static const struct cli_option run_options[] = {
	{ .name = "timeout", .letter = 't', .type = CLI_SECONDS,
	  .value = "SECONDS", .offset = offsetof(struct run_values,
	  limits.timeout), .help = "wall-clock limit (default 5)" },
	{ .name = "hash-seed", .type = CLI_CALL, .value = "N",
	  .offset = offsetof(struct run_values, oopts.hash_seed),
	  .call = cli_hash_seed,
	  .help = "hash seed, or 'random' (default 0)" },
	{ .name = "stdin", .type = CLI_STRING, .value = "FILE",
	  .offset = offsetof(struct run_values, stdin_path),
	  .help = "feed FILE to the snippet's stdin (default: empty)" },
	{ .name = "memory", .type = CLI_CALL, .value = "SIZE",
	  .offset = offsetof(struct run_values, limits.memory),
	  .call = run_memory, .wants = "a size such as 256M",
	  .help = "memory: address space and files (default 512M,\nat least"
	  " 64M)" },
	{ .name = "max-output", .type = CLI_SIZE, .value = "SIZE",
	  .offset = offsetof(struct run_values, limits.output),
	  .help = "bytes kept per stream (default 1M)" },
	{ .name = "display", .type = CLI_FLAG,
	  .offset = offsetof(struct run_values, display),
	  .help = "run it with the oracle's private X server (Xvfb) as\n"
	  "DISPLAY, as an item with '- needs: display' runs" },
	{ .name = "needs", .type = CLI_CALL, .value = "LIST",
	  .offset = offsetof(struct run_values, needs), .call = run_needs,
	  .wants = "needs such as 'subprocess, pytest'",
	  .help = "what the program needs, as an item's '- needs:'\n(an"
	  " item's own by default)" },
	{ .name = "json", .type = CLI_FLAG,
	  .offset = offsetof(struct run_values, json),
	  .help = "print the whole result as one JSON object" },
	{ .name = "python", .type = CLI_STRING, .value = "PYTHON",
	  .offset = offsetof(struct run_values, oopts.python),
	  .help = "run it under another installed interpreter, in the same"
	  " sandbox" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = offsetof(struct run_values, oopts.quiet),
	  .help = "do not warn about missing sandbox protections" },
	{ .name = NULL }
};

const struct cli_command cmd_run_entry = {
	.name = "run",
	.synopsis = "[options] FILE|-|BANK.md#ID",
	.about = "Run a Python file (or standard input, or one item of a bank)"
	    " in the sandboxed\noracle. Its stdout, stderr and exit status are"
	    " those of `python3 FILE </dev/null`;\na verdict other than ok or"
	    " raised is named on stderr and sets the exit status:\n124"
	    " timeout, 137 memory limit, 128+N crash by signal N, 125 blocked"
	    " or output\nlimit. 2 means a usage error or unreadable input, 70"
	    " that the oracle could not run.",
	.options = run_options,
	.in_order = 1
};

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
	struct run_values	 v;
	struct oracle_req	 req;
	struct oracle		*o = NULL;
	struct bank		*bank = NULL;
	struct result		 r;
	const char		*target;
	char			*cause = NULL, *src = NULL, *in = NULL;
	char			*filename = NULL, *desc;
	size_t			 srclen, inlen;
	int			 first, status;

	memset(&v, 0, sizeof v);
	memset(&req, 0, sizeof req);
	result_init(&r);
	if (!cli_parse(&cmd_run_entry, argc, argv, &v, &first, &status))
		return (cli_finish(status));
	req.limits = v.limits;
	if (argc - first != 1)
		return (cli_usage_error("run", argc == first ?
		    "what should it run? Give a FILE, - or BANK.md#ID" :
		    "one FILE at a time"));
	target = argv[first];

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
		req.needs = v.needs;
		if (strcmp(target, "-") == 0) {
			req.filename = "<stdin>";
			req.argv0 = "-";
		} else {
			filename = run_abspath(target);
			req.filename = filename;
			req.argv0 = target;
		}
	}
	if (v.stdin_path != NULL) {
		if (util_read_file(v.stdin_path, CLI_MAX_INPUT, &in, &inlen,
		    &cause) == -1)
			goto usage_fail;
		req.stdin_data = in;
		req.stdin_len = inlen;
	}

	if (v.display)
		req.needs |= BANK_NEEDS_DISPLAY;
	/* Not installed: say so, as check says why it skips such items. */
	if ((req.needs & BANK_NEEDS_DISPLAY) && !display_available(&cause)) {
		fprintf(stderr, "%s run: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if ((o = oracle_start(&v.oopts, &cause)) == NULL ||
	    oracle_run(o, &req, &r, &cause) == -1) {
		fprintf(stderr, "%s run: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (v.json) {
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
