/*
 * cli.h: what the subcommands share: exit codes, usage errors, parsing
 * of the options every command that runs snippets takes.
 */
#ifndef SQ_CLI_H
#define SQ_CLI_H

#include "oracle.h"

/* Exit statuses (besides a snippet's own, which `run` passes on). */
#define EXIT_OK		0
#define EXIT_FAILED	1	/* check: some keys wrong */
#define EXIT_USAGE	2	/* bad flags, unreadable input */
#define EXIT_INTERNAL	70	/* the oracle could not run */

/*
 * The most `run` reads as a program or as its stdin: far more than a
 * quiz item's program or input, and little enough to hold in memory
 * (and in the memfd the snippet reads its stdin from).
 */
#define CLI_MAX_INPUT	(16 << 20)

/* The subcommands; argv[0] is the command's name. */
int	 cmd_run(int argc, char **argv);
int	 cmd_check(int argc, char **argv);
int	 cmd_exam(int argc, char **argv);
int	 cmd_gen(int argc, char **argv);
int	 cmd_practice(int argc, char **argv);
int	 cmd_questions(int argc, char **argv);
int	 cmd_stats(int argc, char **argv);
int	 cmd_topics(int argc, char **argv);

/* Print "snipquiz CMD: message" and a pointer to --help; EXIT_USAGE. */
int	 cli_usage_error(const char *cmd, const char *fmt, ...)
	     __attribute__((format(printf, 2, 3)));
/* Parse --hash-seed's argument: a number, or "random" (-1). 0/-1. */
int	 cli_parse_seed(const char *, long *);
/* Parse a size such as 512M, 64k or 1048576. 0/-1. */
int	 cli_parse_size(const char *, size_t *);
/* Parse a positive integer. 0/-1. */
int	 cli_parse_int(const char *, long, long, long *);
/*
 * Flush stdout and report a failed write (full disk, closed pipe): the
 * exit status must not claim success then. Returns status or EXIT_USAGE.
 */
int	 cli_finish(int status);
struct bank;
/*
 * Load the banks in paths (files, or folders searched for *.md), or with
 * no paths the bundled folders named in defaults (NULL-terminated, under
 * util_datadir(); a missing one is skipped), in path order, each file
 * once. What cannot be read is reported as "snipquiz WHO: ..."; returns
 * -1 then (the banks that could be read are still given), else 0. Free
 * with cli_free_banks.
 */
int	 cli_load_banks(const char *who, char **paths, size_t npaths,
	     const char **defaults, struct bank ***banks, size_t *nbanks);
void	 cli_free_banks(struct bank **, size_t);

#endif
