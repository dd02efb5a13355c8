/*
 * coach.h: what a learner's record says, for `stats` and a session's
 * end: what is due and when, the streak of days practised, the time
 * spent, the weakest objectives, the misreadings made and resisted, and
 * (readiness.h) whether the learner would pass today.
 *
 * Library code: it reads the progress database and never prints.
 */
#ifndef SQ_COACH_H
#define SQ_COACH_H

#include "progress.h"
#include "syllabus.h"

/* Days a forecast covers, today first. */
#define COACH_FORECAST	7
/* Encounters of a misreading its trend looks back on. */
#define COACH_RECENT	5

struct coach_objective {
	const struct syl_objective *syl;	/* NULL: not in the syllabus */
	char		*name;		/* "PCEP-30-02 1.4" */
	int		 answered;
	int		 right;		/* credited: see progress_record */
};

/* A misreading in the learner's record. */
struct coach_misread {
	char		*label;
	int		 made;		/* times picked, typed or ordered */
	int		 resisted;	/* times shown and not picked */
	int		 recent_made;	/* of the last COACH_RECENT times */
	int		 recent_seen;
	int		 trend;		/* -1 made less lately, 1 more, 0 */
	double		 last;		/* when last met, days */
};

struct coach_report {
	double			 now;
	int			 answered;	/* answers (not skips) */
	int			 right;
	int			 skipped;	/* shown without an answer */
	double			 seconds;	/* practice and mock exams */
	int			 days;		/* days practised */
	int			 streak;	/* days in a row, to today */
	int			 today;		/* practised today */
	int			 due;		/* due now */
	int			 forecast[COACH_FORECAST]; /* falling due */
	double			 next_due;	/* soonest not due yet; 0 */
	struct coach_objective	*objectives;	/* weakest first */
	int			 nobjectives;
	struct coach_misread	*misreads;	/* most made first */
	int			 nmisreads;
	/* What it was read from, for readiness.h: every event, every exam. */
	struct progress_event_row *history;	/* oldest first */
	int			 nhistory;
	struct progress_exam	*exams;		/* oldest first */
	int			 nexams;
};

/*
 * Read the record in p as of now (days since the epoch): everything, or
 * only what belongs to exam (objectives "EXAM ...") when exam is not
 * NULL. 0 with *r filled (free with coach_report_free), -1 with *cause.
 */
int	 coach_report(struct progress *p, const struct syllabus *syl,
	     const char *exam, double now, struct coach_report *r,
	     char **cause);
void	 coach_report_free(struct coach_report *);

#endif
