/*
 * gen.c: draw, expand, key and render variants of generator templates.
 */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    int lazy, char **cause)
{
	struct oracle_opts	 oa = { hash_seed, quiet, NULL, lazy };
	struct oracle_opts	 ob = { hash_seed == 1 ? 2 : 1, 1, NULL, lazy };

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
gen_item(const struct bank_item *tmpl, const struct gen_variant *v,
    struct bank_item *it, struct bank_block *code, struct bank_block *in)
{
	memset(it, 0, sizeof *it);
	memset(code, 0, sizeof *code);
	memset(in, 0, sizeof *in);
	it->id = tmpl->id;
	it->objective = tmpl->objective;
	it->form = tmpl->form;
	it->timeout = tmpl->timeout;
	it->needs = tmpl->needs;
	it->meta = tmpl->meta;
	it->nmeta = tmpl->nmeta;
	code->text = v->code;
	code->len = v->code_len;
	it->code = code;
	if (v->input != NULL) {
		in->text = v->input;
		in->len = v->input_len;
		it->input = in;
	}
	it->prompt = v->prompt;
	it->explanation = v->explanation;
	it->misreads = v->misreads;
	it->nmisreads = v->nmisreads;
}

void
gen_variant_free(struct gen_variant *v)
{
	size_t	 i;

	if (v == NULL)
		return;
	free(v->code);
	free(v->input);
	free(v->prompt);
	free(v->explanation);
	for (i = 0; i < v->nmisreads; i++) {
		free(v->misreads[i].label);
		free(v->misreads[i].code);
	}
	free(v->misreads);
	for (i = 0; i < v->ndropped; i++) {
		free(v->dropped[i].label);
		free(v->dropped[i].why);
	}
	free(v->dropped);
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
gen_expand_block_text(const char *text, size_t textlen, json_t *vars,
    size_t *len, char **cause)
{
	struct buf	 b;

	buf_init(&b);
	if (gen_expand(text, textlen, vars, &b, cause) == -1) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b, len));
}

static char *
gen_expand_block(const struct bank_block *bl, json_t *vars, size_t *len,
    char **cause)
{
	return (gen_expand_block_text(bl->text, bl->len, vars, len, cause));
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

/*
 * Expand the template's misreadings into v, as its program is expanded
 * (labels are kept as written). One that comes out as the variant's
 * program itself (two values alike) is dropped: it misreads nothing. 0,
 * or -1 with *cause naming an unknown value.
 */
static int
gen_expand_misreads(const struct bank_item *it, json_t *vars,
    struct gen_variant *v, char **cause)
{
	struct bank_misread	*m;
	size_t			 i;

	if (it->nmisreads == 0)
		return (0);
	v->misreads = xcalloc(it->nmisreads, sizeof *v->misreads);
	for (i = 0; i < it->nmisreads; i++) {
		m = &v->misreads[v->nmisreads];
		m->line = it->misreads[i].line;
		if ((m->code = gen_expand_block_text(it->misreads[i].code,
		    it->misreads[i].len, vars, &m->len, cause)) == NULL)
			return (-1);
		if (m->len == v->code_len && memcmp(m->code, v->code,
		    m->len) == 0) {
			free(m->code);
			m->code = NULL;
			continue;
		}
		m->label = xstrdup(it->misreads[i].label);
		v->nmisreads++;
	}
	return (0);
}

/* The request that runs a template's params block with this seed. */
static char *
gen_params_req(const struct bank_item *it, const char *seed,
    struct oracle_req *req)
{
	json_t	*in;
	char	*input;

	in = json_pack("{s:s,s:s,s:s}", "seed", seed, "params",
	    it->params->text, "where", it->where ? it->where->text : "");
	input = json_dumps(in, JSON_COMPACT);
	json_decref(in);
	memset(req, 0, sizeof *req);
	req->source = gen_runner;
	req->source_len = sizeof gen_runner - 1;
	req->filename = "<params>";
	req->stdin_data = input;
	req->stdin_len = strlen(input);
	req->limits.timeout = 5;
	return (input);
}

/* The values a params run printed, or NULL with *cause set. */
static json_t *
gen_params_vars(struct result *r, int *where_ok, char **cause)
{
	json_error_t	 jerr;
	json_t		*res, *vars;
	char		*last, *desc;

	if (r->verdict != VERDICT_OK) {
		last = gen_last_line(r->err, r->err_len);
		desc = result_describe(r);
		*cause = r->verdict == VERDICT_RAISED ?
		    xprintf("the params or where block raised: %s", last) :
		    xprintf("the params block %s", desc);
		free(desc);
		free(last);
		return (NULL);
	}
	res = json_loadb(r->out, r->out_len, 0, &jerr);
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

/*
 * Run n requests in an oracle, as many at once as there are processors;
 * results[i] is the result of reqs[i]. Skips requests with no source.
 * 0, or -1 with *cause set (the oracle died).
 */
static int
gen_run_many(struct oracle *o, struct oracle_req *reqs, struct result *results,
    int n, char **cause)
{
	struct result	 r;
	void		*tag;
	long		 jobs = sysconf(_SC_NPROCESSORS_ONLN);
	int		 next = 0, inflight = 0, i;

	if (jobs < 1)
		jobs = 1;
	for (;;) {
		while (inflight < jobs && next < n) {
			i = next++;
			if (reqs[i].source == NULL)
				continue;
			if (oracle_submit(o, &reqs[i], &results[i], cause) == -1)
				return (-1);
			inflight++;
		}
		if (inflight == 0)
			return (0);
		if (oracle_collect(o, &r, &tag, cause) == -1)
			return (-1);
		inflight--;
		*(struct result *)tag = r;
	}
}

/* The request that runs an expanded variant. */
static void
gen_variant_req(const struct bank_item *it, const struct gen_variant *v,
    struct oracle_req *req)
{
	memset(req, 0, sizeof *req);
	req->source = v->code;
	req->source_len = v->code_len;
	req->filename = "main.py";
	req->stdin_data = v->input;
	req->stdin_len = v->input_len;
	req->limits.timeout = it->timeout;
	req->needs = it->needs;
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

/* Draws prepared at once: run in parallel, then used in draw order. */
#define GEN_BATCH	8

/* One draw of a batch. */
struct gen_cand {
	struct gen_variant	 v;
	char			*input;		/* the params run's stdin */
	struct result		 params;
	struct result		 rb;
	int			 usable;	/* expanded, where held */
	char			*problem;	/* why it stops the drawing */
};

/*
 * Prepare a batch of k draws from draw number first: run their params
 * blocks, expand the templates, run the variants in both oracles. Returns
 * 0, or -1 with *cause (an oracle died).
 */
static int
gen_batch(struct gen_oracles *g, const struct bank_item *it,
    unsigned long seed, int first, int k, int draft, struct gen_cand *c,
    char **cause)
{
	struct oracle_req	 reqs[GEN_BATCH];
	struct result		 res[GEN_BATCH];
	json_t			*vars;
	int			 i, where_ok;

	memset(c, 0, k * sizeof *c);
	for (i = 0; i < k; i++) {
		c[i].v.seed = xprintf("%lu:%s:%d", seed, it->id, first + i);
		c[i].input = gen_params_req(it, c[i].v.seed, &reqs[i]);
	}
	memset(res, 0, sizeof res);
	if (gen_run_many(g->a, reqs, res, k, cause) == -1)
		return (-1);
	for (i = 0; i < k; i++) {
		c[i].params = res[i];
		where_ok = 0;
		if ((vars = gen_params_vars(&c[i].params, &where_ok,
		    &c[i].problem)) == NULL)
			continue;
		if (where_ok && (c[i].v.code = gen_expand_block(it->code, vars,
		    &c[i].v.code_len, &c[i].problem)) != NULL &&
		    (it->input == NULL || (c[i].v.input = gen_expand_block(
		    it->input, vars, &c[i].v.input_len, &c[i].problem)) != NULL) &&
		    (it->prompt == NULL || (c[i].v.prompt = gen_expand_text(
		    it->prompt, vars, &c[i].problem)) != NULL) &&
		    (it->explanation == NULL || (c[i].v.explanation =
		    gen_expand_text(it->explanation, vars, &c[i].problem)) !=
		    NULL) && gen_expand_misreads(it, vars, &c[i].v,
		    &c[i].problem) == 0)
			c[i].usable = 1;
		json_decref(vars);
	}
	if (draft)
		return (0);
	for (i = 0; i < k; i++) {
		if (c[i].usable)
			gen_variant_req(it, &c[i].v, &reqs[i]);
		else
			reqs[i].source = NULL;
	}
	memset(res, 0, sizeof res);
	if (gen_run_many(g->a, reqs, res, k, cause) == -1)
		return (-1);
	for (i = 0; i < k; i++) {
		c[i].v.result = res[i];
		if (!c[i].usable || (res[i].verdict != VERDICT_OK &&
		    res[i].verdict != VERDICT_RAISED))
			reqs[i].source = NULL;
	}
	memset(res, 0, sizeof res);
	if (gen_run_many(g->b, reqs, res, k, cause) == -1)
		return (-1);
	for (i = 0; i < k; i++)
		c[i].rb = res[i];
	return (0);
}

static void
gen_cand_free(struct gen_cand *c)
{
	gen_variant_free(&c->v);
	free(c->input);
	result_free(&c->params);
	result_free(&c->rb);
	free(c->problem);
}

/* Did r run to an answer (printed, or raised while it ran)? */
static int
gen_answered(const struct result *r)
{
	return ((r->verdict == VERDICT_OK || r->verdict == VERDICT_RAISED) &&
	    !result_compile_error(r));
}

/*
 * Move misreading m of v to v->dropped: its run r gave the true answer
 * (same), or no answer, said in why.
 */
static void
gen_drop(struct gen_variant *v, struct bank_misread *m,
    const struct result *r, int same)
{
	struct gen_dropped	*d;
	char			*desc;

	v->dropped = xreallocarray(v->dropped, v->ndropped + 1,
	    sizeof *v->dropped);
	d = &v->dropped[v->ndropped++];
	d->line = m->line;
	d->label = m->label;
	d->why = NULL;
	free(m->code);
	if (same)
		return;
	if (r->verdict == VERDICT_RAISED)	/* it did not compile */
		d->why = xprintf("does not compile: %s: %s", r->exc_type,
		    r->exc_msg != NULL ? r->exc_msg : "");
	else {
		desc = result_describe(r);
		d->why = xprintf("does not run to an answer: %s", desc);
		free(desc);
	}
}

/*
 * Run the misreadings of the n variants vs in oracle o and drop, from
 * each variant, those that give its true answer or the answer of one
 * kept before them: in a template, a misread site need not matter in
 * every draw (a misread threshold the drawn value does not reach), and
 * such a misreading misreads nothing in that variant. One that does not
 * compile or run to an answer in this draw is left out too, with why.
 * Both go to v->dropped (for check to judge the template):
 * a variant offers only misreadings proven to misread it. 0, or -1 with
 * *cause (the oracle died).
 */
static int
gen_sift_misreads(struct oracle *o, const struct bank_item *it,
    struct gen_variant *vs, int n, char **cause)
{
	struct oracle_req	*reqs;
	struct result		*res, *r;
	struct gen_variant	*v;
	size_t			 total = 0, at, i, j, kept;
	int			 k, rc, same;

	for (k = 0; k < n; k++)
		total += vs[k].nmisreads;
	if (total == 0)
		return (0);
	reqs = xcalloc(total, sizeof *reqs);
	res = xcalloc(total, sizeof *res);
	for (k = 0, at = 0; k < n; k++) {
		for (i = 0; i < vs[k].nmisreads; i++, at++) {
			gen_variant_req(it, &vs[k], &reqs[at]);
			reqs[at].source = vs[k].misreads[i].code;
			reqs[at].source_len = vs[k].misreads[i].len;
			reqs[at].fixed_random = 1;
		}
	}
	rc = gen_run_many(o, reqs, res, (int)total, cause);
	for (k = 0, at = 0; k < n && rc == 0; k++) {
		v = &vs[k];
		r = &res[at];
		for (i = 0, kept = 0; i < v->nmisreads; i++) {
			if (!gen_answered(&r[i])) {
				gen_drop(v, &v->misreads[i], &r[i], 0);
				continue;
			}
			same = answer_same(&v->result, &r[i]);
			/* A dropped one's result is freed: no answer. */
			for (j = 0; j < i && !same; j++)
				same = gen_answered(&r[j]) &&
				    answer_same(&r[j], &r[i]);
			if (same) {
				gen_drop(v, &v->misreads[i], &r[i], 1);
				result_free(&r[i]);
				r[i].verdict = VERDICT_INTERNAL;
				continue;
			}
			v->misreads[kept++] = v->misreads[i];
		}
		at += v->nmisreads;
		v->nmisreads = kept;
	}
	for (i = 0; i < total; i++)
		result_free(&res[i]);
	free(res);
	free(reqs);
	return (rc);
}

int
gen_draw(struct gen_oracles *g, const struct bank_item *it,
    unsigned long seed, int count, int draft, struct gen_variant **out,
    char **cause)
{
	struct gen_cand		 c[GEN_BATCH];
	struct gen_variant	*vs;
	char			*problem = NULL, *why, *desc;
	int			 n = 0, tries = 0, max, k, i, fatal = 0;

	vs = xcalloc(count ? count : 1, sizeof *vs);
	*cause = NULL;
	max = count * GEN_TRIES + 10;
	while (n < count && tries < max && !fatal) {
		k = max - tries < GEN_BATCH ? max - tries : GEN_BATCH;
		/* No more draws than could be needed: keeps drafts cheap. */
		if (k > (count - n) * 2 && count - n < GEN_BATCH / 2)
			k = (count - n) * 2;
		if (gen_batch(g, it, seed, tries, k, draft, c, &problem) == -1) {
			fatal = 1;
			break;
		}
		/* The same decisions, in the same order, as one draw at a time. */
		for (i = 0; i < k && n < count && !fatal; i++) {
			tries++;
			if (c[i].problem != NULL) {
				free(problem);
				problem = c[i].problem;
				c[i].problem = NULL;
				fatal = 1;
				break;
			}
			if (!c[i].usable || gen_seen(vs, n, &c[i].v))
				continue;
			if (!draft && c[i].v.result.verdict != VERDICT_OK &&
			    c[i].v.result.verdict != VERDICT_RAISED) {
				free(problem);
				desc = result_describe(&c[i].v.result);
				problem = xprintf("a variant %s", desc);
				free(desc);
				continue;
			}
			if (!draft && !answer_stable(&c[i].v.result, &c[i].rb,
			    &why)) {
				free(problem);
				problem = why;
				continue;
			}
			vs[n++] = c[i].v;
			memset(&c[i].v, 0, sizeof c[i].v);
		}
		for (i = 0; i < k; i++)
			gen_cand_free(&c[i]);
	}
	if (!draft && !fatal && n > 0 &&
	    gen_sift_misreads(g->a, it, vs, n, &why) == -1) {
		free(problem);
		problem = why;
		fatal = 1;
		for (i = 0; i < n; i++)
			gen_variant_free(&vs[i]);
		n = 0;
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

/*
 * Append a fenced block (fence longer than the content needs). A backtick
 * fence cannot carry a backtick in its info string (a misread label):
 * then tildes.
 */
static void
gen_block(struct buf *b, const char *info, const char *text, size_t len)
{
	char	*block;

	block = update_render_block(info, text, len,
	    strchr(info, '`') != NULL ? '~' : '`');
	buf_addc(b, '\n');
	buf_adds(b, block);
	free(block);
}

void
gen_render(struct buf *b, const struct bank_item *it, int n,
    const struct gen_variant *v)
{
	const struct result	*r = &v->result;
	char			*norm, *info;
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
		norm = it->form != FORM_ERROR && r->exc_msg != NULL &&
		    *r->exc_msg != '\0' ?
		    xprintf("%s: %s\n", r->exc_type, r->exc_msg) :
		    xprintf("%s\n", r->exc_type);
		gen_block(b, "error", norm, strlen(norm));
		free(norm);
	}
	for (i = 0; i < v->nmisreads; i++) {
		info = xprintf("misread %s", v->misreads[i].label);
		gen_block(b, info, v->misreads[i].code, v->misreads[i].len);
		free(info);
	}
	if (v->explanation != NULL)
		buf_addf(b, "\n%s", v->explanation);
}
