/*
 * term.c: the terminal: reading lines with a deadline and Ctrl-C, on a
 * terminal or a pipe; colours; commands; the screen's shape.
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
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "term.h"
#include "util.h"

struct term {
	char		*history;
	int		 tty;		/* readline on a terminal */
	int		 color;
	int		 eof;
	char		*pending;	/* piped: a line read ahead */
	int		 pending_eof;	/* piped: the read ahead met the end */
	struct buf	 in;		/* piped: bytes read, not yet a line */
	double		 deadline;	/* util_now() when time is up; 0: none */
	int		 countdown;	/* show the time left in the prompt */
	pid_t		 pager;		/* a pager reading our stdout, or 0 */
	int		 saved_out;	/* stdout before the pager */
};

/* Set by Ctrl-C; readline then gives up the line (term_getc). */
static volatile sig_atomic_t	term_interrupted;
/* The readline prompt's deadline (0: none), and whether it passed. */
static double			term_deadline;
static int			term_timed_out;
/* What Tab offers at the prompt being read. */
static const char *const	*term_complete;
/* A countdown prompt: its text after the clock, and whether it runs. */
static const char		*term_prompt;
static int			 term_counting;
/* --color's WHEN. */
static enum term_when		 term_when = TERM_AUTO;

/*
 * Wait until fd is readable or the deadline passes: 1 readable, 0 time
 * is up, -1 interrupted (EINTR).
 */
static int
term_wait(int fd, double deadline)
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
term_sigint(int sig)
{
	(void)sig;
	term_interrupted = 1;
}

/* The countdown prompt: "[12:34 left] exam> ", redrawn in place. */
static char *
term_clock_prompt(void)
{
	double	 left = term_deadline - util_now();
	int	 secs = left > 0 ? (int)left : 0;

	return (xprintf("[%d:%02d left] %s", secs / 60, secs % 60,
	    term_prompt));
}

static void
term_show_clock(void)
{
	char	*p = term_clock_prompt();

	rl_set_prompt(p);
	rl_redisplay();
	free(p);
}

/*
 * readline's input: a read interrupted by Ctrl-C clears the line and
 * accepts it at once, so readline returns without waiting for a key.
 */
static int
term_getc(FILE *f)
{
	unsigned char	 c;
	ssize_t		 n;

	for (;;) {
		if (term_interrupted) {
			rl_replace_line("", 0);
			return ('\n');
		}
		/* A mock exam's clock ends the answer being typed. */
		if (term_counting) {
			/* Wake each second to show the time left. */
			double	 next = util_now() + 1;

			if (next > term_deadline)
				next = term_deadline;
			if (term_wait(fileno(f), next) == 0) {
				if (util_now() >= term_deadline) {
					term_timed_out = 1;
					rl_replace_line("", 0);
					return ('\n');
				}
				term_show_clock();
				continue;
			}
		} else if (term_wait(fileno(f), term_deadline) == 0) {
			term_timed_out = 1;
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

/* Tab completes the prompt's commands. */
static char *
term_complete_cmd(const char *text, int state)
{
	static int	 i;
	static size_t	 len;

	if (state == 0) {
		i = 0;
		len = strlen(text);
	}
	while (term_complete != NULL && term_complete[i] != NULL) {
		if (strncmp(term_complete[i++], text, len) == 0)
			return (xstrdup(term_complete[i - 1]));
	}
	return (NULL);
}

static char **
term_completion(const char *text, int start, int end)
{
	(void)end;
	rl_attempted_completion_over = 1;
	if (start != 0)
		return (NULL);
	return (rl_completion_matches(text, term_complete_cmd));
}

int
term_set_color(const char *when)
{
	if (strcmp(when, "auto") == 0)
		term_when = TERM_AUTO;
	else if (strcmp(when, "always") == 0)
		term_when = TERM_ALWAYS;
	else if (strcmp(when, "never") == 0)
		term_when = TERM_NEVER;
	else
		return (-1);
	return (0);
}

int
term_color(int fd)
{
	const char	*no = getenv("NO_COLOR"), *name = getenv("TERM");

	if (term_when != TERM_AUTO)
		return (term_when == TERM_ALWAYS);
	/* no-color.org: set and not empty; an empty NO_COLOR is unset. */
	if (no != NULL && *no != '\0')
		return (0);
	return (isatty(fd) && (name == NULL || strcmp(name, "dumb") != 0));
}

char *
term_history_path(void)
{
	char	*path;

	path = util_xdg_path("XDG_STATE_HOME", ".local/state",
	    "snipquiz/history");
	return (path != NULL ? path :
	    xstrdup("./.local/state/snipquiz/history"));
}

/*
 * Make the folders above path that are missing, 0700 (the history says
 * what was answered). Failures are left to the write that follows.
 */
static void
term_history_dirs(const char *path)
{
	char	*dir, *slash;

	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
		*slash = '\0';
		(void)util_mkdirs(dir, 0700);
	}
	free(dir);
}

void
term_history_adopt(const char *hist, const char *dbpath)
{
	const char	*slash = strrchr(dbpath, '/');
	char		*old;
	struct stat	 sb;

	if (lstat(hist, &sb) == 0 || errno != ENOENT)
		return;
	old = xprintf("%.*s/history", slash != NULL ?
	    (int)(slash - dbpath) : 1, slash != NULL ? dbpath : ".");
	if (lstat(old, &sb) == 0 && S_ISREG(sb.st_mode)) {
		term_history_dirs(hist);
		(void)rename(old, hist);
	}
	free(old);
}

struct term *
term_open(const char *history)
{
	struct term		*t;
	struct sigaction	 sa;

	t = xcalloc(1, sizeof *t);
	t->tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	/* auto: a session's colours on a terminal, answers typed there. */
	t->color = term_color(STDOUT_FILENO) &&
	    (t->tty || term_when == TERM_ALWAYS);
	if (!t->tty)
		return (t);
	rl_readline_name = "snipquiz";
	rl_attempted_completion_function = term_completion;
	rl_completion_append_character = '\0';
	/*
	 * Ctrl-C cancels the answer being typed, not the session: readline
	 * must not take SIGINT itself, and a read it interrupts must end
	 * the line.
	 */
	rl_catch_signals = 0;
	rl_getc_function = term_getc;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = term_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	if (history != NULL) {
		t->history = xstrdup(history);
		read_history(t->history);
	}
	return (t);
}

void
term_close(struct term *t)
{
	if (t == NULL)
		return;
	term_pager_end(t);
	/*
	 * A history that cannot be written is lost, not an error: the
	 * answers are in the progress database all the same.
	 */
	if (t->history != NULL) {
		term_history_dirs(t->history);
		(void)write_history(t->history);
	}
	if (t->tty)
		signal(SIGINT, SIG_DFL);
	free(t->history);
	free(t->pending);
	buf_free(&t->in);
	free(t);
}

int
term_tty(const struct term *t)
{
	return (t->tty);
}

const char *
term_c(const struct term *t, const char *code)
{
	return (t->color ? code : "");
}

void
term_set_deadline(struct term *t, double deadline)
{
	t->deadline = deadline;
}

void
term_set_countdown(struct term *t, int on)
{
	t->countdown = on;
}

/* Is name an executable somewhere in $PATH? */
static int
term_in_path(const char *name)
{
	const char	*path = getenv("PATH"), *p, *end;
	char		*f;
	int		 found = 0;

	for (p = path != NULL ? path : "/usr/bin:/bin"; !found && *p != '\0';
	    p = *end ? end + 1 : end) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		f = xprintf("%.*s/%s", (int)(end - p), p, name);
		found = access(f, X_OK) == 0;
		free(f);
	}
	return (found);
}

void
term_pager_start(struct term *t)
{
	const char	*pager = getenv("PAGER");
	int		 fd[2];
	pid_t		 pid;

	if (!t->tty || t->pager != 0 || (pager != NULL && (*pager == '\0' ||
	    strcmp(pager, "cat") == 0)))
		return;
	/* No pager installed: the text goes straight to the screen. */
	if (pager == NULL) {
		if (!term_in_path("less"))
			return;
		pager = "less";
	}
	fflush(stdout);
	if (pipe(fd) == -1)
		return;
	if ((pid = fork()) == -1) {
		close(fd[0]);
		close(fd[1]);
		return;
	}
	if (pid == 0) {
		dup2(fd[0], STDIN_FILENO);
		close(fd[0]);
		close(fd[1]);
		/* less: colours through, and gone at once for one screen. */
		setenv("LESS", "FRX", 0);
		signal(SIGINT, SIG_DFL);
		execl("/bin/sh", "sh", "-c", pager, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	t->saved_out = dup(STDOUT_FILENO);
	dup2(fd[1], STDOUT_FILENO);
	close(fd[1]);
	/* Ctrl-C belongs to the pager while it runs. */
	signal(SIGINT, SIG_IGN);
	t->pager = pid;
}

void
term_pager_end(struct term *t)
{
	struct sigaction	 sa;
	int			 status;

	if (t->pager == 0)
		return;
	fflush(stdout);
	dup2(t->saved_out, STDOUT_FILENO);
	close(t->saved_out);
	while (waitpid(t->pager, &status, 0) == -1 && errno == EINTR)
		;
	t->pager = 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = term_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
}

/* ":hint " is :hint: a command loses trailing blanks. */
static void
term_trim_command(char *line)
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
term_read_piped(struct term *t, char **line)
{
	char	*nl, chunk[4096];
	ssize_t	 n;
	size_t	 len;
	int	 w;

	for (;;) {
		if (t->in.len > 0 &&
		    (nl = memchr(t->in.data, '\n', t->in.len)) != NULL) {
			len = (size_t)(nl - t->in.data);
			*line = xstrndup(t->in.data, len);
			memmove(t->in.data, nl + 1, t->in.len - len - 1);
			t->in.len -= len + 1;
			return (0);
		}
		if ((w = term_wait(STDIN_FILENO, t->deadline)) == 0)
			return (-2);
		if (w == -1)
			continue;
		n = read(STDIN_FILENO, chunk, sizeof chunk);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			/* A last line without a newline is still a line. */
			if (t->in.len == 0)
				return (-1);
			*line = xstrndup(t->in.data, t->in.len);
			t->in.len = 0;
			return (0);
		}
		buf_add(&t->in, chunk, (size_t)n);
	}
}

enum term_input
term_read(struct term *t, const char *prompt, const char *const *complete,
    char **line)
{
	int	 rc;

	*line = NULL;
	if (t->eof)
		return (TERM_EOF);
	if (t->deadline != 0 && util_now() >= t->deadline)
		return (TERM_TIMEUP);
	if (t->tty) {
		char	*shown = NULL;

		term_interrupted = 0;
		term_timed_out = 0;
		term_deadline = t->deadline;
		term_complete = complete;
		term_counting = t->countdown && t->deadline != 0;
		if (term_counting) {
			term_prompt = prompt;
			shown = term_clock_prompt();
		}
		*line = readline(shown != NULL ? shown : prompt);
		free(shown);
		term_counting = 0;
		term_deadline = 0;
		if (*line == NULL) {
			t->eof = 1;
			return (TERM_EOF);
		}
		if (term_timed_out || term_interrupted) {
			free(*line);
			*line = NULL;
			if (term_timed_out) {
				printf("\n");
				return (TERM_TIMEUP);
			}
			printf("^C (answer cleared)\n");
			return (TERM_CANCEL);
		}
		if (**line != '\0')
			add_history(*line);
		term_trim_command(*line);
		return (TERM_LINE);
	}
	fputs(prompt, stdout);
	fflush(stdout);
	if (t->pending != NULL) {
		*line = t->pending;
		t->pending = NULL;
		rc = 0;
	} else if (t->pending_eof)
		rc = -1;
	else
		rc = term_read_piped(t, line);
	if (rc == -2) {
		putchar('\n');
		return (TERM_TIMEUP);
	}
	if (rc == -1) {
		t->eof = 1;
		putchar('\n');
		return (TERM_EOF);
	}
	/* Piped answers are echoed, so a transcript reads as a dialogue. */
	printf("%s\n", *line);
	term_trim_command(*line);
	return (TERM_LINE);
}

int
term_peek_is(struct term *t, const char *s)
{
	size_t	 n;
	int	 rc;

	if (t->tty || t->eof || t->pending_eof)
		return (0);
	if (t->pending == NULL && (rc = term_read_piped(t, &t->pending)) != 0) {
		t->pending = NULL;
		t->pending_eof = rc == -1;
		return (0);
	}
	n = strlen(t->pending);
	while (n > 0 && (t->pending[n - 1] == '\n' ||
	    t->pending[n - 1] == ' ' || t->pending[n - 1] == '\t'))
		n--;
	return (n == strlen(s) && strncmp(t->pending, s, n) == 0);
}

enum term_cmd
term_command(const char *line)
{
	static const struct {
		const char	*name;
		enum term_cmd	 cmd;
	} cmds[] = {
		{ "?", TERM_CMD_HELP }, { ":help", TERM_CMD_HELP },
		{ ":hint", TERM_CMD_HINT }, { ":skip", TERM_CMD_SKIP },
		{ ":quit", TERM_CMD_QUIT }, { ":trace", TERM_CMD_TRACE },
	};
	size_t	 i;

	for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		if (strcmp(line, cmds[i].name) == 0)
			return (cmds[i].cmd);
	}
	return (line[0] == ':' && line[1] != '\0' ? TERM_CMD_UNKNOWN :
	    TERM_CMD_NONE);
}

int
term_width(void)
{
	struct winsize	 ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ,
	    &ws) == 0 && ws.ws_col > 0)
		return (ws.ws_col);
	return (80);
}

void
term_bar_widths(int width, int base, int *name, int *bar)
{
	*bar = width >= 70 ? 20 : width - 50 > 5 ? width - 50 : 5;
	*name = base + (width - 80) + (20 - *bar);
	if (*name < 10)
		*name = 10;
	if (*name > 60)
		*name = 60;
}

char *
term_bar(int right, int total, int width)
{
	struct buf	 b;
	int		 i, full = total ? right * width / total : 0;

	buf_init(&b);
	buf_addc(&b, '[');
	for (i = 0; i < width; i++)
		buf_addc(&b, i < full ? '#' : '.');
	buf_addf(&b, "] %3d%% (%d/%d)", total ? right * 100 / total : 0, right,
	    total);
	return (buf_detach(&b, NULL));
}
