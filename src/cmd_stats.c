/*
 * cmd_stats.c: `snipquiz stats`: mastery per section and objective, and
 * the items that keep going wrong.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "progress.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

/* Items wrong this many times or more are shown as leeches. */
#define STATS_LEECH	3

struct stats_values {
	const char	*db;
};

static const struct cli_option stats_options[] = {
	{ .name = "db", .type = CLI_STRING, .value = "PATH",
	  .offset = offsetof(struct stats_values, db),
	  .help = "progress database (default:"
	  " $XDG_DATA_HOME/snipquiz/progress.db)" },
	{ .name = NULL }
};

const struct cli_command cmd_stats_entry = {
	.name = "stats",
	.synopsis = "[options] [EXAM]",
	.about = "Show your progress: for each section and objective you have"
	    " practised, how\nmany answers were right, as a bar; then the items"
	    " you got wrong " CLI_STR(STATS_LEECH) " times or\nmore, and the"
	    " mock exams taken, with the change from the try before.",
	.options = stats_options
};

/* A bar for right out of answered, width cells. */
static void
stats_bar(int right, int answered, int width)
{
	char	*bar;

	bar = term_bar(right, answered, width);
	fputs(bar, stdout);
	free(bar);
}

int
cmd_stats(int argc, char **argv)
{
	const struct syl_exam		*e;
	const struct syl_section	*s;
	struct progress_tally		*t = NULL;
	struct progress			*db = NULL;
	struct syllabus			*syl = NULL;
	char				*dbpath = NULL, *cause = NULL, *name;
	char				**leech = NULL;
	int				*lapses = NULL, nt = 0, nl = 0;
	struct stats_values		 v = { NULL };
	int				 first, status = EXIT_OK;
	int				 answered, right;
	int				 sa, sr, ea, er, k, shown = 0, namew, barw;
	size_t				 i, j, m;
	char				*fit, date[32];
	struct progress_exam		*ex = NULL;
	int				 nex = 0, pct, found;
	time_t				 when;

	if (!cli_parse(&cmd_stats_entry, argc, argv, &v, &first, &status))
		return (cli_finish(status));
	if (argc - first > 1)
		return (cli_usage_error("stats", "one EXAM at a time"));
	dbpath = v.db ? xstrdup(v.db) : progress_default_path();
	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s stats: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (first < argc && syllabus_exam(syl, argv[first]) == NULL) {
		status = cli_usage_error("stats", "unknown exam '%s'",
		    argv[first]);
		goto out;
	}
	/* Only read: stats creates nothing, and reads a read-only file. */
	if ((found = progress_open_read(dbpath, &db, &cause)) == 1) {
		printf("No progress yet in %s.\n", dbpath);
		goto out;
	}
	if (found == -1 ||
	    progress_tallies(db, &t, &nt, &cause) == -1 ||
	    progress_count(db, &answered, &right, &cause) == -1 ||
	    progress_leeches(db, STATS_LEECH, &leech, &lapses, &nl,
	    &cause) == -1) {
		fprintf(stderr, "%s stats: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	printf("%d answer%s, %d right", answered, answered == 1 ? "" : "s",
	    right);
	if (answered > 0)
		printf(" (%d%%)", right * 100 / answered);
	printf("\n");
	for (i = 0; i < syl->nexams; i++) {
		e = &syl->exams[i];
		if (first < argc && strcmp(e->id, argv[first]) != 0)
			continue;
		ea = er = 0;
		for (j = 0; j < e->nsections; j++) {
			s = &e->sections[j];
			sa = sr = 0;
			for (m = 0; m < s->nobjectives; m++) {
				name = xprintf("%s %s", e->id,
				    s->objectives[m].id);
				for (k = 0; k < nt; k++) {
					if (strcmp(t[k].objective, name) == 0) {
						sa += t[k].answered;
						sr += t[k].correct;
					}
				}
				free(name);
			}
			if (sa == 0)
				continue;
			if (ea == 0)
				printf("\n%s\n", e->id);
			ea += sa;
			er += sr;
			term_bar_widths(term_width(), 34, &namew, &barw);
			fit = util_fit(s->title, namew);
			printf("  %-3s %s ", s->id, fit);
			free(fit);
			stats_bar(sr, sa, barw);
			printf("\n");
			for (m = 0; m < s->nobjectives; m++) {
				name = xprintf("%s %s", e->id,
				    s->objectives[m].id);
				for (k = 0; k < nt; k++) {
					if (strcmp(t[k].objective, name) != 0)
						continue;
					fit = util_fit(
					    s->objectives[m].title, namew - 2);
					printf("    %-5s %s ",
					    s->objectives[m].id, fit);
					free(fit);
					stats_bar(t[k].correct, t[k].answered,
					    barw);
					printf("\n");
				}
				free(name);
			}
		}
		if (ea > 0)
			shown++;
	}
	if (answered > 0 && shown == 0)
		printf("\nNo answers for these objectives yet.\n");
	if (progress_exams(db, &ex, &nex, &cause) == -1) {
		fprintf(stderr, "%s stats: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	shown = 0;
	for (k = 0; k < nex; k++) {
		if (first < argc && strcmp(ex[k].exam, argv[first]) != 0)
			continue;
		if (shown++ == 0)
			printf("\nMock exams:\n");
		when = (time_t)(ex[k].at * 86400);
		strftime(date, sizeof date, "%Y-%m-%d %H:%M", gmtime(&when));
		pct = ex[k].total ? (int)(ex[k].points * 100 / ex[k].total) : 0;
		printf("  %s  %-12s %3d%% (%g/%d) %-10s", date, ex[k].exam, pct,
		    ex[k].points, ex[k].total, ex[k].passed ? "passed" :
		    "not passed");
		/* The trend: against the previous try at the same exam. */
		for (m = k; m-- > 0;) {
			if (strcmp(ex[m].exam, ex[k].exam) == 0) {
				int prev = ex[m].total ? (int)(ex[m].points *
				    100 / ex[m].total) : 0;
				printf(" %+d", pct - prev);
				break;
			}
		}
		printf("\n");
	}
	if (nl > 0) {
		printf("\nItems that keep going wrong:\n");
		for (k = 0; k < nl; k++)
			printf("  %s (wrong %d times)\n", leech[k], lapses[k]);
	}
out:
	progress_exams_free(ex, nex);
	for (k = 0; k < nl; k++)
		free(leech[k]);
	free(leech);
	free(lapses);
	progress_tally_free(t, nt);
	progress_close(db);
	syllabus_free(syl);
	free(dbpath);
	free(cause);
	return (cli_finish(status));
}
