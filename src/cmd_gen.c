/*
 * cmd_gen.c: `snipquiz gen`: fresh, correctly keyed variants of the
 * generator templates, printed as a bank.
 */
#include "config.h"

#include <stddef.h>
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

struct gen_values {
	long		 count;
	long		 seed;		/* -1: a fresh one */
	struct cli_list	 from;
	int		 draft;
	long		 hash_seed;
	int		 quiet;
};

static const struct cli_option gen_options[] = {
	{ .name = "count", .letter = 'n', .type = CLI_INT, .value = "N",
	  .offset = offsetof(struct gen_values, count), .min = 1, .max = 1000,
	  .help = "variants per generator (default 3)" },
	{ .name = "seed", .letter = 's', .type = CLI_INT, .value = "S",
	  .offset = offsetof(struct gen_values, seed),
	  .min = 0, .max = 4294967295L,
	  .help = "seed (default: a fresh one, shown in the output)" },
	{ .name = "from", .letter = 'g', .type = CLI_STRINGS, .value = "PATH",
	  .offset = offsetof(struct gen_values, from),
	  .help = "generator files or folders (default: the bundled ones)" },
	{ .name = "draft", .type = CLI_FLAG,
	  .offset = offsetof(struct gen_values, draft),
	  .help = "expand the templates only: no runs, no keys (a preview)" },
	{ .name = "hash-seed", .type = CLI_CALL, .value = "N",
	  .offset = offsetof(struct gen_values, hash_seed),
	  .call = cli_hash_seed,
	  .help = "hash seed, or 'random' (default 0)" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = offsetof(struct gen_values, quiet),
	  .help = "do not warn about missing sandbox protections" },
	{ .name = NULL }
};

const struct cli_command cmd_gen_entry = {
	.name = "gen",
	.synopsis = "[options] [EXAM | \"EXAM OBJECTIVE\" | GENERATOR-ID]",
	.about = "Draw variants from the generators (all of them, or those of an"
	    " exam, of an\nobjective, or one by its id) and print them as a"
	    " bank on stdout; every key is\nwhat the oracle prints or"
	    " raises. The same seed gives the same bank, byte for\nbyte."
	    " Exit status: 0 all drawn, 1 a generator could not give its"
	    " variants, 2 usage\nor unreadable input, 70 the oracle could not"
	    " run.",
	.options = gen_options
};

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
	struct gen_oracles	 g = { NULL, NULL };
	struct cli_skips	 skips = { { NULL }, { 0 } };
	struct gen_variant	*vs;
	struct syllabus		*syl = NULL;
	struct bank		**banks = NULL, *b;
	struct bank_item	*it;
	struct buf		 out;
	const char		*sel = NULL;
	struct gen_values	 v = { .count = 3, .seed = -1 };
	char			*cause = NULL;
	size_t			 nbanks = 0, i, j;
	unsigned long		 seed;
	int			 first, k, n, status = EXIT_OK, matched = 0;

	buf_init(&out);
	if (!cli_parse(&cmd_gen_entry, argc, argv, &v, &first, &status))
		goto out;
	if (argc - first > 1) {
		status = cli_usage_error("gen", "one EXAM, \"EXAM OBJECTIVE\" or"
		    " GENERATOR-ID at a time (quote an objective)");
		goto out;
	}
	if (first < argc)
		sel = argv[first];
	if (v.seed >= 0)
		seed = (unsigned long)v.seed;
	else {
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

	if (cli_load_banks("gen", v.from.v, v.from.n, gen_defaults, &banks,
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
	if (gen_oracles_start(&g, v.hash_seed, v.quiet, 0, &cause) == -1) {
		fprintf(stderr, "%s gen: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	buf_addf(&out, "# Generated exam items%s\n\n<!-- snipquiz gen%s --seed"
	    " %lu --count %ld%s%s%s -->\n", v.draft ? " (draft: no keys)" : "",
	    v.draft ? " --draft" : "", seed, v.count, sel ? " \"" : "",
	    sel ? sel : "", sel ? "\"" : "");
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if (it->params == NULL || !gen_selected(it, sel))
				continue;
			if (cli_skip_needs(&skips, g.a, it))
				continue;
			n = gen_draw(&g, it, seed, (int)v.count, v.draft, &vs,
			    &cause);
			for (k = 0; k < n; k++) {
				buf_addc(&out, '\n');
				gen_render(&out, it, k + 1, &vs[k]);
				gen_variant_free(&vs[k]);
			}
			free(vs);
			if (n < v.count) {
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
	cli_skips_report(&skips, "gen");
out:
	gen_oracles_stop(&g);
	buf_free(&out);
	cli_free_banks(banks, nbanks);
	cli_free(&cmd_gen_entry, &v);
	free(cause);
	syllabus_free(syl);
	return (cli_finish(status));
}
