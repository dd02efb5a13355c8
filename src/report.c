/*
 * report.c: check's reports for people and for CI.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report.h"
#include "term.h"
#include "util.h"

/* A JUnit test case, kept until the document is written. */
struct report_case {
	char			*file;
	int			 line;
	char			*id;
	enum report_status	 status;
	char			*text;
	char			*reason;
	double			 time;
	enum report_kind	 kind;
};

/* A count of the caller's for the JSON summary (report_summary_count). */
struct report_count {
	char			*name;
	long			 n;
};

struct report {
	enum report_format	 format;
	int			 verbose;
	int			 color;
	FILE			*out;
	int			 n, passed, failed, errors, skipped;
	int			 authored;	/* of the passed */
	double			 time;
	double			 start;		/* util_now() at report_new */
	struct report_case	*cases;
	size_t			 ncases;
	struct report_count	*counts;	/* for the JSON summary */
	size_t			 ncounts;
};

static const char *report_kinds[] = {
	"output", "error", "timeout", "run", "option", "misread", "unstable",
	"lint", "parse", "objective", "generator", "concept", "python", "needs"
};

int
report_parse_format(const char *s, enum report_format *f)
{
	static const char	*names[] = { "text", "tap", "junit", "json" };
	size_t			 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(s, names[i]) == 0) {
			*f = (enum report_format)i;
			return (0);
		}
	}
	return (-1);
}

struct report *
report_new(enum report_format format, int verbose, FILE *out)
{
	struct report	*r = xcalloc(1, sizeof *r);

	r->format = format;
	r->verbose = verbose;
	r->out = out;
	r->start = util_now();
	if (format == REPORT_TAP)
		fprintf(out, "TAP version 14\n");
	return (r);
}

void
report_set_color(struct report *r, int color)
{
	r->color = color;
}

/*
 * A failure's text: its lines as they are, or with the diff's lines
 * coloured ("--- "/"+++ " heads bold, "@@" cyan, "-" red, "+" green).
 */
static void
report_text(struct report *r, const char *text)
{
	const char	*code;
	size_t		 len;

	if (!r->color) {
		fputs(text, r->out);
		return;
	}
	for (; *text != '\0'; text += len) {
		len = strcspn(text, "\n");
		if (strncmp(text, "--- ", 4) == 0 ||
		    strncmp(text, "+++ ", 4) == 0)
			code = TERM_BOLD;
		else if (strncmp(text, "@@", 2) == 0)
			code = TERM_CYAN;
		else if (*text == '-')
			code = TERM_RED;
		else if (*text == '+')
			code = TERM_GREEN;
		else
			code = NULL;
		if (code != NULL)
			fprintf(r->out, "%s%.*s%s", code, (int)len, text,
			    TERM_OFF);
		else
			fwrite(text, 1, len, r->out);
		if (text[len] == '\n') {
			fputc('\n', r->out);
			len++;
		}
	}
}

const char *
report_kind_name(enum report_kind k)
{
	if ((size_t)k >= sizeof report_kinds / sizeof report_kinds[0])
		return ("unknown");
	return (report_kinds[k]);
}

void
report_summary_count(struct report *r, const char *name, long n)
{
	size_t	 i;

	for (i = 0; i < r->ncounts; i++) {
		if (strcmp(r->counts[i].name, name) == 0) {
			r->counts[i].n = n;
			return;
		}
	}
	r->counts = xreallocarray(r->counts, r->ncounts + 1,
	    sizeof *r->counts);
	r->counts[r->ncounts].name = xstrdup(name);
	r->counts[r->ncounts++].n = n;
}

/* The name CI shows: FILE#ID, or FILE:LINE for a parse error. */
static char *
report_name(const struct report_entry *e)
{
	return (e->id != NULL ? xprintf("%s#%s", e->file, e->id) :
	    xprintf("%s:%d", e->file, e->line));
}

/* TAP: ok/not ok, with the messages as a YAML block. */
static void
report_tap(struct report *r, const struct report_entry *e)
{
	const char	*p, *nl;
	char		*name = report_name(e);

	fprintf(r->out, "%s %d - %s", e->status == REPORT_PASS ||
	    e->status == REPORT_SKIP ? "ok" : "not ok", r->n, name);
	if (e->status == REPORT_SKIP)
		fprintf(r->out, " # SKIP %s", e->reason ? e->reason : "");
	fprintf(r->out, "\n");
	free(name);
	if (e->text == NULL || e->status == REPORT_PASS ||
	    e->status == REPORT_SKIP)
		return;
	fprintf(r->out, "  ---\n  severity: %s\n  kind: %s\n  message: |\n",
	    e->status == REPORT_ERROR ? "error" : "fail",
	    report_kind_name(e->kind));
	for (p = e->text; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL) {
			fprintf(r->out, "    %s\n", p);
			break;
		}
		fprintf(r->out, "    %.*s\n", (int)(nl - p), p);
	}
	fprintf(r->out, "  ...\n");
}

static const char *
report_status_name(enum report_status s)
{
	static const char	*names[] = { "pass", "fail", "error", "skip" };

	return (names[s]);
}

/*
 * Text for JSON, or null for NULL. Banks and outputs are bytes: what is
 * not valid UTF-8 becomes U+FFFD (json_string would refuse the string).
 */
static json_t *
report_json_text(const char *s, size_t len)
{
	struct buf	 b;
	json_t		*j;

	if (s == NULL)
		return (json_null());
	buf_init(&b);
	buf_add_utf8(&b, s, len);
	j = json_stringn(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (j);
}

/* One JSON line, o, to the report; o is released. */
static void
report_json_line(struct report *r, json_t *o)
{
	char	*s;

	s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(4));
	fprintf(r->out, "%s\n", s);
	free(s);
	json_decref(o);
}

/*
 * JSON lines: one object per entry, every key always there but message,
 * reason and authored (the schema is in the man page).
 */
static void
report_json(struct report *r, const struct report_entry *e)
{
	json_t	*o = json_object();

	json_object_set_new(o, "file", report_json_text(e->file,
	    strlen(e->file)));
	json_object_set_new(o, "line", json_integer(e->line));
	json_object_set_new(o, "id", e->id ? report_json_text(e->id,
	    strlen(e->id)) : json_null());
	json_object_set_new(o, "status", json_string(
	    report_status_name(e->status)));
	json_object_set_new(o, "kind", json_string(report_kind_name(e->kind)));
	json_object_set_new(o, "expected", report_json_text(e->expected,
	    e->expected_len));
	json_object_set_new(o, "actual", report_json_text(e->actual,
	    e->actual_len));
	json_object_set_new(o, "time", json_real(e->time));
	if (e->text != NULL && e->status != REPORT_PASS)
		json_object_set_new(o, "message", report_json_text(e->text,
		    strlen(e->text)));
	if (e->reason != NULL)
		json_object_set_new(o, "reason", report_json_text(e->reason,
		    strlen(e->reason)));
	if (e->authored)
		json_object_set_new(o, "authored", json_true());
	report_json_line(r, o);
}

/*
 * The JSON lines' last record: {"summary": {...}}, the counts first (as
 * the text report's last line gives them), then the callers' counts.
 */
static void
report_json_summary(struct report *r, const char *note)
{
	json_t	*o = json_object();
	size_t	 i;

	json_object_set_new(o, "total", json_integer(r->n));
	json_object_set_new(o, "passed", json_integer(r->passed));
	json_object_set_new(o, "failed", json_integer(r->failed));
	json_object_set_new(o, "errors", json_integer(r->errors));
	json_object_set_new(o, "skipped", json_integer(r->skipped));
	json_object_set_new(o, "authored", json_integer(r->authored));
	json_object_set_new(o, "time", json_real(r->time));
	json_object_set_new(o, "elapsed", json_real(util_now() - r->start));
	json_object_set_new(o, "note", note ? json_string(note) : json_null());
	for (i = 0; i < r->ncounts; i++)
		json_object_set_new(o, r->counts[i].name,
		    json_integer(r->counts[i].n));
	report_json_line(r, json_pack("{s:o}", "summary", o));
}

void
report_add(struct report *r, const struct report_entry *e)
{
	struct report_case	*c;

	r->n++;
	r->time += e->time;
	switch (e->status) {
	case REPORT_PASS:
		r->passed++;
		r->authored += e->authored;
		break;
	case REPORT_FAIL:
		r->failed++;
		break;
	case REPORT_ERROR:
		r->errors++;
		break;
	case REPORT_SKIP:
		r->skipped++;
		break;
	}
	switch (r->format) {
	case REPORT_TEXT:
		if (e->status == REPORT_SKIP)
			fprintf(r->out, "%s:%d: %s: skipped: %s\n", e->file,
			    e->line, e->id, e->reason ? e->reason : "");
		else if (e->status == REPORT_PASS && r->verbose)
			fprintf(r->out, "%s:%d: %s: ok%s\n", e->file, e->line,
			    e->id, e->authored ? " (authored key, not run)" : "");
		else if (e->text != NULL && e->status != REPORT_PASS)
			report_text(r, e->text);
		break;
	case REPORT_TAP:
		report_tap(r, e);
		break;
	case REPORT_JSON:
		report_json(r, e);
		break;
	case REPORT_JUNIT:
		r->cases = xreallocarray(r->cases, r->ncases + 1,
		    sizeof *r->cases);
		c = &r->cases[r->ncases++];
		c->file = xstrdup(e->file);
		c->line = e->line;
		c->id = e->id ? xstrdup(e->id) : NULL;
		c->status = e->status;
		c->text = e->text ? xstrdup(e->text) : NULL;
		c->reason = e->reason ? xstrdup(e->reason) : NULL;
		c->time = e->time;
		c->kind = e->kind;
		break;
	}
	fflush(r->out);
}

/* Text for XML: escaped, and without the characters XML 1.0 forbids. */
static void
report_xml(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		default:
			if ((unsigned char)*s < 0x20 && *s != '\n' &&
			    *s != '\t' && *s != '\r')
				fputc('?', f);
			else
				fputc(*s, f);
		}
	}
}

/* JUnit XML: a testsuite per bank file, a testcase per item. */
static void
report_junit(struct report *r)
{
	struct report_case	*c;
	size_t			 i, j, k;
	int			 n[4];
	double			 t;
	const char		*first;
	int			 len;

	fprintf(r->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"snipquiz check\" tests=\"%d\" failures=\"%d\""
	    " errors=\"%d\" skipped=\"%d\" time=\"%.3f\">\n", r->n, r->failed,
	    r->errors, r->skipped, r->time);
	for (i = 0; i < r->ncases; i = j) {
		memset(n, 0, sizeof n);
		t = 0;
		for (j = i; j < r->ncases && strcmp(r->cases[j].file,
		    r->cases[i].file) == 0; j++) {
			n[r->cases[j].status]++;
			t += r->cases[j].time;
		}
		fprintf(r->out, "  <testsuite name=\"");
		report_xml(r->out, r->cases[i].file);
		fprintf(r->out, "\" tests=\"%zu\" failures=\"%d\" errors=\"%d\""
		    " skipped=\"%d\" time=\"%.3f\">\n", j - i, n[REPORT_FAIL],
		    n[REPORT_ERROR], n[REPORT_SKIP], t);
		for (k = i; k < j; k++) {
			c = &r->cases[k];
			fprintf(r->out, "    <testcase classname=\"");
			report_xml(r->out, c->file);
			fprintf(r->out, "\" name=\"");
			if (c->id != NULL)
				report_xml(r->out, c->id);
			else
				fprintf(r->out, "line %d", c->line);
			fprintf(r->out, "\" file=\"");
			report_xml(r->out, c->file);
			fprintf(r->out, "\" line=\"%d\" time=\"%.3f\"", c->line,
			    c->time);
			if (c->status == REPORT_PASS) {
				fprintf(r->out, "/>\n");
				continue;
			}
			fprintf(r->out, ">\n");
			if (c->status == REPORT_SKIP) {
				fprintf(r->out, "      <skipped message=\"");
				report_xml(r->out, c->reason ? c->reason : "");
				fprintf(r->out, "\"/>\n");
			} else {
				first = c->text ? c->text : "";
				len = (int)strcspn(first, "\n");
				fprintf(r->out, "      <%s message=\"",
				    c->status == REPORT_FAIL ? "failure" :
				    "error");
				{
					char *m = xstrndup(first, (size_t)len);

					report_xml(r->out, m);
					free(m);
				}
				fprintf(r->out, "\" type=\"%s\">",
				    report_kind_name(c->kind));
				report_xml(r->out, first);
				fprintf(r->out, "</%s>\n", c->status ==
				    REPORT_FAIL ? "failure" : "error");
			}
			fprintf(r->out, "    </testcase>\n");
		}
		fprintf(r->out, "  </testsuite>\n");
	}
	fprintf(r->out, "</testsuites>\n");
}

void
report_end(struct report *r, const char *note)
{
	switch (r->format) {
	case REPORT_TEXT:
		fprintf(r->out, "%d passed, %d failed", r->passed, r->failed);
		if (r->skipped > 0)
			fprintf(r->out, ", %d skipped", r->skipped);
		if (r->errors > 0)
			fprintf(r->out, ", %d error%s", r->errors,
			    r->errors == 1 ? "" : "s");
		if (r->authored > 0)
			fprintf(r->out, " (%d with %s, not run)", r->authored,
			    r->authored == 1 ? "an authored key" :
			    "authored keys");
		if (note != NULL)
			fprintf(r->out, " (%s)", note);
		fprintf(r->out, "\n");
		break;
	case REPORT_TAP:
		fprintf(r->out, "1..%d\n# %d passed, %d failed, %d skipped,"
		    " %d error%s%s%s\n", r->n, r->passed, r->failed, r->skipped,
		    r->errors, r->errors == 1 ? "" : "s", note ? "; " : "",
		    note ? note : "");
		break;
	case REPORT_JUNIT:
		report_junit(r);
		break;
	case REPORT_JSON:
		report_json_summary(r, note);
		break;
	}
	fflush(r->out);
}

void
report_counts(const struct report *r, int *passed, int *failed, int *errors,
    int *skipped)
{
	*passed = r->passed;
	*failed = r->failed;
	*errors = r->errors;
	*skipped = r->skipped;
}

void
report_free(struct report *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->ncases; i++) {
		free(r->cases[i].file);
		free(r->cases[i].id);
		free(r->cases[i].text);
		free(r->cases[i].reason);
	}
	free(r->cases);
	for (i = 0; i < r->ncounts; i++)
		free(r->counts[i].name);
	free(r->counts);
	free(r);
}
