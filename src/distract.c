/*
 * distract.c: rewrite snippets by misconception, run them, keep the
 * answers that are wrong in a new way.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "cli.h"
#include "distract.h"
#include "util.h"

struct distract_rule {
	char		*label;
	pcre2_code	*re;
	char		*repl;
};

struct distract {
	struct distract_rule	*rules;
	size_t			 nrules;
};

/* Generic wrong answers, for when the rewrites do not give enough. */
static const struct {
	const char	*text;
	const char	*label;
} distract_generic[] = {
	{ "(nothing is printed)", "output taken for nothing" },
	{ "(raises an exception)", "a working line taken for an error" },
	{ "None", "a printed value taken for None" },
};

void
distract_free(struct distract *d)
{
	size_t	 i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nrules; i++) {
		free(d->rules[i].label);
		pcre2_code_free(d->rules[i].re);
		free(d->rules[i].repl);
	}
	free(d->rules);
	free(d);
}

struct distract *
distract_load(const char *path, char **cause)
{
	struct distract	*d;
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 off;
	char		*data, *line, *next, *t1, *t2;
	size_t		 len;
	int		 lineno = 0, err;

	if (util_read_file(path, &data, &len, cause) == -1)
		return (NULL);
	d = xcalloc(1, sizeof *d);
	for (line = data; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		if ((t1 = strchr(line, '\t')) == NULL ||
		    (t2 = strchr(t1 + 1, '\t')) == NULL) {
			*cause = xprintf("%s:%d: want LABEL<TAB>PATTERN<TAB>"
			    "REPLACEMENT", path, lineno);
			goto fail;
		}
		*t1++ = '\0';
		*t2++ = '\0';
		d->rules = xreallocarray(d->rules, d->nrules + 1,
		    sizeof *d->rules);
		d->rules[d->nrules].re = pcre2_compile((PCRE2_SPTR)t1,
		    PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE | PCRE2_UTF, &err,
		    &off, NULL);
		if (d->rules[d->nrules].re == NULL) {
			pcre2_get_error_message(err, msg, sizeof msg);
			*cause = xprintf("%s:%d: pattern at offset %zu: %s", path,
			    lineno, (size_t)off, (char *)msg);
			goto fail;
		}
		d->rules[d->nrules].label = xstrdup(line);
		d->rules[d->nrules].repl = xstrdup(t2);
		d->nrules++;
	}
	free(data);
	return (d);
fail:
	free(data);
	distract_free(d);
	return (NULL);
}

struct distract *
distract_default(char **cause)
{
	struct distract	*d;
	char		*path;

	path = xprintf("%s/data/misconceptions.tsv", cli_datadir());
	d = distract_load(path, cause);
	free(path);
	return (d);
}

char *
distract_render(const struct result *r)
{
	struct buf	 b;
	char		*out;
	size_t		 len;

	out = answer_normalize(r->out, r->out_len, &len);
	buf_init(&b);
	buf_add(&b, out, len);
	free(out);
	if (r->exc_type != NULL) {
		if (strcmp(r->exc_type, "SyntaxError") == 0 ||
		    strcmp(r->exc_type, "IndentationError") == 0 ||
		    strcmp(r->exc_type, "TabError") == 0)
			buf_addf(&b, "(the code is erroneous: %s)\n", r->exc_type);
		else
			buf_addf(&b, "(raises %s)\n", r->exc_type);
	}
	if (b.len == 0)
		buf_adds(&b, "(nothing is printed)\n");
	return (buf_detach(&b, NULL));
}

/* Apply one rule to the code; NULL when it does not match. */
static char *
distract_rewrite(const struct distract_rule *rule, const char *code,
    size_t len, size_t *outlen)
{
	PCRE2_SIZE	 size = len * 2 + 256;
	PCRE2_UCHAR	*out;
	int		 rc;

	for (;;) {
		out = xmalloc(size);
		rc = pcre2_substitute(rule->re, (PCRE2_SPTR)code, len, 0,
		    PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH,
		    NULL, NULL, (PCRE2_SPTR)rule->repl, PCRE2_ZERO_TERMINATED,
		    out, &size);
		if (rc != PCRE2_ERROR_NOMEMORY)
			break;
		free(out);	/* size now says what is needed */
	}
	if (rc <= 0) {
		free(out);
		return (NULL);
	}
	*outlen = size;
	return ((char *)out);
}

static int
distract_have(struct distract_option *o, int n, const char *text)
{
	int	 i;

	for (i = 0; i < n; i++) {
		if (strcmp(o[i].text, text) == 0)
			return (1);
	}
	return (0);
}

static void
distract_add(struct distract_option **o, int *n, char *text,
    const char *label, int correct)
{
	*o = xreallocarray(*o, *n + 1, sizeof **o);
	(*o)[*n].text = text;
	(*o)[*n].label = label ? xstrdup(label) : NULL;
	(*o)[*n].correct = correct;
	(*n)++;
}

int
distract_options(struct distract *d, struct oracle *o,
    const struct bank_item *it, const struct result *truth, int want,
    struct distract_option **opts, char **cause)
{
	struct distract_option	*op = NULL, tmp;
	struct oracle_req	*reqs;
	struct result		 r;
	char			**codes, *text;
	size_t			 i, len;
	void			*tag;
	int			 n = 0, k, j, inflight = 0;

	distract_add(&op, &n, distract_render(truth), NULL, 1);
	codes = xcalloc(d->nrules ? d->nrules : 1, sizeof *codes);
	reqs = xcalloc(d->nrules ? d->nrules : 1, sizeof *reqs);
	for (i = 0; i < d->nrules; i++) {
		if ((codes[i] = distract_rewrite(&d->rules[i], it->code->text,
		    it->code->len, &len)) == NULL)
			continue;
		reqs[i].source = codes[i];
		reqs[i].source_len = len;
		reqs[i].filename = "main.py";
		if (it->input != NULL) {
			reqs[i].stdin_data = it->input->text;
			reqs[i].stdin_len = it->input->len;
		}
		reqs[i].limits.timeout = it->timeout > 0 ? it->timeout : 2;
		if (oracle_submit(o, &reqs[i], (void *)(uintptr_t)(i + 1),
		    cause) == -1)
			goto fail;
		inflight++;
	}
	/* Collected in any order, kept in rule order: reproducible. */
	{
		char **texts = xcalloc(d->nrules ? d->nrules : 1,
		    sizeof *texts);
		while (inflight > 0) {
			if (oracle_collect(o, &r, &tag, cause) == -1) {
				for (i = 0; i < d->nrules; i++)
					free(texts[i]);
				free(texts);
				goto fail;
			}
			inflight--;
			i = (uintptr_t)tag - 1;
			if (r.verdict == VERDICT_OK || r.verdict == VERDICT_RAISED)
				texts[i] = distract_render(&r);
			result_free(&r);
		}
		for (i = 0; i < d->nrules; i++) {
			if (texts[i] != NULL && n < want &&
			    !distract_have(op, n, texts[i])) {
				distract_add(&op, &n, texts[i], d->rules[i].label,
				    0);
				texts[i] = NULL;
			}
			free(texts[i]);
		}
		free(texts);
	}
	for (i = 0; i < sizeof distract_generic / sizeof distract_generic[0] &&
	    n < want && n > 1; i++) {
		/* Generic answers only fill up a question that has a real one. */
		text = xprintf("%s\n", distract_generic[i].text);
		if (distract_have(op, n, text) ||
		    (strstr(op[0].text, "(raises") != NULL &&
		    strstr(text, "(raises") != NULL))
			free(text);
		else
			distract_add(&op, &n, text, distract_generic[i].label, 0);
	}
	/* Shuffle (Fisher-Yates) with the session's random(). */
	for (k = n - 1; k > 0; k--) {
		j = (int)(random() % (k + 1));
		tmp = op[k];
		op[k] = op[j];
		op[j] = tmp;
	}
	for (i = 0; i < d->nrules; i++)
		free(codes[i]);
	free(codes);
	free(reqs);
	*opts = op;
	return (n);
fail:
	for (i = 0; i < d->nrules; i++)
		free(codes[i]);
	free(codes);
	free(reqs);
	distract_options_free(op, n);
	return (-1);
}

void
distract_options_free(struct distract_option *o, int n)
{
	int	 i;

	for (i = 0; i < n; i++) {
		free(o[i].text);
		free(o[i].label);
	}
	free(o);
}
