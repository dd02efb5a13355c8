/*
 * readiness.c: today's score on an exam, estimated from the learner's
 * answers per objective (a Beta-Binomial model, recent answers counting
 * more, each objective shrunk toward the learner's accuracy over the
 * exam) and calibrated by the mock exams taken; the objectives and
 * misreadings whose practice would raise it most.
 *
 * docs/architecture.md, "The readiness estimate", gives the model and
 * why its constants are what they are.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "readiness.h"
#include "util.h"

/*
 * Pseudo-answers of the learner's accuracy over the exam that an
 * objective's own answers start from: an objective answered 4 times is
 * judged half by its answers, half by the rest of the exam.
 */
#define READINESS_PRIOR	4.0
/*
 * The gap between practice and an exam (practice repeats items the
 * learner has seen, with hints and no clock) is taken as large as the
 * noise of one real exam: however much practice, the model knows the
 * score no better than one mock exam would measure it, so a mock taken
 * today counts as much as all practice.
 */
/* A plan step must be worth this much of the score (0.1 of a point). */
#define READINESS_MIN_GAIN 0.001

/* An objective's answers, counted and weighted by recency. */
struct readiness_tally {
	double	 right;
	double	 total;
	int	 answers;
};

/* A Beta distribution. */
struct readiness_beta {
	double	 a;
	double	 b;
};

static double
readiness_clamp(double v, double lo, double hi)
{
	return (v < lo ? lo : v > hi ? hi : v);
}

/* How much an answer or a mock age days old counts: 1 today, halving. */
static double
readiness_recency(double age)
{
	if (age < 0)
		age = 0;
	return (pow(0.5, age / READINESS_HALF_LIFE));
}

/*
 * The continued fraction of the incomplete beta function (Abramowitz
 * and Stegun 26.5.8), by the modified Lentz method; converges fast for
 * x < (a + 1) / (a + b + 2).
 */
static double
readiness_beta_cf(double x, double a, double b)
{
	const double	 tiny = 1e-300;
	double		 c = 1, d, h, num, step;
	int		 m;

	d = 1 - (a + b) * x / (a + 1);
	d = 1 / (fabs(d) < tiny ? tiny : d);
	h = d;
	for (m = 1; m <= 300; m++) {
		num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1 + num * d;
		d = 1 / (fabs(d) < tiny ? tiny : d);
		c = 1 + num / c;
		c = fabs(c) < tiny ? tiny : c;
		h *= d * c;
		num = -(a + m) * (a + b + m) * x / ((a + 2 * m) *
		    (a + 2 * m + 1));
		d = 1 + num * d;
		d = 1 / (fabs(d) < tiny ? tiny : d);
		c = 1 + num / c;
		c = fabs(c) < tiny ? tiny : c;
		step = d * c;
		h *= step;
		if (fabs(step - 1) < 1e-14)
			break;
	}
	return (h);
}

/* P(X <= x) for X ~ Beta(a, b): the regularized incomplete beta. */
static double
readiness_beta_cdf(const struct readiness_beta *be, double x)
{
	double	 a = be->a, b = be->b, front;

	if (x <= 0)
		return (0);
	if (x >= 1)
		return (1);
	front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) +
	    b * log1p(-x));
	if (x < (a + 1) / (a + b + 2))
		return (front * readiness_beta_cf(x, a, b) / a);
	return (1 - front * readiness_beta_cf(1 - x, b, a) / b);
}

/* The p quantile of a Beta, by bisection (the CDF is monotone). */
static double
readiness_beta_quantile(const struct readiness_beta *be, double p)
{
	double	 lo = 0, hi = 1, mid;
	int	 i;

	for (i = 0; i < 60; i++) {
		mid = (lo + hi) / 2;
		if (readiness_beta_cdf(be, mid) < p)
			lo = mid;
		else
			hi = mid;
	}
	return ((lo + hi) / 2);
}

/*
 * The Beta with this mean and variance. A variance too large for a Beta
 * of that mean (one above mean (1 - mean)) is taken as the largest the
 * fit keeps sensible: a + b = 0.5, a U shape.
 */
static void
readiness_beta_fit(double mean, double var, struct readiness_beta *be)
{
	double	 n;

	mean = readiness_clamp(mean, 1e-6, 1 - 1e-6);
	n = var > 0 ? mean * (1 - mean) / var - 1 : 1e6;
	if (n < 0.5)
		n = 0.5;
	be->a = mean * n;
	be->b = (1 - mean) * n;
}

/* The central READINESS_LEVEL interval of a Beta. */
static void
readiness_interval(const struct readiness_beta *be, double *low,
    double *high)
{
	*low = readiness_beta_quantile(be, (1 - READINESS_LEVEL) / 2);
	*high = readiness_beta_quantile(be, (1 + READINESS_LEVEL) / 2);
}

/*
 * E[max(0, t - X)] for X ~ Beta(a, b): how far below t X is expected to
 * be, counting the chance that an uncertain mastery is lower than its
 * mean. E[X; X < t] = mean * I_t(a + 1, b).
 */
static double
readiness_shortfall(const struct readiness_beta *be, double t)
{
	struct readiness_beta	 up = { be->a + 1, be->b };
	double			 mean = be->a / (be->a + be->b), v;

	v = t * readiness_beta_cdf(be, t) - mean * readiness_beta_cdf(&up, t);
	return (v > 0 ? v : 0);
}

/*
 * Each section's share of the exam's score into share: its weight (the
 * real exam scores by points, and the syllabus's weights are the
 * sections' shares of them), or its share of the items when a weight
 * or an item count is missing. -1 when the exam has no items.
 */
static int
readiness_shares(const struct syl_exam *ex, double *share)
{
	double	 weights = 0, items = 0;
	int	 byweight = 1;
	size_t	 i;

	for (i = 0; i < ex->nsections; i++) {
		if (ex->sections[i].weight <= 0 || ex->sections[i].items <= 0)
			byweight = 0;
		if (ex->sections[i].weight > 0)
			weights += ex->sections[i].weight;
		if (ex->sections[i].items > 0)
			items += ex->sections[i].items;
	}
	if (items <= 0)
		return (-1);
	for (i = 0; i < ex->nsections; i++) {
		if (byweight)
			share[i] = ex->sections[i].weight / weights;
		else if (ex->sections[i].items > 0)
			share[i] = ex->sections[i].items / items;
		else
			share[i] = 0;
	}
	return (0);
}

/* The index of o among ex's objectives in syllabus order, or -1. */
static long
readiness_index(const struct syl_exam *ex, const struct syl_objective *o)
{
	const struct syl_section	*s = o->section;
	size_t				 i;
	long				 idx = 0;

	for (i = 0; i < ex->nsections; i++) {
		if (&ex->sections[i] == s)
			return (idx + (long)(o - s->objectives));
		idx += (long)ex->sections[i].nobjectives;
	}
	return (-1);
}

/* Count in's answers under ex's objectives into t, by recency. */
static void
readiness_tally(const struct syllabus *syl, const struct syl_exam *ex,
    const struct readiness_input *in, struct readiness_tally *t)
{
	const struct readiness_answer	*a;
	const struct syl_objective	*o;
	const char			*name;
	double				 w;
	long				 idx;
	size_t				 i;

	for (i = 0; i < in->nanswers; i++) {
		a = &in->answers[i];
		if (!isfinite(a->at))
			continue;
		name = syllabus_retag(syl, a->objective, ex->id);
		if (name == NULL || (o = syllabus_objective(syl, name)) == NULL)
			continue;
		if ((idx = readiness_index(ex, o)) == -1)
			continue;
		w = readiness_recency(in->now - a->at);
		t[idx].total += w;
		if (a->correct)
			t[idx].right += w;
		t[idx].answers++;
	}
}

/* A plan step or a drill being ranked, and what breaks a tie. */
struct readiness_rank {
	double	 score;
	double	 weighted;	/* the less practised first */
	size_t	 index;		/* then syllabus or input order */
};

/* Most score first; then the less practised; then the first given. */
static int
readiness_rank_cmp(const void *va, const void *vb)
{
	const struct readiness_rank	*a = va, *b = vb;

	if (a->score != b->score)
		return (a->score > b->score ? -1 : 1);
	if (a->weighted != b->weighted)
		return (a->weighted < b->weighted ? -1 : 1);
	return (a->index < b->index ? -1 : a->index > b->index);
}

/*
 * The misreadings to drill: those made at least once, scored made times
 * the rate at which it is made when offered (smoothed by Laplace's rule:
 * one made, one resisted, so two of two is not a certainty), the top
 * steps of them.
 */
static void
readiness_drills(const struct readiness_input *in, size_t steps,
    struct readiness *r)
{
	const struct readiness_misreading	*m;
	struct readiness_rank			*rank;
	size_t					 i, n = 0;
	double					 made, resisted;

	rank = xcalloc(in->nmisreadings ? in->nmisreadings : 1, sizeof *rank);
	for (i = 0; i < in->nmisreadings; i++) {
		m = &in->misreadings[i];
		if (m->made <= 0 || m->label == NULL)
			continue;
		made = m->made;
		resisted = m->resisted > 0 ? m->resisted : 0;
		rank[n].score = made * (made + 1) / (made + resisted + 2);
		rank[n].index = i;
		n++;
	}
	qsort(rank, n, sizeof *rank, readiness_rank_cmp);
	if (n > steps)
		n = steps;
	r->drills = xcalloc(n ? n : 1, sizeof *r->drills);
	for (i = 0; i < n; i++) {
		m = &in->misreadings[rank[i].index];
		r->drills[i].label = xstrdup(m->label);
		r->drills[i].made = m->made;
		r->drills[i].resisted = m->resisted > 0 ? m->resisted : 0;
		r->drills[i].score = rank[i].score;
	}
	r->ndrills = n;
	free(rank);
}

int
readiness_exam(const struct syllabus *syl, const char *exam,
    const struct readiness_input *in, struct readiness **rp, char **cause)
{
	const struct syl_exam		*ex;
	const struct syl_section	*s;
	const struct readiness_mock	*mk;
	struct readiness		*r;
	struct readiness_tally		*t = NULL;
	struct readiness_objective	*ro;
	struct readiness_beta		 be, *ob = NULL;
	struct readiness_rank		*rank = NULL;
	double				*share = NULL, *section = NULL;
	double				 right = 0, total = 0, theta, vtheta;
	double				 alpha, beta, n, shrink, condvar, v;
	double				 mean = 0, shared = 0, within = 0, vmodel;
	double				 pmodel, pmocks = 0, ymocks = 0, y, smooth;
	double				 est, vest, delta, sampling = 0, q, nitems = 0;
	size_t				 i, j, k, nobj = 0, nrank = 0, steps;
	int				 rc = -1;

	*rp = NULL;
	if ((ex = syllabus_exam(syl, exam)) == NULL) {
		*cause = xprintf("no exam %s in the syllabus", exam);
		return (-1);
	}
	share = xcalloc(ex->nsections ? ex->nsections : 1, sizeof *share);
	section = xcalloc(ex->nsections ? ex->nsections : 1, sizeof *section);
	if (readiness_shares(ex, share) == -1) {
		*cause = xprintf("exam %s has no items: nothing to estimate",
		    ex->id);
		goto out;
	}
	for (i = 0; i < ex->nsections; i++) {
		nobj += ex->sections[i].nobjectives;
		if (ex->sections[i].items > 0)
			nitems += ex->sections[i].items;
	}
	if (ex->items > 0)
		nitems = ex->items;
	t = xcalloc(nobj ? nobj : 1, sizeof *t);
	ob = xcalloc(nobj ? nobj : 1, sizeof *ob);
	readiness_tally(syl, ex, in, t);

	r = xcalloc(1, sizeof *r);
	r->exam = ex;
	r->pass = ex->pass_percent / 100.0;
	r->objectives = xcalloc(nobj ? nobj : 1, sizeof *r->objectives);
	r->nobjectives = nobj;

	/* The learner's accuracy over the exam, from a uniform prior. */
	for (k = 0; k < nobj; k++) {
		right += t[k].right;
		total += t[k].total;
		r->answers += t[k].answers;
		if (t[k].answers > 0)
			r->practised++;
	}
	theta = (1 + right) / (2 + total);
	vtheta = theta * (1 - theta) / (3 + total);

	/*
	 * Each objective's mastery, given theta: Beta(P theta + right,
	 * P (1 - theta) + wrong). Its mean is linear in theta, so the
	 * estimate's variance is (sum of share x shrink)^2 var(theta), the
	 * part the objectives share, plus the sum of share^2 x each one's
	 * own variance given theta.
	 */
	k = 0;
	for (i = 0; i < ex->nsections; i++) {
		s = &ex->sections[i];
		if (s->nobjectives == 0) {
			/* No objectives: the section is as the exam. */
			mean += share[i] * theta;
			shared += share[i];
			within += share[i] * share[i] * theta * (1 - theta) /
			    (READINESS_PRIOR + 1);
			section[i] = theta;
			continue;
		}
		for (j = 0; j < s->nobjectives; j++, k++) {
			ro = &r->objectives[k];
			n = t[k].total;
			alpha = READINESS_PRIOR * theta + t[k].right;
			beta = READINESS_PRIOR * (1 - theta) + n - t[k].right;
			shrink = READINESS_PRIOR / (READINESS_PRIOR + n);
			ro->objective = &s->objectives[j];
			ro->share = share[i] / s->nobjectives;
			ro->mastery = alpha / (alpha + beta);
			ro->answers = t[k].answers;
			ro->weighted = n;
			condvar = ro->mastery * (1 - ro->mastery) /
			    (alpha + beta + 1);
			readiness_beta_fit(ro->mastery, condvar +
			    shrink * shrink * vtheta, &ob[k]);
			readiness_interval(&ob[k], &ro->low, &ro->high);
			mean += ro->share * ro->mastery;
			shared += ro->share * shrink;
			within += ro->share * ro->share * condvar;
			section[i] += ro->mastery / s->nobjectives;
		}
	}
	r->model = mean;
	vmodel = shared * shared * vtheta + within +
	    mean * (1 - mean) / nitems;

	/*
	 * The mocks: each a measure of the score with the binomial noise of
	 * its total questions, its precision halved every half-life; with
	 * the model's, precision-weighted.
	 */
	for (i = 0; i < in->nmocks; i++) {
		mk = &in->mocks[i];
		if (mk->exam == NULL || strcmp(mk->exam, ex->id) != 0 ||
		    mk->total <= 0 || !isfinite(mk->at) ||
		    !isfinite(mk->points) || mk->points < 0 ||
		    mk->points > mk->total)
			continue;
		y = mk->points / mk->total;
		smooth = (mk->points + 1) / (mk->total + 2);
		v = readiness_recency(in->now - mk->at) * mk->total /
		    (smooth * (1 - smooth));
		pmocks += v;
		ymocks += v * y;
		r->mocks++;
	}
	pmodel = 1 / vmodel;
	est = (pmodel * mean + ymocks) / (pmodel + pmocks);
	vest = 1 / (pmodel + pmocks);

	/*
	 * A real exam asks each section's items questions: binomial noise
	 * on each section's share, at its mastery moved as the mocks moved
	 * the whole.
	 */
	delta = est - mean;
	for (i = 0; i < ex->nsections; i++) {
		if (ex->sections[i].items <= 0)
			continue;
		q = readiness_clamp(section[i] + delta, 0, 1);
		sampling += share[i] * share[i] * q * (1 - q) /
		    ex->sections[i].items;
	}

	r->estimate = readiness_clamp(est, 0, 1);
	readiness_beta_fit(r->estimate, vest + sampling, &be);
	readiness_interval(&be, &r->low, &r->high);
	/* A very skewed Beta may put its mean outside; the contract not. */
	if (r->low > r->estimate)
		r->low = r->estimate;
	if (r->high < r->estimate)
		r->high = r->estimate;
	r->chance = 1 - readiness_beta_cdf(&be, r->pass);
	if (r->estimate < r->pass)
		r->verdict = READINESS_NOT_YET;
	else if (r->low >= r->pass)
		r->verdict = READINESS_LIKELY;
	else
		r->verdict = READINESS_BORDERLINE;

	/*
	 * The plan: the gain of an objective is its share times how far its
	 * mastery is expected to fall short of the target.
	 */
	steps = in->steps ? in->steps : READINESS_PLAN;
	rank = xcalloc(nobj ? nobj : 1, sizeof *rank);
	for (k = 0; k < nobj; k++) {
		ro = &r->objectives[k];
		v = ro->share * readiness_shortfall(&ob[k], READINESS_TARGET);
		if (v < READINESS_MIN_GAIN)
			continue;
		rank[nrank].score = v;
		rank[nrank].weighted = ro->weighted;
		rank[nrank].index = k;
		nrank++;
	}
	qsort(rank, nrank, sizeof *rank, readiness_rank_cmp);
	r->nplan = nrank < steps ? nrank : steps;
	r->plan = xcalloc(r->nplan ? r->nplan : 1, sizeof *r->plan);
	for (i = 0; i < r->nplan; i++) {
		ro = &r->objectives[rank[i].index];
		r->plan[i].objective = ro->objective;
		r->plan[i].mastery = ro->mastery;
		r->plan[i].gain = rank[i].score;
	}
	readiness_drills(in, steps, r);

	*rp = r;
	rc = 0;
out:
	free(t);
	free(ob);
	free(rank);
	free(share);
	free(section);
	return (rc);
}

void
readiness_free(struct readiness *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->ndrills; i++)
		free(r->drills[i].label);
	free(r->drills);
	free(r->plan);
	free(r->objectives);
	free(r);
}

const char *
readiness_verdict_name(enum readiness_verdict v)
{
	switch (v) {
	case READINESS_LIKELY:
		return ("likely to pass");
	case READINESS_BORDERLINE:
		return ("borderline");
	case READINESS_NOT_YET:
		break;
	}
	return ("not yet");
}
