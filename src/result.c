/*
 * result.c: verdict names, descriptions and JSON for a snippet's run.
 */
#include "config.h"

#include <jansson.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "result.h"
#include "util.h"

void
result_init(struct result *r)
{
	memset(r, 0, sizeof *r);
}

void
result_free(struct result *r)
{
	if (r == NULL)
		return;
	free(r->out);
	free(r->err);
	free(r->exc_type);
	free(r->exc_msg);
	free(r->blocked);
	free(r->detail);
	result_init(r);
}

const char *
result_verdict_name(enum verdict v)
{
	switch (v) {
	case VERDICT_OK:	return ("ok");
	case VERDICT_RAISED:	return ("raised");
	case VERDICT_TIMEOUT:	return ("timeout");
	case VERDICT_MEMORY:	return ("memory-limit");
	case VERDICT_OUTPUT:	return ("output-limit");
	case VERDICT_CRASHED:	return ("crashed");
	case VERDICT_BLOCKED:	return ("blocked");
	case VERDICT_INTERNAL:	return ("internal-error");
	}
	return ("unknown");
}

const char *
result_err_last_line(const struct result *r, int *len)
{
	size_t	 e = r->err_len, s;

	while (e > 0 && r->err[e - 1] == '\n')
		e--;
	for (s = e; s > 0 && r->err[s - 1] != '\n'; s--)
		;
	if (e == s)
		return (NULL);
	*len = (int)(e - s);
	return (r->err + s);
}

char *
result_describe(const struct result *r)
{
	switch (r->verdict) {
	case VERDICT_OK:
		return (xstrdup("ran to the end"));
	case VERDICT_RAISED:
		return (xprintf("raised %s", r->exc_type ? r->exc_type : "?"));
	case VERDICT_TIMEOUT:
		return (xprintf("timed out (%s)",
		    r->detail ? r->detail : "time limit"));
	case VERDICT_MEMORY:
		return (xprintf("hit the memory limit (%s)",
		    r->detail ? r->detail : "MemoryError"));
	case VERDICT_OUTPUT:
		return (xprintf("hit the output limit (%s)",
		    r->detail ? r->detail : "too much output"));
	case VERDICT_CRASHED:
		return (xprintf("crashed (signal %d, %s)", r->signal,
		    strsignal(r->signal)));
	case VERDICT_BLOCKED:
		return (xprintf("blocked by the sandbox (%s)",
		    r->blocked ? r->blocked : "refused"));
	case VERDICT_INTERNAL:
		return (xprintf("could not be run: %s",
		    r->detail ? r->detail : "internal error"));
	}
	return (xstrdup("unknown"));
}

int
result_exit_status(const struct result *r)
{
	switch (r->verdict) {
	case VERDICT_OK:
	case VERDICT_RAISED:
		return (r->exit_code);
	case VERDICT_TIMEOUT:
		return (124);
	case VERDICT_MEMORY:
		return (137);
	case VERDICT_CRASHED:
		return (128 + r->signal);
	case VERDICT_BLOCKED:
	case VERDICT_OUTPUT:
	case VERDICT_INTERNAL:
		break;
	}
	return (125);
}

/*
 * Output as a JSON string. JSON strings are Unicode: a byte that is not
 * part of valid UTF-8 becomes U+FFFD, as a terminal would show it.
 */
static json_t *
result_json_bytes(const char *p, size_t n)
{
	struct buf	 b;
	json_t		*s;

	if (p == NULL)
		return (json_string(""));
	buf_init(&b);
	buf_add_utf8(&b, p, n);
	s = json_stringn(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (s);
}

char *
result_to_json(const struct result *r)
{
	json_t	*o;
	char	*s;

	o = json_object();
	json_object_set_new(o, "verdict",
	    json_string(result_verdict_name(r->verdict)));
	json_object_set_new(o, "stdout", result_json_bytes(r->out, r->out_len));
	json_object_set_new(o, "stderr", result_json_bytes(r->err, r->err_len));
	json_object_set_new(o, "stdout_dropped", json_integer(r->out_dropped));
	json_object_set_new(o, "stderr_dropped", json_integer(r->err_dropped));
	if (r->exc_type != NULL) {
		json_object_set_new(o, "exception", json_pack("{s:s,s:s,s:i}",
		    "type", r->exc_type, "message", r->exc_msg ? r->exc_msg : "",
		    "line", r->exc_line));
	} else
		json_object_set_new(o, "exception", json_null());
	json_object_set_new(o, "exit_code", json_integer(r->exit_code));
	json_object_set_new(o, "signal",
	    r->signal ? json_integer(r->signal) : json_null());
	json_object_set_new(o, "blocked",
	    r->blocked ? json_string(r->blocked) : json_null());
	json_object_set_new(o, "detail",
	    r->detail ? json_string(r->detail) : json_null());
	json_object_set_new(o, "wall_time", json_real(r->wall));
	json_object_set_new(o, "cpu_time", json_real(r->cpu));
	json_object_set_new(o, "max_rss_kb", json_integer(r->maxrss_kb));
	s = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (s == NULL)
		fatalx("result_to_json: cannot encode");
	return (s);
}

int
result_compile_error(const struct result *r)
{
	static const char	 tb[] = "Traceback (most recent call last):";

	if (r->exc_type == NULL || (strcmp(r->exc_type, "SyntaxError") != 0 &&
	    strcmp(r->exc_type, "IndentationError") != 0 &&
	    strcmp(r->exc_type, "TabError") != 0))
		return (0);
	return (r->err == NULL || memmem(r->err, r->err_len, tb,
	    sizeof tb - 1) == NULL);
}

json_t *
result_report(const struct result *r)
{
	json_t		*rep;
	json_error_t	 jerr;
	size_t		 e, s;

	if (r->verdict != VERDICT_OK || r->out_dropped != 0)
		return (NULL);
	e = r->out_len;
	while (e > 0 && r->out[e - 1] == '\n')
		e--;
	for (s = e; s > 0 && r->out[s - 1] != '\n'; s--)
		;
	rep = json_loadb(r->out + s, e - s, 0, &jerr);
	if (rep != NULL && !json_is_object(rep)) {
		json_decref(rep);
		rep = NULL;
	}
	return (rep);
}
