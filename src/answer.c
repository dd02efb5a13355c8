/*
 * answer.c: output and exception comparison.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
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
