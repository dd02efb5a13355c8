/*
 * cmd_exam.c: `snipquiz exam EXAM`: a mock exam in the real exam's shape:
 * items per section from the syllabus, a time limit on screen, moving
 * back and forth, marking for review, then a score against the pass mark,
 * a report per section and a review of every wrong answer.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "answer.h"
#include "bank.h"
#include "cli.h"
#include "diff.h"
#include "distract.h"
#include "oracle.h"
#include "progress.h"
#include "quiz.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

static const char *exam_defaults[] = { "snippets", NULL };

struct exam_q {
	struct bank			*bank;
	struct bank_item		*item;
	const struct syl_section	*section;
	struct result			 truth;
	struct distract_option		*opts;	/* nopts < 2: type the output */
	int				 nopts;
	int				 pick;	/* chosen option, or -1 */
	struct buf			 typed;	/* typed answer, output form */
	int				 answered;
	int				 marked;
	int				 correct;
};

/* A typed answer that was wrong, against the truth as it should read. */
static void
exam_diff(struct quiz *q, struct exam_q *e)
{
	char	*truth, *mine, *d;
	size_t	 mlen;

	if (!e->answered)
		return;
	truth = quiz_truth_text(&e->truth);
	mine = answer_normalize(e->typed.data ? e->typed.data : "",
	    e->typed.len, &mlen);
	d = diff_unified(mine, mlen, truth, strlen(truth), "your answer",
	    "the program");
	printf("%s%s%s", quiz_c(q, QUIZ_DIM), d, quiz_c(q, QUIZ_OFF));
	free(d);
	free(mine);
	free(truth);
}

static void
exam_usage(FILE *f)
{
	fprintf(f, "usage: %s exam [options] EXAM\n\n"
	    "A mock exam in the shape of the real one: as many items per"
	    " section as the\nsyllabus says, a time limit, moving back and"
	    " forth, marking for review; then\nthe score against the pass"
	    " mark, a report per section and a review of every\nwrong answer."
	    " PCPP-32-201 is practice-only while its syllabus is a draft.\n\n"
	    "At the exam> prompt: a letter answers a choice, typed lines answer"
	    " the others\n(end with an empty line); n and p move to the next and"
	    " previous question, a\nnumber goes to that question, m marks it"
	    " for review, l lists them all,\nf finishes, ? shows this.\n\n"
	    "Options:\n"
	    "  -m, --minutes M         time limit (default: the real exam's)\n"
	    "  -b, --bank PATH         banks to draw from (default: the bundled"
	    " ones)\n"
	    "  -s, --seed S            make the choice of items reproducible\n"
	    "      --db PATH           progress database (default:"
	    " $XDG_DATA_HOME/snipquiz/progress.db)\n"
	    "  -q, --quiet             do not warn about missing sandbox"
	    " protections\n"
	    "  -h, --help              show this help\n", sq_progname);
}


static void
exam_show(struct quiz *q, struct exam_q *qs, int i, int n, double left)
{
	struct exam_q	*e = &qs[i];
	int		 k;

	/*
	 * No objective: the real exam does not name the topic of a
	 * question, and naming it gives the answer away. The review names it.
	 */
	printf("\n%sQuestion %d of %d%s  %s[%d:%02d left]%s%s\n",
	    quiz_c(q, QUIZ_BOLD), i + 1, n, quiz_c(q, QUIZ_OFF),
	    quiz_c(q, QUIZ_DIM), (int)left / 60, (int)left % 60,
	    e->marked ? "  (marked)" : "", quiz_c(q, QUIZ_OFF));
	printf("%s\n", e->item->prompt ? e->item->prompt : "What does this"
	    " program print?");
	quiz_show_code(q, e->item);
	if (e->item->input != NULL)
		printf("The user types:\n%s", e->item->input->text);
	if (e->nopts >= 2) {
		for (k = 0; k < e->nopts; k++)
			quiz_option(q, 'A' + k, e->opts[k].text,
			    e->pick == k ? "your answer" : NULL);
	} else {
		printf("Type the output (end with an empty line; the exception's"
		    " name last if it raises).\n");
		if (e->answered)
			printf("Your answer so far:\n%s", e->typed.data);
	}
}

static void
exam_list(struct exam_q *qs, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		printf("%3d %s%s\n", i + 1, qs[i].answered ? "answered" : "--",
		    qs[i].marked ? ", marked" : "");
}

/* Pick items for each section of the exam, shuffled by the seed. */
static int
exam_pick(const struct syl_exam *ex, struct bank **banks, size_t nbanks,
    struct exam_q **out, int *n)
{
	const struct syl_section	*s;
	struct exam_q			*qs = NULL, tmp;
	char				*prefix;
	size_t				 i, j, b, len;
	int				 first, got, k, r;

	*n = 0;
	for (i = 0; i < ex->nsections; i++) {
		s = &ex->sections[i];
		prefix = xprintf("%s %s.", ex->id, s->id);
		len = strlen(prefix);
		first = *n;
		for (b = 0; b < nbanks; b++) {
			for (j = 0; j < banks[b]->nitems; j++) {
				struct bank_item *it = &banks[b]->items[j];

				if (it->params != NULL || it->objective == NULL ||
				    strncmp(it->objective, prefix, len) != 0)
					continue;
				qs = xreallocarray(qs, *n + 1, sizeof *qs);
				memset(&qs[*n], 0, sizeof qs[*n]);
				qs[*n].bank = banks[b];
				qs[*n].item = it;
				qs[*n].section = s;
				qs[*n].pick = -1;
				(*n)++;
			}
		}
		free(prefix);
		got = *n - first;
		for (k = got - 1; k > 0; k--) {
			r = (int)(random() % (k + 1));
			tmp = qs[first + k];
			qs[first + k] = qs[first + r];
			qs[first + r] = tmp;
		}
		if (got > s->items)
			*n = first + s->items;
		else if (got < s->items)
			fprintf(stderr, "%s exam: section %s has %d item%s here,"
			    " not %d\n", sq_progname, s->id, got, got == 1 ? "" :
			    "s", s->items);
	}
	*out = qs;
	return (0);
}

int
cmd_exam(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "minutes", required_argument, NULL, 'm' },
		{ "bank", required_argument, NULL, 'b' },
		{ "seed", required_argument, NULL, 's' },
		{ "db", required_argument, NULL, 'D' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct oracle_opts		 oopts = { 0, 0, NULL };
	struct progress_answer		 pa;
	const struct syl_exam		*ex;
	const struct syl_section	*s;
	struct exam_q			*qs = NULL, *e;
	struct syllabus			*syl = NULL;
	struct progress			*db = NULL;
	struct distract			*dis = NULL;
	struct oracle			*o = NULL;
	struct quiz			*q = NULL;
	struct oracle_req		 req;
	struct bank			**banks = NULL;
	char				**paths = NULL, *line;
	char				*dbpath = NULL, *cause = NULL, *item;
	const char			*base;
	size_t				 npaths = 0, nbanks = 0, i;
	unsigned int			 seed;
	double				 minutes = 0, start, left, now;
	long				 v;
	int				 c, n = 0, cur = 0, right, total, passed;
	int				 status = EXIT_OK, have_seed = 0, k, done, later;
	int				 namew, barw;
	int				 sr, st, rc;
	char				*fit, *src, *note;
	struct buf			 typed;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":m:b:s:qh", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'm':
			if (util_parse_seconds(optarg, &minutes) == -1) {
				status = cli_usage_error("exam", "--minutes wants"
				    " a number, not '%s'", optarg);
				goto out;
			}
			break;
		case 'b':
			paths = xreallocarray(paths, npaths + 1, sizeof *paths);
			paths[npaths++] = optarg;
			break;
		case 's':
			if (cli_parse_int(optarg, 0, 4294967295L, &v) == -1) {
				status = cli_usage_error("exam", "--seed wants a"
				    " number from 0 to 4294967295, not '%s'",
				    optarg);
				goto out;
			}
			seed = (unsigned int)v;
			have_seed = 1;
			break;
		case 'D':
			free(dbpath);
			dbpath = xstrdup(optarg);
			break;
		case 'q':
			oopts.quiet = 1;
			break;
		case 'h':
			exam_usage(stdout);
			goto out;
		case ':':
			status = cli_usage_error("exam", "option '%s' wants a"
			    " value", argv[optind - 1]);
			goto out;
		default:
			status = cli_usage_error("exam", "unknown option '%s'",
			    argv[optind - 1]);
			goto out;
		}
	}
	if (argc - optind != 1) {
		status = cli_usage_error("exam", "which exam? e.g. %s exam"
		    " PCEP-30-02", sq_progname);
		goto out;
	}
	if (!have_seed && getrandom(&seed, sizeof seed, 0) != sizeof seed)
		seed = (unsigned int)time(NULL);
	srandom(seed);
	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s exam: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if ((ex = syllabus_exam(syl, argv[optind])) == NULL) {
		status = cli_usage_error("exam", "unknown exam '%s'",
		    argv[optind]);
		goto out;
	}
	if (ex->draft) {
		fprintf(stderr, "%s exam: %s is practice-only while its syllabus"
		    " is a draft: try '%s practice --exam %s'\n", sq_progname,
		    ex->id, sq_progname, ex->id);
		status = EXIT_USAGE;
		goto out;
	}
	if (minutes <= 0)
		minutes = ex->minutes;
	/* The oracle before the banks (see check_paths). */
	if ((o = oracle_start(&oopts, &cause)) == NULL) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (cli_load_banks("exam", paths, npaths, exam_defaults, &banks,
	    &nbanks) == -1) {
		status = EXIT_USAGE;
		goto out;
	}
	exam_pick(ex, banks, nbanks, &qs, &n);
	if (n == 0) {
		fprintf(stderr, "%s exam: no items for %s\n", sq_progname, ex->id);
		status = EXIT_FAILED;
		goto out;
	}
	if (dbpath == NULL)
		dbpath = progress_default_path();
	if ((db = progress_open(dbpath, &cause)) == NULL ||
	    (dis = distract_default(&cause)) == NULL) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	q = quiz_new(o, db, dis, NULL);

	/* Every answer and option is the oracle's, computed before the clock. */
	printf("%s: %d question%s, %g minute%s, pass mark %d%%.\n", ex->id,
	    n, n == 1 ? "" : "s", minutes, minutes == 1 ? "" : "s",
	    ex->pass_percent);
	fflush(stdout);
	for (k = 0; k < n; k++) {
		e = &qs[k];
		memset(&req, 0, sizeof req);
		src = bank_item_source(e->item, &req.source_len);
		req.source = src;
		req.filename = "main.py";
		if (e->item->input != NULL) {
			req.stdin_data = e->item->input->text;
			req.stdin_len = e->item->input->len;
		}
		req.limits.timeout = e->item->timeout;
		rc = oracle_run(o, &req, &e->truth, &cause);
		free(src);
		if (rc == -1 ||
		    (e->nopts = distract_options(dis, o, e->item, &e->truth, 4,
		    &e->opts, &cause)) == -1) {
			fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
			status = EXIT_INTERNAL;
			goto out;
		}
		buf_init(&e->typed);
	}

	start = util_now();
	/* The clock runs while the exam waits at its prompt, too. */
	quiz_set_deadline(q, start + minutes * 60);
	done = 0;
	while (!done) {
		left = minutes * 60 - (util_now() - start);
		if (left <= 0) {
			printf("\nTime is up.\n");
			break;
		}
		exam_show(q, qs, cur, n, left);
		if ((line = quiz_line(q, "exam> ")) == NULL)
			break;
		e = &qs[cur];
		if (strcmp(line, QUIZ_TIMEUP) == 0 ||
		    util_now() - start > minutes * 60) {
			/* An answer after the time counts for nothing. */
			free(line);
			printf("\nTime is up.\n");
			break;
		}
		if (strcmp(line, QUIZ_CANCEL) == 0 || *line == '\0') {
			free(line);
			continue;
		}
		if (strcmp(line, "n") == 0 || strcmp(line, ":next") == 0)
			cur = cur + 1 < n ? cur + 1 : cur;
		else if (strcmp(line, "p") == 0 || strcmp(line, ":prev") == 0)
			cur = cur > 0 ? cur - 1 : 0;
		else if (strcmp(line, "m") == 0 || strcmp(line, ":mark") == 0)
			e->marked = !e->marked;
		else if (strcmp(line, "l") == 0 || strcmp(line, ":list") == 0)
			exam_list(qs, n);
		else if (strcmp(line, "f") == 0 || strcmp(line, ":finish") == 0)
			done = 1;
		else if (strcmp(line, "?") == 0 || strcmp(line, ":help") == 0)
			printf("A letter answers a choice; typed lines answer the"
			    " others (an empty line ends\nthem). n next, p"
			    " previous, a number goes there, m marks for review,"
			    " l lists,\nf finishes.\n");
		else if (strspn(line, "0123456789") == strlen(line)) {
			k = atoi(line);
			if (k >= 1 && k <= n)
				cur = k - 1;
			else
				printf("There is no question %s.\n", line);
		} else if (e->nopts >= 2) {
			k = (line[0] | 0x20) - 'a';
			if (line[1] == '\0' && k >= 0 && k < e->nopts) {
				e->pick = k;
				e->answered = 1;
				cur = cur + 1 < n ? cur + 1 : cur;
			} else
				printf("Answer with a letter from A to %c.\n",
				    'A' + e->nopts - 1);
		} else {
			/* Typed output: this line, then up to an empty one. */
			buf_init(&typed);
			do {
				buf_adds(&typed, strcmp(line, " ") == 0 ? "" :
				    line);
				buf_addc(&typed, '\n');
				free(line);
				line = quiz_line(q, "  ...> ");
			} while (line != NULL && *line != '\0' &&
			    strcmp(line, QUIZ_CANCEL) != 0 &&
			    strcmp(line, QUIZ_TIMEUP) != 0);
			if (line != NULL && strcmp(line, QUIZ_TIMEUP) == 0) {
				/* Unfinished when the time ran out: not given. */
				buf_free(&typed);
				free(line);
				printf("\nTime is up.\n");
				break;
			}
			buf_free(&e->typed);
			e->typed = typed;
			e->answered = 1;
			cur = cur + 1 < n ? cur + 1 : cur;
		}
		free(line);
	}
	now = util_now();

	/* The score, per section, and the review of what went wrong. */
	right = 0;
	for (k = 0; k < n; k++) {
		e = &qs[k];
		if (e->nopts >= 2)
			e->correct = e->pick >= 0 && e->opts[e->pick].correct;
		else
			e->correct = e->answered && quiz_grade(&e->typed,
			    &e->truth);
		right += e->correct;
		base = strrchr(e->bank->path, '/');
		item = xprintf("%s#%s", base ? base + 1 : e->bank->path,
		    e->item->id);
		memset(&pa, 0, sizeof pa);
		pa.item = item;
		pa.objective = e->item->objective;
		pa.form = "exam";
		pa.correct = e->correct;
		pa.given = e->nopts >= 2 ? (e->pick >= 0 ? e->opts[e->pick].text :
		    "") : (e->typed.data ? e->typed.data : "");
		/*
		 * Left unanswered (skipped, or the clock ran out) is not an
		 * answer: it counts against the exam's score, but is neither
		 * a wrong answer in the record nor a lapse of the item's
		 * review card. Once one fails (a full disk), say so once.
		 */
		if (status == EXIT_OK && e->answered && progress_record(db, &pa,
		    time(NULL) / 86400.0, &cause) == -1) {
			fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
			for (later = 0, c = k + 1; c < n; c++)
				later += qs[c].answered;
			if (later > 0)
				fprintf(stderr, "%s exam: the score and %d more"
				    " answer%s were not saved either\n",
				    sq_progname, later, later == 1 ? "" : "s");
			else
				fprintf(stderr, "%s exam: the score was not"
				    " saved either\n", sq_progname);
			status = EXIT_INTERNAL;
		}
		free(item);
	}
	total = n;
	passed = right * 100 >= ex->pass_percent * total;
	printf("\n%sScore: %d/%d (%d%%): %s%s (pass mark %d%%)\n",
	    quiz_c(q, QUIZ_BOLD), right, total, right * 100 / total,
	    passed ? "passed" : "not passed", quiz_c(q, QUIZ_OFF),
	    ex->pass_percent);
	for (i = 0; i < ex->nsections; i++) {
		s = &ex->sections[i];
		sr = st = 0;
		for (k = 0; k < n; k++) {
			if (qs[k].section == s) {
				st++;
				sr += qs[k].correct;
			}
		}
		if (st == 0)
			continue;
		term_bar_widths(term_width(), 34, &namew, &barw);
		fit = util_fit(s->title, namew);
		printf("  %-3s %s ", s->id, fit);
		free(fit);
		fit = term_bar(sr, st, barw);
		fputs(fit, stdout);
		free(fit);
		printf("\n");
	}
	for (k = 0; k < n; k++) {
		e = &qs[k];
		if (e->correct)
			continue;
		printf("\n%sQuestion %d%s (%s): %s\n", quiz_c(q, QUIZ_BOLD), k + 1,
		    quiz_c(q, QUIZ_OFF), e->item->objective ? e->item->objective :
		    "", e->answered ? "wrong" : "not answered");
		quiz_show_code(q, e->item);
		if (e->nopts >= 2) {
			/* Each wrong option names the misreading it comes from. */
			for (c = 0; c < e->nopts; c++) {
				note = e->opts[c].correct ? xstrdup("the answer") :
				    e->pick == c ? xprintf("yours: %s",
				    e->opts[c].label ? e->opts[c].label : "wrong") :
				    e->opts[c].label ? xstrdup(e->opts[c].label) : NULL;
				quiz_option(q, 'A' + c, e->opts[c].text, note);
				free(note);
			}
		} else {
			char *t = distract_render(&e->truth);
			printf("It prints:\n%s", t);
			free(t);
			exam_diff(q, e);
		}
		if (e->item->explanation != NULL)
			printf("%s", e->item->explanation);
	}
	if (status == EXIT_OK && progress_exam_record(db, ex->id,
	    time(NULL) / 86400.0, (int)(now - start), right, total, passed,
	    &cause) == -1) {
		fprintf(stderr, "%s exam: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
	}
out:
	for (k = 0; k < n; k++) {
		result_free(&qs[k].truth);
		distract_options_free(qs[k].opts, qs[k].nopts > 0 ?
		    qs[k].nopts : 0);
		buf_free(&qs[k].typed);
	}
	free(qs);
	quiz_free(q);
	oracle_stop(o);
	distract_free(dis);
	progress_close(db);
	cli_free_banks(banks, nbanks);
	free(paths);
	free(dbpath);
	free(cause);
	syllabus_free(syl);
	return (cli_finish(status));
}
