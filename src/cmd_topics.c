/*
 * cmd_topics.c: `snipquiz topics [EXAM]`: the syllabus, with how many
 * curated items and generators each objective has; with --subtopics,
 * each sub-bullet with the items that cover it (- covers:).
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
	int			 tsv;
	int			 subtopics;
	struct cli_list		 banks;
};

static const struct cli_option topics_options[] = {
	{ .name = "subtopics", .type = CLI_FLAG,
	  .offset = offsetof(struct topics_values, subtopics),
	  .help = "list each objective's sub-bullets with the items that cover"
	  " them (- covers:), marking those short of two items or, where"
	  " runnable, of a generator" },
	{ .name = "tsv", .type = CLI_FLAG,
	  .offset = offsetof(struct topics_values, tsv),
	  .help = "tab-separated lines: EXAM OBJECTIVE WEIGHT ITEMS GENERATORS"
	  " RUNNABLE (WEIGHT: the section's, in percent); with --subtopics:"
	  " EXAM OBJECTIVE SUB-BULLET ITEMS CONCEPTUAL GENERATORS" },
	{ .name = "bank", .letter = 'b', .type = CLI_STRINGS, .value = "PATH",
	  .offset = offsetof(struct topics_values, banks),
	  .help = "count the items of these banks and generator files (files"
	  " or folders; repeatable; default: the bundled ones)" },
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

/*
 * Per sub-bullet counts of one objective: curated program items, concept
 * items, generator templates. An objective with no sub-bullets has one
 * row, itself (PCPP-32-201's draft lists none).
 */
struct topics_row {
	int	 items;
	int	 concept;
	int	 gens;
};

struct topics_cover {
	const struct syl_objective	*o;
	struct topics_row		*rows;	/* ntopics, or 1 */
};

/* The rows of objective o in *cov (n of them so far), made on demand. */
static struct topics_row *
topics_rows(struct topics_cover **cov, size_t *n,
    const struct syl_objective *o)
{
	size_t	 i;

	for (i = 0; i < *n; i++) {
		if ((*cov)[i].o == o)
			return ((*cov)[i].rows);
	}
	*cov = xreallocarray(*cov, *n + 1, sizeof **cov);
	(*cov)[*n].o = o;
	(*cov)[*n].rows = xcalloc(o->ntopics ? o->ntopics : 1,
	    sizeof *(*cov)[*n].rows);
	return ((*cov)[(*n)++].rows);
}

/*
 * Count what the banks' items cover: an item counts for each sub-bullet
 * its "- covers:" names, or for the only one when its objective has one
 * (or none). One with no or a bad covers line counts for none (check
 * reports a bad one).
 */
static void
topics_count_covers(const struct syllabus *syl, struct bank **banks,
    size_t nbanks, struct topics_cover **cov, size_t *ncov)
{
	const struct syl_objective	*o;
	const struct bank_item		*it;
	struct topics_row		*rows;
	uint64_t			 mask;
	char				*cause;
	size_t				 i, j, k;

	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if (it->objective == NULL || (o = syllabus_objective(syl,
			    it->objective)) == NULL)
				continue;
			mask = 0;
			if (o->ntopics <= 1)
				mask = 1;
			else if (it->covers != NULL && syllabus_covers(o,
			    it->covers, &mask, &cause) == -1) {
				free(cause);
				mask = 0;
			}
			rows = topics_rows(cov, ncov, o);
			for (k = 0; k < SYL_MAX_TOPICS; k++) {
				if (!(mask & ((uint64_t)1 << k)))
					continue;
				if (it->params != NULL)
					rows[k].gens++;
				else if (it->kind == BANK_KIND_CONCEPT)
					rows[k].concept++;
				else
					rows[k].items++;
			}
		}
	}
}

/* Does a run show sub-bullet t of o (its objective's, and its own)? */
static int
topics_runs(const struct syl_objective *o, size_t t)
{
	return (o->runnable && (t >= o->ntopics || o->topic_reasons == NULL ||
	    o->topic_reasons[t] == NULL));
}

/*
 * Does sub-bullet t of o have what the project aims at: two items
 * (programs or concept items), and a generator where a run shows it?
 * PCPP-32-201's draft asks a generator of each runnable topic only.
 */
static int
topics_row_ok(const struct syl_exam *e, const struct syl_objective *o,
    size_t t, const struct topics_row *r)
{
	if (e->draft)
		return (!topics_runs(o, t) || r->gens >= 1);
	return (r->items + r->concept >= 2 && (!topics_runs(o, t) ||
	    r->gens >= 1));
}

/* --subtopics: every sub-bullet, with its counts; 0 when all are met. */
static int
topics_subtopics(const struct syllabus *syl, const char *exam, int tsv,
    struct bank **banks, size_t nbanks)
{
	const struct syl_exam		*e;
	const struct syl_section	*s;
	const struct syl_objective	*o;
	struct topics_cover		*cov = NULL;
	struct topics_row		*rows;
	size_t				 ncov = 0, i, j, k, t, nt;
	int				 rows_n, met, ok, short_all = 0;
	char				*fit;
	const char			*words;

	topics_count_covers(syl, banks, nbanks, &cov, &ncov);
	for (i = 0; i < syl->nexams; i++) {
		e = &syl->exams[i];
		if (exam != NULL && strcmp(e->id, exam) != 0)
			continue;
		if (!tsv)
			printf("%s%s  %s%s\n", i > 0 && exam == NULL ? "\n" : "",
			    e->id, e->name, e->draft ? " (draft syllabus)" : "");
		rows_n = met = 0;
		for (j = 0; j < e->nsections; j++) {
			s = &e->sections[j];
			for (k = 0; k < s->nobjectives; k++) {
				o = &s->objectives[k];
				rows = topics_rows(&cov, &ncov, o);
				nt = o->ntopics ? o->ntopics : 1;
				if (!tsv)
					printf("  %-5s %s%s\n", o->id, o->title,
					    o->runnable ? "" : " (not runnable)");
				for (t = 0; t < nt; t++) {
					words = o->ntopics ? o->topics[t] :
					    o->title;
					ok = topics_row_ok(e, o, t, &rows[t]);
					rows_n++;
					met += ok;
					if (tsv) {
						printf("%s\t%s\t%s\t%d\t%d\t%d\n",
						    e->id, o->id, words,
						    rows[t].items,
						    rows[t].concept,
						    rows[t].gens);
						continue;
					}
					fit = util_fit(words, 48);
					printf("    %s %s %3d items %3d concept"
					    " %3d gen\n", ok ? " " : "!", fit,
					    rows[t].items, rows[t].concept,
					    rows[t].gens);
					free(fit);
					if (o->runnable && !topics_runs(o, t))
						printf("          no run shows it:"
						    " %s\n", o->topic_reasons[t]);
				}
			}
		}
		if (!tsv)
			printf("  %d of %d sub-bullets meet the target\n", met,
			    rows_n);
		short_all += rows_n - met;
	}
	for (i = 0; i < ncov; i++)
		free(cov[i].rows);
	free(cov);
	return (short_all);
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
		status = cli_unknown_exam("topics", syl, argv[first]);
		syllabus_free(syl);
		return (status);
	}
	/* Curated items and generator templates, counted in one pass. */
	(void)cli_load_banks("topics", v.banks.v, v.banks.n, topics_defaults,
	    &banks, &nbanks);
	if (v.subtopics) {
		(void)topics_subtopics(syl, first < argc ? argv[first] : NULL,
		    v.tsv, banks, nbanks);
		cli_free_banks(banks, nbanks);
		syllabus_free(syl);
		cli_free(&cmd_topics_entry, &v);
		return (cli_finish(EXIT_OK));
	}
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if (it->objective == NULL)
				continue;
			/* Its own objective, and those a retag maps it to. */
			for (k = 0; k <= syl->nretags; k++) {
				if (k == syl->nretags)
					name = (char *)it->objective;
				else if (strcmp(syl->retags[k].from,
				    it->objective) == 0)
					name = syl->retags[k].to;
				else
					continue;
				if (it->params != NULL)
					topics_tally(name, &gnames, &gcounts,
					    &ng);
				else
					topics_tally(name, &inames, &icounts,
					    &ni);
			}
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
	cli_free(&cmd_topics_entry, &v);
	return (cli_finish(EXIT_OK));
}
