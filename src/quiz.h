/*
 * quiz.h: asking one item, on a terminal (readline) or through a pipe.
 *
 * The answer is always graded against what the oracle computed for the
 * item, never against the bank's key.
 */
#ifndef SQ_QUIZ_H
#define SQ_QUIZ_H

#include "bank.h"
#include "distract.h"
#include "oracle.h"
#include "progress.h"
#include "result.h"

/* How an item is asked. */
enum quiz_form {
	QUIZ_OUTPUT,	/* type the exact output */
	QUIZ_CHOICE	/* one of four options, A-D */
};

enum quiz_outcome {
	QUIZ_RIGHT,
	QUIZ_WRONG,
	QUIZ_SKIPPED,
	QUIZ_QUIT,	/* :quit, or the end of the input */
	QUIZ_ERROR	/* the oracle failed */
};

struct quiz;

/*
 * A quiz on the terminal or pipe at stdin/stdout, recording to db (may be
 * NULL). Colours and readline only on a terminal (and never with
 * NO_COLOR). history is the readline history file, or NULL.
 */
struct quiz		*quiz_new(struct oracle *, struct progress *,
			     struct distract *, const char *history);
void			 quiz_free(struct quiz *);
/*
 * Ask item it of bank (question number of total) in a form: show the
 * code (and, for a choice, options proven wrong by running them), read
 * the answer, grade it against the oracle's result, record it, explain.
 * A choice with no wrong option to offer is asked as output instead.
 * On QUIZ_ERROR *cause says why.
 */
enum quiz_outcome	 quiz_ask(struct quiz *, const struct bank *,
			     const struct bank_item *, enum quiz_form,
			     int number, int total, char **cause);
/* Print "N answered, N right (P%)" and what was skipped. */
void			 quiz_summary(struct quiz *);
/* How many were answered and right. */
void			 quiz_counts(struct quiz *, int *answered, int *right);

#endif
