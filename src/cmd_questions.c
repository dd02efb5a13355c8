/*
 * cmd_questions.c: `snipquiz questions`: questions built as practice and
 * mock exams build them (the same builder, the same seed, the same
 * questions), written out as JSON lines, GIFT or a worksheet instead of
 * being asked. The rendering is export.c's.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "cli.h"
#include "distract.h"
#include "export.h"
#include "filter.h"
#include "gen.h"
#include "measure.h"
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
/* --stats measures what practice asks: curated items and variants. */
static const char *questions_stats_defaults[] = { "snippets", "generators",
    NULL };

/*
 * Variants --stats draws of each template, with --seed: as many as check
 * draws (three would take a third longer over the bundled generators).
 */
#define QUESTIONS_VARIANTS	2

/* What was built, written and left out, for the report on stderr. */
struct questions_tally {
	int	 written;
	int	 unfit;		/* not askable in --form's form */
	int	 left_out[3];	/* by enum export_fit */
	/*
	 * Fragments unfit by checker (enum style_checker): their options
	 * are always askable once judged, so the checker gave no verdict.
	 */
	int	 nostyle[4];
};

/* The options, as cli_parse fills them. */
struct questions_values {
	struct cli_list	 banks;
	const char	*exam;
	const char	*objective;
	enum form	 form;
	int		 forced;	/* --form other than mixed */
	const char	*mock;
	long		 count;		/* 0: all */
	long		 seed;		/* -1: a fresh one */
	enum export_format format;
	int		 quiet;
	int		 stats;
	int		 verbose;	/* --stats: list the short items */
	unsigned	 stems;		/* --stem: 0 any that fits */
};

/* --form: a form's name, or mixed (the default). */
static int
questions_form(void *field, const char *arg, char **why)
{
	struct questions_values	*v = field;

	if (!(v->forced = strcmp(arg, "mixed") != 0))
		return (0);
	if (form_parse(arg, &v->form) == 0)
		return (0);
	*why = xprintf("--form wants %s or mixed, not '%s'", form_list(), arg);
	return (-1);
}

/* --stem: the choice stems to ask in. */
static int
questions_stem(void *field, const char *arg, char **why)
{
	(void)why;
	return (stem_parse_list(arg, field));
}

/* --format: json, gift or md. */
static int
questions_format(void *field, const char *arg, char **why)
{
	(void)why;
	return (export_format_parse(arg, field));
}

static const struct cli_option questions_options[] = {
	{ .name = "bank", .letter = 'b', .type = CLI_STRINGS, .value = "PATH",
	  .offset = offsetof(struct questions_values, banks),
	  .help = "banks to build from (files or folders; repeatable; default:"
	  " the bundled ones; generator templates are skipped)" },
	{ .name = "exam", .letter = 'e', .type = CLI_STRING, .value = "E",
	  .offset = offsetof(struct questions_values, exam),
	  .help = "only this exam's objectives" },
	{ .name = "objective", .letter = 'o', .type = CLI_STRING,
	  .value = "\"E O\"", .offset = offsetof(struct questions_values,
	  objective), .help = "only this objective" },
	{ .name = "form", .letter = 'f', .type = CLI_CALL, .value = "F",
	  .offset = 0 /* all of them: form and forced */,
	  .call = questions_form,
	  .help = "only questions in this form: output, choice, select, gap,"
	  " order or error (an item that cannot be asked so is skipped);"
	  " default: each item's own form or the exams' mix" },
	{ .name = "stem", .type = CLI_CALL, .value = "S[,S]",
	  .offset = offsetof(struct questions_values, stems),
	  .call = questions_stem, .wants = "a list of output, count,"
	  " behaviour, variable, type or length",
	  .help = "ask choice questions only in these stems: output, count,"
	  " behaviour, variable, type, length (an item that fits none is"
	  " skipped); default: each item's best, drawn" },
	{ .name = "mock", .type = CLI_STRING, .value = "EXAM",
	  .offset = offsetof(struct questions_values, mock),
	  .help = "one mock exam's questions, section by section, in the"
	  " exam's item types only" },
	{ .name = "count", .letter = 'n', .type = CLI_INT, .value = "N",
	  .offset = offsetof(struct questions_values, count),
	  .min = 1, .max = 1000000,
	  .help = "at most N questions, drawn at random (default: all, in bank"
	  " order)" },
	{ .name = "seed", .letter = 's', .type = CLI_INT, .value = "S",
	  .offset = offsetof(struct questions_values, seed),
	  .min = 0, .max = 4294967295L,
	  .help = "make the questions reproducible" },
	{ .name = "format", .type = CLI_CALL, .value = "F",
	  .offset = offsetof(struct questions_values, format),
	  .call = questions_format, .wants = "json, gift or md",
	  .help = "json (default), gift or md" },
	{ .name = "stats", .type = CLI_FLAG,
	  .offset = offsetof(struct questions_values, stats),
	  .help = "print how good the questions are instead of them: per exam"
	  " and overall, over the banks (default: the bundled ones) and two"
	  " variants of each generator template, each figure beside its"
	  " target" },
	{ .name = "verbose", .letter = 'v', .type = CLI_FLAG,
	  .offset = offsetof(struct questions_values, verbose),
	  .help = "with --stats, also list each item short of four options"
	  " with three misreadings (where misreadings are missing)" },
	{ .name = "quiet", .letter = 'q', .type = CLI_FLAG,
	  .offset = offsetof(struct questions_values, quiet),
	  .help = "do not warn about missing sandbox protections" },
	{ .name = NULL }
};

const struct cli_command cmd_questions_entry = {
	.name = "questions",
	.synopsis = "[options]",
	.about = "Build questions as practice and mock exams do (every option"
	    " run in the oracle)\nand print them instead of asking them: JSON"
	    " lines for other programs, GIFT\nfor a Moodle course, or a"
	    " Markdown worksheet with the answers at the end.\nThe same seed"
	    " gives the same questions (a misreading runs with random\n"
	    "seeded, and one whose two runs differ is dropped).",
	.options = questions_options,
};

/* Is item it of exam (NULL: any)? */
static int
questions_exam(const char *exam, const struct bank_item *it)
{
	size_t	 len;

	if (exam == NULL)
		return (1);
	len = strlen(exam);
	return (it->objective != NULL && strncmp(it->objective, exam,
	    len) == 0 && it->objective[len] == ' ');
}

/* Is item it of --exam's and --objective's (filter)? */
static int
questions_match(const struct filter *flt, const char *exam,
    const struct bank *b, const struct bank_item *it)
{
	return (it->params == NULL && filter_item(flt, b->path, it) &&
	    questions_exam(exam, it));
}

/* Is item it of bank b a generator template of --exam's and --objective's? */
static int
questions_template(const struct filter *flt, const char *exam,
    const struct bank *b, const struct bank_item *it)
{
	return (it->params != NULL && filter_item(flt, b->path, it) &&
	    questions_exam(exam, it));
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

/*
 * Measure item it (known as key; variant: a generator's): build it as an
 * output choice (the misreadings alone) and as mixed practice builds it,
 * timed by the wall clock. 0, or -1 with *cause.
 */
static int
questions_measure(const struct question_ctx *ctx, struct measure *m,
    const char *key, const struct bank_item *it, int variant, char **cause)
{
	struct question_ctx	 cctx = *ctx;
	struct question		 choice, mixed;
	enum form		 order[FORM_COUNT];
	double			 t0, ms;
	int			 n, rc, rm;

	if (it->kind == BANK_KIND_CONCEPT || it->opts_style != STYLE_NONE) {
		measure_apart(m, it->objective, it->kind != BANK_KIND_CONCEPT);
		return (0);
	}
	cctx.stems = 1U << STEM_OUTPUT;
	if ((rc = question_build(&cctx, key, it, FORM_CHOICE, &choice,
	    cause)) == -1)
		return (-1);
	n = question_forms(it, 0, order);
	t0 = util_now();
	rm = question_build_first(ctx, key, it, order, n, &mixed, cause);
	ms = (util_now() - t0) * 1000;
	if (rm == -1) {
		if (rc == 0)
			question_free(&choice);
		return (-1);
	}
	measure_add(m, key, it->objective, variant, rc == 0 ? &choice : NULL,
	    rm == 0 ? &mixed : NULL, ms);
	if (rc == 0)
		question_free(&choice);
	if (rm == 0)
		question_free(&mixed);
	return (0);
}

/*
 * --stats: measure the candidates, and QUESTIONS_VARIANTS variants of
 * each template among tmpls (drawn with seed), then print the report
 * (verbose: and the items short of four misreading options).
 * 0, or -1 with *cause.
 */
static int
questions_stats(const struct question_ctx *ctx, const struct syllabus *syl,
    struct mock_slot *cands, int ncands, struct bank_item **tmpls,
    int ntmpls, unsigned int seed, int quiet, int verbose, char **cause)
{
	struct gen_oracles	 g = { NULL, NULL };
	struct gen_variant	*vs;
	struct bank_item	 vitem;
	struct bank_block	 vcode, vin;
	struct measure		*m;
	struct buf		 out;
	char			*key, *why = NULL;
	int			 k, j, n, rc = 0;

	m = measure_new(syl);
	for (k = 0; k < ncands && rc == 0; k++) {
		key = question_item_key(cands[k].bank->path, cands[k].item);
		rc = questions_measure(ctx, m, key, cands[k].item, 0, cause);
		free(key);
	}
	if (rc == 0 && ntmpls > 0)
		rc = gen_oracles_start(&g, 0, quiet, 0, cause);
	for (k = 0; k < ntmpls && rc == 0; k++) {
		/* A template that gives fewer is measured on what it gave. */
		n = gen_draw(&g, tmpls[k], seed, QUESTIONS_VARIANTS, 0, &vs,
		    &why);
		free(why);
		why = NULL;
		for (j = 0; j < n; j++) {
			gen_item(tmpls[k], &vs[j], &vitem, &vcode, &vin);
			key = xprintf("generator:%s.%d", tmpls[k]->id, j + 1);
			if (rc == 0)
				rc = questions_measure(ctx, m, key, &vitem, 1,
				    cause);
			free(key);
			gen_variant_free(&vs[j]);
		}
		free(vs);
	}
	gen_oracles_stop(&g);
	if (rc == 0) {
		buf_init(&out);
		measure_render(m, &out);
		if (verbose)
			measure_render_short(m, &out);
		fwrite(out.data, 1, out.len, stdout);
		buf_free(&out);
	}
	measure_free(m);
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
	int	 n, c;

	if ((n = t->unfit) > 0)
		fprintf(stderr, "%s questions: %d item%s skipped: %s cannot be"
		    " asked %s%s\n", sq_progname, n, n == 1 ? "" : "s",
		    n == 1 ? "it" : "they", forced ? "as " : "in any form",
		    forced ? form_name(f) : "");
	for (c = STYLE_PYCODESTYLE; c <= STYLE_NAMING; c++) {
		if ((n = t->nostyle[c]) > 0)
			fprintf(stderr, "%s questions: %d item%s skipped: %s"
			    " gave no verdict on %s fragments (it needs the"
			    " Debian package %s)\n", sq_progname, n, n == 1 ?
			    "" : "s", style_name(c), n == 1 ? "its" : "their",
			    style_package(c));
	}
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
 * One mock exam's questions (mock_build, as `exam` builds them), written
 * as they come; what a section lacks is said on stderr. 0, or -1 with
 * *cause.
 */
static int
questions_mock(const struct question_ctx *ctx, const struct syl_exam *ex,
    struct bank **banks, size_t nbanks, struct export *x,
    struct questions_tally *t, char **cause)
{
	struct mock_question	*qs;
	size_t			 i;
	int			*got, n, k, rc;

	got = xcalloc(ex->nsections + 1, sizeof *got);
	if ((rc = mock_build(ctx, ex, banks, nbanks, &qs, &n, got,
	    cause)) == 0) {
		for (k = 0; k < n; k++)
			questions_write(x, &qs[k].q, t);
		for (i = 0; i < ex->nsections; i++) {
			if (got[i] < ex->sections[i].items)
				fprintf(stderr, "%s questions: section %s has"
				    " %d item%s here, not %d\n", sq_progname,
				    ex->sections[i].id, got[i], got[i] == 1 ?
				    "" : "s", ex->sections[i].items);
		}
	}
	mock_free(qs, n);
	free(got);
	return (rc);
}

int
cmd_questions(int argc, char **argv)
{
	struct questions_values	 v = { .form = FORM_CHOICE, .seed = -1,
				     .format = EXPORT_JSON };
	struct oracle_opts	 oopts = { 0, 0, NULL, 0 };
	struct question_ctx	 ctx = { NULL, NULL, 0, 0 };
	struct questions_tally	 t;
	struct cli_skips	 skips = { { NULL }, { 0 } };
	struct question		 q;
	const struct syl_exam	*ex = NULL;
	struct syllabus		*syl = NULL;
	struct filter		*flt = NULL;
	struct export		*x = NULL;
	struct bank		**banks = NULL;
	struct mock_slot	*cands = NULL;
	struct bank_item	**tmpls = NULL;
	char			*cause = NULL;
	struct buf		 end;
	size_t			 nbanks = 0, i, j;
	int			 status = EXIT_OK, first;
	int			 ncands = 0, ntmpls = 0, k, rc;
	unsigned int		 seed;

	memset(&t, 0, sizeof t);
	if (!cli_parse(&cmd_questions_entry, argc, argv, &v, &first, &status))
		goto out;
	if (first != argc) {
		status = cli_usage_error("questions", "unexpected '%s'",
		    argv[first]);
		goto out;
	}
	oopts.quiet = v.quiet;
	/* A mock exam has its own items, forms and count. */
	if (v.mock != NULL && (v.exam != NULL || v.objective != NULL ||
	    v.forced || v.count != 0)) {
		status = cli_usage_error("questions", "--mock takes no --exam,"
		    " --objective, --form or --count: the exam's shape decides");
		goto out;
	}
	if (v.verbose && !v.stats) {
		status = cli_usage_error("questions", "--verbose lists what"
		    " --stats measures: give --stats too");
		goto out;
	}
	if (v.stats && (v.mock != NULL || v.forced || v.count != 0)) {
		status = cli_usage_error("questions", "--stats takes no --mock,"
		    " --form or --count: it measures every item, as practice"
		    " asks it");
		goto out;
	}
	seed = cli_seed(v.seed);

	if ((syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s questions: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	if (v.exam != NULL && syllabus_exam(syl, v.exam) == NULL) {
		status = cli_unknown_exam("questions", syl, v.exam);
		goto out;
	}
	if (v.objective != NULL &&
	    syllabus_objective(syl, v.objective) == NULL) {
		status = cli_usage_error("questions", "unknown objective '%s'"
		    " (snipquiz topics lists them)", v.objective);
		goto out;
	}
	if (v.mock != NULL && (ex = syllabus_exam(syl, v.mock)) == NULL) {
		status = cli_unknown_exam("questions", syl, v.mock);
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
	if (v.objective != NULL)
		filter_set_objective(flt, v.objective);

	/* The oracle before the banks (see check_paths). */
	if ((ctx.oracle = oracle_start(&oopts, &cause)) == NULL) {
		fprintf(stderr, "%s questions: %s\n", sq_progname, cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	if (cli_load_banks("questions", v.banks.v, v.banks.n,
	    v.stats ? questions_stats_defaults : questions_defaults, &banks,
	    &nbanks) == -1) {
		status = EXIT_USAGE;
		goto out;
	}
	cli_retag(syl, v.mock != NULL ? v.mock : v.exam != NULL ? v.exam :
	    v.objective, banks, nbanks);
	if ((ctx.distract = distract_default(&cause)) == NULL) {
		fprintf(stderr, "%s questions: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	x = export_new(v.format);
	ctx.stems = v.stems;

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
				if ((questions_match(flt, v.exam, banks[i],
				    &banks[i]->items[j]) || questions_template(flt,
				    v.exam, banks[i], &banks[i]->items[j])) &&
				    cli_skip_needs(&skips, ctx.oracle,
				    &banks[i]->items[j]))
					continue;
				/* --stats draws variants of the templates. */
				if (v.stats && questions_template(flt, v.exam,
				    banks[i], &banks[i]->items[j])) {
					tmpls = xreallocarray(tmpls, ntmpls + 1,
					    sizeof *tmpls);
					tmpls[ntmpls++] = &banks[i]->items[j];
				}
				if (!questions_match(flt, v.exam, banks[i],
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
		cli_skips_report(&skips, "questions");
		if (v.stats) {
			if (questions_stats(&ctx, syl, cands, ncands, tmpls,
			    ntmpls, seed, v.quiet, v.verbose, &cause) == -1) {
				fprintf(stderr, "%s questions: %s\n",
				    sq_progname, cause);
				status = EXIT_INTERNAL;
			}
			goto out;
		}
		/* Fewer than all: a draw, every choice as likely. */
		if (v.count != 0 && v.count < ncands)
			util_shuffle(cands, (size_t)ncands, sizeof *cands);
		for (k = 0; k < ncands && (v.count == 0 || t.written < v.count);
		    k++) {
			rc = questions_build(&ctx, cands[k].bank, cands[k].item,
			    v.forced, v.form, &q, &cause);
			if (rc == -1) {
				fprintf(stderr, "%s questions: %s\n", sq_progname,
				    cause);
				status = EXIT_INTERNAL;
				goto out;
			}
			if (rc == 1 && cands[k].item->opts_style != STYLE_NONE) {
				t.nostyle[cands[k].item->opts_style]++;
				continue;
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
	questions_report(&t, v.forced, v.form);
	if (t.written == 0) {
		/* After the skips said above, none is left. */
		fprintf(stderr, "%s questions: no questions %s\n", sq_progname,
		    t.unfit + t.nostyle[STYLE_PYCODESTYLE] +
		    t.nostyle[STYLE_PYDOCSTYLE] + t.nostyle[STYLE_NAMING] +
		    t.left_out[EXPORT_NO_ORDERING] +
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
	free(tmpls);
	cli_free(&cmd_questions_entry, &v);
	free(cause);
	syllabus_free(syl);
	return (cli_finish(status));
}
