/*
 * doctest.c: find the doctest sessions of Markdown and reST files.
 *
 * The examples of a block are split as doctest's DocTestParser splits a
 * docstring (its _EXAMPLE_RE): a ">>>" line at some indentation, the
 * "..." lines at the same indentation after it, then the output lines up
 * to a blank line or a line starting with ">>>", less that indentation.
 * The lines of a block keep their place in the file, so every example
 * keeps its line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "doctest.h"
#include "util.h"

/* The largest file read (as a bank). */
#define DOCTEST_MAX_SIZE	(16UL << 20)

struct doctest_line {
	const char	*p;
	size_t		 len;		/* without the newline */
};

struct doctest_text {
	struct doctest_line	*v;
	size_t			 n;
	enum doctest_syntax	 syntax;
};

enum doctest_syntax
doctest_syntax_of(const char *path)
{
	const char	*dot = strrchr(path, '.');

	if (dot != NULL && (strcasecmp(dot, ".md") == 0 ||
	    strcasecmp(dot, ".markdown") == 0))
		return (DOCTEST_MARKDOWN);
	return (DOCTEST_REST);
}

/* Leading spaces of a line. */
static size_t
doctest_indent(const struct doctest_line *l)
{
	size_t	 k = 0;

	while (k < l->len && l->p[k] == ' ')
		k++;
	return (k);
}

/* Is l blank from column k on? */
static int
doctest_blank_from(const struct doctest_line *l, size_t k)
{
	for (; k < l->len; k++) {
		if (l->p[k] != ' ' && l->p[k] != '\t')
			return (0);
	}
	return (1);
}

static int
doctest_blank(const struct doctest_line *l)
{
	return (doctest_blank_from(l, 0));
}

/* Does l, from column k, start with s? */
static int
doctest_at(const struct doctest_line *l, size_t k, const char *s)
{
	size_t	 n = strlen(s);

	return (k + n <= l->len && memcmp(l->p + k, s, n) == 0);
}

/* A prompt (">>>" or "...") at column k: alone, or followed by a space. */
static int
doctest_prompt(const struct doctest_line *l, size_t k, const char *ps)
{
	return (doctest_at(l, k, ps) && (l->len == k + 3 || l->p[k + 3] ==
	    ' '));
}

/* A Markdown fence line: its character and length, or 0. */
static size_t
doctest_fence(const struct doctest_line *l, char *c)
{
	size_t	 k = doctest_indent(l), n = 0;

	if (k < l->len && (l->p[k] == '`' || l->p[k] == '~')) {
		*c = l->p[k];
		while (k + n < l->len && l->p[k + n] == *c)
			n++;
	}
	return (n >= 3 ? n : 0);
}

/* Line i less up to strip leading spaces. */
static struct doctest_line
doctest_strip(const struct doctest_text *t, size_t i, size_t strip)
{
	struct doctest_line	 l = t->v[i];
	size_t			 k = doctest_indent(&l);

	if (k > strip)
		k = strip;
	l.p += k;
	l.len -= k;
	return (l);
}

/* Add one line (from column k) to b, with its newline. */
static void
doctest_add_line(struct buf *b, const struct doctest_line *l, size_t k)
{
	if (k < l->len)
		buf_add(b, l->p + k, l->len - k);
	buf_addc(b, '\n');
}

/*
 * Is src a blank or comment line, which doctest does not run? Its
 * _IS_BLANK_OR_COMMENT sees the lines joined without the last newline,
 * and its "$" matches before one more: an empty "..." may follow.
 */
static int
doctest_comment(const char *src)
{
	size_t		 k = strspn(src, " ");
	const char	*nl = strchr(src, '\n');

	/* A NUL byte in the line (nl NULL) makes it no comment. */
	return ((src[k] == '\n' || src[k] == '#') && nl != NULL &&
	    (nl[1] == '\0' || strcmp(nl + 1, "\n") == 0));
}

/*
 * The examples of lines [from, to) less strip spaces, as a session of f
 * if there are any, with options (copied; may be NULL).
 */
static void
doctest_block(struct doctest_file *f, const struct doctest_text *t,
    size_t from, size_t to, size_t strip, const char *options)
{
	struct doctest_session	 s;
	struct doctest_example	*ex;
	struct doctest_line	 l;
	struct buf		 src, want;
	size_t			 i, k;
	char			 c;

	memset(&s, 0, sizeof s);
	for (i = from; i < to;) {
		l = doctest_strip(t, i, strip);
		k = doctest_indent(&l);
		if (!doctest_prompt(&l, k, ">>>")) {
			i++;
			continue;
		}
		buf_init(&src);
		buf_init(&want);
		s.examples = xreallocarray(s.examples, s.nexamples + 1,
		    sizeof *s.examples);
		ex = &s.examples[s.nexamples++];
		memset(ex, 0, sizeof *ex);
		ex->line = (int)i + 1;
		doctest_add_line(&src, &l, k + 4);
		for (i++; i < to; i++) {
			l = doctest_strip(t, i, strip);
			if (doctest_indent(&l) != k ||
			    !doctest_prompt(&l, k, "..."))
				break;
			doctest_add_line(&src, &l, k + 4);
		}
		for (; i < to; i++) {
			l = doctest_strip(t, i, strip);
			if (doctest_blank(&l) ||
			    doctest_at(&l, doctest_indent(&l), ">>>"))
				break;
			/* A fence inside a longer fence ends its block. */
			if (t->syntax == DOCTEST_MARKDOWN &&
			    doctest_fence(&l, &c) > 0)
				break;
			if (ex->want_line == 0)
				ex->want_line = (int)i + 1;
			doctest_add_line(&want, &l, doctest_indent(&l) < k ?
			    doctest_indent(&l) : k);
		}
		ex->source = buf_detach(&src, NULL);
		ex->want = buf_detach(&want, NULL);
		if (ex->want == NULL)
			ex->want = xstrdup("");
		/* doctest drops a lone blank or comment: output and all. */
		if (doctest_comment(ex->source)) {
			free(ex->source);
			free(ex->want);
			s.nexamples--;
		}
	}
	if (s.nexamples == 0) {
		free(s.examples);
		return;
	}
	s.line = s.examples[0].line;
	s.options = options ? xstrdup(options) : NULL;
	f->sessions = xreallocarray(f->sessions, f->nsessions + 1,
	    sizeof *f->sessions);
	f->sessions[f->nsessions++] = s;
}

/*
 * An indented code block (CommonMark: four spaces, after a blank line,
 * for it cannot interrupt a paragraph) whose first line is a prompt:
 * its end, or i when there is none at line i.
 */
static size_t
doctest_markdown_indented(const struct doctest_text *t, size_t i)
{
	size_t	 j, end;

	if (i > 0 && !doctest_blank(&t->v[i - 1]))
		return (i);
	if (doctest_indent(&t->v[i]) < 4 ||
	    !doctest_prompt(&t->v[i], doctest_indent(&t->v[i]), ">>>"))
		return (i);
	for (end = j = i; j < t->n; j++) {
		if (doctest_blank(&t->v[j]))
			continue;
		if (doctest_indent(&t->v[j]) < 4)
			break;
		end = j + 1;
	}
	return (end);
}

/*
 * Markdown: the fenced code blocks, whatever their info string, and the
 * indented code blocks that start with a prompt.
 */
static void
doctest_markdown(struct doctest_file *f, const struct doctest_text *t)
{
	size_t	 i, j, n, m, ind;
	char	 c, d;

	for (i = 0; i < t->n; i++) {
		if ((j = doctest_markdown_indented(t, i)) > i) {
			doctest_block(f, t, i, j, 0, NULL);
			i = j - 1;
			continue;
		}
		if ((n = doctest_fence(&t->v[i], &c)) == 0)
			continue;
		ind = doctest_indent(&t->v[i]);
		/* A backtick fence's info string has no backtick. */
		if (c == '`' && memchr(t->v[i].p + ind + n, '`',
		    t->v[i].len - ind - n) != NULL)
			continue;
		for (j = i + 1; j < t->n; j++) {
			if ((m = doctest_fence(&t->v[j], &d)) >= n && d == c &&
			    doctest_blank_from(&t->v[j], doctest_indent(
			    &t->v[j]) + m))
				break;
		}
		/* Unclosed, it runs to the end (CommonMark). */
		doctest_block(f, t, i + 1, j, ind, NULL);
		i = j;
	}
}

/* The end of the block indented more than ind that starts after line i. */
static size_t
doctest_rest_body(const struct doctest_text *t, size_t i, size_t ind)
{
	size_t	 end = i;

	for (; i < t->n; i++) {
		if (doctest_blank(&t->v[i]))
			continue;
		if (doctest_indent(&t->v[i]) <= ind)
			break;
		end = i + 1;
	}
	return (end);
}

/* The least indentation of the lines [from, to) that are not blank. */
static size_t
doctest_rest_min(const struct doctest_text *t, size_t from, size_t to)
{
	size_t	 i, m = (size_t)-1;

	for (i = from; i < to; i++) {
		if (!doctest_blank(&t->v[i]) && doctest_indent(&t->v[i]) < m)
			m = doctest_indent(&t->v[i]);
	}
	return (m == (size_t)-1 ? 0 : m);
}

/*
 * A directive at line i ("NAME:: ARG"): 1 and its body run as
 * examples, 0 for one whose body is not Python (skipped), -1 for one
 * whose body is read as reST (a note) or no directive.
 */
static int
doctest_rest_directive(const struct doctest_line *l, size_t k)
{
	static const char	*code[] = { "code-block::", "code::",
				    "sourcecode::" };
	static const char	*skip[] = { "testcode::", "testoutput::",
				    "literalinclude::", "math::", "raw::",
				    "highlight::", "testsetup::",
				    "testcleanup::" };
	const char		*arg;
	size_t			 i, n, alen;

	k += 3;
	while (k < l->len && l->p[k] == ' ')
		k++;
	if (doctest_at(l, k, "doctest::"))
		return (1);
	for (i = 0; i < sizeof code / sizeof code[0]; i++) {
		if (!doctest_at(l, k, code[i]))
			continue;
		n = k + strlen(code[i]);
		while (n < l->len && l->p[n] == ' ')
			n++;
		arg = l->p + n;
		alen = l->len - n;
		while (alen > 0 && (arg[alen - 1] == ' ' ||
		    arg[alen - 1] == '\r'))
			alen--;
		if ((alen == 5 && strncasecmp(arg, "pycon", 5) == 0) ||
		    (alen == 6 && strncasecmp(arg, "python", 6) == 0) ||
		    (alen == 7 && strncasecmp(arg, "python3", 7) == 0) ||
		    (alen == 2 && strncasecmp(arg, "py", 2) == 0) ||
		    alen == 0)
			return (1);
		return (0);
	}
	for (i = 0; i < sizeof skip / sizeof skip[0]; i++) {
		if (doctest_at(l, k, skip[i]))
			return (0);
	}
	/* A comment (".. text", no "::"): its body is no document. */
	for (n = k; n + 1 < l->len; n++) {
		if (l->p[n] == ':' && l->p[n + 1] == ':')
			return (-1);
		if (l->p[n] == ' ')
			break;
	}
	return (0);
}

/*
 * reST: doctest blocks (a paragraph whose lines from one on start with
 * ">>>"; doctest's own *.txt files put examples right below text), the
 * literal block after a paragraph ending in "::", and the bodies of
 * doctest and Python code directives.
 */
static void
doctest_rest(struct doctest_file *f, const struct doctest_text *t)
{
	size_t	 i, j, m, k, end, last;
	char	*opts;
	int	 d;

	for (i = 0; i < t->n;) {
		if (doctest_blank(&t->v[i])) {
			i++;
			continue;
		}
		k = doctest_indent(&t->v[i]);
		if (doctest_at(&t->v[i], k, ".. ")) {
			d = doctest_rest_directive(&t->v[i], k);
			if (d == -1) {
				i++;
				continue;
			}
			end = doctest_rest_body(t, i + 1, k);
			/* Its options are no code; ":options:" is doctest's. */
			opts = NULL;
			for (j = i + 1; j < end && (doctest_blank(&t->v[j]) ||
			    doctest_at(&t->v[j], doctest_indent(&t->v[j]),
			    ":")); j++) {
				m = doctest_indent(&t->v[j]);
				if (!doctest_at(&t->v[j], m, ":options:"))
					continue;
				for (m += 9; m < t->v[j].len &&
				    t->v[j].p[m] == ' '; m++)
					;
				free(opts);
				opts = xstrndup(t->v[j].p + m, t->v[j].len - m);
			}
			if (d == 1)
				doctest_block(f, t, j, end,
				    doctest_rest_min(t, j, end), opts);
			free(opts);
			i = end > i + 1 ? end : i + 1;
			continue;
		}
		/* A paragraph: to the next blank line. */
		for (j = i; j < t->n && !doctest_blank(&t->v[j]); j++)
			;
		for (m = i; m < j; m++) {
			if (doctest_at(&t->v[m], doctest_indent(&t->v[m]),
			    ">>>"))
				break;
		}
		if (m < j) {
			doctest_block(f, t, m, j, doctest_indent(&t->v[m]),
			    NULL);
			i = j;
			continue;
		}
		last = t->v[j - 1].len;
		while (last > 0 && (t->v[j - 1].p[last - 1] == ' ' ||
		    t->v[j - 1].p[last - 1] == '\r'))
			last--;
		if (last >= 2 && t->v[j - 1].p[last - 1] == ':' &&
		    t->v[j - 1].p[last - 2] == ':') {
			end = doctest_rest_body(t, j, k);
			if (end > j) {
				doctest_block(f, t, j, end,
				    doctest_rest_min(t, j, end), NULL);
				j = end;
			}
		}
		i = j;
	}
}

struct doctest_file *
doctest_parse(const char *path, const char *text, size_t len,
    enum doctest_syntax syntax)
{
	struct doctest_file	*f = xcalloc(1, sizeof *f);
	struct doctest_text	 t;
	const char		*p = text, *e = text + len, *nl;

	f->path = xstrdup(path);
	memset(&t, 0, sizeof t);
	t.syntax = syntax;
	while (p < e) {
		if ((nl = memchr(p, '\n', (size_t)(e - p))) == NULL)
			nl = e;
		t.v = xreallocarray(t.v, t.n + 1, sizeof *t.v);
		t.v[t.n].p = p;
		t.v[t.n].len = (size_t)(nl - p);
		/* CRLF files: the CR is no part of the text. */
		if (t.v[t.n].len > 0 && p[t.v[t.n].len - 1] == '\r')
			t.v[t.n].len--;
		t.n++;
		p = nl + 1;
	}
	if (syntax == DOCTEST_MARKDOWN)
		doctest_markdown(f, &t);
	else
		doctest_rest(f, &t);
	free(t.v);
	return (f);
}

struct doctest_file *
doctest_load(const char *path, char **cause)
{
	struct doctest_file	*f;
	char			*data;
	size_t			 len;

	if (util_read_file(path, DOCTEST_MAX_SIZE, &data, &len, cause) == -1)
		return (NULL);
	f = doctest_parse(path, data, len, doctest_syntax_of(path));
	free(data);
	return (f);
}

void
doctest_free(struct doctest_file *f)
{
	size_t	 i, j;

	if (f == NULL)
		return;
	for (i = 0; i < f->nsessions; i++) {
		for (j = 0; j < f->sessions[i].nexamples; j++) {
			free(f->sessions[i].examples[j].source);
			free(f->sessions[i].examples[j].want);
		}
		free(f->sessions[i].examples);
		free(f->sessions[i].options);
	}
	free(f->sessions);
	free(f->path);
	free(f);
}

/* Add each line of s to b as "LINE MARK text", counting from line. */
static void
doctest_dump_lines(struct buf *b, const char *s, int line, const char *first,
    const char *rest)
{
	size_t	 len;

	/* A NUL byte in the text ends it here. */
	for (; *s != '\0'; s += len + (s[len] == '\n'), line++) {
		len = strcspn(s, "\n");
		buf_addf(b, "%d %s%s%.*s\n", line, first, len > 0 ? " " : "",
		    (int)len, s);
		first = rest;
	}
}

char *
doctest_dump(const struct doctest_session *s)
{
	const struct doctest_example	*ex;
	struct buf			 b;
	size_t				 i;

	buf_init(&b);
	buf_addf(&b, "session %d\n", s->line);
	if (s->options != NULL)
		buf_addf(&b, "options %s\n", s->options);
	for (i = 0; i < s->nexamples; i++) {
		ex = &s->examples[i];
		doctest_dump_lines(&b, ex->source, ex->line, ">>>", "...");
		doctest_dump_lines(&b, ex->want, ex->want_line, "|", "|");
	}
	return (buf_detach(&b, NULL));
}
