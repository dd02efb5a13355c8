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

struct quiz {
	struct question_ctx	 ctx;
	struct progress		*db;
	struct term		*term;
	int			 answered;
	int			 right;
	int			 skipped;
	int			 told_next;	/* explained the next> prompt */
	int			 quit;		/* :quit after an answer */
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

void
quiz_free(struct quiz *q)
{
	if (q == NULL)
		return;
	term_close(q->term);
	free(q);
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

enum quiz_outcome
quiz_ask(struct quiz *q, const char *key, const struct bank_item *it,
    const enum form *forms, int nforms, int number, int total,
    enum form *asked, char **cause)
{
	struct progress_answer	 pa;
	struct question		 qn;
	struct question_verdict	 v;
	struct fsrs_card	 card;
	enum quiz_outcome	 outcome;
	char			*answer = NULL, *ignore = NULL;
	int			 rc, leech = 0;

	if (q->quit)
		return (QUIZ_QUIT);
	if ((rc = question_build_first(&q->ctx, key, it, forms, nforms, &qn,
	    cause)) == -1)
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
	if ((outcome = quiz_read_answer(q, &qn, &answer)) != QUIZ_RIGHT)
		goto out;
	if (question_grade(&q->ctx, &qn, answer, &v, cause) == -1) {
		outcome = QUIZ_ERROR;
		goto out;
	}
	q->answered++;
	q->right += v.right;
	present_verdict(q->term, &qn, &v);
	outcome = v.right ? QUIZ_RIGHT : QUIZ_WRONG;
	if (q->db != NULL) {
		memset(&pa, 0, sizeof pa);
		pa.item = key;
		pa.objective = it->objective;
		pa.form = form_name(qn.form);
		pa.correct = v.right;
		pa.given = v.given ? v.given : "";
		if (progress_record(q->db, &pa, time(NULL) / 86400.0,
		    cause) == -1) {
			question_verdict_free(&v);
			outcome = QUIZ_ERROR;
			goto out;
		}
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
	printf("\n%d answered, %d right", q->answered, q->right);
	if (q->answered > 0)
		printf(" (%d%%)", q->right * 100 / q->answered);
	if (q->skipped > 0)
		printf(", %d skipped", q->skipped);
	printf("\n");
	fflush(stdout);
}
