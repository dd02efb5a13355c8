/*
 * probe.c: evaluating option expressions and tracing, inside the oracle.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "probe.h"
#include "util.h"

/* src/probe_driver.py, made into a C string by the build. */
static const char probe_driver[] =
#include "src/probe_driver.h"
    ;

/* The JSON request on the driver's stdin. */
static void
probe_request(const struct probe_input *in, const char *mode,
    const char **exprs, size_t n, struct oracle_req *req, char **owned)
{
	json_t	*o, *a;
	size_t	 i;

	o = json_object();
	json_object_set_new(o, "mode", json_string(mode));
	json_object_set_new(o, "code", json_stringn(in->source,
	    in->source_len));
	json_object_set_new(o, "stdin", json_stringn(in->stdin_data ?
	    in->stdin_data : "", in->stdin_data ? in->stdin_len : 0));
	json_object_set_new(o, "max", json_integer(PROBE_MAX_STEPS));
	a = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(a, json_string(exprs[i]));
	json_object_set_new(o, "exprs", a);
	if ((*owned = json_dumps(o, JSON_COMPACT)) == NULL)
		fatalx("cannot encode a probe request");
	json_decref(o);
	/* Not main.py: the driver traces main.py's frames only. */
	oracle_req_driver(req, probe_driver, sizeof probe_driver - 1,
	    "<snipquiz-probe>", *owned, strlen(*owned));
	req->limits.timeout = in->timeout;
	req->needs = in->needs;
}

/* The report: the last line of the driver's output, parsed. */
static json_t *
probe_report(const struct result *r, char **cause)
{
	json_t		*rep;

	if ((rep = result_report(r)) != NULL)
		return (rep);
	if (r->verdict != VERDICT_OK && r->verdict != VERDICT_RAISED)
		*cause = xprintf("the program could not be followed to its"
		    " end (%s)", result_verdict_name(r->verdict));
	else
		*cause = xstrdup("the program could not be followed to its end"
		    " (it left the interpreter early)");
	return (NULL);
}

void
probe_eval_request(const struct probe_input *in, const char **exprs,
    size_t n, struct oracle_req *req, char **owned)
{
	probe_request(in, "eval", exprs, n, req, owned);
}

int
probe_eval_values(const struct result *r, int *values, size_t n,
    char **cause)
{
	json_t	*rep, *vals, *v;
	size_t	 i;

	if ((rep = probe_report(r, cause)) == NULL)
		return (-1);
	vals = json_object_get(rep, "values");
	if (!json_is_array(vals) || json_array_size(vals) != n) {
		json_decref(rep);
		*cause = xstrdup("the probe's report has no values");
		return (-1);
	}
	for (i = 0; i < n; i++) {
		v = json_array_get(vals, i);
		values[i] = json_is_null(v) ? -1 : json_is_true(v);
	}
	json_decref(rep);
	return (0);
}

static char *
probe_str(json_t *o, const char *key)
{
	const char	*s = json_string_value(json_object_get(o, key));

	return (xstrdup(s != NULL ? s : ""));
}

int
probe_trace(struct oracle *o, const struct probe_input *in,
    struct probe_trace *t, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	struct probe_step	*st;
	json_t			*rep, *steps, *s, *exc;
	const char		*kind;
	char			*owned;
	size_t			 i;
	int			 rc;

	memset(t, 0, sizeof *t);
	probe_request(in, "trace", NULL, 0, &req, &owned);
	rc = oracle_run(o, &req, &r, cause);
	free(owned);
	if (rc == -1)
		return (-1);
	rep = probe_report(&r, cause);
	result_free(&r);
	if (rep == NULL)
		return (-1);
	steps = json_object_get(rep, "steps");
	t->nsteps = json_array_size(steps);
	t->steps = xcalloc(t->nsteps ? t->nsteps : 1, sizeof *t->steps);
	json_array_foreach(steps, i, s) {
		st = &t->steps[i];
		kind = json_string_value(json_object_get(s, "kind"));
		st->kind = kind == NULL ? PROBE_LINE : strcmp(kind, "call") == 0 ?
		    PROBE_CALL : strcmp(kind, "return") == 0 ? PROBE_RETURN :
		    PROBE_LINE;
		st->line = (int)json_integer_value(json_object_get(s, "line"));
		st->depth = (int)json_integer_value(json_object_get(s,
		    "depth"));
		st->func = probe_str(s, "func");
		st->changes = probe_str(s, "changes");
		st->out = probe_str(s, "out");
	}
	t->truncated = json_is_true(json_object_get(rep, "truncated"));
	t->rest = probe_str(rep, "rest");
	if (json_is_object(exc = json_object_get(rep, "exc"))) {
		const char *msg = json_string_value(json_object_get(exc, "msg"));

		t->exc_line = (int)json_integer_value(json_object_get(exc,
		    "line"));
		t->exc = xprintf("%s%s%s", json_string_value(json_object_get(exc, "type")),
		    msg && *msg ? ": " : "", msg ? msg : "");
	}
	json_decref(rep);
	return (0);
}

void
probe_names_request(const struct probe_input *in, struct oracle_req *req,
    char **owned)
{
	probe_request(in, "names", NULL, 0, req, owned);
}

int
probe_names_read(const struct result *r, struct probe_name **names,
    size_t *n, char **out, char **cause)
{
	struct probe_name	*pn;
	json_t			*rep, *list, *e, *vals, *v;
	size_t			 i, j;

	*names = NULL;
	*n = 0;
	if ((rep = probe_report(r, cause)) == NULL)
		return (-1);
	if (json_is_object(json_object_get(rep, "exc"))) {
		json_decref(rep);
		*cause = xstrdup("the program raised under the probe");
		return (-1);
	}
	*out = probe_str(rep, "out");
	list = json_object_get(rep, "names");
	*names = xcalloc(json_array_size(list) + 1, sizeof **names);
	json_array_foreach(list, i, e) {
		vals = json_array_get(e, 1);
		if (json_string_value(json_array_get(e, 0)) == NULL ||
		    !json_is_array(vals))
			continue;
		pn = &(*names)[(*n)++];
		pn->name = xstrdup(json_string_value(json_array_get(e, 0)));
		pn->values = xcalloc(json_array_size(vals) + 1,
		    sizeof *pn->values);
		json_array_foreach(vals, j, v) {
			pn->values[pn->nvalues++] = xstrdup(
			    json_string_value(v) != NULL ?
			    json_string_value(v) : "");
		}
		vals = json_array_get(e, 2);
		pn->types = xcalloc(json_array_size(vals) + 1,
		    sizeof *pn->types);
		json_array_foreach(vals, j, v) {
			if (json_string_value(v) != NULL)
				pn->types[pn->ntypes++] = xstrdup(
				    json_string_value(v));
		}
		vals = json_array_get(e, 3);
		pn->lens = xcalloc(json_array_size(vals) + 1,
		    sizeof *pn->lens);
		json_array_foreach(vals, j, v) {
			pn->lens[pn->nlens++] = json_is_integer(v) ?
			    (long)json_integer_value(v) : -1;
		}
	}
	json_decref(rep);
	return (0);
}

int
probe_names(struct oracle *o, const struct probe_input *in,
    struct probe_name **names, size_t *n, char **out, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	char			*owned;
	int			 rc;

	*names = NULL;
	*n = 0;
	probe_names_request(in, &req, &owned);
	rc = oracle_run(o, &req, &r, cause);
	free(owned);
	if (rc == -1)
		return (-1);
	rc = probe_names_read(&r, names, n, out, cause);
	result_free(&r);
	return (rc);
}

int
probe_facts_read(const struct result *r, struct probe_fact **facts,
    size_t *n, char **out, char **cause)
{
	struct probe_fact	*f;
	json_t			*rep, *list, *e;
	size_t			 i;

	*facts = NULL;
	*n = 0;
	if ((rep = probe_report(r, cause)) == NULL)
		return (-1);
	if (json_is_object(json_object_get(rep, "exc"))) {
		json_decref(rep);
		*cause = xstrdup("the program raised under the probe");
		return (-1);
	}
	*out = probe_str(rep, "out");
	list = json_object_get(rep, "facts");
	*facts = xcalloc(json_array_size(list) + 1, sizeof **facts);
	json_array_foreach(list, i, e) {
		if (json_string_value(json_array_get(e, 0)) == NULL ||
		    json_string_value(json_array_get(e, 1)) == NULL)
			continue;
		f = &(*facts)[(*n)++];
		f->key = xstrdup(json_string_value(json_array_get(e, 0)));
		f->expr = xstrdup(json_string_value(json_array_get(e, 1)));
		f->value = json_string_value(json_array_get(e, 2)) != NULL ?
		    xstrdup(json_string_value(json_array_get(e, 2))) : NULL;
	}
	json_decref(rep);
	return (0);
}

void
probe_facts_free(struct probe_fact *facts, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(facts[i].key);
		free(facts[i].expr);
		free(facts[i].value);
	}
	free(facts);
}

void
probe_names_free(struct probe_name *names, size_t n)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < names[i].nvalues; j++)
			free(names[i].values[j]);
		free(names[i].values);
		for (j = 0; j < names[i].ntypes; j++)
			free(names[i].types[j]);
		free(names[i].types);
		free(names[i].lens);
		free(names[i].name);
	}
	free(names);
}

void
probe_trace_free(struct probe_trace *t)
{
	size_t	 i;

	for (i = 0; i < t->nsteps; i++) {
		free(t->steps[i].func);
		free(t->steps[i].changes);
		free(t->steps[i].out);
	}
	free(t->steps);
	free(t->exc);
	free(t->rest);
	memset(t, 0, sizeof *t);
}
