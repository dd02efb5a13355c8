/*
 * readiness.h: would the learner pass an exam today? An estimate of the
 * score on the real exam with an interval, from the learner's graded
 * answers per objective and the mock exams taken, and a short study plan.
 *
 * Pure arithmetic on what the caller read: no I/O, no clock, no SQLite.
 * docs/architecture.md ("The readiness estimate") gives the model, its
 * constants and what the interval means.
 */
#ifndef SQ_READINESS_H
#define SQ_READINESS_H

#include <stddef.h>

#include "syllabus.h"

/* Answers older than this count half as much, twice as old a quarter. */
#define READINESS_HALF_LIFE	30.0		/* days */
/* The interval's probability: 10% below low, 10% above high. */
#define READINESS_LEVEL		0.80
/* The mastery the plan aims an objective at. */
#define READINESS_TARGET	0.90
/* Steps in a plan when the caller asks for none in particular. */
#define READINESS_PLAN		3

/* A graded answer (an unanswered question is none). */
struct readiness_answer {
	const char	*objective;	/* "EXAM N.M", or NULL (not counted) */
	double		 at;		/* days since the epoch */
	int		 correct;	/* 0 wrong, else right */
};

/* A finished mock exam. */
struct readiness_mock {
	const char	*exam;		/* "PCEP-30-02" */
	double		 at;		/* days since the epoch */
	double		 points;	/* partial credit included */
	int		 total;		/* questions asked */
};

/* A misreading: how often the learner made it and resisted it. */
struct readiness_misreading {
	const char	*label;
	int		 made;		/* the answer matched it */
	int		 resisted;	/* offered, and not chosen */
};

/* What the estimate rests on; the arrays are borrowed for the call. */
struct readiness_input {
	const struct readiness_answer		*answers;
	size_t					 nanswers;
	const struct readiness_mock		*mocks;
	size_t					 nmocks;
	const struct readiness_misreading	*misreadings;
	size_t					 nmisreadings;
	double					 now;	/* days */
	size_t					 steps;	/* 0: READINESS_PLAN */
};

enum readiness_verdict {
	READINESS_NOT_YET,	/* the estimate is below the pass mark */
	READINESS_BORDERLINE,	/* at or above it, the low end below */
	READINESS_LIKELY	/* the low end at or above it */
};

/* An objective's mastery: the chance of answering its question right. */
struct readiness_objective {
	const struct syl_objective	*objective;	/* the syllabus's */
	double				 share;	/* of the exam's score */
	double				 mastery;	/* posterior mean */
	double				 low;		/* READINESS_LEVEL */
	double				 high;
	int				 answers;
	double				 weighted;	/* by recency */
};

/* A step of the plan: an objective to practise. */
struct readiness_step {
	const struct syl_objective	*objective;	/* the syllabus's */
	double				 mastery;
	double				 gain;	/* expected, of the score */
};

/* A misreading to drill (`practice --misreading LABEL`). */
struct readiness_drill {
	char	*label;
	int	 made;
	int	 resisted;
	double	 score;		/* made x made rate, smoothed */
};

/* One exam's readiness; every fraction of the score is in [0, 1]. */
struct readiness {
	const struct syl_exam		*exam;		/* the syllabus's */
	double				 estimate;	/* today's score */
	double				 low;		/* READINESS_LEVEL */
	double				 high;
	double				 pass;		/* pass mark, 0.70 */
	double				 chance;	/* of pass or more */
	enum readiness_verdict		 verdict;
	double				 model;	/* before the mocks */
	/* The evidence. */
	int				 answers;	/* graded, counted */
	int				 practised;	/* objectives */
	int				 mocks;		/* of this exam */
	/* Every objective, in syllabus order. */
	struct readiness_objective	*objectives;
	size_t				 nobjectives;
	/* What to practise first: most gain first, 0.1 point or more. */
	struct readiness_step		*plan;
	size_t				 nplan;
	/* Misreadings to drill, highest score first: those made. */
	struct readiness_drill		*drills;
	size_t				 ndrills;
};

/*
 * The readiness for exam (an id of syl) given in: answers to its
 * objectives count, and those an older version's objective retags to
 * one of them (syllabus_retag); mocks of this exam; in->steps steps of
 * plan and of drills at most. The result borrows syl's exam and
 * objectives (syl must outlive it); free with readiness_free. 0, or -1
 * with *cause set when syl has no such exam or it has no items.
 */
int		 readiness_exam(const struct syllabus *syl, const char *exam,
		     const struct readiness_input *in, struct readiness **r,
		     char **cause);
/* Free a readiness; NULL is a no-op. */
void		 readiness_free(struct readiness *);
/* "likely to pass", "borderline", "not yet". */
const char	*readiness_verdict_name(enum readiness_verdict);

#endif
