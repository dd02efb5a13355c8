/*
 * coach.c: a learner's record, summed up: the schedule's counts, the
 * days practised, the weakest objectives and the misreadings.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "coach.h"
#include "util.h"

/* Does objective belong to exam (NULL: every exam)? */
static int
coach_in_exam(const char *objective, const char *exam)
{
	size_t	 len;

	if (exam == NULL)
		return (1);
	len = strlen(exam);
	return (objective != NULL && strncmp(objective, exam, len) == 0 &&
	    objective[len] == ' ');
}

/* Weakest first: the lower smoothed accuracy, then more answers. */
static int
coach_objective_cmp(const void *a, const void *b)
{
	const struct coach_objective	*x = a, *y = b;
	double				 px, py;

	/* (right + 1) / (answered + 2): one answer is weak evidence. */
	px = (x->right + 1.0) / (x->answered + 2.0);
	py = (y->right + 1.0) / (y->answered + 2.0);
	if (px != py)
		return (px < py ? -1 : 1);
	if (x->answered != y->answered)
		return (y->answered - x->answered);
	return (strcmp(x->name, y->name));
}

/* Most made first, then most met, then by label. */
static int
coach_misread_cmp(const void *a, const void *b)
{
	const struct coach_misread	*x = a, *y = b;

	if (x->made != y->made)
		return (y->made - x->made);
	if (x->resisted != y->resisted)
		return (x->resisted - y->resisted);
	return (strcmp(x->label, y->label));
}

/* The days practised, the streak to today, today's. */
static void
coach_days(struct coach_report *r, const struct progress_event_row *h, int n)
{
	long	 today = util_local_day(r->now), prev = -1, d, run = 0, last = -1;
	int	 i;

	for (i = 0; i < n; i++) {
		if (h[i].event != PROGRESS_ANSWERED)
			continue;
		d = util_local_day(h[i].at);
		if (d == prev)
			continue;
		r->days++;
		run = d == prev + 1 ? run + 1 : 1;
		prev = last = d;
	}
	/* A streak still stands on a day not yet practised. */
	r->today = last == today;
	r->streak = last == today || last == today - 1 ? (int)run : 0;
}

/* The misreadings met in the record (of exam's objectives). */
static void
coach_misreads(struct coach_report *r, const struct progress_misread_row *m,
    int n, const char *exam)
{
	struct coach_misread	*c;
	int			 i, k, seen, made;

	for (i = 0; i < n; i++) {
		if (!coach_in_exam(m[i].objective, exam))
			continue;
		for (k = 0; k < r->nmisreads; k++) {
			if (strcmp(r->misreads[k].label, m[i].label) == 0)
				break;
		}
		if (k == r->nmisreads) {
			r->misreads = xreallocarray(r->misreads,
			    r->nmisreads + 1, sizeof *r->misreads);
			c = &r->misreads[r->nmisreads++];
			memset(c, 0, sizeof *c);
			c->label = xstrdup(m[i].label);
		}
		c = &r->misreads[k];
		if (m[i].made)
			c->made++;
		else
			c->resisted++;
		c->last = m[i].at;
	}
	/* The trend: the last few times against all the times before. */
	for (k = 0; k < r->nmisreads; k++) {
		c = &r->misreads[k];
		seen = made = 0;
		for (i = n - 1; i >= 0 && seen < COACH_RECENT; i--) {
			if (!coach_in_exam(m[i].objective, exam) ||
			    strcmp(m[i].label, c->label) != 0)
				continue;
			seen++;
			made += m[i].made;
		}
		c->recent_seen = seen;
		c->recent_made = made;
		if (c->made + c->resisted > seen) {
			double before = (double)(c->made - made) /
			    (c->made + c->resisted - seen);
			double lately = (double)made / seen;

			c->trend = lately < before - 0.2 ? -1 :
			    lately > before + 0.2 ? 1 : 0;
		}
	}
	if (r->nmisreads > 1)
		qsort(r->misreads, r->nmisreads, sizeof *r->misreads,
		    coach_misread_cmp);
}

int
coach_report(struct progress *p, const struct syllabus *syl, const char *exam,
    double now, struct coach_report *r, char **cause)
{
	struct progress_card_info	*cards = NULL;
	struct progress_event_row	*h = NULL;
	struct progress_misread_row	*m = NULL;
	struct progress_tally		*t = NULL;
	struct progress_exam		*ex = NULL;
	struct coach_objective		*o;
	long				 today = util_local_day(now), d;
	int				 nc = 0, nh = 0, nm = 0, nt = 0, nex = 0;
	int				 i, rc = -1;

	memset(r, 0, sizeof *r);
	r->now = now;
	if (progress_cards(p, &cards, &nc, cause) == -1 ||
	    progress_history(p, &h, &nh, cause) == -1 ||
	    progress_misreads(p, &m, &nm, cause) == -1 ||
	    progress_tallies(p, &t, &nt, cause) == -1 ||
	    progress_exams(p, &ex, &nex, cause) == -1)
		goto out;
	for (i = 0; i < nc; i++) {
		if (!coach_in_exam(cards[i].objective, exam))
			continue;
		if (cards[i].due <= now)
			r->due++;
		else if (r->next_due == 0)
			r->next_due = cards[i].due;
		/* Today's count holds what is overdue. */
		d = util_local_day(cards[i].due) - today;
		if (d < COACH_FORECAST)
			r->forecast[d < 0 ? 0 : d]++;
	}
	for (i = 0; i < nh; i++) {
		if (!coach_in_exam(h[i].objective, exam))
			continue;
		if (h[i].event == PROGRESS_ANSWERED) {
			r->answered++;
			r->right += h[i].right;
		} else
			r->skipped++;
		r->seconds += h[i].seconds;
	}
	for (i = 0; i < nex; i++) {
		if (exam == NULL || strcmp(ex[i].exam, exam) == 0)
			r->seconds += ex[i].seconds;
	}
	coach_days(r, h, nh);
	for (i = 0; i < nt; i++) {
		if (!coach_in_exam(t[i].objective, exam))
			continue;
		r->objectives = xreallocarray(r->objectives, r->nobjectives + 1,
		    sizeof *r->objectives);
		o = &r->objectives[r->nobjectives++];
		o->name = xstrdup(t[i].objective);
		o->syl = syllabus_objective(syl, t[i].objective);
		o->answered = t[i].answered;
		o->right = t[i].correct;
	}
	if (r->nobjectives > 1)
		qsort(r->objectives, r->nobjectives, sizeof *r->objectives,
		    coach_objective_cmp);
	coach_misreads(r, m, nm, exam);
	rc = 0;
out:
	progress_cards_free(cards, nc);
	/* Kept for the caller (the readiness), so stats reads them once. */
	r->history = h;
	r->nhistory = nh;
	r->exams = ex;
	r->nexams = nex;
	progress_misreads_free(m, nm);
	progress_tally_free(t, nt);
	if (rc == -1)
		coach_report_free(r);
	return (rc);
}

void
coach_report_free(struct coach_report *r)
{
	int	 i;

	for (i = 0; i < r->nobjectives; i++)
		free(r->objectives[i].name);
	free(r->objectives);
	for (i = 0; i < r->nmisreads; i++)
		free(r->misreads[i].label);
	free(r->misreads);
	progress_history_free(r->history, r->nhistory);
	progress_exams_free(r->exams, r->nexams);
	memset(r, 0, sizeof *r);
}
