/*
 * term.h: the terminal's shape, and text laid out to fit it.
 *
 * The first piece of the terminal layer: what practice, the mock exam
 * and stats need to fit their lines to the screen rather than to fixed
 * widths.
 */
#ifndef SQ_TERM_H
#define SQ_TERM_H

/* The width of standard output in columns: its terminal's, or 80. */
int	 term_width(void);
/*
 * The widths for a line "... NAME [BAR] PCT (R/T)" on a screen of width
 * columns, where the name has base columns on an 80-column screen: the
 * name's (it takes what the screen has more or less, 10 to 60) and the
 * bar's (20, down to 5 on a screen under 70 columns).
 */
void	 term_bar_widths(int width, int base, int *name, int *bar);
/* "[####....]  50% (1/2)" with a bar of width cells. Caller frees. */
char	*term_bar(int right, int total, int width);

#endif
