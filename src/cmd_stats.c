/*
 * cmd_stats.c: `snipquiz stats`: what is due, the streak, mastery per
 * section and objective, the weakest objectives, the misreadings made
 * and resisted, mock exams and the items that keep going wrong; as text,
 * or as one JSON object (--json).
 */
#include "config.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"
#include "coach.h"
#include "progress.h"
#include "readiness.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

/* Items wrong this many times or more are shown as leeches. */
#define STATS_LEECH	3

/* The weakest objectives and the misreadings shown, at most. */
#define STATS_WEAKEST	5
#define STATS_MISREADS	8

struct stats_values {
	const char	*db;
	int		 json;
};

static const struct cli_option stats_options[] = {
	{ .name = "db", .type = CLI_STRING, .value = "PATH",
	  .offset = offsetof(struct stats_values, db),
	  .help = "progress database (default:"
	  " $XDG_DATA_HOME/snipquiz/progress.db)" },
	{ .name = "json", .type = CLI_FLAG,
	  .offset = offsetof(struct stats_values, json),
	  .help = "print one JSON object (keys in the man page) instead" },
	{ .name = NULL }
};

const struct cli_command cmd_stats_entry = {
	.name = "stats",
	.synopsis = "[options] [EXAM]",
	.about = "Show your progress: what is due now and over the next week,"
	    " the days in a row\nyou practised, and time spent; for each"
	    " section and objective you have\npractised, how many answers"
	    " were right, as a bar; the weakest objectives; the\nmisreadings"
	    " you made and resisted, and whether you make them less lately;"
	    " the\nmock exams taken, with the change from the try before; and"
	    " the items you got\nwrong " CLI_STR(STATS_LEECH) " times or more."
	    " With EXAM, only that exam's.",
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

/*
 * The readiness of every exam report r has answers or mock exams for
 * (or of only), into *rs, *n of them: 0, or -1 with *cause.
 */
static int
stats_readiness(const struct syllabus *syl, const char *only,
    const struct coach_report *r, struct readiness ***rs, size_t *n,
    char **cause)
{
	const struct progress_event_row	*h = r->history;
	const struct progress_exam	*ex = r->exams;
	struct readiness_answer		*ans = NULL;
	struct readiness_mock		*mocks = NULL;
	struct readiness_misreading	*mis = NULL;
	struct readiness_input		 in;
	struct readiness		*one;
	const char			*id, *to;
	size_t				 i, na = 0, nm;
	int				 nh = r->nhistory, nex = r->nexams;
	int				 k, have, rc = -1;

	*rs = NULL;
	*n = 0;
	ans = xcalloc(nh + 1, sizeof *ans);
	for (k = 0; k < nh; k++) {
		if (h[k].event != PROGRESS_ANSWERED || h[k].objective == NULL)
			continue;
		ans[na].objective = h[k].objective;
		ans[na].at = h[k].at;
		ans[na].correct = h[k].right;
		na++;
	}
	mocks = xcalloc(nex + 1, sizeof *mocks);
	for (k = 0; k < nex; k++) {
		mocks[k].exam = ex[k].exam;
		mocks[k].at = ex[k].at;
		mocks[k].points = ex[k].points;
		mocks[k].total = ex[k].total;
	}
	mis = xcalloc(r->nmisreads + 1, sizeof *mis);
	for (k = 0; k < r->nmisreads; k++) {
		mis[k].label = r->misreads[k].label;
		mis[k].made = r->misreads[k].made;
		mis[k].resisted = r->misreads[k].resisted;
	}
	memset(&in, 0, sizeof in);
	in.answers = ans;
	in.nanswers = na;
	in.mocks = mocks;
	in.nmocks = nex;
	in.misreadings = mis;
	in.nmisreadings = r->nmisreads;
	in.now = r->now;
	for (i = 0; i < syl->nexams; i++) {
		id = syl->exams[i].id;
		if (only != NULL && strcmp(id, only) != 0)
			continue;
		/* Only an exam the learner has worked on, unless asked. */
		have = only != NULL;
		for (k = 0; !have && k < nex; k++)
			have = strcmp(ex[k].exam, id) == 0;
		for (nm = 0; !have && nm < na; nm++) {
			to = syllabus_retag(syl, ans[nm].objective, id);
			have = to != NULL;
		}
		if (!have)
			continue;
		if (readiness_exam(syl, id, &in, &one, cause) == -1)
			goto out;
		*rs = xreallocarray(*rs, *n + 1, sizeof **rs);
		(*rs)[(*n)++] = one;
	}
	rc = 0;
out:
	free(ans);
	free(mocks);
	free(mis);
	return (rc);
}

/* Would the learner pass today, and what to study next. */
static void
stats_readiness_text(struct readiness *const *rs, size_t n)
{
	const struct readiness	*r;
	char			*line, *fit;
	size_t			 i, k;
	/* Cut to the terminal; in a pipe or a file, whole. */
	int			 width = isatty(STDOUT_FILENO) ? term_width() :
				     INT_MAX / 2;

	if (n == 0)
		return;
	printf("\nWould you pass today? (a real exam's score today, with an %d%%"
	    " interval)\n", (int)(READINESS_LEVEL * 100 + 0.5));
	for (i = 0; i < n; i++) {
		r = rs[i];
		printf("  %-12s %3.0f%% (%.0f-%.0f%%): %s, the pass mark being"
		    " %.0f%%\n  %-12s from %d answer%s on %d of %zu objectives",
		    r->exam->id, r->estimate * 100, r->low * 100, r->high * 100,
		    readiness_verdict_name(r->verdict), r->pass * 100, "",
		    r->answers, r->answers == 1 ? "" : "s", r->practised,
		    r->nobjectives);
		if (r->mocks > 0)
			printf(" and %d mock exam%s", r->mocks, r->mocks == 1 ?
			    "" : "s");
		printf("\n");
	}
	for (i = 0; i < n; i++) {
		r = rs[i];
		if (r->nplan == 0 && r->ndrills == 0)
			continue;
		printf("\nNext 20 minutes, for %s:\n", r->exam->id);
		for (k = 0; k < r->nplan; k++) {
			/* The figures first: a long title is what is cut. */
			line = xprintf("practise %s, now %.0f%%, worth up to %.1f%%"
			    " of the score: %s", r->plan[k].objective->id,
			    r->plan[k].mastery * 100, r->plan[k].gain * 100,
			    r->plan[k].objective->title);
			fit = util_clip(line, width - 2);
			printf("  %s\n    snipquiz practice --objective \"%s %s\"\n",
			    fit, r->exam->id, r->plan[k].objective->id);
			free(fit);
			free(line);
		}
		for (k = 0; k < r->ndrills && k < 2; k++)
			printf("  drill \"%s\" (made %d, resisted %d)\n    snipquiz"
			    " practice --misreading \"%s\"\n", r->drills[k].label,
			    r->drills[k].made, r->drills[k].resisted,
			    r->drills[k].label);
	}
}

/* One exam's readiness as JSON. */
static json_t *
stats_readiness_json(const struct readiness *r)
{
	json_t	*o, *a;
	char	*name;
	size_t	 k;

	o = json_pack("{s:f,s:f,s:f,s:i,s:f,s:f,s:s,s:f,s:i,s:i,s:i,s:f}",
	    "estimate", r->estimate, "low", r->low, "high", r->high,
	    "answers", r->answers, "pass", r->pass, "chance", r->chance,
	    "verdict", readiness_verdict_name(r->verdict), "model", r->model,
	    "objectives_practised", r->practised, "objectives",
	    (int)r->nobjectives, "mocks", r->mocks, "level", READINESS_LEVEL);
	a = json_array();
	for (k = 0; k < r->nplan; k++) {
		name = xprintf("%s %s", r->exam->id, r->plan[k].objective->id);
		json_array_append_new(a, json_pack("{s:s,s:s,s:f,s:f}",
		    "objective", name, "title", r->plan[k].objective->title,
		    "mastery", r->plan[k].mastery, "gain", r->plan[k].gain));
		free(name);
	}
	json_object_set_new(o, "plan", a);
	a = json_array();
	for (k = 0; k < r->ndrills; k++)
		json_array_append_new(a, json_pack("{s:s,s:i,s:i}", "label",
		    r->drills[k].label, "made", r->drills[k].made, "resisted",
		    r->drills[k].resisted));
	json_object_set_new(o, "drills", a);
	return (o);
}

/* "2 h 14 min", "14 min", "40 s": a static string. */
static const char *
stats_duration(double seconds)
{
	static char	 s[64];
	long		 t = (long)(seconds + 0.5);

	if (t >= 3600)
		snprintf(s, sizeof s, "%ld h %ld min", t / 3600, t % 3600 / 60);
	else if (t >= 60)
		snprintf(s, sizeof s, "%ld min", t / 60);
	else
		snprintf(s, sizeof s, "%ld s", t);
	return (s);
}

/* Local day today + d in strftime's fmt: "2026-12-02", "Thu". */
static void
stats_day(double now, int d, const char *fmt, char *buf, size_t len)
{
	time_t		 t = (time_t)((now + d) * 86400);
	struct tm	 tm;

	localtime_r(&t, &tm);
	strftime(buf, len, fmt, &tm);
}

/* The schedule and the habit: due, the week ahead, the streak, time. */
static void
stats_head(const struct coach_report *r)
{
	char	 day[16];
	int	 d;

	printf("%d answer%s, %d right", r->answered, r->answered == 1 ? "" :
	    "s", r->right);
	if (r->answered > 0)
		printf(" (%d%%)", r->right * 100 / r->answered);
	printf("\n");
	if (r->answered == 0)
		return;
	printf("Time spent: %s over %d day%s", stats_duration(r->seconds),
	    r->days, r->days == 1 ? "" : "s");
	if (r->skipped > 0)
		printf("; %d skipped", r->skipped);
	if (r->streak == 0)
		printf(".\nStreak: none; practise today to start one.\n");
	else
		printf(".\nStreak: %d day%s%s.\n", r->streak, r->streak == 1 ?
		    "" : "s", r->today ? ", practised today" :
		    "; practise today to keep it");
	printf("Due now: %d", r->due);
	if (r->due == 0 && r->next_due > 0)
		printf("; next review %s", util_when(r->next_due, r->now));
	printf(".\nThe week ahead:");
	for (d = 0; d < COACH_FORECAST; d++) {
		if (d == 0)
			snprintf(day, sizeof day, "today");
		else
			stats_day(r->now, d, "%a", day, sizeof day);
		printf(" %s %d%s", day, r->forecast[d], d + 1 < COACH_FORECAST ?
		    "," : ".\n");
	}
}

/* Per section and objective of each exam answered: bars. */
static void
stats_bars(const struct syllabus *syl, const char *only,
    const struct coach_report *r)
{
	const struct syl_exam		*e;
	const struct syl_section	*s;
	const struct coach_objective	*o;
	char				*fit;
	size_t				 i, j, m;
	int				 k, sa, sr, ea, shown = 0, namew, barw;

	term_bar_widths(term_width(), 34, &namew, &barw);
	for (i = 0; i < syl->nexams; i++) {
		e = &syl->exams[i];
		if (only != NULL && strcmp(e->id, only) != 0)
			continue;
		ea = 0;
		for (j = 0; j < e->nsections; j++) {
			s = &e->sections[j];
			sa = sr = 0;
			for (k = 0; k < r->nobjectives; k++) {
				o = &r->objectives[k];
				if (o->syl != NULL && o->syl->section == s) {
					sa += o->answered;
					sr += o->right;
				}
			}
			if (sa == 0)
				continue;
			if (ea == 0)
				printf("\n%s\n", e->id);
			ea += sa;
			fit = util_fit(s->title, namew);
			printf("  %-3s %s ", s->id, fit);
			free(fit);
			stats_bar(sr, sa, barw);
			printf("\n");
			for (m = 0; m < s->nobjectives; m++) {
				for (k = 0; k < r->nobjectives; k++) {
					o = &r->objectives[k];
					if (o->syl != &s->objectives[m])
						continue;
					fit = util_fit(o->syl->title, namew - 2);
					printf("    %-5s %s ", o->syl->id, fit);
					free(fit);
					stats_bar(o->right, o->answered, barw);
					printf("\n");
				}
			}
		}
		if (ea > 0)
			shown++;
	}
	if (r->answered > 0 && shown == 0)
		printf("\nNo answers for these objectives yet.\n");
}

/* The weakest objectives, by name and title, with their counts. */
static void
stats_weakest(const struct coach_report *r)
{
	const struct coach_objective	*o;
	int				 k, n = 0;

	for (k = 0; k < r->nobjectives && n < STATS_WEAKEST; k++) {
		o = &r->objectives[k];
		/* Only the weak: not those mostly right. */
		if (o->right * 10 >= o->answered * 8)
			continue;
		if (n++ == 0)
			printf("\nWeakest objectives:\n");
		printf("  %-16s %d of %d right  %s\n", o->name, o->right,
		    o->answered, o->syl != NULL ? o->syl->title : "");
	}
}

/* The misreadings made and resisted, and their trend. */
static void
stats_misreads(const struct coach_report *r)
{
	const struct coach_misread	*m;
	int				 k;

	if (r->nmisreads == 0)
		return;
	printf("\nMisreadings (made: picked, typed or ordered; resisted: shown"
	    " and not picked):\n");
	for (k = 0; k < r->nmisreads && k < STATS_MISREADS; k++) {
		m = &r->misreads[k];
		printf("  made %d, resisted %d: %s", m->made, m->resisted,
		    m->label);
		if (m->trend != 0)
			printf(" (lately %d of the last %d: %s)", m->recent_made,
			    m->recent_seen, m->trend < 0 ? "less often" :
			    "more often");
		printf("\n");
	}
	if (r->nmisreads > STATS_MISREADS)
		printf("  and %d more (stats --json lists them all)\n",
		    r->nmisreads - STATS_MISREADS);
}

/* The mock exams, each against the try before at the same exam. */
static void
stats_mocks(const struct progress_exam *ex, int nex, const char *only)
{
	char	 date[32];
	time_t	 when;
	int	 k, m, pct, prev, shown = 0;

	for (k = 0; k < nex; k++) {
		if (only != NULL && strcmp(ex[k].exam, only) != 0)
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
				prev = ex[m].total ? (int)(ex[m].points * 100 /
				    ex[m].total) : 0;
				printf(" %+d", pct - prev);
				break;
			}
		}
		printf("\n");
	}
}

/* The whole report as one JSON object (the man page lists its keys). */
static json_t *
stats_json(const struct coach_report *r, const struct progress_exam *ex,
    int nex, const char *only, char **leech, const int *lapses, int nl,
    struct readiness *const *rs, size_t nrs)
{
	size_t				 i;
	const struct coach_objective	*o;
	const struct coach_misread	*m;
	json_t				*j, *a;
	char				 date[16];
	int				 k;

	j = json_object();
	json_object_set_new(j, "answers", json_integer(r->answered));
	json_object_set_new(j, "right", json_integer(r->right));
	json_object_set_new(j, "skipped", json_integer(r->skipped));
	json_object_set_new(j, "seconds", json_integer((json_int_t)
	    (r->seconds + 0.5)));
	json_object_set_new(j, "days", json_integer(r->days));
	json_object_set_new(j, "streak", json_integer(r->streak));
	json_object_set_new(j, "practised_today", json_boolean(r->today));
	json_object_set_new(j, "due", json_integer(r->due));
	a = json_array();
	for (k = 0; k < COACH_FORECAST; k++) {
		stats_day(r->now, k, "%Y-%m-%d", date, sizeof date);
		json_array_append_new(a, json_pack("{s:s,s:i}", "date", date,
		    "due", r->forecast[k]));
	}
	json_object_set_new(j, "forecast", a);
	a = json_array();
	for (k = 0; k < r->nobjectives; k++) {
		o = &r->objectives[k];
		json_array_append_new(a, json_pack("{s:s,s:s?,s:i,s:i}",
		    "objective", o->name, "title", o->syl != NULL ?
		    o->syl->title : NULL, "answered", o->answered, "right",
		    o->right));
	}
	json_object_set_new(j, "objectives", a);
	a = json_array();
	for (k = 0; k < r->nmisreads; k++) {
		m = &r->misreads[k];
		json_array_append_new(a, json_pack("{s:s,s:i,s:i,s:i,s:i,s:s}",
		    "label", m->label, "made", m->made, "resisted",
		    m->resisted, "recent_made", m->recent_made, "recent_seen",
		    m->recent_seen, "trend", m->trend < 0 ? "less" :
		    m->trend > 0 ? "more" : "same"));
	}
	json_object_set_new(j, "misreadings", a);
	a = json_array();
	for (k = 0; k < nex; k++) {
		if (only != NULL && strcmp(ex[k].exam, only) != 0)
			continue;
		json_array_append_new(a, json_pack("{s:s,s:f,s:f,s:i,s:i,s:b}",
		    "exam", ex[k].exam, "at", ex[k].at, "points", ex[k].points,
		    "total", ex[k].total, "seconds", ex[k].seconds, "passed",
		    ex[k].passed));
	}
	json_object_set_new(j, "mock_exams", a);
	a = json_array();
	for (k = 0; k < nl; k++)
		json_array_append_new(a, json_pack("{s:s,s:i}", "item",
		    leech[k], "wrong", lapses[k]));
	json_object_set_new(j, "leeches", a);
	a = json_object();
	for (i = 0; i < nrs; i++)
		json_object_set_new(a, rs[i]->exam->id,
		    stats_readiness_json(rs[i]));
	json_object_set_new(j, "readiness", a);
	return (j);
}

int
cmd_stats(int argc, char **argv)
{
	struct coach_report		 r;
	struct progress			*db = NULL;
	struct syllabus			*syl = NULL;
	struct stats_values		 v = { NULL, 0 };
	struct readiness		**rs = NULL;
	size_t				 nrs = 0, i;
	const char			*only;
	char				*dbpath = NULL, *cause = NULL, *s;
	char				**leech = NULL;
	int				*lapses = NULL, nl = 0;
	int				 first, status = EXIT_OK, k, found;
	json_t				*j;

	memset(&r, 0, sizeof r);
	if (!cli_parse(&cmd_stats_entry, argc, argv, &v, &first, &status))
		return (cli_finish(status));
	if (argc - first > 1)
		return (cli_usage_error("stats", "one EXAM at a time"));
	only = first < argc ? argv[first] : NULL;
	dbpath = v.db ? xstrdup(v.db) : progress_default_path();
	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s stats: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (only != NULL && syllabus_exam(syl, only) == NULL) {
		status = cli_unknown_exam("stats", syl, only);
		goto out;
	}
	/* Only read: stats creates nothing, and reads a read-only file. */
	if ((found = progress_open_read(dbpath, &db, &cause)) == 1) {
		/* The same keys, empty: a pipeline needs no special case. */
		if (v.json)
			printf("{\"answers\": 0, \"right\": 0, \"skipped\": 0,"
			    " \"seconds\": 0, \"days\": 0, \"streak\": 0,"
			    " \"practised_today\": false, \"due\": 0,"
			    " \"forecast\": [], \"objectives\": [],"
			    " \"misreadings\": [], \"mock_exams\": [],"
			    " \"leeches\": [], \"readiness\": {}}\n");
		else
			printf("No progress yet in %s.\n", dbpath);
		goto out;
	}
	if (found == -1 ||
	    coach_report(db, syl, only, time(NULL) / 86400.0, &r,
	    &cause) == -1 ||
	    progress_leeches(db, STATS_LEECH, &leech, &lapses, &nl,
	    &cause) == -1 ||
	    stats_readiness(syl, only, &r, &rs, &nrs, &cause) == -1) {
		fprintf(stderr, "%s stats: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (v.json) {
		j = stats_json(&r, r.exams, r.nexams, only, leech, lapses, nl,
		    rs, nrs);
		s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		printf("%s\n", s);
		free(s);
		json_decref(j);
		goto out;
	}
	stats_head(&r);
	stats_bars(syl, only, &r);
	stats_weakest(&r);
	stats_misreads(&r);
	stats_mocks(r.exams, r.nexams, only);
	stats_readiness_text(rs, nrs);
	if (nl > 0) {
		printf("\nItems that keep going wrong:\n");
		for (k = 0; k < nl; k++)
			printf("  %s (wrong %d times)\n", leech[k], lapses[k]);
	}
out:
	for (i = 0; i < nrs; i++)
		readiness_free(rs[i]);
	free(rs);
	coach_report_free(&r);
	for (k = 0; k < nl; k++)
		free(leech[k]);
	free(leech);
	free(lapses);
	progress_close(db);
	syllabus_free(syl);
	free(dbpath);
	free(cause);
	return (cli_finish(status));
}
