/*
 * fsrs.h: spaced-repetition scheduling with FSRS-6 and its published
 * default parameters (the 21 weights of py-fsrs 6.x and fsrs-rs).
 *
 * A card's memory is its stability (days until the probability of recall
 * falls to 90%) and its difficulty (1 to 10). Pure arithmetic: no I/O, no
 * clock; times are days since the epoch, fractions allowed. snipquiz has
 * no intra-day learning steps: a review less than a whole day after the
 * last one takes FSRS-6's short-term (same-day) formula, any later one
 * the long-term formulas, as py-fsrs does in every card state.
 */
#ifndef SQ_FSRS_H
#define SQ_FSRS_H

/* The four FSRS grades; snipquiz itself gives only again and good. */
enum fsrs_grade {
	FSRS_AGAIN = 1,
	FSRS_HARD = 2,
	FSRS_GOOD = 3,
	FSRS_EASY = 4
};

#define FSRS_RETENTION		0.9	/* desired retention of the schedule */
#define FSRS_MAX_INTERVAL	36500	/* days */

struct fsrs_card {
	double	 stability;	/* days; 0 for a new card */
	double	 difficulty;	/* 1 to 10; 0 for a new card */
	double	 last;		/* when last reviewed, days since the epoch */
	int	 reps;		/* reviews, the first one included */
	int	 lapses;	/* again on a card already reviewed */
};

/*
 * Update a card for a review graded g at now (days since the epoch, not
 * before c->last). A new card (no reps or no stability) takes the
 * initial stability and difficulty of g; otherwise the elapsed whole
 * days (as py-fsrs counts them) pick the same-day or the long-term
 * formulas. Cannot fail.
 */
void	 fsrs_review(struct fsrs_card *c, enum fsrs_grade g, double now);
/*
 * Probability that the card is recalled at now, on the forgetting curve
 * after the elapsed whole days; 0 for a new card (as py-fsrs says).
 */
double	 fsrs_retrievability(const struct fsrs_card *c, double now);
/*
 * Whole days until recall falls to retention (0 < retention < 1) for a
 * memory of this stability: rounded half to even as py-fsrs does, at
 * least 1 and at most FSRS_MAX_INTERVAL.
 */
int	 fsrs_interval(double stability, double retention);
/*
 * When the card is next due (days since the epoch) at FSRS_RETENTION:
 * its last review plus fsrs_interval. A new card is due at once (its
 * last, 0).
 */
double	 fsrs_due(const struct fsrs_card *c);

/*
 * The model's terms, for the tests and for callers that reason about
 * memory (the reference implementations test them one by one).
 */
/* Recall probability t >= 0 days after a review, for stability s > 0. */
double	 fsrs_forgetting_curve(double t, double s);
/* D0(g) = w4 - e^(w5 (g - 1)) + 1, not clamped. */
double	 fsrs_init_difficulty(enum fsrs_grade g);
/* Difficulty after a review graded g, clamped to 1..10. */
double	 fsrs_next_difficulty(double d, enum fsrs_grade g);
/* Stability after a successful recall (hard, good, easy) at recall r. */
double	 fsrs_recall_stability(double d, double s, double r,
	     enum fsrs_grade g);
/* Stability after a lapse (again) at recall r. */
double	 fsrs_forget_stability(double d, double s, double r);
/* Stability after a review less than a day after the last one. */
double	 fsrs_short_term_stability(double s, enum fsrs_grade g);

#endif
