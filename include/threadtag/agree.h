/* agree: inter-coder agreement (Cohen, Scott, Fleiss, Krippendorff); pure functions. */
#ifndef THREADTAG_AGREE_H
#define THREADTAG_AGREE_H

#include <stddef.h>

/* The code a coder gave to a unit when they gave none. It is never a category. */
enum { TT_AGREE_MISSING = -1 };

/* A units x coders table of category indices 0..ncats-1, TT_AGREE_MISSING where
 * a coder gave none. codes is row-major: codes[u * ncoders + c]; the caller owns it. */
typedef struct tt_agree_table {
	size_t nunits, ncoders, ncats;
	const int *codes;
} tt_agree_table;

/* A coefficient, or the reason it has no value. When defined is 0, value is NaN
 * and must not be shown: show why_undefined (a static string) instead. n is how
 * much data the value rests on: units for Cohen, Scott and Fleiss, pairable
 * values for Krippendorff's alpha. */
typedef struct tt_agree_value {
	int defined;
	double value;
	const char *why_undefined;
	size_t n;
} tt_agree_value;

/* Cohen's kappa between coders a and b over the units both coded. */
tt_agree_value tt_agree_cohen(const tt_agree_table *t, size_t a, size_t b);
/* Cohen's kappa from an ncats x ncats confusion matrix of counts (row-major). */
tt_agree_value tt_agree_cohen_matrix(const long *m, size_t ncats);
/* Scott's pi between coders a and b over the units both coded: like kappa, but
 * chance agreement comes from the two coders' pooled category use. */
tt_agree_value tt_agree_scott(const tt_agree_table *t, size_t a, size_t b);
/* Proportion of the units both a and b coded on which they agree. */
tt_agree_value tt_agree_observed(const tt_agree_table *t, size_t a, size_t b);

/* Fleiss' kappa over the units every coder coded. */
tt_agree_value tt_agree_fleiss(const tt_agree_table *t);
/* Fleiss' kappa from per-unit category counts, counts[u * ncats + k]: how many
 * raters put unit u in category k. Every unit must have the same number of raters. */
tt_agree_value tt_agree_fleiss_counts(const long *counts, size_t nunits, size_t ncats);

/* Krippendorff's alpha for nominal data. Missing codes are allowed; a unit with
 * fewer than two codes cannot be paired and does not count. */
tt_agree_value tt_agree_krippendorff_nominal(const tt_agree_table *t);

/* Krippendorff's nominal alpha in parts that add up over disjoint sets of
 * units, so a project can keep them per thread and sum them. */
typedef struct tt_agree_alpha_parts {
	double same;  /* over pairable units: sum_k n_uk (n_uk - 1) / (m_u - 1) */
	long n;       /* pairable values */
	long *totals; /* pairable values per category; ncats longs, the caller's */
	size_t ncats;
} tt_agree_alpha_parts;

/* Adds the units of t (t->ncats must be p->ncats; codes already checked). */
void tt_agree_alpha_add(const tt_agree_table *t, tt_agree_alpha_parts *p);
/* Alpha from summed parts: the same value tt_agree_krippendorff_nominal gives. */
tt_agree_value tt_agree_alpha_from_parts(const tt_agree_alpha_parts *p);

/* Fills m (ncats * ncats, rows coder a, columns coder b) with the counts of the
 * units both coded. Codes outside 0..ncats-1 are left out. */
void tt_agree_confusion(const tt_agree_table *t, size_t a, size_t b, long *m);

/* Breakdowns: new tables made from a table, for the same coefficients. */

/* One value against the rest: out gets 2 categories, 1 where a coder gave cat,
 * 0 where they gave another, TT_AGREE_MISSING where they gave none. codes must
 * hold nunits * ncoders ints; out points into it. */
void tt_agree_one_vs_rest(const tt_agree_table *t, int cat, int *codes, tt_agree_table *out);

/* The units u with keep[u] nonzero, in order: out points into codes (room for
 * nunits * ncoders ints). Returns how many were kept. */
size_t tt_agree_select(const tt_agree_table *t, const unsigned char *keep, int *codes,
                       tt_agree_table *out);

/* How coders a and b cover the units: both coded, only a, only b. */
void tt_agree_coverage(const tt_agree_table *t, size_t a, size_t b, size_t *both, size_t *only_a,
                       size_t *only_b);

/* The units in one cell of a and b's confusion matrix: a gave row, b gave col.
 * Writes their indices into units (unless NULL; room for nunits) in order and
 * returns how many there are. */
size_t tt_agree_cell(const tt_agree_table *t, size_t a, size_t b, int row, int col, size_t *units);

/* Do the coders who coded unit u give it more than one category? */
int tt_agree_unit_disagrees(const tt_agree_table *t, size_t u);

/* Writes v as a number with the given decimals, or "undefined (REASON)", into
 * buf (snprintf semantics). Returns what snprintf returns. */
int tt_agree_format(tt_agree_value v, int decimals, char *buf, size_t size);

#endif
