/*
 * highlight.h: syntax highlighting by CPython's own tokenize.
 *
 * A program is tokenized by a small driver (src/highlight_driver.py)
 * run in the oracle like any snippet (same sandbox, same limits); the
 * program is its stdin, never run. What comes back is the spans worth
 * colouring, in bytes; rendering a line with the caller's colours is
 * done here, without I/O. Tokens are what tokenize says they are:
 * `1e-3` and `0x1F` are one number, `f"{x}"` and `rb'\d'` one string
 * with their prefix, a triple-quoted string every line it spans.
 */
#ifndef SQ_HIGHLIGHT_H
#define SQ_HIGHLIGHT_H

#include <stddef.h>

#include "oracle.h"
#include "result.h"

/* What a span is; the caller gives each kind its colour. */
enum highlight_kind {
	HL_KEYWORD,	/* keyword.kwlist: if, def, None, ... */
	HL_BUILTIN,	/* a name in builtins: print, len, ... */
	HL_EXCEPTION,	/* a built-in exception: ValueError, ... */
	HL_STRING,	/* a string or bytes literal, prefix included */
	HL_NUMBER,
	HL_COMMENT,
	HL_KINDS
};

/*
 * A token, from (line, col) to (end_line, end_col): lines 1-based,
 * columns in bytes from the start of the line, the end excluded.
 */
struct highlight_span {
	enum highlight_kind	 kind;
	int			 line;
	int			 end_line;
	size_t			 col;
	size_t			 end_col;
};

/* A program's spans, in order and not overlapping. */
struct highlight {
	struct highlight_span	*spans;
	size_t			 nspans;
	/* 0: tokenize stopped at an error; nothing after it has a span. */
	int			 complete;
};

/*
 * Tokenize src (len bytes) in the oracle: one run. 0 with *out set (free
 * with highlight_free), also when tokenize stopped at an error (an
 * unterminated string, bad indentation: the spans before it stand and
 * (*out)->complete is 0); -1 with *cause set when the driver could not
 * run or report (the oracle died, a limit).
 */
int		 highlight_scan(struct oracle *, const char *src, size_t len,
		     struct highlight **out, char **cause);
/*
 * The same in two halves, to run it beside other requests: *req (zeroed
 * first) points into src, which must live until the run is submitted;
 * highlight_parse reads the driver's result. 0, or -1 with *cause set.
 */
void		 highlight_request(const char *src, size_t len,
		     struct oracle_req *req);
int		 highlight_parse(const struct result *,
		     struct highlight **out, char **cause);

/*
 * Line `line` (1-based) of src, without its newline, each span on it put
 * between colours[kind] and off (a span over several lines on each of
 * them). A kind whose colour is NULL, or every kind when h, colours or
 * off is NULL, stays plain. A line past the end is "". Never fails;
 * caller frees.
 */
char		*highlight_render(const struct highlight *h,
		     const char *src, size_t len, int line,
		     const char *const colours[HL_KINDS], const char *off);
/* Free h; NULL is a no-op. */
void		 highlight_free(struct highlight *);

#endif
