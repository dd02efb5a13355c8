/*
 * cli.c: helpers shared by the subcommands; their options parsed, and
 * their help printed, from the tables they declare.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bank.h"
#include "cli.h"
#include "oracle.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

/* Where an option's help starts, and the width it is fitted to. */
#define CLI_HELP_COLUMN	26
#define CLI_HELP_WIDTH	80
/* What getopt_long returns for the table's option i, given long. */
#define CLI_LONG	256

/* The table's options, then the -h, --help every command has; or NULL. */
static const struct cli_option *
cli_option(const struct cli_command *cmd, size_t i)
{
	static const struct cli_option	 help = {
		.name = "help", .letter = 'h', .type = CLI_FLAG,
		.help = "show this help"
	};
	size_t				 n;

	for (n = 0; cmd->options[n].name != NULL; n++) {
		if (n == i)
			return (&cmd->options[i]);
	}
	return (i == n ? &help : NULL);
}

/*
 * Convert arg into o's field. 0, or -1 with *why (the caller frees it):
 * the call's own words, or what the option wants.
 */
static int
cli_store(const struct cli_option *o, void *field, char *arg, char **why)
{
	struct cli_list	*l;
	const char	*wants = o->wants;
	char		*words = NULL;
	long		 v;

	*why = NULL;
	switch (o->type) {
	case CLI_FLAG:
		*(int *)field = 1;
		return (0);
	case CLI_STRING:
		*(const char **)field = arg;
		return (0);
	case CLI_STRINGS:
		l = field;
		l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
		l->v[l->n++] = arg;
		return (0);
	case CLI_INT:
		if (cli_parse_int(arg, o->min, o->max, &v) == 0) {
			*(long *)field = v;
			return (0);
		}
		if (wants == NULL)
			wants = words = xprintf("a number from %ld to %ld",
			    o->min, o->max);
		break;
	case CLI_SECONDS:
		if (util_parse_seconds(arg, field) == 0)
			return (0);
		if (wants == NULL)
			wants = "a number of seconds";
		break;
	case CLI_SIZE:
		if (cli_parse_size(arg, field) == 0)
			return (0);
		if (wants == NULL)
			wants = "a size such as 64k";
		break;
	case CLI_CALL:
		if (o->call(field, arg, why) == 0)
			return (0);
		if (*why != NULL)
			return (-1);
		if (wants == NULL)
			wants = "another value";
		break;
	}
	*why = xprintf("--%s wants %s, not '%s'", o->name, wants, arg);
	free(words);
	return (-1);
}

/*
 * An option getopt_long could not take: unknown, or missing its value.
 * A short one is named by its letter ("-x", not the whole "-qx"); a long
 * one by its name, or as typed when it has none here.
 */
static int
cli_bad_option(const struct cli_command *cmd, int c, char **argv)
{
	const struct cli_option	*o = NULL;
	char			 letter[3] = { '-', (char)optopt, '\0' };

	if (optopt >= CLI_LONG)
		o = cli_option(cmd, (size_t)(optopt - CLI_LONG));
	if (c == ':') {
		if (o != NULL)
			return (cli_usage_error(cmd->name, "option '--%s' wants"
			    " a value", o->name));
		return (cli_usage_error(cmd->name, "option '%s' wants a value",
		    letter));
	}
	/*
	 * optopt is 0 for an unknown long option, and the option's own for
	 * a long flag given a value ("--lint=3"): both named as typed.
	 */
	if (optopt > 0 && optopt < CLI_LONG)
		return (cli_usage_error(cmd->name, "unknown option '%s'",
		    letter));
	return (cli_usage_error(cmd->name, "unknown option '%s'",
	    argv[optind - 1]));
}

int
cli_parse(const struct cli_command *cmd, int argc, char **argv, void *values,
    int *first, int *status)
{
	const struct cli_option	*o;
	struct option		*longopts;
	struct buf		 shorts;
	char			*why;
	size_t			 i, n;
	int			 c, go = 0;

	for (n = 0; cli_option(cmd, n) != NULL; n++)
		/* nothing */;
	longopts = xcalloc(n + 1, sizeof *longopts);
	buf_init(&shorts);
	/* ':' first: a missing value is told apart from an unknown option. */
	buf_adds(&shorts, cmd->in_order ? "+:" : ":");
	for (i = 0; i < n; i++) {
		o = cli_option(cmd, i);
		longopts[i].name = o->name;
		longopts[i].has_arg = o->value ? required_argument : no_argument;
		longopts[i].val = CLI_LONG + (int)i;
		if (o->letter != 0)
			buf_addf(&shorts, "%c%s", o->letter,
			    o->value ? ":" : "");
	}

	*status = EXIT_OK;
	/* 0, not 1: glibc starts afresh, even after a scan cut short. */
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts.data, longopts,
	    NULL)) != -1) {
		if (c == ':' || c == '?') {
			*status = cli_bad_option(cmd, c, argv);
			goto out;
		}
		if (c >= CLI_LONG)
			i = (size_t)(c - CLI_LONG);
		else {
			/* One of the table's: getopt_long knows no other. */
			for (i = 0; cli_option(cmd, i)->letter != c; i++)
				/* nothing */;
		}
		o = cli_option(cmd, i);
		if (i == n - 1) {
			/* The last is -h, --help. */
			cli_help(cmd, stdout);
			goto out;
		}
		if (cli_store(o, (char *)values + o->offset, optarg,
		    &why) == -1) {
			*status = cli_usage_error(cmd->name, "%s", why);
			free(why);
			goto out;
		}
	}
	*first = optind;
	go = 1;
out:
	free(longopts);
	buf_free(&shorts);
	return (go);
}

void
cli_free(const struct cli_command *cmd, void *values)
{
	const struct cli_option	*o;
	struct cli_list		*l;

	for (o = cmd->options; o->name != NULL; o++) {
		if (o->type != CLI_STRINGS)
			continue;
		l = (struct cli_list *)((char *)values + o->offset);
		free(l->v);
		l->v = NULL;
		l->n = 0;
	}
}

/*
 * Add text to b, whose last line is col wide, from CLI_HELP_COLUMN on:
 * as many words on a line as fit CLI_HELP_WIDTH, a new line at a '\n'.
 */
static void
cli_help_wrap(struct buf *b, size_t col, const char *text)
{
	size_t	 len;
	int	 fresh = 1;

	if (col >= CLI_HELP_COLUMN) {
		buf_addc(b, '\n');
		col = 0;
	}
	for (; col < CLI_HELP_COLUMN; col++)
		buf_addc(b, ' ');
	while (*text != '\0') {
		if (*text == ' ' || *text == '\n') {
			/* After a '\n', no other word fits on the line. */
			if (*text++ == '\n')
				col = CLI_HELP_WIDTH;
			continue;
		}
		len = strcspn(text, " \n");
		if (!fresh && col + 1 + len > CLI_HELP_WIDTH) {
			buf_addf(b, "\n%*s", CLI_HELP_COLUMN, "");
			col = CLI_HELP_COLUMN;
			fresh = 1;
		}
		if (!fresh) {
			buf_addc(b, ' ');
			col++;
		}
		buf_add(b, text, len);
		col += len;
		text += len;
		fresh = 0;
	}
	buf_addc(b, '\n');
}

void
cli_help(const struct cli_command *cmd, FILE *f)
{
	const struct cli_option	*o;
	struct buf		 b;
	size_t			 i, col;

	buf_init(&b);
	buf_addf(&b, "usage: %s %s %s\n\n%s\n\nOptions:\n", sq_progname,
	    cmd->name, cmd->synopsis, cmd->about);
	for (i = 0; (o = cli_option(cmd, i)) != NULL; i++) {
		col = b.len;
		if (o->letter != 0)
			buf_addf(&b, "  -%c, --%s", o->letter, o->name);
		else
			buf_addf(&b, "      --%s", o->name);
		if (o->value != NULL)
			buf_addf(&b, " %s", o->value);
		cli_help_wrap(&b, b.len - col, o->help);
	}
	fwrite(b.data, 1, b.len, f);
	buf_free(&b);
}

void
cli_complete(const struct cli_command *cmd, FILE *f)
{
	const struct cli_option	*o;
	const char		*w, *end;
	size_t			 i, len;

	for (i = 0; (o = cli_option(cmd, i)) != NULL; i++) {
		fprintf(f, "--%s\t", o->name);
		if (o->letter != 0)
			fprintf(f, "-%c", o->letter);
		fprintf(f, "\t%s\t", o->value != NULL ? o->value : "");
		/*
		 * A "wants" that is a list of words ("text, tap or json") is
		 * what the option takes; one in words ("a number") is not.
		 */
		w = o->wants;
		if (w != NULL && strncmp(w, "a ", 2) != 0 &&
		    strncmp(w, "an ", 3) != 0 && strchr(w, '\'') == NULL) {
			for (; *w != '\0'; w = end) {
				len = strcspn(w, " ,");
				fprintf(f, "%.*s", (int)len, w);
				end = w + len;
				end += strspn(end, " ,");
				if (strncmp(end, "or ", 3) == 0)
					end += 3;
				if (*end != '\0')
					fputc(' ', f);
			}
		}
		fputc('\n', f);
	}
}

int
cli_hash_seed(void *field, const char *arg, char **why)
{
	if (cli_parse_seed(arg, field) == -1) {
		*why = xprintf("--hash-seed wants a number or 'random', not"
		    " '%s'", arg);
		return (-1);
	}
	return (0);
}

int
cli_color(void *field, const char *arg, char **why)
{
	(void)field;
	(void)why;
	return (term_set_color(arg));
}

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
cli_unknown_exam(const char *cmd, const struct syllabus *syl, const char *id)
{
	struct buf	 ids;
	size_t		 i;
	int		 status;

	buf_init(&ids);
	for (i = 0; i < syl->nexams; i++)
		buf_addf(&ids, "%s%s", i ? ", " : "", syl->exams[i].id);
	status = cli_usage_error(cmd, "unknown exam '%s' (exams: %s)", id,
	    ids.data);
	buf_free(&ids);
	return (status);
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

int
cli_skip_needs(struct cli_skips *s, struct oracle *o,
    const struct bank_item *it)
{
	char	*why;
	size_t	 i;

	if (it->needs == 0 || (why = oracle_needs_missing(o, it->needs)) ==
	    NULL)
		return (0);
	for (i = 0; i < sizeof s->why / sizeof s->why[0]; i++) {
		if (s->why[i] == NULL || strcmp(s->why[i], why) == 0)
			break;
	}
	/* There are fewer reasons than slots: one per need. */
	if (i == sizeof s->why / sizeof s->why[0])
		i--;
	if (s->why[i] == NULL)
		s->why[i] = why;
	else
		free(why);
	s->n[i]++;
	return (1);
}

void
cli_skips_report(struct cli_skips *s, const char *who)
{
	size_t	 i;

	for (i = 0; i < sizeof s->why / sizeof s->why[0]; i++) {
		if (s->why[i] == NULL)
			continue;
		fprintf(stderr, "%s %s: %d item%s skipped: %s\n", sq_progname,
		    who, s->n[i], s->n[i] == 1 ? "" : "s", s->why[i]);
		free(s->why[i]);
		s->why[i] = NULL;
		s->n[i] = 0;
	}
}

unsigned int
cli_seed(long seed)
{
	unsigned int	 s;

	if (seed >= 0)
		s = (unsigned int)seed;
	else if (getrandom(&s, sizeof s, 0) != sizeof s)
		s = (unsigned int)time(NULL);
	srandom(s);
	return (s);
}

void
cli_retag(const struct syllabus *syl, const char *exam, struct bank **banks,
    size_t nbanks)
{
	struct bank_item	*it;
	const char		*to;
	char			*id;
	size_t			 i, j;

	if (exam == NULL || syl->nretags == 0)
		return;
	/* "EXAM N.M" selects EXAM's items too. */
	id = xstrndup(exam, strcspn(exam, " "));
	for (i = 0; i < nbanks; i++) {
		for (j = 0; j < banks[i]->nitems; j++) {
			it = &banks[i]->items[j];
			if ((to = syllabus_retag(syl, it->objective, id)) != NULL)
				it->objective = to;
		}
	}
	free(id);
}
