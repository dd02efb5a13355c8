/*
 * cli.c: helpers shared by the subcommands.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bank.h"
#include "cli.h"
#include "util.h"

int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s %s: ", sq_progname, cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s %s --help' for more information.\n",
	    sq_progname, cmd);
	return (EXIT_USAGE);
}

int
cli_parse_seed(const char *s, long *seed)
{
	long	 v;

	if (strcmp(s, "random") == 0) {
		*seed = -1;
		return (0);
	}
	if (cli_parse_int(s, 0, 4294967295L, &v) == -1)
		return (-1);
	*seed = v;
	return (0);
}

int
cli_parse_int(const char *s, long min, long max, long *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
		return (-1);
	*out = v;
	return (0);
}

int
cli_parse_size(const char *s, size_t *out)
{
	unsigned long long	 v;
	char			*end;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || end == s || *s == '-')
		return (-1);
	switch (*end) {
	case 'k': case 'K':
		v <<= 10;
		end++;
		break;
	case 'm': case 'M':
		v <<= 20;
		end++;
		break;
	case 'g': case 'G':
		v <<= 30;
		end++;
		break;
	}
	if (*end == 'i')
		end++;
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end != '\0' || v == 0)
		return (-1);
	*out = v;
	return (0);
}

int
cli_finish(int status)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "%s: writing output failed: %s\n", sq_progname,
		    strerror(errno));
		return (status == EXIT_OK ? EXIT_USAGE : status);
	}
	return (status);
}

int
cli_load_banks(const char *who, char **paths, size_t npaths,
    const char **defaults, struct bank ***banks, size_t *nbanks)
{
	struct bank	*b;
	char		**files = NULL, **dirs = NULL, *cause;
	size_t		 nfiles = 0, ndirs = 0, i;
	int		 rc = 0;

	if (npaths == 0) {
		for (; defaults != NULL && *defaults != NULL; defaults++) {
			dirs = xreallocarray(dirs, ndirs + 1, sizeof *dirs);
			dirs[ndirs] = xprintf("%s/%s", util_datadir(),
			    *defaults);
			if (access(dirs[ndirs], F_OK) == 0)
				ndirs++;
			else
				free(dirs[ndirs]);
		}
		if (bank_collect(who, dirs, ndirs, &files, &nfiles) == -1)
			rc = -1;
		for (i = 0; i < ndirs; i++)
			free(dirs[i]);
		free(dirs);
	} else if (bank_collect(who, paths, npaths, &files, &nfiles) == -1)
		rc = -1;
	bank_sort_paths(files, nfiles);
	*banks = xcalloc(nfiles ? nfiles : 1, sizeof **banks);
	*nbanks = 0;
	for (i = 0; i < nfiles; i++) {
		if (i > 0 && strcmp(files[i], files[i - 1]) == 0)
			continue;
		if ((b = bank_load(files[i], &cause)) == NULL) {
			fprintf(stderr, "%s %s: %s\n", sq_progname, who, cause);
			free(cause);
			rc = -1;
			continue;
		}
		(*banks)[(*nbanks)++] = b;
	}
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	return (rc);
}

void
cli_free_banks(struct bank **banks, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		bank_free(banks[i]);
	free(banks);
}
