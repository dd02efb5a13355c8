/*
 * cli.h: what the subcommands share: exit codes, usage errors, their
 * options declared as data (after tmux's cmd_entry) and parsed in one
 * place, their help made from the same table.
 */
#ifndef SQ_CLI_H
#define SQ_CLI_H

#include <stddef.h>
#include <stdio.h>

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

/* A macro's value in a help text: CLI_STR(STATS_LEECH) is "3". */
#define CLI_STR1(x)	#x
#define CLI_STR(x)	CLI_STR1(x)

/* How an option's argument is converted, and what field it is kept in. */
enum cli_type {
	CLI_FLAG,	/* int: set to 1; takes no argument */
	CLI_STRING,	/* const char *: the argument itself (argv's, not a
			   copy); the last one given wins */
	CLI_STRINGS,	/* struct cli_list: every one given, in order */
	CLI_INT,	/* long: a number from min to max */
	CLI_SECONDS,	/* double: util_parse_seconds (0 < S <= a day) */
	CLI_SIZE,	/* size_t: cli_parse_size (64k, 512M, 1048576) */
	CLI_CALL	/* whatever call stores; takes an argument if value */
};

/* A repeatable option's arguments (argv's); v is allocated: cli_free. */
struct cli_list {
	char		**v;
	size_t		  n;
};

/* One option of a command. */
struct cli_option {
	const char	*name;		/* --name */
	int		 letter;	/* -l, or 0 for none */
	enum cli_type	 type;
	size_t		 offset;	/* of its field in the values */
	const char	*value;		/* the argument's name in the help
					   ("N"); NULL: it takes none */
	const char	*help;		/* wrapped to 80 columns; a '\n' breaks
					   the line there */
	long		 min, max;	/* CLI_INT's range */
	const char	*wants;		/* what a bad argument should have been,
					   for "--NAME wants WANTS, not 'ARG'";
					   NULL: the type's own words */
	/*
	 * CLI_CALL: convert arg into field (the values + offset). 0, or -1
	 * with *why the whole message, or with *why left NULL for the
	 * "wants" message (not when it takes no argument: arg is NULL).
	 */
	int		(*call)(void *field, const char *arg, char **why);
};

/* A command: its name, its help, its options (ending with a NULL name). */
struct cli_command {
	const char		*name;
	const char		*synopsis;	/* "[options] [PATH...]" */
	const char		*about;		/* paragraphs, lines broken as
						   they are to be shown */
	const struct cli_option	*options;	/* -h, --help is implied */
	int			 in_order;	/* options end at the
						   first operand (run's) */
};

/*
 * The subcommands: their tables (cmd_*.c), and their entry points, where
 * argv[0] is the command's name.
 */
extern const struct cli_command cmd_run_entry, cmd_check_entry,
    cmd_exam_entry, cmd_gen_entry, cmd_practice_entry, cmd_questions_entry,
    cmd_stats_entry, cmd_topics_entry, cmd_progress_entry;
int	 cmd_progress(int argc, char **argv);
int	 cmd_run(int argc, char **argv);
int	 cmd_check(int argc, char **argv);
int	 cmd_exam(int argc, char **argv);
int	 cmd_gen(int argc, char **argv);
int	 cmd_practice(int argc, char **argv);
int	 cmd_questions(int argc, char **argv);
int	 cmd_stats(int argc, char **argv);
int	 cmd_topics(int argc, char **argv);

/*
 * Parse argv's options (argv[0] is the command's name) into values, by
 * cmd's table; the fields of options not given keep what the caller put
 * there (the defaults). Returns 1 with *first the index of the first
 * operand (a "--" ends the options); or 0 when the command is done, with
 * *status EXIT_OK after -h or --help (the help printed on stdout), or
 * EXIT_USAGE after an unknown option, a missing or bad argument (said
 * on stderr by cli_usage_error). Either way, cli_free frees the lists.
 */
int	 cli_parse(const struct cli_command *, int argc, char **argv,
	     void *values, int *first, int *status);
/* Free the CLI_STRINGS lists in values (the strings are argv's). */
void	 cli_free(const struct cli_command *, void *values);
/* The help: usage line, about, then every option, fitted to 80 columns. */
void	 cli_help(const struct cli_command *, FILE *);
/*
 * For the shell completions: every option of cmd, one a line, as
 * "--NAME<tab>-L<tab>VALUE<tab>WORDS": the letter, the argument's name
 * (empty for a flag) and the words it takes (empty unless its wants
 * lists them: "text tap junit json").
 */
void	 cli_complete(const struct cli_command *, FILE *);
/*
 * Seed random() with --seed's value, or with a fresh one when it is -1
 * (not given); returns the seed used.
 */
unsigned int	 cli_seed(long seed);
/*
 * CLI_CALL for --color=WHEN: term_set_color, for the whole process (the
 * field is not used). The option as the commands that colour declare it:
 */
int	 cli_color(void *, const char *, char **);
#define CLI_COLOR_OPTION { .name = "color", .type = CLI_CALL,		\
	.value = "WHEN", .call = cli_color,				\
	.wants = "auto, always or never",				\
	.help = "colours: auto (the default: on a terminal, unless NO_COLOR"	\
	" is set and not empty), always or never" }
/* CLI_CALL for --hash-seed: cli_parse_seed into a long. */
int	 cli_hash_seed(void *, const char *, char **);
/* Print "snipquiz CMD: message" and a pointer to --help; EXIT_USAGE. */
int	 cli_usage_error(const char *cmd, const char *fmt, ...)
	     __attribute__((format(printf, 2, 3)));
struct syllabus;
/*
 * Say that id is no exam of syl, naming those that are, as
 * cli_usage_error does; EXIT_USAGE.
 */
int	 cli_unknown_exam(const char *cmd, const struct syllabus *syl,
	     const char *id);
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
struct bank_item;
/*
 * Items left out because they need what the oracle cannot give (a
 * package not installed), counted by why, to say once per reason.
 */
struct cli_skips {
	char	*why[4];
	int	 n[4];
};
/*
 * Is item it one that o cannot run (oracle_needs_missing)? Then count it
 * in s and return 1; else 0.
 */
int	 cli_skip_needs(struct cli_skips *s, struct oracle *o,
	     const struct bank_item *it);
/* Say "snipquiz WHO: N items skipped: WHY" on stderr; free s's reasons. */
void	 cli_skips_report(struct cli_skips *s, const char *who);
/*
 * Count the banks' items written for an older version of exam as exam's
 * when a syllabus file maps their objectives there (its "retag"), so
 * that selecting exam (or one of its objectives, "EXAM N.M") finds
 * them. exam NULL: nothing to do. The items' objectives then point into
 * syl, which must outlive their use.
 */
void	 cli_retag(const struct syllabus *syl, const char *exam,
	     struct bank **, size_t);

#endif
