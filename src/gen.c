/*
 * gen.c: draw, expand, key and render variants of generator templates.
 */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "gen.h"
#include "update.h"

/*
 * Runs a template's params block: reads {"seed", "params", "where"} on
 * stdin, prints {"ok": where held, "vars": {name: [str, repr]}}.
 */
static const char gen_runner[] =
	"import json, random, sys\n"
	"req = json.load(sys.stdin)\n"
	"random.seed(req['seed'])\n"
	"ns = {'random': random, '__name__': 'params'}\n"
	"exec(compile(req['params'], 'params', 'exec'), ns)\n"
	"ok = True\n"
	"if req['where']:\n"
	"    ok = bool(eval(compile(req['where'].strip(), 'where', 'eval'), ns))\n"
	"out = {}\n"
	"for k, v in ns.items():\n"
	"    if k.startswith('_') or k == 'random' or callable(v) or \\\n"
	"            type(v).__name__ == 'module':\n"
	"        continue\n"
	"    out[k] = [str(v), repr(v)]\n"
	"print(json.dumps({'ok': ok, 'vars': out}))\n";

/* Attempts allowed per variant asked for, before giving up. */
#define GEN_TRIES	10

int
gen_oracles_start(struct gen_oracles *g, long hash_seed, int quiet,
    char **cause)
{
	struct oracle_opts	 oa = { hash_seed, quiet };
	struct oracle_opts	 ob = { hash_seed == 1 ? 2 : 1, 1 };

	g->a = g->b = NULL;
	if (hash_seed < 0)
		ob.hash_seed = -1;
	if ((g->a = oracle_start(&oa, cause)) == NULL)
		return (-1);
	if ((g->b = oracle_start(&ob, cause)) == NULL) {
		oracle_stop(g->a);
		g->a = NULL;
		return (-1);
	}
	return (0);
}

void
gen_oracles_stop(struct gen_oracles *g)
{
	oracle_stop(g->a);
	oracle_stop(g->b);
	g->a = g->b = NULL;
}

void
gen_variant_free(struct gen_variant *v)
{
	if (v == NULL)
		return;
	free(v->code);
	free(v->input);
	free(v->prompt);
	free(v->explanation);
	free(v->seed);
	result_free(&v->result);
}

/* The last non-empty line of some output, for messages. */
static char *
gen_last_line(const char *s, size_t len)
{
	size_t	 e = len, b;

	while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == '\r'))
		e--;
	for (b = e; b > 0 && s[b - 1] != '\n'; b--)
		;
	return (xstrndup(s + b, e - b));
}

/*
 * Expand ${name} and ${name!r} in text from vars; "$${" is a literal
 * "${". 0, or -1 with *cause naming the unknown value.
 */
static int
gen_expand(const char *text, size_t len, json_t *vars, struct buf *out,
    char **cause)
{
	json_t	*v;
	char	*name;
	size_t	 i, e, n;
	int	 repr;

	for (i = 0; i < len; i++) {
		if (text[i] == '$' && i + 2 < len && text[i + 1] == '$' &&
		    text[i + 2] == '{') {
			buf_adds(out, "${");
			i += 2;
			continue;
		}
		if (text[i] != '$' || i + 1 >= len || text[i + 1] != '{') {
			buf_addc(out, text[i]);
			continue;
		}
		for (e = i + 2; e < len && text[e] != '}' && text[e] != '\n'; e++)
			;
		if (e >= len || text[e] != '}') {
			*cause = xstrdup("a '${' without its closing '}'");
			return (-1);
		}
		n = e - (i + 2);
		repr = n > 2 && strncmp(text + e - 2, "!r", 2) == 0;
		name = xstrndup(text + i + 2, repr ? n - 2 : n);
		v = json_object_get(vars, name);
		if (v == NULL) {
			*cause = xprintf("the template names ${%s}, which the"
			    " params block does not define", name);
			free(name);
			return (-1);
		}
		free(name);
		buf_adds(out, json_string_value(json_array_get(v, repr)));
		i = e;
	}
	return (0);
}

static char *
gen_expand_block(const struct bank_block *bl, json_t *vars, size_t *len,
    char **cause)
{
	struct buf	 b;

	buf_init(&b);
	if (gen_expand(bl->text, bl->len, vars, &b, cause) == -1) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b, len));
}

static char *
gen_expand_text(const char *text, json_t *vars, char **cause)
{
	struct buf	 b;

	if (text == NULL)
		return (NULL);
	buf_init(&b);
	if (gen_expand(text, strlen(text), vars, &b, cause) == -1) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b, NULL));
}

/* Run the params block with this seed: its vars, or NULL. */
static json_t *
gen_params(struct gen_oracles *g, const struct bank_item *it,
    const char *seed, int *where_ok, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	json_error_t		 jerr;
	json_t			*in, *res, *vars = NULL;
	char			*input, *last;

	in = json_pack("{s:s,s:s,s:s}", "seed", seed, "params",
	    it->params->text, "where", it->where ? it->where->text : "");
	input = json_dumps(in, JSON_COMPACT);
	json_decref(in);
	memset(&req, 0, sizeof req);
	req.source = gen_runner;
	req.source_len = sizeof gen_runner - 1;
	req.filename = "<params>";
	req.stdin_data = input;
	req.stdin_len = strlen(input);
	req.limits.timeout = 5;
	if (oracle_run(g->a, &req, &r, cause) == -1) {
		free(input);
		return (NULL);
	}
	free(input);
	if (r.verdict != VERDICT_OK) {
		last = gen_last_line(r.err, r.err_len);
		*cause = r.verdict == VERDICT_RAISED ?
		    xprintf("the params or where block raised: %s", last) :
		    xprintf("the params block %s", result_describe(&r));
		free(last);
		result_free(&r);
		return (NULL);
	}
	res = json_loadb(r.out, r.out_len, 0, &jerr);
	result_free(&r);
	if (res == NULL || !json_is_object(json_object_get(res, "vars"))) {
		*cause = xstrdup("the params block printed to stdout (leave"
		    " stdout to the runner)");
		json_decref(res);
		return (NULL);
	}
	*where_ok = json_is_true(json_object_get(res, "ok"));
	vars = json_incref(json_object_get(res, "vars"));
	json_decref(res);
	return (vars);
}

/* Run an expanded variant; its result. 0, or -1 (oracle died). */
static int
gen_run(struct oracle *o, const struct bank_item *it,
    const struct gen_variant *v, struct result *r, char **cause)
{
	struct oracle_req	 req;

	memset(&req, 0, sizeof req);
	req.source = v->code;
	req.source_len = v->code_len;
	req.filename = "main.py";
	req.stdin_data = v->input;
	req.stdin_len = v->input_len;
	req.limits.timeout = it->timeout;
	return (oracle_run(o, &req, r, cause));
}

/* Has this code (and stdin) been drawn already? */
static int
gen_seen(struct gen_variant *vs, int n, const struct gen_variant *v)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (vs[i].code_len == v->code_len &&
		    memcmp(vs[i].code, v->code, v->code_len) == 0 &&
		    (vs[i].input == NULL) == (v->input == NULL) &&
		    (v->input == NULL || strcmp(vs[i].input, v->input) == 0))
			return (1);
	}
	return (0);
}

int
gen_draw(struct gen_oracles *g, const struct bank_item *it,
    unsigned long seed, int count, struct gen_variant **out, char **cause)
{
	struct gen_variant	*vs, v;
	struct result		 rb;
	json_t			*vars;
	char			*problem = NULL, *why, *desc;
	int			 n = 0, tries, where_ok, fatal = 0;

	vs = xcalloc(count ? count : 1, sizeof *vs);
	*cause = NULL;
	for (tries = 0; n < count && tries < count * GEN_TRIES + 10 &&
	    !fatal; tries++) {
		memset(&v, 0, sizeof v);
		v.seed = xprintf("%lu:%s:%d", seed, it->id, tries);
		if ((vars = gen_params(g, it, v.seed, &where_ok,
		    &problem)) == NULL) {
			fatal = 1;
			goto next;
		}
		if (!where_ok) {
			json_decref(vars);
			goto next;
		}
		if ((v.code = gen_expand_block(it->code, vars, &v.code_len,
		    &problem)) == NULL ||
		    (it->input != NULL && (v.input = gen_expand_block(it->input,
		    vars, &v.input_len, &problem)) == NULL) ||
		    (it->prompt != NULL && (v.prompt = gen_expand_text(it->prompt,
		    vars, &problem)) == NULL) ||
		    (it->explanation != NULL && (v.explanation =
		    gen_expand_text(it->explanation, vars, &problem)) == NULL)) {
			json_decref(vars);
			fatal = 1;
			goto next;
		}
		json_decref(vars);
		if (gen_seen(vs, n, &v))
			goto next;
		if (gen_run(g->a, it, &v, &v.result, &problem) == -1) {
			fatal = 1;
			goto next;
		}
		if (v.result.verdict != VERDICT_OK &&
		    v.result.verdict != VERDICT_RAISED) {
			free(problem);
			desc = result_describe(&v.result);
			problem = xprintf("a variant %s", desc);
			free(desc);
			goto next;
		}
		if (gen_run(g->b, it, &v, &rb, &problem) == -1) {
			fatal = 1;
			goto next;
		}
		if (!answer_stable(&v.result, &rb, &why)) {
			free(problem);
			problem = why;
			result_free(&rb);
			goto next;
		}
		result_free(&rb);
		vs[n++] = v;
		continue;
next:
		gen_variant_free(&v);
	}
	if (n < count) {
		if (fatal)
			*cause = problem;
		else {
			*cause = xprintf("only %d distinct variant%s in %d draws%s%s",
			    n, n == 1 ? "" : "s", tries, problem ?
			    "; the last one: " : "", problem ? problem : "");
			free(problem);
		}
	} else
		free(problem);
	*out = vs;
	return (n);
}

/* Append a fenced block (fence longer than the content needs). */
static void
gen_block(struct buf *b, const char *info, const char *text, size_t len)
{
	char	*block;

	block = update_render_block(info, text, len, '`');
	buf_addc(b, '\n');
	buf_adds(b, block);
	free(block);
}

void
gen_render(struct buf *b, const struct bank_item *it, int n,
    const struct gen_variant *v)
{
	const struct result	*r = &v->result;
	char			*norm;
	size_t			 i, len;

	buf_addf(b, "## %s.%d\n", it->id, n);
	for (i = 0; i < it->nmeta; i++) {
		if (strcmp(it->meta[i].key, "generator") != 0 &&
		    strcmp(it->meta[i].key, "variant") != 0)
			buf_addf(b, "- %s: %s\n", it->meta[i].key,
			    it->meta[i].value);
	}
	buf_addf(b, "- generator: %s\n- variant: %s\n", it->id, v->seed);
	if (v->prompt != NULL)
		buf_addf(b, "\n%s", v->prompt);
	gen_block(b, "python", v->code, v->code_len);
	if (v->input != NULL)
		gen_block(b, "stdin", v->input, v->input_len);
	norm = answer_normalize(r->out, r->out_len, &len);
	if (len > 0)
		gen_block(b, "output", norm, len);
	free(norm);
	if (r->exc_type != NULL) {
		/*
		 * "Which exception?" is answered by the type; its message
		 * varies between Python versions and is no part of the key.
		 */
		norm = strcmp(it->form, "error") != 0 && r->exc_msg != NULL &&
		    *r->exc_msg != '\0' ?
		    xprintf("%s: %s\n", r->exc_type, r->exc_msg) :
		    xprintf("%s\n", r->exc_type);
		gen_block(b, "error", norm, strlen(norm));
		free(norm);
	}
	if (v->explanation != NULL)
		buf_addf(b, "\n%s", v->explanation);
}
