/*
 * check.c: run every item of a set of banks and compare with its keys.
 *
 * Items run in parallel (up to opts->jobs at once) but are reported in
 * file order: each report waits until all that come before it are out.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "answer.h"
#include "bank.h"
#include "cache.h"
#include "check.h"
#include "cli.h"
#include "diff.h"
#include "filter.h"
#include "gen.h"
#include "guard.h"
#include "lint.h"
#include "option.h"
#include "oracle.h"
#include "probe.h"
#include "pyver.h"
#include "repo.h"
#include "report.h"
#include "result.h"
#include "style.h"
#include "syllabus.h"
#include "update.h"
#include "util.h"

/* Variants drawn from each generator template to check it. */
#define CHECK_VARIANTS	3
/* ... and, for a misreading none of those kept, this many before it fails. */
#define CHECK_MISREAD_VARIANTS	12

/* Where a run's time goes, for --profile (see struct result's t). */
#define CHECK_NPHASES	6
static const char *check_phases[CHECK_NPHASES] = {
	"queue", "fork", "sandbox", "run", "exit+reap", "collect"
};

/*
 * What an event found wrong first, for the reports' kind, expected and
 * actual (struct report_entry); the texts are owned.
 */
struct check_what {
	int			 set;
	enum report_kind	 kind;
	char			*expected;
	size_t			 expected_len;
	char			*actual;
	size_t			 actual_len;
};

/* One line of the report: a parse error, or an item to run. */
struct check_event {
	struct bank		*bank;
	size_t			 bank_index;
	int			 line;
	const struct bank_error	*error;		/* or ... */
	const struct bank_item	*item;		/* ... this */
	int			 ready;
	int			 passed;
	struct result		 first;		/* kept for the stability run */
	char			*text;		/* what to print */
	double			 time;		/* seconds its runs took */
	struct update		 edits;		/* --update: its new keys */
	char			*shown;		/* --interactive: text again */
	char			*note;		/* a key changing in kind */
	char			*skip;		/* not for this interpreter: why */
	int			 authored;	/* a concept item: never run */
	const struct check_event *dup;		/* --lint: same code, earlier */
	const struct check_event *near;		/* --lint: same trap, elsewhere */
	double			 near_overlap;
	int			 stage;		/* which run is under way */
	int			 fpending;	/* --python runs still to come */
	int			 ffailed;	/* one of them failed */
	char			*ftext;		/* what they found wrong */
	size_t			 mnext;		/* misreadings run so far */
	struct result		*mres;		/* their results */
	struct buf		 mtext;		/* what they found wrong */
	struct check_what	 what;		/* what failed first, ours */
	struct check_what	 fwhat;		/* ... under --python */
	int			 runs;		/* results collected */
	int			 cached;	/* of which from the cache */
};

#define CHECK_STAGE_FIRST	1	/* against the keys */
#define CHECK_STAGE_PROBE	2	/* judging eval options */
#define CHECK_STAGE_AGAIN	3	/* under the other hash seed */
#define CHECK_STAGE_MISREAD	4	/* an authored misreading */

struct check_run {
	const struct check_opts	*opts;
	const struct syllabus	*syllabus;
	struct bank		**banks;
	size_t			  nbanks;
	struct update		 *updates;	/* one per bank */
	struct check_event	 *events;
	size_t			  nevents;
	size_t			  printed;
	size_t			  cut;		/* --fail-fast: events after */
	int			  updated;
	char			**notes;	/* keys changing in kind */
	size_t			  nnotes;
	struct report		 *report;
	char			**paths;	/* as named on the command line */
	int			  npaths;
	double			 *prof[CHECK_NPHASES];	/* --profile */
	size_t			  nprof;
	struct check_event	**queue;	/* passed, waiting to run again */
	size_t			  nqueue;
	const char		 *version;	/* the interpreter's, "3.11.2" */
	struct oracle		**foreign;	/* --python, one each */
	int			  nforeign;
	int			  guarded;	/* items the guard judged */
	int			  rerun;	/* of which run again */
	int			  from_cache;	/* items whose runs all were */
	FILE			 *guard_log;	/* the tests' view of the rule */
};

/* Was path given as such on the command line (not found in a folder)? */
static int
check_named(const char *path, char **paths, int npaths)
{
	int	 k;

	for (k = 0; k < npaths; k++) {
		if (strcmp(paths[k], path) == 0)
			return (1);
	}
	return (0);
}

/*
 * Record what failed (the first call wins: later failures of the same
 * item keep the first); expected and actual (n bytes each) are copied,
 * or NULL.
 */
static void
check_what(struct check_what *w, enum report_kind kind, const char *expected,
    size_t elen, const char *actual, size_t alen)
{
	if (w->set)
		return;
	w->set = 1;
	w->kind = kind;
	if (expected != NULL) {
		w->expected = xmalloc(elen + 1);
		memcpy(w->expected, expected, elen);
		w->expected[elen] = '\0';
		w->expected_len = elen;
	}
	if (actual != NULL) {
		w->actual = xmalloc(alen + 1);
		memcpy(w->actual, actual, alen);
		w->actual[alen] = '\0';
		w->actual_len = alen;
	}
}

/* What failed, when there are no two texts to show. */
static void
check_kind(struct check_what *w, enum report_kind kind)
{
	check_what(w, kind, NULL, 0, NULL, 0);
}

static void
check_what_free(struct check_what *w)
{
	free(w->expected);
	free(w->actual);
	memset(w, 0, sizeof *w);
}

static void
check_add_event(struct check_run *cr, struct check_event *ev)
{
	cr->events = xreallocarray(cr->events, cr->nevents + 1,
	    sizeof *cr->events);
	cr->events[cr->nevents++] = *ev;
}

/* The line of an item's metadata key (its heading's if absent). */
static int
check_meta_line(const struct bank_item *it, const char *key)
{
	size_t	 i;

	for (i = 0; i < it->nmeta; i++) {
		if (strcmp(it->meta[i].key, key) == 0)
			return (it->meta[i].line);
	}
	return (it->line);
}

/* An event that is ready at once: a problem found before running. */
static void
check_add_problem(struct check_run *cr, size_t bi, int line,
    enum report_kind kind, char *text)
{
	struct check_event	 ev;

	memset(&ev, 0, sizeof ev);
	check_kind(&ev.what, kind);
	ev.bank = cr->banks[bi];
	ev.bank_index = bi;
	ev.line = line;
	ev.ready = 1;
	ev.text = text;
	check_add_event(cr, &ev);
}

/*
 * An item's "- covers:" must name sub-bullets of its own objective: a
 * problem at its line (and the item not run) when it does not. 0/-1.
 */
static int
check_covers(struct check_run *cr, size_t bi, const struct bank_item *it)
{
	const struct syl_objective	*o;
	const char			*path = cr->banks[bi]->path;
	uint64_t			 mask;
	char				*cause;
	int				 line;

	if (it->covers == NULL)
		return (0);
	line = check_meta_line(it, "covers");
	if (it->objective == NULL) {
		check_add_problem(cr, bi, line, REPORT_KIND_OBJECTIVE,
		    xprintf("%s:%d: %s: covers"
		    " names sub-bullets of the item's objective: add '-"
		    " objective: EXAM N.M'\n", path, line, it->id));
		return (-1);
	}
	o = syllabus_objective(cr->syllabus, it->objective);
	if (syllabus_covers(o, it->covers, &mask, &cause) == -1) {
		check_add_problem(cr, bi, line, REPORT_KIND_OBJECTIVE,
		    xprintf("%s:%d: %s: covers:"
		    " %s\n", path, line, it->id, cause));
		free(cause);
		return (-1);
	}
	return (0);
}

/*
 * Interleave a bank's parse errors and the items the filter takes, by
 * line. A parse error is reported whatever the filter (it may hide an
 * item the filter would take), by one shard only.
 */
static void
check_plan(struct check_run *cr, size_t bi)
{
	struct bank		*b = cr->banks[bi];
	const struct filter	*f = cr->opts->filter;
	struct check_event	 ev;
	size_t			 e = 0, i = 0;
	int			 line;

	if (f != NULL && !filter_file(f, b->path))
		return;
	/* A file named on the command line that holds no item is a mistake. */
	if (b->nitems == 0 && b->nerrors == 0 &&
	    check_named(b->path, cr->paths, cr->npaths) &&
	    (f == NULL || filter_error(f, b->path, 1))) {
		check_add_problem(cr, bi, 1, REPORT_KIND_PARSE,
		    xprintf("%s:1: no items here: an"
		    " item starts at a '## id' heading\n", b->path));
		return;
	}
	while (e < b->nerrors || i < b->nitems) {
		if (e < b->nerrors && (i >= b->nitems ||
		    b->errors[e].line <= b->items[i].line)) {
			if (f == NULL || filter_error(f, b->path,
			    b->errors[e].line))
				check_add_problem(cr, bi, b->errors[e].line,
				    REPORT_KIND_PARSE, xprintf("%s:%d: %s\n",
				    b->path, b->errors[e].line,
				    b->errors[e].msg));
			e++;
			continue;
		}
		if (f != NULL && !filter_item(f, b->path, &b->items[i])) {
			i++;
			continue;
		}
		memset(&ev, 0, sizeof ev);
		ev.bank = b;
		ev.bank_index = bi;
		ev.item = &b->items[i++];
		ev.line = ev.item->line;
		if (ev.item->objective != NULL && syllabus_objective(cr->syllabus,
		    ev.item->objective) == NULL) {
			line = check_meta_line(ev.item, "objective");
			check_add_problem(cr, bi, line, REPORT_KIND_OBJECTIVE,
			    xprintf("%s:%d: %s: unknown objective '%s'"
			    " (snipquiz topics lists them)\n", b->path, line,
			    ev.item->id, ev.item->objective));
			continue;
		}
		if (check_covers(cr, bi, ev.item) == -1)
			continue;
		check_add_event(cr, &ev);
	}
}

/* Describe an exception for a message: "TypeError: msg (line 3)". */
static char *
check_exc_text(const struct result *r)
{
	if (r->exc_type == NULL)
		return (xstrdup("no exception"));
	if (r->exc_msg != NULL && *r->exc_msg != '\0')
		return (xprintf("%s: %s (line %d)", r->exc_type, r->exc_msg,
		    r->exc_line));
	return (xprintf("%s (line %d)", r->exc_type, r->exc_line));
}

/*
 * Compare r with the keys of it (a view whose keys are those of one
 * Python version), appending a FILE:LINE: ID: message per mismatch to t;
 * under ("" or "under python 3.12.1: ") goes before what differs; w
 * gets what failed first. -1 when the program did not run to an answer
 * (said in t), else 0 with *out_ok and *err_ok set.
 */
static int
check_compare(const char *path, const struct bank_item *it, const char *under,
    const struct result *r, struct buf *t, struct check_what *w, int *out_ok,
    int *err_ok)
{
	const char	*exp = it->output ? it->output->text : "";
	size_t		 explen = it->output ? it->output->len : 0, nelen, nalen;
	const char	*last;
	int		 len;
	char		*got, *want, *d, *ne = NULL, *na = NULL, *desc;

	if (r->verdict != VERDICT_OK && r->verdict != VERDICT_RAISED &&
	    !(r->verdict == VERDICT_MEMORY && it->error_type != NULL)) {
		desc = result_describe(r);
		buf_addf(t, "%s:%d: %s: %s%s\n", path, it->code->start_line,
		    it->id, under, desc);
		free(desc);
		check_kind(w, r->verdict == VERDICT_TIMEOUT ?
		    REPORT_KIND_TIMEOUT : REPORT_KIND_RUN);
		if (r->verdict != VERDICT_TIMEOUT &&
		    (last = result_err_last_line(r, &len)) != NULL)
			buf_addf(t, "  %.*s\n", len, last);
		return (-1);
	}
	*out_ok = answer_output_matches(exp, explen, r->out, r->out_len);
	if (it->error_type != NULL)
		*err_ok = answer_error_matches(it->error_type, it->error_msg,
		    r->exc_type, r->exc_msg);
	else
		*err_ok = r->exc_type == NULL;
	if (!*out_ok) {
		ne = answer_normalize(exp, explen, &nelen);
		na = answer_normalize(r->out, r->out_len, &nalen);
		d = diff_unified(ne, nelen, na, nalen, "expected", "actual");
		buf_addf(t, "%s:%d: %s: %soutput differs\n%s", path,
		    it->output ? it->output->start_line : it->code->start_line,
		    it->id, under, d);
		free(d);
		if (r->out_dropped)
			buf_addf(t, "(%zu more bytes not kept)\n",
			    r->out_dropped);
	}
	if (!*err_ok) {
		got = check_exc_text(r);
		if (it->error_type == NULL)
			want = xstrdup("no exception");
		else if (it->error_msg != NULL)
			want = xprintf("%s: %s", it->error_type, it->error_msg);
		else
			want = xstrdup(it->error_type);
		buf_addf(t, "%s:%d: %s: %serror differs: expected %s, got %s\n",
		    path, it->error ? it->error->start_line :
		    it->code->start_line, it->id, under, want, got);
		/*
		 * Said after the output, but an exception that differs
		 * explains an output cut short: it is what failed.
		 */
		check_what(w, REPORT_KIND_ERROR, want, strlen(want), got,
		    strlen(got));
		free(got);
		free(want);
	}
	if (!*out_ok) {
		check_what(w, REPORT_KIND_OUTPUT, ne, nelen, na, nalen);
		free(ne);
		free(na);
	}
	return (0);
}

/* it as seen by one Python version: its keys are those for version. */
static void
check_view(const struct bank_item *it, const char *version,
    struct bank_item *view)
{
	struct bank_keys	 k;

	*view = *it;
	bank_item_keys(it, version, &k);
	view->output = (struct bank_block *)k.output;
	view->error = (struct bank_block *)k.error;
	view->error_type = (char *)k.error_type;
	view->error_msg = (char *)k.error_msg;
}

/* Compare one item's result with its keys; fill the event's text. */
static void
check_judge(struct check_run *cr, struct check_event *ev,
    const struct result *r)
{
	struct bank_item	 view;
	const struct bank_item	*it = &view;
	const char		*path = ev->bank->path;
	struct update		*u = &ev->edits;
	struct buf		 t;
	int			 out_ok, err_ok, line;

	/*
	 * The keys for this interpreter's version: a ```output python...
	 * block may stand in for the plain one (and is what --update edits).
	 */
	check_view(ev->item, cr->version, &view);
	buf_init(&t);
	if (check_compare(path, it, "", r, &t, &ev->what, &out_ok,
	    &err_ok) == -1)
		goto fail;
	if (out_ok && err_ok) {
		/* Passed, unless a run under another hash seed disagrees. */
		buf_free(&t);
		ev->passed = 1;
		return;
	}
	if (!out_ok && cr->opts->update)
		update_set_output(u, it, r->out, r->out_len);
	if (!err_ok && cr->opts->update) {
		line = it->error ? it->error->start_line : it->code->start_line;
		update_set_error(u, it, r->exc_type, r->exc_msg);
		/* Never loosen a key silently: say when it changes kind. */
		if (it->error_type != NULL && r->exc_type != NULL)
			ev->note = xprintf("%s:%d: %s: the error key changes from"
			    " %s to %s", path, line, it->id, it->error_type,
			    r->exc_type);
		else if (it->error_type != NULL)
			ev->note = xprintf("%s:%d: %s: the error key %s is removed:"
			    " the item no longer raises", path, line, it->id,
			    it->error_type);
		else
			ev->note = xprintf("%s:%d: %s: an error key %s is added:"
			    " the item now raises", path, line, it->id,
			    r->exc_type);
	}
fail:
	ev->text = buf_detach(&t, NULL);
	if (ev->edits.n > 0 && cr->opts->interactive)
		ev->shown = xstrdup(ev->text);
}

/* A failure (with --fail-fast): nothing after this event is started. */
static void
check_failed(struct check_run *cr, struct check_event *ev)
{
	size_t	 i = (size_t)(ev - cr->events);

	if (cr->opts->fail_fast && i + 1 < cr->cut)
		cr->cut = i + 1;
}

/*
 * An entry's kind, expected and actual: what failed first in our run,
 * else under --python; for a pass, what was checked.
 */
static void
check_flush_what(const struct check_event *ev, struct report_entry *e)
{
	const struct check_what	*w = ev->what.set ? &ev->what : &ev->fwhat;

	if (w->set) {
		e->kind = w->kind;
		e->expected = w->expected;
		e->expected_len = w->expected_len;
		e->actual = w->actual;
		e->actual_len = w->actual_len;
	} else if (ev->item != NULL && ev->item->params != NULL)
		e->kind = REPORT_KIND_GENERATOR;
	else if (ev->item != NULL && ev->item->kind == BANK_KIND_CONCEPT)
		e->kind = REPORT_KIND_CONCEPT;
	else
		e->kind = REPORT_KIND_OUTPUT;
}

/* Report the events that are ready, in order. */
static void
check_flush(struct check_run *cr)
{
	struct check_event	*ev;
	struct report_entry	 e;
	char			*text;

	while (cr->printed < cr->nevents && cr->printed < cr->cut) {
		ev = &cr->events[cr->printed];
		if (!ev->ready || ev->fpending > 0)
			break;
		if (ev->ftext != NULL) {
			/* Failures under other interpreters come after ours. */
			text = ev->text;
			ev->text = xprintf("%s%s", text ? text : "", ev->ftext);
			free(text);
			free(ev->ftext);
			ev->ftext = NULL;
			if (ev->skip != NULL) {
				/* Failed elsewhere: what failed is theirs. */
				free(ev->skip);
				ev->skip = NULL;
				check_what_free(&ev->what);
			}
		}
		if (ev->runs > 0 && ev->cached == ev->runs)
			cr->from_cache++;
		memset(&e, 0, sizeof e);
		check_flush_what(ev, &e);
		e.file = ev->bank->path;
		e.line = ev->line;
		e.id = ev->item ? ev->item->id : NULL;
		e.status = ev->item == NULL ? REPORT_ERROR : ev->skip != NULL ?
		    REPORT_SKIP : ev->passed && !ev->ffailed ? REPORT_PASS :
		    REPORT_FAIL;
		e.reason = ev->skip;
		e.authored = ev->authored && e.status == REPORT_PASS;
		e.text = ev->text;
		e.time = ev->time;
		report_add(cr->report, &e);
		free(ev->text);
		ev->text = NULL;
		check_what_free(&ev->what);
		check_what_free(&ev->fwhat);
		cr->printed++;
	}
}

/* --lint: a passing item's quality, from its (stable) result. */
static void
check_lint(struct check_run *cr, struct check_event *ev)
{
	struct buf	 t;
	char		*msgs;

	buf_init(&t);
	if ((msgs = lint_item(ev->bank->path, ev->item, &ev->first)) != NULL) {
		buf_adds(&t, msgs);
		free(msgs);
	}
	if (ev->dup != NULL)
		buf_addf(&t, "%s:%d: %s: lint: the same code as %s:%d (%s) once"
		    " names are normalised\n", ev->bank->path, ev->item->line,
		    ev->item->id, ev->dup->bank->path, ev->dup->item->line,
		    ev->dup->item->id);
	else if (ev->near != NULL)
		buf_addf(&t, "%s:%d: %s: lint: the same trap as %s:%d (%s):"
		    " %.0f%% of their code in common; merge them, or make each"
		    " test its own objective\n", ev->bank->path, ev->item->line,
		    ev->item->id, ev->near->bank->path, ev->near->item->line,
		    ev->near->item->id, ev->near_overlap * 100);
	if (t.len == 0)
		return;
	ev->passed = 0;
	ev->text = buf_detach(&t, NULL);
	check_kind(&ev->what, REPORT_KIND_LINT);
	check_failed(cr, ev);
}

struct check_norm {
	char		*code;
	size_t		 index;
	uint32_t	*sh;		/* its shingles (lint_shingles) */
	size_t		 nsh;
};

static int
check_norm_cmp(const void *a, const void *b)
{
	const struct check_norm	*x = a, *y = b;
	int			 c = strcmp(x->code, y->code);

	if (c != 0)
		return (c);
	return (x->index < y->index ? -1 : x->index > y->index);
}

/* Do two items name a misreading in the same words? */
static int
check_same_misreading(const struct bank_item *a, const struct bank_item *b)
{
	size_t	 i, j;

	for (i = 0; i < a->nmisreads; i++) {
		for (j = 0; j < b->nmisreads; j++) {
			if (strcasecmp(a->misreads[i].label,
			    b->misreads[j].label) == 0)
				return (1);
		}
	}
	return (0);
}

/*
 * --lint: mark items that test the same trap as one in another bank
 * (another exam's, usually): most of their normalised code in common
 * (LINT_NEAR), or some of it (LINT_NEAR_LABEL) and a misreading named in
 * the same words. The later one is marked, with the closest earlier
 * one. v is in event order. Quadratic, but over hash sets of some 50
 * entries: 500 items take a few milliseconds.
 */
static void
check_find_near(struct check_run *cr, struct check_norm *v, size_t n)
{
	struct check_event	*a, *b;
	size_t			 i, j;
	double			 o;

	for (i = 0; i < n; i++) {
		b = &cr->events[v[i].index];
		for (j = 0; j < i; j++) {
			a = &cr->events[v[j].index];
			if (a->bank == b->bank || v[i].nsh == 0)
				continue;
			o = lint_overlap(v[i].sh, v[i].nsh, v[j].sh, v[j].nsh);
			if (o < LINT_NEAR && (o < LINT_NEAR_LABEL ||
			    !check_same_misreading(a->item, b->item)))
				continue;
			if (o > b->near_overlap) {
				b->near = a;
				b->near_overlap = o;
			}
		}
	}
}

/* --lint: mark items whose code is another's once names are normalised. */
static void
check_find_duplicates(struct check_run *cr)
{
	struct check_norm	*v;
	struct check_event	*ev;
	size_t			 i, n = 0, first;
	char			*src;
	size_t			 len;

	v = xcalloc(cr->nevents + 1, sizeof *v);
	for (i = 0; i < cr->nevents; i++) {
		ev = &cr->events[i];
		/* Concepts and fragments with no program have no code. */
		if (ev->item == NULL || ev->item->params != NULL ||
		    ev->item->kind == BANK_KIND_CONCEPT ||
		    ev->item->code->len == 0)
			continue;
		src = bank_item_source(ev->item, &len);
		v[n].code = lint_normal_code(src, len);
		lint_shingles(v[n].code, &v[n].sh, &v[n].nsh);
		v[n++].index = i;
		free(src);
	}
	check_find_near(cr, v, n);
	/* Sorted by code, then file order: each run starts with the first. */
	qsort(v, n, sizeof *v, check_norm_cmp);
	for (i = 1, first = 0; i < n; i++) {
		if (strcmp(v[i].code, v[first].code) != 0)
			first = i;
		else
			cr->events[v[i].index].dup = &cr->events[v[first].index];
	}
	for (i = 0; i < n; i++) {
		free(v[i].code);
		free(v[i].sh);
	}
	free(v);
}

/* --profile: keep where one run's time went. */
static void
check_profile_add(struct check_run *cr, const struct result *r)
{
	double	 t[CHECK_NPHASES + 1];
	int	 k;

	t[0] = r->t.submit;
	t[1] = r->t.fork;
	t[2] = r->t.child;
	t[3] = r->t.sandboxed;
	t[4] = r->t.ran;
	t[5] = r->t.reaped;
	t[6] = r->t.collected;
	for (k = 0; k <= CHECK_NPHASES; k++) {
		if (t[k] == 0)
			return;	/* the child never got that far */
	}
	for (k = 0; k < CHECK_NPHASES; k++) {
		cr->prof[k] = xreallocarray(cr->prof[k], cr->nprof + 1,
		    sizeof *cr->prof[k]);
		cr->prof[k][cr->nprof] = t[k + 1] - t[k];
	}
	cr->nprof++;
}

static int
check_double_cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

/* --profile: the median and mean of each part of a run, on stderr. */
static void
check_profile_print(struct check_run *cr, double elapsed, size_t nitems)
{
	double	 sum;
	size_t	 i;
	int	 k;

	fprintf(stderr, "profile: %zu runs of %zu items in %.3f s: %.1f"
	    " items/s, %.3f ms per item\n", cr->nprof, nitems, elapsed,
	    nitems / elapsed, elapsed * 1000 / (nitems ? nitems : 1));
	if (cr->nprof == 0)
		return;
	fprintf(stderr, "profile: per run, ms  %-10s %8s %8s\n", "", "median",
	    "mean");
	for (k = 0; k < CHECK_NPHASES; k++) {
		qsort(cr->prof[k], cr->nprof, sizeof *cr->prof[k],
		    check_double_cmp);
		for (sum = 0, i = 0; i < cr->nprof; i++)
			sum += cr->prof[k][i];
		fprintf(stderr, "profile:              %-10s %8.3f %8.3f\n",
		    check_phases[k], cr->prof[k][cr->nprof / 2] * 1000,
		    sum / cr->nprof * 1000);
	}
}

/* Is this event an item to run? */
static int
check_due(const struct check_run *cr, const struct check_event *ev)
{
	return (ev->item != NULL && ev->item->params == NULL &&
	    (size_t)(ev - cr->events) < cr->cut);
}

/*
 * Compare the oracle's verdict on an item's own options with the marks.
 * right[i]: 1 right, 0 wrong, -1 (eval) the expression raised; why[i]
 * (fragments only, else NULL) what the checker reported.
 */
static void
check_marks(struct check_run *cr, struct check_event *ev, const int *right,
    char **why)
{
	const struct bank_item	*it = ev->item;
	const struct bank_option *op;
	struct buf		 t;
	size_t			 i, n;

	buf_init(&t);
	for (i = 0; i < it->nopts; i++) {
		op = &it->opts[i];
		if (op->marked == (right[i] == 1))
			continue;
		n = strcspn(op->text, "\n");
		buf_addf(&t, "%s:%d: %s: option '[%c] %.*s%s' ", ev->bank->path,
		    op->line, it->id, op->marked ? 'x' : ' ', (int)n, op->text,
		    op->text[n] ? " ..." : "");
		if (it->opts_style != STYLE_NONE && why[i] != NULL)
			buf_addf(&t, "is marked %s but %s reports %s\n",
			    op->marked ? "right" : "wrong",
			    style_name(it->opts_style), why[i]);
		else if (it->opts_codes)
			buf_addf(&t, "is marked right but %s does not report it"
			    " on the program\n", style_name(it->opts_style));
		else if (it->opts_style != STYLE_NONE)
			buf_addf(&t, "is marked %s but %s reports nothing\n",
			    op->marked ? "right" : "wrong",
			    style_name(it->opts_style));
		else if (it->opts_eval)
			buf_addf(&t, op->marked ? "is marked right but %s after"
			    " the run\n" : "is true after the run but not"
			    " marked\n", right[i] == -1 ? "raises an exception" :
			    "is false");
		else
			buf_adds(&t, op->marked ? "is marked right but is not"
			    " what the program gives\n" : "is what the program"
			    " gives but is not marked\n");
	}
	if (t.len == 0)
		return;
	ev->passed = 0;
	ev->ready = 1;
	ev->text = buf_detach(&t, NULL);
	check_kind(&ev->what, REPORT_KIND_OPTION);
	result_free(&ev->first);
	check_failed(cr, ev);
}

/*
 * Judge an item's expressions or fragments from their run r (the probe's
 * or the style checker's) and compare with the marks. Without its
 * checker the item is skipped, with the reason.
 */
static void
check_judge_options(struct check_run *cr, struct check_event *ev,
    const struct result *r)
{
	const struct bank_item	*it = ev->item;
	int			*right;
	char			**why, *cause = NULL;
	size_t			 i;
	int			 rc;

	right = xcalloc(it->nopts, sizeof *right);
	why = xcalloc(it->nopts, sizeof *why);
	if (it->opts_style != STYLE_NONE)
		rc = option_style_values(it, r, right, why, &cause);
	else
		rc = probe_eval_values(r, right, it->nopts, &cause);
	if (rc == 1) {
		ev->skip = cause;
		check_kind(&ev->what, REPORT_KIND_OPTION);
		ev->ready = 1;
		result_free(&ev->first);
	} else if (rc == -1) {
		ev->passed = 0;
		ev->ready = 1;
		check_failed(cr, ev);
		check_kind(&ev->what, REPORT_KIND_OPTION);
		ev->text = xprintf("%s:%d: %s: the options could not be judged:"
		    " %s\n", ev->bank->path, it->options->start_line, it->id,
		    cause);
		free(cause);
		result_free(&ev->first);
	} else
		check_marks(cr, ev, right, why);
	for (i = 0; i < it->nopts; i++)
		free(why[i]);
	free(why);
	free(right);
}

/*
 * Does item it need what oracle o cannot give (a package not installed)?
 * Then 1, with why in *why when why is not NULL (the caller frees it).
 */
static int
check_needs_missing(struct oracle *o, const struct bank_item *it, char **why)
{
	char	*s;

	if ((s = oracle_needs_missing(o, it->needs)) == NULL)
		return (0);
	if (why != NULL)
		*why = s;
	else
		free(s);
	return (1);
}

/* Submit an item's program to o: its source, stdin and timeout. */
static int
check_submit(struct check_run *cr, struct oracle *o, struct check_event *ev,
    char **cause)
{
	struct oracle_req	 req;
	char			*src;
	size_t			 len;
	int			 rc;

	src = bank_item_source(ev->item, &len);
	oracle_req_item(&req, ev->item, src, len);
	if (cr->opts->timeout > 0)
		req.limits.timeout = cr->opts->timeout;
	rc = oracle_submit(o, &req, ev, cause);
	free(src);
	return (rc);
}

/*
 * --python: compare a run under another interpreter with the keys that
 * hold for its version; what differs is added to the item's report,
 * naming the version.
 */
static void
check_judge_foreign(struct check_run *cr, struct check_event *ev,
    struct oracle *o, const struct result *r)
{
	struct bank_item	 view;
	struct buf		 t;
	char			*under, *all;
	int			 out_ok = 1, err_ok = 1;

	check_view(ev->item, oracle_version(o), &view);
	under = xprintf("under python %s: ", oracle_version(o));
	buf_init(&t);
	if (check_compare(ev->bank->path, &view, under, r, &t, &ev->fwhat,
	    &out_ok, &err_ok) == -1)
		out_ok = 0;
	free(under);
	if (out_ok && err_ok) {
		buf_free(&t);
		return;
	}
	if (ev->ftext != NULL) {
		all = xprintf("%s%s", ev->ftext, t.data);
		free(ev->ftext);
		ev->ftext = all;
		buf_free(&t);
	} else
		ev->ftext = buf_detach(&t, NULL);
	ev->ffailed = 1;
	check_failed(cr, ev);
}

/* Submit the probe that judges an item's eval options. */
static int
check_submit_probe(struct check_run *cr, struct oracle *o,
    struct check_event *ev, char **cause)
{
	struct oracle_req	 req;
	char			*owned;
	int			 rc;

	if (ev->item->opts_style != STYLE_NONE)
		option_style_request(ev->item, cr->opts->timeout, &req, &owned);
	else
		option_probe_request(ev->item, cr->opts->timeout, &req,
		    &owned);
	rc = oracle_submit(o, &req, ev, cause);
	free(owned);
	return (rc);
}

/* Its second run, under the other hash seed, is what comes next. */
static void
check_queue_again(struct check_run *cr, struct check_event *ev)
{
	cr->queue = xreallocarray(cr->queue, cr->nqueue + 1,
	    sizeof *cr->queue);
	cr->queue[cr->nqueue++] = ev;
}

/*
 * The determinism guard: queue the item's second run, under the other
 * hash seed, or (--guard auto, when guard_needed finds no reason, and
 * --guard never) finish it on its first run.
 */
static void
check_guard(struct check_run *cr, struct check_event *ev)
{
	const char	*why = NULL;
	char		*src;
	size_t		 len;

	switch (cr->opts->guard) {
	case GUARD_ALWAYS:
		why = "--guard always";
		break;
	case GUARD_NEVER:
		break;
	case GUARD_AUTO:
		src = bank_item_source(ev->item, &len);
		why = guard_needed(src, len, &ev->first);
		free(src);
		break;
	}
	cr->guarded++;
	if (cr->guard_log != NULL)
		fprintf(cr->guard_log, "%s#%s\t%s\n", ev->bank->path,
		    ev->item->id, why != NULL ? why : "-");
	if (why != NULL) {
		cr->rerun++;
		check_queue_again(cr, ev);
		return;
	}
	if (cr->opts->lint)
		check_lint(cr, ev);
	ev->ready = 1;
	result_free(&ev->first);
}

/*
 * Judge the run r of misreading k of item id (ms: its misreadings, as
 * written or as a variant expands them): it must run to an answer
 * (compiled, within the limits) that is neither the true one (truth)
 * nor an earlier misreading's (mres[0..k-1]). What is wrong goes to t;
 * r is moved to mres[k] (emptied when it gave no answer).
 */
static void
check_misread_judge(const char *path, const char *id,
    const struct bank_misread *ms, size_t k, const struct result *truth,
    struct result *mres, struct result *r, struct buf *t)
{
	const struct bank_misread	*m = &ms[k];
	char				*desc;
	size_t				 j;

	mres[k] = *r;
	memset(r, 0, sizeof *r);
	r = &mres[k];
	/*
	 * A misreading may raise SyntaxError as it runs: that is how a bank
	 * says the learner takes the code for erroneous.
	 */
	if (r->verdict == VERDICT_RAISED && result_compile_error(r)) {
		/* The message names the line already. */
		buf_addf(t, "%s:%d: %s: misreading '%s' does not compile: %s:"
		    " %s\n", path, m->line, id, m->label, r->exc_type,
		    r->exc_msg != NULL ? r->exc_msg : "");
		goto unusable;
	}
	if (r->verdict != VERDICT_OK && r->verdict != VERDICT_RAISED) {
		desc = result_describe(r);
		buf_addf(t, "%s:%d: %s: misreading '%s' does not run to an"
		    " answer: %s\n", path, m->line, id, m->label, desc);
		free(desc);
		goto unusable;
	}
	if (answer_same(truth, r)) {
		buf_addf(t, "%s:%d: %s: misreading '%s' gives the true answer\n",
		    path, m->line, id, m->label);
		return;
	}
	for (j = 0; j < k; j++) {
		if (mres[j].verdict != VERDICT_OK &&
		    mres[j].verdict != VERDICT_RAISED)
			continue;
		if (answer_same(&mres[j], r)) {
			buf_addf(t, "%s:%d: %s: misreading '%s' gives the same"
			    " answer as '%s' (line %d)\n", path, m->line, id,
			    m->label, ms[j].label, ms[j].line);
			return;
		}
	}
	return;
unusable:
	/* Compared with nothing later. */
	result_free(r);
	r->verdict = VERDICT_INTERNAL;
}

/*
 * The item's keys and options passed: its authored misreadings run next,
 * one at a time in o, then the item runs again under the other hash
 * seed. Submits the next misreading (1), or, when none is left, fails
 * the item if one was wrong or queues its second run (0). -1 with *cause
 * if the oracle failed.
 */
static int
check_passed_first(struct check_run *cr, struct oracle *o,
    struct check_event *ev, char **cause)
{
	const struct bank_item	*it = ev->item;
	struct oracle_req	 req;
	size_t			 i;

	/* Past a --fail-fast cut, nothing more is run. */
	if (ev->mnext < it->nmisreads && (size_t)(ev - cr->events) < cr->cut) {
		if (ev->mres == NULL) {
			ev->mres = xcalloc(it->nmisreads, sizeof *ev->mres);
			buf_init(&ev->mtext);
		}
		oracle_req_item(&req, it, it->misreads[ev->mnext].code,
		    it->misreads[ev->mnext].len);
		if (cr->opts->timeout > 0)
			req.limits.timeout = cr->opts->timeout;
		req.fixed_random = 1;	/* as practice runs it */
		ev->stage = CHECK_STAGE_MISREAD;
		if (oracle_submit(o, &req, ev, cause) == -1)
			return (-1);
		return (1);
	}
	if (ev->mres != NULL) {
		for (i = 0; i < it->nmisreads; i++)
			result_free(&ev->mres[i]);
		free(ev->mres);
		ev->mres = NULL;
		if (ev->mtext.len > 0) {
			ev->passed = 0;
			ev->ready = 1;
			check_kind(&ev->what, REPORT_KIND_MISREAD);
			ev->text = buf_detach(&ev->mtext, NULL);
			result_free(&ev->first);
			check_failed(cr, ev);
			return (0);
		}
		buf_free(&ev->mtext);
	}
	check_guard(cr, ev);
	return (0);
}

/*
 * The determinism guard failed ev: its two runs (the first, and b under
 * the other hash seed) are the texts compared, its outputs as compared
 * (normalised) or, when those agree, its exceptions; none when only an
 * address in the output failed it.
 */
static void
check_unstable(struct check_event *ev, const struct result *b)
{
	char	*na, *nb, *ea, *eb;
	size_t	 la, lb;

	na = answer_normalize(ev->first.out, ev->first.out_len, &la);
	nb = answer_normalize(b->out, b->out_len, &lb);
	if (la != lb || memcmp(na, nb, la) != 0)
		check_what(&ev->what, REPORT_KIND_UNSTABLE, na, la, nb, lb);
	else {
		ea = check_exc_text(&ev->first);
		eb = check_exc_text(b);
		if (strcmp(ea, eb) != 0)
			check_what(&ev->what, REPORT_KIND_UNSTABLE, ea,
			    strlen(ea), eb, strlen(eb));
		else
			check_kind(&ev->what, REPORT_KIND_UNSTABLE);
		free(ea);
		free(eb);
	}
	free(na);
	free(nb);
}

/*
 * Run the items. Each goes through the first oracle and is compared with
 * its keys; its own options are judged (eval options by the probe, in
 * the first oracle too); then it runs again in the second oracle, under
 * the other hash seed, and must answer alike (the determinism guard).
 * Both oracles work at once, each with up to -j snippets: an item's
 * second run starts as soon as its first has passed.
 */
static int
check_pipeline(struct check_run *cr, struct oracle *a, struct oracle *b)
{
	struct oracle		*os[2 + CHECK_MAX_FOREIGN] = { a, b };
	struct check_event	*ev;
	struct result		 r;
	size_t			 next = 0, i, fnext[CHECK_MAX_FOREIGN];
	void			*tag;
	char			*cause = NULL, *why;
	int			 inflight[2 + CHECK_MAX_FOREIGN], jobs = cr->opts->jobs;
	int			 which, *right, k, busy;

	memset(inflight, 0, sizeof inflight);
	memset(fnext, 0, sizeof fnext);
	for (k = 0; k < cr->nforeign; k++)
		os[2 + k] = cr->foreign[k];
	for (i = 0; i < cr->nevents; i++) {
		if (check_due(cr, &cr->events[i]))
			cr->events[i].fpending = cr->nforeign;
	}
	for (;;) {
		/* --python: each other interpreter runs every item too. */
		for (k = 0; k < cr->nforeign; k++) {
			while (inflight[2 + k] < jobs && fnext[k] < cr->nevents) {
				ev = &cr->events[fnext[k]++];
				if (!check_due(cr, ev)) {
					ev->fpending = 0;
					continue;
				}
				if ((ev->item->python != NULL && !pyver_matches(
				    ev->item->python, oracle_version(
				    cr->foreign[k]))) || check_needs_missing(
				    cr->foreign[k], ev->item, NULL)) {
					ev->fpending--;
					continue;
				}
				if (check_submit(cr, cr->foreign[k], ev,
				    &cause) == -1)
					goto fail;
				inflight[2 + k]++;
			}
		}
		/* Second runs first: they finish items. */
		while (inflight[1] < jobs && cr->nqueue > 0) {
			ev = cr->queue[0];
			memmove(cr->queue, cr->queue + 1, --cr->nqueue *
			    sizeof *cr->queue);
			if ((size_t)(ev - cr->events) >= cr->cut) {
				result_free(&ev->first);
				continue;
			}
			ev->stage = CHECK_STAGE_AGAIN;
			if (check_submit(cr, b, ev, &cause) == -1)
				goto fail;
			inflight[1]++;
		}
		while (inflight[0] < jobs && next < cr->nevents) {
			ev = &cr->events[next++];
			if (!check_due(cr, ev))
				continue;
			/* "- python: >=3.12" under 3.11: skipped, with why. */
			if (ev->item->python != NULL && !pyver_matches(
			    ev->item->python, cr->version)) {
				ev->skip = xprintf("needs python %s, this is %s",
				    ev->item->python, cr->version);
				check_kind(&ev->what, REPORT_KIND_PYTHON);
				ev->ready = 1;
				check_flush(cr);
				continue;
			}
			/* "- needs: pytest" without python3-pytest: likewise. */
			if (check_needs_missing(a, ev->item, &ev->skip)) {
				check_kind(&ev->what, REPORT_KIND_NEEDS);
				ev->ready = 1;
				check_flush(cr);
				continue;
			}
			/*
			 * A concept item's key is the bank's: sound in structure
			 * (the parser saw to that), nothing to run; --lint still
			 * looks at it.
			 */
			if (ev->item->kind == BANK_KIND_CONCEPT) {
				ev->passed = ev->authored = 1;
				if (cr->opts->lint)
					check_lint(cr, ev);
				ev->ready = 1;
				check_flush(cr);
				continue;
			}
			ev->stage = CHECK_STAGE_FIRST;
			if (check_submit(cr, a, ev, &cause) == -1)
				goto fail;
			inflight[0]++;
		}
		for (busy = 0, k = 0; k < 2 + cr->nforeign; k++)
			busy += inflight[k];
		if (busy == 0)
			break;
		if (oracle_collect_any(os, 2 + cr->nforeign, &r, &tag, &which,
		    &cause) == -1)
			goto fail;
		inflight[which]--;
		ev = tag;
		ev->runs++;
		ev->cached += r.cached;
		if (which >= 2) {
			check_judge_foreign(cr, ev, cr->foreign[which - 2], &r);
			ev->fpending--;
			result_free(&r);
			check_flush(cr);
			continue;
		}
		ev->time += r.wall;
		if (cr->opts->profile && ev->stage != CHECK_STAGE_PROBE)
			check_profile_add(cr, &r);
		switch (ev->stage) {
		case CHECK_STAGE_FIRST:
			check_judge(cr, ev, &r);
			if (!ev->passed) {
				ev->ready = 1;
				check_failed(cr, ev);
				result_free(&r);
				break;
			}
			ev->first = r;
			if (ev->item->nopts > 0 && (ev->item->opts_eval ||
			    ev->item->opts_style != STYLE_NONE)) {
				ev->stage = CHECK_STAGE_PROBE;
				if (check_submit_probe(cr, a, ev, &cause) == -1)
					goto fail;
				inflight[0]++;
				break;
			}
			if (ev->item->nopts > 0) {
				right = xcalloc(ev->item->nopts, sizeof *right);
				for (i = 0; i < ev->item->nopts; i++)
					right[i] = option_output_right(
					    ev->item->opts[i].text, &ev->first);
				check_marks(cr, ev, right, NULL);
				free(right);
			}
			if (ev->passed && (k = check_passed_first(cr, a, ev,
			    &cause)) == -1)
				goto fail;
			inflight[0] += ev->passed && k == 1;
			break;
		case CHECK_STAGE_PROBE:
			check_judge_options(cr, ev, &r);
			result_free(&r);
			if (ev->passed && ev->skip == NULL &&
			    (k = check_passed_first(cr, a, ev, &cause)) == -1)
				goto fail;
			inflight[0] += ev->passed && ev->skip == NULL && k == 1;
			break;
		case CHECK_STAGE_MISREAD:
			check_misread_judge(ev->bank->path, ev->item->id,
			    ev->item->misreads, ev->mnext, &ev->first, ev->mres,
			    &r, &ev->mtext);
			ev->mnext++;
			if ((k = check_passed_first(cr, a, ev, &cause)) == -1)
				goto fail;
			inflight[0] += k == 1;
			break;
		case CHECK_STAGE_AGAIN:
			if (!answer_stable(&ev->first, &r, &why)) {
				check_unstable(ev, &r);
				ev->passed = 0;
				ev->text = xprintf("%s:%d: %s: %s\n",
				    ev->bank->path, ev->item->code->start_line,
				    ev->item->id, why);
				free(why);
				check_failed(cr, ev);
			} else if (cr->opts->lint)
				check_lint(cr, ev);
			ev->ready = 1;
			result_free(&r);
			result_free(&ev->first);
			break;
		}
		check_flush(cr);
	}
	return (0);
fail:
	fprintf(stderr, "%s check: %s\n", sq_progname, cause);
	free(cause);
	return (-1);
}

/*
 * A template's misreadings that, expanded in variant v, did not compile
 * or run to an answer (gen_draw ran them and left them out, with why)
 * fail the template (ev->text), under the variant's seed.
 */
static void
check_variant_broken(struct check_run *cr, struct check_event *ev,
    const struct gen_variant *v)
{
	struct buf	 t;
	size_t		 k;

	buf_init(&t);
	for (k = 0; k < v->ndropped; k++) {
		if (v->dropped[k].why != NULL)
			buf_addf(&t, "%s:%d: %s: misreading '%s' %s\n",
			    ev->bank->path, v->dropped[k].line, ev->item->id,
			    v->dropped[k].label, v->dropped[k].why);
	}
	if (t.len == 0) {
		buf_free(&t);
		return;
	}
	ev->passed = 0;
	check_kind(&ev->what, REPORT_KIND_MISREAD);
	ev->text = xprintf("%s:%d: %s: in variant %s:\n%s", ev->bank->path,
	    ev->item->params->start_line, ev->item->id, v->seed, t.data);
	check_failed(cr, ev);
	buf_free(&t);
}

/*
 * How many of the template's misreadings no variant of vs (n of them)
 * kept, though one gave the true answer at least (gen_draw leaves out,
 * from a variant, a misreading that gives its true answer or one kept
 * before it, and one that expands to its own program). With t, each is
 * reported there.
 */
static int
check_template_unkept(const struct check_event *ev,
    const struct gen_variant *vs, int n, struct buf *t)
{
	const struct bank_item	*it = ev->item;
	size_t			 i, j;
	int			 k, kept, agreed, unkept = 0;

	for (i = 0; i < it->nmisreads; i++) {
		kept = agreed = 0;
		for (k = 0; k < n && !kept; k++) {
			for (j = 0; j < vs[k].nmisreads && !kept; j++)
				kept = vs[k].misreads[j].line ==
				    it->misreads[i].line;
			for (j = 0; j < vs[k].ndropped; j++)
				agreed |= vs[k].dropped[j].why == NULL &&
				    vs[k].dropped[j].line ==
				    it->misreads[i].line;
		}
		if (kept || !agreed)
			continue;
		unkept++;
		if (t != NULL)
			buf_addf(t, "%s:%d: %s: misreading '%s' gives the true"
			    " answer, or an earlier misreading's, in each of"
			    " the %d variants drawn\n", ev->bank->path,
			    it->misreads[i].line, it->id, it->misreads[i].label,
			    n);
	}
	return (unkept);
}

/*
 * Draw count variants of template ev (seed 0: the first ones are the
 * same whatever count) into *vs and *n and judge their misreadings:
 * ev->passed says whether they passed. A template that gives fewer than
 * min variants fails, with why (a broken params block, an oracle that
 * died: gen_draw says).
 */
static void
check_template_draw(struct check_run *cr, struct gen_oracles *g,
    struct check_event *ev, int count, int min, struct gen_variant **vs,
    int *n)
{
	char	*cause;
	int	 k;

	*n = gen_draw(g, ev->item, 0, count, 0, vs, &cause);
	if (*n < min) {
		ev->passed = 0;
		check_kind(&ev->what, REPORT_KIND_GENERATOR);
		ev->text = xprintf("%s:%d: %s: %s\n", ev->bank->path,
		    ev->item->params->start_line, ev->item->id, cause);
		check_failed(cr, ev);
		free(cause);
		return;
	}
	free(cause);
	ev->passed = 1;
	for (k = 0; k < *n && ev->passed; k++)
		check_variant_broken(cr, ev, &(*vs)[k]);
}

static void
check_variants_free(struct gen_variant *vs, int n)
{
	int	 k;

	for (k = 0; k < n; k++)
		gen_variant_free(&vs[k]);
	free(vs);
}

/*
 * Check generator templates: each must give a few stable variants, and
 * each of its misreadings must misread one of them at least. One that
 * misreads none of the first CHECK_VARIANTS may bite in rarer draws:
 * CHECK_MISREAD_VARIANTS are drawn before it fails.
 */
static int
check_templates(struct check_run *cr, struct gen_oracles *g)
{
	struct check_event	*ev;
	struct gen_variant	*vs;
	struct buf		 t;
	size_t			 i;
	double			 t0;
	int			 n;

	for (i = 0; i < cr->nevents; i++) {
		ev = &cr->events[i];
		if (ev->item == NULL || ev->item->params == NULL || i >= cr->cut)
			continue;
		/* Its variants would need what the oracle lacks: skipped. */
		if (check_needs_missing(g->a, ev->item, &ev->skip)) {
			check_kind(&ev->what, REPORT_KIND_NEEDS);
			ev->ready = 1;
			check_flush(cr);
			continue;
		}
		t0 = util_now();
		check_template_draw(cr, g, ev, CHECK_VARIANTS, CHECK_VARIANTS,
		    &vs, &n);
		if (ev->passed && check_template_unkept(ev, vs, n, NULL) > 0) {
			check_variants_free(vs, n);
			check_template_draw(cr, g, ev, CHECK_MISREAD_VARIANTS,
			    CHECK_VARIANTS, &vs, &n);
			buf_init(&t);
			if (ev->passed &&
			    check_template_unkept(ev, vs, n, &t) > 0) {
				ev->passed = 0;
				ev->text = buf_detach(&t, NULL);
				check_what(&ev->what, REPORT_KIND_MISREAD, NULL,
				    0, NULL, 0);
				check_failed(cr, ev);
			}
			buf_free(&t);
		}
		ev->time = util_now() - t0;
		check_variants_free(vs, n);
		ev->ready = 1;
		check_flush(cr);
	}
	return (0);
}


/*
 * --interactive: ask about one item's new keys on the terminal (stdin,
 * prompts on stderr). 'y' takes them, 'n' leaves them, 'a' takes them
 * and all after, 'q' (or the end of input) leaves them and all after.
 */
static int
check_ask(const struct check_event *ev)
{
	char	*line = NULL;
	size_t	 size = 0;
	int	 c = 'q';

	fputs(ev->shown, stdout);
	if (ev->note != NULL)
		printf("note: %s\n", ev->note);
	fflush(stdout);
	for (;;) {
		fprintf(stderr, "Accept this change? [y]es, [n]o, [a]ll, [q]uit: ");
		fflush(stderr);
		if (getline(&line, &size, stdin) == -1) {
			fputc('\n', stderr);
			c = 'q';
			break;
		}
		/* Answers from a pipe are echoed, so a log reads as a dialogue. */
		if (!isatty(STDIN_FILENO))
			fputs(line, stderr);
		c = line[0] | 0x20;
		if (strchr("ynaq", c) != NULL && (line[1] == '\n' ||
		    line[1] == '\0'))
			break;
	}
	free(line);
	return (c);
}

/* Gather the edits to make: all of them, or those accepted. */
static void
check_gather_updates(struct check_run *cr)
{
	struct check_event	*ev;
	size_t			 i;
	int			 answer = cr->opts->interactive ? 0 : 'a';

	for (i = 0; i < cr->nevents && i < cr->cut; i++) {
		ev = &cr->events[i];
		if (ev->edits.n == 0)
			continue;
		if (answer != 'a' && answer != 'q')
			answer = check_ask(ev);
		if (answer == 'y' || answer == 'a') {
			update_move(&cr->updates[ev->bank_index], &ev->edits);
			cr->updated++;
			if (ev->note != NULL) {
				cr->notes = xreallocarray(cr->notes,
				    cr->nnotes + 1, sizeof *cr->notes);
				cr->notes[cr->nnotes++] = ev->note;
				ev->note = NULL;
			}
		}
		if (answer == 'y' || answer == 'n')
			answer = 0;
	}
}

/*
 * Write the banks whose keys changed (or, with --dry-run, print the
 * patch). What is said about it goes to stdout with the text report, to
 * stderr with the others (stdout holds the report).
 */
static int
check_write_updates(struct check_run *cr)
{
	FILE	*say = cr->opts->format == REPORT_TEXT && !cr->opts->dry_run ?
	    stdout : stderr;
	char	*data, *cause, *a, *b, *d, *rel;
	size_t	 i, len;
	int	 rc = 0, files = 0;

	check_gather_updates(cr);
	for (i = 0; i < cr->nbanks; i++) {
		if (cr->updates[i].n == 0)
			continue;
		data = update_apply(cr->banks[i], &cr->updates[i], &len);
		if (cr->opts->dry_run) {
			/*
			 * Named from the root of its work tree, so that git
			 * apply works there whatever directory we ran in.
			 */
			rel = repo_relative(cr->banks[i]->path);
			a = xprintf("a/%s", rel ? rel : cr->banks[i]->path);
			b = xprintf("b/%s", rel ? rel : cr->banks[i]->path);
			free(rel);
			d = diff_unified(cr->banks[i]->data, cr->banks[i]->len,
			    data, len, a, b);
			fputs(d, stdout);
			free(d);
			free(a);
			free(b);
			files++;
		} else if (util_replace_file(cr->banks[i]->path, data, len,
		    &cause) == -1) {
			fprintf(stderr, "%s check: not updated: %s\n",
			    sq_progname, cause);
			free(cause);
			rc = -1;
		} else
			files++;
		free(data);
	}
	if (files > 0)
		fprintf(say, "%s %d item%s in %d file%s\n", cr->opts->dry_run ?
		    "would update" : "updated", cr->updated, cr->updated == 1 ?
		    "" : "s", files, files == 1 ? "" : "s");
	for (i = 0; i < cr->nnotes; i++)
		fprintf(say, "note: %s\n", cr->notes[i]);
	return (rc);
}

/*
 * The result cache the options ask for, or NULL (--no-cache, no home,
 * or one that cannot be used: said on stderr, and the check goes on
 * without it).
 */
static struct cache *
check_cache_open(const struct check_opts *opts)
{
	struct cache	*c;
	char		*dir, *cause;

	if (opts->no_cache)
		return (NULL);
	if (opts->cache_dir != NULL)
		dir = xstrdup(opts->cache_dir);
	else if ((dir = cache_default_dir()) == NULL)
		return (NULL);
	if ((c = cache_open(dir, &cause)) == NULL) {
		fprintf(stderr, "%s check: %s; checking without it\n",
		    sq_progname, cause);
		free(cause);
	}
	free(dir);
	return (c);
}

/*
 * What the summary adds to the counts: a --fail-fast stop, how many
 * items the guard ran again, how many came from the cache (and damaged
 * entries found). Also the JSON summary's counts. NULL for nothing.
 */
static char *
check_note(struct check_run *cr, struct cache *c)
{
	const struct cache_stats	*cs = c ? cache_stats(c) : NULL;
	struct buf			 b;

	buf_init(&b);
	if (cr->cut < cr->nevents)
		buf_adds(&b, "stopped at the first failure");
	if (cr->opts->guard == GUARD_AUTO && cr->guarded > 0)
		buf_addf(&b, "%s%d of %d rerun under another hash seed",
		    b.len ? ", " : "", cr->rerun, cr->guarded);
	if (cr->from_cache > 0)
		buf_addf(&b, "%s%d from the cache", b.len ? ", " : "",
		    cr->from_cache);
	if (cs != NULL && cs->damaged > 0)
		buf_addf(&b, "%s%ld damaged cache entr%s run again",
		    b.len ? ", " : "", cs->damaged, cs->damaged == 1 ? "y" :
		    "ies");
	report_summary_count(cr->report, "rerun", cr->rerun);
	report_summary_count(cr->report, "cached", cr->from_cache);
	report_summary_count(cr->report, "cache_damaged", cs ? cs->damaged :
	    0);
	if (b.len == 0) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b, NULL));
}

int
check_paths(char **paths, int npaths, const struct check_opts *opts)
{
	struct gen_oracles	 g = { NULL, NULL };
	struct syllabus		*syl = NULL;
	struct cache		*cache = NULL;
	const char		*env;
	char			*note;
	struct check_run	 cr;
	struct bank		*b;
	char			**files = NULL, *cause = NULL;
	size_t			 nfiles = 0, i, nitems = 0, nproblems = 0;
	int			 unreadable = 0, status, k;
	int			 passed, failed, errors, skipped, empty_ok;
	double			 t0;

	/*
	 * --changed-since: the repository is the paths', not the current
	 * directory's. Known before anything starts, as the options are.
	 */
	if (opts->filter != NULL && filter_prepare(opts->filter, paths, npaths,
	    &cause) == -1) {
		status = cli_usage_error("check", "%s", cause);
		free(cause);
		return (status);
	}
	memset(&cr, 0, sizeof cr);
	cr.opts = opts;
	cr.paths = paths;
	cr.npaths = npaths;
	cr.cut = (size_t)-1;
	/* With --dry-run stdout is the patch, and nothing else. */
	cr.report = report_new(opts->format, opts->verbose, opts->dry_run ?
	    stderr : stdout);
	report_set_color(cr.report, opts->color);
	/*
	 * With a cache the oracles only probe the sandbox now (for the
	 * warnings and the cache's keys): an unchanged bank starts no
	 * interpreter. The zygote is a program of its own (oracle.c), so
	 * one started after the banks are loaded does not carry them.
	 */
	cache = check_cache_open(opts);
	if (gen_oracles_start(&g, opts->hash_seed, opts->quiet, cache != NULL,
	    &cause) == -1) {
		fprintf(stderr, "%s check: %s\n", sq_progname, cause);
		free(cause);
		cache_close(cache);
		report_free(cr.report);
		return (EXIT_INTERNAL);
	}
	oracle_set_cache(g.a, cache);
	oracle_set_cache(g.b, cache);
	if ((env = getenv("SNIPQUIZ_GUARD_LOG")) != NULL && *env != '\0')
		cr.guard_log = fopen(env, "w");
	cr.foreign = xcalloc(CHECK_MAX_FOREIGN, sizeof *cr.foreign);
	for (k = 0; k < opts->npythons && k < CHECK_MAX_FOREIGN; k++) {
		struct oracle_opts fo = { opts->hash_seed, 1, opts->pythons[k],
		    cache != NULL };

		if ((cr.foreign[k] = oracle_start(&fo, &cause)) == NULL) {
			fprintf(stderr, "%s check: %s\n", sq_progname, cause);
			free(cause);
			status = EXIT_USAGE;
			goto out;
		}
		oracle_set_cache(cr.foreign[k], cache);
		cr.nforeign++;
	}
	if (bank_collect("check", paths, npaths, &files, &nfiles) == -1)
		unreadable = 1;
	/* A file named twice (a folder and a file in it) is checked once. */
	bank_sort_paths(files, nfiles);
	cr.banks = xcalloc(nfiles ? nfiles : 1, sizeof *cr.banks);
	for (i = 0; i < nfiles; i++) {
		if (i > 0 && strcmp(files[i], files[i - 1]) == 0)
			continue;
		if ((b = bank_load(files[i], &cause)) == NULL) {
			fprintf(stderr, "%s check: %s\n", sq_progname, cause);
			free(cause);
			unreadable = 1;
			continue;
		}
		cr.banks[cr.nbanks++] = b;
	}
	if ((cr.syllabus = syl = syllabus_default(&cause)) == NULL) {
		fprintf(stderr, "%s check: cannot read the syllabus: %s\n",
		    sq_progname, cause);
		free(cause);
		status = EXIT_USAGE;
		goto out;
	}
	cr.updates = xcalloc(cr.nbanks ? cr.nbanks : 1, sizeof *cr.updates);
	for (i = 0; i < cr.nbanks; i++) {
		update_init(&cr.updates[i]);
		check_plan(&cr, i);
	}
	if (opts->lint)
		check_find_duplicates(&cr);
	for (i = 0; i < cr.nevents; i++) {
		if (cr.events[i].item != NULL)
			nitems++;
		else {
			nproblems++;
			check_failed(&cr, &cr.events[i]);
		}
	}
	/* Nothing changed, or an empty shard, is no failure. */
	empty_ok = opts->filter != NULL && filter_may_be_empty(opts->filter);
	if (nitems == 0 && nproblems == 0 && !unreadable)
		fprintf(stderr, "%s check: no items to check%s\n", sq_progname,
		    empty_ok ? " (none selected)" : "");
	check_flush(&cr);
	status = EXIT_OK;
	t0 = util_now();
	if (nitems > 0) {
		cr.version = oracle_version(g.a);
		if (check_pipeline(&cr, g.a, g.b) == -1 ||
		    check_templates(&cr, &g) == -1) {
			status = EXIT_INTERNAL;
			goto out;
		}
	}
	check_flush(&cr);
	if (opts->profile)
		check_profile_print(&cr, util_now() - t0, nitems);
	if (opts->update && check_write_updates(&cr) == -1)
		unreadable = 1;
	note = check_note(&cr, cache);
	report_end(cr.report, note);
	free(note);
	report_counts(cr.report, &passed, &failed, &errors, &skipped);
	if (unreadable)
		status = EXIT_USAGE;
	else if (failed > 0 || errors > 0 || (nitems == 0 && !empty_ok))
		status = EXIT_FAILED;
out:
	gen_oracles_stop(&g);
	for (k = 0; k < cr.nforeign; k++)
		oracle_stop(cr.foreign[k]);
	cache_close(cache);
	if (cr.guard_log != NULL)
		fclose(cr.guard_log);
	free(cr.foreign);
	syllabus_free(syl);
	for (i = 0; i < cr.nevents; i++) {
		free(cr.events[i].text);
		free(cr.events[i].shown);
		free(cr.events[i].note);
		free(cr.events[i].skip);
		free(cr.events[i].ftext);
		if (cr.events[i].mres != NULL) {
			for (k = 0; k < (int)cr.events[i].item->nmisreads; k++)
				result_free(&cr.events[i].mres[k]);
			free(cr.events[i].mres);
			buf_free(&cr.events[i].mtext);
		}
		update_free(&cr.events[i].edits);
		result_free(&cr.events[i].first);
		check_what_free(&cr.events[i].what);
		check_what_free(&cr.events[i].fwhat);
	}
	for (k = 0; k < CHECK_NPHASES; k++)
		free(cr.prof[k]);
	free(cr.queue);
	for (i = 0; i < cr.nnotes; i++)
		free(cr.notes[i]);
	free(cr.notes);
	free(cr.events);
	for (i = 0; i < cr.nbanks; i++) {
		update_free(&cr.updates[i]);
		bank_free(cr.banks[i]);
	}
	free(cr.updates);
	free(cr.banks);
	report_free(cr.report);
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	return (status);
}
