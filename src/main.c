/*
 * main.c: snipquiz's entry point: global flags, then one subcommand.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "syllabus.h"
#include "term.h"
#include "util.h"

static const struct {
	const char			*name;
	int				(*fn)(int, char **);
	const struct cli_command	*entry;
	const char			*summary;
} commands[] = {
	{ "practice", cmd_practice, &cmd_practice_entry, "practise: questions chosen by a review schedule" },
	{ "exam", cmd_exam, &cmd_exam_entry, "a timed mock exam in the real exam's shape" },
	{ "stats", cmd_stats, &cmd_stats_entry, "your progress: what is due, misreadings, readiness for the exam" },
	{ "progress", cmd_progress, &cmd_progress_entry, "export your progress to a JSON file, or import one" },
	{ "run", cmd_run, &cmd_run_entry, "run a Python file or a bank item in the oracle" },
	{ "check", cmd_check, &cmd_check_entry, "check the answer keys of banks against the oracle" },
	{ "gen", cmd_gen, &cmd_gen_entry, "draw fresh, correctly keyed variants from generators" },
	{ "topics", cmd_topics, &cmd_topics_entry, "list the exams' objectives and their coverage" },
	{ "questions", cmd_questions, &cmd_questions_entry, "print built questions: JSON lines, GIFT or a worksheet" },
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void
usage(FILE *f)
{
	size_t	 i;

	fprintf(f, "usage: %s [--version] [--help] [--syllabus FILE]... [--color WHEN]\n                [<command> [<args>]]\n\n"
	    "Practise the \"what does this code print?\" questions of the"
	    " Python Institute\nexams, with the real CPython as the answer"
	    " key.\nWithout a command, it starts practising.\n\nCommands:\n",
	    sq_progname);
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\nRun '%s <command> --help' for a command's options;"
	    " 'man snipquiz' for more.\nReport bugs to: %s\n", sq_progname,
	    PACKAGE_BUGREPORT);
}

/*
 * snipquiz --complete [COMMAND]: for the shell completions, the commands
 * one a line, or COMMAND's options as cli_complete gives them. Not in
 * --help: it is for scripts, not for people.
 */
static int
main_complete(int argc, char **argv)
{
	size_t	 i;

	for (i = 0; i < NCOMMANDS; i++) {
		if (argc == 0)
			printf("%s\n", commands[i].name);
		else if (strcmp(argv[0], commands[i].name) == 0)
			cli_complete(commands[i].entry, stdout);
	}
	return (cli_finish(EXIT_OK));
}

int
main(int argc, char **argv)
{
	const char	*when;
	size_t		 i;
	int		 skip;

	/*
	 * Before the command: --syllabus FILE (an exam added as data), and
	 * --color=WHEN (or --color WHEN) for whatever command follows.
	 */
	while (argc > 1 && (strcmp(argv[1], "--syllabus") == 0 ||
	    strcmp(argv[1], "--color") == 0 ||
	    strncmp(argv[1], "--color=", 8) == 0)) {
		skip = 2;
		if (strncmp(argv[1], "--color=", 8) == 0) {
			when = argv[1] + 8;
			skip = 1;
		} else if (argc < 3) {
			fprintf(stderr, "%s: %s needs a %s\n", sq_progname,
			    argv[1], argv[1][2] == 's' ? "FILE" : "WHEN");
			return (EXIT_USAGE);
		} else
			when = argv[2];
		if (argv[1][2] == 's')
			syllabus_add_path(argv[2]);
		else if (term_set_color(when) == -1) {
			fprintf(stderr, "%s: --color wants auto, always or"
			    " never, not '%s'\n", sq_progname, when);
			return (EXIT_USAGE);
		}
		argv[skip] = argv[0];
		argc -= skip;
		argv += skip;
	}
	if (argc < 2) {
		/* snipquiz alone: practise. */
		char *a[] = { (char *)"practice", NULL };
		return (cmd_practice(1, a));
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		if (argc > 2 && strcmp(argv[1], "help") == 0) {
			for (i = 0; i < NCOMMANDS; i++) {
				if (strcmp(argv[2], commands[i].name) == 0) {
					char *a[] = { argv[2], (char *)"--help",
					    NULL };
					return (commands[i].fn(2, a));
				}
			}
		}
		usage(stdout);
		return (cli_finish(EXIT_OK));
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		/* As GNU tools say it: name and version, then the terms. */
		printf("%s %s\n"
		    "Copyright (C) 2026 the snipquiz authors\n"
		    "License ISC: <https://opensource.org/license/isc-license-txt>\n"
		    "This is free software: you are free to change and"
		    " redistribute it.\n"
		    "There is NO WARRANTY, to the extent permitted by law.\n",
		    PACKAGE_NAME, PACKAGE_VERSION);
		return (cli_finish(EXIT_OK));
	}
	if (strcmp(argv[1], "--complete") == 0)
		return (main_complete(argc - 2, argv + 2));
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(argv[1], commands[i].name) == 0)
			return (commands[i].fn(argc - 1, argv + 1));
	}
	if (argv[1][0] == '-')
		fprintf(stderr, "%s: unknown option '%s'\n", sq_progname, argv[1]);
	else
		fprintf(stderr, "%s: '%s' is not a command\n", sq_progname,
		    argv[1]);
	fprintf(stderr, "Try '%s --help' for the list of commands.\n",
	    sq_progname);
	return (EXIT_USAGE);
}
