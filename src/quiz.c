/*
 * quiz.c: practice, one step at a time: build a question, show it, read
 * the answer, grade it, explain, record.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "present.h"
#include "probe.h"
#include "quiz.h"
#include "term.h"
#include "util.h"

/* A session's count of one thing: an objective, or a misreading made. */
struct quiz_count {
	char			*name;
	int			 right;
	int			 wrong;
};

struct quiz {
	struct question_ctx	 ctx;
	struct progress		*db;
	struct term		*term;
	int			 answered;
	int			 right;
	int			 skipped;
	int			 told_next;	/* explained the next> prompt */
	int			 quit;		/* :quit after an answer */
	struct quiz_count	*objectives;	/* this session's, by name */
	int			 nobjectives;
	struct quiz_count	*misreads;	/* made: their wrong counts */
	int			 nmisreads;
	const char		*drill;		/* a misreading to show, or NULL */
};

/* What Tab offers at each prompt. */
static const char *const quiz_answer_commands[] = {
	":hint", ":skip", ":quit", "?", NULL
};
static const char *const quiz_next_commands[] = { ":trace", ":quit", NULL };

struct quiz *
quiz_new(struct oracle *o, struct progress *db, struct distract *d,
    const char *history)
{
	struct quiz	*q;

	q = xcalloc(1, sizeof *q);
	q->ctx.oracle = o;
	q->ctx.distract = d;
	q->db = db;
	q->term = term_open(history);
	return (q);
}

void
quiz_set_stems(struct quiz *q, unsigned stems)
{
	q->ctx.stems = stems;
}

/* name's count in *list, added if new. */
static struct quiz_count *
quiz_count(struct quiz_count **list, int *n, const char *name)
{
	int	 i;

	for (i = 0; i < *n; i++) {
		if (strcmp((*list)[i].name, name) == 0)
			return (&(*list)[i]);
	}
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	memset(&(*list)[*n], 0, sizeof **list);
	(*list)[*n].name = xstrdup(name);
	return (&(*list)[(*n)++]);
}

/* " (3 times)": a static string. */
static const char *
quiz_times(int n)
{
	static char	 s[32];

	snprintf(s, sizeof s, " (%d times)", n);
	return (s);
}

/* Count an answer for the session's summary. */
static void
quiz_tally(struct quiz *q, const struct question *qn,
    const struct question_verdict *v)
{
	struct quiz_count	*c;
	int			 i;

	c = quiz_count(&q->objectives, &q->nobjectives, qn->item->objective ?
	    qn->item->objective : "(no objective)");
	if (v->right)
		c->right++;
	else
		c->wrong++;
	for (i = 0; i < v->nmisreads; i++) {
		if (v->misreads[i].made)
			quiz_count(&q->misreads, &q->nmisreads,
			    v->misreads[i].label)->wrong++;
	}
}

void
quiz_free(struct quiz *q)
{
	int	 i;

	if (q == NULL)
		return;
	for (i = 0; i < q->nobjectives; i++)
		free(q->objectives[i].name);
	free(q->objectives);
	for (i = 0; i < q->nmisreads; i++)
		free(q->misreads[i].name);
	free(q->misreads);
	term_close(q->term);
	free(q);
}

void
quiz_set_drill(struct quiz *q, const char *label)
{
	q->drill = label;
}

/* Does q show the misreading label as one of its options? */
static int
quiz_shows(const struct question *qn, const char *label)
{
	int	 i;

	for (i = 0; i < qn->nopts; i++) {
		if (!qn->opts[i].right && qn->opts[i].misread != NULL &&
		    strcmp(qn->opts[i].misread, label) == 0)
			return (1);
	}
	return (0);
}

struct term *
quiz_term(struct quiz *q)
{
	return (q->term);
}

void
quiz_counts(struct quiz *q, int *answered, int *right)
{
	*answered = q->answered;
	*right = q->right;
}

char *
quiz_hint(const struct bank_item *it)
{
	const char	*tags = bank_meta(it, "tags");

	return (xprintf("This is about %s%s%s.", it->objective ?
	    it->objective : "the code", tags ? ": " : "", tags ? tags : ""));
}

/*
 * Read the answer to question qn: one line for options, an order or a
 * fill (checked with question_parse, asked again until well formed),
 * lines up to an empty one for typed output. QUIZ_RIGHT with *answer
 * set, or QUIZ_QUIT / QUIZ_SKIPPED.
 */
static enum quiz_outcome
quiz_read_answer(struct quiz *q, const struct question *qn, char **answer)
{
	struct buf	 given;
	char		*line, *why, *hint;
	int		 typed = qn->pick == 0 && qn->form != FORM_GAP;
	int		 first = 1;

	buf_init(&given);
	for (;;) {
		switch (term_read(q->term, first ? "answer> " : "   ...> ",
		    quiz_answer_commands, &line)) {
		case TERM_EOF:
		case TERM_TIMEUP:
			/* Ctrl-D on a terminal ends the session. */
			if (first || term_tty(q->term)) {
				buf_free(&given);
				return (QUIZ_QUIT);
			}
			goto done;
		case TERM_CANCEL:
			buf_free(&given);
			first = 1;
			continue;
		case TERM_LINE:
			break;
		}
		if (first) {
			switch (term_command(line)) {
			case TERM_CMD_QUIT:
				free(line);
				return (QUIZ_QUIT);
			case TERM_CMD_SKIP:
				free(line);
				q->skipped++;
				return (QUIZ_SKIPPED);
			case TERM_CMD_HELP:
				printf("%s\nCommands: :hint (what the question"
				    " is about), :skip, :quit, ? (this help).\n",
				    question_help(qn));
				free(line);
				continue;
			case TERM_CMD_HINT:
				hint = quiz_hint(qn->item);
				printf("%s\n", hint);
				free(hint);
				free(line);
				continue;
			case TERM_CMD_TRACE:
			case TERM_CMD_UNKNOWN:
				printf("Unknown command %s: ? lists them.\n",
				    line);
				free(line);
				continue;
			case TERM_CMD_NONE:
				break;
			}
		}
		if (!typed) {
			if (*line == '\0') {
				free(line);
				continue;
			}
			if (question_parse(qn, line, &why) == -1) {
				printf("%s\n", why);
				free(why);
				free(line);
				continue;
			}
			*answer = line;
			return (QUIZ_RIGHT);
		}
		if (*line == '\0') {
			free(line);
			if (first)
				continue;	/* nothing typed yet */
			break;
		}
		first = 0;
		buf_adds(&given, strcmp(line, " ") == 0 ? "" : line);
		buf_addc(&given, '\n');
		free(line);
	}
done:
	if (given.data == NULL)
		buf_add(&given, "", 0);
	*answer = buf_detach(&given, NULL);
	return (QUIZ_RIGHT);
}

/* The source line numbered line (1-based) of code, without indentation. */
static void
quiz_source_line(const char *code, int line, const char **p, int *len)
{
	const char	*s = code, *nl;

	while (--line > 0 && (nl = strchr(s, '\n')) != NULL)
		s = nl + 1;
	while (*s == ' ' || *s == '\t')
		s++;
	*p = s;
	*len = (int)strcspn(s, "\n");
}

/* Print what a step printed, each line marked. */
static void
quiz_trace_output(struct quiz *q, int indent, const char *out)
{
	const char	*p = out;
	int		 len;

	while (*p != '\0') {
		len = (int)strcspn(p, "\n");
		printf("%*s      %sprints%s %.*s\n", indent, "", term_c(q->term,
		    TERM_GREEN), term_c(q->term, TERM_OFF), len, p);
		p += len;
		if (*p == '\n')
			p++;
	}
}


/*
 * :trace: the program run again inside the oracle under a tracer, shown
 * a line at a time with what each line changed and printed. On a
 * terminal Enter shows the next step, c the rest, q stops; piped, every
 * step is printed.
 */
static void
quiz_trace(struct quiz *q, const struct bank_item *it, const char *src,
    size_t srclen)
{
	struct probe_input	 in;
	struct probe_trace	 t;
	struct probe_step	*st;
	const char		*code;
	char			*cause = NULL, *line, *text, *fit;
	size_t			 i;
	int			 len, indent, stepping = term_tty(q->term), width, codew;
	int			 used;

	memset(&in, 0, sizeof in);
	in.source = src;
	in.source_len = srclen;
	if (it->input != NULL) {
		in.stdin_data = it->input->text;
		in.stdin_len = it->input->len;
	}
	in.timeout = it->timeout;
	in.needs = it->needs;
	if (probe_trace(q->ctx.oracle, &in, &t, &cause) == -1) {
		printf("It cannot be traced: %s.\n", cause);
		free(cause);
		return;
	}
	printf("Step by step (%zu step%s)%s:\n", t.nsteps, t.nsteps == 1 ?
	    "" : "s", stepping ?
	    "; Enter: next, c: the rest, q: stop" : "");
	/*
	 * Every step on one line of the screen: what does not fit is cut,
	 * and the cut shows (an ellipsis).
	 */
	width = term_tty(q->term) ? term_width() : 80;
	for (i = 0; i < t.nsteps; i++) {
		st = &t.steps[i];
		indent = 2 * st->depth;
		if (st->kind == PROBE_CALL || st->kind == PROBE_RETURN) {
			text = xprintf(st->kind == PROBE_CALL ? "-> %s(%s)" :
			    "<- %s returns %s", st->func, st->changes);
			fit = util_clip(text, width - indent);
			printf("%*s%s%s%s\n", indent, "", term_c(q->term, TERM_DIM), fit,
			    term_c(q->term, TERM_OFF));
			free(text);
			free(fit);
		} else {
			quiz_source_line(src, st->line, &code, &len);
			codew = *st->changes ? 30 - indent > 12 ? 30 - indent :
			    12 : 0;
			text = xprintf("%.*s", len, code);
			fit = util_clip(text, width - indent - 6 - 1);
			printf("%*s%3d | %-*s", indent, "", st->line, codew, fit);
			free(text);
			used = indent + 6 + (codew > len ? codew : len) + 2;
			free(fit);
			if (*st->changes) {
				fit = util_clip(st->changes, width - used > 10 ?
				    width - used : 10);
				printf("  %s%s%s", term_c(q->term, TERM_CYAN), fit,
				    term_c(q->term, TERM_OFF));
				free(fit);
			}
			printf("\n");
		}
		quiz_trace_output(q, indent, st->out);
		if (stepping && st->kind == PROBE_LINE && i + 1 < t.nsteps) {
			if (term_read(q->term, "", NULL, &line) == TERM_EOF)
				break;
			if (line == NULL)
				continue;
			if (strcmp(line, "c") == 0)
				stepping = 0;
			else if (strcmp(line, "q") == 0) {
				free(line);
				break;
			}
			free(line);
		}
	}
	if (i == t.nsteps) {
		if (t.truncated)
			printf("(traced the first %d steps; the rest ran"
			    " untraced)\n", PROBE_MAX_STEPS);
		quiz_trace_output(q, 0, t.rest);
		if (t.exc != NULL)
			printf("%sline %d raises%s %s\n", term_c(q->term, TERM_RED),
			    t.exc_line, term_c(q->term, TERM_OFF), t.exc);
	}
	probe_trace_free(&t);
}

/*
 * After an answer: on a terminal, wait for Enter (or :trace, :quit);
 * piped, a ":trace" line right after the answer is taken, anything else
 * is left for the next question. 1 when the learner quits.
 */
static int
quiz_after(struct quiz *q, const struct bank_item *it, const char *src,
    size_t srclen)
{
	enum term_input	 in;
	char		*line;
	int		 tty = term_tty(q->term);

	for (;;) {
		if (tty && !q->told_next) {
			printf("%s(Enter: next question; :trace steps through"
			    " the program)%s\n", term_c(q->term, TERM_DIM),
			    term_c(q->term, TERM_OFF));
			q->told_next = 1;
		}
		if (!tty && !term_peek_is(q->term, ":trace"))
			return (0);
		in = term_read(q->term, "next> ", quiz_next_commands, &line);
		if (in == TERM_EOF)
			return (1);
		if (in != TERM_LINE || *line == '\0') {
			free(line);
			return (0);
		}
		switch (term_command(line)) {
		case TERM_CMD_QUIT:
			free(line);
			return (1);
		case TERM_CMD_TRACE:
			quiz_trace(q, it, src, srclen);
			break;
		default:
			printf("Enter goes on; :trace steps through the"
			    " program; :quit ends.\n");
			break;
		}
		free(line);
		if (!tty)
			return (0);
	}
}

int
quiz_record(struct progress *db, const struct question *qn,
    const struct question_verdict *v, enum progress_event ev, double seconds,
    char **cause)
{
	struct progress_answer	 pa;
	struct progress_misread	*m = NULL;
	int			 i, rc, n = v != NULL ? v->nmisreads : 0;

	memset(&pa, 0, sizeof pa);
	pa.item = qn->key;
	pa.objective = qn->item->objective;
	pa.form = form_name(qn->form);
	pa.event = ev;
	if (v != NULL) {
		pa.correct = v->right;
		pa.given = v->given ? v->given : "";
	}
	/* Time away from the question is not time spent on it. */
	pa.seconds = seconds > QUIZ_MAX_SECONDS ? QUIZ_MAX_SECONDS : seconds;
	if (n > 0)
		m = xcalloc(n, sizeof *m);
	for (i = 0; i < n; i++) {
		m[i].label = v->misreads[i].label;
		m[i].made = v->misreads[i].made;
		m[i].line = v->misreads[i].line;
	}
	pa.misreads = m;
	pa.nmisreads = n;
	rc = progress_record(db, &pa, time(NULL) / 86400.0, NULL, cause);
	free(m);
	return (rc);
}

enum quiz_outcome
quiz_ask(struct quiz *q, const char *key, const struct bank_item *it,
    const enum form *forms, int nforms, int number, int total,
    enum form *asked, char **cause)
{
	struct question		 qn;
	struct question_verdict	 v;
	struct fsrs_card	 card;
	enum quiz_outcome	 outcome;
	char			*answer = NULL, *ignore = NULL, *key_text;
	int			 rc, i, leech = 0;
	size_t			 len;
	time_t			 shown;

	if (q->quit)
		return (QUIZ_QUIT);
	if (q->drill != NULL) {
		/* A drill asks the first form that shows its misreading. */
		for (i = 0, rc = 1; rc == 1 && i < nforms; i++) {
			rc = question_build_first(&q->ctx, key, it, &forms[i],
			    1, &qn, cause);
			if (rc == 0 && !quiz_shows(&qn, q->drill)) {
				question_free(&qn);
				rc = 1;
			}
		}
	} else
		rc = question_build_first(&q->ctx, key, it, forms, nforms, &qn,
		    cause);
	if (rc == -1)
		return (QUIZ_ERROR);
	if (rc == 1)
		return (QUIZ_NOFIT);
	*asked = qn.form;

	/* An item answered wrong again and again is flagged as such. */
	if (q->db != NULL && progress_card(q->db, key, &card, &ignore) == 0 &&
	    card.lapses >= QUIZ_LEECH)
		leech = 1;
	free(ignore);
	printf("\n%sQuestion %d of %d%s  %s%s%s%s\n", term_c(q->term,
	    TERM_BOLD), number, total, term_c(q->term, TERM_OFF),
	    term_c(q->term, TERM_DIM), it->objective ? it->objective : "",
	    leech ? "  (one you keep getting wrong)" : "",
	    term_c(q->term, TERM_OFF));
	present_question(q->term, q->ctx.oracle, &qn, -1);
	shown = time(NULL);
	outcome = quiz_read_answer(q, &qn, &answer);
	if (outcome == QUIZ_SKIPPED) {
		/*
		 * Skipped: the answer is shown, as a flashcard's back is, and
		 * recorded as shown; neither right nor wrong.
		 */
		key_text = question_answer(&qn);
		/* An output of one line on the line; more, as a block. */
		len = strlen(key_text);
		if (len > 0 && key_text[len - 1] == '\n')
			key_text[--len] = '\0';
		printf("The answer:%s%s\n", strchr(key_text, '\n') != NULL ?
		    "\n" : " ", key_text);
		free(key_text);
		present_explanation(q->term, &qn);
		if (q->db != NULL && quiz_record(q->db, &qn, NULL,
		    PROGRESS_SKIPPED, difftime(time(NULL), shown), cause) == -1)
			outcome = QUIZ_ERROR;
		goto out;
	}
	if (outcome != QUIZ_RIGHT)
		goto out;
	if (question_grade(&q->ctx, &qn, answer, &v, cause) == -1) {
		outcome = QUIZ_ERROR;
		goto out;
	}
	q->answered++;
	q->right += v.right;
	quiz_tally(q, &qn, &v);
	present_verdict(q->term, &qn, &v);
	outcome = v.right ? QUIZ_RIGHT : QUIZ_WRONG;
	if (q->db != NULL && quiz_record(q->db, &qn, &v, PROGRESS_ANSWERED,
	    difftime(time(NULL), shown), cause) == -1) {
		question_verdict_free(&v);
		outcome = QUIZ_ERROR;
		goto out;
	}
	question_verdict_free(&v);
	fflush(stdout);
	if (quiz_after(q, it, qn.src, qn.srclen))
		q->quit = 1;
out:
	free(answer);
	question_free(&qn);
	fflush(stdout);
	return (outcome);
}

void
quiz_summary(struct quiz *q)
{
	struct progress_card_info	*cards = NULL;
	char				*ignore = NULL;
	double				 now = time(NULL) / 86400.0;
	int				 i, n = 0, due = 0, soon = 0;

	printf("\n%d answered, %d right", q->answered, q->right);
	if (q->answered > 0)
		printf(" (%d%%)", q->right * 100 / q->answered);
	if (q->skipped > 0)
		printf(", %d skipped", q->skipped);
	printf("\n");
	/* Per objective, the misreadings made, and what comes next. */
	for (i = 0; i < q->nobjectives; i++)
		printf("  %-16s %d right, %d wrong\n", q->objectives[i].name,
		    q->objectives[i].right, q->objectives[i].wrong);
	if (q->nmisreads > 0) {
		printf("Misreadings made:\n");
		for (i = 0; i < q->nmisreads; i++)
			printf("  %s%s\n", q->misreads[i].name,
			    q->misreads[i].wrong > 1 ? quiz_times(
			    q->misreads[i].wrong) : "");
	}
	if (q->answered > 0 && q->db != NULL &&
	    progress_cards(q->db, &cards, &n, &ignore) == 0 && n > 0) {
		/* Cards come soonest first: the due, then the next day's. */
		for (i = 0; i < n; i++) {
			if (cards[i].due <= now)
				due++;
			else if (util_local_day(cards[i].due) ==
			    util_local_day(cards[due].due))
				soon++;
		}
		if (due > 0)
			printf("Due now: %d item%s; next: snipquiz practice\n",
			    due, due == 1 ? "" : "s");
		else
			printf("Next review: %s (%d item%s)\n",
			    util_when(cards[0].due, now), soon, soon == 1 ?
			    "" : "s");
	}
	progress_cards_free(cards, n);
	free(ignore);
	fflush(stdout);
}
