/*
 * mutant.c: the code mutant catalogue, and the driver that makes a
 * snippet's mutants inside the oracle.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mutant.h"
#include "util.h"

/* src/mutant_driver.py, made into a C string by the build. */
static const char mutant_driver[] =
#include "src/mutant_driver.h"
    ;

/* The kinds the driver implements: a catalogue row of another is a typo. */
static const char *mutant_kinds[] = {
	"binop", "augassign", "cmpop", "boolop", "unary_drop", "method",
	"call", "range_end", "range_start", "index", "slice_end",
	"slice_start", "kwarg_drop", "kwarg_add", "return_drop",
	"copy_alias", "tuple1", "stmt", "stmt_drop", "trunc", "mod_trunc",
	"bool_wrap", "chain_split", "neg_pow", "pow_left", "left_to_right",
	"alias_copy", "repeat_copies", "default_fresh", "late_binding",
	"add_global", "else_drop", "elif_split", "finally_drop", "arg_drop",
	"arg_add", "method_inplace", "returns_self", "iadd_method",
	"str_repeat", "kwarg_drop_all", "dstar_star"
};

void
mutant_free(struct mutant_catalogue *c)
{
	size_t	 i, j;

	if (c == NULL)
		return;
	for (i = 0; i < c->nrules; i++) {
		free(c->rules[i].id);
		free(c->rules[i].kind);
		free(c->rules[i].from);
		free(c->rules[i].to);
		free(c->rules[i].label);
		for (j = 0; j < c->rules[i].nobjectives; j++)
			free(c->rules[i].objectives[j]);
		free(c->rules[i].objectives);
	}
	free(c->rules);
	free(c);
}

struct mutant_catalogue *
mutant_load(const char *path, char **cause)
{
	struct mutant_catalogue	*c;
	struct mutant_rule	*r;
	char			*data, *line, *next, *f[6];
	size_t			 len, k;
	int			 lineno = 0;

	/* The bundled catalogue is 8 KB. */
	if (util_read_file(path, 1 << 20, &data, &len, cause) == -1)
		return (NULL);
	c = xcalloc(1, sizeof *c);
	for (line = data; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		if (util_tab_fields(line, f, 6) == -1 || *f[0] == '\0' ||
		    *f[4] == '\0') {
			*cause = xprintf("%s:%d: want ID<TAB>KIND<TAB>FROM<TAB>"
			    "TO<TAB>LABEL<TAB>OBJECTIVES", path, lineno);
			goto fail;
		}
		for (k = 0; k < sizeof mutant_kinds / sizeof mutant_kinds[0];
		    k++) {
			if (strcmp(f[1], mutant_kinds[k]) == 0)
				break;
		}
		if (k == sizeof mutant_kinds / sizeof mutant_kinds[0]) {
			*cause = xprintf("%s:%d: unknown kind \"%s\"", path,
			    lineno, f[1]);
			goto fail;
		}
		c->rules = xreallocarray(c->rules, c->nrules + 1,
		    sizeof *c->rules);
		r = &c->rules[c->nrules++];
		memset(r, 0, sizeof *r);
		r->id = xstrdup(f[0]);
		r->kind = xstrdup(f[1]);
		r->from = xstrdup(f[2]);
		r->to = xstrdup(f[3]);
		r->label = xstrdup(f[4]);
		util_split_list(f[5], &r->objectives, &r->nobjectives);
	}
	free(data);
	return (c);
fail:
	free(data);
	mutant_free(c);
	return (NULL);
}

struct mutant_catalogue *
mutant_default(char **cause)
{
	struct mutant_catalogue	*c;
	char			*path;

	path = xprintf("%s/data/mutants.tsv", util_datadir());
	c = mutant_load(path, cause);
	free(path);
	return (c);
}

int
mutant_fits(const struct mutant_rule *r, const char *objective)
{
	return (util_objective_under(objective, r->objectives,
	    r->nobjectives));
}

void
mutant_request(const struct mutant_catalogue *c, const char *code,
    size_t len, int max, struct oracle_req *req, char **owned)
{
	json_t	*o, *a, *r;
	size_t	 i;

	o = json_object();
	json_object_set_new(o, "code", json_stringn(code, len));
	json_object_set_new(o, "max", json_integer(max));
	a = json_array();
	for (i = 0; i < c->nrules; i++) {
		r = json_object();
		json_object_set_new(r, "id", json_string(c->rules[i].id));
		json_object_set_new(r, "kind", json_string(c->rules[i].kind));
		json_object_set_new(r, "from", json_string(c->rules[i].from));
		json_object_set_new(r, "to", json_string(c->rules[i].to));
		json_array_append_new(a, r);
	}
	json_object_set_new(o, "rules", a);
	if ((*owned = json_dumps(o, JSON_COMPACT)) == NULL)
		fatalx("cannot encode a mutant request");
	json_decref(o);
	oracle_req_driver(req, mutant_driver, sizeof mutant_driver - 1,
	    "<snipquiz-mutant>", *owned, strlen(*owned));
	/* Parsing and unparsing a snippet takes milliseconds. */
	req->limits.timeout = 10;
}

int
mutant_report(const struct mutant_catalogue *c, const struct result *r,
    struct mutant **out, size_t *n, char **cause)
{
	json_t		*rep, *list, *m;
	const char	*id, *code;
	size_t		 i, k;

	*out = NULL;
	*n = 0;
	rep = result_report(r);
	if (!json_is_array(list = json_object_get(rep, "mutants"))) {
		json_decref(rep);
		*cause = xprintf("the mutant driver gave no report (%s)",
		    result_verdict_name(r->verdict));
		return (-1);
	}
	*out = xcalloc(json_array_size(list) + 1, sizeof **out);
	json_array_foreach(list, i, m) {
		id = json_string_value(json_object_get(m, "rule"));
		code = json_string_value(json_object_get(m, "code"));
		if (id == NULL || code == NULL)
			continue;
		for (k = 0; k < c->nrules; k++) {
			if (strcmp(c->rules[k].id, id) == 0)
				break;
		}
		if (k == c->nrules)
			continue;
		(*out)[*n].rule = k;
		(*out)[*n].line = (int)json_integer_value(json_object_get(m,
		    "line"));
		(*out)[*n].code = xstrdup(code);
		(*n)++;
	}
	json_decref(rep);
	return (0);
}

int
mutant_make(const struct mutant_catalogue *c, struct oracle *o,
    const char *code, size_t len, int max, struct mutant **out, size_t *n,
    char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	char			*owned;
	int			 rc;

	mutant_request(c, code, len, max, &req, &owned);
	rc = oracle_run(o, &req, &r, cause);
	free(owned);
	if (rc == -1)
		return (-1);
	rc = mutant_report(c, &r, out, n, cause);
	result_free(&r);
	return (rc);
}

void
mutant_list_free(struct mutant *m, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(m[i].code);
	free(m);
}
