/*
 * test_readiness.c: unit tests for the readiness estimate (readiness.c)
 * on the small syllabus tests/unit/readiness.json: exam TEST-1, 20
 * items, pass mark 70%; section 1 (60% of the score) has objectives 1.1
 * and 1.2, section 2 (40%) has 2.1, 2.2 and 2.3.
 *
 * Answers are made in bulk: n answers to an objective, a given number
 * of them right, all at one time (days before NOW).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "readiness.h"
#include "syllabus.h"
#include "util.h"

#define NOW		20000.0		/* days since the epoch */
#define MAX_ANSWERS	4096

static struct syllabus		*syl;

/* What one test feeds readiness_exam. */
struct fixture {
	struct readiness_answer	 answers[MAX_ANSWERS];
	size_t			 nanswers;
	struct readiness_mock	 mocks[8];
	size_t			 nmocks;
	size_t			 steps;
};

static int
setup(void **state)
{
	char	*cause = NULL;

	syl = syllabus_load(SQ_SRCDIR "/tests/unit/readiness.json", &cause);
	if (syl == NULL) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		return (-1);
	}
	return (0);
}

static int
teardown(void **state)
{
	syllabus_free(syl);
	return (0);
}

/* Add n answers to objective, right of them right, ago days before NOW. */
static void
add(struct fixture *f, const char *objective, int n, int right, double ago)
{
	int	 i;

	assert_true(f->nanswers + n <= MAX_ANSWERS);
	for (i = 0; i < n; i++) {
		f->answers[f->nanswers].objective = objective;
		f->answers[f->nanswers].at = NOW - ago;
		f->answers[f->nanswers].correct = i < right;
		f->nanswers++;
	}
}

/*
 * Add n answers spread over TEST-1's five objectives (in turn), a share
 * right of them right in each, ago days before NOW.
 */
static void
add_spread(struct fixture *f, int n, double right, double ago)
{
	static const char	*objs[] = { "TEST-1 1.1", "TEST-1 1.2",
	    "TEST-1 2.1", "TEST-1 2.2", "TEST-1 2.3" };
	int			 i, per;

	for (i = 0; i < 5; i++) {
		per = n / 5 + (i < n % 5);
		add(f, objs[i], per, (int)(per * right + 0.5), ago);
	}
}

static void
add_mock(struct fixture *f, const char *exam, double points, int total,
    double ago)
{
	f->mocks[f->nmocks].exam = exam;
	f->mocks[f->nmocks].at = NOW - ago;
	f->mocks[f->nmocks].points = points;
	f->mocks[f->nmocks].total = total;
	f->nmocks++;
}

/* The readiness for exam from f; fails the test on an error. */
static struct readiness *
estimate(const struct fixture *f, const char *exam)
{
	struct readiness_input	 in;
	struct readiness	*r = NULL;
	char			*cause = NULL;

	memset(&in, 0, sizeof in);
	in.answers = f->answers;
	in.nanswers = f->nanswers;
	in.mocks = f->mocks;
	in.nmocks = f->nmocks;
	in.now = NOW;
	in.steps = f->steps;
	if (readiness_exam(syl, exam, &in, &r, &cause) != 0)
		fail_msg("readiness_exam: %s", cause);
	assert_non_null(r);
	/* What every estimate keeps, whatever its evidence. */
	assert_true(0 <= r->low && r->low <= r->estimate);
	assert_true(r->estimate <= r->high && r->high <= 1);
	assert_true(0 <= r->chance && r->chance <= 1);
	return (r);
}

static double
width(const struct readiness *r)
{
	return (r->high - r->low);
}

/* Nothing answered: the neutral prior, 50%, and a wide interval. */
static void
test_no_answers(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r = estimate(f, "TEST-1");
	size_t			 i;

	assert_float_equal(r->estimate, 0.5, 1e-9);
	assert_true(r->low < 0.15 && r->high > 0.85);
	assert_int_equal(r->verdict, READINESS_NOT_YET);
	assert_int_equal(r->answers, 0);
	assert_int_equal(r->practised, 0);
	assert_int_equal(r->mocks, 0);
	assert_int_equal(r->nobjectives, 5);
	for (i = 0; i < r->nobjectives; i++) {
		assert_float_equal(r->objectives[i].mastery, 0.5, 1e-9);
		assert_true(r->objectives[i].high - r->objectives[i].low >
		    0.6);
	}
	assert_float_equal(r->pass, 0.70, 1e-9);
	assert_float_equal(r->objectives[0].share, 0.30, 1e-9);
	assert_float_equal(r->objectives[2].share, 0.40 / 3, 1e-9);
	readiness_free(r);
	free(f);
}

/* More right answers: a higher estimate and a narrower interval. */
static void
test_right_raise_and_narrow(void **state)
{
	static const int	 counts[] = { 0, 5, 20, 100, 400 };
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;
	double			 est = -1, w = 2;
	size_t			 i;

	for (i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		f->nanswers = 0;
		add_spread(f, counts[i], 1.0, 0);
		r = estimate(f, "TEST-1");
		assert_int_equal(r->answers, counts[i]);
		assert_true(r->estimate > est);
		assert_true(width(r) < w);
		est = r->estimate;
		w = width(r);
		readiness_free(r);
	}
	/* 400 right of 400: the pass is safe, the verdict says so. */
	f->nanswers = 0;
	add_spread(f, 400, 1.0, 0);
	r = estimate(f, "TEST-1");
	assert_int_equal(r->verdict, READINESS_LIKELY);
	assert_int_equal(r->practised, 5);
	assert_true(r->chance > 0.9);
	readiness_free(r);
	free(f);
}

/* Wrong answers lower the estimate, and all wrong is "not yet". */
static void
test_wrong_lower(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;
	double			 before;

	add_spread(f, 50, 0.8, 0);
	r = estimate(f, "TEST-1");
	before = r->estimate;
	readiness_free(r);
	add_spread(f, 20, 0.0, 0);
	r = estimate(f, "TEST-1");
	assert_true(r->estimate < before);
	readiness_free(r);

	f->nanswers = 0;
	add_spread(f, 200, 0.0, 0);
	r = estimate(f, "TEST-1");
	assert_true(r->estimate < 0.05);
	assert_int_equal(r->verdict, READINESS_NOT_YET);
	readiness_free(r);
	free(f);
}

/* Estimate and interval stay in [0, 1] at any accuracy and amount. */
static void
test_bounds(void **state)
{
	static const int	 counts[] = { 1, 3, 10, 60, 1000 };
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;
	size_t			 i;
	int			 k;

	for (i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		for (k = 0; k <= 10; k++) {
			f->nanswers = 0;
			add_spread(f, counts[i], k / 10.0, 3);
			r = estimate(f, "TEST-1");	/* checks the bounds */
			readiness_free(r);
		}
	}
	/* Mocks at the extremes too. */
	f->nanswers = 0;
	add_spread(f, 1000, 1.0, 0);
	add_mock(f, "TEST-1", 20, 20, 0);
	add_mock(f, "TEST-1", 20, 20, 1);
	r = estimate(f, "TEST-1");
	assert_true(r->estimate > 0.9);
	readiness_free(r);
	f->nanswers = f->nmocks = 0;
	add_mock(f, "TEST-1", 0, 20, 0);
	r = estimate(f, "TEST-1");
	assert_true(r->estimate < 0.5);
	readiness_free(r);
	free(f);
}

/*
 * A mock exam pulls the estimate toward its score, a recent one more
 * than an old one; another exam's mock, or a malformed one, not at all.
 */
static void
test_mock_pulls(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;
	double			 model, fresh, old;

	add_spread(f, 100, 0.8, 0);
	r = estimate(f, "TEST-1");
	model = r->estimate;
	assert_float_equal(r->estimate, r->model, 1e-12);
	readiness_free(r);

	add_mock(f, "TEST-1", 10, 20, 0);	/* 50% */
	r = estimate(f, "TEST-1");
	fresh = r->estimate;
	assert_int_equal(r->mocks, 1);
	assert_float_equal(r->model, model, 1e-12);
	assert_true(fresh < model - 0.05 && fresh > 0.5);
	readiness_free(r);

	f->mocks[0].at = NOW - 120;
	r = estimate(f, "TEST-1");
	old = r->estimate;
	assert_true(old < model && old > fresh);
	readiness_free(r);

	f->nmocks = 0;
	add_mock(f, "TEST-1", 19.5, 20, 0);	/* 97.5%, partial credit */
	r = estimate(f, "TEST-1");
	assert_true(r->estimate > model);
	readiness_free(r);

	f->nmocks = 0;
	add_mock(f, "OTHER-1", 0, 10, 0);
	add_mock(f, "TEST-1", 3, 0, 0);		/* no questions */
	add_mock(f, "TEST-1", 30, 20, 0);	/* more points than questions */
	r = estimate(f, "TEST-1");
	assert_int_equal(r->mocks, 0);
	assert_float_equal(r->estimate, model, 1e-12);
	readiness_free(r);
	free(f);
}

/* Old answers count less than recent ones. */
static void
test_recency(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;
	double			 older_wrong, older_right;

	add_spread(f, 50, 1.0, 0);
	add_spread(f, 50, 0.0, 90);
	r = estimate(f, "TEST-1");
	older_wrong = r->estimate;
	assert_int_equal(r->answers, 100);
	/* 90 days are three half-lives: 10 now, 1.25 then. */
	assert_float_equal(r->objectives[0].weighted, 10 + 10 / 8.0, 1e-9);
	readiness_free(r);

	f->nanswers = 0;
	add_spread(f, 50, 0.0, 0);
	add_spread(f, 50, 1.0, 90);
	r = estimate(f, "TEST-1");
	older_right = r->estimate;
	readiness_free(r);
	assert_true(older_wrong > 0.7);
	assert_true(older_right < 0.3);
	free(f);
}

/*
 * The plan names the weakest heavy objective first: 1.1 (30% of the
 * score, 40% right) before 2.1 (13%, weaker still at 20%), objectives
 * at 95% not at all when the plan is short.
 */
static void
test_plan(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;

	add(f, "TEST-1 1.1", 20, 8, 0);
	add(f, "TEST-1 1.2", 20, 19, 0);
	add(f, "TEST-1 2.1", 20, 4, 0);
	add(f, "TEST-1 2.2", 20, 19, 0);
	add(f, "TEST-1 2.3", 20, 19, 0);
	r = estimate(f, "TEST-1");
	assert_int_equal(r->nplan, READINESS_PLAN);
	assert_string_equal(r->plan[0].objective->id, "1.1");
	assert_string_equal(r->plan[0].objective->section->exam->id,
	    "TEST-1");
	assert_string_equal(r->plan[1].objective->id, "2.1");
	assert_true(r->plan[0].gain > r->plan[1].gain);
	assert_true(r->plan[1].gain > r->plan[2].gain);
	assert_true(r->plan[0].mastery < 0.5 && r->plan[1].mastery < 0.3);
	/* Gains are of the score: 1.1 has 0.3 of it, 50 points short. */
	assert_true(r->plan[0].gain > 0.10 && r->plan[0].gain < 0.20);
	readiness_free(r);

	/*
	 * An unpractised objective comes before practised ones of the same
	 * share and mastery: its mastery is a guess that may be far lower.
	 */
	f->nanswers = 0;
	f->steps = 5;
	add(f, "TEST-1 1.1", 30, 24, 0);
	add(f, "TEST-1 1.2", 30, 24, 0);
	add(f, "TEST-1 2.1", 30, 24, 0);
	add(f, "TEST-1 2.2", 30, 24, 0);
	r = estimate(f, "TEST-1");
	assert_int_equal(r->practised, 4);
	assert_int_equal(r->nplan, 5);
	assert_string_equal(r->plan[2].objective->id, "2.3");
	assert_float_equal(r->plan[2].mastery, r->plan[3].mastery, 0.01);
	assert_true(r->objectives[4].high - r->objectives[4].low >
	    r->objectives[3].high - r->objectives[3].low);
	readiness_free(r);
	free(f);
}

/* Misreadings to drill: made often at a high rate first; never made, not. */
static void
test_drills(void **state)
{
	static const struct readiness_misreading	 m[] = {
		{ "once", 1, 0 },
		{ "often-resisted", 5, 20 },
		{ "often-made", 5, 1 },
		{ "never-made", 0, 9 },
		{ NULL, 4, 0 },
	};
	struct readiness_input				 in;
	struct readiness				*r = NULL;
	char						*cause = NULL;

	memset(&in, 0, sizeof in);
	in.misreadings = m;
	in.nmisreadings = sizeof m / sizeof m[0];
	in.now = NOW;
	assert_int_equal(readiness_exam(syl, "TEST-1", &in, &r, &cause), 0);
	assert_int_equal(r->ndrills, 3);
	assert_string_equal(r->drills[0].label, "often-made");
	assert_string_equal(r->drills[1].label, "often-resisted");
	assert_string_equal(r->drills[2].label, "once");
	assert_int_equal(r->drills[0].made, 5);
	assert_int_equal(r->drills[0].resisted, 1);
	readiness_free(r);

	in.steps = 1;
	assert_int_equal(readiness_exam(syl, "TEST-1", &in, &r, &cause), 0);
	assert_int_equal(r->ndrills, 1);
	assert_true(r->nplan <= 1);
	readiness_free(r);
}

/*
 * Only the exam's answers count: another exam's do not, an older
 * version's do through the syllabus's retag, unknown objectives not.
 */
static void
test_which_answers(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct readiness	*r;

	add(f, "OTHER-1 1.1", 10, 0, 0);
	add(f, "TEST-1 9.9", 10, 0, 0);
	add(f, NULL, 10, 0, 0);
	r = estimate(f, "TEST-1");
	assert_int_equal(r->answers, 0);
	readiness_free(r);

	add(f, "OLD-1 3.4", 10, 10, 0);
	r = estimate(f, "TEST-1");
	assert_int_equal(r->answers, 10);
	assert_int_equal(r->objectives[0].answers, 10);
	assert_int_equal(r->practised, 1);
	readiness_free(r);

	r = estimate(f, "OTHER-1");
	assert_int_equal(r->answers, 10);
	assert_true(r->estimate < 0.3);
	readiness_free(r);
	free(f);
}

static void
test_errors(void **state)
{
	struct readiness_input	 in;
	struct readiness	*r = NULL;
	char			*cause = NULL;

	memset(&in, 0, sizeof in);
	assert_int_equal(readiness_exam(syl, "NOPE-9", &in, &r, &cause), -1);
	assert_null(r);
	assert_non_null(strstr(cause, "NOPE-9"));
	free(cause);
	readiness_free(NULL);
	assert_string_equal(readiness_verdict_name(READINESS_LIKELY),
	    "likely to pass");
	assert_string_equal(readiness_verdict_name(READINESS_BORDERLINE),
	    "borderline");
	assert_string_equal(readiness_verdict_name(READINESS_NOT_YET),
	    "not yet");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_answers),
		cmocka_unit_test(test_right_raise_and_narrow),
		cmocka_unit_test(test_wrong_lower),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_mock_pulls),
		cmocka_unit_test(test_recency),
		cmocka_unit_test(test_plan),
		cmocka_unit_test(test_drills),
		cmocka_unit_test(test_which_answers),
		cmocka_unit_test(test_errors),
	};

	return (cmocka_run_group_tests(tests, setup, teardown));
}
