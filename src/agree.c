/* agree: Cohen's kappa, Scott's pi, Fleiss' kappa and nominal Krippendorff's alpha. */
#include "threadtag/agree.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "threadtag/xalloc.h"

/* Whether a coefficient exists is decided on integer counts (is one category
 * all there is?), never by testing a computed denominator against ~0. */

static tt_agree_value undefined(const char *why)
{
	return (tt_agree_value){.defined = 0, .value = NAN, .why_undefined = why};
}

static tt_agree_value defined(double v, size_t n)
{
	return (tt_agree_value){.defined = 1, .value = v, .n = n};
}

/* NULL when the table can be read, else why not. */
static const char *table_problem(const tt_agree_table *t)
{
	if (!t)
		return "no table";
	if (!t->ncats)
		return "no categories";
	if (t->nunits && t->ncoders && !t->codes)
		return "no codes";
	for (size_t i = 0; i < t->nunits * t->ncoders; i++) {
		int k = t->codes[i];
		if (k != TT_AGREE_MISSING && (k < 0 || (size_t)k >= t->ncats))
			return "a code is outside the categories";
	}
	return NULL;
}

static int code_at(const tt_agree_table *t, size_t u, size_t c)
{
	return t->codes[u * t->ncoders + c];
}

/* The two coders' marginals over the units both coded. */
struct pair_counts {
	long n;        /* units both coded */
	long agree;    /* of which they gave the same category */
	long *ra, *cb; /* per-category totals of coder a and coder b */
};

static const char *pair_count(const tt_agree_table *t, size_t a, size_t b, struct pair_counts *p)
{
	const char *why = table_problem(t);
	if (why)
		return why;
	if (a >= t->ncoders || b >= t->ncoders)
		return "no such coder";
	p->ra = tt_xcalloc(t->ncats, sizeof *p->ra);
	p->cb = tt_xcalloc(t->ncats, sizeof *p->cb);
	for (size_t u = 0; u < t->nunits; u++) {
		int x = code_at(t, u, a), y = code_at(t, u, b);
		if (x == TT_AGREE_MISSING || y == TT_AGREE_MISSING)
			continue;
		p->n++;
		p->agree += x == y;
		p->ra[x]++;
		p->cb[y]++;
	}
	return p->n ? NULL : "no unit was coded by both coders";
}

static void pair_free(struct pair_counts *p)
{
	free(p->ra);
	free(p->cb);
}

/* kappa = (p_o - p_e) / (1 - p_e), multiplied through by n^2. */
static tt_agree_value kappa_from(const struct pair_counts *p, size_t ncats)
{
	double n = (double)p->n, chance = 0;
	for (size_t k = 0; k < ncats; k++) {
		if (p->ra[k] == p->n && p->cb[k] == p->n)
			return undefined("both coders used one and the same category: "
			                 "chance agreement is 1");
		chance += (double)p->ra[k] * (double)p->cb[k];
	}
	return defined((n * (double)p->agree - chance) / (n * n - chance), (size_t)p->n);
}

/* A pairwise coefficient of coders a and b, or why it has no value. */
static tt_agree_value pairwise(const tt_agree_table *t, size_t a, size_t b,
                               tt_agree_value (*from)(const struct pair_counts *, size_t))
{
	struct pair_counts p = {0};
	const char *why = pair_count(t, a, b, &p);
	tt_agree_value v = why ? undefined(why) : from(&p, t->ncats);
	pair_free(&p);
	return v;
}

tt_agree_value tt_agree_cohen(const tt_agree_table *t, size_t a, size_t b)
{
	return pairwise(t, a, b, kappa_from);
}

tt_agree_value tt_agree_cohen_matrix(const long *m, size_t ncats)
{
	if (!m || !ncats)
		return undefined("no categories");
	struct pair_counts p = {0};
	p.ra = tt_xcalloc(ncats, sizeof *p.ra);
	p.cb = tt_xcalloc(ncats, sizeof *p.cb);
	const char *why = NULL;
	for (size_t i = 0; i < ncats && !why; i++) {
		for (size_t j = 0; j < ncats; j++) {
			long x = m[i * ncats + j];
			if (x < 0) {
				why = "a count in the matrix is negative";
				break;
			}
			p.n += x;
			p.ra[i] += x;
			p.cb[j] += x;
			if (i == j)
				p.agree += x;
		}
	}
	if (!why && !p.n)
		why = "the matrix is empty";
	tt_agree_value v = why ? undefined(why) : kappa_from(&p, ncats);
	pair_free(&p);
	return v;
}

/* pi = (p_o - p_e) / (1 - p_e) with p_e from pooled proportions, times 4n^2. */
static tt_agree_value pi_from(const struct pair_counts *p, size_t ncats)
{
	double n = (double)p->n, chance = 0;
	for (size_t k = 0; k < ncats; k++) {
		if (p->ra[k] + p->cb[k] == 2 * p->n)
			return undefined("both coders used one and the same category: "
			                 "chance agreement is 1");
		double pooled = (double)(p->ra[k] + p->cb[k]);
		chance += pooled * pooled;
	}
	return defined((4 * n * (double)p->agree - chance) / (4 * n * n - chance), (size_t)p->n);
}

tt_agree_value tt_agree_scott(const tt_agree_table *t, size_t a, size_t b)
{
	return pairwise(t, a, b, pi_from);
}

static tt_agree_value observed_from(const struct pair_counts *p, size_t ncats)
{
	(void)ncats;
	return defined((double)p->agree / (double)p->n, (size_t)p->n);
}

tt_agree_value tt_agree_observed(const tt_agree_table *t, size_t a, size_t b)
{
	return pairwise(t, a, b, observed_from);
}

void tt_agree_confusion(const tt_agree_table *t, size_t a, size_t b, long *m)
{
	if (!t || !m)
		return;
	for (size_t i = 0; i < t->ncats * t->ncats; i++)
		m[i] = 0;
	if (a >= t->ncoders || b >= t->ncoders || !t->codes)
		return;
	for (size_t u = 0; u < t->nunits; u++) {
		int x = code_at(t, u, a), y = code_at(t, u, b);
		if (x >= 0 && y >= 0 && (size_t)x < t->ncats && (size_t)y < t->ncats)
			m[(size_t)x * t->ncats + (size_t)y]++;
	}
}

/* Fleiss' kappa, fed one unit's category counts at a time. */
struct fleiss {
	size_t ncats, nunits;
	long raters;     /* per unit; 0 until the first unit */
	double same;     /* sum over units and categories of n_uk (n_uk - 1) */
	long *totals;    /* per category, over all units */
	const char *why; /* sticky problem */
};

static void fleiss_add(struct fleiss *f, const long *row)
{
	long m = 0;
	for (size_t k = 0; k < f->ncats; k++) {
		if (row[k] < 0)
			f->why = "a count is negative";
		m += row[k];
	}
	if (f->why)
		return;
	if (f->nunits && m != f->raters)
		f->why = "units have different numbers of raters";
	f->raters = m;
	for (size_t k = 0; k < f->ncats; k++) {
		f->same += (double)row[k] * (double)(row[k] - 1);
		f->totals[k] += row[k];
	}
	f->nunits++;
}

/* kappa = (P - P_e) / (1 - P_e), P the mean pairwise agreement per unit. */
static tt_agree_value fleiss_value(const struct fleiss *f)
{
	if (f->why)
		return undefined(f->why);
	if (!f->nunits)
		return undefined("no unit was coded by every coder");
	if (f->raters < 2)
		return undefined("fewer than two raters per unit");
	double all = (double)f->nunits * (double)f->raters, chance = 0;
	for (size_t k = 0; k < f->ncats; k++) {
		if (f->totals[k] == (long)f->nunits * f->raters)
			return undefined("every rating is in one category: chance agreement is 1");
		chance += ((double)f->totals[k] / all) * ((double)f->totals[k] / all);
	}
	double observed = f->same / (all * (double)(f->raters - 1));
	return defined((observed - chance) / (1 - chance), f->nunits);
}

tt_agree_value tt_agree_fleiss_counts(const long *counts, size_t nunits, size_t ncats)
{
	if (!ncats)
		return undefined("no categories");
	if (nunits && !counts)
		return undefined("no counts");
	struct fleiss f = {.ncats = ncats, .totals = tt_xcalloc(ncats, sizeof(long))};
	for (size_t u = 0; u < nunits && !f.why; u++)
		fleiss_add(&f, counts + u * ncats);
	tt_agree_value v = fleiss_value(&f);
	free(f.totals);
	return v;
}

/* Counts one unit's codes into row (zeroed first); returns how many were given. */
static long unit_counts(const tt_agree_table *t, size_t u, long *row)
{
	long m = 0;
	for (size_t k = 0; k < t->ncats; k++)
		row[k] = 0;
	for (size_t c = 0; c < t->ncoders; c++) {
		int k = code_at(t, u, c);
		if (k != TT_AGREE_MISSING) {
			row[k]++;
			m++;
		}
	}
	return m;
}

tt_agree_value tt_agree_fleiss(const tt_agree_table *t)
{
	const char *why = table_problem(t);
	if (why)
		return undefined(why);
	if (t->ncoders < 2)
		return undefined("fewer than two coders");
	struct fleiss f = {.ncats = t->ncats, .totals = tt_xcalloc(t->ncats, sizeof(long))};
	long *row = tt_xcalloc(t->ncats, sizeof *row);
	for (size_t u = 0; u < t->nunits && !f.why; u++)
		if (unit_counts(t, u, row) == (long)t->ncoders)
			fleiss_add(&f, row);
	tt_agree_value v = fleiss_value(&f);
	free(row);
	free(f.totals);
	return v;
}

void tt_agree_alpha_add(const tt_agree_table *t, tt_agree_alpha_parts *p)
{
	long *row = tt_xcalloc(t->ncats + 1, sizeof *row);
	for (size_t u = 0; u < t->nunits; u++) {
		long m = unit_counts(t, u, row);
		if (m < 2)
			continue; /* unpairable */
		double pairs = 0;
		for (size_t k = 0; k < t->ncats; k++) {
			pairs += (double)row[k] * (double)(row[k] - 1);
			p->totals[k] += row[k];
		}
		p->same += pairs / (double)(m - 1);
		p->n += m;
	}
	free(row);
}

/* alpha = 1 - D_o / D_e from the coincidence matrix, where only its diagonal
 * (same) and its marginals (totals) are needed for nominal data:
 * alpha = 1 - (n - 1) (n - same) / (n^2 - sum totals_k^2). */
tt_agree_value tt_agree_alpha_from_parts(const tt_agree_alpha_parts *p)
{
	double chance = 0;
	size_t used = 0;
	for (size_t k = 0; k < p->ncats; k++) {
		used += p->totals[k] > 0;
		chance += (double)p->totals[k] * (double)p->totals[k];
	}
	if (p->n < 2)
		return undefined("fewer than two pairable values");
	if (used < 2)
		return undefined("every pairable value is in one category: "
		                 "no disagreement is expected");
	double dn = (double)p->n;
	return defined(1 - (dn - 1) * (dn - p->same) / (dn * dn - chance), (size_t)p->n);
}

tt_agree_value tt_agree_krippendorff_nominal(const tt_agree_table *t)
{
	const char *why = table_problem(t);
	if (why)
		return undefined(why);
	tt_agree_alpha_parts p = {.totals = tt_xcalloc(t->ncats, sizeof(long)), .ncats = t->ncats};
	tt_agree_alpha_add(t, &p);
	tt_agree_value v = tt_agree_alpha_from_parts(&p);
	free(p.totals);
	return v;
}

int tt_agree_format(tt_agree_value v, int decimals, char *buf, size_t size)
{
	if (!v.defined)
		return snprintf(buf, size, "undefined (%s)", v.why_undefined);
	/* Rounding a tiny negative to "-0.000" would suggest a sign that is not there. */
	double x = v.value;
	if (decimals >= 0 && decimals < 16 && fabs(x) < 0.5 * pow(10, -decimals))
		x = 0;
	return snprintf(buf, size, "%.*f", decimals, x);
}

/* ---- breakdowns ---- */

void tt_agree_one_vs_rest(const tt_agree_table *t, int cat, int *codes, tt_agree_table *out)
{
	size_t n = t->nunits * t->ncoders;
	for (size_t i = 0; i < n; i++)
		codes[i] = t->codes[i] == TT_AGREE_MISSING ? TT_AGREE_MISSING : t->codes[i] == cat;
	*out = (tt_agree_table){
	    .nunits = t->nunits, .ncoders = t->ncoders, .ncats = 2, .codes = codes};
}

size_t tt_agree_select(const tt_agree_table *t, const unsigned char *keep, int *codes,
                       tt_agree_table *out)
{
	size_t kept = 0, nc = t->ncoders;
	for (size_t u = 0; u < t->nunits; u++)
		if (keep[u]) {
			for (size_t c = 0; c < nc; c++)
				codes[kept * nc + c] = code_at(t, u, c);
			kept++;
		}
	*out = (tt_agree_table){.nunits = kept, .ncoders = nc, .ncats = t->ncats, .codes = codes};
	return kept;
}

void tt_agree_coverage(const tt_agree_table *t, size_t a, size_t b, size_t *both, size_t *only_a,
                       size_t *only_b)
{
	*both = *only_a = *only_b = 0;
	if (!t || !t->codes || a >= t->ncoders || b >= t->ncoders)
		return;
	for (size_t u = 0; u < t->nunits; u++) {
		int x = code_at(t, u, a) != TT_AGREE_MISSING,
		    y = code_at(t, u, b) != TT_AGREE_MISSING;
		*both += x && y;
		*only_a += x && !y;
		*only_b += !x && y;
	}
}

size_t tt_agree_cell(const tt_agree_table *t, size_t a, size_t b, int row, int col, size_t *units)
{
	size_t n = 0;
	if (!t || !t->codes || a >= t->ncoders || b >= t->ncoders || row < 0 || col < 0)
		return 0;
	for (size_t u = 0; u < t->nunits; u++)
		if (code_at(t, u, a) == row && code_at(t, u, b) == col) {
			if (units)
				units[n] = u;
			n++;
		}
	return n;
}

int tt_agree_unit_disagrees(const tt_agree_table *t, size_t u)
{
	int first = TT_AGREE_MISSING;
	for (size_t c = 0; c < t->ncoders; c++) {
		int v = code_at(t, u, c);
		if (v == TT_AGREE_MISSING)
			continue;
		if (first != TT_AGREE_MISSING && v != first)
			return 1;
		first = v;
	}
	return 0;
}
