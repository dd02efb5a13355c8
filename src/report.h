/*
 * report.h: how check reports: text for people, TAP 14, JUnit XML and
 * JSON lines for CI. One entry per item (or parse error), in file order.
 */
#ifndef SQ_REPORT_H
#define SQ_REPORT_H

#include <stdio.h>

enum report_format {
	REPORT_TEXT,
	REPORT_TAP,
	REPORT_JUNIT,
	REPORT_JSON
};

enum report_status {
	REPORT_PASS,
	REPORT_FAIL,	/* a key is wrong, or the item is unstable */
	REPORT_ERROR,	/* the item could not be parsed or run */
	REPORT_SKIP	/* not for this interpreter */
};

/*
 * What an entry is about: for a failure or an error, the first thing
 * found wrong; for a pass, what was checked; for a skip, what is missing.
 * Named in the JSON lines, the TAP block and JUnit's type attribute.
 */
enum report_kind {
	REPORT_KIND_OUTPUT,	/* the output key (a program's pass) */
	REPORT_KIND_ERROR,	/* the error key */
	REPORT_KIND_TIMEOUT,	/* the run hit its time limit */
	REPORT_KIND_RUN,	/* it did not run to an answer otherwise */
	REPORT_KIND_OPTION,	/* the item's own options, or their checker */
	REPORT_KIND_MISREAD,	/* an authored misreading */
	REPORT_KIND_UNSTABLE,	/* the determinism guard */
	REPORT_KIND_LINT,	/* --lint */
	REPORT_KIND_PARSE,	/* the bank could not be parsed */
	REPORT_KIND_OBJECTIVE,	/* an unknown objective or covers */
	REPORT_KIND_GENERATOR,	/* a generator template's variants */
	REPORT_KIND_CONCEPT,	/* a concept item's authored key */
	REPORT_KIND_PYTHON,	/* skipped: another Python version */
	REPORT_KIND_NEEDS	/* skipped: a package or facility missing */
};

struct report_entry {
	const char		*file;
	int			 line;
	const char		*id;		/* NULL for a parse error */
	enum report_status	 status;
	const char		*text;		/* FILE:LINE: messages, or NULL */
	const char		*reason;	/* REPORT_SKIP: why */
	double			 time;		/* seconds the runs took */
	/*
	 * A pass with an authored key (a concept item): the bank's word,
	 * valid in structure, never run. Counted apart in the summary.
	 */
	int			 authored;
	enum report_kind	 kind;
	/*
	 * The two texts compared, when kind compares two (output: the key
	 * and the output, normalised as compared; error: the exceptions;
	 * unstable: the outputs under each hash seed), else NULL.
	 */
	const char		*expected;
	size_t			 expected_len;
	const char		*actual;
	size_t			 actual_len;
};

struct report;

/* "text", "tap", "junit" or "json". 0, or -1 for another name. */
int		 report_parse_format(const char *, enum report_format *);
/* A report to out; verbose names passing items in text. Never NULL. */
struct report	*report_new(enum report_format, int verbose, FILE *out);
/*
 * Colour the text report's diffs (removed lines red, added green, hunk
 * heads cyan) when color is not 0; the other formats never are.
 */
void		 report_set_color(struct report *, int color);
/* The name of a kind, as the reports give it ("output"). */
const char	*report_kind_name(enum report_kind);
/* Report one entry (JUnit keeps it for the end). */
void		 report_add(struct report *, const struct report_entry *);
/*
 * The end: "N passed, N failed[, N skipped][, N errors]" for text, then
 * "(K with authored keys, not run)" when some passes were concept items
 * (a comment and the plan for TAP), the whole document for JUnit, a
 * {"summary": {...}} record for JSON lines (the counts, the items'
 * time, the wall-clock time since report_new, the note).
 */
void		 report_end(struct report *, const char *note);
/*
 * Add a count of the caller's to the JSON summary record, after the
 * standard ones (name: a JSON key, e.g. "cached"); a name given twice
 * keeps the last count. For the text and TAP ends, say it in the note.
 */
void		 report_summary_count(struct report *, const char *name,
		     long n);
/* Counts so far. */
void		 report_counts(const struct report *, int *passed,
		     int *failed, int *errors, int *skipped);
void		 report_free(struct report *);

#endif
