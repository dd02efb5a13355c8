/*
 * term.h: the terminal: reading answers (readline on a terminal, our own
 * reader on a pipe), a deadline that ends a line being typed, Ctrl-C
 * that clears it, colours, commands, and the screen's shape.
 *
 * Piped answers are echoed after their prompt, so a transcript of a
 * session reads as the dialogue it was.
 */
#ifndef SQ_TERM_H
#define SQ_TERM_H

#include "util.h"

struct term;

/* What term_read gives. */
enum term_input {
	TERM_LINE,	/* a line, in *line */
	TERM_EOF,	/* the end of input (Ctrl-D) */
	TERM_CANCEL,	/* Ctrl-C: the line was cleared */
	TERM_TIMEUP	/* the deadline passed, before or while typing */
};

/* The commands a prompt may take (term_command). */
enum term_cmd {
	TERM_CMD_NONE,		/* not a command: an answer */
	TERM_CMD_HELP,		/* ? or :help */
	TERM_CMD_HINT,
	TERM_CMD_SKIP,
	TERM_CMD_QUIT,
	TERM_CMD_TRACE,
	TERM_CMD_UNKNOWN	/* another :word */
};

#define TERM_BOLD	"\033[1m"
#define TERM_DIM	"\033[2m"
#define TERM_GREEN	"\033[32m"
#define TERM_RED	"\033[31m"
#define TERM_CYAN	"\033[36m"
#define TERM_MAGENTA	"\033[35m"
#define TERM_OFF	"\033[0m"

/* When to colour (--color=WHEN). */
enum term_when {
	TERM_AUTO,	/* on a terminal, unless NO_COLOR or TERM=dumb */
	TERM_ALWAYS,
	TERM_NEVER
};

/* Set --color's WHEN from "auto", "always" or "never". 0/-1. */
int		 term_set_color(const char *when);
/*
 * Is output to fd to be coloured? --color=always or never decides; auto
 * (the default): fd is a terminal, TERM is not dumb, and NO_COLOR is
 * unset or empty (no-color.org).
 */
int		 term_color(int fd);
/*
 * The terminal at stdin/stdout: readline and Ctrl-C handling when both
 * are terminals; colours then as term_color(STDOUT_FILENO) says (and on
 * a pipe too with --color=always); history is readline's history file,
 * or NULL.
 */
struct term	*term_open(const char *history);
/*
 * The readline history's file: $XDG_STATE_HOME/snipquiz/history (or
 * ~/.local/state/...). Caller frees.
 */
char		*term_history_path(void);
/*
 * The history used to lie beside the progress database dbpath: when
 * there is none at hist yet, move that one there (best effort: the
 * history is a convenience, a move that fails leaves the old file).
 */
void		 term_history_adopt(const char *hist, const char *dbpath);
/*
 * Save the history (making its folders, 0700, when missing; a history
 * that cannot be written is let go), restore SIGINT; NULL is a no-op.
 */
void		 term_close(struct term *);
/* Is it a terminal (not a pipe)? */
int		 term_tty(const struct term *);
/* code (a TERM_ colour), or "" without colours. */
const char	*term_c(const struct term *, const char *code);
/*
 * From now on term_read gives TERM_TIMEUP once util_now() reaches
 * deadline (0: none), even in the middle of a line.
 */
void		 term_set_deadline(struct term *, double deadline);
/*
 * On a terminal with a deadline, show the time left before the prompt
 * and count it down live, second by second.
 */
void		 term_set_countdown(struct term *, int on);
/*
 * On a terminal, send stdout through $PAGER (less -FRX by default: it
 * leaves at once when all fits on a screen) until term_pager_end; on a
 * pipe, or with PAGER empty or cat, nothing.
 */
void		 term_pager_start(struct term *);
void		 term_pager_end(struct term *);
/*
 * Read a line after prompt; Tab completes the commands in complete (a
 * NULL-terminated list, or NULL). TERM_LINE with *line (caller frees;
 * a command loses trailing blanks), or what ended the reading.
 */
enum term_input	 term_read(struct term *, const char *prompt,
		     const char *const *complete, char **line);
/*
 * Piped: is the next line s (trailing blanks aside)? It is read ahead
 * and kept for term_read. Always 0 on a terminal.
 */
int		 term_peek_is(struct term *, const char *s);
/* Which command line is: :hint, :skip, :quit, :trace, ? or :help. */
enum term_cmd	 term_command(const char *line);

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
