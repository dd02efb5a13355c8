/*
 * test_fsrs.c: the FSRS-6 model against the reference implementations'
 * own test vectors (tests/unit/fsrs-vectors.tsv, which cites them), and
 * the schedule snipquiz gives for right and wrong answers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fsrs.h"

#define VECTORS_MAX_FIELDS	8

/* "again".."easy" to a grade; 0 for anything else. */
static enum fsrs_grade
vectors_grade(const char *s)
{
	static const char	*names[] = { "again", "hard", "good", "easy" };
	int			 i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return ((enum fsrs_grade)(i + 1));
	return ((enum fsrs_grade)0);
}

/* A number field; '-' (not checked) is NAN. */
static double
vectors_number(const char *s, int line)
{
	char	*end;
	double	 v;

	if (strcmp(s, "-") == 0)
		return (NAN);
	v = strtod(s, &end);
	if (end == s || *end != '\0')
		fail_msg("fsrs-vectors.tsv:%d: '%s' is not a number", line, s);
	return (v);
}

/* Within tol of want, or want not checked. */
static void
vectors_close(double got, double want, double tol, int line, const char *what)
{
	if (isnan(want))
		return;
	if (!(fabs(got - want) <= tol))
		fail_msg("fsrs-vectors.tsv:%d: %s %.9g, reference %.9g (tolerance "
		    "%g)", line, what, got, want, tol);
}

/*
 * Every vector in the data file: each kind runs the model's term it
 * names; review rows run fsrs_review on one card, row by row.
 */
static void
test_vectors(void **state)
{
	struct fsrs_card	 c;
	const char		*dir = getenv("srcdir");
	char			 path[4096], buf[1024], card[128] = "";
	char			*f[VECTORS_MAX_FIELDS], *p;
	FILE			*fp;
	double			 now = 0, want, tol;
	enum fsrs_grade		 g;
	int			 line = 0, n, checked = 0, days;

	snprintf(path, sizeof path, "%s/tests/unit/fsrs-vectors.tsv",
	    dir != NULL ? dir : ".");
	if ((fp = fopen(path, "r")) == NULL)
		fail_msg("%s: cannot open (is $srcdir set?)", path);
	memset(&c, 0, sizeof c);
	while (fgets(buf, sizeof buf, fp) != NULL) {
		line++;
		buf[strcspn(buf, "\n")] = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		n = 0;
		for (p = strtok(buf, "\t"); p != NULL && n < VECTORS_MAX_FIELDS;
		    p = strtok(NULL, "\t"))
			f[n++] = p;
		if (strcmp(f[0], "curve") == 0 && n == 5) {
			vectors_close(fsrs_forgetting_curve(vectors_number(f[1],
			    line), vectors_number(f[2], line)),
			    vectors_number(f[3], line), vectors_number(f[4],
			    line), line, "recall");
		} else if (strcmp(f[0], "nextd") == 0 && n == 5 &&
		    (g = vectors_grade(f[2])) != 0) {
			vectors_close(fsrs_next_difficulty(vectors_number(f[1],
			    line), g), vectors_number(f[3], line),
			    vectors_number(f[4], line), line, "difficulty");
		} else if (strcmp(f[0], "recall") == 0 && n == 7 &&
		    (g = vectors_grade(f[4])) != 0) {
			vectors_close(fsrs_recall_stability(vectors_number(f[1],
			    line), vectors_number(f[2], line),
			    vectors_number(f[3], line), g), vectors_number(f[5],
			    line), vectors_number(f[6], line), line,
			    "stability");
		} else if (strcmp(f[0], "forget") == 0 && n == 6) {
			vectors_close(fsrs_forget_stability(vectors_number(f[1],
			    line), vectors_number(f[2], line),
			    vectors_number(f[3], line)), vectors_number(f[4],
			    line), vectors_number(f[5], line), line,
			    "stability");
		} else if (strcmp(f[0], "short") == 0 && n == 5 &&
		    (g = vectors_grade(f[2])) != 0) {
			vectors_close(fsrs_short_term_stability(
			    vectors_number(f[1], line), g), vectors_number(f[3],
			    line), vectors_number(f[4], line), line,
			    "stability");
		} else if (strcmp(f[0], "interval") == 0 && n == 4) {
			days = fsrs_interval(vectors_number(f[1], line),
			    vectors_number(f[2], line));
			if (days != (int)vectors_number(f[3], line))
				fail_msg("fsrs-vectors.tsv:%d: interval %d days, "
				    "reference %s", line, days, f[3]);
		} else if (strcmp(f[0], "review") == 0 && n == 8 &&
		    (g = vectors_grade(f[3])) != 0) {
			if (strcmp(f[1], card) != 0) {
				/* A new card, at a day that is not 0. */
				snprintf(card, sizeof card, "%s", f[1]);
				memset(&c, 0, sizeof c);
				now = 19000;
			}
			now += vectors_number(f[2], line);
			fsrs_review(&c, g, now);
			tol = vectors_number(f[7], line);
			vectors_close(c.stability, vectors_number(f[4], line),
			    tol, line, "stability");
			vectors_close(c.difficulty, vectors_number(f[5], line),
			    tol, line, "difficulty");
			if (!isnan(want = vectors_number(f[6], line))) {
				days = fsrs_interval(c.stability,
				    FSRS_RETENTION);
				if (days != (int)want)
					fail_msg("fsrs-vectors.tsv:%d: interval "
					    "%d days, reference %s", line, days,
					    f[6]);
				assert_true(fsrs_due(&c) == c.last + days);
			}
		} else
			fail_msg("fsrs-vectors.tsv:%d: malformed row", line);
		checked++;
	}
	fclose(fp);
	/* The file holds 72 rows: none may go unread. */
	assert_int_equal(checked, 72);
}

/*
 * The defect this model replaces: FSRS-4.5 weights with FSRS-5's initial
 * difficulty gave D0(good) = -5.5, clamped to 1. FSRS-6 gives about 2.12.
 */
static void
test_first_good(void **state)
{
	struct fsrs_card	 c;

	memset(&c, 0, sizeof c);
	fsrs_review(&c, FSRS_GOOD, 19000.5);
	assert_true(fabs(c.difficulty - 2.118104) < 1e-6);
	assert_true(fabs(fsrs_init_difficulty(FSRS_GOOD) - 2.118104) < 1e-6);
	assert_true(fabs(c.stability - 2.3065) < 1e-12);
	assert_int_equal(c.reps, 1);
	assert_int_equal(c.lapses, 0);
}

/*
 * Right answers given on each due date: the intervals py-fsrs gives
 * (test_review_card without its learning step), 2, 11, 46, 163 days;
 * the old model gave 21.5 ... 1,454.
 */
static void
test_four_right(void **state)
{
	static const int	 want[] = { 2, 11, 46, 163 };
	struct fsrs_card	 c;
	double			 now = 19000.25;
	size_t			 i;

	memset(&c, 0, sizeof c);
	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		fsrs_review(&c, FSRS_GOOD, now);
		assert_int_equal(fsrs_interval(c.stability, FSRS_RETENTION),
		    want[i]);
		now = fsrs_due(&c);
		assert_true(now == c.last + want[i]);
		/* On the due date, recall is 90% (within a day's rounding). */
		assert_true(fabs(fsrs_retrievability(&c, now) - 0.9) < 0.01);
	}
}

/*
 * A lapse is again on a card already reviewed: a first answer wrong is
 * not one. A new card is due at once and has no recall yet.
 */
static void
test_lapses(void **state)
{
	struct fsrs_card	 c;

	memset(&c, 0, sizeof c);
	assert_true(fsrs_due(&c) == 0);
	assert_true(fsrs_retrievability(&c, 19000) == 0);
	fsrs_review(&c, FSRS_AGAIN, 19000);
	assert_int_equal(c.lapses, 0);
	assert_true(fabs(c.stability - 0.212) < 1e-12);
	assert_true(fabs(c.difficulty - 6.4133) < 1e-12);
	/* Less than a day: at least a day all the same. */
	assert_true(fsrs_due(&c) == 19001);
	fsrs_review(&c, FSRS_AGAIN, 19000.1);
	assert_int_equal(c.lapses, 1);
	fsrs_review(&c, FSRS_GOOD, 19003);
	fsrs_review(&c, FSRS_AGAIN, 19010);
	assert_int_equal(c.lapses, 2);
	assert_int_equal(c.reps, 4);
	assert_true(c.difficulty >= 1 && c.difficulty <= 10);
}

/* Intervals stay within 1 day and FSRS_MAX_INTERVAL, whatever the input. */
static void
test_interval_bounds(void **state)
{
	assert_int_equal(fsrs_interval(0.001, FSRS_RETENTION), 1);
	assert_int_equal(fsrs_interval(1e9, FSRS_RETENTION),
	    FSRS_MAX_INTERVAL);
	assert_int_equal(fsrs_interval(1, 0.1), FSRS_MAX_INTERVAL);
	assert_int_equal(fsrs_interval(10, FSRS_RETENTION), 10);
	assert_int_equal(fsrs_interval(NAN, FSRS_RETENTION), 1);
	assert_int_equal(fsrs_interval(INFINITY, FSRS_RETENTION),
	    FSRS_MAX_INTERVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
		cmocka_unit_test(test_first_good),
		cmocka_unit_test(test_four_right),
		cmocka_unit_test(test_lapses),
		cmocka_unit_test(test_interval_bounds),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
