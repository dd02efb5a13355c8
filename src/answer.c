/*
 * answer.c: output and exception comparison.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "answer.h"
#include "bank.h"
#include "diff.h"
#include "result.h"
#include "util.h"

static int
answer_space(char c)
{
	return (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v');
}

char *
answer_normalize(const char *s, size_t len, size_t *outlen)
{
	struct buf	 b;
	size_t		 i, start, end;

	buf_init(&b);
	for (start = 0; start < len; start = i + 1) {
		for (i = start; i < len && s[i] != '\n'; i++)
			;
		end = i;
		while (end > start && answer_space(s[end - 1]))
			end--;
		buf_add(&b, s + start, end - start);
		buf_addc(&b, '\n');
	}
	/* Trailing blank lines go; so does the newline ending no line. */
	while (b.len > 0 && b.data[b.len - 1] == '\n' &&
	    (b.len == 1 || b.data[b.len - 2] == '\n'))
		b.len--;
	if (b.len > 0 && b.data[b.len - 1] != '\n')
		buf_addc(&b, '\n');
	if (b.data != NULL)
		b.data[b.len] = '\0';
	return (buf_detach(&b, outlen));
}

int
answer_output_matches(const char *e, size_t elen, const char *a, size_t alen)
{
	char	*ne, *na;
	size_t	 nelen, nalen;
	int	 same;

	ne = answer_normalize(e, elen, &nelen);
	na = answer_normalize(a, alen, &nalen);
	same = nelen == nalen && memcmp(ne, na, nelen) == 0;
	free(ne);
	free(na);
	return (same);
}

int
answer_typed_matches(const char *given, size_t glen, const struct result *r)
{
	char	*type = NULL, *msg = NULL, *cause = NULL;
	size_t	 len = glen, last;
	int	 ok;

	if (r->exc_type == NULL)
		return (answer_output_matches(given,
		    len, r->out, r->out_len));
	/* The last non-empty line names the exception. */
	while (len > 0 && given[len - 1] == '\n')
		len--;
	if (len == 0)
		return (0);
	for (last = len; last > 0 && given[last - 1] != '\n'; last--)
		;
	if (bank_parse_error_key(given + last, len - last, &type, &msg,
	    &cause) == -1) {
		free(cause);
		return (0);
	}
	ok = answer_error_matches(type, msg, r->exc_type, r->exc_msg) &&
	    answer_output_matches(given, last, r->out, r->out_len);
	free(type);
	free(msg);
	return (ok);
}

/* Compare two strings ignoring whitespace at either end. */
static int
answer_trimmed_equal(const char *a, const char *b)
{
	size_t	 alen, blen;

	while (answer_space(*a) || *a == '\n')
		a++;
	while (answer_space(*b) || *b == '\n')
		b++;
	alen = strlen(a);
	blen = strlen(b);
	while (alen > 0 && (answer_space(a[alen - 1]) || a[alen - 1] == '\n'))
		alen--;
	while (blen > 0 && (answer_space(b[blen - 1]) || b[blen - 1] == '\n'))
		blen--;
	return (alen == blen && memcmp(a, b, alen) == 0);
}

int
answer_error_matches(const char *type, const char *msg,
    const char *actual_type, const char *actual_msg)
{
	const char	*dot;

	if (actual_type == NULL)
		return (0);
	if (strcmp(type, actual_type) != 0) {
		/* A bare class name matches a module-qualified one. */
		if (strchr(type, '.') != NULL ||
		    (dot = strrchr(actual_type, '.')) == NULL ||
		    strcmp(type, dot + 1) != 0)
			return (0);
	}
	if (msg == NULL)
		return (1);
	return (answer_trimmed_equal(msg, actual_msg ? actual_msg : ""));
}

/*
 * What only varies from run to run: memory addresses in reprs and id()
 * values printed as hex. (Decimal ids differ between the two runs, which
 * the comparison itself catches.)
 */
static const char *answer_volatile = "\\b0x[0-9a-fA-F]{6,}\\b";

/* The first volatile match in s, as a new string, or NULL. */
static char *
answer_find_volatile(const char *s, size_t len)
{
	static pcre2_code	*re;
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov, off;
	char			*found = NULL;
	int			 err;

	if (re == NULL &&
	    (re = pcre2_compile((PCRE2_SPTR)answer_volatile,
	    PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL)) == NULL)
		fatalx("answer: bad built-in pattern at offset %zu", (size_t)off);
	md = pcre2_match_data_create_from_pattern(re, NULL);
	if (pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, NULL) > 0) {
		ov = pcre2_get_ovector_pointer(md);
		found = xstrndup(s + ov[0], ov[1] - ov[0]);
	}
	pcre2_match_data_free(md);
	return (found);
}

int
answer_volatile_in(const char *s, size_t len)
{
	char	*v;

	if ((v = answer_find_volatile(s, len)) == NULL)
		return (0);
	free(v);
	return (1);
}

int
answer_same(const struct result *a, const struct result *b)
{
	if (!answer_output_matches(a->out, a->out_len, b->out, b->out_len))
		return (0);
	if (a->exc_type == NULL || b->exc_type == NULL)
		return (a->exc_type == b->exc_type);
	return (answer_error_matches(a->exc_type, NULL, b->exc_type, NULL));
}

int
answer_stable(const struct result *a, const struct result *b, char **why)
{
	char	*na, *nb, *d, *v;
	size_t	 la, lb;
	int	 same;

	na = answer_normalize(a->out, a->out_len, &la);
	nb = answer_normalize(b->out, b->out_len, &lb);
	same = la == lb && memcmp(na, nb, la) == 0;
	/*
	 * An address first: whether the two runs print the same one is the
	 * allocator's luck (the interpreters differ by their hash seed), and
	 * the reason given must not be.
	 */
	if ((v = answer_find_volatile(na, la)) != NULL ||
	    (v = answer_find_volatile(nb, lb)) != NULL) {
		*why = xprintf("unstable output: it shows a memory address"
		    " (%s), which changes from run to run", v);
		free(v);
		same = 0;
	} else if (!same) {
		d = diff_unified(na, la, nb, lb, "hash seed A", "hash seed B");
		if (*d != '\0' && d[strlen(d) - 1] == '\n')
			d[strlen(d) - 1] = '\0';
		*why = xprintf("unstable output: it differs from one run to"
		    " the next (string sets, dict order from sets, times, ids)\n%s",
		    d);
		free(d);
	} else if ((a->exc_type == NULL) != (b->exc_type == NULL) ||
	    (a->exc_type != NULL && (strcmp(a->exc_type, b->exc_type) != 0 ||
	    strcmp(a->exc_msg ? a->exc_msg : "", b->exc_msg ? b->exc_msg :
	    "") != 0))) {
		*why = xprintf("unstable error: %s%s%s in one run, %s%s%s in the"
		    " other", a->exc_type ? a->exc_type : "no exception",
		    a->exc_type ? ": " : "", a->exc_type ? a->exc_msg : "",
		    b->exc_type ? b->exc_type : "no exception",
		    b->exc_type ? ": " : "", b->exc_type ? b->exc_msg : "");
		same = 0;
	}
	free(na);
	free(nb);
	return (same);
}

char **
answer_lines(const char *out, size_t len, int *n)
{
	char	*norm, *p, *nl, **lines;
	size_t	 nlen;

	norm = answer_normalize(out, len, &nlen);
	lines = xcalloc(1, sizeof *lines);
	*n = 0;
	/* Not strtok: it would skip the empty lines. */
	for (p = norm; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			nl = p + strlen(p) - 1;	/* normalised: never here */
		lines = xreallocarray(lines, *n + 2, sizeof *lines);
		lines[(*n)++] = xstrndup(p, (size_t)(nl - p) +
		    (nl[0] != '\n'));
		lines[*n] = NULL;
		if (nl[0] != '\n')
			break;
	}
	free(norm);
	return (lines);
}

void
answer_lines_free(char **lines)
{
	char	**l;

	for (l = lines; l != NULL && *l != NULL; l++)
		free(*l);
	free(lines);
}

char *
answer_truth_text(const struct result *r)
{
	struct buf	 b;
	char		*out;
	size_t		 len;

	out = answer_normalize(r->out, r->out_len, &len);
	buf_init(&b);
	buf_add(&b, out, len);
	free(out);
	if (r->exc_type != NULL)
		buf_addf(&b, "%s\n", r->exc_type);
	if (b.data == NULL)
		buf_add(&b, "", 0);
	return (buf_detach(&b, NULL));
}
