/*
 * form.h: the ways a question can be asked, and their names.
 *
 * One enum for the bank's `form:` key, practice's --form and the form
 * an answer is recorded under; the names are the ones banks and the
 * command line use.
 */
#ifndef SQ_FORM_H
#define SQ_FORM_H

enum form {
	FORM_OUTPUT,	/* type the exact output */
	FORM_CHOICE,	/* one of four options, A-D */
	FORM_SELECT,	/* select the right options (two or more) */
	FORM_GAP,	/* fill in the blank */
	FORM_ORDER,	/* put the shuffled lines in order */
	FORM_ERROR	/* which line raises, and what */
};
#define FORM_COUNT	(FORM_ERROR + 1)

/* The form's name: "output", "choice", ... Never fails. */
const char	*form_name(enum form);
/* The form named name: 0 with *f set, or -1 when there is none. */
int		 form_parse(const char *name, enum form *f);
/* Every name, for messages: "output, choice, select, gap, order, error". */
const char	*form_list(void);

#endif
