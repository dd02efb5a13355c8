/*
 * guard.c: which items the determinism guard runs again (see guard.h).
 *
 * The rule reads Python as tokens (names, numbers, strings, one-character
 * operators; comments skipped), which is all it needs: it asks whether a
 * name is used, whether a brace opens a set, and what is imported. It
 * was proven on the bundled banks and generators (tests/guard.test):
 * every item it lets through gives the same output under hash seeds 0 to
 * 15.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "guard.h"
#include "result.h"
#include "util.h"

enum guard_tok {
	GUARD_NAME,
	GUARD_NUMBER,
	GUARD_STRING,
	GUARD_OP	/* one character; "->", ":=" and "**" are two tokens */
};

struct guard_token {
	enum guard_tok	 type;
	const char	*s;
	size_t		 len;
};

struct guard_lex {
	struct guard_token	*v;
	size_t			 n, cap;
};

/*
 * Names that lead to a set, a hash, an address or code the rule cannot
 * read (exec of a built string, a built-in looked up by name). Matched
 * as whole words in the code and in its strings alike (a string may be
 * exec'd or written to a module that is imported).
 */
static const char *guard_names[] = {
	"set", "frozenset", "hash", "__hash__", "id", "__abstractmethods__",
	"__subclasses__", "__del__", "stdlib_module_names", "eval", "exec",
	"compile", "__import__", "__builtins__", "builtins", "importlib"
};

/*
 * Modules known not to hand a program a set of strings or an address
 * unless it asks by one of the names above (sys's stdlib_module_names is
 * one of them). Any other import is rerun: random, time, os, threading
 * (what the guard also catches: values that change from run to run),
 * and modules the item writes itself.
 */
static const char *guard_modules[] = {
	"__future__", "abc", "array", "bisect", "calendar", "cmath",
	"collections", "contextlib", "copy", "dataclasses", "decimal", "enum",
	"fractions", "functools", "heapq", "io", "itertools", "json",
	"keyword", "math", "numbers", "operator", "pprint", "re", "reprlib",
	"statistics", "string", "struct", "sys", "textwrap", "traceback",
	"types", "typing", "unicodedata", "warnings"
};

int
guard_parse_mode(const char *s, enum guard_mode *m)
{
	static const char	*names[] = { "auto", "always", "never" };
	size_t			 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(s, names[i]) == 0) {
			*m = (enum guard_mode)i;
			return (0);
		}
	}
	return (-1);
}

static void
guard_push(struct guard_lex *lx, enum guard_tok type, const char *s,
    size_t len)
{
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? lx->cap * 2 : 256;
		lx->v = xreallocarray(lx->v, lx->cap, sizeof *lx->v);
	}
	lx->v[lx->n].type = type;
	lx->v[lx->n].s = s;
	lx->v[lx->n++].len = len;
}

static int
guard_word_char(unsigned char c)
{
	return (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80);
}

/* Is a word (or name) s, len bytes, one of guard_names? */
static const char *
guard_risky(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof guard_names / sizeof guard_names[0]; i++) {
		if (strlen(guard_names[i]) == len &&
		    memcmp(guard_names[i], s, len) == 0)
			return (guard_names[i]);
	}
	return (NULL);
}

/* A string prefix (r, b, f, u, rb, ...) before a quote? */
static int
guard_prefix(const char *s, size_t len)
{
	size_t	 i;

	if (len > 2)
		return (0);
	for (i = 0; i < len; i++) {
		if (strchr("rRbBuUfF", s[i]) == NULL)
			return (0);
	}
	return (1);
}

/* The end of a string whose quote starts at s[i] (past its end quote). */
static size_t
guard_string_end(const char *s, size_t len, size_t i)
{
	char	 q = s[i];
	int	 triple = i + 2 < len && s[i + 1] == q && s[i + 2] == q;

	i += triple ? 3 : 1;
	while (i < len) {
		if (s[i] == '\\') {
			i += 2;
			continue;
		}
		if (s[i] == q && (!triple || (i + 2 < len && s[i + 1] == q &&
		    s[i + 2] == q)))
			return (i + (triple ? 3 : 1));
		/* An unterminated one-line string ends with its line. */
		if (!triple && s[i] == '\n')
			return (i);
		i++;
	}
	return (len);
}

/* Cut src into tokens; comments are dropped. */
static void
guard_lex(const char *s, size_t len, struct guard_lex *lx)
{
	size_t	 i = 0, j;

	while (i < len) {
		if (s[i] == '#') {
			while (i < len && s[i] != '\n')
				i++;
			continue;
		}
		if (s[i] == '\'' || s[i] == '"') {
			j = guard_string_end(s, len, i);
			guard_push(lx, GUARD_STRING, s + i, j - i);
			i = j;
			continue;
		}
		if (guard_word_char((unsigned char)s[i])) {
			for (j = i; j < len && guard_word_char((unsigned char)s[j]);
			    j++)
				;
			if (j < len && (s[j] == '\'' || s[j] == '"') &&
			    guard_prefix(s + i, j - i)) {
				j = guard_string_end(s, len, j);
				guard_push(lx, GUARD_STRING, s + i, j - i);
			} else
				guard_push(lx, s[i] >= '0' && s[i] <= '9' ?
				    GUARD_NUMBER : GUARD_NAME, s + i, j - i);
			i = j;
			continue;
		}
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' &&
		    s[i] != '\\' && s[i] != '\f')
			guard_push(lx, GUARD_OP, s + i, 1);
		i++;
	}
}

static int
guard_is(const struct guard_token *t, enum guard_tok type, const char *s)
{
	return (t->type == type && t->len == strlen(s) &&
	    memcmp(t->s, s, t->len) == 0);
}

/* A risky word anywhere in a string's text? */
static const char *
guard_string_words(const struct guard_token *t)
{
	const char	*why;
	size_t		 i = 0, j;

	while (i < t->len) {
		if (!guard_word_char((unsigned char)t->s[i])) {
			i++;
			continue;
		}
		for (j = i; j < t->len && guard_word_char((unsigned char)t->s[j]);
		    j++)
			;
		if ((why = guard_risky(t->s + i, j - i)) != NULL)
			return (why);
		i = j;
	}
	return (NULL);
}

/*
 * Does the brace at v[k] open a set (display or comprehension)? A dict
 * has a ':' (not ":=") or a "**" directly inside, or nothing; a lambda
 * directly inside has a ':' of its own, so it counts as a set.
 */
static int
guard_set_display(const struct guard_lex *lx, size_t k)
{
	size_t	 i;
	int	 depth = 0, colon = 0, lambda = 0, empty = 1;

	for (i = k + 1; i < lx->n; i++) {
		const struct guard_token *t = &lx->v[i];

		if (t->type == GUARD_OP && strchr("([{", t->s[0]) != NULL) {
			depth++;
			empty = 0;
			continue;
		}
		if (t->type == GUARD_OP && strchr(")]}", t->s[0]) != NULL) {
			if (depth-- == 0)
				break;
			continue;
		}
		empty = 0;
		if (depth > 0)
			continue;
		if (guard_is(t, GUARD_NAME, "lambda"))
			lambda = 1;
		else if (guard_is(t, GUARD_OP, ":") && !(i + 1 < lx->n &&
		    guard_is(&lx->v[i + 1], GUARD_OP, "=")))
			colon = 1;
		else if (guard_is(t, GUARD_OP, "*") && i + 1 < lx->n &&
		    guard_is(&lx->v[i + 1], GUARD_OP, "*"))
			colon = 1;
	}
	return (!empty && (!colon || lambda));
}

/* Is the dotted module name at v[k] one the rule allows? */
static int
guard_module_ok(const struct guard_lex *lx, size_t k)
{
	const struct guard_token	*t;
	size_t				 i;

	if (k >= lx->n || (t = &lx->v[k])->type != GUARD_NAME)
		return (0);	/* a relative import: the item's own module */
	for (i = 0; i < sizeof guard_modules / sizeof guard_modules[0]; i++) {
		if (strlen(guard_modules[i]) == t->len &&
		    memcmp(guard_modules[i], t->s, t->len) == 0)
			return (1);
	}
	return (0);
}

/* Skip a dotted name (its leading dots too) from v[k]: the index after. */
static size_t
guard_skip_dotted(const struct guard_lex *lx, size_t k)
{
	while (k < lx->n && guard_is(&lx->v[k], GUARD_OP, "."))
		k++;
	if (k < lx->n && lx->v[k].type == GUARD_NAME)
		k++;
	while (k + 1 < lx->n && guard_is(&lx->v[k], GUARD_OP, ".") &&
	    lx->v[k + 1].type == GUARD_NAME)
		k += 2;
	return (k);
}

/*
 * The imports: "from M import ..." and "import M[.N] [as X], ..." where
 * M is not allowed. "yield from" and "raise E from e" are not imports:
 * an import's "from" is followed by a dotted name and "import".
 */
static const char *
guard_imports(const struct guard_lex *lx)
{
	static const char	*why = "an import of a module not known to"
	    " keep hash order to itself";
	size_t			 k, e;

	for (k = 0; k < lx->n; k++) {
		if (guard_is(&lx->v[k], GUARD_NAME, "from")) {
			e = guard_skip_dotted(lx, k + 1);
			if (e > k + 1 && e < lx->n &&
			    guard_is(&lx->v[e], GUARD_NAME, "import")) {
				/* A relative import starts with a dot. */
				if (!guard_module_ok(lx, k + 1))
					return (why);
				k = e;	/* what it imports is no module */
			}
			continue;
		}
		if (!guard_is(&lx->v[k], GUARD_NAME, "import"))
			continue;
		/* import a.b as c, d */
		for (k++; k < lx->n; k++) {
			if (!guard_module_ok(lx, k))
				return (why);
			k = guard_skip_dotted(lx, k);
			if (k < lx->n && guard_is(&lx->v[k], GUARD_NAME, "as"))
				k += 2;
			if (k >= lx->n || !guard_is(&lx->v[k], GUARD_OP, ",")) {
				k--;	/* the next statement's first token */
				break;
			}
		}
	}
	return (NULL);
}

/*
 * A dict's keys or items view combined with &, |, ^ or a binary - is a
 * set. The views may be named first, so any such operator in a program
 * that takes a keys or items view counts.
 */
static const char *
guard_views(const struct guard_lex *lx)
{
	const struct guard_token	*t, *p;
	size_t				 k;
	int				 view = 0, op = 0;

	for (k = 1; k < lx->n; k++) {
		t = &lx->v[k];
		p = &lx->v[k - 1];
		if ((guard_is(t, GUARD_NAME, "keys") ||
		    guard_is(t, GUARD_NAME, "items")) &&
		    guard_is(p, GUARD_OP, "."))
			view = 1;
		if (t->type == GUARD_OP && strchr("&|^", t->s[0]) != NULL)
			op = 1;
		/* Binary minus: after an operand, and not "->" or "-=". */
		if (guard_is(t, GUARD_OP, "-") && (p->type != GUARD_OP ||
		    strchr(")]}", p->s[0]) != NULL) && !(k + 1 < lx->n &&
		    (guard_is(&lx->v[k + 1], GUARD_OP, ">"))))
			op = 1;
	}
	return (view && op ? "a dict view with a set operator" : NULL);
}

const char *
guard_static(const char *src, size_t len)
{
	struct guard_lex	 lx;
	const char		*why = NULL;
	size_t			 k;

	memset(&lx, 0, sizeof lx);
	guard_lex(src, len, &lx);
	for (k = 0; k < lx.n && why == NULL; k++) {
		if (lx.v[k].type == GUARD_NAME)
			why = guard_risky(lx.v[k].s, lx.v[k].len);
		else if (lx.v[k].type == GUARD_STRING)
			why = guard_string_words(&lx.v[k]);
		else if (guard_is(&lx.v[k], GUARD_OP, "{") &&
		    guard_set_display(&lx, k))
			why = "a set display or comprehension";
	}
	if (why == NULL)
		why = guard_imports(&lx);
	if (why == NULL)
		why = guard_views(&lx);
	free(lx.v);
	return (why);
}

const char *
guard_needed(const char *src, size_t len, const struct result *r)
{
	const char	*why;

	if ((why = guard_static(src, len)) != NULL)
		return (why);
	if (answer_volatile_in(r->out, r->out_len) || (r->exc_msg != NULL &&
	    answer_volatile_in(r->exc_msg, strlen(r->exc_msg))))
		return ("a memory address in what it printed");
	return (NULL);
}
