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

/* What happened to a question. */
enum progress_event {
	PROGRESS_ANSWERED,	/* answered, right or wrong */
	PROGRESS_SKIPPED,	/* :skip in practice: the answer was shown */
	PROGRESS_UNANSWERED	/* a mock exam's, left blank: shown at the end */
};

/* A misreading an answer made or resisted (question.h's, as stored). */
struct progress_misread {
	const char	*label;
	int		 made;		/* 1 made, 0 resisted */
	int		 line;		/* where it bites; 0: unknown */
};

/* One recorded answer. */
struct progress_answer {
	const char	*item;		/* "FILE#ID" or "generator:ID:seed" */
	const char	*objective;	/* "EXAM N.M", or NULL */
	const char	*form;
	enum progress_event event;
	int		 correct;	/* PROGRESS_ANSWERED only */
	const char	*given;		/* what the learner typed, or NULL */
	double		 seconds;	/* spent on it; 0: not measured */
	const struct progress_misread *misreads;
	int		 nmisreads;
};

/*
 * A right answer given less than this many days after the answer was
 * shown without one (:skip, or a mock exam's question left blank) is no
 * success: the schedule takes it as a lapse, mastery as not right.
 */
#define PROGRESS_REVEAL_DAYS	1.0

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
 * Record an answer (or a question skipped or left blank) with the
 * misreadings it made and resisted, and update the item's schedule, all
 * in one transaction. The schedule (fsrs.h) takes a right answer as
 * good and a wrong one as again; one right within PROGRESS_REVEAL_DAYS
 * of the answer being shown as again; a skipped or blank question
 * changes nothing but marks the answer as shown. *grade, if not NULL,
 * gets the grade applied (FSRS_AGAIN, FSRS_GOOD, or 0 for none). now is
 * in days since the epoch. 0, or -1 with *cause set.
 */
int		 progress_record(struct progress *, const struct progress_answer *,
		     double now, int *grade, char **cause);
/*
 * The item's card; 0 if found, 1 if the item was never answered, -1
 * with *cause on error.
 */
int		 progress_card(struct progress *, const char *item,
		     struct fsrs_card *, char **cause);

/* An item's card, for the schedule's counts. */
struct progress_card_info {
	char			*item;
	char			*objective;	/* or NULL */
	struct fsrs_card	 card;
	double			 due;		/* fsrs_due */
};
/*
 * Every answered item's card, soonest due first (free with
 * progress_cards_free). 0, or -1 with *cause.
 */
int		 progress_cards(struct progress *, struct progress_card_info **,
		     int *n, char **cause);
void		 progress_cards_free(struct progress_card_info *, int n);

/* A recorded event, as stats reads the history. */
struct progress_event_row {
	double		 at;		/* days since the epoch */
	char		*objective;	/* or NULL */
	enum progress_event event;
	int		 right;		/* answered, and credited right */
	double		 seconds;	/* 0: not measured */
};
/* Every event, oldest first (free with progress_history_free). */
int		 progress_history(struct progress *,
		     struct progress_event_row **, int *n, char **cause);
void		 progress_history_free(struct progress_event_row *, int n);

/* A misreading's encounter: made, or shown and resisted. */
struct progress_misread_row {
	char		*label;
	double		 at;
	int		 made;
	char		*item;
	char		*objective;	/* the answer's, or NULL */
	int		 line;
};
/* Every encounter, oldest first (free with progress_misreads_free). */
int		 progress_misreads(struct progress *,
		     struct progress_misread_row **, int *n, char **cause);
void		 progress_misreads_free(struct progress_misread_row *, int n);

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
/* Items answered wrong at least min_lapses times, most first ("leeches"). */
int		 progress_leeches(struct progress *, int min_lapses, char ***items,
		     int **lapses, int *n, char **cause);
/* Count of answers recorded. */
int		 progress_count(struct progress *, int *answered, int *correct,
		     char **cause);

/*
 * Write every answer (with its misreadings) and every mock exam to path
 * as one JSON object (docs/snipquiz.1 gives its shape), atomically; "-"
 * is stdout. Cards are not written: they follow from the answers.
 * *answers and *exams get the counts written. 0, or -1 with *cause.
 */
int		 progress_export(struct progress *, const char *path,
		     int *answers, int *exams, char **cause);
/*
 * Merge an export (path, or "-" for stdin) into the database: answers
 * and exams it lacks are added (matched by uid, so importing twice adds
 * nothing), then every card is computed again from all answers. All or
 * nothing: a file that is not an export, or a malformed entry, changes
 * nothing and *cause names it. *added and *known count the answers
 * added and already present; *exams the exams added. 0, or -1.
 */
int		 progress_import(struct progress *, const char *path,
		     int *added, int *known, int *exams, char **cause);
/* The largest export import reads. */
#define PROGRESS_MAX_IMPORT	(256 << 20)

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
