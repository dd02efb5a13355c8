/*
 * style.c: code fragments judged by pycodestyle, pydocstyle and
 * pep8-naming, inside the oracle.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "oracle.h"
#include "result.h"
#include "style.h"
#include "util.h"

/* src/style_driver.py, made into a C string by the build. */
static const char style_driver[] =
#include "src/style_driver.h"
    ;

static const struct {
	enum style_checker	 c;
	const char		*name;
	const char		*package;
} style_table[] = {
	{ STYLE_PYCODESTYLE, "pycodestyle", "python3-pycodestyle" },
	{ STYLE_PYDOCSTYLE, "pydocstyle", "python3-pydocstyle" },
	{ STYLE_NAMING, "pep8-naming", "python3-pep8-naming" },
};

const char *
style_name(enum style_checker c)
{
	size_t	 i;

	for (i = 0; i < sizeof style_table / sizeof style_table[0]; i++) {
		if (style_table[i].c == c)
			return (style_table[i].name);
	}
	return (NULL);
}

const char *
style_package(enum style_checker c)
{
	size_t	 i;

	for (i = 0; i < sizeof style_table / sizeof style_table[0]; i++) {
		if (style_table[i].c == c)
			return (style_table[i].package);
	}
	return (NULL);
}

enum style_checker
style_parse(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof style_table / sizeof style_table[0]; i++) {
		if (strlen(style_table[i].name) == len &&
		    strncmp(style_table[i].name, name, len) == 0)
			return (style_table[i].c);
	}
	return (STYLE_NONE);
}

int
style_is_code(const char *text)
{
	const unsigned char	*t = (const unsigned char *)text;

	return (t[0] >= 'A' && t[0] <= 'Z' && isdigit(t[1]) && isdigit(t[2]) &&
	    isdigit(t[3]) && (t[4] == '\0' || t[4] == ' ') &&
	    strchr(text, '\n') == NULL);
}

int
style_reports_code(const char *why, const char *text)
{
	const char	*p;

	/* why is "E225 message (line 1); E501 ...": codes start entries. */
	for (p = why; p != NULL; p = strstr(p, "; ")) {
		if (p != why)
			p += 2;
		if (strncmp(p, text, 4) == 0 && p[4] == ' ')
			return (1);
	}
	return (0);
}

char *
style_code_reports(const char *why, const char *text)
{
	struct buf	 b;
	const char	*p, *e;

	buf_init(&b);
	for (p = why; p != NULL && *p != '\0'; p = *e ? e + 2 : e) {
		if ((e = strstr(p, "; ")) == NULL)
			e = p + strlen(p);
		if (strncmp(p, text, 4) == 0 && p[4] == ' ')
			buf_addf(&b, "%s%.*s", b.len ? "; " : "", (int)(e - p),
			    p);
	}
	if (b.len == 0) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_detach(&b, NULL));
}

void
style_request(enum style_checker c, const char **frags, size_t n, int all,
    double timeout, struct oracle_req *req, char **owned)
{
	json_t		*o, *a, *p, *f;
	const char	*env, *s, *e;
	size_t		 i;

	o = json_object();
	json_object_set_new(o, "checker", json_string(style_name(c)));
	/* Not UTF-8 (JSON cannot carry it): null, which the driver reports. */
	a = json_array();
	for (i = 0; i < n; i++) {
		if ((f = json_string(frags[i])) == NULL)
			f = json_null();
		json_array_append_new(a, f);
	}
	json_object_set_new(o, "frags", a);
	json_object_set_new(o, "max", json_integer(all ? STYLE_MAX_REPORTS :
	    3));
	/* A whole program is a module: it is asked for its docstring. */
	json_object_set_new(o, "module", json_boolean(all));
	/*
	 * Where the checkers are: the interpreter's own site-packages,
	 * unless the tests name other folders (one that the sandbox cannot
	 * read, to see the items skipped as without the checkers).
	 */
	if ((env = getenv("SNIPQUIZ_CHECKERS_PATH")) != NULL) {
		p = json_array();
		for (s = env; *s != '\0'; s = *e ? e + 1 : e) {
			e = s + strcspn(s, ":");
			if (e > s)
				json_array_append_new(p, json_stringn(s,
				    (size_t)(e - s)));
		}
		json_object_set_new(o, "path", p);
	}
	if ((*owned = json_dumps(o, JSON_COMPACT)) == NULL)
		fatalx("cannot encode a style request");
	json_decref(o);
	oracle_req_driver(req, style_driver, sizeof style_driver - 1,
	    "<snipquiz-style>", *owned, strlen(*owned));
	req->limits.timeout = timeout;
}

/* One fragment's reports as a line: "E225 message (line 1); ...". */
static char *
style_why(json_t *reports)
{
	struct buf	 b;
	json_t		*f;
	const char	*code, *msg;
	size_t		 i;

	if (json_array_size(reports) == 0)
		return (NULL);
	buf_init(&b);
	json_array_foreach(reports, i, f) {
		code = json_string_value(json_array_get(f, 0));
		msg = json_string_value(json_array_get(f, 3));
		buf_addf(&b, "%s%s %s (line %d)", i > 0 ? "; " : "",
		    code != NULL ? code : "?", msg != NULL ? msg : "",
		    (int)json_integer_value(json_array_get(f, 1)));
	}
	return (buf_detach(&b, NULL));
}

int
style_read(const struct result *r, enum style_checker c, char **why,
    size_t n, char **cause)
{
	json_t	*rep, *v;
	size_t	 i;

	memset(why, 0, n * sizeof *why);
	if ((rep = result_report(r)) == NULL) {
		if (r->verdict != VERDICT_OK && r->verdict != VERDICT_RAISED)
			*cause = xprintf("%s gave no verdict (%s)",
			    style_name(c), result_verdict_name(r->verdict));
		else
			*cause = xprintf("%s gave no verdict (it left the"
			    " interpreter early)", style_name(c));
		return (-1);
	}
	if (json_object_get(rep, "missing") != NULL) {
		json_decref(rep);
		*cause = xprintf("needs %s (Debian package %s), which the"
		    " oracle cannot import", style_name(c), style_package(c));
		return (1);
	}
	if ((v = json_object_get(rep, "failed")) != NULL) {
		*cause = xprintf("%s failed on option %d: %.200s",
		    style_name(c), (int)json_integer_value(json_array_get(v,
		    0)) + 1, json_string_value(json_array_get(v, 1)) != NULL ?
		    json_string_value(json_array_get(v, 1)) : "?");
		json_decref(rep);
		return (-1);
	}
	v = json_object_get(rep, "verdicts");
	if (!json_is_array(v) || json_array_size(v) != n) {
		json_decref(rep);
		*cause = xstrdup("the checker's report has no verdicts");
		return (-1);
	}
	for (i = 0; i < n; i++)
		why[i] = style_why(json_array_get(v, i));
	json_decref(rep);
	return (0);
}
