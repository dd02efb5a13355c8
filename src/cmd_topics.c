/*
 * cmd_topics.c: `snipquiz topics [EXAM]`: the syllabus, with how many
 * curated items and generators each objective has.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "cli.h"
#include "syllabus.h"
#include "util.h"

static const char *topics_defaults[] = { "snippets", "generators", NULL };

struct topics_values {
	int	 tsv;
};

static const struct cli_option topics_options[] = {
	{ .name = "tsv", .type = CLI_FLAG,
	  .offset = offsetof(struct topics_values, tsv),
	  .help = "tab-separated lines: EXAM OBJECTIVE WEIGHT ITEMS GENERATORS"
	  " RUNNABLE (WEIGHT: the section's, in percent)" },
	{ .name = NULL }
};

const struct cli_command cmd_topics_entry = {
	.name = "topics",
	.synopsis = "[options] [EXAM]",
	.about = "List the exams' sections and objectives with how many curated"
	    " items (in the\nbundled banks) and generators each has."
	    " Objectives that cannot be shown by\nrunning code say why.",
	.options = topics_options
};

/* Count one more for objective in the names/counts tally. */
static void
topics_tally(const char *objective, char ***names, int **counts, size_t *n)
{
	size_t	 k;

	for (k = 0; k < *n; k++) {
		if (strcmp((*names)[k], objective) == 0)
			break;
	}
	if (k == *n) {
		*names = xreallocarray(*names, *n + 1, sizeof **names);
		*counts = xreallocarray(*counts, *n + 1, sizeof **counts);
		(*names)[k] = xstrdup(objective);
		(*counts)[k] = 0;
		(*n)++;
	}
	(*counts)[k]++;
}

static int
topics_lookup(char **names, int *counts, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(names[i], name) == 0)
			return (counts[i]);
	}
	return (0);
}

int
cmd_topics(int argc, char **argv)
{
	const struct syl_exam		*e;
	const struct syl_section	*s;
	const struct syl_objective	*o;
	struct syllabus			*syl;
	char				**inames = NULL, **gnames = NULL;
	char				*cause, *name, *fit;
	int				*icounts = NULL, *gcounts = NULL;
	struct bank			**banks = NULL;
	struct bank_item		*it;
	struct topics_values		 v = { 0 };
	size_t				 ni = 0, ng = 0, nbanks = 0, i, j, k;
	int				 first, status, items, gens;

	if (!cli_parse(&cmd_topics_entry, argc, argv, &v, &first, &status))
		return (cli_finish(status));
	if (argc - first > 1)
		return (cli_usage_error("topics", "one EXAM at a time"));
	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s topics: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		free(cause);
		return (EXIT_USAGE);
	}
	if (first < argc && syllabus_exam(syl, argv[first]) == NULL) {
		syllabus_free(syl);
		return (cli_usage_error("topics", "unknown exam '%s' (exams:"
		    " PCEP-30-02, PCAP-31-03, PCPP-32-101, PCPP-32-201)",
		    argv[first]));
	}
	/* Curated items and generator templates, counted in one pass. */
	(void)cli_load_banks("topics", NULL, 0, topics_defaults, &banks,
	    &nbanks);
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if (it->objective == NULL)
				continue;
			if (it->params != NULL)
				topics_tally(it->objective, &gnames, &gcounts,
				    &ng);
			else
				topics_tally(it->objective, &inames, &icounts,
				    &ni);
		}
	}
	cli_free_banks(banks, nbanks);

	for (i = 0; i < syl->nexams; i++) {
		e = &syl->exams[i];
		if (first < argc && strcmp(e->id, argv[first]) != 0)
			continue;
		if (!v.tsv)
			printf("%s%s  %s (%d items, %d min, pass %d%%%s)\n",
			    i > 0 && first == argc ? "\n" : "", e->id, e->name,
			    e->items, e->minutes, e->pass_percent,
			    e->draft ? ", draft syllabus" : "");
		for (j = 0; j < e->nsections; j++) {
			s = &e->sections[j];
			if (!v.tsv)
				printf("  %-5s %s (%d%%, %d items)\n", s->id,
				    s->title, s->weight, s->items);
			for (k = 0; k < s->nobjectives; k++) {
				o = &s->objectives[k];
				name = xprintf("%s %s", e->id, o->id);
				items = topics_lookup(inames, icounts, ni, name);
				gens = topics_lookup(gnames, gcounts, ng, name);
				free(name);
				if (v.tsv) {
					printf("%s\t%s\t%d\t%d\t%d\t%s\n", e->id,
					    o->id, s->weight, items, gens,
					    o->runnable ? "yes" : "no");
					continue;
				}
				fit = util_fit(o->title, 52);
				printf("    %-5s %s %3d items %3d gen\n",
				    o->id, fit, items, gens);
				free(fit);
				if (!o->runnable)
					printf("          not runnable: %s\n",
					    o->reason);
			}
		}
	}
	for (i = 0; i < ni; i++)
		free(inames[i]);
	for (i = 0; i < ng; i++)
		free(gnames[i]);
	free(inames);
	free(gnames);
	free(icounts);
	free(gcounts);
	syllabus_free(syl);
	return (cli_finish(EXIT_OK));
}
