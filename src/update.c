/*
 * update.c: render key blocks and splice them into a bank's lines.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "update.h"
#include "util.h"

void
update_init(struct update *u)
{
	u->edits = NULL;
	u->n = 0;
}

void
update_free(struct update *u)
{
	size_t	 i;

	for (i = 0; i < u->n; i++)
		free(u->edits[i].text);
	free(u->edits);
	update_init(u);
}

void
update_move(struct update *dst, struct update *src)
{
	size_t	 i;

	for (i = 0; i < src->n; i++) {
		dst->edits = xreallocarray(dst->edits, dst->n + 1,
		    sizeof *dst->edits);
		dst->edits[dst->n] = src->edits[i];
		dst->edits[dst->n].seq = (int)dst->n;
		dst->n++;
	}
	free(src->edits);
	update_init(src);
}

static void
update_add(struct update *u, int first, int last, char *text)
{
	u->edits = xreallocarray(u->edits, u->n + 1, sizeof *u->edits);
	u->edits[u->n].first = first;
	u->edits[u->n].last = last;
	u->edits[u->n].seq = (int)u->n;
	u->edits[u->n].eat_blank = 0;
	u->edits[u->n].text = text;
	u->n++;
}

/*
 * Render a fenced block. The fence is longer than any run of its
 * character that starts a content line, so the content cannot close it.
 */
static char *
update_block(const char *info, const char *text, size_t len, char fc,
    int flen, int indent)
{
	struct buf	 b;
	size_t		 i, j, run;
	int		 k;

	for (i = 0; i < len; i = j + 1) {
		for (j = i; j < len && j - i < 3 && text[j] == ' '; j++)
			;
		for (run = 0; j < len && text[j] == fc; j++)
			run++;
		if ((int)run >= flen)
			flen = (int)run + 1;
		while (j < len && text[j] != '\n')
			j++;
	}
	buf_init(&b);
	buf_addf(&b, "%*s", indent, "");
	for (k = 0; k < flen; k++)
		buf_addc(&b, fc);
	buf_addf(&b, "%s\n", info);
	for (i = 0; i < len; i = j + 1) {
		for (j = i; j < len && text[j] != '\n'; j++)
			;
		if (j > i)
			buf_addf(&b, "%*s", indent, "");
		buf_add(&b, text + i, j - i);
		buf_addc(&b, '\n');
	}
	buf_addf(&b, "%*s", indent, "");
	for (k = 0; k < flen; k++)
		buf_addc(&b, fc);
	buf_addc(&b, '\n');
	return (buf_detach(&b, NULL));
}

char *
update_render_block(const char *info, const char *text, size_t len, char fc)
{
	char	*t, *block;

	if (len > 0 && text[len - 1] == '\n')
		len--;
	t = xstrndup(text, len);
	block = update_block(info, t, len, fc, 3, 0);
	free(t);
	return (block);
}

/* Where a new key block goes: after the code (and a stdin block below it). */
static int
update_insert_line(const struct bank_item *it)
{
	int	 line = it->code->end_line;

	if (it->input != NULL && it->input->start_line > line)
		line = it->input->end_line;
	return (line + 1);
}

/* Replace, insert or remove one key block. */
static void
update_key(struct update *u, const struct bank_block *old, int insert_at,
    char fc, const char *info, const char *text, size_t len)
{
	struct buf	 b;
	char		*block;

	if (old == NULL && len == 0)
		return;
	if (old == NULL) {
		block = update_block(info, text, len, fc, 3, 0);
		buf_init(&b);
		buf_addc(&b, '\n');
		buf_adds(&b, block);
		free(block);
		update_add(u, insert_at, insert_at - 1, buf_detach(&b, NULL));
	} else if (len == 0) {
		/*
		 * Removing the block takes the blank line before it along, so a
		 * block inserted in its place (with its own blank line before)
		 * lands where it was.
		 */
		update_add(u, old->start_line, old->end_line, xstrdup(""));
		u->edits[u->n - 1].eat_blank = 1;
	} else {
		/* The old info string stays: "output python>=3.12" too. */
		update_add(u, old->start_line, old->end_line,
		    update_block(old->info != NULL && *old->info != '\0' ?
		    old->info : info, text, len, old->fence_char,
		    old->fence_len, old->indent));
	}
}

void
update_set_output(struct update *u, const struct bank_item *it,
    const char *out, size_t len)
{
	char	*norm;
	size_t	 nlen;

	norm = answer_normalize(out, len, &nlen);
	/* New blocks are fenced like the item's code. */
	update_key(u, it->output, update_insert_line(it), it->code->fence_char,
	    "output", norm, nlen);
	free(norm);
}

void
update_set_error(struct update *u, const struct bank_item *it,
    const char *type, const char *msg)
{
	char	*text = NULL;
	int	 at;

	if (type != NULL) {
		if ((it->error == NULL || it->error_msg != NULL) &&
		    msg != NULL && *msg != '\0')
			text = xprintf("%s: %s\n", type, msg);
		else
			text = xprintf("%s\n", type);
	}
	/* A new error key goes after the output key. */
	at = it->output != NULL ? it->output->end_line + 1 :
	    update_insert_line(it);
	update_key(u, it->error, at, it->code->fence_char, "error",
	    text ? text : "",
	    text ? strlen(text) : 0);
	free(text);
}

static int
update_cmp(const void *a, const void *b)
{
	const struct update_edit	*x = a, *y = b;

	if (x->first != y->first)
		return (x->first < y->first ? -1 : 1);
	return (x->seq - y->seq);
}

/* Is this line blank? */
static int
update_blank(const char *p, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			return (0);
	}
	return (1);
}

/* Append text, turning its "\n" into "\r\n" if crlf. */
static void
update_add_text(struct buf *out, const char *text, int crlf)
{
	for (; *text != '\0'; text++) {
		if (*text == '\n' && crlf)
			buf_addc(out, '\r');
		buf_addc(out, *text);
	}
}

char *
update_apply(const struct bank *bk, const struct update *u, size_t *outlen)
{
	struct update_edit	*e;
	struct buf		 out;
	const char		*p = bk->data, *end = bk->data + bk->len, *nl;
	size_t			 i = 0, n = u->n, llen, last = 0;
	int			 line = 1, skip_to = 0, crlf;

	/* New lines end the way the file's lines do. */
	nl = memchr(p, '\n', end - p);
	crlf = nl != NULL && nl > p && nl[-1] == '\r';
	e = xcalloc(n ? n : 1, sizeof *e);
	if (n != 0)
		memcpy(e, u->edits, n * sizeof *e);
	qsort(e, n, sizeof *e, update_cmp);
	buf_init(&out);
	for (;;) {
		/* Everything that happens before this line. */
		for (; i < n && e[i].first <= line; i++) {
			if (e[i].eat_blank && out.len > last &&
			    update_blank(out.data + last, out.len - last))
				out.len = last;
			if (out.len > 0 && out.data[out.len - 1] != '\n')
				buf_adds(&out, crlf ? "\r\n" : "\n");
			update_add_text(&out, e[i].text, crlf);
			if (e[i].last >= e[i].first)
				skip_to = e[i].last;
		}
		if (p >= end)
			break;
		nl = memchr(p, '\n', end - p);
		llen = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
		if (line > skip_to) {
			last = out.len;
			buf_add(&out, p, llen);
		}
		p += llen;
		line++;
	}
	free(e);
	if (out.data != NULL)
		out.data[out.len] = '\0';
	return (buf_detach(&out, outlen));
}
