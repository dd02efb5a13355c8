/*
 * cmd_questions.c: `snipquiz questions`: questions built as practice and
 * mock exams build them (the same builder, the same seed, the same
 * questions), written out as JSON lines, GIFT or a worksheet instead of
 * being asked. The rendering is export.c's.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "bank.h"
#include "cli.h"
#include "distract.h"
#include "export.h"
#include "filter.h"
#include "mock.h"
#include "oracle.h"
#include "question.h"
#include "syllabus.h"
#include "util.h"

/*
 * The curated banks: a generator's templates are not questions until a
 * variant is drawn (`snipquiz gen` writes variants as a bank, which
 * --bank then exports).
 */
static const char *questions_defaults[] = { "snippets", NULL };

/* What was built, written and left out, for the report on stderr. */
struct questions_tally {
	int	 written;
	int	 unfit;		/* not askable in --form's form */
	int	 left_out[3];	/* by enum export_fit */
};

static void
questions_usage(FILE *f)
{
	fprintf(f, "usage: %s questions [options]\n\n"
	    "Build questions as practice and mock exams do (every option run"
	    " in the oracle)\nand print them instead of asking them: JSON"
	    " lines for other programs, GIFT\nfor a Moodle course, or a"
	    " Markdown worksheet with the answers at the end.\nThe same seed"
	    " gives the same questions, byte for byte.\n\n"
	    "Options:\n"
	    "  -b, --bank PATH         banks to build from (files or folders;"
	    " repeatable;\n"
	    "                          default: the bundled ones; generator"
	    " templates are\n"
	    "                          skipped)\n"
	    "  -e, --exam E            only this exam's objectives\n"
	    "  -o, --objective \"E O\"   only this objective\n"
	    "  -f, --form F            only questions in this form: %s\n"
	    "                          (an item that cannot be asked so is"
	    " skipped);\n"
	    "                          default: each item's own form or the"
	    " exams' mix\n"
	    "      --mock EXAM         one mock exam's questions, section by"
	    " section, in\n"
	    "                          the exam's item types only\n"
	    "  -n, --count N           at most N questions, drawn at random"
	    " (default: all,\n"
	    "                          in bank order)\n"
	    "  -s, --seed S            make the questions reproducible\n"
	    "      --format F          json (default), gift or md\n"
	    "  -q, --quiet             do not warn about missing sandbox"
	    " protections\n"
	    "  -h, --help              show this help\n", sq_progname,
	    form_list());
}

/* Is item it of --exam's and --objective's (filter)? */
static int
questions_match(const struct filter *flt, const char *exam,
    const struct bank *b, const struct bank_item *it)
{
	size_t	 len;

	if (it->params != NULL || !filter_item(flt, b->path, it))
		return (0);
	if (exam == NULL)
		return (1);
	len = strlen(exam);
	return (it->objective != NULL && strncmp(it->objective, exam,
	    len) == 0 && it->objective[len] == ' ');
}

/*
 * Build item it of bank b: in form f when forced, else in the first form
 * of question_forms that fits (exam item types only when exam). 0, 1
 * when it does not fit, -1 with *cause.
 */
static int
questions_build(const struct question_ctx *ctx, const struct bank *b,
    const struct bank_item *it, int forced, enum form f,
    struct question *q, char **cause)
{
	enum form	 order[FORM_COUNT];
	char		*key;
	int		 n, rc;

	key = question_item_key(b->path, it);
	if (forced)
		rc = question_build(ctx, key, it, f, q, cause);
	else {
		n = question_forms(it, ctx->exam, order);
		rc = question_build_first(ctx, key, it, order, n, q, cause);
	}
	free(key);
	return (rc);
}

/* Write q (or count why the format leaves it out). */
static void
questions_write(struct export *x, const struct question *q,
    struct questions_tally *t)
{
	struct buf	 out;
	enum export_fit	 fit;

	buf_init(&out);
	if ((fit = export_add(x, q, &out)) == EXPORT_FITS) {
		fwrite(out.data, 1, out.len, stdout);
		t->written++;
	} else
		t->left_out[fit]++;
	buf_free(&out);
}

/* Say on stderr what was left out, and why. */
static void
questions_report(const struct questions_tally *t, int forced, enum form f)
{
	int	 n;

	if ((n = t->unfit) > 0)
		fprintf(stderr, "%s questions: %d item%s skipped: %s cannot be"
		    " asked %s%s\n", sq_progname, n, n == 1 ? "" : "s",
		    n == 1 ? "it" : "they", forced ? "as " : "in any form",
		    forced ? form_name(f) : "");
	if ((n = t->left_out[EXPORT_NO_ORDERING]) > 0)
		fprintf(stderr, "%s questions: %d ordering question%s left out:"
		    " GIFT has no ordering type\n", sq_progname, n, n == 1 ? "" :
		    "s");
	if ((n = t->left_out[EXPORT_NOT_ONE_ANSWER]) > 0)
		fprintf(stderr, "%s questions: %d typed question%s left out: a"
		    " GIFT short answer would grade %s wrongly (it ignores case"
		    " and holds one line; a gap takes any fill that works)\n",
		    sq_progname, n, n == 1 ? "" : "s", n == 1 ? "it" : "them");
}

/*
 * One mock exam of ex: per section, the first section->items candidates
 * that can be asked in the exam's item types, as `exam` picks them.
 */
static int
questions_mock(const struct question_ctx *ctx, const struct syl_exam *ex,
    struct bank **banks, size_t nbanks, struct export *x,
    struct questions_tally *t, char **cause)
{
	const struct syl_section	*s;
	struct mock_slot		*slots;
	struct question			 q;
	int				 n, k, got, rc = 0;
	size_t				 i;

	mock_candidates(ex, banks, nbanks, &slots, &n);
	for (i = 0, k = 0; i < ex->nsections; i++) {
		s = &ex->sections[i];
		for (got = 0; k < n && slots[k].section == s; k++) {
			if (got == s->items)
				continue;
			rc = questions_build(ctx, slots[k].bank, slots[k].item,
			    0, FORM_CHOICE, &q, cause);
			if (rc == -1)
				goto out;
			if (rc == 1)
				continue;
			questions_write(x, &q, t);
			question_free(&q);
			got++;
		}
		if (got < s->items)
			fprintf(stderr, "%s questions: section %s has %d item%s"
			    " here, not %d\n", sq_progname, s->id, got, got == 1 ?
			    "" : "s", s->items);
	}
	rc = 0;
out:
	free(slots);
	return (rc);
}

int
cmd_questions(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "bank", required_argument, NULL, 'b' },
		{ "exam", required_argument, NULL, 'e' },
		{ "objective", required_argument, NULL, 'o' },
		{ "form", required_argument, NULL, 'f' },
		{ "mock", required_argument, NULL, 'M' },
		{ "count", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'F' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct oracle_opts	 oopts = { 0, 0, NULL };
	struct question_ctx	 ctx = { NULL, NULL, 0 };
	struct questions_tally	 t;
	struct question		 q;
	const struct syl_exam	*ex = NULL;
	struct syllabus		*syl = NULL;
	struct filter		*flt = NULL;
	struct export		*x = NULL;
	struct bank		**banks = NULL;
	struct mock_slot	*cands = NULL, tmp;
	enum export_format	 format = EXPORT_JSON;
	enum form		 form = FORM_CHOICE;
	const char		*exam = NULL, *objective = NULL, *mock = NULL;
	char			**paths = NULL, *cause = NULL;
	struct buf		 end;
	size_t			 npaths = 0, nbanks = 0, i, j;
	unsigned int		 seed;
	long			 count = 0, v;
	int			 c, status = EXIT_OK, have_seed = 0, forced = 0;
	int			 ncands = 0, k, r, rc;

	memset(&t, 0, sizeof t);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":b:e:o:f:n:s:qh", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'b':
			paths = xreallocarray(paths, npaths + 1, sizeof *paths);
			paths[npaths++] = optarg;
			break;
		case 'e':
			exam = optarg;
			break;
		case 'o':
			objective = optarg;
			break;
		case 'f':
			/* mixed, as practice says it: the default. */
			if ((forced = strcmp(optarg, "mixed") != 0) &&
			    form_parse(optarg, &form) == -1) {
				status = cli_usage_error("questions", "--form"
				    " wants %s or mixed, not '%s'", form_list(),
				    optarg);
				goto out;
			}
			break;
		case 'M':
			mock = optarg;
			break;
		case 'n':
			if (cli_parse_int(optarg, 1, 1000000, &count) == -1) {
				status = cli_usage_error("questions", "--count"
				    " wants a number from 1 to 1000000, not '%s'",
				    optarg);
				goto out;
			}
			break;
		case 's':
			if (cli_parse_int(optarg, 0, 4294967295L, &v) == -1) {
				status = cli_usage_error("questions", "--seed"
				    " wants a number from 0 to 4294967295, not"
				    " '%s'", optarg);
				goto out;
			}
			seed = (unsigned int)v;
			have_seed = 1;
			break;
		case 'F':
			if (export_format_parse(optarg, &format) == -1) {
				status = cli_usage_error("questions", "--format"
				    " wants %s, not '%s'", export_format_list(),
				    optarg);
				goto out;
			}
			break;
		case 'q':
			oopts.quiet = 1;
			break;
		case 'h':
			questions_usage(stdout);
			goto out;
		case ':':
			status = cli_usage_error("questions", "option '%s' wants"
			    " a value", argv[optind - 1]);
			goto out;
		default:
			status = cli_usage_error("questions", "unknown option"
			    " '%s'", argv[optind - 1]);
			goto out;
		}
	}
	if (optind != argc) {
		status = cli_usage_error("questions", "unexpected '%s'",
		    argv[optind]);
		goto out;
	}
	/* A mock exam has its own items, forms and count. */
	if (mock != NULL && (exam != NULL || objective != NULL || forced ||
	    count != 0)) {
		status = cli_usage_error("questions", "--mock takes no --exam,"
		    " --objective, --form or --count: the exam's shape decides");
		goto out;
	}
	if (!have_seed && getrandom(&seed, sizeof seed, 0) != sizeof seed)
		seed = (unsigned int)time(NULL);
	srandom(seed);

	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s questions: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (exam != NULL && syllabus_exam(syl, exam) == NULL) {
		status = cli_usage_error("questions", "unknown exam '%s'", exam);
		goto out;
	}
	if (objective != NULL && syllabus_objective(syl, objective) == NULL) {
		status = cli_usage_error("questions", "unknown objective '%s'"
		    " (snipquiz topics lists them)", objective);
		goto out;
	}
	if (mock != NULL && (ex = syllabus_exam(syl, mock)) == NULL) {
		status = cli_usage_error("questions", "unknown exam '%s'", mock);
		goto out;
	}
	if (ex != NULL && ex->draft) {
		fprintf(stderr, "%s questions: %s has no mock exam while its"
		    " syllabus is a draft: try '%s questions --exam %s'\n",
		    sq_progname, ex->id, sq_progname, ex->id);
		status = EXIT_USAGE;
		goto out;
	}
	flt = filter_new();
	if (objective != NULL)
		filter_set_objective(flt, objective);

	/* The oracle before the banks (see check_paths). */
	if ((ctx.oracle = oracle_start(&oopts, &cause)) == NULL) {
		fprintf(stderr, "%s questions: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (cli_load_banks("questions", paths, npaths, questions_defaults,
	    &banks, &nbanks) == -1) {
		status = EXIT_USAGE;
		goto out;
	}
	if ((ctx.distract = distract_default(&cause)) == NULL) {
		fprintf(stderr, "%s questions: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	x = export_new(format);

	if (ex != NULL) {
		/* Only the exam's item types: picked or ordered, never typed. */
		ctx.exam = 1;
		if (questions_mock(&ctx, ex, banks, nbanks, x, &t,
		    &cause) == -1) {
			fprintf(stderr, "%s questions: %s\n", sq_progname, cause);
			status = EXIT_INTERNAL;
			goto out;
		}
	} else {
		for (i = 0; i < nbanks; i++) {
			for (j = 0; j < banks[i]->nitems; j++) {
				if (!questions_match(flt, exam, banks[i],
				    &banks[i]->items[j]))
					continue;
				cands = xreallocarray(cands, ncands + 1,
				    sizeof *cands);
				cands[ncands].bank = banks[i];
				cands[ncands].item = &banks[i]->items[j];
				cands[ncands].section = NULL;
				ncands++;
			}
		}
		/* Fewer than all: a draw, every choice as likely. */
		if (count != 0 && count < ncands) {
			for (k = ncands - 1; k > 0; k--) {
				r = (int)(random() % (k + 1));
				tmp = cands[k];
				cands[k] = cands[r];
				cands[r] = tmp;
			}
		}
		for (k = 0; k < ncands && (count == 0 || t.written < count);
		    k++) {
			rc = questions_build(&ctx, cands[k].bank, cands[k].item,
			    forced, form, &q, &cause);
			if (rc == -1) {
				fprintf(stderr, "%s questions: %s\n", sq_progname,
				    cause);
				status = EXIT_INTERNAL;
				goto out;
			}
			if (rc == 1) {
				t.unfit++;
				continue;
			}
			questions_write(x, &q, &t);
			question_free(&q);
		}
	}
	buf_init(&end);
	export_end(x, &end);
	if (end.len > 0)
		fwrite(end.data, 1, end.len, stdout);
	buf_free(&end);
	questions_report(&t, forced, form);
	if (t.written == 0) {
		/* After the skips said above, none is left. */
		fprintf(stderr, "%s questions: no questions %s\n", sq_progname,
		    t.unfit + t.left_out[EXPORT_NO_ORDERING] +
		    t.left_out[EXPORT_NOT_ONE_ANSWER] > 0 ? "left" : "match");
		status = EXIT_FAILED;
	}
out:
	export_free(x);
	distract_free(ctx.distract);
	oracle_stop(ctx.oracle);
	cli_free_banks(banks, nbanks);
	filter_free(flt);
	free(cands);
	free(paths);
	free(cause);
	syllabus_free(syl);
	return (cli_finish(status));
}
