/*
 * pyver.c: matching Python versions against ranges.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "pyver.h"
#include "util.h"

/* Up to three numbers; *n says how many were given. */
static int
pyver_parse(const char *s, size_t len, long v[3], int *n)
{
	size_t	 i = 0;
	char	*end;

	*n = 0;
	v[0] = v[1] = v[2] = 0;
	while (i < len && *n < 3) {
		if (!isdigit((unsigned char)s[i]))
			return (-1);
		v[(*n)++] = strtol(s + i, &end, 10);
		i = (size_t)(end - s);
		if (i == len)
			return (0);
		if (s[i] != '.')
			return (-1);
		i++;
	}
	return (i == len && *n > 0 ? 0 : -1);
}

/*
 * Compare version a with bound b on the numbers b gives: 3.11.2 equals
 * 3.11, so ==3.11 holds for every 3.11.x.
 */
static int
pyver_cmp(const long a[3], const long b[3], int nb)
{
	int	 k;

	for (k = 0; k < nb; k++) {
		if (a[k] != b[k])
			return (a[k] < b[k] ? -1 : 1);
	}
	return (0);
}

/* One clause: 1 holds, 0 does not, -1 malformed. */
static int
pyver_clause(const char *c, size_t len, const long v[3])
{
	static const char	*ops[] = { ">=", "<=", "==", "!=", ">", "<" };
	long			 b[3];
	size_t			 k, olen = 0;
	int			 nb, cmp, op = 2;

	while (len > 0 && (*c == ' ' || *c == '\t')) {
		c++;
		len--;
	}
	while (len > 0 && (c[len - 1] == ' ' || c[len - 1] == '\t'))
		len--;
	for (k = 0; k < sizeof ops / sizeof ops[0]; k++) {
		if (len >= strlen(ops[k]) && strncmp(c, ops[k],
		    strlen(ops[k])) == 0) {
			op = (int)k;
			olen = strlen(ops[k]);
			break;
		}
	}
	c += olen;
	len -= olen;
	while (len > 0 && *c == ' ') {
		c++;
		len--;
	}
	if (pyver_parse(c, len, b, &nb) == -1)
		return (-1);
	cmp = pyver_cmp(v, b, nb);
	switch (op) {
	case 0:
		return (cmp >= 0);
	case 1:
		return (cmp <= 0);
	case 2:
		return (cmp == 0);
	case 3:
		return (cmp != 0);
	case 4:
		return (cmp > 0);
	default:
		return (cmp < 0);
	}
}

/* Every clause of spec against v: 1, 0, or -1 malformed. */
static int
pyver_eval(const char *spec, const long v[3])
{
	const char	*p = spec, *comma;
	size_t		 len;
	int		 all = 1, r;

	if (*spec == '\0')
		return (-1);
	for (;;) {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		if ((r = pyver_clause(p, len, v)) == -1)
			return (-1);
		all &= r;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	return (all);
}

int
pyver_check(const char *spec, char **cause)
{
	long	 v[3] = { 3, 0, 0 };

	if (pyver_eval(spec, v) == -1) {
		*cause = xprintf("'%s' is not a Python version range (e.g."
		    " '>=3.10' or '>=3.8,<3.12')", spec);
		return (-1);
	}
	return (0);
}

int
pyver_matches(const char *spec, const char *version)
{
	long	 v[3];
	int	 n;

	if (pyver_parse(version, strcspn(version, "+abrc "), v, &n) == -1)
		return (0);
	return (pyver_eval(spec, v) == 1);
}
