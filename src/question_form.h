/*
 * question_form.h: what a form does for question.c (internal).
 *
 * Each form_*.c fills one table: how to build a question in that form,
 * how to read and grade an answer, and how to say the right one. What
 * the forms share (running code as the item runs, options, letters,
 * shuffles) lives in question.c and is declared here.
 */
#ifndef SQ_QUESTION_FORM_H
#define SQ_QUESTION_FORM_H

#include "question.h"

struct form_ops {
	enum form	 form;
	/* 0 built, 1 does not fit this form, -1 with *cause. */
	int		(*build)(const struct question_ctx *, struct question *,
			    char **cause);
	/* 0, or -1 with *why (the form's help). */
	int		(*parse)(const struct question *, const char *answer,
			    char **why);
	int		(*grade)(const struct question_ctx *,
			    const struct question *, const char *answer,
			    struct question_verdict *, char **cause);
	char		*(*answer)(const struct question *);
	const char	*(*help)(const struct question *);
};

extern const struct form_ops	form_output_ops;
extern const struct form_ops	form_choice_ops;
extern const struct form_ops	form_select_ops;
extern const struct form_ops	form_gap_ops;
extern const struct form_ops	form_order_ops;
extern const struct form_ops	form_error_ops;

/*
 * The stem: the bank's prose if it asks for q's form, else deflt; then
 * more (may be NULL) after it, unless the prose says it already: a
 * space after deflt, a new line after the prose.
 */
char	*question_stem(const struct question *, const char *deflt,
	     const char *more);
/* Run code as q's item runs (its stdin, its limits). 0 or -1. */
int	 question_run(const struct question_ctx *, const struct question *,
	     const char *code, size_t len, struct result *, char **cause);
/* Append an option; text is taken, label copied (may be NULL). */
void	 question_add(struct question *, char *text, int right,
	     enum option_source, const char *label);
/*
 * Append a wrong option that misreading label gives (text is taken),
 * biting at line (0: unknown): shown with note, or label when note is
 * NULL.
 */
void	 question_add_misread(struct question *, char *text,
	     const char *note, const char *label, int line);
/* Is text already an option? */
int	 question_has(const struct question *, const char *text);
/* Shuffle the options, every order equally likely (random()). */
void	 question_shuffle(struct question *);
/* Take a distract.c option list as q's options (frees the list). */
void	 question_take(struct question *, struct distract_option *, int n);
/*
 * Letters of answer ("AC", "a c", "A,C") as a mask of distinct options:
 * at least min and at most max of them. 0, or -1.
 */
int	 question_letters(const struct question *, const char *answer,
	     int min, int max, long *mask);
/* The letters in mask, "AC" (caller frees). */
char	*question_mask_text(long mask, int n);
/* The mask of the right options. */
long	 question_right_mask(const struct question *);
/*
 * Grade picked options, partial credit per response as the exams give
 * it: (right picks - wrong picks) / picks wanted, never below 0. Each
 * misreading shown is made if one of its options is in mask, else
 * resisted.
 */
void	 question_grade_mask(const struct question *, long mask,
	     struct question_verdict *);
/*
 * Record misreading label as made (at line) or resisted in v, once a
 * label: made wins over resisted.
 */
void	 question_misread_add(struct question_verdict *, const char *label,
	     int line, int made);
/*
 * Which misreadings a wrong answer that shows no options is: run q's
 * misreadings (distract_misreadings) and record as made each whose run
 * reads as typed does (answer_typed_matches) or, typed NULL, gives what
 * run gave (answer_same). Nothing runs without ctx->distract. 0, or -1
 * with *cause when the oracle failed.
 */
int	 question_misreads_run(const struct question_ctx *,
	     const struct question *, const char *typed,
	     const struct result *run, struct question_verdict *,
	     char **cause);
/* Letters answers: parse with exactly q->pick (choice) or 1..pick. */
int	 question_parse_letters(const struct question *, const char *answer,
	     char **why);
char	*question_answer_letters(const struct question *);
int	 question_grade_letters(const struct question_ctx *,
	     const struct question *, const char *answer,
	     struct question_verdict *, char **cause);
/*
 * The bank's own options of q's item, judged by the oracle and shuffled:
 * how many are right, or -1 with *cause. Choice asks those with one right
 * option, select those with more.
 */
int	 choice_bank_options(const struct question_ctx *, struct question *,
	     char **cause);
/*
 * Choose q's stem among those that fit, with random() (ctx->stems may
 * narrow them), from op[0..n-1], the truth and its misreadings' runs
 * (distract_options): output says whether "What does this program
 * print?" may be asked; an item with its own prose is asked only so.
 * Builds any other stem's options (op is not taken). Returns the stem kind: STEM_OUTPUT is left to the caller; -1
 * when none fits.
 */
int	 stem_choose(const struct question_ctx *, struct question *,
	     const struct distract_option *op, int n, int output);

#endif
