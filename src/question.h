/*
 * question.h: a question, built from an item without any I/O, then
 * presented (quiz.c, cmd_exam.c), exported (cmd_questions.c), graded
 * and recorded.
 *
 * A question holds everything that decides it: the item, the form it is
 * asked in, its stem, the code as shown, its options (each proven right
 * or wrong by running it in the oracle), the permutation they are shown
 * in, and the truth. Each form builds and grades its own questions
 * through a table of callbacks (form_*.c, in the manner of tmux's
 * window modes); question.c dispatches and keeps what they share.
 */
#ifndef SQ_QUESTION_H
#define SQ_QUESTION_H

#include "bank.h"
#include "distract.h"
#include "form.h"
#include "oracle.h"
#include "result.h"

/* What the stem asks for; its name is the export's stem_kind. */
enum stem_kind {
	STEM_OUTPUT,		/* what does it print (options, or typed) */
	STEM_VALUE,		/* which expressions hold afterwards */
	STEM_SELECT,		/* which statements are true (select two) */
	STEM_INSERT,		/* what goes in the gap */
	STEM_ORDER,		/* put the lines in order */
	STEM_ERROR_LINE,	/* which line raises, and what */
	STEM_COUNT,		/* how many lines, or times a line, printed */
	STEM_BEHAVIOUR,		/* what happens: a specific error, output */
	STEM_VARIABLE,		/* the value of a name after the run */
	STEM_TYPE,		/* the type of a name after the run */
	STEM_LENGTH		/* the length of a name after the run */
};
#define STEM_KINDS	(STEM_LENGTH + 1)
const char	*stem_kind_name(enum stem_kind);
/*
 * The choice stems a --stem argument names, comma-separated ("count",
 * "variable,type"), as a mask of 1 << STEM_*: 0, or -1 for a name that
 * is not one (stem_choice_list says which are).
 */
int		 stem_parse_list(const char *, unsigned *mask);
/* "output, count, behaviour, variable, type or length". */
const char	*stem_choice_list(void);

/* Where an option comes from; its name is the export's source. */
enum option_source {
	SOURCE_TRUTH,		/* the program's own result */
	SOURCE_MISREADING,	/* a misreading of the code, run */
	SOURCE_GENERIC,		/* an answer true of no run (e.g. a line) */
	SOURCE_BANK,		/* the bank's own options */
	SOURCE_TRACE		/* a value the run held at another point */
};
const char	*option_source_name(enum option_source);

struct question_option {
	char			*text;	/* as shown; lines joined by \n */
	int			 right;
	enum option_source	 source;
	char			*label;	/* the misreading's words, or NULL */
	/*
	 * The named misreading a wrong option is what it gives, as a verdict
	 * records it (question_misread): a code mutant's label, a belief's,
	 * or an item's ```misread block's; NULL for any other option, even
	 * one with a label: a concept item's why: text, a bank option's
	 * note, a generic answer, a trace value, a near fill of a gap. For
	 * a gap option, label adds what the fill gives; elsewhere they are
	 * the same words.
	 */
	char			*misread;
	int			 line;	/* where misread bites; 0: unknown */
};

/* What building needs: the oracle and the misreadings. */
struct question_ctx {
	struct oracle		*oracle;
	struct distract		*distract;	/* NULL: no misreadings */
	/*
	 * Only the exam's item types: every answer is picked or ordered,
	 * never typed (a gap without wrong fills to offer does not fit).
	 */
	int			 exam;
	/*
	 * The stems a choice may be asked in, as a mask of 1 << STEM_*; 0:
	 * any that fits, drawn with random().
	 */
	unsigned		 stems;
};

struct question {
	const struct bank_item	*item;
	char			*key;		/* FILE#ID, or a variant's */
	enum form		 form;
	enum stem_kind		 stem_kind;
	char			*stem;		/* the question's words */
	char			*code;		/* as shown (gap: blanked) */
	char			*src;		/* the program as it runs */
	size_t			 srclen;
	struct result		 truth;
	/* Options, in the order shown (A, B, ...); order: the lines. */
	struct question_option	*opts;
	int			 nopts;
	/*
	 * How many options an answer picks: 1 for a choice, 2 or more for
	 * a select; for order every one, in order; 0 for a typed answer.
	 */
	int			 pick;
	char			*aim;		/* gap, order: what to reach */
	char			*fill;		/* gap: the bank's or made key */
	int			*perm;		/* order: shown i is line perm[i] */
};

/*
 * A misreading an answer is evidence of: made (the learner picked its
 * option, or typed or ordered what it gives) or resisted (its option was
 * shown and not picked). Only named misreadings count (an option's
 * misread, never a concept item's why: or a generic answer), one entry
 * per label, made first if any of its options was picked. By form:
 * - choice, select, gap and error options: each shown option with a
 *   misread, made if picked, resisted if not (the error form's options
 *   are generic: none);
 * - typed output: when wrong, every misreading of the program whose run
 *   reads as the answer does (answer_typed_matches) is made, none
 *   resisted (none was shown); a right answer runs nothing;
 * - typed gap fill: when wrong, every misreading whose run gives what
 *   the learner's completion gave (answer_same) is made;
 * - order: the line that does not belong, made if used, resisted if
 *   left out; and, when wrong, every misreading whose run gives what
 *   the learner's order gave is made.
 * line: the misreading's site (a code mutant's), or the first line an
 * item's ```misread program differs at; for a line that does not belong,
 * the line it takes the place of.
 */
struct question_misread {
	char			*label;		/* its words, as options show */
	int			 made;		/* 1 made, 0 resisted */
	int			 line;		/* where it bites; 0: unknown */
};

/* How an answer was judged. */
struct question_verdict {
	double			 score;		/* credit, 0 to 1 */
	int			 right;		/* full credit */
	long			 mask;		/* the options picked */
	char			*given;		/* as recorded */
	/* Gap or order typed: the learner's own program's run. */
	struct result		 run;
	int			 ran;
	/* The misreadings this answer made or resisted, one per label. */
	struct question_misread	*misreads;
	int			 nmisreads;
};

/*
 * Build item it (known to progress as key) as a question in form f: run
 * it and whatever its options need in ctx's oracle. Never prints. 0 with
 * *q filled; 1 when the item cannot be asked in that form (too few wrong
 * options, no blank to make, not a program to order, no exception to
 * place; or at all: its program hit a limit or crashed), *q then empty;
 * -1 with *cause when the oracle failed. Uses
 * random() for shuffles and blanks: srandom() makes it reproducible.
 */
int		 question_build(const struct question_ctx *, const char *key,
		     const struct bank_item *it, enum form f,
		     struct question *q, char **cause);
/*
 * question_build in the first of forms[0..nforms-1] that fits (the
 * program runs once): 0, 1 when none fits, -1 with *cause.
 */
int		 question_build_first(const struct question_ctx *,
		     const char *key, const struct bank_item *it,
		     const enum form *forms, int nforms, struct question *q,
		     char **cause);
/*
 * The forms to try for it when none is asked for, best first, each
 * once, into order (room for FORM_COUNT): the bank's own (its form, its
 * gap, its options), then one drawn with random() in the exams'
 * proportions of item types, then the other exam types; with !exam,
 * typing the output last. Returns how many.
 */
int		 question_forms(const struct bank_item *it, int exam,
		     enum form *order);
/*
 * Is answer well formed for q ("AC" for a select two, "3 KeyError" for
 * an error line, ...)? 0, or -1 with *why the form's help.
 */
int		 question_parse(const struct question *, const char *answer,
		     char **why);
/*
 * Grade a well-formed answer: *v filled (free with
 * question_verdict_free). A gap or order answer is run: any that gives
 * the truth is right. The misreadings it made or resisted are in
 * v->misreads (see struct question_misread): a wrong typed output, typed
 * fill or order runs the item's misreadings once (ctx->distract; none
 * without it), a right one nothing. 0, or -1 with *cause when the oracle
 * failed (*v then empty).
 */
int		 question_grade(const struct question_ctx *,
		     const struct question *, const char *answer,
		     struct question_verdict *v, char **cause);
/* How to answer q, for "?": one or two sentences. */
const char	*question_help(const struct question *);
/* The right answer as typed: "B", "AC", "CADB", the output, "3 KeyError". */
char		*question_answer(const struct question *);
void		 question_verdict_free(struct question_verdict *);
/* Free what q holds and zero it; safe on a zeroed question. */
void		 question_free(struct question *);

/* The key progress knows an item of bank b by: "BANKFILE#ID". */
char		*question_item_key(const char *bankpath,
		     const struct bank_item *it);

#endif
