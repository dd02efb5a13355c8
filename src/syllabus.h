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

struct syllabus {
	struct syl_exam		*exams;
	size_t			 nexams;
};

/* Read a syllabus file. NULL with *cause set when missing or malformed. */
struct syllabus			*syllabus_load(const char *path, char **cause);
/* The bundled syllabus (under util_datadir()). NULL with *cause set. */
struct syllabus			*syllabus_default(char **cause);
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
