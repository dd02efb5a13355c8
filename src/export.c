/*
 * export.c: a question as a JSON line, as Moodle GIFT, or as a worksheet
 * in Markdown.
 */
#include "config.h"

#include <cmark.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

struct export {
	enum export_format	 format;
	int			 n;	/* questions written */
	struct buf		 key;	/* md: the answer key so far */
};

static const char *export_format_names[] = { "json", "gift", "md" };

int
export_format_parse(const char *name, enum export_format *f)
{
	size_t	 i;

	for (i = 0; i < sizeof export_format_names /
	    sizeof export_format_names[0]; i++) {
		if (strcmp(name, export_format_names[i]) == 0) {
			*f = (enum export_format)i;
			return (0);
		}
	}
	return (-1);
}

const char *
export_format_list(void)
{
	return ("json, gift or md");
}

struct export *
export_new(enum export_format f)
{
	struct export	*e = xcalloc(1, sizeof *e);

	e->format = f;
	buf_init(&e->key);
	return (e);
}

void
export_free(struct export *e)
{
	if (e == NULL)
		return;
	buf_free(&e->key);
	free(e);
}

/* An option's text as shown: without the newline outputs end with. */
static size_t
export_len(const char *text)
{
	size_t	 n = strlen(text);

	while (n > 0 && text[n - 1] == '\n')
		n--;
	return (n);
}

/* The exam an objective belongs to ("PCEP-30-02 1.4"), or NULL. */
static char *
export_exam(const char *objective)
{
	if (objective == NULL)
		return (NULL);
	return (xstrndup(objective, strcspn(objective, " ")));
}

/*
 * Is the option code or a program's output (shown as code), rather than
 * words about the program (a statement, a line and its exception, or a
 * generic "(nothing is printed)")?
 */
static int
export_is_code(const struct question *q, const struct question_option *o)
{
	if (o->source == SOURCE_GENERIC)
		return (0);
	return (q->stem_kind == STEM_OUTPUT || q->stem_kind == STEM_VALUE ||
	    q->stem_kind == STEM_INSERT || q->stem_kind == STEM_ORDER ||
	    q->stem_kind == STEM_VARIABLE);
}

/*
 * Is the option a statement that quotes code between backticks ("`x` is
 * 5 after the code runs"), as distract_statements writes them (what it
 * quotes holds no backtick): an even number of them, at least two.
 */
static int
export_has_spans(const struct question *q, const struct question_option *o)
{
	const char	*p;
	int		 n = 0;

	if (q->stem_kind != STEM_SELECT || o->source == SOURCE_BANK ||
	    o->source == SOURCE_GENERIC)
		return (0);
	for (p = o->text; (p = strchr(p, '`')) != NULL; p++)
		n++;
	return (n > 0 && n % 2 == 0);
}

/*
 * Append text's pieces in turn to b: words with words(), what is between
 * backticks with code() (export_has_spans says text fits).
 */
static void
export_spans(struct buf *b, const char *text, size_t n,
    void (*words)(struct buf *, const char *, size_t),
    void (*code)(struct buf *, const char *, size_t))
{
	const char	*p = text, *e = text + n, *q;
	int		 in = 0;

	while (p < e) {
		if ((q = memchr(p, '`', (size_t)(e - p))) == NULL)
			q = e;
		if (q > p)
			(in ? code : words)(b, p, (size_t)(q - p));
		in = !in;
		p = q + 1;
	}
}

/* Does text need a block to be shown as it is (lines, edge spaces)? */
static int
export_needs_block(const char *text, size_t n)
{
	return (n == 0 || memchr(text, '\n', n) != NULL || text[0] == ' ' ||
	    text[n - 1] == ' ' || memchr(text, '\t', n) != NULL);
}

/* JSON: a string (invalid UTF-8 as U+FFFD), or null for NULL. */
static json_t *
json_text(const char *p, size_t n)
{
	struct buf	 b;
	json_t		*s;

	if (p == NULL)
		return (json_null());
	buf_init(&b);
	buf_add_utf8(&b, p, n);
	s = json_stringn(b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	return (s);
}

static json_t *
json_str(const char *s)
{
	return (json_text(s, s != NULL ? strlen(s) : 0));
}

static void
export_json(const struct question *q, struct buf *out)
{
	const struct bank_item	*it = q->item;
	const struct question_option *op;
	json_t			*o, *opts, *j;
	char			*s, letter[2] = { 0, 0 };
	int			 i;

	o = json_object();
	json_object_set_new(o, "item", json_str(q->key));
	s = export_exam(it->objective);
	json_object_set_new(o, "exam", json_str(s));
	free(s);
	json_object_set_new(o, "objective", json_str(it->objective));
	json_object_set_new(o, "form", json_str(form_name(q->form)));
	json_object_set_new(o, "stem_kind", json_str(
	    stem_kind_name(q->stem_kind)));
	json_object_set_new(o, "stem", json_str(q->stem));
	json_object_set_new(o, "code", json_str(q->code));
	json_object_set_new(o, "input", it->input != NULL ?
	    json_text(it->input->text, it->input->len) : json_null());
	json_object_set_new(o, "aim", json_str(q->aim));
	opts = json_array();
	for (i = 0; i < q->nopts; i++) {
		op = &q->opts[i];
		letter[0] = (char)('A' + i);
		j = json_object();
		json_object_set_new(j, "letter", json_string(letter));
		json_object_set_new(j, "text", json_text(op->text,
		    export_len(op->text)));
		json_object_set_new(j, "right", json_boolean(op->right));
		json_object_set_new(j, "source", json_str(
		    option_source_name(op->source)));
		json_object_set_new(j, "label", json_str(op->label));
		json_array_append_new(opts, j);
	}
	json_object_set_new(o, "options", opts);
	json_object_set_new(o, "pick", json_integer(q->pick));
	s = question_answer(q);
	json_object_set_new(o, "answer", json_str(s));
	free(s);
	json_object_set_new(o, "explanation", json_str(it->explanation));
	/* The key's provenance: the oracle's run, or the bank's word. */
	json_object_set_new(o, "key", json_string(it->kind ==
	    BANK_KIND_CONCEPT ? "authored" : "run"));
	json_object_set_new(o, "source", json_str(it->source));
	if ((s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
		fatalx("out of memory");
	buf_adds(out, s);
	buf_addc(out, '\n');
	free(s);
	json_decref(o);
}

/* Append text with HTML's special characters as entities. */
static void
html_escape(struct buf *b, const char *p, size_t n)
{
	struct buf	 u;
	size_t		 i;

	buf_init(&u);
	buf_add_utf8(&u, p, n);
	for (i = 0; i < u.len; i++) {
		switch (u.data[i]) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		default:
			buf_addc(b, u.data[i]);
			break;
		}
	}
	buf_free(&u);
}

/* Append text as HTML inline code. */
static void
html_code(struct buf *b, const char *p, size_t n)
{
	buf_adds(b, "<code>");
	html_escape(b, p, n);
	buf_adds(b, "</code>");
}

/*
 * Append Markdown prose (a bank's prompt or explanation) as HTML, by
 * cmark: its safe mode leaves out raw HTML and javascript: links, which a
 * stranger's bank could otherwise carry into a course.
 */
static void
html_prose(struct buf *b, const char *md)
{
	struct buf	 u;
	char		*html;

	buf_init(&u);
	buf_add_utf8(&u, md, strlen(md));
	html = cmark_markdown_to_html(u.data != NULL ? u.data : "", u.len,
	    CMARK_OPT_SAFE);
	if (html == NULL)
		fatalx("out of memory");
	buf_add(b, html, export_len(html));
	free(html);
	buf_free(&u);
}

/* Append a block of code or output as HTML. */
static void
html_pre(struct buf *b, const char *text, size_t n)
{
	buf_adds(b, "<pre><code>");
	html_escape(b, text, n);
	buf_adds(b, "</code></pre>");
}

/* Append an option's text as HTML. */
static void
html_option(struct buf *b, const struct question *q,
    const struct question_option *o)
{
	size_t	 n = export_len(o->text);

	if (export_has_spans(q, o))
		export_spans(b, o->text, n, html_escape, html_code);
	else if (!export_is_code(q, o))
		html_escape(b, o->text, n);
	else if (export_needs_block(o->text, n))
		html_pre(b, o->text, n);
	else {
		buf_adds(b, "<code>");
		html_escape(b, o->text, n);
		buf_adds(b, "</code>");
	}
}

/*
 * Append text to a GIFT file: \ ~ = # { } : backslashed and line breaks
 * as \n, as Moodle's own GIFT export writes them (qformat_gift::repchar),
 * so that a field is one line: a blank line would end the question, and
 * a line starting with // would be read as a comment.
 */
static void
gift_escape(struct buf *b, const char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		switch (p[i]) {
		case '\\':
		case '~':
		case '=':
		case '#':
		case '{':
		case '}':
		case ':':
			buf_addc(b, '\\');
			buf_addc(b, p[i]);
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\r':
			break;
		default:
			buf_addc(b, p[i]);
			break;
		}
	}
}

/*
 * Append HTML as a GIFT field. Moodle reads a field that starts with
 * [word] as written in that format, and a choice's text that starts
 * with %N% as its weight: such a field says [html] first.
 */
static void
gift_field(struct buf *b, const struct buf *html)
{
	const char	*s = html->data != NULL ? html->data : "";

	if (*s == '[' || *s == '%')
		buf_adds(b, "[html]");
	gift_escape(b, s, html->len);
}

/* A weight for GIFT: 50, 33.33333 (Moodle matches to 1e-5). */
static char *
gift_weight(int pick, int sign)
{
	char	*s;
	size_t	 n;

	s = xprintf("%s%.5f", sign < 0 ? "-" : "", 100.0 / pick);
	n = strlen(s);
	while (s[n - 1] == '0')
		s[--n] = '\0';
	if (s[n - 1] == '.')
		s[--n] = '\0';
	return (s);
}

/*
 * Can a short answer hold this typed output: one line, no exception,
 * nothing Moodle would read otherwise (it ignores case and the spaces
 * around an answer, and * is its wildcard)?
 */
static int
gift_short_answer(const char *answer)
{
	size_t	 n = export_len(answer);
	size_t	 i;

	if (n == 0 || memchr(answer, '\n', n) != NULL || answer[0] == ' ' ||
	    answer[n - 1] == ' ')
		return (0);
	for (i = 0; i < n; i++) {
		/* Letters: a case Moodle ignores; beyond ASCII, folded too. */
		if (answer[i] == '*' || answer[i] == '\t' ||
		    (unsigned char)answer[i] >= 0x80 ||
		    ((answer[i] | 0x20) >= 'a' && (answer[i] | 0x20) <= 'z'))
			return (0);
	}
	return (1);
}

static enum export_fit
export_gift(const struct question *q, struct buf *out)
{
	const struct question_option	*o;
	const struct bank_item		*it = q->item;
	struct buf			 h;
	char				*answer = NULL, *w;
	int				 i;

	if (q->form == FORM_ORDER)
		return (EXPORT_NO_ORDERING);
	if (q->pick == 0) {
		answer = question_answer(q);
		if (q->form != FORM_OUTPUT || q->truth.exc_type != NULL ||
		    !gift_short_answer(answer)) {
			free(answer);
			return (EXPORT_NOT_ONE_ANSWER);
		}
	}
	buf_adds(out, "::");
	gift_escape(out, q->key, strlen(q->key));
	buf_adds(out, "::[html]");

	/* The question: its words, what to reach, the code, its input. */
	buf_init(&h);
	html_prose(&h, q->stem);
	if (q->aim != NULL) {
		buf_addc(&h, '\n');
		html_pre(&h, q->aim, export_len(q->aim));
	}
	if (q->code != NULL) {
		buf_addc(&h, '\n');
		html_pre(&h, q->code, export_len(q->code));
	}
	if (it->input != NULL) {
		buf_adds(&h, "\n<p>The user types:</p>\n");
		html_pre(&h, it->input->text, export_len(it->input->text));
	}
	gift_escape(out, h.data, h.len);
	buf_free(&h);
	buf_adds(out, "{\n");

	if (answer != NULL) {
		buf_adds(out, "\t=%100%");
		gift_escape(out, answer, export_len(answer));
		buf_addc(out, '\n');
	}
	for (i = 0; i < q->nopts; i++) {
		o = &q->opts[i];
		/*
		 * One right option: =right ~wrong. Several: each right one
		 * earns its share, each wrong one takes a share away, as the
		 * exams' partial credit does.
		 */
		if (q->pick == 1)
			buf_adds(out, o->right ? "\t=" : "\t~");
		else {
			w = gift_weight(q->pick, o->right ? 1 : -1);
			buf_addf(out, "\t~%%%s%%", w);
			free(w);
		}
		buf_init(&h);
		html_option(&h, q, o);
		gift_field(out, &h);
		buf_free(&h);
		if (o->label != NULL) {
			buf_addc(out, '#');
			buf_init(&h);
			html_escape(&h, o->label, strlen(o->label));
			gift_field(out, &h);
			buf_free(&h);
		}
		buf_addc(out, '\n');
	}
	if (it->explanation != NULL || it->kind == BANK_KIND_CONCEPT) {
		buf_init(&h);
		if (it->explanation != NULL)
			html_prose(&h, it->explanation);
		if (it->kind == BANK_KIND_CONCEPT) {
			buf_adds(&h, "<p><em>Key given by the bank, not proven"
			    " by running; source: ");
			html_escape(&h, it->source, strlen(it->source));
			buf_adds(&h, "</em></p>");
		}
		buf_adds(out, "\t####");
		gift_field(out, &h);
		buf_addc(out, '\n');
		buf_free(&h);
	}
	buf_adds(out, "}\n\n");
	free(answer);
	return (EXPORT_FITS);
}

/* The longest run of c in text. */
static size_t
md_run(const char *text, size_t n, char c)
{
	size_t	 i, run = 0, most = 0;

	for (i = 0; i < n; i++) {
		run = text[i] == c ? run + 1 : 0;
		if (run > most)
			most = run;
	}
	return (most);
}

/* Append text as a fenced block, its fence longer than any run inside. */
static void
md_fence(struct buf *b, const char *info, const char *text, size_t n)
{
	size_t	 fence = md_run(text, n, '`') + 1, i;

	if (fence < 3)
		fence = 3;
	for (i = 0; i < fence; i++)
		buf_addc(b, '`');
	buf_adds(b, info);
	buf_addc(b, '\n');
	buf_add_utf8(b, text, n);
	if (n > 0)
		buf_addc(b, '\n');
	for (i = 0; i < fence; i++)
		buf_addc(b, '`');
	buf_adds(b, "\n\n");
}

/* Append text as inline code (one line, no edge spaces). */
static void
md_code(struct buf *b, const char *text, size_t n)
{
	size_t	 ticks = md_run(text, n, '`') + 1, i;
	int	 pad = n > 0 && (text[0] == '`' || text[n - 1] == '`');

	for (i = 0; i < ticks; i++)
		buf_addc(b, '`');
	if (pad)
		buf_addc(b, ' ');
	buf_add_utf8(b, text, n);
	if (pad)
		buf_addc(b, ' ');
	for (i = 0; i < ticks; i++)
		buf_addc(b, '`');
}

/* Append words (not Markdown) with Markdown's special characters escaped. */
static void
md_words(struct buf *b, const char *text, size_t n)
{
	struct buf	 u;
	size_t		 i;

	buf_init(&u);
	buf_add_utf8(&u, text, n);
	for (i = 0; i < u.len; i++) {
		if (strchr("\\`*_[]<>#|~", u.data[i]) != NULL &&
		    u.data[i] != '\0')
			buf_addc(b, '\\');
		buf_addc(b, u.data[i] == '\n' ? ' ' : u.data[i]);
	}
	buf_free(&u);
}

/* Append Markdown prose, ending with one blank line. */
static void
md_prose(struct buf *b, const char *md)
{
	buf_add_utf8(b, md, export_len(md));
	buf_adds(b, "\n\n");
}

static void
export_md(struct export *e, const struct question *q, struct buf *out)
{
	const struct question_option	*o;
	const struct bank_item		*it = q->item;
	struct buf			*k = &e->key;
	char				*answer;
	size_t				 n;
	int				 i, first;

	if (e->n == 1)
		buf_adds(out, "# Questions\n\n");
	buf_addf(out, "## Question %d\n\n", e->n);
	md_prose(out, q->stem);
	if (q->aim != NULL)
		md_fence(out, "text", q->aim, export_len(q->aim));
	if (q->code != NULL)
		md_fence(out, "python", q->code, export_len(q->code));
	if (it->input != NULL) {
		buf_adds(out, "The user types:\n\n");
		md_fence(out, "text", it->input->text,
		    export_len(it->input->text));
	}
	for (i = 0; i < q->nopts; i++) {
		o = &q->opts[i];
		n = export_len(o->text);
		buf_addf(out, "%c)", 'A' + i);
		if (export_is_code(q, o) && export_needs_block(o->text, n)) {
			buf_adds(out, "\n\n");
			md_fence(out, "text", o->text, n);
			continue;
		}
		buf_addc(out, ' ');
		if (export_has_spans(q, o))
			export_spans(out, o->text, n, md_words, md_code);
		else if (export_is_code(q, o))
			md_code(out, o->text, n);
		else
			md_words(out, o->text, n);
		buf_adds(out, "\n\n");
	}

	/* The key: the answer, and what each wrong option comes from. */
	answer = question_answer(q);
	buf_addf(k, "**%d.** ", e->n);
	if (q->pick == 0 && q->form == FORM_GAP) {
		md_code(k, answer, export_len(answer));
		buf_adds(k, " (or any fill that gives this result)\n\n");
	} else if (q->pick == 0) {
		buf_adds(k, "It prints:\n\n");
		md_fence(k, "text", answer, export_len(answer));
	} else {
		buf_adds(k, answer);
		if (q->form == FORM_ORDER)
			buf_adds(k, " (or any order that prints the same)");
		for (i = 0, first = 1; i < q->nopts; i++) {
			o = &q->opts[i];
			if (o->right || o->label == NULL)
				continue;
			buf_addf(k, "%s%c: ", first ? " (" : "; ", 'A' + i);
			md_words(k, o->label, strlen(o->label));
			first = 0;
		}
		buf_adds(k, first ? "\n\n" : ")\n\n");
	}
	if (it->explanation != NULL)
		md_prose(k, it->explanation);
	if (it->kind == BANK_KIND_CONCEPT) {
		buf_adds(k, "*Key given by the bank, not proven by running;"
		    " source: ");
		md_words(k, it->source, strlen(it->source));
		buf_adds(k, ".*\n\n");
	}
	free(answer);
}

enum export_fit
export_add(struct export *e, const struct question *q, struct buf *out)
{
	enum export_fit	 fit = EXPORT_FITS;

	switch (e->format) {
	case EXPORT_JSON:
		export_json(q, out);
		break;
	case EXPORT_GIFT:
		fit = export_gift(q, out);
		break;
	case EXPORT_MD:
		e->n++;
		export_md(e, q, out);
		return (EXPORT_FITS);
	}
	if (fit == EXPORT_FITS)
		e->n++;
	return (fit);
}

void
export_end(struct export *e, struct buf *out)
{
	if (e->format != EXPORT_MD || e->n == 0)
		return;
	buf_adds(out, "## Answers\n\n");
	buf_add(out, e->key.data, e->key.len);
}
