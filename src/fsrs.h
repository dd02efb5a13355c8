/*
 * fsrs.h: spaced-repetition scheduling, FSRS-4.5 style, on answers the
 * oracle grades right or wrong.
 *
 * A card's memory is its stability (days until recall falls to 90%) and
 * difficulty (1-10). Pure arithmetic: no I/O, no clock.
 */
#ifndef SQ_FSRS_H
#define SQ_FSRS_H

/* How well an answer recalled the card. */
enum fsrs_grade {
	FSRS_AGAIN = 1,
	FSRS_HARD,
	FSRS_GOOD,
	FSRS_EASY
};

struct fsrs_card {
	double	 stability;	/* days; 0 for a new card */
	double	 difficulty;	/* 1 to 10 */
	double	 last;		/* when last reviewed, days since the epoch */
	int	 reps;
	int	 lapses;
};

/* Probability of recall t days after the last review (1 for t <= 0). */
double	 fsrs_retrievability(const struct fsrs_card *, double now);
/* Update a card for an answer at now (days), right or wrong. */
void	 fsrs_review(struct fsrs_card *, enum fsrs_grade, double now);
/* When the card is next due (days since the epoch), for 90% recall. */
double	 fsrs_due(const struct fsrs_card *);

#endif
