/*
 * export.h: built questions as text for other programs and for paper:
 * JSON lines (front ends, tests), Moodle's GIFT (a course's question
 * bank) and a Markdown worksheet with its answer key at the end.
 *
 * An export renders one question at a time into a buffer the caller
 * prints; it never prints, and never runs anything: the question holds
 * every option already proven right or wrong by the oracle.
 */
#ifndef SQ_EXPORT_H
#define SQ_EXPORT_H

#include "question.h"
#include "util.h"

enum export_format {
	EXPORT_JSON,	/* one object per line */
	EXPORT_GIFT,	/* Moodle's GIFT */
	EXPORT_MD	/* a worksheet, answers at the end */
};

/* Whether a question could be written in the export's format. */
enum export_fit {
	EXPORT_FITS,
	/* GIFT has no ordering type. */
	EXPORT_NO_ORDERING,
	/*
	 * GIFT, a typed answer: a short answer would accept wrong ones (it
	 * ignores case, takes * as a wildcard, holds one line) or refuse
	 * right ones (a gap: any fill that gives the result is right).
	 */
	EXPORT_NOT_ONE_ANSWER
};

struct export;

/* The format named name ("json", "gift", "md"): 0 with *f set, or -1. */
int		 export_format_parse(const char *name, enum export_format *f);
/* Every name, for messages: "json, gift or md". */
const char	*export_format_list(void);

/* A new export in format f (numbering from 1). Never fails. */
struct export	*export_new(enum export_format f);
/*
 * Append question q to out in the export's format. Returns EXPORT_FITS,
 * or why the format cannot hold q (out is then unchanged and q is not
 * numbered).
 */
enum export_fit	 export_add(struct export *, const struct question *q,
		     struct buf *out);
/* Append what ends the export (md: the answer key) to out. */
void		 export_end(struct export *, struct buf *out);
/* Free an export; NULL is a no-op. */
void		 export_free(struct export *);

#endif
