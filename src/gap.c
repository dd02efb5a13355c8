/*
 * gap.c: blanks in code: finding, filling and making them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "gap.h"
#include "util.h"

static int
gap_word(char c)
{
	return (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9'));
}

/* Offset of the first blank at or after from, or -1. */
static long
gap_find(const char *code, size_t len, size_t from)
{
	size_t	 i;

	for (i = from; i + 3 <= len; i++) {
		if (memcmp(code + i, GAP_BLANK, 3) != 0)
			continue;
		if ((i > 0 && gap_word(code[i - 1])) ||
		    (i + 3 < len && gap_word(code[i + 3])))
			continue;
		return ((long)i);
	}
	return (-1);
}

int
gap_count(const char *code, size_t len)
{
	long	 at = 0;
	int	 n = 0;

	while ((at = gap_find(code, len, (size_t)at)) != -1) {
		n++;
		at += 3;
	}
	return (n);
}

char *
gap_fill(const char *code, size_t len, const char *fill, size_t filllen,
    size_t *outlen)
{
	struct buf	 b;
	long		 at;

	while (filllen > 0 && (fill[filllen - 1] == '\n' ||
	    fill[filllen - 1] == '\r'))
		filllen--;
	buf_init(&b);
	if ((at = gap_find(code, len, 0)) == -1)
		buf_add(&b, code, len);
	else {
		buf_add(&b, code, (size_t)at);
		buf_add(&b, fill, filllen);
		buf_add(&b, code + at + 3, len - (size_t)at - 3);
	}
	if (b.data == NULL)
		buf_add(&b, "", 0);
	return (buf_detach(&b, outlen));
}

/*
 * What a blank may stand for: a whole number, a binary operator between
 * spaces, and/or, or the name of a built-in being called. Lines with
 * quotes or comments are left alone (a match could be inside a string).
 */
#define GAP_TOKENS \
    "(?<![\\w.])\\d+(?![\\w.])" \
    "|(?<= )(?://|\\*\\*|==|!=|<=|>=|[-+*/%<>]|and|or)(?= )" \
    "|\\b(?:len|sum|max|min|sorted|abs|str|int|list|tuple|set|type|bool|" \
    "range|reversed|round)"
static const char gap_pattern[] = GAP_TOKENS "(?=\\()";
/*
 * The same tokens in a fill (padded with a space each side): a built-in's
 * name may also end it, as when gap_make cut the name from its call.
 */
static const char gap_alt_pattern[] = GAP_TOKENS "(?=\\(| $)";

int
gap_make(const char *code, size_t len, char **blanked, char **key)
{
	pcre2_code		*re;
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov, erroff;
	size_t			 ls, le, at, (*cands)[2] = NULL, ncands = 0, k;
	int			 err, rc = -1;

	re = pcre2_compile((PCRE2_SPTR)gap_pattern, PCRE2_ZERO_TERMINATED, 0,
	    &err, &erroff, NULL);
	if (re == NULL)
		fatalx("gap pattern does not compile at %zu", (size_t)erroff);
	md = pcre2_match_data_create_from_pattern(re, NULL);
	for (ls = 0; ls < len; ls = le + 1) {
		for (le = ls; le < len && code[le] != '\n'; le++)
			;
		if (memchr(code + ls, '\'', le - ls) != NULL ||
		    memchr(code + ls, '"', le - ls) != NULL ||
		    memchr(code + ls, '#', le - ls) != NULL)
			continue;
		for (at = ls; at < le; at = ov[1] > at ? ov[1] : at + 1) {
			if (pcre2_match(re, (PCRE2_SPTR)code, le, at, 0, md,
			    NULL) < 0)
				break;
			ov = pcre2_get_ovector_pointer(md);
			cands = xreallocarray(cands, ncands + 1, sizeof *cands);
			cands[ncands][0] = ov[0];
			cands[ncands++][1] = ov[1] - ov[0];
		}
	}
	if (ncands > 0) {
		k = (size_t)random() % ncands;
		*key = xstrndup(code + cands[k][0], cands[k][1]);
		*blanked = xprintf("%.*s%s%.*s", (int)cands[k][0], code,
		    GAP_BLANK, (int)(len - cands[k][0] - cands[k][1]),
		    code + cands[k][0] + cands[k][1]);
		rc = 0;
	}
	free(cands);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return (rc);
}

/* Tokens a learner takes for one another, class by class. */
static const char *gap_kin[][8] = {
	{ "//", "/", "%", "*", "**", NULL },
	{ "+", "-", "*", NULL },
	{ "<", "<=", ">", ">=", "==", "!=", NULL },
	{ "and", "or", NULL },
	{ "len", "sum", "max", "min", "sorted", "list", NULL },
	{ "str", "int", "list", "tuple", "set", "bool", "type", NULL },
	{ "abs", "round", "int", NULL },
	{ "range", "reversed", "sorted", "list", NULL },
};

/* Add s to *alts unless it is there already or is the fill itself. */
static void
gap_add_alt(char ***alts, int *n, char *s, const char *fill)
{
	int	 i;

	for (i = 0; i < *n; i++) {
		if (strcmp((*alts)[i], s) == 0)
			break;
	}
	if (i < *n || strcmp(s, fill) == 0) {
		free(s);
		return;
	}
	*alts = xreallocarray(*alts, *n + 1, sizeof **alts);
	(*alts)[(*n)++] = s;
}

int
gap_alternatives(const char *fill, char ***alts)
{
	pcre2_code		*re;
	pcre2_match_data	*md;
	PCRE2_SIZE		*ov, erroff;
	size_t			 len, at, tl, i, j;
	const char		*tok;
	char			*pad, num[32];
	long			 v, w;
	int			 err, n = 0, k;

	*alts = NULL;
	re = pcre2_compile((PCRE2_SPTR)gap_alt_pattern, PCRE2_ZERO_TERMINATED,
	    0, &err, &erroff, NULL);
	if (re == NULL)
		fatalx("gap pattern does not compile at %zu", (size_t)erroff);
	md = pcre2_match_data_create_from_pattern(re, NULL);
	/*
	 * The first line, between spaces: a made blank's key is one token,
	 * and the pattern wants an operator between spaces.
	 */
	pad = xprintf(" %.*s ", (int)strcspn(fill, "\n"), fill);
	len = strlen(pad);
	for (at = 0; at < len; at = ov[1] > at ? ov[1] : at + 1) {
		if (pcre2_match(re, (PCRE2_SPTR)pad, len, at, 0, md, NULL) < 0)
			break;
		ov = pcre2_get_ovector_pointer(md);
		tok = pad + ov[0];
		tl = ov[1] - ov[0];
		if (tok[0] >= '0' && tok[0] <= '9') {
			if (tl > 9)
				continue;
			v = strtol(tok, NULL, 10);
			for (k = 0; k < 4; k++) {
				w = k == 0 ? v + 1 : k == 1 ? v - 1 : k == 2 ?
				    v * 2 : 0;
				/* Never a negative, nor "-0" from "-1". */
				if (w < 0 || (w == 0 && ov[0] > 0 &&
				    pad[ov[0] - 1] == '-'))
					continue;
				snprintf(num, sizeof num, "%ld", w);
				gap_add_alt(alts, &n, xprintf("%.*s%s%.*s",
				    (int)ov[0] - 1, pad + 1, num,
				    (int)(len - ov[1] - 1), pad + ov[1]), fill);
			}
			continue;
		}
		for (i = 0; i < sizeof gap_kin / sizeof gap_kin[0]; i++) {
			for (j = 0; gap_kin[i][j] != NULL; j++) {
				if (strlen(gap_kin[i][j]) == tl &&
				    strncmp(gap_kin[i][j], tok, tl) == 0)
					break;
			}
			if (gap_kin[i][j] == NULL)
				continue;
			for (j = 0; gap_kin[i][j] != NULL; j++) {
				gap_add_alt(alts, &n, xprintf("%.*s%s%.*s",
				    (int)ov[0] - 1, pad + 1, gap_kin[i][j],
				    (int)(len - ov[1] - 1), pad + ov[1]), fill);
			}
		}
	}
	free(pad);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return (n);
}
