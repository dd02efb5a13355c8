/*
 * highlight.c: syntax highlighting by CPython's tokenize, in the oracle.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "highlight.h"
#include "util.h"

/* src/highlight_driver.py, made into a C string by the build. */
static const char highlight_driver[] =
#include "src/highlight_driver.h"
    ;

/* The driver's names for the kinds, in enum order. */
static const char *highlight_names[HL_KINDS] = {
	"keyword", "builtin", "exception", "string", "number", "comment"
};

void
highlight_request(const char *src, size_t len, struct oracle_req *req)
{
	/* Raw bytes, not JSON: any program, valid UTF-8 or not. */
	oracle_req_driver(req, highlight_driver, sizeof highlight_driver - 1,
	    "<snipquiz-highlight>", src, len);
}

/* A decimal field of a report line; the end of it in *end. 0/-1. */
static int
highlight_number(const char *p, const char **end, long max, long *v)
{
	char	*e;

	if (*p < '0' || *p > '9')
		return (-1);
	errno = 0;
	*v = strtol(p, &e, 10);
	if (errno != 0 || *v > max || (*e != ' ' && *e != '\n'))
		return (-1);
	*end = e + (*e == ' ');
	return (0);
}

/*
 * One span line, "LINE COL END_LINE END_COL KIND\n", after *prev (the
 * spans are in order and do not overlap). 0/-1.
 */
static int
highlight_line(const char *p, const char *nl,
    const struct highlight_span *prev, struct highlight_span *sp)
{
	long	 v[4];
	size_t	 i, n;

	for (i = 0; i < 4; i++) {
		if (highlight_number(p, &p, i % 2 ? LONG_MAX : INT_MAX,
		    &v[i]) == -1 || p >= nl)
			return (-1);
	}
	n = (size_t)(nl - p);
	for (i = 0; i < HL_KINDS; i++) {
		if (strlen(highlight_names[i]) == n &&
		    memcmp(highlight_names[i], p, n) == 0)
			break;
	}
	if (i == HL_KINDS || v[0] < 1 || v[2] < v[0] ||
	    (v[2] == v[0] && v[3] < v[1]))
		return (-1);
	sp->kind = (enum highlight_kind)i;
	sp->line = (int)v[0];
	sp->col = (size_t)v[1];
	sp->end_line = (int)v[2];
	sp->end_col = (size_t)v[3];
	if (prev != NULL && (sp->line < prev->end_line ||
	    (sp->line == prev->end_line && sp->col < prev->end_col)))
		return (-1);
	return (0);
}

int
highlight_parse(const struct result *r, struct highlight **out, char **cause)
{
	struct highlight	*h;
	const char		*p, *nl, *end;
	size_t			 size = 0;
	int			 ended = 0, bad = 0;

	*out = NULL;
	h = xcalloc(1, sizeof *h);
	p = r->out;
	end = r->out + r->out_len;
	/* Whole lines only: output cut at the limit ends mid-line. */
	for (; p < end && (nl = memchr(p, '\n', end - p)) != NULL;
	    p = nl + 1) {
		if (nl - p == 5 && memcmp(p, "end ", 4) == 0 &&
		    (p[4] == '0' || p[4] == '1')) {
			h->complete = p[4] == '1';
			ended = 1;
			break;
		}
		if (h->nspans == size) {
			size = size ? size * 2 : 64;
			h->spans = xreallocarray(h->spans, size,
			    sizeof *h->spans);
		}
		if (highlight_line(p, nl, h->nspans ? &h->spans[h->nspans - 1] :
		    NULL, &h->spans[h->nspans]) == -1) {
			bad = 1;
			break;
		}
		h->nspans++;
	}
	/*
	 * With no last line, the spans read stand only when the output
	 * limit cut the report short (a very long program); anything else
	 * means the driver did not run to its end.
	 */
	if (bad || (!ended && r->verdict != VERDICT_OUTPUT &&
	    r->out_dropped == 0)) {
		highlight_free(h);
		if (!bad && r->verdict != VERDICT_OK)
			*cause = xprintf("the program could not be tokenized"
			    " (%s)", result_verdict_name(r->verdict));
		else
			*cause = xstrdup("the program could not be tokenized"
			    " (the highlighter's report is malformed)");
		return (-1);
	}
	if (!ended)
		h->complete = 0;
	*out = h;
	return (0);
}

int
highlight_scan(struct oracle *o, const char *src, size_t len,
    struct highlight **out, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	int			 rc;

	*out = NULL;
	highlight_request(src, len, &req);
	if (oracle_run(o, &req, &r, cause) == -1)
		return (-1);
	rc = highlight_parse(&r, out, cause);
	result_free(&r);
	return (rc);
}

/* The first span that ends on or after line: ends are in order too. */
static size_t
highlight_first(const struct highlight *h, int line)
{
	size_t	 lo = 0, hi = h->nspans, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (h->spans[mid].end_line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo);
}

char *
highlight_render(const struct highlight *h, const char *src, size_t len,
    int line, const char *const colours[HL_KINDS], const char *off)
{
	const struct highlight_span	*sp;
	const char			*p, *e, *nl;
	struct buf			 b;
	size_t				 i, n, pos = 0, s, t;
	int				 k;

	buf_init(&b);
	p = src;
	e = src + len;
	for (k = 1; k < line && p != NULL; k++) {
		nl = memchr(p, '\n', e - p);
		p = nl != NULL ? nl + 1 : NULL;
	}
	if (line < 1 || p == NULL)
		return (buf_detach(&b, NULL));
	nl = memchr(p, '\n', e - p);
	n = nl != NULL ? (size_t)(nl - p) : (size_t)(e - p);
	if (h != NULL && colours != NULL && off != NULL) {
		for (i = highlight_first(h, line); i < h->nspans; i++) {
			sp = &h->spans[i];
			if (sp->line > line)
				break;
			if (colours[sp->kind] == NULL)
				continue;
			/* Columns from the driver are kept inside the line. */
			s = sp->line < line ? 0 : sp->col;
			t = sp->end_line > line ? n : sp->end_col;
			s = s < pos ? pos : s > n ? n : s;
			t = t > n ? n : t;
			if (s >= t)
				continue;
			buf_add(&b, p + pos, s - pos);
			buf_adds(&b, colours[sp->kind]);
			buf_add(&b, p + s, t - s);
			buf_adds(&b, off);
			pos = t;
		}
	}
	buf_add(&b, p + pos, n - pos);
	return (buf_detach(&b, NULL));
}

void
highlight_free(struct highlight *h)
{
	if (h == NULL)
		return;
	free(h->spans);
	free(h);
}
