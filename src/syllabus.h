/*
 * syllabus.h: the exams, their sections and objectives, read from
 * data/syllabus.json (facts belong in data, not in C).
 */
#ifndef SQ_SYLLABUS_H
#define SQ_SYLLABUS_H

#include <stddef.h>
#include <stdint.h>

struct syl_exam;
struct syl_section;

struct syl_objective {
	char			*id;		/* "1.4" */
	char			*title;
	int			 runnable;
	char			*reason;	/* why not runnable, or NULL */
	/* Its sub-bullets, as the syllabus words them; maybe none. */
	char			**topics;
	size_t			 ntopics;
	/*
	 * Why no run shows sub-bullet i, or NULL: an objective that runs
	 * code may have one that does not (the PEP process; what a
	 * checker, not a program's output, judges), from its
	 * "not_runnable_topics".
	 */
	char			**topic_reasons;
	struct syl_section	*section;
};

/* The most sub-bullets an objective may have (one bit each). */
#define SYL_MAX_TOPICS	64

struct syl_section {
	char			*id;		/* "1" */
	char			*title;
	int			 items;
	int			 weight;	/* percent */
	struct syl_objective	*objectives;
	size_t			 nobjectives;
	struct syl_exam		*exam;
};

struct syl_exam {
	char			*id;		/* "PCEP-30-02" */
	char			*name;
	int			 draft;
	int			 items;
	int			 minutes;
	int			 pass_percent;
	char			*note;		/* or NULL */
	struct syl_section	*sections;
	size_t			 nsections;
};

/*
 * An exam version's objective that an older one's maps to ("retag" in a
 * syllabus file): items written for from count as to's when that exam
 * is asked for.
 */
struct syl_retag {
	char			*from;		/* "PCEP-30-02 1.3" */
	char			*to;		/* "PCEP-30-03 1.2" */
};

struct syllabus {
	struct syl_exam		*exams;
	size_t			 nexams;
	struct syl_retag	*retags;
	size_t			 nretags;
};

/* Read a syllabus file. NULL with *cause set when missing or malformed. */
struct syllabus			*syllabus_load(const char *path, char **cause);
/*
 * Also read path after the bundled syllabus (the global --syllabus
 * option; repeatable). Its exams are added, or replace a bundled one of
 * the same id.
 */
void				 syllabus_add_path(const char *path);
/*
 * The syllabus: the bundled one (under util_datadir()), then every
 * *.json in $XDG_DATA_HOME/snipquiz/syllabi (~/.local/share/...) in
 * name order, then the --syllabus files; a later exam replaces an
 * earlier one of the same id. NULL with *cause set (naming the file)
 * when one is unreadable or malformed.
 */
struct syllabus			*syllabus_default(char **cause);
/*
 * The objective an item tagged objective counts as under exam ("EXAM"):
 * its own when it is exam's, the retag's when a syllabus maps it there,
 * else NULL.
 */
const char			*syllabus_retag(const struct syllabus *,
				     const char *objective, const char *exam);
/* Free a syllabus; NULL is a no-op. */
void				 syllabus_free(struct syllabus *);
/* An exam by id, or NULL. */
const struct syl_exam		*syllabus_exam(const struct syllabus *,
				     const char *id);
/*
 * The sub-bullets of o that a "- covers:" value names, as bits (bit i:
 * o->topics[i]). Each ';'-separated part is a sub-bullet's words or a
 * unique prefix of them, ignoring case; a sub-bullet whose own words
 * hold ';' is named whole. 0, or -1 with *cause saying which part names
 * none or several.
 */
int				 syllabus_covers(const struct syl_objective *o,
				     const char *value, uint64_t *mask,
				     char **cause);
/* An objective named "EXAM N.M", or NULL. */
const struct syl_objective	*syllabus_objective(const struct syllabus *,
				     const char *name);

#endif
