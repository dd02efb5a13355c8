/*
 * fsrs.c: the FSRS-6 memory model, term for term as py-fsrs 6.x
 * (fsrs/scheduler.py) and fsrs-rs (src/model.rs) compute it, with their
 * default parameters. tests/unit/fsrs-vectors.tsv holds their own test
 * vectors.
 */
#include "config.h"

#include <math.h>

#include "fsrs.h"

/*
 * FSRS-6 default parameters w0..w20: py-fsrs DEFAULT_PARAMETERS,
 * fsrs-rs DEFAULT_PARAMETERS (w20 = FSRS6_DEFAULT_DECAY).
 */
static const double w[21] = {
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
	0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
	0.0912, 0.0658, 0.1542
};

#define FSRS_STABILITY_MIN	0.001	/* py-fsrs STABILITY_MIN */
#define FSRS_DIFFICULTY_MIN	1.0
#define FSRS_DIFFICULTY_MAX	10.0

static double
fsrs_clamp(double v, double lo, double hi)
{
	return (v < lo ? lo : v > hi ? hi : v);
}

/* The trainable decay: R(t, S) = (1 + factor t / S)^decay, decay = -w20. */
static double
fsrs_decay(void)
{
	return (-w[20]);
}

/* Chosen so that R(S, S) = 0.9: stability is the 90% point. */
static double
fsrs_factor(void)
{
	return (pow(0.9, 1 / fsrs_decay()) - 1);
}

/*
 * Whole days between two times, as py-fsrs's timedelta.days counts them.
 * A difference a nanoday short of a whole day is that day: times are
 * doubles (a review on the due date, last + interval, must not count a
 * day less for a rounding error of a few ulps).
 */
static double
fsrs_elapsed(double last, double now)
{
	double	 t = floor(now - last + 1e-9);

	return (t < 0 ? 0 : t);
}

double
fsrs_forgetting_curve(double t, double s)
{
	return (pow(1 + fsrs_factor() * t / s, fsrs_decay()));
}

double
fsrs_init_difficulty(enum fsrs_grade g)
{
	return (w[4] - exp(w[5] * ((int)g - 1)) + 1);
}

double
fsrs_next_difficulty(double d, enum fsrs_grade g)
{
	double	 delta, damped;

	/* Linear damping: the closer to 10, the smaller the step. */
	delta = -w[6] * ((int)g - 3);
	damped = d + (10 - d) * delta / 9;
	/* Mean reversion toward D0(easy), unclamped, as both references. */
	return (fsrs_clamp(w[7] * fsrs_init_difficulty(FSRS_EASY) +
	    (1 - w[7]) * damped, FSRS_DIFFICULTY_MIN, FSRS_DIFFICULTY_MAX));
}

double
fsrs_recall_stability(double d, double s, double r, enum fsrs_grade g)
{
	double	 hard = g == FSRS_HARD ? w[15] : 1;
	double	 easy = g == FSRS_EASY ? w[16] : 1;

	return (fmax(FSRS_STABILITY_MIN, s * (1 + exp(w[8]) * (11 - d) *
	    pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * hard * easy)));
}

double
fsrs_forget_stability(double d, double s, double r)
{
	double	 long_term, short_term;

	long_term = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) *
	    exp((1 - r) * w[14]);
	/* FSRS-6: a lapse never leaves more than S / e^(w17 w18). */
	short_term = s / exp(w[17] * w[18]);
	return (fmax(FSRS_STABILITY_MIN, fmin(long_term, short_term)));
}

double
fsrs_short_term_stability(double s, enum fsrs_grade g)
{
	double	 inc;

	inc = exp(w[17] * ((int)g - 3 + w[18])) * pow(s, -w[19]);
	/*
	 * Good and easy never lower stability (py-fsrs, fsrs-rs up to 5.x;
	 * fsrs-rs 6 floors hard too, which snipquiz never gives).
	 */
	if (g == FSRS_GOOD || g == FSRS_EASY)
		inc = fmax(inc, 1);
	return (fmax(FSRS_STABILITY_MIN, s * inc));
}

void
fsrs_review(struct fsrs_card *c, enum fsrs_grade g, double now)
{
	double	 t, r;

	if (c->reps == 0 || c->stability <= 0) {
		c->stability = fmax(FSRS_STABILITY_MIN, w[g - 1]);
		c->difficulty = fsrs_clamp(fsrs_init_difficulty(g),
		    FSRS_DIFFICULTY_MIN, FSRS_DIFFICULTY_MAX);
	} else {
		t = fsrs_elapsed(c->last, now);
		if (t < 1)
			c->stability = fsrs_short_term_stability(c->stability,
			    g);
		else {
			r = fsrs_forgetting_curve(t, c->stability);
			if (g == FSRS_AGAIN)
				c->stability = fsrs_forget_stability(
				    c->difficulty, c->stability, r);
			else
				c->stability = fsrs_recall_stability(
				    c->difficulty, c->stability, r, g);
		}
		c->difficulty = fsrs_next_difficulty(c->difficulty, g);
		if (g == FSRS_AGAIN)
			c->lapses++;
	}
	c->reps++;
	c->last = now;
}

double
fsrs_retrievability(const struct fsrs_card *c, double now)
{
	if (c->reps == 0 || c->stability <= 0)
		return (0);
	return (fsrs_forgetting_curve(fsrs_elapsed(c->last, now),
	    c->stability));
}

int
fsrs_interval(double stability, double retention)
{
	double	 days;

	days = stability / fsrs_factor() *
	    (pow(retention, 1 / fsrs_decay()) - 1);
	/* Python's round(): half to even, the default rounding mode. */
	days = nearbyint(days);
	/* Also a card from a damaged file (NaN) gets a day, never UB. */
	if (!(days >= 1))
		return (1);
	return ((int)fmin(days, FSRS_MAX_INTERVAL));
}

double
fsrs_due(const struct fsrs_card *c)
{
	if (c->reps == 0 || c->stability <= 0)
		return (c->last);
	return (c->last + fsrs_interval(c->stability, FSRS_RETENTION));
}
