/*
 * present.h: a question on the screen (stdout), before and after it is
 * answered. Used by practice and the mock exam alike.
 */
#ifndef SQ_PRESENT_H
#define SQ_PRESENT_H

#include "oracle.h"
#include "question.h"
#include "term.h"

/*
 * Code with line numbers; on a terminal coloured as CPython's tokenize
 * splits it, run in oracle o (NULL, or a failed run: plain).
 */
void	present_code(struct term *, struct oracle *o, const char *code);
/* An option "  B) text   <- note", its later lines under its first. */
void	present_option(struct term *, int letter, const char *text,
	    const char *note);
/*
 * The question as asked: stem, what to reach, code, what the user types,
 * options; option pick (or -1) marked as the learner's answer so far.
 */
void	present_question(struct term *, struct oracle *,
	    const struct question *, int pick);
/*
 * The verdict on an answer: right, partly right or wrong, the right
 * answer, what each wrong option is (its misreading), after a wrong
 * answer the misreadings it made and the lines where they bite, the
 * item's explanation.
 */
void	present_verdict(struct term *, const struct question *,
	    const struct question_verdict *);
/* The item's explanation, after a blank line (nothing without one). */
void	present_explanation(struct term *, const struct question *);

#endif
