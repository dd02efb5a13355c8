/*
 * fsrs.c: the FSRS-4.5 memory model with its published default weights,
 * reduced to two grades: again (wrong) and good (right).
 */
#include "config.h"

#include <math.h>

#include "fsrs.h"

/* FSRS-4.5 default parameters w0..w16. */
static const double w[17] = {
	0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031,
	1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755
};

#define FSRS_DECAY	(-0.5)
#define FSRS_FACTOR	(19.0 / 81.0)	/* R(S, S) = 0.9 */
#define GRADE_AGAIN	1
#define GRADE_GOOD	3

static double
fsrs_clamp(double v, double lo, double hi)
{
	return (v < lo ? lo : v > hi ? hi : v);
}

/* Initial difficulty for a first grade. */
static double
fsrs_d0(int g)
{
	return (fsrs_clamp(w[4] - exp(w[5] * (g - 1)) + 1, 1, 10));
}

double
fsrs_retrievability(const struct fsrs_card *c, double now)
{
	double	 t = now - c->last;

	if (c->stability <= 0 || t <= 0)
		return (1);
	return (pow(1 + FSRS_FACTOR * t / c->stability, FSRS_DECAY));
}

void
fsrs_review(struct fsrs_card *c, enum fsrs_grade grade, double now)
{
	int	 correct = grade >= FSRS_GOOD;
	int	 g = correct ? GRADE_GOOD : GRADE_AGAIN;
	double	 r, d, s;

	if (c->reps == 0 || c->stability <= 0) {
		c->stability = w[g - 1];
		c->difficulty = fsrs_d0(g);
	} else {
		r = fsrs_retrievability(c, now);
		s = c->stability;
		d = c->difficulty;
		if (correct)
			c->stability = s * (exp(w[8]) * (11 - d) * pow(s, -w[9]) *
			    (exp(w[10] * (1 - r)) - 1) + 1);
		else
			c->stability = fsrs_clamp(w[11] * pow(d, -w[12]) *
			    (pow(s + 1, w[13]) - 1) * exp(w[14] * (1 - r)), 0.01,
			    s);
		/* Harder after a lapse; mean reversion toward the default. */
		d = d - w[6] * (g - 3);
		c->difficulty = fsrs_clamp(w[7] * fsrs_d0(4) + (1 - w[7]) * d,
		    1, 10);
	}
	if (!correct)
		c->lapses++;
	c->reps++;
	c->last = now;
}

double
fsrs_due(const struct fsrs_card *c)
{
	/* At 90% desired retention the interval equals the stability. */
	return (c->last + (c->stability > 0 ? c->stability : 0));
}
