/*
 * doctest.h: the doctest sessions of a Markdown or reStructuredText file.
 *
 * A session is the examples of one block (a fenced code block in
 * Markdown; a doctest block, a literal block after "::" or a doctest or
 * Python code directive in reST): its examples share their globals when
 * run, as those of one docstring do under doctest; sessions do not. An
 * example is what doctest's parser makes of a ">>> " line, the "... "
 * lines after it and the output lines up to a blank line or the next
 * prompt. The reader only reads: check_doctest.c runs the sessions.
 */
#ifndef SQ_DOCTEST_H
#define SQ_DOCTEST_H

#include <stddef.h>

enum doctest_syntax {
	DOCTEST_MARKDOWN,
	DOCTEST_REST		/* also doctest's own *.txt files */
};

struct doctest_example {
	int	 line;		/* of its ">>> " line, from 1 */
	char	*source;	/* prompts and indentation removed; each
				   line ends with '\n' */
	char	*want;		/* the expected output, each line ending
				   with '\n'; "" for none */
	int	 want_line;	/* of the first output line; 0 for none */
};

struct doctest_session {
	int			 line;	/* of its first example */
	struct doctest_example	*examples;
	size_t			 nexamples;
	char			*options;	/* a doctest directive's
						   ":options:", or NULL */
};

/* A file's sessions, in file order; owned by the file. */
struct doctest_file {
	char			*path;
	struct doctest_session	*sessions;
	size_t			 nsessions;
};

/* The syntax a path's name says: Markdown for *.md, *.markdown; else reST. */
enum doctest_syntax	 doctest_syntax_of(const char *path);
/*
 * The sessions of text (len bytes, NUL-terminated) read as syntax; path
 * is only kept. Never fails: text without sessions has none.
 */
struct doctest_file	*doctest_parse(const char *path, const char *text,
			     size_t len, enum doctest_syntax);
/* Read and parse the file at path. NULL with *cause set ("PATH: why"). */
struct doctest_file	*doctest_load(const char *path, char **cause);
/* Free a file and its sessions; NULL is a no-op. */
void			 doctest_free(struct doctest_file *);
/*
 * A session as text for tests: "session LINE", its "options ...", then
 * "LINE >>> code", "LINE ... code" and "LINE | output" lines, one per
 * line of the file. Caller frees.
 */
char			*doctest_dump(const struct doctest_session *);

#endif
