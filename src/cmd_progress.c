/*
 * cmd_progress.c: `snipquiz progress export|import FILE`: a learner's
 * progress as one JSON file, to move it to another machine or merge two.
 */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "progress.h"
#include "util.h"

struct progress_values {
	const char	*db;
};

static const struct cli_option progress_options[] = {
	{ .name = "db", .type = CLI_STRING, .value = "PATH",
	  .offset = offsetof(struct progress_values, db),
	  .help = "progress database (default:"
	  " $XDG_DATA_HOME/snipquiz/progress.db)" },
	{ .name = NULL }
};

const struct cli_command cmd_progress_entry = {
	.name = "progress",
	.synopsis = "[options] export|import FILE",
	.about = "export FILE writes every answer, with the misreadings it made"
	    " and resisted, and\nevery mock exam to FILE as JSON (- for"
	    " stdout). import FILE merges such a\nfile into the database:"
	    " answers it already holds are not added again, and\nthe review"
	    " schedule is computed again from all answers. An import that"
	    " fails\nchanges nothing.",
	.options = progress_options
};

int
cmd_progress(int argc, char **argv)
{
	struct progress_values	 v = { NULL };
	struct progress		*db = NULL;
	char			*dbpath = NULL, *cause = NULL;
	const char		*verb, *file;
	int			 first, status = EXIT_OK, rc;
	int			 answers, known, exams;

	if (!cli_parse(&cmd_progress_entry, argc, argv, &v, &first, &status))
		return (cli_finish(status));
	if (argc - first != 2)
		return (cli_usage_error("progress", "give export FILE or import"
		    " FILE"));
	verb = argv[first];
	file = argv[first + 1];
	if (strcmp(verb, "export") != 0 && strcmp(verb, "import") != 0)
		return (cli_usage_error("progress", "unknown action '%s' (export"
		    " or import)", verb));
	dbpath = v.db ? xstrdup(v.db) : progress_default_path();
	if (strcmp(verb, "export") == 0) {
		/* Only read: an export creates no database. */
		rc = progress_open_read(dbpath, &db, &cause);
		if (rc == 1) {
			fprintf(stderr, "%s progress: no progress yet in %s\n",
			    sq_progname, dbpath);
			status = EXIT_FAILED;
			goto out;
		}
		if (rc == -1 || progress_export(db, file, &answers, &exams,
		    &cause) == -1) {
			fprintf(stderr, "%s progress: %s\n", sq_progname, cause);
			status = EXIT_USAGE;
			goto out;
		}
		if (strcmp(file, "-") != 0)
			printf("Exported %d answer%s and %d mock exam%s to %s.\n",
			    answers, answers == 1 ? "" : "s", exams, exams == 1 ?
			    "" : "s", file);
		goto out;
	}
	if ((db = progress_open(dbpath, &cause)) == NULL ||
	    progress_import(db, file, &answers, &known, &exams, &cause) == -1) {
		fprintf(stderr, "%s progress: %s\n", sq_progname, cause);
		status = EXIT_USAGE;
		goto out;
	}
	printf("Imported %d answer%s (%d already here) and %d mock exam%s into"
	    " %s.\n", answers, answers == 1 ? "" : "s", known, exams, exams ==
	    1 ? "" : "s", dbpath);
out:
	progress_close(db);
	free(dbpath);
	free(cause);
	return (cli_finish(status));
}
