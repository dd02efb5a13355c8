/*
 * quiz.h: practice, one question at a time, on a terminal (readline) or
 * through a pipe.
 *
 * A step builds the question (question.h), shows it, reads the answer,
 * grades it against what the oracle computed (never the bank's key),
 * explains and records it.
 */
#ifndef SQ_QUIZ_H
#define SQ_QUIZ_H

#include "bank.h"
#include "distract.h"
#include "oracle.h"
#include "progress.h"
#include "question.h"
#include "result.h"
#include "term.h"

/* How a step ended. */
enum quiz_outcome {
	QUIZ_RIGHT,
	QUIZ_WRONG,
	QUIZ_SKIPPED,
	QUIZ_QUIT,	/* :quit, or the end of the input */
	QUIZ_ERROR,	/* the oracle or the progress database failed */
	QUIZ_NOFIT	/* the item fits none of the forms; nothing shown */
};

struct quiz;

/*
 * A quiz on the terminal or pipe at stdin/stdout (see term.h), recording
 * to db (may be NULL), with misreadings from d (may be NULL). history is
 * readline's history file, or NULL.
 */
struct quiz		*quiz_new(struct oracle *, struct progress *,
			     struct distract *, const char *history);
void			 quiz_free(struct quiz *);
/* Ask choices only in these stems (1 << STEM_*; 0: any that fits). */
void			 quiz_set_stems(struct quiz *, unsigned);
/*
 * Ask only questions that show the misreading label among their wrong
 * options (NULL: any); others are QUIZ_NOFIT. label must outlive q.
 */
void			 quiz_set_drill(struct quiz *, const char *label);
struct term		*quiz_term(struct quiz *);
/*
 * Ask item it (known to progress as key) as question number of total, in
 * the first of forms[0..nforms-1] that fits (*asked says which): show
 * it, read and grade the answer, explain, record, then offer :trace. On
 * QUIZ_ERROR *cause says why; QUIZ_NOFIT prints nothing.
 */
enum quiz_outcome	 quiz_ask(struct quiz *, const char *key,
			     const struct bank_item *it, const enum form *forms,
			     int nforms, int number, int total,
			     enum form *asked, char **cause);
/* "This is about OBJECTIVE: tags." (caller frees). */
char			*quiz_hint(const struct bank_item *);

/*
 * Record what became of question qn in db: answered (v the verdict, its
 * misreadings included), skipped or left blank (v NULL). seconds is the
 * time spent on it, counted up to QUIZ_MAX_SECONDS. 0, or -1 with *cause
 * (the answer was not saved).
 */
int			 quiz_record(struct progress *db,
			     const struct question *qn,
			     const struct question_verdict *v,
			     enum progress_event ev, double seconds,
			     char **cause);
/* Longer on one question is taken as time away from it. */
#define QUIZ_MAX_SECONDS	300

/* Answered wrong this many times, an item is flagged when asked. */
#define QUIZ_LEECH	3

/* Print "N answered, N right (P%)" and what was skipped. */
void			 quiz_summary(struct quiz *);
/* How many were answered and right. */
void			 quiz_counts(struct quiz *, int *answered, int *right);

#endif
