/*
 * check_doctest.c: `check --doctest`: run the doctest sessions of
 * Markdown and reST files (doctest.c finds them) in the oracle.
 *
 * Each session is one sandboxed run of src/doctest_driver.py, which runs
 * its examples with CPython's doctest and says how each went; the report
 * has one entry per session (as pytest counts a docstring), named
 * FILE#LLINE by the line of its first example, in file order, and each
 * failing example as FILE:LINE: with doctest's own "Failed example:" text.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "bank.h"
#include "check.h"
#include "cli.h"
#include "doctest.h"
#include "oracle.h"
#include "report.h"
#include "result.h"
#include "util.h"

/* src/doctest_driver.py, made into a C string by the build. */
static const char check_doctest_driver[] =
#include "src/doctest_driver.h"
    ;

/* One entry of the report: a session, or a file without any. */
struct check_doctest_event {
	const struct doctest_file	*file;
	const struct doctest_session	*session;	/* NULL: none in file */
	char				*id;		/* "L12" */
	int				 ready;
	enum report_status		 status;
	char				*text;
	char				*reason;
	double				 time;
	enum report_kind		 kind;		/* what failed first */
	char				*expected;	/* its example's, or */
	char				*actual;	/* NULL */
};

/* The examples, counted for the summary. */
struct check_doctest_counts {
	int	 passed, failed, skipped, unrun;
};

/* s as a JSON string, bytes that are not UTF-8 as U+FFFD. */
static json_t *
check_doctest_string(const char *s)
{
	struct buf	 b;
	json_t		*v;

	buf_init(&b);
	buf_add_utf8(&b, s, strlen(s));
	v = json_stringn(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (v);
}

/* The driver's request for session s of the file at path. */
static char *
check_doctest_request(const char *path, const struct doctest_session *s)
{
	const struct doctest_example	*ex;
	const char			*name;
	json_t				*o, *a, *e;
	char				*req;
	size_t				 i;

	name = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	o = json_object();
	json_object_set_new(o, "name", json_string(name));
	a = json_array();
	for (i = 0; i < s->nexamples; i++) {
		ex = &s->examples[i];
		e = json_object();
		json_object_set_new(e, "line", json_integer(ex->line));
		json_object_set_new(e, "source", check_doctest_string(
		    ex->source));
		json_object_set_new(e, "want", check_doctest_string(ex->want));
		json_array_append_new(a, e);
	}
	json_object_set_new(o, "examples", a);
	if (s->options != NULL)
		json_object_set_new(o, "options", check_doctest_string(
		    s->options));
	if ((req = json_dumps(o, JSON_COMPACT)) == NULL)
		fatalx("cannot encode a doctest request");
	json_decref(o);
	return (req);
}

/* The line of the example that was running last (its "start"), or 0. */
static int
check_doctest_last_start(const struct result *r)
{
	const char	*p, *e, *nl;
	int		 line = 0, n;

	if (r->out == NULL)
		return (0);
	e = r->out + r->out_len;
	for (p = r->out; p != NULL && p < e; p = nl ? nl + 1 : NULL) {
		nl = memchr(p, '\n', (size_t)(e - p));
		if (sscanf(p, "{\"start\": %d}", &n) == 1)
			line = n;
	}
	return (line);
}

/*
 * A session that gave no report: a limit, the sandbox, or an exit from
 * the interpreter. Its text names the example that was running.
 */
static void
check_doctest_broken(struct check_doctest_event *ev, const struct result *r,
    struct check_doctest_counts *c)
{
	struct buf	 t;
	const char	*last;
	char		*desc;
	int		 line, len;

	if ((line = check_doctest_last_start(r)) == 0)
		line = ev->session->line;
	buf_init(&t);
	ev->kind = r->verdict == VERDICT_TIMEOUT ? REPORT_KIND_TIMEOUT :
	    REPORT_KIND_RUN;
	if (r->verdict != VERDICT_OK && r->verdict != VERDICT_RAISED) {
		desc = result_describe(r);
		buf_addf(&t, "%s:%d: %s: %s\n", ev->file->path, line, ev->id,
		    desc);
		free(desc);
	} else if (r->exc_type != NULL)
		buf_addf(&t, "%s:%d: %s: %s stopped the session (doctest lets"
		    " it through)\n", ev->file->path, line, ev->id,
		    r->exc_type);
	else
		buf_addf(&t, "%s:%d: %s: the session left the interpreter"
		    " before its end\n", ev->file->path, line, ev->id);
	if (r->verdict != VERDICT_TIMEOUT &&
	    (last = result_err_last_line(r, &len)) != NULL)
		buf_addf(&t, "  %.*s\n", len, last);
	ev->text = buf_detach(&t, NULL);
	ev->status = REPORT_FAIL;
	c->failed++;
	c->unrun += (int)ev->session->nexamples - 1;
}

/*
 * Does a report's results name the examples of s, in order? (Not a
 * defence: the session's own code can write any line; a check that the
 * last line is the driver's answer to this session.)
 */
static int
check_doctest_matches(const struct doctest_session *s, json_t *res)
{
	size_t	 i;

	if (!json_is_array(res) || json_array_size(res) != s->nexamples)
		return (0);
	for (i = 0; i < s->nexamples; i++) {
		if (json_integer_value(json_object_get(json_array_get(res, i),
		    "line")) != s->examples[i].line)
			return (0);
	}
	return (1);
}

/*
 * The first failing example x (its status st) of a session: what the
 * report's kind, expected and actual say.
 */
static void
check_doctest_first(struct check_doctest_event *ev, json_t *x,
    const char *st)
{
	const char	*want, *got;

	want = json_string_value(json_object_get(x, "expected"));
	got = json_string_value(json_object_get(x, "actual"));
	if (strcmp(st, "blocked") == 0) {
		/* No two texts compared: none given. */
		ev->kind = REPORT_KIND_RUN;
		return;
	} else if (strcmp(st, "error") == 0 || (want != NULL && strncmp(want,
	    "Traceback (most recent call last):", 34) == 0))
		ev->kind = REPORT_KIND_ERROR;
	else
		ev->kind = REPORT_KIND_OUTPUT;
	ev->expected = want ? xstrdup(want) : NULL;
	ev->actual = got ? xstrdup(got) : NULL;
}

/* Judge a session from its run; count its examples in *c. */
static void
check_doctest_judge(struct check_doctest_event *ev, const struct result *r,
    struct check_doctest_counts *c)
{
	json_t		*rep, *res, *x;
	const char	*st, *text, *blocked;
	struct buf	 t;
	size_t		 i;
	int		 bad = 0, skipped = 0, line;

	/* Its last line: the driver's, or a "start" if it was cut short. */
	rep = result_report(r);
	res = json_object_get(rep, "results");
	text = json_string_value(json_object_get(rep, "error"));
	if (res == NULL && text == NULL) {
		json_decref(rep);
		check_doctest_broken(ev, r, c);
		return;
	}
	if (res == NULL || !check_doctest_matches(ev->session, res)) {
		/* A bad directive: doctest would not parse the docstring. */
		ev->text = xprintf("%s:%d: %s: cannot run: %s\n",
		    ev->file->path, ev->session->line, ev->id, text ? text :
		    "the report does not match the session");
		ev->status = REPORT_ERROR;
		ev->kind = REPORT_KIND_PARSE;
		c->unrun += (int)ev->session->nexamples;
		json_decref(rep);
		return;
	}
	buf_init(&t);
	json_array_foreach(res, i, x) {
		st = json_string_value(json_object_get(x, "status"));
		line = (int)json_integer_value(json_object_get(x, "line"));
		text = json_string_value(json_object_get(x, "text"));
		if (st == NULL || strcmp(st, "pass") == 0)
			c->passed++;
		else if (strcmp(st, "skip") == 0) {
			c->skipped++;
			skipped++;
		} else {
			c->failed++;
			if (bad++ == 0)
				check_doctest_first(ev, x, st);
			blocked = json_string_value(json_object_get(x,
			    "blocked"));
			if (blocked != NULL)
				buf_addf(&t, "%s:%d: %s: blocked by the sandbox"
				    " (%s)\n", ev->file->path, line, ev->id,
				    blocked);
			else
				buf_addf(&t, "%s:%d: %s: ", ev->file->path,
				    line, ev->id);
			buf_adds(&t, text ? text : "failed\n");
		}
	}
	json_decref(rep);
	if (bad > 0) {
		ev->status = REPORT_FAIL;
		ev->text = buf_detach(&t, NULL);
		return;
	}
	buf_free(&t);
	if (skipped > 0 && (size_t)skipped == ev->session->nexamples) {
		ev->status = REPORT_SKIP;
		ev->reason = xstrdup("every example is +SKIP");
	} else
		ev->status = REPORT_PASS;
}

/* One check --doctest. */
struct check_doctest_run {
	const struct check_opts		*opts;
	struct report			*report;
	struct doctest_file		**docs;
	size_t				  ndocs;
	struct check_doctest_event	 *events;	/* in file order */
	size_t				  nevents;
	size_t				  nsessions;
	size_t				  printed;
	size_t				  cut;		/* --fail-fast: after */
	struct check_doctest_counts	  counts;
};

/* Report the events that are ready, in order. */
static void
check_doctest_flush(struct check_doctest_run *cr)
{
	struct check_doctest_event	*ev;
	struct report_entry		 e;

	for (; cr->printed < cr->nevents && cr->printed < cr->cut &&
	    cr->events[cr->printed].ready; cr->printed++) {
		ev = &cr->events[cr->printed];
		memset(&e, 0, sizeof e);
		e.file = ev->file->path;
		e.line = ev->session ? ev->session->line : 1;
		e.id = ev->id;
		e.status = ev->status;
		e.text = ev->text;
		e.reason = ev->reason;
		e.time = ev->time;
		e.kind = ev->kind;
		if (ev->expected != NULL && ev->actual != NULL) {
			e.expected = ev->expected;
			e.expected_len = strlen(ev->expected);
			e.actual = ev->actual;
			e.actual_len = strlen(ev->actual);
		}
		report_add(cr->report, &e);
	}
}

/* An event per session of d; one skipped event if it has none. */
static void
check_doctest_plan(struct check_doctest_run *cr, struct doctest_file *d)
{
	struct check_doctest_event	*ev;
	size_t				 j;

	for (j = 0; j < (d->nsessions ? d->nsessions : 1); j++) {
		cr->events = xreallocarray(cr->events, cr->nevents + 1,
		    sizeof *cr->events);
		ev = &cr->events[cr->nevents++];
		memset(ev, 0, sizeof *ev);
		ev->file = d;
		if (d->nsessions == 0) {
			/* Said, as doctest's "0 tests". */
			ev->id = xstrdup("none");
			ev->status = REPORT_SKIP;
			ev->reason = xstrdup("no doctest sessions (0 tests)");
			ev->ready = 1;
			continue;
		}
		ev->session = &d->sessions[j];
		ev->id = xprintf("L%d", ev->session->line);
		cr->nsessions++;
	}
}

/* Read the files in paths. -1 if some could not be read (said). */
static int
check_doctest_load(struct check_doctest_run *cr, char **paths, int npaths)
{
	/*
	 * From folders, the documents: not .txt, doctest's own test files,
	 * which a folder has too many of that are not (name them).
	 */
	static const char *const	 exts[] = { ".md", ".markdown", ".rst",
					     NULL };
	struct doctest_file	*d;
	char			**files = NULL, *cause;
	size_t			 nfiles = 0, i;
	int			 rc = 0;

	if (bank_collect_ext("check", paths, (size_t)npaths, exts, &files,
	    &nfiles) == -1)
		rc = -1;
	bank_sort_paths(files, nfiles);
	cr->docs = xcalloc(nfiles ? nfiles : 1, sizeof *cr->docs);
	for (i = 0; i < nfiles; i++) {
		if (i > 0 && strcmp(files[i], files[i - 1]) == 0)
			continue;
		if ((d = doctest_load(files[i], &cause)) == NULL) {
			fprintf(stderr, "%s check: %s\n", sq_progname, cause);
			free(cause);
			rc = -1;
			continue;
		}
		cr->docs[cr->ndocs++] = d;
		check_doctest_plan(cr, d);
	}
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	return (rc);
}

/*
 * Run the sessions, up to jobs at once, reporting in file order. 0, or -1
 * with *cause set (the oracle died).
 */
static int
check_doctest_run_all(struct check_doctest_run *cr, struct oracle *o,
    char **cause)
{
	struct check_doctest_event	*ev;
	struct oracle_req		 req;
	struct result			 r;
	size_t				 next = 0, i;
	int				 running = 0, rc;
	char				*json;
	void				*tag;

	for (;;) {
		while (next < cr->nevents && next < cr->cut &&
		    running < cr->opts->jobs) {
			ev = &cr->events[next++];
			if (ev->ready)
				continue;
			json = check_doctest_request(ev->file->path,
			    ev->session);
			oracle_req_driver(&req, check_doctest_driver,
			    sizeof check_doctest_driver - 1,
			    "<snipquiz-doctest>", json, strlen(json));
			req.limits.timeout = cr->opts->timeout;
			rc = oracle_submit(o, &req, ev, cause);
			free(json);
			if (rc == -1)
				return (-1);
			running++;
		}
		check_doctest_flush(cr);
		if (running == 0)
			return (0);
		result_init(&r);
		if (oracle_collect(o, &r, &tag, cause) == -1)
			return (-1);
		running--;
		ev = tag;
		ev->time = r.wall;
		check_doctest_judge(ev, &r, &cr->counts);
		ev->ready = 1;
		result_free(&r);
		i = (size_t)(ev - cr->events);
		if (cr->opts->fail_fast && ev->status == REPORT_FAIL &&
		    i + 1 < cr->cut)
			cr->cut = i + 1;
	}
}

/* The summary's note: the examples counted. Caller frees. */
static char *
check_doctest_note(const struct check_doctest_run *cr)
{
	const struct check_doctest_counts	*c = &cr->counts;
	struct buf				 b;
	int					 n;

	n = c->passed + c->failed + c->skipped + c->unrun;
	buf_init(&b);
	buf_addf(&b, "%d example%s: %d passed, %d failed", n, n == 1 ? "" :
	    "s", c->passed, c->failed);
	if (c->skipped > 0)
		buf_addf(&b, ", %d skipped", c->skipped);
	if (c->unrun > 0)
		buf_addf(&b, ", %d not run", c->unrun);
	if (cr->cut < cr->nevents)
		buf_adds(&b, "; stopped at the first failure");
	return (buf_detach(&b, NULL));
}

/* Options that mean nothing for doctest sessions: their name, or NULL. */
static const char *
check_doctest_unsupported(const struct check_opts *opts)
{
	if (opts->update)
		return ("--update");
	if (opts->lint)
		return ("--lint");
	if (opts->npythons > 0)
		return ("--python");
	if (opts->profile)
		return ("--profile");
	if (opts->filter != NULL)
		return ("--filter, --objective, --shard or --changed-since");
	return (NULL);
}

int
check_doctest_paths(char **paths, int npaths, const struct check_opts *opts)
{
	struct oracle_opts		 oo = { opts->hash_seed, opts->quiet,
					     NULL, 0 };
	struct check_doctest_run	 cr;
	struct oracle			*o;
	const char			*bad;
	char				*cause = NULL, *note;
	size_t				 i;
	int				 unreadable, status;
	int				 passed, failed, errors, skipped;

	if ((bad = check_doctest_unsupported(opts)) != NULL) {
		fprintf(stderr, "%s check: %s cannot be used with --doctest\n",
		    sq_progname, bad);
		return (EXIT_USAGE);
	}
	/*
	 * The oracle first: one that cannot start ends the check before any
	 * file is read (the zygote is a program of its own: it carries none).
	 */
	if ((o = oracle_start(&oo, &cause)) == NULL) {
		fprintf(stderr, "%s check: %s\n", sq_progname, cause);
		free(cause);
		return (EXIT_INTERNAL);
	}
	memset(&cr, 0, sizeof cr);
	cr.opts = opts;
	cr.cut = (size_t)-1;
	cr.report = report_new(opts->format, opts->verbose, stdout);
	report_set_color(cr.report, opts->color);
	unreadable = check_doctest_load(&cr, paths, npaths) == -1;
	if (check_doctest_run_all(&cr, o, &cause) == -1) {
		fprintf(stderr, "%s check: %s\n", sq_progname, cause);
		free(cause);
		status = EXIT_INTERNAL;
		goto out;
	}
	note = check_doctest_note(&cr);
	report_summary_count(cr.report, "examples", cr.counts.passed +
	    cr.counts.failed + cr.counts.skipped + cr.counts.unrun);
	report_summary_count(cr.report, "examples_passed", cr.counts.passed);
	report_summary_count(cr.report, "examples_failed", cr.counts.failed);
	report_summary_count(cr.report, "examples_skipped",
	    cr.counts.skipped);
	report_summary_count(cr.report, "examples_not_run", cr.counts.unrun);
	report_end(cr.report, note);
	free(note);
	if (cr.nsessions == 0 && !unreadable)
		fprintf(stderr, "%s check: no doctest sessions to check\n",
		    sq_progname);
	report_counts(cr.report, &passed, &failed, &errors, &skipped);
	if (unreadable)
		status = EXIT_USAGE;
	else if (failed > 0 || errors > 0 || cr.nsessions == 0)
		status = EXIT_FAILED;
	else
		status = EXIT_OK;
out:
	oracle_stop(o);
	for (i = 0; i < cr.nevents; i++) {
		free(cr.events[i].id);
		free(cr.events[i].text);
		free(cr.events[i].reason);
		free(cr.events[i].expected);
		free(cr.events[i].actual);
	}
	free(cr.events);
	for (i = 0; i < cr.ndocs; i++)
		doctest_free(cr.docs[i]);
	free(cr.docs);
	report_free(cr.report);
	return (status);
}
