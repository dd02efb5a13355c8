/*
 * progress.h: the learner's progress, in SQLite.
 *
 * Every answer is committed as it is given, so killing snipquiz at any
 * moment loses nothing already answered; WAL mode and a busy timeout let
 * two snipquiz processes share one database. A file that is not a
 * snipquiz progress database (or is damaged) is reported and never
 * written.
 */
#ifndef SQ_PROGRESS_H
#define SQ_PROGRESS_H

#include "fsrs.h"

struct progress;

/* One recorded answer. */
struct progress_answer {
	const char	*item;		/* "FILE#ID" or "generator:ID:seed" */
	const char	*objective;	/* "EXAM N.M", or NULL */
	const char	*form;
	int		 correct;
	const char	*given;		/* what the learner typed */
};

/*
 * The default database: $XDG_DATA_HOME/snipquiz/progress.db (or
 * ~/.local/share/...). Caller frees.
 */
char		*progress_default_path(void);
/*
 * Open (creating it and its folder if needed) a progress database to
 * record answers. NULL with *cause set when it cannot be written (a
 * read-only filesystem or file, a full disk: found here, before any
 * answer), cannot be read, is not snipquiz's, or fails its integrity
 * check; the file is then left exactly as it was, and nothing this call
 * made (file, folder, SQLite's -wal and -shm) is left behind.
 */
struct progress	*progress_open(const char *path, char **cause);
/*
 * Open a progress database only to read it, creating nothing: also on a
 * read-only filesystem, an immutable file or a full disk. 0 with *p set;
 * 1 when there is no progress yet (no such file, or an empty one); -1
 * with *cause set as for progress_open.
 */
int		 progress_open_read(const char *path, struct progress **p,
		     char **cause);
void		 progress_close(struct progress *);
/*
 * Record an answer and update the item's schedule, in one transaction.
 * now is in days since the epoch. 0, or -1 with *cause set.
 */
int		 progress_record(struct progress *, const struct progress_answer *,
		     double now, char **cause);
/*
 * The item's card; 0 if found, 1 if the item was never answered, -1
 * with *cause on error.
 */
int		 progress_card(struct progress *, const char *item,
		     struct fsrs_card *, char **cause);

/* Per-objective tallies, for stats. */
struct progress_tally {
	char	*objective;
	int	 answered;
	int	 correct;
};
/* All objectives answered so far (caller frees with progress_tally_free). */
int		 progress_tallies(struct progress *, struct progress_tally **,
		     int *n, char **cause);
void		 progress_tally_free(struct progress_tally *, int n);
/* Items wrong at least min_lapses times, most first ("leeches"). */
int		 progress_leeches(struct progress *, int min_lapses, char ***items,
		     int **lapses, int *n, char **cause);
/* Count of answers recorded. */
int		 progress_count(struct progress *, int *answered, int *correct,
		     char **cause);

/* A finished mock exam. */
struct progress_exam {
	char	*exam;
	double	 at;		/* days since the epoch */
	int	 seconds;	/* time taken */
	double	 points;	/* partial credit included */
	int	 total;
	int	 passed;
};
/*
 * Record a finished mock exam: points out of total (a select or an order
 * may earn part of a point; the column keeps the fraction, SQLite storing
 * a REAL where it cannot store an integer). 0, or -1 with *cause set.
 */
int		 progress_exam_record(struct progress *, const char *exam,
		     double now, int seconds, double points, int total,
		     int passed, char **cause);
/* Every mock exam so far, oldest first (free with progress_exams_free). */
int		 progress_exams(struct progress *, struct progress_exam **,
		     int *n, char **cause);
void		 progress_exams_free(struct progress_exam *, int n);

#endif
