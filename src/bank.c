/*
 * bank.c: parse snippet banks with libcmark.
 *
 * cmark gives the block structure and each block's source lines; the few
 * things that must be read byte for byte (heading ids, "- key: value"
 * lines, fence characters) are read from the source lines themselves.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <pcre2.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bank.h"
#include "gap.h"
#include "pyver.h"
#include "util.h"

/* The metadata keys an item may carry. */
static const char *bank_keys[] = {
	"objective", "form", "tags", "timeout", "python", "generator", "variant",
	"kind", "source", "covers", "needs", NULL
};
/* The words of "- needs:", in the order of the BANK_NEEDS_* bits. */
static const char *bank_needs_words[] = {
	"display", "subprocess", "requests", "pytest", NULL
};
/* Source lines of a bank, for reading blocks byte for byte. */
struct bank_lines {
	const char	 *data;
	size_t		  len;
	size_t		 *start;	/* offset of line i+1 */
	int		  n;
};

/*
 * The ids of the items kept so far, so that a duplicate is found in
 * constant time: a scan of every earlier item made parsing quadratic (a
 * bank of 8 MB took minutes). Open addressing, linear probing.
 */
struct bank_ids {
	size_t	*slot;		/* index of an item + 1; 0: empty */
	size_t	 size;		/* a power of two, at most half full */
	size_t	 n;
};

/* The item being built, and whether it is still sound. */
struct bank_state {
	struct bank		*bank;
	struct bank_lines	 lines;
	struct bank_ids		 ids;
	struct bank_item	*cur;
	size_t			 itemsalloc;	/* room in bank->items */
	size_t			 errorsalloc;	/* and in bank->errors */
	int			 broken;
	int			 meta_allowed;
	int			 misread_over;	/* "more than 8" said */
	struct buf		 prompt;
	struct buf		 expl;
};

static pcre2_code *
bank_regex(const char *pattern)
{
	pcre2_code	*re;
	PCRE2_SIZE	 off;
	int		 err;

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF, &err, &off, NULL);
	if (re == NULL)
		fatalx("bank: bad built-in pattern at offset %zu", (size_t)off);
	return (re);
}

/* Match subject against re; fill up to n capture ranges. 1 matched, 0 not. */
static int
bank_match(pcre2_code *re, const char *s, size_t len, size_t (*cap)[2],
    int n)
{
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov;
	int			 rc, i;

	md = pcre2_match_data_create_from_pattern(re, NULL);
	rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, NULL);
	if (rc > 0) {
		ov = pcre2_get_ovector_pointer(md);
		for (i = 0; i < n; i++) {
			cap[i][0] = ov[2 * (i + 1)];
			cap[i][1] = ov[2 * (i + 1) + 1];
		}
	}
	pcre2_match_data_free(md);
	return (rc > 0);
}

static pcre2_code *
bank_re_id(void)
{
	static pcre2_code	*re;

	if (re == NULL)
		re = bank_regex("^[A-Za-z0-9._-]+$");
	return (re);
}

static pcre2_code *
bank_re_meta(void)
{
	static pcre2_code	*re;

	if (re == NULL)
		re = bank_regex("^ {0,3}[-*+][ \\t]+([A-Za-z][A-Za-z0-9_-]*)"
		    "[ \\t]*:[ \\t]*(.*?)[ \\t]*$");
	return (re);
}

static pcre2_code *
bank_re_objective(void)
{
	static pcre2_code	*re;

	if (re == NULL)
		re = bank_regex("^[A-Z]{4}-[0-9]{2}-[0-9]{2,3} [0-9]+(\\.[0-9]+)*$");
	return (re);
}

static pcre2_code *
bank_re_error(void)
{
	static pcre2_code	*re;

	if (re == NULL)
		re = bank_regex("^([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_]"
		    "[A-Za-z0-9_]*)*)(?:[ \\t]*:(?:[ \\t]*(.*?))?)?[ \\t]*$");
	return (re);
}

/*
 * The slot of id in the table: the one holding an item with this id, or
 * the empty one where it would go.
 */
static size_t *
bank_ids_slot(struct bank_state *st, const char *id)
{
	struct bank_ids	*t = &st->ids;
	size_t		 i;

	i = util_hash(id) & (t->size - 1);
	while (t->slot[i] != 0 &&
	    strcmp(st->bank->items[t->slot[i] - 1].id, id) != 0)
		i = (i + 1) & (t->size - 1);
	return (&t->slot[i]);
}

/* The kept item with this id, or NULL. */
static struct bank_item *
bank_ids_find(struct bank_state *st, const char *id)
{
	size_t	*slot;

	if (st->ids.size == 0)
		return (NULL);
	slot = bank_ids_slot(st, id);
	return (*slot != 0 ? &st->bank->items[*slot - 1] : NULL);
}

/* Remember that item index holds its id (not in the table yet). */
static void
bank_ids_add(struct bank_state *st, size_t index)
{
	struct bank_ids	*t = &st->ids;
	size_t		*old = t->slot, oldsize = t->size, i;

	if (2 * (t->n + 1) > t->size) {
		t->size = t->size == 0 ? 64 : 2 * t->size;
		t->slot = xcalloc(t->size, sizeof *t->slot);
		for (i = 0; i < oldsize; i++) {
			if (old[i] != 0)
				*bank_ids_slot(st,
				    st->bank->items[old[i] - 1].id) = old[i];
		}
		free(old);
	}
	*bank_ids_slot(st, st->bank->items[index].id) = index + 1;
	t->n++;
}

static void
bank_lines_init(struct bank_lines *l, const char *data, size_t len)
{
	const char	*p, *end = data + len;
	size_t		 i, n = 1;

	/* Counted first: growing the array a line at a time costs more. */
	for (p = data; p < end && (p = memchr(p, '\n', end - p)) != NULL; p++)
		n++;
	l->data = data;
	l->len = len;
	l->n = 0;
	l->start = xreallocarray(NULL, n, sizeof *l->start);
	l->start[l->n++] = 0;
	for (i = 0; i < len; i++) {
		if (data[i] == '\n' && i + 1 < len)
			l->start[l->n++] = i + 1;
	}
}

/* Line number (1-based) as a pointer and a length without "\r\n". */
static const char *
bank_line(const struct bank_lines *l, int line, size_t *len)
{
	size_t	 s, e;

	if (line < 1 || line > l->n) {
		*len = 0;
		return ("");
	}
	s = l->start[line - 1];
	e = line < l->n ? l->start[line] : l->len;
	while (e > s && (l->data[e - 1] == '\n' || l->data[e - 1] == '\r'))
		e--;
	*len = e - s;
	return (l->data + s);
}

static void
bank_error_at(struct bank_state *st, int line, const char *fmt, ...)
	SQ_PRINTF(3, 4);

static void
bank_error_at(struct bank_state *st, int line, const char *fmt, ...)
{
	struct bank	*b = st->bank;
	va_list		 ap;

	if (b->nerrors == st->errorsalloc) {
		st->errorsalloc = st->errorsalloc == 0 ? 8 :
		    2 * st->errorsalloc;
		b->errors = xreallocarray(b->errors, st->errorsalloc,
		    sizeof *b->errors);
	}
	b->errors[b->nerrors].line = line;
	b->errors[b->nerrors].seq = b->nerrors;
	va_start(ap, fmt);
	b->errors[b->nerrors].msg = xvprintf(fmt, ap);
	va_end(ap);
	b->nerrors++;
	if (st->cur != NULL)
		st->broken = 1;
}

static void
bank_block_free(struct bank_block *bl)
{
	if (bl == NULL)
		return;
	free(bl->text);
	free(bl->info);
	free(bl);
}

static void
bank_item_clear(struct bank_item *it)
{
	size_t	 i;

	free(it->id);
	for (i = 0; i < it->nmeta; i++) {
		free(it->meta[i].key);
		free(it->meta[i].value);
	}
	free(it->meta);
	bank_block_free(it->code);
	bank_block_free(it->output);
	bank_block_free(it->error);
	bank_block_free(it->input);
	bank_block_free(it->params);
	bank_block_free(it->where);
	bank_block_free(it->fill);
	bank_block_free(it->options);
	for (i = 0; i < it->nopts; i++) {
		free(it->opts[i].text);
		free(it->opts[i].why);
	}
	free(it->opts);
	for (i = 0; i < it->nalts; i++) {
		free(it->alts[i].spec);
		bank_block_free(it->alts[i].output);
		bank_block_free(it->alts[i].error);
		free(it->alts[i].error_type);
		free(it->alts[i].error_msg);
	}
	free(it->alts);
	for (i = 0; i < it->nmisreads; i++) {
		free(it->misreads[i].label);
		free(it->misreads[i].code);
	}
	free(it->misreads);
	free(it->error_type);
	free(it->error_msg);
	free(it->prompt);
	free(it->explanation);
	memset(it, 0, sizeof *it);
}

void
bank_item_keys(const struct bank_item *it, const char *version,
    struct bank_keys *k)
{
	const struct bank_alt	*a;
	size_t			 i;
	int			 out = 0, err = 0;

	k->output = it->output;
	k->error = it->error;
	k->error_type = it->error_type;
	k->error_msg = it->error_msg;
	for (i = 0; i < it->nalts && version != NULL; i++) {
		a = &it->alts[i];
		if (!pyver_matches(a->spec, version))
			continue;
		if (a->output != NULL && !out) {
			k->output = a->output;
			out = 1;
		}
		if (a->error != NULL && !err) {
			k->error = a->error;
			k->error_type = a->error_type;
			k->error_msg = a->error_msg;
			err = 1;
		}
	}
}

char *
bank_item_source(const struct bank_item *it, size_t *len)
{
	if (it->code == NULL) {		/* a concept item: nothing runs */
		*len = 0;
		return (xstrdup(""));
	}
	if (it->fill == NULL) {
		*len = it->code->len;
		return (xstrndup(it->code->text, it->code->len));
	}
	return (gap_fill(it->code->text, it->code->len, it->fill->text,
	    it->fill->len, len));
}

const char *
bank_meta(const struct bank_item *it, const char *key)
{
	size_t	 i;

	for (i = 0; i < it->nmeta; i++) {
		if (strcmp(it->meta[i].key, key) == 0)
			return (it->meta[i].value);
	}
	return (NULL);
}

int
bank_parse_error_key(const char *text, size_t len, char **type, char **msg,
    char **cause)
{
	size_t	 cap[2][2], n;
	char	*first;

	*type = *msg = NULL;
	/* Leading blank lines are not part of the key. */
	while (len > 0 && (*text == '\n' || *text == ' ' || *text == '\t' ||
	    *text == '\r')) {
		text++;
		len--;
	}
	while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r' ||
	    text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	if (len == 0) {
		*cause = xstrdup("the error block is empty: name the exception,"
		    " e.g. ZeroDivisionError");
		return (-1);
	}
	n = strcspn(text, "\n");
	if (n > len)
		n = len;
	first = xstrndup(text, n);
	if (!bank_match(bank_re_error(), first, n, cap, 2)) {
		*cause = xprintf("the error block must read 'Type' or"
		    " 'Type: message', not '%s'", first);
		free(first);
		return (-1);
	}
	*type = xstrndup(first + cap[0][0], cap[0][1] - cap[0][0]);
	if ((cap[1][0] == PCRE2_UNSET || cap[1][1] == cap[1][0]) && n < len) {
		*cause = xprintf("the error block names %s and then goes on:"
		    " write 'Type: message' for a message over several lines",
		    *type);
		free(*type);
		*type = NULL;
		free(first);
		return (-1);
	}
	if (cap[1][0] != PCRE2_UNSET && cap[1][1] > cap[1][0]) {
		/* The message may go on over further lines. */
		*msg = xstrndup(first + cap[1][0], cap[1][1] - cap[1][0]);
		if (n < len) {
			char *all = xprintf("%s%.*s", *msg, (int)(len - n),
			    text + n);
			free(*msg);
			*msg = all;
		}
	}
	free(first);
	return (0);
}

/* Describe a fenced block from its cmark node and its source lines. */
static struct bank_block *
bank_block_new(struct bank_state *st, cmark_node *node, int *closed)
{
	struct bank_block	*bl;
	const char		*lit, *p;
	size_t			 len, i, run;

	bl = xcalloc(1, sizeof *bl);
	bl->start_line = cmark_node_get_start_line(node);
	bl->end_line = cmark_node_get_end_line(node);
	lit = cmark_node_get_literal(node);
	bl->text = xstrdup(lit != NULL ? lit : "");
	bl->len = strlen(bl->text);
	lit = cmark_node_get_fence_info(node);
	bl->info = xstrdup(lit != NULL ? lit : "");
	p = bank_line(&st->lines, bl->start_line, &len);
	for (i = 0; i < len && p[i] == ' '; i++)
		;
	bl->indent = (int)i;
	bl->fence_char = i < len ? p[i] : '`';
	for (run = 0; i < len && p[i] == bl->fence_char; i++)
		run++;
	bl->fence_len = (int)run;
	/* cmark runs an unclosed fence to the end of the file. */
	*closed = 0;
	if (bl->end_line > bl->start_line) {
		p = bank_line(&st->lines, bl->end_line, &len);
		for (i = 0; i < len && p[i] == ' '; i++)
			;
		for (run = 0; i < len && p[i] == bl->fence_char; i++)
			run++;
		while (i < len && (p[i] == ' ' || p[i] == '\t'))
			i++;
		*closed = run >= (size_t)bl->fence_len && i == len;
	}
	return (bl);
}

/*
 * Is prose now past the item's body, so explanation rather than prompt?
 * The body is the program, or a concept item's options (its question
 * is the prose above them), or fragments for a style checker in an item
 * with no program.
 */
static int
bank_past_body(const struct bank_item *it)
{
	if (it->kind == BANK_KIND_CONCEPT)
		return (it->options != NULL);
	return (it->code != NULL || (it->options != NULL &&
	    it->opts_style != STYLE_NONE));
}

/* Append the source lines of a node to a prose buffer. */

static void
bank_prose(struct bank_state *st, cmark_node *node, struct buf *b)
{
	const char	*p;
	size_t		 len;
	int		 line, s, e;

	s = cmark_node_get_start_line(node);
	e = cmark_node_get_end_line(node);
	/* A list's end line runs over the blank lines after it. */
	while (e > s && (p = bank_line(&st->lines, e, &len), len == 0 ||
	    strspn(p, " \t") >= len))
		e--;
	if (b->len != 0)
		buf_addc(b, '\n');
	for (line = s; line <= e; line++) {
		p = bank_line(&st->lines, line, &len);
		buf_add(b, p, len);
		buf_addc(b, '\n');
	}
}

/*
 * A gap item has exactly one blank and a one-line ```fill block; an item
 * without a blank has no fill. A generator cannot have a gap (yet).
 */
static void
bank_check_gap(struct bank_state *st, struct bank_item *it)
{
	int	 n = gap_count(it->code->text, it->code->len);
	size_t	 len;

	if (it->fill == NULL) {
		if (n > 0)
			bank_error_at(st, it->code->start_line, "%s: the code has"
			    " a blank (___) but no ```fill block says what goes"
			    " there", it->id);
		return;
	}
	len = it->fill->len;
	while (len > 0 && it->fill->text[len - 1] == '\n')
		len--;
	if (n == 0)
		bank_error_at(st, it->fill->start_line, "%s: a ```fill block"
		    " but no blank (___) in the code", it->id);
	else if (n > 1)
		bank_error_at(st, it->code->start_line, "%s: %d blanks (___) in"
		    " the code; an item has one", it->id, n);
	else if (len == 0 || memchr(it->fill->text, '\n', len) != NULL)
		bank_error_at(st, it->fill->start_line, "%s: a ```fill block"
		    " holds one line", it->id);
	else if (it->params != NULL)
		bank_error_at(st, it->fill->start_line, "%s: generators cannot"
		    " have a blank yet", it->id);
}

/*
 * A misreading must differ from the program it misreads (the gap filled)
 * and be complete itself: a blank left in it would run as a name.
 */
static void
bank_check_misreads(struct bank_state *st, struct bank_item *it)
{
	struct bank_misread	*m;
	char			*src;
	size_t			 len, i;

	src = bank_item_source(it, &len);
	for (i = 0; i < it->nmisreads; i++) {
		m = &it->misreads[i];
		if (m->len == len && memcmp(m->code, src, len) == 0)
			bank_error_at(st, m->line, "%s: misreading '%s' is the"
			    " program itself: change what the learner misreads",
			    it->id, m->label);
		else if (it->fill != NULL && gap_count(m->code, m->len) > 0)
			bank_error_at(st, m->line, "%s: misreading '%s' has a"
			    " blank (___): write the whole program as misread",
			    it->id, m->label);
	}
	free(src);
}

/*
 * A ```misread LABEL block: keep its label and program. label is the
 * fence's info after "misread".
 */
static void
bank_misread(struct bank_state *st, cmark_node *node, const char *label)
{
	struct bank_item	*it = st->cur;
	struct bank_misread	*m;
	const char		*p;
	size_t			 i, nchars = 0;
	int			 line = cmark_node_get_start_line(node);

	while (*label == ' ' || *label == '\t')
		label++;
	/* Past eight the item is wrong anyway: one error, nothing kept. */
	if (it->nmisreads == BANK_MAX_MISREADS) {
		if (!st->misread_over)
			bank_error_at(st, line, "%s: more than %d ```misread"
			    " blocks: an item has at most %d", it->id,
			    BANK_MAX_MISREADS, BANK_MAX_MISREADS);
		st->misread_over = 1;
		return;
	}
	for (p = label; *p != '\0'; p++)
		nchars += ((unsigned char)*p & 0xc0) != 0x80;
	if (nchars < BANK_MISREAD_LABEL_MIN || nchars > BANK_MISREAD_LABEL_MAX) {
		bank_error_at(st, line, "%s: a ```misread block is labelled by"
		    " what the learner believed, %d to %d characters"
		    " (```misread range end taken as inclusive), not %zu", it->id,
		    BANK_MISREAD_LABEL_MIN, BANK_MISREAD_LABEL_MAX, nchars);
		return;
	}
	for (i = 0; i < it->nmisreads; i++) {
		if (strcmp(it->misreads[i].label, label) == 0) {
			bank_error_at(st, line, "%s: misreading '%s' is given"
			    " twice (the first at line %d)", it->id, label,
			    it->misreads[i].line);
			return;
		}
	}
	it->misreads = xreallocarray(it->misreads, it->nmisreads + 1,
	    sizeof *it->misreads);
	m = &it->misreads[it->nmisreads++];
	m->label = xstrdup(label);
	p = cmark_node_get_literal(node);
	m->code = xstrdup(p != NULL ? p : "");
	m->len = strlen(m->code);
	m->line = line;
}

/* Trim spaces at both ends of s, in place; s itself is returned. */
static char *
bank_trim(char *s)
{
	size_t	 a = strspn(s, " \t"), e = strlen(s);

	while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	memmove(s, s + a, e - a);
	s[e - a] = '\0';
	return (s);
}

/* Add the lines gathered in more to the last option's text. */
static void
bank_option_join(struct bank_item *it, struct buf *more)
{
	struct bank_option	*op;
	char			*text;

	if (more->len == 0)
		return;
	op = &it->opts[it->nopts - 1];
	text = xprintf("%s%s", op->text, more->data);
	free(op->text);
	op->text = text;
	more->len = 0;
}

/*
 * Parse an ```options block: lines "[x] text" (right) and "[ ] text",
 * later lines of an option indented by four spaces. rest is the fence's
 * info after "options": "", " eval" or " CHECKER clean|reported".
 */
static void
bank_options(struct bank_state *st, struct bank_block *bl, const char *rest)
{
	struct bank_item	*it = st->cur;
	struct bank_option	*op;
	struct buf		 more;
	const char		*p = bl->text, *nl;
	size_t			 len, nmarked = 0, count = 0, i, blank = 0;
	int			 line = bl->start_line, skip = 0, why = 0;
	char			*w;

	while (*rest == ' ' || *rest == '\t')
		rest++;
	len = strcspn(rest, " \t");
	if (it->kind == BANK_KIND_CONCEPT && (strcmp(rest, "eval") == 0 ||
	    style_parse(rest, len) != STYLE_NONE)) {
		bank_error_at(st, bl->start_line, "%s: a concept item's options"
		    " are statements its marks judge: ```options, not ```options"
		    " %.*s", it->id, (int)len, rest);
		return;
	}
	if (strcmp(rest, "eval") == 0)
		it->opts_eval = 1;
	else if ((it->opts_style = style_parse(rest, len)) != STYLE_NONE) {
		rest += len;
		while (*rest == ' ' || *rest == '\t')
			rest++;
		if (strcmp(rest, "reported") == 0)
			it->opts_reported = 1;
		else if (strcmp(rest, "codes") == 0)
			it->opts_codes = 1;
		else if (strcmp(rest, "clean") != 0) {
			bank_error_at(st, bl->start_line, "%s: ```options %s"
			    " takes 'clean' (the right options are those it"
			    " finds nothing in), 'reported' or 'codes', not '%s'",
			    it->id, style_name(it->opts_style), rest);
			return;
		}
	} else if (*rest != '\0') {
		bank_error_at(st, bl->start_line, "%s: ```options takes 'eval',"
		    " 'pycodestyle', 'pydocstyle', 'pep8-naming' or nothing,"
		    " not '%s'", it->id, rest);
		return;
	}
	/* An option's later lines, joined once it ends (not line by line). */
	buf_init(&more);
	for (; *p != '\0'; p = nl ? nl + 1 : p + len) {
		line++;
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len == 0) {
			blank++;
			continue;
		}
		if (len >= 4 && strncmp(p, "    ", 4) == 0 && it->nopts > 0 &&
		    !it->opts_eval) {
			if (skip)
				continue;
			/*
			 * A concept option's "why:" line says why it is right
			 * or wrong: the bank's key needs its reason, as a run
			 * is the reason of a program's.
			 */
			if (it->kind == BANK_KIND_CONCEPT && (why ||
			    (len >= 8 && strncmp(p + 4, "why:", 4) == 0))) {
				op = &it->opts[it->nopts - 1];
				if (!why) {
					bank_option_join(it, &more);
					w = xstrndup(p + 8, len - 8);
				} else
					w = xprintf("%s %.*s", op->why,
					    (int)(len - 4), p + 4);
				free(op->why);
				op->why = bank_trim(w);
				why = 1;
				continue;
			}
			/* A fragment's blank lines are its own (E302, E303). */
			for (; blank > 0 && it->opts_style != STYLE_NONE; blank--)
				buf_addc(&more, '\n');
			blank = 0;
			buf_addc(&more, '\n');
			buf_add(&more, p + 4, len - 4);
			continue;
		}
		blank = 0;
		why = 0;
		bank_option_join(it, &more);
		if (len < 4 || p[0] != '[' || (p[1] != 'x' && p[1] != 'X' &&
		    p[1] != ' ') || p[2] != ']' || p[3] != ' ') {
			bank_error_at(st, line, "%s: an option reads '[x] text'"
			    " (right) or '[ ] text' (wrong)", it->id);
			goto out;
		}
		/*
		 * Past six the count is wrong anyway: the rest are only
		 * counted, so that a block of a million options costs no more
		 * than reading it.
		 */
		if (++count > 7) {
			skip = 1;
			continue;
		}
		skip = 0;
		it->opts = xreallocarray(it->opts, it->nopts + 1,
		    sizeof *it->opts);
		op = &it->opts[it->nopts++];
		op->text = xstrndup(p + 4, len - 4);
		op->marked = p[1] != ' ';
		op->line = line;
		op->why = NULL;
		nmarked += op->marked;
		for (i = 0; i + 1 < it->nopts; i++) {
			if (strcmp(it->opts[i].text, op->text) == 0) {
				bank_error_at(st, line, "%s: option '%s' is given"
				    " twice", it->id, op->text);
				goto out;
			}
		}
	}
	bank_option_join(it, &more);
	for (i = 0; it->opts_codes && i < it->nopts; i++) {
		if (!style_is_code(it->opts[i].text)) {
			bank_error_at(st, it->opts[i].line, "%s: an option of"
			    " ```options %s codes starts with one of its rule"
			    " codes ('E225 missing whitespace around operator'),"
			    " on one line", it->id, style_name(it->opts_style));
			goto out;
		}
	}
	for (i = 0; it->opts_style != STYLE_NONE && i < it->nopts; i++) {
		if (strlen(it->opts[i].text) > STYLE_MAX_FRAGMENT) {
			bank_error_at(st, it->opts[i].line, "%s: a fragment for"
			    " %s has at most %d bytes", it->id,
			    style_name(it->opts_style), STYLE_MAX_FRAGMENT);
			goto out;
		}
	}
	if (count < 2 || count > 6)
		bank_error_at(st, bl->start_line, "%s: give 2 to 6 options, not"
		    " %zu", it->id, count);
	else if (nmarked == 0)
		bank_error_at(st, bl->start_line, "%s: mark the right option(s)"
		    " with [x]", it->id);
	else if (nmarked == it->nopts)
		bank_error_at(st, bl->start_line, "%s: every option is marked"
		    " right: leave at least one wrong", it->id);
out:
	buf_free(&more);
}

/*
 * A concept item is a question, its options with their reasons, and a
 * source: nothing to run, so nothing that only a run would use.
 */
static void
bank_check_concept(struct bank_state *st, struct bank_item *it)
{
	const struct bank_block	*run[] = { it->code, it->output, it->error,
	    it->input, it->fill, it->params, it->where };
	static const char	*names[] = { "python", "output", "error",
	    "stdin", "fill", "params", "where" };
	size_t			 i;

	for (i = 0; i < sizeof run / sizeof run[0]; i++) {
		if (run[i] != NULL) {
			bank_error_at(st, run[i]->start_line, "%s: a concept"
			    " item runs nothing, so has no ```%s block (drop"
			    " '- kind: concept' to have the oracle key a"
			    " program)", it->id, names[i]);
			return;
		}
	}
	if (it->nmisreads > 0) {
		bank_error_at(st, it->misreads[0].line, "%s: a concept item"
		    " runs nothing, so has no ```misread block", it->id);
		return;
	}
	if (it->form != FORM_OUTPUT && it->form != FORM_CHOICE &&
	    it->form != FORM_SELECT) {
		bank_error_at(st, it->line, "%s: a concept item is asked as a"
		    " choice or a select, not as '%s'", it->id,
		    form_name(it->form));
		return;
	}
	if (it->options == NULL) {
		bank_error_at(st, it->line, "%s: a concept item needs an"
		    " ```options block: its statements, the right ones marked"
		    " [x]", it->id);
		return;
	}
	if (st->prompt.len == 0) {
		bank_error_at(st, it->options->start_line, "%s: a concept item"
		    " asks its question in prose above its ```options", it->id);
		return;
	}
	if (it->source == NULL) {
		bank_error_at(st, it->line, "%s: a concept item's key is the"
		    " bank's word: name its source ('- source: PEP 8', '-"
		    " source: https://docs.python.org/3/glossary.html')",
		    it->id);
		return;
	}
	for (i = 0; i < it->nopts; i++) {
		if (!it->opts[i].marked && it->opts[i].why == NULL) {
			bank_error_at(st, it->opts[i].line, "%s: say why option"
			    " '%s' is wrong, on a line under it: '    why:"
			    " ...'", it->id, it->opts[i].text);
			return;
		}
	}
}

/* Close the current item: keep it if sound, count it broken if not. */
static void
bank_end_item(struct bank_state *st, int end_line)
{
	struct bank		*b = st->bank;
	struct bank_item	*it = st->cur, *first;

	if (it == NULL)
		return;
	it->end_line = end_line;
	if (it->code == NULL && it->nmisreads > 0 &&
	    it->kind != BANK_KIND_CONCEPT && !st->broken)
		bank_error_at(st, it->misreads[0].line, "%s: a ```misread block"
		    " in an item with no ```python block: a misreading is the"
		    " item's program as misread", it->id);
	/*
	 * Fragments judged by a style checker are the question itself: such
	 * an item may have no program, and runs an empty one.
	 */
	if (it->code == NULL && it->opts_codes && !st->broken)
		bank_error_at(st, it->options->start_line, "%s: ```options %s"
		    " codes names what the checker reports on the item's"
		    " program: add a ```python block", it->id,
		    style_name(it->opts_style));
	if (it->code == NULL && it->opts_style != STYLE_NONE &&
	    it->kind != BANK_KIND_CONCEPT && it->nmisreads == 0 &&
	    !st->broken) {
		it->code = xcalloc(1, sizeof *it->code);
		it->code->start_line = it->code->end_line =
		    it->options->start_line;
		it->code->text = xstrdup("");
		it->code->info = xstrdup("python");
		it->code->fence_char = '`';
		it->code->fence_len = 3;
	}
	if (it->kind == BANK_KIND_CONCEPT && !st->broken)
		bank_check_concept(st, it);
	else if (it->code == NULL && !st->broken)
		bank_error_at(st, it->line, "%s: item has no ```python block",
		    it->id);
	if (it->params != NULL && (it->output != NULL || it->error != NULL) &&
	    !st->broken)
		bank_error_at(st, (it->output ? it->output : it->error)->start_line,
		    "%s: a generator's keys come from the oracle: remove the"
		    " ```%s block", it->id, it->output ? "output" : "error");
	if (it->code != NULL && !st->broken)
		bank_check_gap(st, it);
	if (it->code != NULL && it->nmisreads > 0 && !st->broken)
		bank_check_misreads(st, it);
	if (it->where != NULL && it->params == NULL && !st->broken)
		bank_error_at(st, it->where->start_line, "%s: a ```where block"
		    " needs a ```params block to test", it->id);
	if (!st->broken && (first = bank_ids_find(st, it->id)) != NULL)
		bank_error_at(st, it->line, "duplicate item id '%s' (first at"
		    " line %d)", it->id, first->line);
	if (st->broken) {
		bank_item_clear(it);
		b->nitems--;
		b->nbroken++;
	} else {
		bank_ids_add(st, b->nitems - 1);
		it->prompt = st->prompt.len ? buf_detach(&st->prompt, NULL) :
		    NULL;
		it->explanation = st->expl.len ? buf_detach(&st->expl, NULL) :
		    NULL;
	}
	buf_free(&st->prompt);
	buf_free(&st->expl);
	st->cur = NULL;
	st->broken = 0;
}

/* The text of a level-2 heading, read from its source line. */
static char *
bank_heading_text(struct bank_state *st, cmark_node *node)
{
	const char	*p;
	size_t		 len, i, e;

	p = bank_line(&st->lines, cmark_node_get_start_line(node), &len);
	for (i = 0; i < len && p[i] == ' '; i++)
		;
	if (i < len && p[i] == '#') {
		while (i < len && p[i] == '#')
			i++;
		e = len;
		while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t'))
			e--;
		/* An optional closing sequence of #s after a space. */
		if (e > i && p[e - 1] == '#') {
			size_t h = e;
			while (h > i && p[h - 1] == '#')
				h--;
			if (h == i || p[h - 1] == ' ' || p[h - 1] == '\t')
				e = h;
		}
		while (i < e && (p[i] == ' ' || p[i] == '\t'))
			i++;
		while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t'))
			e--;
		return (xstrndup(p + i, e - i));
	}
	/* Setext: the heading's first line is its text. */
	e = len;
	while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	return (xstrndup(p + i, e - i));
}

static void
bank_start_item(struct bank_state *st, cmark_node *node)
{
	struct bank	*b = st->bank;
	char		*id;
	int		 line = cmark_node_get_start_line(node);

	bank_end_item(st, line - 1);
	id = bank_heading_text(st, node);
	if (b->nitems == st->itemsalloc) {
		st->itemsalloc = st->itemsalloc == 0 ? 16 : 2 * st->itemsalloc;
		b->items = xreallocarray(b->items, st->itemsalloc,
		    sizeof *b->items);
	}
	st->cur = &b->items[b->nitems++];
	memset(st->cur, 0, sizeof *st->cur);
	st->cur->id = id;
	st->cur->line = line;
	st->cur->form = FORM_OUTPUT;
	st->meta_allowed = 1;
	st->misread_over = 0;
	if (!bank_match(bank_re_id(), id, strlen(id), NULL, 0)) {
		bank_error_at(st, line, "'%s' is not an item id: use letters,"
		    " digits, '.', '_' and '-' (and '#' or '###' for headings"
		    " that are not items)", id);
	}
}

int
bank_parse_needs(const char *value, unsigned *needs, char **cause)
{
	char	*copy, **words = NULL;
	size_t	 n = 0, i, k;
	int	 rc = 0;

	*needs = 0;
	copy = xstrdup(value);
	util_split_list(copy, &words, &n);
	free(copy);
	if (n == 0) {
		*cause = xstrdup("name what the item needs: display, subprocess,"
		    " requests or pytest");
		return (-1);
	}
	for (i = 0; i < n; i++) {
		for (k = 0; bank_needs_words[k] != NULL; k++) {
			if (strcmp(words[i], bank_needs_words[k]) == 0)
				break;
		}
		if (bank_needs_words[k] == NULL && rc == 0) {
			*cause = xprintf("unknown need '%s' (known: display,"
			    " subprocess, requests, pytest)", words[i]);
			rc = -1;
		}
		*needs |= 1u << k;
	}
	for (i = 0; i < n; i++)
		free(words[i]);
	free(words);
	return (rc);
}

const char *
bank_needs_word(unsigned flag)
{
	size_t	 k;

	for (k = 0; bank_needs_words[k] != NULL; k++) {
		if (flag == 1u << k)
			return (bank_needs_words[k]);
	}
	return (NULL);
}

static int
bank_known(const char **list, const char *s)
{
	for (; *list != NULL; list++) {
		if (strcmp(*list, s) == 0)
			return (1);
	}
	return (0);
}

/* Check one metadata pair and remember it. */
static void
bank_add_meta(struct bank_state *st, const char *key, const char *value,
    int line)
{
	struct bank_item	*it = st->cur;
	enum form		 form = FORM_OUTPUT;
	double			 t;
	char			*cause;
	unsigned		 needs = 0;

	if (!bank_known(bank_keys, key)) {
		bank_error_at(st, line, "%s: unknown key '%s' (known: objective,"
		    " form, tags, timeout, python, kind, source, covers, needs,"
		    " generator, variant)", it->id, key);
		return;
	}
	if (bank_meta(it, key) != NULL) {
		bank_error_at(st, line, "%s: '%s' is given twice", it->id, key);
		return;
	}
	if (strcmp(key, "form") == 0 && form_parse(value, &form) == -1) {
		bank_error_at(st, line, "%s: unknown form '%s' (forms: %s)",
		    it->id, value, form_list());
		return;
	}
	if (strcmp(key, "timeout") == 0 &&
	    util_parse_seconds(value, &t) == -1) {
		bank_error_at(st, line, "%s: timeout must be a number of seconds,"
		    " not '%s'", it->id, value);
		return;
	}
	if (strcmp(key, "python") == 0 && pyver_check(value, &cause) == -1) {
		bank_error_at(st, line, "%s: python: %s", it->id, cause);
		free(cause);
		return;
	}
	if (strcmp(key, "kind") == 0 && strcmp(value, "program") != 0 &&
	    strcmp(value, "concept") != 0) {
		bank_error_at(st, line, "%s: kind is 'program' (the default) or"
		    " 'concept', not '%s'", it->id, value);
		return;
	}
	if (strcmp(key, "needs") == 0 && bank_parse_needs(value, &needs,
	    &cause) == -1) {
		bank_error_at(st, line, "%s: needs: %s", it->id, cause);
		free(cause);
		return;
	}
	if ((strcmp(key, "source") == 0 || strcmp(key, "covers") == 0) &&
	    *value == '\0') {
		bank_error_at(st, line, "%s: %s is empty", it->id, key);
		return;
	}
	if (strcmp(key, "objective") == 0 && !bank_match(bank_re_objective(),
	    value, strlen(value), NULL, 0)) {
		bank_error_at(st, line, "%s: objective must read 'EXAM N.M'"
		    " (e.g. 'PCEP-30-02 1.4'), not '%s'", it->id, value);
		return;
	}
	it->meta = xreallocarray(it->meta, it->nmeta + 1, sizeof *it->meta);
	it->meta[it->nmeta].key = xstrdup(key);
	it->meta[it->nmeta].value = xstrdup(value);
	it->meta[it->nmeta].line = line;
	it->nmeta++;
	if (strcmp(key, "objective") == 0)
		it->objective = it->meta[it->nmeta - 1].value;
	else if (strcmp(key, "form") == 0)
		it->form = form;
	else if (strcmp(key, "timeout") == 0)
		it->timeout = t;
	else if (strcmp(key, "python") == 0)
		it->python = it->meta[it->nmeta - 1].value;
	else if (strcmp(key, "kind") == 0)
		it->kind = strcmp(value, "concept") == 0 ? BANK_KIND_CONCEPT :
		    BANK_KIND_PROGRAM;
	else if (strcmp(key, "needs") == 0)
		it->needs = needs;
	else if (strcmp(key, "source") == 0)
		it->source = it->meta[it->nmeta - 1].value;
	else if (strcmp(key, "covers") == 0)
		it->covers = it->meta[it->nmeta - 1].value;
}

/*
 * A bullet list right under the heading: metadata if its lines read
 * "- key: value"; prose if none does; an error if some do and some don't.
 */
static int
bank_try_meta(struct bank_state *st, cmark_node *list)
{
	cmark_node	*li, *para;
	const char	*p;
	size_t		 len, cap[2][2];
	int		 line, nok = 0, nbad = 0, badline = 0;
	char		*key, *value;

	if (cmark_node_get_list_type(list) != CMARK_BULLET_LIST)
		return (0);
	for (li = cmark_node_first_child(list); li != NULL;
	    li = cmark_node_next(li)) {
		line = cmark_node_get_start_line(li);
		p = bank_line(&st->lines, line, &len);
		if (!bank_match(bank_re_meta(), p, len, cap, 2)) {
			if (nbad++ == 0)
				badline = line;
			continue;
		}
		/* (A list item's own end line runs over a blank line after.) */
		para = cmark_node_first_child(li);
		if (para != NULL && cmark_node_next(para) == NULL &&
		    cmark_node_get_type(para) == CMARK_NODE_PARAGRAPH &&
		    cmark_node_get_end_line(para) == line)
			nok++;
		else {
			/* It starts like metadata: do not let it pass as prose. */
			nok++;
			if (nbad++ == 0)
				badline = line;
		}
	}
	if (nok == 0)
		return (0);
	if (nbad != 0) {
		bank_error_at(st, badline, "%s: a metadata line must read"
		    " '- key: value' on one line", st->cur->id);
		return (1);
	}
	for (li = cmark_node_first_child(list); li != NULL;
	    li = cmark_node_next(li)) {
		line = cmark_node_get_start_line(li);
		p = bank_line(&st->lines, line, &len);
		bank_match(bank_re_meta(), p, len, cap, 2);
		key = xstrndup(p + cap[0][0], cap[0][1] - cap[0][0]);
		value = xstrndup(p + cap[1][0], cap[1][1] - cap[1][0]);
		bank_add_meta(st, key, value, line);
		free(key);
		free(value);
	}
	return (1);
}

/*
 * An ```output or ```error block whose info goes on "python<range>": a
 * key for those versions. 1 if it was one (kept, or reported), 0 if the
 * info says nothing of versions.
 */
static int
bank_alt_block(struct bank_state *st, cmark_node *node, const char *word,
    const char *rest)
{
	struct bank_item	*it = st->cur;
	struct bank_block	*bl, **slot;
	struct bank_alt		*a = NULL;
	char			*spec, *cause;
	size_t			 i;
	int			 closed, line = cmark_node_get_start_line(node);

	while (*rest == ' ' || *rest == '\t')
		rest++;
	if (strncmp(rest, "python", 6) != 0)
		return (0);
	spec = xstrdup(rest + 6);
	if (pyver_check(spec, &cause) == -1) {
		bank_error_at(st, line, "%s: ```%s %s: %s", it->id, word, rest,
		    cause);
		free(cause);
		free(spec);
		return (1);
	}
	for (i = 0; i < it->nalts; i++) {
		if (strcmp(it->alts[i].spec, spec) == 0)
			a = &it->alts[i];
	}
	if (a == NULL && it->nalts == BANK_MAX_ALTS) {
		/* Each block looks through the ranges: keep them few. */
		bank_error_at(st, line, "%s: ```%s %s: an item holds keys for"
		    " at most %d version ranges", it->id, word, rest,
		    BANK_MAX_ALTS);
		free(spec);
		return (1);
	}
	if (a == NULL) {
		it->alts = xreallocarray(it->alts, it->nalts + 1,
		    sizeof *it->alts);
		a = &it->alts[it->nalts++];
		memset(a, 0, sizeof *a);
		a->spec = spec;
	} else
		free(spec);
	slot = strcmp(word, "output") == 0 ? &a->output : &a->error;
	bl = bank_block_new(st, node, &closed);
	if (*slot != NULL) {
		bank_error_at(st, line, "%s: a second ```%s python%s block (the"
		    " first is at line %d)", it->id, word, a->spec,
		    (*slot)->start_line);
		bank_block_free(bl);
		return (1);
	}
	*slot = bl;
	if (slot == &a->error && bank_parse_error_key(bl->text, bl->len,
	    &a->error_type, &a->error_msg, &cause) == -1) {
		bank_error_at(st, line, "%s: %s", it->id, cause);
		free(cause);
	}
	return (1);
}

/* A fenced block inside an item: the snippet, a key, or prose. */
static void
bank_code_block(struct bank_state *st, cmark_node *node)
{
	struct bank_item	 *it = st->cur;
	struct bank_block	 *bl, **slot = NULL;
	const char		 *info, *name;
	char			 *word, *cause;
	size_t			  n;
	int			  closed, line;

	info = cmark_node_get_fence_info(node);
	line = cmark_node_get_start_line(node);
	n = info != NULL ? strcspn(info, " \t") : 0;
	word = xstrndup(info != NULL ? info : "", n);
	if (strcmp(word, "python") == 0)
		slot = &it->code;
	else if (strcmp(word, "output") == 0)
		slot = &it->output;
	else if (strcmp(word, "error") == 0)
		slot = &it->error;
	else if (strcmp(word, "stdin") == 0)
		slot = &it->input;
	else if (strcmp(word, "params") == 0)
		slot = &it->params;
	else if (strcmp(word, "where") == 0)
		slot = &it->where;
	else if (strcmp(word, "fill") == 0)
		slot = &it->fill;
	else if (strcmp(word, "options") == 0)
		slot = &it->options;
	name = word;
	if (strcmp(word, "misread") == 0) {
		bank_misread(st, node, info + n);
		free(word);
		return;
	}
	/* ```output python>=3.12: a key for some versions only. */
	if ((slot == &it->output || slot == &it->error) && info != NULL &&
	    bank_alt_block(st, node, word, info + n)) {
		free(word);
		return;
	}
	if (slot == NULL) {
		/* Any other block (```text, ```pycon...) is explanation. */
		bank_prose(st, node, bank_past_body(it) ? &st->expl :
		    &st->prompt);
		free(word);
		return;
	}
	bl = bank_block_new(st, node, &closed);	/* closed: bank_unclosed */
	if (*slot != NULL) {
		bank_error_at(st, line, "%s: a second ```%s block (the first is"
		    " at line %d; an item has one of each)", it->id, name,
		    (*slot)->start_line);
		bank_block_free(bl);
	} else {
		*slot = bl;
		if (slot == &it->error && bank_parse_error_key(bl->text,
		    bl->len, &it->error_type, &it->error_msg, &cause) == -1) {
			bank_error_at(st, line, "%s: %s", it->id, cause);
			free(cause);
		}
		if (slot == &it->options)
			bank_options(st, bl, info + n);
	}
	free(word);
}

/*
 * A fence never closed runs to the end of the file, swallowing the items
 * after it: report it (by its name when it is a key). 1 if unclosed.
 */
static int
bank_unclosed(struct bank_state *st, cmark_node *node)
{
	struct bank_block	*bl;
	const char		*info = cmark_node_get_fence_info(node);
	size_t			 n;
	int			 closed;

	bl = bank_block_new(st, node, &closed);
	if (!closed) {
		n = info != NULL ? strcspn(info, " \t") : 0;
		if (st->cur != NULL)
			bank_error_at(st, bl->start_line, "%s: the %s%.*s block"
			    " is never closed (add a line of %d or more '%c')",
			    st->cur->id, bl->fence_char == '~' ? "~~~" : "```",
			    (int)n, info != NULL ? info : "", bl->fence_len,
			    bl->fence_char);
		else
			bank_error_at(st, bl->start_line, "a fenced block opened"
			    " here is never closed: it runs to the end of the file"
			    " (add a line of %d or more '%c')", bl->fence_len,
			    bl->fence_char);
	}
	bank_block_free(bl);
	return (!closed);
}

/*
 * Does paragraph node open like a fence of backticks whose info holds a
 * backtick (```misread `+` taken for ...)? CommonMark reads that as prose,
 * and the block's closing line then opens a fence that swallows what
 * follows: said as an error, with the fix. Only inside an item.
 */
static int
bank_backtick_info(struct bank_state *st, cmark_node *node)
{
	const char	*p;
	size_t		 len, n;
	int		 line;

	line = cmark_node_get_start_line(node);
	if ((p = bank_line(&st->lines, line, &len)) == NULL)
		return (0);
	for (n = 0; n < len && p[n] == '`'; n++)
		;
	if (n < 3 || memchr(p + n, '`', len - n) == NULL)
		return (0);
	bank_error_at(st, line, "%s: a block opened with backticks cannot"
	    " have a backtick in its info (CommonMark reads it as text): open"
	    " it with ~~~ and close it with ~~~", st->cur->id);
	return (1);
}

static int
bank_is_fenced(struct bank_state *st, cmark_node *node)
{
	const char	*p;
	size_t		 len, i;

	p = bank_line(&st->lines, cmark_node_get_start_line(node), &len);
	for (i = 0; i < len && i < 3 && p[i] == ' '; i++)
		;
	return (i + 2 < len && (p[i] == '`' || p[i] == '~') &&
	    p[i + 1] == p[i] && p[i + 2] == p[i]);
}

static int
bank_error_cmp(const void *a, const void *b)
{
	const struct bank_error	*x = a, *y = b;

	/* qsort is not stable: errors on one line stay in the order found. */
	if (x->line != y->line)
		return (x->line < y->line ? -1 : 1);
	return (x->seq < y->seq ? -1 : x->seq > y->seq);
}

/*
 * cmark before 0.30.3 (Debian 12 ships 0.30.2) parses image openers
 * followed by links in quadratic time (CVE-2023-22486: a paragraph of
 * "![[]()" takes 1 s at 200 KB, over a minute at 1 MB): the cost is the
 * number of "![" times the number of "](" in one paragraph. A paragraph
 * is within a run of lines without a blank one, so a run where that
 * product passes BANK_CMARK_MAX_PAIRS is refused before cmark sees it.
 * The bound allows a thousand of each (no study text comes near); runs
 * under it cost about a millisecond each: the worst bank the 16 MiB limit
 * admits, 2,700 such runs, parses in 3.4 s. Returns the first line of
 * such a run, or 0 when there is none.
 */
#define BANK_CMARK_MAX_PAIRS	1000000UL
static int
bank_cmark_quadratic(const char *data, size_t len)
{
#if CMARK_VERSION < ((0 << 16) | (30 << 8) | 3)
	unsigned long	 images = 0, links = 0;
	size_t		 i, linelen = 0;
	int		 line = 1, start = 1;

	for (i = 0; i < len; i++) {
		if (data[i] == '\n') {
			if (linelen == 0) {	/* a blank line ends the run */
				images = links = 0;
				start = line + 1;
			}
			line++;
			linelen = 0;
			continue;
		}
		if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r')
			linelen++;
		if (i + 1 < len && data[i] == '!' && data[i + 1] == '[')
			images++;
		else if (i + 1 < len && data[i] == ']' && data[i + 1] == '(')
			links++;
		if (images != 0 && links != 0 &&
		    images * links > BANK_CMARK_MAX_PAIRS)
			return (start);
	}
#else
	(void)data;
	(void)len;
#endif
	return (0);
}

struct bank *
bank_parse(const char *path, const char *data, size_t len)
{
	struct bank_state	 st;
	struct bank		*b;
	cmark_node		*doc, *node;
	cmark_node_type		 type;
	int			 level, was_meta, line;

	b = xcalloc(1, sizeof *b);
	b->path = xstrdup(path);
	b->data = xstrndup(data, len);
	b->len = len;
	memset(&st, 0, sizeof st);
	st.bank = b;
	bank_lines_init(&st.lines, b->data, b->len);
	buf_init(&st.prompt);
	buf_init(&st.expl);
	if (memchr(b->data, '\0', b->len) != NULL) {
		bank_error_at(&st, 1, "not a text file (it has NUL bytes)");
		goto out;
	}
	if ((line = bank_cmark_quadratic(b->data, b->len)) != 0) {
		bank_error_at(&st, line, "a paragraph with more image and link"
		    " brackets (\"![\" times \"](\") than the Markdown parser"
		    " can read in reasonable time: split it with blank lines");
		goto out;
	}
	doc = cmark_parse_document(b->data, b->len, CMARK_OPT_DEFAULT);
	for (node = cmark_node_first_child(doc); node != NULL;
	    node = cmark_node_next(node)) {
		type = cmark_node_get_type(node);
		if (type == CMARK_NODE_HEADING) {
			level = cmark_node_get_heading_level(node);
			if (level == 2) {
				bank_start_item(&st, node);
				continue;
			}
			if (level == 1) {
				bank_end_item(&st,
				    cmark_node_get_start_line(node) - 1);
				continue;
			}
		}
		if (type == CMARK_NODE_CODE_BLOCK && bank_is_fenced(&st, node) &&
		    bank_unclosed(&st, node))
			continue;	/* it swallowed the rest of the file */
		if (st.cur == NULL)
			continue;	/* prose outside items */
		if (type == CMARK_NODE_HTML_BLOCK)
			continue;	/* comments, and the like */
		if (type == CMARK_NODE_PARAGRAPH &&
		    bank_backtick_info(&st, node))
			break;		/* what follows is misread */
		was_meta = st.meta_allowed;
		st.meta_allowed = 0;
		if (type == CMARK_NODE_LIST && was_meta &&
		    bank_try_meta(&st, node)) {
			/* A change of bullet starts a new list: still metadata. */
			st.meta_allowed = 1;
			continue;
		}
		if (type == CMARK_NODE_CODE_BLOCK && bank_is_fenced(&st, node))
			bank_code_block(&st, node);
		else
			bank_prose(&st, node, bank_past_body(st.cur) ? &st.expl :
			    &st.prompt);
	}
	bank_end_item(&st, st.lines.n);
	cmark_node_free(doc);
	/* Errors found when an item ends belong at its heading. */
	if (b->nerrors != 0)	/* errors is NULL then: qsort must not see it */
		qsort(b->errors, b->nerrors, sizeof *b->errors,
		    bank_error_cmp);
out:
	free(st.ids.slot);
	free(st.lines.start);
	buf_free(&st.prompt);
	buf_free(&st.expl);
	return (b);
}

struct bank *
bank_load(const char *path, char **cause)
{
	struct bank	*b;
	char		*data;
	size_t		 len;

	if (util_read_file(path, BANK_MAX_SIZE, &data, &len, cause) == -1)
		return (NULL);
	b = bank_parse(path, data, len);
	free(data);
	return (b);
}

void
bank_free(struct bank *b)
{
	size_t	 i;

	if (b == NULL)
		return;
	for (i = 0; i < b->nitems; i++)
		bank_item_clear(&b->items[i]);
	free(b->items);
	for (i = 0; i < b->nerrors; i++)
		free(b->errors[i].msg);
	free(b->errors);
	free(b->path);
	free(b->data);
	free(b);
}

struct bank_item *
bank_find(struct bank *b, const char *id)
{
	size_t	 i;

	for (i = 0; i < b->nitems; i++) {
		if (strcmp(b->items[i].id, id) == 0)
			return (&b->items[i]);
	}
	return (NULL);
}

static int
bank_cmp_path(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/*
 * A search of folders for banks. Symbolic links are followed, but each
 * folder is searched once, known by its device and inode: a link back to
 * a folder above it (a loop) or to one already searched adds nothing.
 * Links are followed only once every real folder has been searched, so a
 * bank reachable without a link is named by that path.
 */
struct bank_walk {
	const char	  *who;
	const char *const *exts;	/* the names a folder's files need */
	char		***list;
	size_t		  *n;
	void		  *seen;	/* tsearch tree of struct bank_dir */
	char		 **links;	/* links found in folders, to follow */
	size_t		   nlinks;
	int		   rc;
};

struct bank_dir {
	dev_t	 dev;
	ino_t	 ino;
};

static int
bank_dir_cmp(const void *a, const void *b)
{
	const struct bank_dir	*x = a, *y = b;

	if (x->dev != y->dev)
		return (x->dev < y->dev ? -1 : 1);
	return (x->ino < y->ino ? -1 : x->ino > y->ino);
}

static void
bank_walk_error(struct bank_walk *w, const char *path)
{
	fprintf(stderr, "%s %s: %s: %s\n", sq_progname, w->who, path,
	    strerror(errno));
	w->rc = -1;
}

static void
bank_walk_add(struct bank_walk *w, const char *path)
{
	*w->list = xreallocarray(*w->list, *w->n + 1, sizeof **w->list);
	(*w->list)[(*w->n)++] = xstrdup(path);
}

/* A file found in a folder is taken if its name ends in one of w's. */
static void
bank_walk_file(struct bank_walk *w, const char *path)
{
	size_t			 len = strlen(path), k;
	const char *const	*e;

	for (e = w->exts; *e != NULL; e++) {
		k = strlen(*e);
		if (len > k && strcmp(path + len - k, *e) == 0) {
			bank_walk_add(w, path);
			return;
		}
	}
}

/* Search folder path (st: what it is) unless it was searched already. */
static void
bank_walk_dir(struct bank_walk *w, const char *path, const struct stat *st)
{
	struct dirent	**ents;
	struct bank_dir	 *d, **found;
	struct stat	  sub_st;
	char		 *sub;
	size_t		  len = strlen(path);
	int		  count, i;

	d = xmalloc(sizeof *d);
	d->dev = st->st_dev;
	d->ino = st->st_ino;
	if ((found = tsearch(d, &w->seen, bank_dir_cmp)) == NULL)
		fatal("tsearch");
	if (*found != d) {
		free(d);
		return;
	}
	if ((count = scandir(path, &ents, NULL, alphasort)) == -1) {
		bank_walk_error(w, path);
		return;
	}
	for (i = 0; i < count; i++) {
		if (ents[i]->d_name[0] == '.') {
			free(ents[i]);
			continue;
		}
		sub = xprintf("%s%s%s", path, len && path[len - 1] == '/' ? "" :
		    "/", ents[i]->d_name);
		free(ents[i]);
		if (lstat(sub, &sub_st) == -1)
			bank_walk_error(w, sub);
		else if (S_ISLNK(sub_st.st_mode)) {
			w->links = xreallocarray(w->links, w->nlinks + 1,
			    sizeof *w->links);
			w->links[w->nlinks++] = sub;
			continue;
		} else if (S_ISDIR(sub_st.st_mode))
			bank_walk_dir(w, sub, &sub_st);
		else
			bank_walk_file(w, sub);
		free(sub);
	}
	free(ents);
}

int
bank_collect(const char *who, char **paths, size_t npaths, char ***list,
    size_t *n)
{
	static const char *const	 md[] = { ".md", NULL };

	return (bank_collect_ext(who, paths, npaths, md, list, n));
}

int
bank_collect_ext(const char *who, char **paths, size_t npaths,
    const char *const *exts, char ***list, size_t *n)
{
	struct bank_walk	 w;
	struct stat		 st;
	size_t			 i;

	memset(&w, 0, sizeof w);
	w.who = who;
	w.exts = exts;
	w.list = list;
	w.n = n;
	for (i = 0; i < npaths; i++) {
		if (stat(paths[i], &st) == -1)
			bank_walk_error(&w, paths[i]);
		else if (S_ISDIR(st.st_mode))
			bank_walk_dir(&w, paths[i], &st);
		else
			bank_walk_add(&w, paths[i]);	/* named: any name */
	}
	/* Following a link may find more links: the list grows. */
	for (i = 0; i < w.nlinks; i++) {
		if (stat(w.links[i], &st) == -1)
			bank_walk_error(&w, w.links[i]);
		else if (S_ISDIR(st.st_mode))
			bank_walk_dir(&w, w.links[i], &st);
		else
			bank_walk_file(&w, w.links[i]);
	}
	for (i = 0; i < w.nlinks; i++)
		free(w.links[i]);
	free(w.links);
	tdestroy(w.seen, free);
	return (w.rc);
}

void
bank_sort_paths(char **list, size_t n)
{
	if (n != 0)	/* list may be NULL then */
		qsort(list, n, sizeof *list, bank_cmp_path);
}
