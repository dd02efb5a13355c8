/*
 * lint.c: exam-item quality checks beyond the keys.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lint.h"
#include "util.h"

/* Names kept as they are: keywords and the built-ins snippets use. */
static const char *lint_kept[] = {
	"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield", "abs", "all", "any", "bool", "chr", "dict",
	"enumerate", "filter", "float", "input", "int", "isinstance", "len",
	"list", "map", "max", "min", "next", "open", "ord", "print", "range",
	"repr", "reversed", "round", "set", "sorted", "str", "sum", "super",
	"tuple", "type", "zip", "self", "cls", "object", "Exception", NULL
};

static int
lint_is_kept(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; lint_kept[i] != NULL; i++) {
		if (strlen(lint_kept[i]) == n && memcmp(lint_kept[i], s, n) == 0)
			return (1);
	}
	return (0);
}

char *
lint_normal_code(const char *code, size_t len)
{
	struct buf	 b;
	char		**names = NULL, q;
	size_t		 i = 0, j, k, nnames = 0;
	int		 space = 0;

	buf_init(&b);
	while (i < len) {
		if (code[i] == '#') {
			while (i < len && code[i] != '\n')
				i++;
			continue;
		}
		if (code[i] == ' ' || code[i] == '\t' || code[i] == '\\') {
			space = 1;
			i++;
			continue;
		}
		if (code[i] == '\n') {
			/* Blank lines and indentation do not tell items apart. */
			if (b.len > 0 && b.data[b.len - 1] != '\n')
				buf_addc(&b, '\n');
			space = 0;
			i++;
			continue;
		}
		if (space && b.len > 0 && b.data[b.len - 1] != '\n')
			buf_addc(&b, ' ');
		space = 0;
		if (code[i] == '\'' || code[i] == '"') {
			q = code[i];
			j = i + 1;
			while (j < len && code[j] != q && code[j] != '\n') {
				if (code[j] == '\\')
					j++;
				j++;
			}
			j = j < len ? j + 1 : len;
			buf_add(&b, code + i, j - i);
			i = j;
			continue;
		}
		if (isalpha((unsigned char)code[i]) || code[i] == '_') {
			for (j = i; j < len && (isalnum((unsigned char)code[j]) ||
			    code[j] == '_'); j++)
				;
			if (lint_is_kept(code + i, j - i))
				buf_add(&b, code + i, j - i);
			else {
				for (k = 0; k < nnames; k++) {
					if (strlen(names[k]) == j - i &&
					    memcmp(names[k], code + i, j - i) == 0)
						break;
				}
				if (k == nnames) {
					names = xreallocarray(names, nnames + 1,
					    sizeof *names);
					names[nnames++] = xstrndup(code + i, j - i);
				}
				buf_addf(&b, "v%zu", k + 1);
			}
			i = j;
			continue;
		}
		buf_addc(&b, code[i++]);
	}
	for (k = 0; k < nnames; k++)
		free(names[k]);
	free(names);
	if (b.data == NULL)
		buf_add(&b, "", 0);
	return (buf_detach(&b, NULL));
}

/* Lines in text (a last line without a newline counts). */
static int
lint_lines(const char *s, size_t len)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n')
			n++;
	}
	if (len > 0 && s[len - 1] != '\n')
		n++;
	return (n);
}

/* Lines of code that are not blank. */
static int
lint_code_lines(const char *s, size_t len)
{
	size_t	 i, start;
	int	 n = 0;

	for (start = 0; start < len; start = i + 1) {
		for (i = start; i < len && s[i] != '\n'; i++)
			;
		if (strspn(s + start, " \t") < i - start)
			n++;
	}
	return (n);
}

/* Does the output show what id() gives (a long integer)? */
static int
lint_shows_id(const struct bank_item *it, const struct result *r)
{
	pcre2_code		*re;
	pcre2_match_data	*md;
	PCRE2_SIZE		 off;
	int			 err, rc;

	if (strstr(it->code->text, "id(") == NULL)
		return (0);
	re = pcre2_compile((PCRE2_SPTR)"(?<![\\d.])\\d{9,}(?![\\d.])",
	    PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
	if (re == NULL)
		fatalx("lint: the id pattern does not compile");
	md = pcre2_match_data_create_from_pattern(re, NULL);
	rc = pcre2_match(re, (PCRE2_SPTR)r->out, r->out_len, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return (rc >= 0);
}

/*
 * Does s quote code a run could judge: a fenced block, or inline code
 * with a call that has arguments or an operator between two operands
 * ("`len(a)`", "`7 // 2`")? A bare name (`__init__`) is vocabulary.
 */
static int
lint_quotes_code(const char *s)
{
	static pcre2_code	*re;
	pcre2_match_data	*md;
	PCRE2_SIZE		 off;
	int			 err, rc;

	if (s == NULL)
		return (0);
	if (re == NULL && (re = pcre2_compile((PCRE2_SPTR)
	    "^(```|~~~)|`[^`\\n]*(\\w\\([^)`]+\\)|[\\w)\\]'\"]\\s*"
	    "(\\*\\*|//|==|!=|<=|>=|[-+*/%<>&|^])\\s*[\\w(\\['\"])[^`]*`",
	    PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE, &err, &off, NULL)) == NULL)
		fatalx("lint: the quoted-code pattern does not compile");
	md = pcre2_match_data_create_from_pattern(re, NULL);
	rc = pcre2_match(re, (PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED, 0, 0, md,
	    NULL);
	pcre2_match_data_free(md);
	return (rc >= 0);
}

/*
 * A concept item: its key is the bank's word, so it should be about
 * what no run can show. Code in its question or options could be run
 * and proven instead.
 */
static char *
lint_concept(const char *path, const struct bank_item *it)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	if (it->objective == NULL)
		buf_addf(&b, "%s:%d: %s: lint: no objective (add '- objective:"
		    " EXAM N.M')\n", path, it->line, it->id);
	if (lint_quotes_code(it->prompt))
		buf_addf(&b, "%s:%d: %s: lint: the question quotes code a run"
		    " could judge: write it as a program item, so the oracle"
		    " proves the key\n", path, it->line, it->id);
	for (i = 0; i < it->nopts; i++) {
		if (!lint_quotes_code(it->opts[i].text))
			continue;
		buf_addf(&b, "%s:%d: %s: lint: option '%s' quotes code a run"
		    " could judge: prove it with ```options eval under a"
		    " program\n", path, it->opts[i].line, it->id,
		    it->opts[i].text);
	}
	if (b.len == 0)
		return (NULL);
	return (buf_detach(&b, NULL));
}

char *
lint_item(const char *path, const struct bank_item *it,
    const struct result *r)
{
	struct buf	 b;
	enum form	 form = it->form;
	int		 code, out;

	if (it->kind == BANK_KIND_CONCEPT)
		return (lint_concept(path, it));
	code = lint_code_lines(it->code->text, it->code->len);
	out = lint_lines(r->out, r->out_len);
	buf_init(&b);
#define LINT(...) do {							\
	buf_addf(&b, "%s:%d: %s: lint: ", path, it->line, it->id);	\
	buf_addf(&b, __VA_ARGS__);					\
	buf_addc(&b, '\n');						\
} while (0)
	if (it->objective == NULL)
		LINT("no objective (add '- objective: EXAM N.M')");
	if (it->explanation == NULL)
		LINT("no explanation after the code (say why it prints what"
		    " it prints)");
	if (lint_shows_id(it, r))
		LINT("the output shows an id(), which differs from run to"
		    " run and from python3's");
	if (out > LINT_MAX_OUTPUT)
		LINT("%d lines of output: more than a screen (%d)", out,
		    LINT_MAX_OUTPUT);
	if (form == FORM_ORDER && (code < 3 || code > 8))
		LINT("%d lines of code: an order question has 3 to 8", code);
	else if (code > LINT_MAX_CODE)
		LINT("%d lines of code (not counting blank ones): more than an"
		    " exam item shows (%d)",
		    code, LINT_MAX_CODE);
	if (form == FORM_ERROR && r->exc_type == NULL)
		LINT("form 'error' but the program raises nothing");
	if (form == FORM_ORDER && (r->exc_type != NULL ||
	    r->out_len == 0))
		LINT("form 'order' needs a program that prints and does not"
		    " raise");
#undef LINT
	if (b.len == 0)
		return (NULL);
	return (buf_detach(&b, NULL));
}
