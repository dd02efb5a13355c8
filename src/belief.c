/*
 * belief.c: the belief catalogue, which beliefs a snippet triggers, and
 * the request that runs it under one in the oracle.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "belief.h"
#include "util.h"

/* src/belief_driver.py, made into a C string by the build. */
static const char belief_driver[] =
#include "src/belief_driver.h"
    ;

/* src/belief_patches.py, likewise. */
static const char belief_patches[] =
#include "src/belief_patches.h"
    ;

#define BELIEF_FIELDS	7

void
belief_free(struct belief_catalogue *c)
{
	struct belief	*b;
	size_t		 i, j;

	if (c == NULL)
		return;
	for (i = 0; i < c->nbeliefs; i++) {
		b = &c->beliefs[i];
		free(b->id);
		for (j = 0; j < b->ntriggers; j++)
			free(b->triggers[j]);
		free(b->triggers);
		pcre2_code_free(b->re);
		free(b->patch);
		free(b->source);
		free(b->label);
		for (j = 0; j < b->nobjectives; j++)
			free(b->objectives[j]);
		free(b->objectives);
		free(b->example);
		free(b->believed);
	}
	free(c->beliefs);
	free(c);
}

/* A trigger is names joined by +, each a Python identifier. */
static int
belief_trigger_ok(const char *t)
{
	const char	*p;

	for (p = t; *p != '\0'; p++) {
		if (*p == '+' && p != t && p[1] != '\0' && p[1] != '+')
			continue;
		if (*p != '_' && !isalnum((unsigned char)*p))
			return (0);
		if ((p == t || p[-1] == '+') && isdigit((unsigned char)*p))
			return (0);
	}
	return (p != t);
}

/*
 * What a run under patch needs of src/belief_patches.py: the file cut at
 * each top-level def, without the other patches (the functions whose
 * names do not start with _). NULL when the file has no "def PATCH(w):".
 */
static char *
belief_source(const char *patch)
{
	struct buf	 b;
	const char	*p, *end, *name;
	size_t		 n, plen = strlen(patch);
	int		 found = 0;

	buf_init(&b);
	for (p = belief_patches; *p != '\0'; p = end) {
		end = strstr(p + 1, "\ndef ");
		end = end != NULL ? end + 1 : p + strlen(p);
		if (strncmp(p, "def ", 4) == 0 && p[4] != '_') {
			name = p + 4;
			n = strcspn(name, "(");
			if (n != plen || strncmp(name, patch, n) != 0)
				continue;
			if (strncmp(name + n, "(w):\n", 5) != 0)
				continue;
			found = 1;
		}
		buf_add(&b, p, end - p);
	}
	if (!found || *patch == '_') {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b, NULL));
}

/* Undo the catalogue's escapes: \n, \t, \\. */
static char *
belief_unescape(const char *s)
{
	char	*out, *o;

	out = o = xmalloc(strlen(s) + 1);
	for (; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			*o++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
		} else
			*o++ = *s;
	}
	*o = '\0';
	return (out);
}

/*
 * Read a TRIGGER field into b: "re:PATTERN", or names. 0, or -1 with
 * *cause set ("FILE:LINE: ...").
 */
static int
belief_trigger(struct belief *b, char *field, const char *path, int lineno,
    char **cause)
{
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 off;
	size_t		 k;
	int		 err;

	if (strncmp(field, "re:", 3) == 0) {
		b->re = pcre2_compile((PCRE2_SPTR)field + 3,
		    PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err, &off, NULL);
		if (b->re != NULL)
			return (0);
		pcre2_get_error_message(err, msg, sizeof msg);
		*cause = xprintf("%s:%d: trigger pattern at offset %zu: %s",
		    path, lineno, (size_t)off, (char *)msg);
		return (-1);
	}
	util_split_list(field, &b->triggers, &b->ntriggers);
	for (k = 0; k < b->ntriggers; k++) {
		if (!belief_trigger_ok(b->triggers[k]))
			break;
	}
	if (b->ntriggers > 0 && k == b->ntriggers)
		return (0);
	*cause = xprintf("%s:%d: bad trigger \"%s\" (want names, or names "
	    "joined by +, separated by commas; or re:PATTERN)", path, lineno,
	    k < b->ntriggers ? b->triggers[k] : "");
	return (-1);
}

struct belief_catalogue *
belief_load(const char *path, char **cause)
{
	struct belief_catalogue	*c;
	struct belief		*b;
	char			*data, *line, *next, *f[BELIEF_FIELDS];
	char			*source;
	size_t			 len, k;
	int			 lineno = 0;

	/* The bundled catalogue is 10 KB. */
	if (util_read_file(path, 1 << 20, &data, &len, cause) == -1)
		return (NULL);
	c = xcalloc(1, sizeof *c);
	for (line = data; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		if (util_tab_fields(line, f, BELIEF_FIELDS) == -1 ||
		    *f[0] == '\0' || *f[3] == '\0' || *f[5] == '\0' ||
		    *f[6] == '\0') {
			*cause = xprintf("%s:%d: want ID<TAB>TRIGGER<TAB>PATCH"
			    "<TAB>LABEL<TAB>OBJECTIVES<TAB>EXAMPLE<TAB>"
			    "BELIEVED", path, lineno);
			goto fail;
		}
		for (k = 0; k < c->nbeliefs; k++) {
			if (strcmp(c->beliefs[k].id, f[0]) == 0) {
				*cause = xprintf("%s:%d: belief \"%s\" is "
				    "already defined", path, lineno, f[0]);
				goto fail;
			}
		}
		if ((source = belief_source(f[2])) == NULL) {
			*cause = xprintf("%s:%d: unknown patch \"%s\" (not a "
			    "function of src/belief_patches.py)", path, lineno,
			    f[2]);
			goto fail;
		}
		c->beliefs = xreallocarray(c->beliefs, c->nbeliefs + 1,
		    sizeof *c->beliefs);
		b = &c->beliefs[c->nbeliefs++];
		memset(b, 0, sizeof *b);
		b->id = xstrdup(f[0]);
		b->patch = xstrdup(f[2]);
		b->source = source;
		b->label = xstrdup(f[3]);
		b->example = belief_unescape(f[5]);
		b->believed = belief_unescape(f[6]);
		util_split_list(f[4], &b->objectives, &b->nobjectives);
		if (belief_trigger(b, f[1], path, lineno, cause) == -1)
			goto fail;
	}
	free(data);
	return (c);
fail:
	free(data);
	belief_free(c);
	return (NULL);
}

struct belief_catalogue *
belief_default(char **cause)
{
	struct belief_catalogue	*c;
	char			*path;

	path = xprintf("%s/data/beliefs.tsv", util_datadir());
	c = belief_load(path, cause);
	free(path);
	return (c);
}

int
belief_fits(const struct belief *b, const char *objective)
{
	return (util_objective_under(objective, b->objectives,
	    b->nobjectives));
}

static int
belief_ident(int ch)
{
	return (ch == '_' || isalnum(ch) || ch >= 0x80);
}

/*
 * Whether name (nlen bytes) occurs in code as a whole identifier outside
 * string literals and comments. A rough lexer: a literal's prefix is the
 * identifier before its quote; an f-string's text is scanned as code (a
 * name in its braces is code, and one more run costs little).
 */
static int
belief_has_name(const char *code, size_t len, const char *name, size_t nlen)
{
	size_t	 i = 0, s, q;
	char	 quote;
	int	 fstr = 0;

	while (i < len) {
		if (code[i] == '#') {
			while (i < len && code[i] != '\n')
				i++;
			continue;
		}
		if (belief_ident((unsigned char)code[i])) {
			for (s = i; i < len && belief_ident((unsigned char)
			    code[i]); i++)
				;
			if (i - s == nlen && memcmp(code + s, name, nlen) == 0)
				return (1);
			fstr = i - s <= 3 && (memchr(code + s, 'f', i - s) ||
			    memchr(code + s, 'F', i - s));
			continue;
		}
		if (code[i] != '\'' && code[i] != '"') {
			fstr = 0;
			i++;
			continue;
		}
		quote = code[i];
		q = i + 2 < len && code[i + 1] == quote && code[i + 2] == quote ?
		    3 : 1;
		i += q;
		if (fstr) {
			fstr = 0;
			continue;	/* its text is scanned as code */
		}
		while (i < len) {
			if (code[i] == '\\') {
				i += 2;
				continue;
			}
			if (code[i] == quote && (q == 1 || (i + 2 < len &&
			    code[i + 1] == quote && code[i + 2] == quote)))
				break;
			if (q == 1 && code[i] == '\n')
				break;
			i++;
		}
		i += q;
	}
	return (0);
}

int
belief_applies(const struct belief *b, const char *code, size_t len)
{
	pcre2_match_data	*md;
	const char		*t, *e;
	size_t			 i;
	int			 all;

	if (b->re != NULL) {
		md = pcre2_match_data_create_from_pattern(b->re, NULL);
		all = pcre2_match(b->re, (PCRE2_SPTR)code, len, 0, 0, md,
		    NULL) >= 0;
		pcre2_match_data_free(md);
		return (all);
	}
	for (i = 0; i < b->ntriggers; i++) {
		all = 1;
		for (t = b->triggers[i]; all && *t != '\0'; t = *e ? e + 1 :
		    e) {
			e = strchr(t, '+');
			if (e == NULL)
				e = t + strlen(t);
			all = belief_has_name(code, len, t, e - t);
		}
		if (all)
			return (1);
	}
	return (0);
}

char *
belief_input(const struct belief *b, const char *code, size_t len,
    const char *input, size_t inlen, size_t *outlen)
{
	struct buf	 out;
	json_t		*o;
	char		*s;

	o = json_object();
	json_object_set_new(o, "patch", json_string(b->patch));
	json_object_set_new(o, "source", json_string(b->source));
	if (json_object_set_new(o, "code", json_stringn(code, len)) == -1) {
		/* Not UTF-8: it does not compile under any belief. */
		json_decref(o);
		return (NULL);
	}
	/* Compact JSON escapes newlines: the request is one line. */
	if ((s = json_dumps(o, JSON_COMPACT)) == NULL)
		fatalx("cannot encode a belief request");
	json_decref(o);
	buf_init(&out);
	buf_adds(&out, s);
	buf_add(&out, "\n", 1);
	if (input != NULL)
		buf_add(&out, input, inlen);
	free(s);
	return (buf_detach(&out, outlen));
}

void
belief_req(struct oracle_req *req, const struct bank_item *it,
    const char *in, size_t inlen)
{
	oracle_req_driver(req, belief_driver, sizeof belief_driver - 1,
	    "<snipquiz-belief>", in, inlen);
	if (it != NULL) {
		req->limits.timeout = it->timeout;
		req->needs = it->needs;
	}
}
