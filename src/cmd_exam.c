/*
 * cmd_exam.c: `snipquiz exam EXAM`: a mock exam in the real exam's shape:
 * items per section from the syllabus, asked only in the exam's item
 * types (single choice, select, code insertion, ordering: nothing typed
 * but letters), a clock counting down, moving back and forth, marking
 * for review; then points per section against the pass mark, partial
 * credit as the exam gives it, and a review of every answer not right.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bank.h"
#include "cli.h"
#include "distract.h"
#include "mock.h"
#include "oracle.h"
#include "present.h"
#include "progress.h"
#include "question.h"
#include "quiz.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

static const char *exam_defaults[] = { "snippets", NULL };

/* One question of the exam, and the learner's answer to it. */
struct exam_q {
	struct question			 q;
	const struct syl_section	*section;
	char				*answer;	/* NULL: not answered */
	int				 marked;
	struct question_verdict		 v;
};

struct exam_values {
	double		 minutes;	/* 0: the real exam's */
	struct cli_list	 banks;
	long		 seed;		/* -1: a fresh one */
	const char	*db;
	int		 quiet;
};

static const struct cli_option exam_options[] = {
	{ .name = "minutes", .letter = 'm', .type = CLI_SECONDS, .value = "M",
	  .offset = offsetof(struct exam_values, minutes), .wants = "a number",
	  .help = "time limit (default: the real exam's)" },
	{ .name = "bank", .letter = 'b', .type = CLI_STRINGS, .value = "PATH",
	  .offset = offsetof(struct exam_values, banks),
	  .help = "banks to draw from (default: the bundled ones)" },
	{ .name = "seed", .letter = 's', .type = CLI_INT, .value = "S",
	  .offset = offsetof(struct exam_values, seed),
	  .min = 0, .max = 4294967295L,
	  .help = "make the choice of items reproducible" },
	{ .name = "db", .type = CLI_STRING, .value = "PATH",
	  .offset = offsetof(struct exam_values, db),
	  .help = "progress database (default:"
	  " $XDG_DATA_HOME/snipquiz/progress.db)" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = offsetof(struct exam_values, quiet),
	  .help = "do not warn about missing sandbox protections" },
	CLI_COLOR_OPTION,
	{ .name = NULL }
};

const struct cli_command cmd_exam_entry = {
	.name = "exam",
	.synopsis = "[options] EXAM",
	.about = "A mock exam in the shape of the real one: as many items per"
	    " section as the\nsyllabus says, a time limit, moving back and"
	    " forth, marking for review; then\nthe score against the pass"
	    " mark, a report per section and a review of every\nwrong answer."
	    " PCPP-32-201 is practice-only while its syllabus is a draft.\n\n"
	    "Questions are asked as the exam asks them: single choice, select"
	    " two, code\ninsertion, ordering; nothing is typed but letters. At"
	    " the exam> prompt: letters\nanswer (B; AC for a select; CADB for"
	    " an order); n and p move to the next and\nprevious question, a"
	    " number goes to that question, m marks it for review,\nl lists"
	    " them all, f finishes, ? shows this. Select and ordering items"
	    " earn\npartial credit, as in the exam.",
	.options = exam_options
};

/* The question on screen, the answer given so far under it. */
static void
exam_show(struct term *t, struct oracle *o, struct exam_q *qs, int i, int n,
    double left)
{
	struct exam_q	*e = &qs[i];
	int		 pick = -1;

	/*
	 * No objective: the real exam does not name the topic of a
	 * question, and naming it gives the answer away. The review names it.
	 */
	printf("\n%sQuestion %d of %d%s  %s[%d:%02d left]%s%s\n",
	    term_c(t, TERM_BOLD), i + 1, n, term_c(t, TERM_OFF),
	    term_c(t, TERM_DIM), (int)left / 60, (int)left % 60,
	    e->marked ? "  (marked)" : "", term_c(t, TERM_OFF));
	if (e->answer != NULL && e->q.pick == 1)
		pick = (e->answer[strspn(e->answer, " \t,")] | 0x20) - 'a';
	present_question(t, o, &e->q, pick);
	if (e->answer != NULL && e->q.pick != 1)
		printf("Your answer: %s\n", e->answer);
}

static void
exam_list(struct exam_q *qs, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		printf("%3d %s%s\n", i + 1, qs[i].answer ? "answered" : "--",
		    qs[i].marked ? ", marked" : "");
}

/* An exam command at the exam> prompt, by its letter or its name. */
enum exam_cmd {
	EXAM_NONE, EXAM_NEXT, EXAM_PREV, EXAM_MARK, EXAM_LIST, EXAM_FINISH,
	EXAM_HELP
};

static enum exam_cmd
exam_command(const char *line)
{
	static const struct {
		const char	*letter, *name;
		enum exam_cmd	 cmd;
	} cmds[] = {
		{ "n", ":next", EXAM_NEXT }, { "p", ":prev", EXAM_PREV },
		{ "m", ":mark", EXAM_MARK }, { "l", ":list", EXAM_LIST },
		{ "f", ":finish", EXAM_FINISH }, { "?", ":help", EXAM_HELP },
	};
	size_t	 i;

	for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		if (strcmp(line, cmds[i].letter) == 0 ||
		    strcmp(line, cmds[i].name) == 0)
			return (cmds[i].cmd);
	}
	return (EXAM_NONE);
}

/*
 * Build the exam's questions (mock_build) and say on stderr what a
 * section lacks. 0, or -1 with *cause; *out holds *n questions either way.
 */
static int
exam_build(const struct question_ctx *ctx, const struct syl_exam *ex,
    struct bank **banks, size_t nbanks, struct exam_q **out, int *n,
    char **cause)
{
	struct mock_question	*mq;
	struct exam_q		*qs;
	size_t			 i;
	int			*got, k, rc;

	got = xcalloc(ex->nsections + 1, sizeof *got);
	rc = mock_build(ctx, ex, banks, nbanks, &mq, n, got, cause);
	/* The questions move into the exam's array. */
	qs = xcalloc((size_t)*n + 1, sizeof *qs);
	for (k = 0; k < *n; k++) {
		qs[k].q = mq[k].q;
		qs[k].section = mq[k].section;
	}
	free(mq);
	for (i = 0; rc == 0 && i < ex->nsections; i++) {
		if (got[i] < ex->sections[i].items)
			fprintf(stderr, "%s exam: section %s has %d item%s"
			    " here, not %d\n", sq_progname, ex->sections[i].id,
			    got[i], got[i] == 1 ? "" : "s",
			    ex->sections[i].items);
	}
	free(got);
	*out = qs;
	return (rc);
}

/*
 * The exam at the exam> prompt until it is finished, the time is up or
 * the input ends: 1 when the time ran out.
 */
static int
exam_run(struct term *t, struct oracle *o, struct exam_q *qs, int n,
    double start, double minutes)
{
	static const char *const complete[] = {
		":next", ":prev", ":mark", ":list", ":finish", ":help", NULL
	};
	struct exam_q	*e;
	char		*line, *why;
	double		 left;
	int		 cur = 0, k;

	/* The clock runs while the exam waits at its prompt, too. */
	term_set_deadline(t, start + minutes * 60);
	term_set_countdown(t, 1);
	for (;;) {
		left = minutes * 60 - (util_now() - start);
		if (left <= 0)
			return (1);
		exam_show(t, o, qs, cur, n, left);
		switch (term_read(t, "exam> ", complete, &line)) {
		case TERM_EOF:
			return (0);
		case TERM_TIMEUP:
			/* An answer after the time counts for nothing. */
			return (1);
		case TERM_CANCEL:
			continue;
		case TERM_LINE:
			break;
		}
		if (util_now() - start > minutes * 60) {
			free(line);
			return (1);
		}
		e = &qs[cur];
		switch (exam_command(line)) {
		case EXAM_NEXT:
			cur = cur + 1 < n ? cur + 1 : cur;
			break;
		case EXAM_PREV:
			cur = cur > 0 ? cur - 1 : 0;
			break;
		case EXAM_MARK:
			e->marked = !e->marked;
			break;
		case EXAM_LIST:
			exam_list(qs, n);
			break;
		case EXAM_FINISH:
			free(line);
			return (0);
		case EXAM_HELP:
			printf("Letters answer: B for a choice, AC for a select,"
			    " CADB for an order.\nn next, p previous, a number"
			    " goes there, m marks for review, l lists,\nf"
			    " finishes.\n");
			break;
		case EXAM_NONE:
			if (*line == '\0')
				break;
			if (strspn(line, "0123456789") == strlen(line)) {
				k = atoi(line);
				if (k >= 1 && k <= n)
					cur = k - 1;
				else
					printf("There is no question %s.\n", line);
				break;
			}
			if (question_parse(&e->q, line, &why) == -1) {
				printf("%s\n", why);
				free(why);
				break;
			}
			free(e->answer);
			e->answer = line;
			line = NULL;
			cur = cur + 1 < n ? cur + 1 : cur;
			break;
		}
		free(line);
	}
}

/* "[####....]  62% (2.5/4)": points of a section, partial credit in. */
static char *
exam_bar(double points, int total, int width)
{
	struct buf	 b;
	int		 i, full = total ? (int)(points * width / total) : 0;

	buf_init(&b);
	buf_addc(&b, '[');
	for (i = 0; i < width; i++)
		buf_addc(&b, i < full ? '#' : '.');
	buf_addf(&b, "] %3d%% (%g/%d)", total ? (int)(points * 100 / total) :
	    0, points, total);
	return (buf_detach(&b, NULL));
}

/*
 * Grade and record every answer; print the score, the points per
 * section and the review. EXIT_OK, or EXIT_INTERNAL when the oracle or
 * the progress database failed (said on stderr).
 */
static int
exam_score(struct term *t, const struct question_ctx *ctx,
    const struct syl_exam *ex, struct progress *db, struct exam_q *qs,
    int n, double seconds, int timeup)
{
	const struct syl_section *s;
	struct exam_q		*e;
	char			*cause = NULL, *fit;
	double			 points = 0, sp;
	size_t			 i;
	int			 k, c, later, st, passed, namew, barw;
	int			 status = EXIT_OK;

	for (k = 0; k < n; k++) {
		e = &qs[k];
		if (e->answer != NULL) {
			if (question_grade(ctx, &e->q, e->answer, &e->v,
			    &cause) == -1) {
				fprintf(stderr, "%s exam: %s\n", sq_progname,
				    cause);
				free(cause);
				return (EXIT_INTERNAL);
			}
			points += e->v.score;
		}
		/*
		 * Left unanswered (skipped, or the clock ran out) is not an
		 * answer: it counts against the exam's score, but is neither
		 * a wrong answer in the record nor a lapse of the item's
		 * review card; it is recorded as shown, the review showing
		 * its answer. Once one fails (a full disk), say so once.
		 */
		if (status == EXIT_OK && quiz_record(db, &e->q, e->answer !=
		    NULL ? &e->v : NULL, e->answer != NULL ? PROGRESS_ANSWERED :
		    PROGRESS_UNANSWERED, 0, &cause) == -1) {
			fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
			free(cause);
			cause = NULL;
			/* The blanks' records are lost too; not answers. */
			for (later = 0, c = k + 1; c < n; c++)
				later += qs[c].answer != NULL;
			if (later > 0)
				fprintf(stderr, "%s exam: the score and %d more"
				    " answer%s were not saved either\n",
				    sq_progname, later, later == 1 ? "" : "s");
			else
				fprintf(stderr, "%s exam: the score was not"
				    " saved either\n", sq_progname);
			status = EXIT_INTERNAL;
		}
	}
	/*
	 * The report, paged on a terminal: the score first, then the
	 * sections, then the review of every answer not right.
	 */
	term_pager_start(t);
	if (timeup)
		printf("\nTime is up.\n");
	/* The pass mark is on points, partial credit included. */
	passed = points * 100 >= ex->pass_percent * n - 1e-9;
	printf("\n%sScore: %g/%d (%d%%): %s%s (pass mark %d%%)\n",
	    term_c(t, TERM_BOLD), points, n, (int)(points * 100 / n),
	    passed ? "passed" : "not passed", term_c(t, TERM_OFF),
	    ex->pass_percent);
	term_bar_widths(term_tty(t) ? term_width() : 80, 34, &namew, &barw);
	for (i = 0; i < ex->nsections; i++) {
		s = &ex->sections[i];
		sp = 0;
		st = 0;
		for (k = 0; k < n; k++) {
			if (qs[k].section == s) {
				st++;
				sp += qs[k].v.score;
			}
		}
		if (st == 0)
			continue;
		fit = util_fit(s->title, namew);
		printf("  %-3s %s ", s->id, fit);
		free(fit);
		fit = exam_bar(sp, st, barw);
		printf("%s\n", fit);
		free(fit);
	}
	for (k = 0; k < n; k++) {
		e = &qs[k];
		if (e->answer != NULL && e->v.right)
			continue;
		printf("\n%sQuestion %d%s (%s): %s\n", term_c(t, TERM_BOLD),
		    k + 1, term_c(t, TERM_OFF), e->q.item->objective ?
		    e->q.item->objective : "", e->answer == NULL ?
		    "not answered" : e->v.score > 0 ? "partly right" : "wrong");
		present_question(t, ctx->oracle, &e->q, -1);
		if (e->answer != NULL) {
			printf("Your answer: %s\n", e->answer);
			present_verdict(t, &e->q, &e->v);
		} else {
			char *answer = question_answer(&e->q);

			printf("The answer: %s\n", answer);
			free(answer);
			present_explanation(t, &e->q);
		}
	}
	term_pager_end(t);
	if (status == EXIT_OK && progress_exam_record(db, ex->id,
	    time(NULL) / 86400.0, (int)seconds, points, n, passed,
	    &cause) == -1) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		free(cause);
		status = EXIT_INTERNAL;
	}
	return (status);
}

int
cmd_exam(int argc, char **argv)
{
	struct oracle_opts		 oopts = { 0, 0, NULL, 0 };
	struct question_ctx		 ctx;
	const struct syl_exam		*ex;
	struct exam_q			*qs = NULL;
	struct syllabus			*syl = NULL;
	struct progress			*db = NULL;
	struct distract			*dis = NULL;
	struct oracle			*o = NULL;
	struct term			*t = NULL;
	struct bank			**banks = NULL;
	struct exam_values		 v = { .seed = -1 };
	char				*dbpath = NULL, *cause = NULL;
	size_t				 nbanks = 0;
	double				 minutes, start;
	int				 first, n = 0, k;
	int				 status = EXIT_OK, timeup;

	if (!cli_parse(&cmd_exam_entry, argc, argv, &v, &first, &status))
		goto out;
	if (argc - first != 1) {
		status = cli_usage_error("exam", "which exam? e.g. %s exam"
		    " PCEP-30-02", sq_progname);
		goto out;
	}
	oopts.quiet = v.quiet;
	cli_seed(v.seed);
	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s exam: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if ((ex = syllabus_exam(syl, argv[first])) == NULL) {
		status = cli_unknown_exam("exam", syl, argv[first]);
		goto out;
	}
	if (ex->draft) {
		fprintf(stderr, "%s exam: %s is practice-only while its syllabus"
		    " is a draft: try '%s practice --exam %s'\n", sq_progname,
		    ex->id, sq_progname, ex->id);
		status = EXIT_USAGE;
		goto out;
	}
	minutes = v.minutes > 0 ? v.minutes : ex->minutes;
	/* The oracle before the banks (see check_paths). */
	if ((o = oracle_start(&oopts, &cause)) == NULL) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (cli_load_banks("exam", v.banks.v, v.banks.n, exam_defaults, &banks,
	    &nbanks) == -1) {
		status = EXIT_USAGE;
		goto out;
	}
	cli_retag(syl, ex->id, banks, nbanks);
	dbpath = v.db ? xstrdup(v.db) : progress_default_path();
	if ((db = progress_open(dbpath, &cause)) == NULL ||
	    (dis = distract_default(&cause)) == NULL) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.oracle = o;
	ctx.distract = dis;
	ctx.exam = 1;
	/* Every answer and option is the oracle's, computed before the clock. */
	if (exam_build(&ctx, ex, banks, nbanks, &qs, &n, &cause) == -1) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (n == 0) {
		fprintf(stderr, "%s exam: no items for %s\n", sq_progname, ex->id);
		status = EXIT_FAILED;
		goto out;
	}
	t = term_open(NULL);
	printf("%s: %d question%s, %g minute%s, pass mark %d%%.\n", ex->id,
	    n, n == 1 ? "" : "s", minutes, minutes == 1 ? "" : "s",
	    ex->pass_percent);
	fflush(stdout);
	start = util_now();
	timeup = exam_run(t, o, qs, n, start, minutes);
	term_set_deadline(t, 0);
	status = exam_score(t, &ctx, ex, db, qs, n, util_now() - start,
	    timeup);
out:
	for (k = 0; k < n; k++) {
		question_free(&qs[k].q);
		question_verdict_free(&qs[k].v);
		free(qs[k].answer);
	}
	free(qs);
	term_close(t);
	oracle_stop(o);
	distract_free(dis);
	progress_close(db);
	cli_free_banks(banks, nbanks);
	cli_free(&cmd_exam_entry, &v);
	free(dbpath);
	free(cause);
	syllabus_free(syl);
	return (cli_finish(status));
}
