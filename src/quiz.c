/*
 * quiz.c: show an item, read the learner's prediction, grade and explain.
 */
#include "config.h"

#include <readline/history.h>
#include <readline/readline.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "answer.h"
#include "diff.h"
#include "gap.h"
#include "option.h"
#include "probe.h"
#include "quiz.h"
#include "term.h"
#include "util.h"

struct quiz {
	struct oracle	*oracle;
	struct progress	*db;
	struct distract	*distract;
	char		*history;
	int		 tty;		/* readline on a terminal */
	int		 color;
	int		 answered;
	int		 right;
	int		 skipped;
	int		 eof;
	char		*pending;	/* piped: a line read ahead */
	int		 pending_eof;	/* piped: the read ahead met the end */
	struct buf	 in;		/* piped: bytes read, not yet a line */
	double		 deadline;	/* util_now() when time is up; 0: none */
	int		 told_next;	/* explained the next> prompt */
	int		 quit;		/* :quit after an answer */
};

/* Set by Ctrl-C; readline then gives up the line (quiz_signal_hook). */
static volatile sig_atomic_t	quiz_interrupted;
/* The readline prompt's deadline (0: none), and whether it passed. */
static double			quiz_deadline;
static int			quiz_timed_out;

/*
 * Wait until fd is readable or the deadline passes: 1 readable, 0 time
 * is up, -1 interrupted (EINTR).
 */
static int
quiz_wait(int fd, double deadline)
{
	struct pollfd	 pfd;
	double		 left;
	int		 rc;

	if (deadline == 0)
		return (1);
	for (;;) {
		left = deadline - util_now();
		if (left <= 0)
			return (0);
		pfd.fd = fd;
		pfd.events = POLLIN;
		rc = poll(&pfd, 1, left > 1000 ? 1000000 : (int)(left * 1000) + 1);
		if (rc > 0)
			return (1);
		if (rc == -1)
			return (errno == EINTR ? -1 : 1);
	}
}

static void
quiz_sigint(int sig)
{
	(void)sig;
	quiz_interrupted = 1;
}

/*
 * readline's input: a read interrupted by Ctrl-C clears the line and
 * accepts it at once, so readline returns without waiting for a key.
 */
static int
quiz_getc(FILE *f)
{
	unsigned char	 c;
	ssize_t		 n;

	for (;;) {
		if (quiz_interrupted) {
			rl_replace_line("", 0);
			return ('\n');
		}
		/* A mock exam's clock ends the answer being typed. */
		if (quiz_wait(fileno(f), quiz_deadline) == 0) {
			quiz_timed_out = 1;
			rl_replace_line("", 0);
			return ('\n');
		}
		n = read(fileno(f), &c, 1);
		if (n == 1)
			return (c);
		if (n == 0 || errno != EINTR)
			return (EOF);
	}
}

/* What Tab offers: the commands the prompt being read takes. */
static const char *quiz_answer_commands[] = {
	":hint", ":skip", ":quit", "?", NULL
};
static const char *quiz_next_commands[] = { ":trace", ":quit", NULL };
static const char *quiz_no_commands[] = { NULL };
static const char **quiz_commands = quiz_answer_commands;

#define C_BOLD	"\033[1m"
#define C_DIM	"\033[2m"
#define C_GREEN	"\033[32m"
#define C_RED	"\033[31m"
#define C_CYAN	"\033[36m"
#define C_MAGENTA "\033[35m"
#define C_OFF	"\033[0m"

const char *
quiz_c(struct quiz *q, const char *code)
{
	return (q->color ? code : "");
}

/* Tab completes the prompt's commands. */
static char *
quiz_complete_cmd(const char *text, int state)
{
	static int	 i;
	static size_t	 len;

	if (state == 0) {
		i = 0;
		len = strlen(text);
	}
	while (quiz_commands[i] != NULL) {
		if (strncmp(quiz_commands[i++], text, len) == 0)
			return (xstrdup(quiz_commands[i - 1]));
	}
	return (NULL);
}

static char **
quiz_completion(const char *text, int start, int end)
{
	(void)end;
	rl_attempted_completion_over = 1;
	if (start != 0)
		return (NULL);
	return (rl_completion_matches(text, quiz_complete_cmd));
}

struct quiz *
quiz_new(struct oracle *o, struct progress *db, struct distract *d,
    const char *history)
{
	struct quiz	*q;
	const char	*term = getenv("TERM");

	q = xcalloc(1, sizeof *q);
	q->oracle = o;
	q->db = db;
	q->distract = d;
	q->tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	q->color = q->tty && getenv("NO_COLOR") == NULL &&
	    (term == NULL || strcmp(term, "dumb") != 0);
	if (q->tty) {
		struct sigaction sa;

		rl_readline_name = "snipquiz";
		rl_attempted_completion_function = quiz_completion;
		rl_completion_append_character = '\0';
		/*
		 * Ctrl-C cancels the answer being typed, not the session:
		 * readline must not take SIGINT itself, and a read it
		 * interrupts must end the line.
		 */
		rl_catch_signals = 0;
		rl_getc_function = quiz_getc;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = quiz_sigint;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, NULL);
		if (history != NULL) {
			q->history = xstrdup(history);
			read_history(q->history);
		}
	}
	return (q);
}

void
quiz_free(struct quiz *q)
{
	if (q == NULL)
		return;
	if (q->history != NULL)
		write_history(q->history);
	if (q->tty)
		signal(SIGINT, SIG_DFL);
	free(q->history);
	free(q->pending);
	buf_free(&q->in);
	free(q);
}

void
quiz_counts(struct quiz *q, int *answered, int *right)
{
	*answered = q->answered;
	*right = q->right;
}

/* ":hint " is :hint: a command loses trailing blanks. */
static void
quiz_trim_command(char *line)
{
	size_t	 n = strlen(line);

	if (line[0] != ':' && line[0] != '?')
		return;
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
		line[--n] = '\0';
}

/*
 * Piped: the next line (without its newline) into *line, reading stdin
 * ourselves rather than through stdio so that a deadline can be kept
 * while waiting. 0, -1 at the end of input, -2 when time is up.
 */
static int
quiz_read_line(struct quiz *q, char **line)
{
	char	*nl, chunk[4096];
	ssize_t	 n;
	size_t	 len;
	int	 w;

	for (;;) {
		if (q->in.len > 0 &&
		    (nl = memchr(q->in.data, '\n', q->in.len)) != NULL) {
			len = (size_t)(nl - q->in.data);
			*line = xstrndup(q->in.data, len);
			memmove(q->in.data, nl + 1, q->in.len - len - 1);
			q->in.len -= len + 1;
			return (0);
		}
		if ((w = quiz_wait(STDIN_FILENO, q->deadline)) == 0)
			return (-2);
		if (w == -1)
			continue;
		n = read(STDIN_FILENO, chunk, sizeof chunk);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			/* A last line without a newline is still a line. */
			if (q->in.len == 0)
				return (-1);
			*line = xstrndup(q->in.data, q->in.len);
			q->in.len = 0;
			return (0);
		}
		buf_add(&q->in, chunk, (size_t)n);
	}
}

void
quiz_set_deadline(struct quiz *q, double deadline)
{
	q->deadline = deadline;
}

/* One line of input without its newline, or NULL at the end. */
char *
quiz_line(struct quiz *q, const char *prompt)
{
	char	*line = NULL;
	int	 rc;

	if (q->eof)
		return (NULL);
	if (q->deadline != 0 && util_now() >= q->deadline)
		return (xstrdup(QUIZ_TIMEUP));
	if (q->tty) {
		quiz_interrupted = 0;
		quiz_timed_out = 0;
		quiz_deadline = q->deadline;
		if (strcmp(prompt, "next> ") == 0)
			quiz_commands = quiz_next_commands;
		else if (strcmp(prompt, "answer> ") == 0 ||
		    strcmp(prompt, "   ...> ") == 0)
			quiz_commands = quiz_answer_commands;
		else
			quiz_commands = quiz_no_commands;
		line = readline(prompt);
		quiz_deadline = 0;
		if (line == NULL)
			q->eof = 1;
		else if (quiz_timed_out) {
			printf("\n");
			free(line);
			return (xstrdup(QUIZ_TIMEUP));
		} else if (quiz_interrupted) {
			printf("^C (answer cleared)\n");
			free(line);
			return (xstrdup(QUIZ_CANCEL));
		} else if (*line != '\0')
			add_history(line);
		if (line != NULL)
			quiz_trim_command(line);
		return (line);
	}
	fputs(prompt, stdout);
	fflush(stdout);
	if (q->pending != NULL) {
		line = q->pending;
		q->pending = NULL;
		rc = 0;
	} else if (q->pending_eof)
		rc = -1;
	else
		rc = quiz_read_line(q, &line);
	if (rc == -2) {
		putchar('\n');
		return (xstrdup(QUIZ_TIMEUP));
	}
	if (rc == -1) {
		q->eof = 1;
		putchar('\n');
		return (NULL);
	}
	/* Piped answers are echoed, so a transcript reads as a dialogue. */
	printf("%s\n", line);
	quiz_trim_command(line);
	return (line);
}

/*
 * Piped: is the next line of input s (trailing blanks aside)? It is read
 * ahead and kept for quiz_line either way.
 */
static int
quiz_peek_is(struct quiz *q, const char *s)
{
	size_t	 n;
	int	 rc;

	if (q->tty || q->eof || q->pending_eof)
		return (0);
	if (q->pending == NULL && (rc = quiz_read_line(q, &q->pending)) != 0) {
		q->pending = NULL;
		q->pending_eof = rc == -1;
		return (0);
	}
	n = strlen(q->pending);
	while (n > 0 && (q->pending[n - 1] == '\n' ||
	    q->pending[n - 1] == ' ' || q->pending[n - 1] == '\t'))
		n--;
	return (n == strlen(s) && strncmp(q->pending, s, n) == 0);
}

static const char *quiz_keywords[] = {
	"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield", NULL
};
static const char *quiz_builtins[] = {
	"abs", "all", "any", "bool", "chr", "dict", "enumerate", "filter",
	"float", "input", "int", "isinstance", "len", "list", "map", "max",
	"min", "next", "open", "ord", "print", "range", "repr", "reversed",
	"round", "set", "sorted", "str", "sum", "super", "tuple", "type",
	"zip", "self", NULL
};

static int
quiz_in(const char **list, const char *p, size_t n)
{
	for (; *list != NULL; list++) {
		if (strlen(*list) == n && strncmp(*list, p, n) == 0)
			return (1);
	}
	return (0);
}

/*
 * One line of Python, coloured: keywords, built-ins, strings, numbers
 * and comments. *quote carries an open triple-quoted string (its quote
 * character) from line to line.
 */
static void
quiz_highlight(const char *p, size_t len, char *quote)
{
	size_t	 i = 0, j;
	char	 c;

	while (i < len) {
		if (*quote != '\0') {
			/* Inside a triple-quoted string until its end. */
			for (j = i; j < len; j++) {
				if (j + 2 < len && p[j] == *quote &&
				    p[j + 1] == *quote && p[j + 2] == *quote) {
					j += 3;
					*quote = '\0';
					break;
				}
			}
			printf("%s%.*s%s", C_GREEN, (int)(j - i), p + i, C_OFF);
			i = j;
			continue;
		}
		c = p[i];
		if (c == '#') {
			printf("%s%.*s%s", C_DIM, (int)(len - i), p + i, C_OFF);
			return;
		}
		if (c == '"' || c == '\'') {
			if (i + 2 < len && p[i + 1] == c && p[i + 2] == c) {
				printf("%s%c%c%c", C_GREEN, c, c, c);
				*quote = c;
				i += 3;
				printf("%s", C_OFF);
				continue;
			}
			for (j = i + 1; j < len && p[j] != c; j++) {
				if (p[j] == '\\')
					j++;
			}
			j = j < len ? j + 1 : len;
			printf("%s%.*s%s", C_GREEN, (int)(j - i), p + i, C_OFF);
			i = j;
			continue;
		}
		if (c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			for (j = i; j < len && (p[j] == '_' || (p[j] >= '0' &&
			    p[j] <= '9') || ((p[j] | 0x20) >= 'a' &&
			    (p[j] | 0x20) <= 'z')); j++)
				;
			/* A string prefix (f, r, b...) belongs to the string. */
			if (j < len && (p[j] == '"' || p[j] == '\'') && j - i <= 2) {
				printf("%.*s", (int)(j - i), p + i);
				i = j;
				continue;
			}
			if (quiz_in(quiz_keywords, p + i, j - i))
				printf("%s%.*s%s", C_BOLD C_CYAN, (int)(j - i), p + i,
				    C_OFF);
			else if (quiz_in(quiz_builtins, p + i, j - i))
				printf("%s%.*s%s", C_CYAN, (int)(j - i), p + i,
				    C_OFF);
			else
				printf("%.*s", (int)(j - i), p + i);
			i = j;
			continue;
		}
		if (c >= '0' && c <= '9') {
			for (j = i; j < len && (p[j] == '.' || p[j] == '_' ||
			    (p[j] >= '0' && p[j] <= '9') || ((p[j] | 0x20) >= 'a' &&
			    (p[j] | 0x20) <= 'z')); j++)
				;
			printf("%s%.*s%s", C_MAGENTA, (int)(j - i), p + i, C_OFF);
			i = j;
			continue;
		}
		putchar(c);
		i++;
	}
}

/* Show code with line numbers, highlighted on a terminal. */
static void
quiz_show_source(struct quiz *q, const char *p)
{
	const char	*nl;
	size_t		 len;
	char		 quote = '\0';
	int		 n = 1;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		printf("%s%3d |%s ", quiz_c(q, C_DIM), n++, quiz_c(q, C_OFF));
		/* Colours on a terminal; plain text everywhere else. */
		if (q->color)
			quiz_highlight(p, len, &quote);
		else
			printf("%.*s", (int)len, p);
		printf("\n");
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

void
quiz_show_code(struct quiz *q, const struct bank_item *it)
{
	char	*src;
	size_t	 len;

	src = bank_item_source(it, &len);
	quiz_show_source(q, src);
	free(src);
}

static void
quiz_help(void)
{
	printf("Type what the program prints, line by line, and finish with an"
	    " empty line\n(a line of one space stands for an empty line). If"
	    " it raises an exception,\nmake the exception's name (e.g."
	    " ZeroDivisionError) your last line.\nCommands: :hint (what the"
	    " question is about), :skip, :quit, ? (this help).\n");
}

char *
quiz_truth_text(const struct result *r)
{
	struct buf	 b;
	char		*out;
	size_t		 len;

	out = answer_normalize(r->out, r->out_len, &len);
	buf_init(&b);
	buf_add(&b, out, len);
	free(out);
	if (r->exc_type != NULL)
		buf_addf(&b, "%s\n", r->exc_type);
	return (buf_detach(&b, NULL));
}

/* Is what the learner typed the truth? */
int
quiz_grade(const struct buf *given, const struct result *r)
{
	return (answer_typed_matches(given->data ? given->data : "",
	    given->len, r));
}

static void
quiz_explain(struct quiz *q, const struct bank_item *it, const struct buf *given,
    const struct result *r, int right)
{
	char	*truth, *mine, *d;
	size_t	 tlen, mlen;

	if (right)
		printf("%sRight.%s\n", quiz_c(q, C_GREEN C_BOLD),
		    quiz_c(q, C_OFF));
	else {
		printf("%sWrong.%s The program %s:\n", quiz_c(q, C_RED C_BOLD),
		    quiz_c(q, C_OFF), r->exc_type ? (r->out_len ?
		    "prints this, then raises" : "raises") : "prints");
		truth = quiz_truth_text(r);
		printf("%s", *truth ? truth : "(nothing)\n");
		if (r->exc_type != NULL && r->exc_msg && *r->exc_msg)
			printf("%s(%s: %s, line %d)%s\n", quiz_c(q, C_DIM),
			    r->exc_type, r->exc_msg, r->exc_line,
			    quiz_c(q, C_OFF));
		mine = answer_normalize(given->data ? given->data : "",
		    given->len, &mlen);
		tlen = strlen(truth);
		if (mlen > 0) {
			d = diff_unified(mine, mlen, truth, tlen, "your answer",
			    "the program");
			printf("%s%s%s", quiz_c(q, C_DIM), d, quiz_c(q, C_OFF));
			free(d);
		}
		free(mine);
		free(truth);
	}
	if (it->explanation != NULL)
		printf("\n%s", it->explanation);
}

/* Print an option, its later lines under its first. */
void
quiz_option(struct quiz *q, int letter, const char *text, const char *note)
{
	const char	*p = text, *nl;
	int		 first = 1;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (first)
			printf("  %s%c)%s ", quiz_c(q, C_BOLD), letter,
			    quiz_c(q, C_OFF));
		else
			printf("     ");
		printf("%.*s", (int)(nl ? nl - p : (long)strlen(p)), p);
		if (first && note != NULL)
			printf("   %s<- %s%s", quiz_c(q, C_DIM), note,
			    quiz_c(q, C_OFF));
		printf("\n");
		first = 0;
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/*
 * Read a letter for a choice. Returns the option's index, -1 at the end
 * of input or :quit, -2 for :skip.
 */
static int
quiz_read_choice(struct quiz *q, const struct bank_item *it, int n)
{
	char	*line;
	int	 c;

	for (;;) {
		if ((line = quiz_line(q, "answer> ")) == NULL)
			return (-1);
		if (strcmp(line, QUIZ_CANCEL) == 0) {
			free(line);
			continue;
		}
		if (strcmp(line, ":quit") == 0) {
			free(line);
			return (-1);
		}
		if (strcmp(line, ":skip") == 0) {
			free(line);
			return (-2);
		}
		if (strcmp(line, "?") == 0 || strcmp(line, ":help") == 0)
			printf("Answer with the letter of the right option, A to"
			    " %c.\nCommands: :hint, :skip, :quit, ?.\n",
			    'A' + n - 1);
		else if (strcmp(line, ":hint") == 0)
			printf("This is about %s%s%s.\n", it->objective ?
			    it->objective : "the code", bank_meta(it, "tags") ?
			    ": " : "", bank_meta(it, "tags") ?
			    bank_meta(it, "tags") : "");
		else if (line[0] != '\0' && line[1] == '\0' &&
		    (c = (line[0] | 0x20) - 'a') >= 0 && c < n) {
			free(line);
			return (c);
		} else if (line[0] != '\0')
			printf("Answer with a letter from A to %c.\n",
			    'A' + n - 1);
		free(line);
	}
}

/* Ask a choice question; the outcome, or -1 to ask as output instead. */
static int
quiz_choice(struct quiz *q, const struct bank_item *it, const struct result *r,
    char **given, char **cause)
{
	struct distract_option	*op;
	int			 n, i, pick, right = -1;

	if (q->distract == NULL)
		return (-1);
	if ((n = distract_options(q->distract, q->oracle, it, r, 4, &op,
	    cause)) == -1)
		return (QUIZ_ERROR);
	if (n < 2) {
		distract_options_free(op, n);
		return (-1);
	}
	printf("Which is its output?\n");
	for (i = 0; i < n; i++) {
		quiz_option(q, 'A' + i, op[i].text, NULL);
		if (op[i].correct)
			right = i;
	}
	pick = quiz_read_choice(q, it, n);
	if (pick == -1 || pick == -2) {
		distract_options_free(op, n);
		if (pick == -2)
			q->skipped++;
		return (pick == -1 ? QUIZ_QUIT : QUIZ_SKIPPED);
	}
	*given = xprintf("%c", 'A' + pick);
	if (pick == right)
		printf("%sRight.%s\n", quiz_c(q, C_GREEN C_BOLD),
		    quiz_c(q, C_OFF));
	else
		printf("%sWrong:%s the answer is %c.\n", quiz_c(q, C_RED C_BOLD),
		    quiz_c(q, C_OFF), 'A' + right);
	/* Each wrong option says which misreading gives it. */
	for (i = 0; i < n; i++)
		quiz_option(q, 'A' + i, op[i].text, op[i].correct ?
		    "what the program does" : op[i].label);
	distract_options_free(op, n);
	return (pick == right ? QUIZ_RIGHT : QUIZ_WRONG);
}

char *
quiz_item_key(const struct bank *b, const struct bank_item *it)
{
	const char	*base = strrchr(b->path, '/');

	return (xprintf("%s#%s", base ? base + 1 : b->path, it->id));
}

enum quiz_outcome
quiz_ask(struct quiz *q, const struct bank *b, const struct bank_item *it,
    enum form form, int number, int total, char **cause)
{
	enum quiz_outcome	 outcome;
	char			*key;

	key = quiz_item_key(b, it);
	outcome = quiz_ask_keyed(q, key, it, form, number, total, cause);
	free(key);
	return (outcome);
}

/*
 * Read one answer line for the line and order forms, handling the
 * commands. NULL with *outcome set for :quit, :skip or the end of input.
 */
static char *
quiz_read_one(struct quiz *q, const struct bank_item *it, const char *help,
    int *outcome)
{
	char	*line;

	for (;;) {
		if ((line = quiz_line(q, "answer> ")) == NULL) {
			*outcome = QUIZ_QUIT;
			return (NULL);
		}
		if (strcmp(line, QUIZ_CANCEL) == 0 || *line == '\0') {
			free(line);
			continue;
		}
		if (strcmp(line, ":quit") == 0 || strcmp(line, ":skip") == 0) {
			*outcome = line[1] == 'q' ? QUIZ_QUIT : QUIZ_SKIPPED;
			if (*outcome == QUIZ_SKIPPED)
				q->skipped++;
			free(line);
			return (NULL);
		}
		if (strcmp(line, "?") == 0 || strcmp(line, ":help") == 0)
			printf("%s\nCommands: :hint, :skip, :quit, ?.\n", help);
		else if (strcmp(line, ":hint") == 0)
			printf("This is about %s%s%s.\n", it->objective ?
			    it->objective : "the code", bank_meta(it, "tags") ?
			    ": " : "", bank_meta(it, "tags") ?
			    bank_meta(it, "tags") : "");
		else
			return (line);
		free(line);
	}
}

/*
 * "Which line raises?": for code that stops with an exception, the
 * learner names the line and the exception. -1 when the code does not
 * raise (ask another way).
 */
static int
quiz_which_line(struct quiz *q, const struct bank_item *it,
    const struct result *r, char **given)
{
	static const char	*help = "Answer with the line number and the"
	    " exception's name, e.g. 3 KeyError.";
	char			*line, *type = NULL, *p;
	long			 n = 0;
	int			 outcome, right;

	if (r->exc_type == NULL || r->exc_line <= 0)
		return (-1);
	printf("It stops with an exception. Which line raises it, and which"
	    " exception is it?\n(e.g. 3 KeyError)\n");
	for (;;) {
		if ((line = quiz_read_one(q, it, help, &outcome)) == NULL)
			return (outcome);
		/* "3 KeyError" or "KeyError 3" (or "KeyError on line 3"). */
		type = NULL;
		n = 0;
		for (p = strtok(line, " \t,:"); p != NULL;
		    p = strtok(NULL, " \t,:")) {
			if (strspn(p, "0123456789") == strlen(p))
				n = atol(p);
			else if (strcmp(p, "on") != 0 && strcmp(p, "line") != 0 &&
			    type == NULL)
				type = p;
		}
		if (n > 0 && type != NULL)
			break;
		printf("%s\n", help);
		free(line);
	}
	*given = xprintf("%ld %s", n, type);
	right = n == r->exc_line && answer_error_matches(type, NULL,
	    r->exc_type, r->exc_msg);
	free(line);
	if (right)
		printf("%sRight.%s\n", quiz_c(q, C_GREEN C_BOLD),
		    quiz_c(q, C_OFF));
	else
		printf("%sWrong.%s\n", quiz_c(q, C_RED C_BOLD), quiz_c(q, C_OFF));
	printf("Line %d raises %s%s%s.\n", r->exc_line, r->exc_type,
	    r->exc_msg && *r->exc_msg ? ": " : "", r->exc_msg ? r->exc_msg : "");
	return (right ? QUIZ_RIGHT : QUIZ_WRONG);
}

/* Run code as the item's program would run (its stdin, its limits). */
static int
quiz_run_code(struct quiz *q, const struct bank_item *it, const char *code,
    size_t len, struct result *r, char **cause)
{
	struct oracle_req	 req;

	memset(&req, 0, sizeof req);
	req.source = code;
	req.source_len = len;
	req.filename = "main.py";
	if (it->input != NULL) {
		req.stdin_data = it->input->text;
		req.stdin_len = it->input->len;
	}
	req.limits.timeout = it->timeout;
	return (oracle_run(q->oracle, &req, r, cause));
}

/*
 * Does a program suit ordering: 3 to 8 lines, none indented, blank, a
 * comment or opening a block, and it prints without raising?
 */
static int
quiz_order_fits(const struct bank_item *it, const struct result *r)
{
	const char	*p = it->code->text, *nl;
	size_t		 len;
	int		 n = 0;

	if (r->exc_type != NULL || r->out_len == 0)
		return (0);
	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len == 0 || *p == ' ' || *p == '\t' || *p == '#' ||
		    p[len - 1] == ':' || ++n > 8)
			return (0);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	return (n >= 3);
}

/*
 * Ordering: the lines of a short program, shuffled; the learner gives an
 * order, which is run: any order that prints the same output is right.
 * -1 when the program does not suit (too short or long, indented, no
 * output, or it raises).
 */
static int
quiz_order(struct quiz *q, const struct bank_item *it, const struct result *r,
    char **given, char **cause)
{
	static const char	*help = "Answer with the letters in the order"
	    " the lines should run, e.g. CADB.";
	struct result		 rr;
	struct buf		 code;
	char			*text, *lines[8], *line, *p, *out;
	int			 n = 0, perm[8], used[8], i, j, k, t, right;
	int			 outcome, same = 1;
	size_t			 olen;

	if (!quiz_order_fits(it, r))
		return (-1);
	text = xstrdup(it->code->text);
	for (p = strtok(text, "\n"); p != NULL; p = strtok(NULL, "\n"))
		lines[n++] = p;
	/* A shuffle that is not the program's own order. */
	for (t = 0; t < 10 && same; t++) {
		for (i = 0; i < n; i++)
			perm[i] = i;
		for (i = n - 1; i > 0; i--) {
			j = (int)(random() % (i + 1));
			k = perm[i];
			perm[i] = perm[j];
			perm[j] = k;
		}
		for (same = 1, i = 0; i < n; i++)
			same &= perm[i] == i;
	}
	out = answer_normalize(r->out, r->out_len, &olen);
	printf("Put its lines in an order that prints:\n%s", out);
	free(out);
	for (i = 0; i < n; i++)
		printf("  %s%c)%s %s\n", quiz_c(q, C_BOLD), 'A' + i,
		    quiz_c(q, C_OFF), lines[perm[i]]);
	for (;;) {
		if ((line = quiz_read_one(q, it, help, &outcome)) == NULL) {
			free(text);
			return (outcome);
		}
		memset(used, 0, sizeof used);
		buf_init(&code);
		for (k = 0, p = line; *p != '\0'; p++) {
			if (*p == ' ' || *p == ',')
				continue;
			i = (*p | 0x20) - 'a';
			if (i < 0 || i >= n || used[i] || k == n) {
				k = -1;
				break;
			}
			used[i] = 1;
			buf_adds(&code, lines[perm[i]]);
			buf_addc(&code, '\n');
			k++;
		}
		if (k == n)
			break;
		buf_free(&code);
		printf("%s\n", help);
		free(line);
	}
	/* The learner's order runs: its output decides. */
	if (quiz_run_code(q, it, code.data, code.len, &rr, cause) == -1) {
		buf_free(&code);
		free(line);
		free(text);
		return (QUIZ_ERROR);
	}
	right = rr.exc_type == NULL && rr.verdict == VERDICT_OK &&
	    answer_output_matches(r->out, r->out_len, rr.out, rr.out_len);
	*given = xstrdup(line);
	if (right)
		printf("%sRight.%s\n", quiz_c(q, C_GREEN C_BOLD),
		    quiz_c(q, C_OFF));
	else {
		out = distract_render(&rr);
		printf("%sWrong.%s In that order it prints:\n%s",
		    quiz_c(q, C_RED C_BOLD), quiz_c(q, C_OFF), out);
		free(out);
		printf("The program's order:");
		for (i = 0; i < n; i++) {
			for (j = 0; j < n; j++) {
				if (perm[j] == i)
					printf(" %c", 'A' + j);
			}
		}
		printf("\n");
	}
	result_free(&rr);
	buf_free(&code);
	free(line);
	free(text);
	return (right ? QUIZ_RIGHT : QUIZ_WRONG);
}

/*
 * Gap: the code with a blank (the bank's, or one made here) and the
 * result it must give; the learner's completion is run, and any that
 * gives the same result is right. -1 when no blank can be made.
 */
static int
quiz_gap(struct quiz *q, const struct bank_item *it, const struct result *r,
    const char *src, size_t srclen, char **given, char **cause)
{
	static const char	*help = "Type what goes in place of ___ (one"
	    " line). Any answer that makes\nthe program give this result"
	    " counts.";
	struct result		 rr;
	char			*blanked, *key, *line, *full, *truth, *mine;
	size_t			 len;
	int			 outcome, right;

	if (it->fill != NULL) {
		blanked = xstrndup(it->code->text, it->code->len);
		len = strcspn(it->fill->text, "\n");
		key = xstrndup(it->fill->text, len);
	} else if (gap_make(src, srclen, &blanked, &key) == -1)
		return (-1);
	truth = quiz_truth_text(r);
	if (r->exc_type != NULL)
		printf("Fill in the blank (___) so that the program %s:\n%s",
		    r->out_len ? "prints this, then raises the exception named"
		    " last" : "raises", truth);
	else
		printf("Fill in the blank (___) so that the program prints:\n%s",
		    *truth ? truth : "(nothing)\n");
	quiz_show_source(q, blanked);
	if ((line = quiz_read_one(q, it, help, &outcome)) == NULL) {
		free(truth);
		free(blanked);
		free(key);
		return (outcome);
	}
	full = gap_fill(blanked, strlen(blanked), line, strlen(line), &len);
	if (quiz_run_code(q, it, full, len, &rr, cause) == -1) {
		free(full);
		free(line);
		free(truth);
		free(blanked);
		free(key);
		return (QUIZ_ERROR);
	}
	/* The completion's own run decides, not a comparison with the key. */
	right = (rr.verdict == VERDICT_OK || rr.verdict == VERDICT_RAISED) &&
	    answer_output_matches(r->out, r->out_len, rr.out, rr.out_len) &&
	    (r->exc_type == NULL ? rr.exc_type == NULL : rr.exc_type != NULL &&
	    strcmp(r->exc_type, rr.exc_type) == 0);
	if (right) {
		printf("%sRight.%s\n", quiz_c(q, C_GREEN C_BOLD),
		    quiz_c(q, C_OFF));
		if (strcmp(line, key) != 0)
			printf("The bank's answer is %s; yours gives the same"
			    " result.\n", key);
	} else {
		mine = rr.verdict == VERDICT_OK || rr.verdict == VERDICT_RAISED ?
		    distract_render(&rr) : result_describe(&rr);
		printf("%sWrong.%s With %s it %s:\n%s%s", quiz_c(q,
		    C_RED C_BOLD), quiz_c(q, C_OFF), line,
		    rr.verdict == VERDICT_OK || rr.verdict == VERDICT_RAISED ?
		    "gives" : "stops", *mine ? mine : "(nothing)",
		    *mine && mine[strlen(mine) - 1] != '\n' ? "\n" : "");
		free(mine);
		printf("The answer: %s\n", key);
	}
	*given = line;
	result_free(&rr);
	free(full);
	free(truth);
	free(blanked);
	free(key);
	return (right ? QUIZ_RIGHT : QUIZ_WRONG);
}

/*
 * Read the letters of a selection ("AC", "a c", "A,C"): a bit mask of
 * exactly want options out of n. -1 at the end of input or :quit, -2
 * for :skip.
 */
static long
quiz_read_letters(struct quiz *q, const struct bank_item *it, int n, int want)
{
	char	*line, *help, *p;
	long	 mask;
	int	 c, count, outcome;

	help = want == 1 ? xprintf("Answer with the letter of the right"
	    " option, A to %c.", 'A' + n - 1) : xprintf("Answer with the %d"
	    " letters of the right options, e.g. AC.", want);
	for (;;) {
		if ((line = quiz_read_one(q, it, help, &outcome)) == NULL) {
			free(help);
			return (outcome == QUIZ_QUIT ? -1 : -2);
		}
		for (mask = 0, count = 0, p = line; *p != '\0'; p++) {
			if (*p == ' ' || *p == ',')
				continue;
			c = (*p | 0x20) - 'a';
			if (c < 0 || c >= n || (mask & (1L << c))) {
				count = -1;
				break;
			}
			mask |= 1L << c;
			count++;
		}
		free(line);
		if (count == want) {
			free(help);
			return (mask);
		}
		printf("%s\n", help);
	}
}

/* The letters of the options in mask ("AC"); out holds 8 bytes. */
static void
quiz_mask_letters(long mask, int n, char *out)
{
	int	 i, k = 0;

	for (i = 0; i < n && k < 7; i++) {
		if (mask & (1L << i))
			out[k++] = (char)('A' + i);
	}
	out[k] = '\0';
}

/* Say whether a selection of options is right, naming the right ones. */
static void
quiz_say_selection(struct quiz *q, long mask, long truth, int n)
{
	char	 letters[8];

	quiz_mask_letters(truth, n, letters);
	if (mask == truth)
		printf("%sRight.%s\n", quiz_c(q, C_GREEN C_BOLD),
		    quiz_c(q, C_OFF));
	else
		printf("%sWrong:%s the answer is %s.\n", quiz_c(q,
		    C_RED C_BOLD), quiz_c(q, C_OFF), letters);
}

/*
 * The bank's own options, shuffled; right ones are the oracle's (check
 * compares them with the author's marks). One right: a choice; more: a
 * "select N" question. -1 when none is right (ask another way).
 */
static int
quiz_bank_options(struct quiz *q, const struct bank_item *it,
    const struct result *r, char **given, char **cause)
{
	int	 right[6], order[6], i, j, k, n = (int)it->nopts, want = 0;
	long	 mask, truth = 0;
	char	 letters[8];

	if (option_judge(q->oracle, it, r, right, cause) == -1)
		return (QUIZ_ERROR);
	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = n - 1; i > 0; i--) {
		j = (int)(random() % (i + 1));
		k = order[i];
		order[i] = order[j];
		order[j] = k;
	}
	for (i = 0; i < n; i++) {
		if (right[order[i]] == 1) {
			truth |= 1L << i;
			want++;
		}
	}
	if (want == 0)
		return (-1);
	if (want > 1)
		printf("Select %d answers.\n", want);
	for (i = 0; i < n; i++)
		quiz_option(q, 'A' + i, it->opts[order[i]].text, NULL);
	if ((mask = quiz_read_letters(q, it, n, want)) < 0) {
		if (mask == -2)
			q->skipped++;
		return (mask == -1 ? QUIZ_QUIT : QUIZ_SKIPPED);
	}
	quiz_say_selection(q, mask, truth, n);
	for (i = 0; i < n; i++)
		quiz_option(q, 'A' + i, it->opts[order[i]].text,
		    right[order[i]] == 1 ? (it->opts_eval ? "true" :
		    "what the program gives") : it->opts_eval ?
		    (right[order[i]] == -1 ? "raises an exception" : "false") :
		    "not what it gives");
	quiz_mask_letters(mask, n, letters);
	*given = xstrdup(letters);
	return (mask == truth ? QUIZ_RIGHT : QUIZ_WRONG);
}

/*
 * "Select two answers" about what the program does: statements from
 * distract_statements, two true, the false ones each what a misreading
 * would do. -1 when too few false statements could be found.
 */
static int
quiz_select(struct quiz *q, const struct bank_item *it, const struct result *r,
    char **given, char **cause)
{
	struct distract_option	*op;
	char			 letters[8];
	long			 mask, truth = 0;
	int			 n, i;

	if (q->distract == NULL)
		return (-1);
	if ((n = distract_statements(q->distract, q->oracle, it, r, &op,
	    cause)) == -1)
		return (QUIZ_ERROR);
	if (n == 0)
		return (-1);
	printf("Which two are true when it runs? (Select two answers)\n");
	for (i = 0; i < n; i++) {
		quiz_option(q, 'A' + i, op[i].text, NULL);
		if (op[i].correct)
			truth |= 1L << i;
	}
	if ((mask = quiz_read_letters(q, it, n, 2)) < 0) {
		distract_options_free(op, n);
		if (mask == -2)
			q->skipped++;
		return (mask == -1 ? QUIZ_QUIT : QUIZ_SKIPPED);
	}
	quiz_say_selection(q, mask, truth, n);
	/* A false statement is what its misreading makes the program do. */
	for (i = 0; i < n; i++)
		quiz_option(q, 'A' + i, op[i].text, op[i].correct ? "true" :
		    op[i].label);
	quiz_mask_letters(mask, n, letters);
	*given = xstrdup(letters);
	distract_options_free(op, n);
	return (mask == truth ? QUIZ_RIGHT : QUIZ_WRONG);
}

/* The source line numbered line (1-based) of code, without indentation. */
static void
quiz_source_line(const char *code, int line, const char **p, int *len)
{
	const char	*s = code, *nl;

	while (--line > 0 && (nl = strchr(s, '\n')) != NULL)
		s = nl + 1;
	while (*s == ' ' || *s == '\t')
		s++;
	*p = s;
	*len = (int)strcspn(s, "\n");
}

/* Print what a step printed, each line marked. */
static void
quiz_trace_output(struct quiz *q, int indent, const char *out)
{
	const char	*p = out;
	int		 len;

	while (*p != '\0') {
		len = (int)strcspn(p, "\n");
		printf("%*s      %sprints%s %.*s\n", indent, "", quiz_c(q,
		    C_GREEN), quiz_c(q, C_OFF), len, p);
		p += len;
		if (*p == '\n')
			p++;
	}
}


/*
 * :trace: the program run again inside the oracle under a tracer, shown
 * a line at a time with what each line changed and printed. On a
 * terminal Enter shows the next step, c the rest, q stops; piped, every
 * step is printed.
 */
static void
quiz_trace(struct quiz *q, const struct bank_item *it, const char *src,
    size_t srclen)
{
	struct probe_input	 in;
	struct probe_trace	 t;
	struct probe_step	*st;
	const char		*code;
	char			*cause = NULL, *line, *text, *fit;
	size_t			 i;
	int			 len, indent, stepping = q->tty, width, codew;
	int			 used;

	memset(&in, 0, sizeof in);
	in.source = src;
	in.source_len = srclen;
	if (it->input != NULL) {
		in.stdin_data = it->input->text;
		in.stdin_len = it->input->len;
	}
	in.timeout = it->timeout;
	if (probe_trace(q->oracle, &in, &t, &cause) == -1) {
		printf("It cannot be traced: %s.\n", cause);
		free(cause);
		return;
	}
	printf("Step by step (%zu step%s)%s:\n", t.nsteps, t.nsteps == 1 ?
	    "" : "s", stepping ?
	    "; Enter: next, c: the rest, q: stop" : "");
	/*
	 * Every step on one line of the screen: what does not fit is cut,
	 * and the cut shows (an ellipsis).
	 */
	width = q->tty ? term_width() : 80;
	for (i = 0; i < t.nsteps; i++) {
		st = &t.steps[i];
		indent = 2 * st->depth;
		if (st->kind == PROBE_CALL || st->kind == PROBE_RETURN) {
			text = xprintf(st->kind == PROBE_CALL ? "-> %s(%s)" :
			    "<- %s returns %s", st->func, st->changes);
			fit = util_clip(text, width - indent);
			printf("%*s%s%s%s\n", indent, "", quiz_c(q, C_DIM), fit,
			    quiz_c(q, C_OFF));
			free(text);
			free(fit);
		} else {
			quiz_source_line(src, st->line, &code, &len);
			codew = *st->changes ? 30 - indent > 12 ? 30 - indent :
			    12 : 0;
			text = xprintf("%.*s", len, code);
			fit = util_clip(text, width - indent - 6 - 1);
			printf("%*s%3d | %-*s", indent, "", st->line, codew, fit);
			free(text);
			used = indent + 6 + (codew > len ? codew : len) + 2;
			free(fit);
			if (*st->changes) {
				fit = util_clip(st->changes, width - used > 10 ?
				    width - used : 10);
				printf("  %s%s%s", quiz_c(q, C_CYAN), fit,
				    quiz_c(q, C_OFF));
				free(fit);
			}
			printf("\n");
		}
		quiz_trace_output(q, indent, st->out);
		if (stepping && st->kind == PROBE_LINE && i + 1 < t.nsteps) {
			if ((line = quiz_line(q, "")) == NULL)
				break;
			if (strcmp(line, "c") == 0)
				stepping = 0;
			else if (strcmp(line, "q") == 0) {
				free(line);
				break;
			}
			free(line);
		}
	}
	if (i == t.nsteps) {
		if (t.truncated)
			printf("(traced the first %d steps; the rest ran"
			    " untraced)\n", PROBE_MAX_STEPS);
		quiz_trace_output(q, 0, t.rest);
		if (t.exc != NULL)
			printf("%sline %d raises%s %s\n", quiz_c(q, C_RED),
			    t.exc_line, quiz_c(q, C_OFF), t.exc);
	}
	probe_trace_free(&t);
}

/*
 * After an answer: on a terminal, wait for Enter (or :trace, :quit);
 * piped, a ":trace" line right after the answer is taken, anything else
 * is left for the next question. 1 when the learner quits.
 */
static int
quiz_after(struct quiz *q, const struct bank_item *it, const char *src,
    size_t srclen)
{
	char	*line;

	for (;;) {
		if (q->tty) {
			if (!q->told_next) {
				printf("%s(Enter: next question; :trace steps"
				    " through the program)%s\n", quiz_c(q, C_DIM),
				    quiz_c(q, C_OFF));
				q->told_next = 1;
			}
			line = quiz_line(q, "next> ");
		} else {
			if (!quiz_peek_is(q, ":trace"))
				return (0);
			line = quiz_line(q, "next> ");
		}
		if (line == NULL)
			return (1);
		if (strcmp(line, ":quit") == 0) {
			free(line);
			return (1);
		}
		if (strcmp(line, ":trace") == 0)
			quiz_trace(q, it, src, srclen);
		else if (*line != '\0' && strcmp(line, QUIZ_CANCEL) != 0)
			printf("Enter goes on; :trace steps through the"
			    " program; :quit ends.\n");
		else {
			free(line);
			return (0);
		}
		free(line);
		if (!q->tty)
			return (0);
	}
}

enum quiz_outcome
quiz_ask_keyed(struct quiz *q, const char *item, const struct bank_item *it,
    enum form form, int number, int total, char **cause)
{
	struct progress_answer	 pa;
	struct result		 r;
	struct fsrs_card	 card;
	struct buf		 given;
	enum quiz_outcome	 outcome;
	const char		*formname = "output", *ask;
	char			*line, *letter = NULL, *ignore = NULL, *src;
	size_t			 srclen;
	int			 right, first = 1, choice, leech = 0, shown = 0;

	if (q->quit)
		return (QUIZ_QUIT);
	src = bank_item_source(it, &srclen);
	if (quiz_run_code(q, it, src, srclen, &r, cause) == -1) {
		free(src);
		return (QUIZ_ERROR);
	}

	/* An item answered wrong again and again is flagged as such. */
	if (q->db != NULL && progress_card(q->db, item, &card, &ignore) == 0 &&
	    card.lapses >= QUIZ_LEECH)
		leech = 1;
	free(ignore);
	printf("\n%sQuestion %d of %d%s  %s%s%s%s\n", quiz_c(q, C_BOLD), number,
	    total, quiz_c(q, C_OFF), quiz_c(q, C_DIM),
	    it->objective ? it->objective : "", leech ?
	    "  (one you keep getting wrong)" : "", quiz_c(q, C_OFF));
	if (form == FORM_ORDER && !quiz_order_fits(it, &r))
		form = FORM_OUTPUT;
	/* A bank's own options are asked whenever options are. */
	if (form == FORM_SELECT && it->nopts > 0)
		form = FORM_CHOICE;
	/* Ordering and gaps show the program their own way. */
	if (form != FORM_ORDER && (form != FORM_GAP || it->fill != NULL)) {
		ask = it->prompt ? it->prompt : it->opts_eval &&
		    form == FORM_CHOICE ? "After this program runs:" :
		    form == FORM_GAP ? "Complete the program." :
		    form == FORM_SELECT ? "Read this program." :
		    "What does this program print?";
		/* The bank's prose ends its own paragraph. */
		printf("%s%s", ask, ask[strlen(ask) - 1] == '\n' ? "" : "\n");
	}
	if (form != FORM_ORDER && form != FORM_GAP) {
		quiz_show_code(q, it);
		shown = 1;
	}
	if (it->input != NULL)
		printf("The user types:\n%s", it->input->text);

	buf_init(&given);
	if (form != FORM_OUTPUT) {
		/* Each form answers -1 when it does not fit: ask the output. */
		choice = form == FORM_ERROR ? quiz_which_line(q, it, &r, &letter) :
		    form == FORM_ORDER ? quiz_order(q, it, &r, &letter, cause) :
		    form == FORM_GAP ? quiz_gap(q, it, &r, src, srclen, &letter,
		    cause) : it->nopts > 0 ? quiz_bank_options(q, it, &r, &letter,
		    cause) : form == FORM_SELECT ? quiz_select(q, it, &r,
		    &letter, cause) : quiz_choice(q, it, &r, &letter, cause);
		/* Too few misreadings to select from: one to choose, then. */
		if (choice == -1 && form == FORM_SELECT) {
			choice = quiz_choice(q, it, &r, &letter, cause);
			if (choice != -1)
				form = FORM_CHOICE;
		}
		if (choice == QUIZ_ERROR || choice == QUIZ_QUIT ||
		    choice == QUIZ_SKIPPED) {
			outcome = choice;
			goto out;
		}
		if (choice != -1) {
			right = choice == QUIZ_RIGHT;
			q->answered++;
			q->right += right;
			if (it->explanation != NULL)
				printf("\n%s", it->explanation);
			buf_adds(&given, letter);
			free(letter);
			/* A bank's options with several right ones: select. */
			if (form == FORM_CHOICE && given.len > 1)
				form = FORM_SELECT;
			formname = form_name(form);
			outcome = right ? QUIZ_RIGHT : QUIZ_WRONG;
			goto record;
		}
		if (!shown) {
			printf("What does this program print?\n");
			quiz_show_code(q, it);
		} else if (form == FORM_SELECT)
			printf("What does it print?\n");
	}

	for (;;) {
		line = quiz_line(q, first ? "answer> " : "   ...> ");
		if (line == NULL) {
			/* Ctrl-D on a terminal ends the session. */
			if (first || q->tty) {
				outcome = QUIZ_QUIT;
				goto out;
			}
			break;
		}
		if (strcmp(line, QUIZ_CANCEL) == 0) {
			free(line);
			buf_free(&given);
			first = 1;
			continue;
		}
		if (first && (strcmp(line, "?") == 0 ||
		    strcmp(line, ":help") == 0)) {
			quiz_help();
			free(line);
			continue;
		}
		if (first && strcmp(line, ":quit") == 0) {
			free(line);
			outcome = QUIZ_QUIT;
			goto out;
		}
		if (first && strcmp(line, ":skip") == 0) {
			free(line);
			q->skipped++;
			outcome = QUIZ_SKIPPED;
			goto out;
		}
		if (first && strcmp(line, ":hint") == 0) {
			printf("This is about %s%s%s.\n", it->objective ?
			    it->objective : "the code", bank_meta(it, "tags") ?
			    ": " : "", bank_meta(it, "tags") ?
			    bank_meta(it, "tags") : "");
			free(line);
			continue;
		}
		if (first && line[0] == ':') {
			printf("Unknown command %s: ? lists them.\n", line);
			free(line);
			continue;
		}
		if (*line == '\0') {
			free(line);
			if (first)
				continue;	/* nothing typed yet */
			break;
		}
		first = 0;
		buf_adds(&given, strcmp(line, " ") == 0 ? "" : line);
		buf_addc(&given, '\n');
		free(line);
	}

	right = quiz_grade(&given, &r);
	q->answered++;
	q->right += right;
	quiz_explain(q, it, &given, &r, right);
	outcome = right ? QUIZ_RIGHT : QUIZ_WRONG;
record:
	if (q->db != NULL) {
		memset(&pa, 0, sizeof pa);
		pa.item = item;
		pa.objective = it->objective;
		pa.form = formname;
		pa.correct = right;
		pa.given = given.data ? given.data : "";
		if (progress_record(q->db, &pa, time(NULL) / 86400.0,
		    cause) == -1) {
			outcome = QUIZ_ERROR;
			goto out;
		}
	}
	fflush(stdout);
	if (quiz_after(q, it, src, srclen))
		q->quit = 1;
out:
	buf_free(&given);
	result_free(&r);
	free(src);
	fflush(stdout);
	return (outcome);
}

void
quiz_summary(struct quiz *q)
{
	printf("\n%d answered, %d right", q->answered, q->right);
	if (q->answered > 0)
		printf(" (%d%%)", q->right * 100 / q->answered);
	if (q->skipped > 0)
		printf(", %d skipped", q->skipped);
	printf("\n");
	fflush(stdout);
}
