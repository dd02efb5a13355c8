/*
 * util.h: allocation that never fails, growable byte buffers, and the
 * small file helpers every module shares.
 *
 * The x* allocators call fatal() on exhaustion instead of returning NULL:
 * snipquiz cannot do anything useful without memory and callers stay short.
 */
#ifndef SQ_UTIL_H
#define SQ_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define SQ_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define SQ_NORETURN __attribute__((noreturn))

/* Never return NULL; abort with a message when memory runs out. */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xprintf(const char *, ...) SQ_PRINTF(1, 2);
char	*xvprintf(const char *, va_list);

/* Print "snipquiz: message[: strerror]" and exit(70). For bugs only. */
void	 fatal(const char *, ...) SQ_PRINTF(1, 2) SQ_NORETURN;
void	 fatalx(const char *, ...) SQ_PRINTF(1, 2) SQ_NORETURN;

/* The name messages start with ("snipquiz"). */
extern const char *sq_progname;

/* A growable byte buffer; data is always NUL-terminated for convenience. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 size;
};
void	 buf_init(struct buf *);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_adds(struct buf *, const char *);
void	 buf_addc(struct buf *, char);
void	 buf_addf(struct buf *, const char *, ...) SQ_PRINTF(2, 3);
/*
 * Append n bytes of p, each byte that is not part of valid UTF-8 as
 * U+FFFD (as a terminal would show it): for JSON and other text formats.
 */
void	 buf_add_utf8(struct buf *, const char *, size_t);
/* Hand the data to the caller (who frees it) and reset the buffer. */
char	*buf_detach(struct buf *, size_t *);
void	 buf_free(struct buf *);

/*
 * Read a whole file of at most max bytes (max < SIZE_MAX) into *data
 * (NUL-terminated, caller frees). A longer one is an error, found without
 * reading more than max + 1 bytes, even if it grows while read. The file
 * must be a regular one: a FIFO or a device is refused, and opening it
 * never blocks. "-" is standard input, which may be a pipe or a terminal.
 * Returns 0, or -1 with *cause set ("PATH: what is wrong").
 */
int	 util_read_file(const char *path, size_t max, char **data,
	     size_t *len, char **cause);
/*
 * Split a line of a tab-separated catalogue in place into exactly n
 * fields (f[0..n-1]): 0, or -1 when it has fewer or more.
 */
int	 util_tab_fields(char *line, char **f, int n);
/*
 * Append the trimmed, non-empty entries of the comma-separated s (which
 * is modified) to *v, copied.
 */
void	 util_split_list(char *s, char ***v, size_t *n);
/*
 * Does objective ("EXAM 3.1") fall under one of list (n entries): listed
 * as it is, or its section ("EXAM 3")? 0 when objective is NULL.
 */
int	 util_objective_under(const char *objective, char *const *list,
	     size_t n);
/* Write all of len bytes to fd, retrying on EINTR and short writes. 0/-1. */
int	 util_write_all(int, const void *, size_t);
/*
 * Replace path with data atomically. A symbolic link is followed and
 * stays: the file it names is replaced. The data goes to a temporary
 * file beside that file (.NAME.snipquiz-XXXXXX), synced, given its mode
 * (and owner, where allowed), then renamed over it. Temporary files an
 * earlier, killed, call left there are removed first (only snipquiz's
 * own: see util_replace_clean). 0, or -1 with *cause set; the old file
 * is untouched on failure.
 */
int	 util_replace_file(const char *, const char *, size_t, char **);
/* Remove a directory tree without following symlinks. 0/-1 (errno). */
int	 util_rm_rf(const char *);
/*
 * s cut or padded with spaces to width characters, counting UTF-8 code
 * points (never cutting one in half). Returns a new string.
 */
char	*util_fit(const char *s, int width);
/*
 * s, when it is longer than width code points, cut to at most width - 1
 * of them (after a space, when one is in the last third) and an ellipsis
 * (U+2026), so that a cut shows; otherwise a copy. Returns a new string.
 */
char	*util_clip(const char *s, int width);
/*
 * Prose re-wrapped to width columns (code points): each paragraph (lines
 * between blank lines) whose lines are plain text is joined and filled
 * again; a paragraph with a line that is indented, a list item or a code
 * fence is left as written, and so is a word longer than the width.
 * Returns a new string.
 */
char	*util_wrap(const char *s, int width);
/* FNV-1a of a string: the same on every machine and in every run. */
uint32_t util_hash(const char *);
/* Monotonic clock in seconds. */
double	 util_now(void);
/* Parse a positive decimal number of seconds; 0/-1. */
int	 util_parse_seconds(const char *, double *);

/*
 * Where snipquiz's data is (banks, generators, data/): $SNIPQUIZ_DATADIR,
 * the source tree when run from the build tree, else the installed one.
 */
const char	*util_datadir(void);
/*
 * A file or folder leaf under an XDG base directory: $var/leaf when var
 * holds an absolute path (the spec ignores a relative one), else
 * $HOME/fallback/leaf ("~/.cache", "~/.local/share", ...); NULL without
 * a HOME. Caller frees.
 */
char		*util_xdg_path(const char *var, const char *fallback,
		     const char *leaf);
/* mkdir -p dir, each folder made with mode. 0, or -1 with errno set. */
int		 util_mkdirs(const char *dir, mode_t mode);

/*
 * Shuffle n elements of size bytes at base with random() (Fisher-Yates:
 * every order, so every position, equally likely; srandom() makes it
 * reproducible). The one shuffle of options, items and lines.
 */
void		 util_shuffle(void *base, size_t n, size_t size);

/* The ELF loader (PT_INTERP) a 64-bit binary asks for, as a real path the
   caller frees; NULL when it names none or cannot be read. */
char	*util_elf_interp(const char *path);

/*
 * The local calendar day (days since the epoch, local time) holding
 * moment at (days since the epoch, UTC), as streaks and forecasts count
 * days.
 */
long	 util_local_day(double at);
/*
 * When at is, seen from now (both days since the epoch): "now" if at is
 * not later, "today", "tomorrow" or "in N days" by local calendar days.
 * A static string.
 */
const char *util_when(double at, double now);

#endif
