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
#include "util.h"

/* How an item is asked. */
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
			     const struct bank_item *, enum form,
			     int number, int total, char **cause);
/*
 * Building blocks for other loops (the mock exam). quiz_line reads one
 * line (NULL at the end of input; QUIZ_CANCEL after Ctrl-C); quiz_c
 * returns an ANSI sequence, or "" without colours.
 */
#define QUIZ_CANCEL	"\001cancel"
#define QUIZ_TIMEUP	"\001timeup"
/*
 * From now on quiz_line gives QUIZ_TIMEUP, even while it waits for a
 * line, once util_now() reaches deadline (0: no deadline).
 */
void			 quiz_set_deadline(struct quiz *, double deadline);
#define QUIZ_BOLD	"\033[1m"
#define QUIZ_DIM	"\033[2m"
#define QUIZ_GREEN	"\033[32m"
#define QUIZ_RED	"\033[31m"
#define QUIZ_OFF	"\033[0m"
char			*quiz_line(struct quiz *, const char *prompt);
/* Show an item's program (its blank filled), with line numbers. */
void			 quiz_show_code(struct quiz *, const struct bank_item *);
void			 quiz_option(struct quiz *, int letter, const char *text,
			     const char *note);
const char		*quiz_c(struct quiz *, const char *code);
/*
 * Does a typed answer (output lines, then the exception's name if it
 * raises) match the oracle's result? 1 or 0.
 */
int			 quiz_grade(const struct buf *given, const struct result *);
/* The result as the learner should type it (output, then the type). */
char			*quiz_truth_text(const struct result *);

/* Answered wrong this many times, an item is flagged when asked. */
#define QUIZ_LEECH	3
/* The key progress knows an item by: "BANKFILE#ID" (caller frees). */
char			*quiz_item_key(const struct bank *, const struct bank_item *);
/* quiz_ask for an item known by another key (a generated variant). */
enum quiz_outcome	 quiz_ask_keyed(struct quiz *, const char *key,
			     const struct bank_item *, enum form,
			     int number, int total, char **cause);

/* Print "N answered, N right (P%)" and what was skipped. */
void			 quiz_summary(struct quiz *);
/* How many were answered and right. */
void			 quiz_counts(struct quiz *, int *answered, int *right);

#endif
