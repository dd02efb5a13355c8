/*
 * cmd_gen.c: `snipquiz gen`: fresh, correctly keyed variants of the
 * generator templates, printed as a bank.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "bank.h"
#include "cli.h"
#include "gen.h"
#include "syllabus.h"
#include "util.h"

static const char *gen_defaults[] = { "generators", NULL };

static void
gen_usage(FILE *f)
{
	fprintf(f, "usage: %s gen [options] [EXAM | \"EXAM OBJECTIVE\" |"
	    " GENERATOR-ID]\n\n"
	    "Draw variants from the generators (all of them, or those of an"
	    " exam, of an\nobjective, or one by its id) and print them as a"
	    " bank on stdout; every key is\nwhat the oracle prints or"
	    " raises. The same seed gives the same bank, byte for\nbyte."
	    " Exit status: 0 all drawn, 1 a generator could not give its"
	    " variants, 2 usage\nor unreadable input, 70 the oracle could not"
	    " run.\n\n"
	    "Options:\n"
	    "  -n, --count N           variants per generator (default 3)\n"
	    "  -s, --seed S            seed (default: a fresh one, shown in the"
	    " output)\n"
	    "  -g, --from PATH         generator files or folders (default: the"
	    " bundled ones)\n"
	    "      --draft             expand the templates only: no runs, no"
	    " keys (a preview)\n"
	    "      --hash-seed N       hash seed, or 'random' (default 0)\n"
	    "  -q, --quiet             do not warn about missing sandbox"
	    " protections\n"
	    "  -h, --help              show this help\n", sq_progname);
}

/* Does template it match the selector? */
static int
gen_selected(const struct bank_item *it, const char *sel)
{
	size_t	 n;

	if (sel == NULL)
		return (1);
	if (strcmp(it->id, sel) == 0)
		return (1);
	if (it->objective == NULL)
		return (0);
	if (strcmp(it->objective, sel) == 0)
		return (1);
	n = strlen(sel);
	return (strchr(sel, ' ') == NULL && strncmp(it->objective, sel, n) == 0 &&
	    it->objective[n] == ' ');
}

int
cmd_gen(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "count", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "from", required_argument, NULL, 'g' },
		{ "hash-seed", required_argument, NULL, 'S' },
		{ "draft", no_argument, NULL, 'd' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct gen_oracles	 g = { NULL, NULL };
	struct gen_variant	*vs;
	struct syllabus		*syl = NULL;
	struct bank		**banks = NULL, *b;
	struct bank_item	*it;
	struct buf		 out;
	const char		*sel = NULL;
	char			**from = NULL, *cause = NULL;
	size_t			 nfrom = 0, nbanks = 0, i, j;
	unsigned long		 seed;
	long			 count = 3, v, hash_seed = 0;
	int			 c, k, n, status = EXIT_OK, have_seed = 0;
	int			 quiet = 0, matched = 0, draft = 0;

	optind = 1;
	opterr = 0;
	buf_init(&out);
	while ((c = getopt_long(argc, argv, ":n:s:g:qh", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'n':
			if (cli_parse_int(optarg, 1, 1000, &count) == -1)
				return (cli_usage_error("gen", "--count wants a"
				    " number from 1 to 1000, not '%s'", optarg));
			break;
		case 's':
			if (cli_parse_int(optarg, 0, 4294967295L, &v) == -1)
				return (cli_usage_error("gen", "--seed wants a"
				    " number from 0 to 4294967295, not '%s'",
				    optarg));
			seed = (unsigned long)v;
			have_seed = 1;
			break;
		case 'g':
			from = xreallocarray(from, nfrom + 1, sizeof *from);
			from[nfrom++] = optarg;
			break;
		case 'S':
			if (cli_parse_seed(optarg, &hash_seed) == -1)
				return (cli_usage_error("gen", "--hash-seed wants"
				    " a number or 'random', not '%s'", optarg));
			break;
		case 'd':
			draft = 1;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'h':
			gen_usage(stdout);
			return (cli_finish(EXIT_OK));
		case ':':
			return (cli_usage_error("gen", "option '%s' wants a"
			    " value", argv[optind - 1]));
		default:
			return (cli_usage_error("gen", "unknown option '%s'",
			    argv[optind - 1]));
		}
	}
	if (argc - optind > 1)
		return (cli_usage_error("gen", "one EXAM, \"EXAM OBJECTIVE\" or"
		    " GENERATOR-ID at a time (quote an objective)"));
	if (optind < argc)
		sel = argv[optind];
	if (!have_seed) {
		if (getrandom(&seed, sizeof seed, 0) != sizeof seed)
			seed = (unsigned long)getpid();
		seed &= 0xffffffffUL;
	}
	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s gen: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (sel != NULL && strchr(sel, ' ') != NULL &&
	    syllabus_objective(syl, sel) == NULL) {
		status = cli_usage_error("gen", "unknown objective '%s'"
		    " (snipquiz topics lists them)", sel);
		goto out;
	}

	if (cli_load_banks("gen", from, nfrom, gen_defaults, &banks,
	    &nbanks) == -1)
		status = EXIT_USAGE;
	for (i = 0; i < nbanks; i++) {
		b = banks[i];
		for (j = 0; j < b->nerrors; j++) {
			fprintf(stderr, "%s:%d: %s\n", b->path, b->errors[j].line,
			    b->errors[j].msg);
			if (status == EXIT_OK)
				status = EXIT_FAILED;
		}
	}
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if (it->params != NULL && gen_selected(it, sel))
				matched++;
		}
	}
	if (matched == 0) {
		if (sel != NULL && status != EXIT_USAGE)
			status = cli_usage_error("gen", "no generator matches"
			    " '%s'", sel);
		else if (status == EXIT_OK) {
			fprintf(stderr, "%s gen: no generators found\n",
			    sq_progname);
			status = EXIT_FAILED;
		}
		goto out;
	}
	if (gen_oracles_start(&g, hash_seed, quiet, &cause) == -1) {
		fprintf(stderr, "%s gen: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	buf_addf(&out, "# Generated exam items%s\n\n<!-- snipquiz gen%s --seed"
	    " %lu --count %ld%s%s%s -->\n", draft ? " (draft: no keys)" : "",
	    draft ? " --draft" : "", seed, count, sel ? " \"" : "",
	    sel ? sel : "", sel ? "\"" : "");
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if (it->params == NULL || !gen_selected(it, sel))
				continue;
			n = gen_draw(&g, it, seed, (int)count, draft, &vs,
			    &cause);
			for (k = 0; k < n; k++) {
				buf_addc(&out, '\n');
				gen_render(&out, it, k + 1, &vs[k]);
				gen_variant_free(&vs[k]);
			}
			free(vs);
			if (n < count) {
				fprintf(stderr, "%s:%d: %s: %s\n", banks[i]->path,
				    it->line, it->id, cause);
				if (status == EXIT_OK)
					status = EXIT_FAILED;
			}
			free(cause);
			cause = NULL;
		}
	}
	fwrite(out.data, 1, out.len, stdout);
out:
	gen_oracles_stop(&g);
	buf_free(&out);
	cli_free_banks(banks, nbanks);
	free(from);
	free(cause);
	syllabus_free(syl);
	return (cli_finish(status));
}
