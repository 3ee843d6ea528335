/* test_agree: agreement coefficients against published worked examples and invariants. */
#include "tt_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/agree.h"
#include "threadtag/xalloc.h"

/* Every expected value below is an exact fraction from the published worked
 * examples that public implementations assert in their own tests: statsmodels
 * (stats/tests/test_inter_rater.py), NLTK (test/unit/test_disagreement.py) and
 * fast-krippendorff (tests/test_krippendorff.py); Fleiss' 30-subject data are
 * from Fleiss (1971), "Measuring nominal scale agreement among many raters";
 * the 4 x 12 reliability data are Krippendorff's own example. */
#define EXACT 1e-9

static void assert_value(tt_agree_value v, double want)
{
	if (!v.defined)
		fail_msg("undefined: %s (wanted %.9f)", v.why_undefined, want);
	if (fabs(v.value - want) > EXACT)
		fail_msg("got %.12f, wanted %.12f", v.value, want);
}

static void assert_undefined(tt_agree_value v)
{
	assert_false(v.defined);
	assert_non_null(v.why_undefined);
	assert_true(strlen(v.why_undefined) > 0);
	assert_true(isnan(v.value));
}

/* A table built from one text row per coder ("1 2 . 3": '.' is missing),
 * categories numbered from base. Caller frees codes. */
static tt_agree_table coder_rows(const char *const *rows, size_t ncoders, size_t ncats, int base)
{
	size_t nunits = 0;
	for (const char *p = rows[0]; *p; p++)
		nunits += *p != ' ' && (p[1] == ' ' || p[1] == '\0');
	int *codes = tt_xcalloc(nunits * ncoders, sizeof *codes);
	for (size_t c = 0; c < ncoders; c++) {
		const char *p = rows[c];
		for (size_t u = 0; u < nunits; u++) {
			while (*p == ' ')
				p++;
			assert_true(*p != '\0');
			codes[u * ncoders + c] = *p == '.' ? TT_AGREE_MISSING : atoi(p) - base;
			while (*p && *p != ' ')
				p++;
		}
		while (*p == ' ')
			p++;
		assert_int_equal(*p, '\0'); /* every coder row has the same length */
	}
	return (tt_agree_table){nunits, ncoders, ncats, codes};
}

static void table_free(tt_agree_table *t)
{
	free((void *)t->codes);
}

/* ---- Cohen's kappa ---- */

static void test_cohen_matrix_3x3(void **state)
{
	(void)state;
	const long m[] = {0, 4, 1, 0, 8, 0, 0, 1, 5};
	tt_agree_value v = tt_agree_cohen_matrix(m, 3);
	assert_value(v, 107.0 / 221);
	assert_int_equal(v.n, 19);
}

static void test_cohen_matrix_2x2(void **state)
{
	(void)state;
	const long m[] = {20, 5, 10, 15};
	assert_value(tt_agree_cohen_matrix(m, 2), 0.4);
}

/* R irr's "anxiety" data, raters 2 and 3, categories 1..6. */
static const char *const anxiety[] = {
    "3 6 4 6 2 4 2 4 3 3 2 3 3 3 2 2 1 3 3 4",
    "2 1 4 4 3 2 1 6 1 1 1 2 3 3 1 1 3 3 2 2",
};

static void test_cohen_anxiety(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(anxiety, 2, 6, 1);
	assert_int_equal(t.nunits, 20);
	tt_agree_value k = tt_agree_cohen(&t, 0, 1);
	assert_value(k, -1.0 / 159);
	assert_int_equal(k.n, 20);
	tt_agree_value po = tt_agree_observed(&t, 0, 1);
	assert_value(po, 1.0 / 5);
	/* p_e recovered from kappa = (p_o - p_e) / (1 - p_e). */
	assert_true(fabs((po.value - k.value) / (1 - k.value) - 41.0 / 200) < EXACT);
	table_free(&t);
}

static void test_cohen_table_matches_its_confusion_matrix(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(anxiety, 2, 6, 1);
	long m[36];
	tt_agree_confusion(&t, 0, 1, m);
	long total = 0;
	for (int i = 0; i < 36; i++)
		total += m[i];
	assert_int_equal(total, 20);
	assert_int_equal(m[2 * 6 + 1], 3); /* rater 2 said 3 and rater 3 said 2 three times */
	assert_value(tt_agree_cohen_matrix(m, 6), -1.0 / 159);
	table_free(&t);
}

static void test_cohen_uses_units_both_coded(void **state)
{
	(void)state;
	/* The 2x2 example's 50 units, plus units only one coder coded. */
	int codes[2 * 56];
	size_t u = 0;
	const int cells[4][3] = {{0, 0, 20}, {0, 1, 5}, {1, 0, 10}, {1, 1, 15}};
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < cells[i][2]; j++, u++) {
			codes[2 * u] = cells[i][0];
			codes[2 * u + 1] = cells[i][1];
		}
	for (int j = 0; j < 6; j++, u++) {
		codes[2 * u] = j % 2 ? TT_AGREE_MISSING : j % 3 % 2;
		codes[2 * u + 1] = j % 2 ? 1 : TT_AGREE_MISSING;
	}
	tt_agree_table t = {56, 2, 2, codes};
	tt_agree_value v = tt_agree_cohen(&t, 0, 1);
	assert_value(v, 0.4);
	assert_int_equal(v.n, 50);
	assert_value(tt_agree_observed(&t, 0, 1), 0.7);
}

static void test_cohen_undefined(void **state)
{
	(void)state;
	const int one_cat[] = {1, 1, 1, 1, 1, 1};
	tt_agree_table t = {3, 2, 3, one_cat};
	assert_undefined(tt_agree_cohen(&t, 0, 1));
	assert_undefined(tt_agree_scott(&t, 0, 1));
	const int disjoint[] = {0, TT_AGREE_MISSING, TT_AGREE_MISSING, 1};
	tt_agree_table d = {2, 2, 2, disjoint};
	assert_undefined(tt_agree_cohen(&d, 0, 1));
	assert_undefined(tt_agree_observed(&d, 0, 1));
	const int ok[] = {0, 0, 1, 1};
	tt_agree_table o = {2, 2, 2, ok};
	assert_undefined(tt_agree_cohen(&o, 0, 2)); /* no such coder */
	const int bad[] = {0, 0, 2, 1};
	tt_agree_table b = {2, 2, 2, bad};
	assert_undefined(tt_agree_cohen(&b, 0, 1)); /* code outside the categories */
	const long empty[] = {0, 0, 0, 0};
	assert_undefined(tt_agree_cohen_matrix(empty, 2));
	const long negative[] = {3, -1, 0, 2};
	assert_undefined(tt_agree_cohen_matrix(negative, 2));
	const long single[] = {0, 0, 0, 7};
	assert_undefined(tt_agree_cohen_matrix(single, 2));
	assert_undefined(tt_agree_cohen(NULL, 0, 1));
}

static void test_cohen_perfect_agreement(void **state)
{
	(void)state;
	const long m[] = {4, 0, 0, 0, 3, 0, 0, 0, 9};
	assert_value(tt_agree_cohen_matrix(m, 3), 1.0);
	/* Different categories but no chance to agree: kappa is defined and 0 or below. */
	const long opposite[] = {0, 5, 5, 0};
	assert_value(tt_agree_cohen_matrix(opposite, 2), -1.0);
}

/* ---- Scott's pi ---- */

static void test_scott_2x2(void **state)
{
	(void)state;
	/* Pooled proportions 55/100 and 45/100: p_e = 0.505, pi = 0.195 / 0.495. */
	int codes[100];
	const int cells[4][3] = {{0, 0, 20}, {0, 1, 5}, {1, 0, 10}, {1, 1, 15}};
	size_t u = 0;
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < cells[i][2]; j++, u++) {
			codes[2 * u] = cells[i][0];
			codes[2 * u + 1] = cells[i][1];
		}
	tt_agree_table t = {50, 2, 2, codes};
	assert_value(tt_agree_scott(&t, 0, 1), 13.0 / 33);
}

/* ---- Fleiss' kappa ---- */

static void test_fleiss_counts_14_raters(void **state)
{
	(void)state;
	/* clang-format off */
	const long counts[] = {
		0, 0, 0, 0, 14,
		0, 2, 6, 4, 2,
		0, 0, 3, 5, 6,
		0, 3, 9, 2, 0,
		2, 2, 8, 1, 1,
		7, 7, 0, 0, 0,
		3, 2, 6, 3, 0,
		2, 5, 3, 2, 2,
		6, 5, 2, 1, 0,
		0, 2, 2, 3, 7,
	};
	/* clang-format on */
	tt_agree_value v = tt_agree_fleiss_counts(counts, 10, 5);
	assert_value(v, 4211.0 / 20059);
	assert_int_equal(v.n, 10);
}

/* Fleiss (1971): 30 subjects, 6 ratings each, categories 1..5. */
static const char *const fleiss1971[] = {
    "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334",
    "114444", "555555", "144444", "124444", "222333", "144444", "224445", "333335",
    "111455", "111112", "224444", "133555", "555555", "244444", "224555", "114444",
    "144445", "222224", "111155", "224444", "133333", "555555",
};

static void test_fleiss_1971_table(void **state)
{
	(void)state;
	int codes[30 * 6];
	for (size_t u = 0; u < 30; u++)
		for (size_t c = 0; c < 6; c++)
			codes[u * 6 + c] = fleiss1971[u][c] - '1';
	tt_agree_table t = {30, 6, 5, codes};
	tt_agree_value v = tt_agree_fleiss(&t);
	assert_value(v, 5437.0 / 12637);
	assert_int_equal(v.n, 30);
}

static void test_fleiss_1971_counts(void **state)
{
	(void)state;
	long counts[30 * 5] = {0};
	for (size_t u = 0; u < 30; u++)
		for (size_t c = 0; c < 6; c++)
			counts[u * 5 + (size_t)(fleiss1971[u][c] - '1')]++;
	assert_value(tt_agree_fleiss_counts(counts, 30, 5), 5437.0 / 12637);
}

static void test_fleiss_skips_incomplete_units(void **state)
{
	(void)state;
	int codes[31 * 6];
	for (size_t u = 0; u < 30; u++)
		for (size_t c = 0; c < 6; c++)
			codes[u * 6 + c] = fleiss1971[u][c] - '1';
	const int partial[6] = {0, 1, 2, TT_AGREE_MISSING, 4, 4};
	memcpy(codes + 30 * 6, partial, sizeof partial);
	tt_agree_table t = {31, 6, 5, codes};
	tt_agree_value v = tt_agree_fleiss(&t);
	assert_value(v, 5437.0 / 12637);
	assert_int_equal(v.n, 30);
}

static void test_fleiss_undefined(void **state)
{
	(void)state;
	const long unequal[] = {2, 1, /**/ 1, 1};
	assert_undefined(tt_agree_fleiss_counts(unequal, 2, 2));
	const long one_rater[] = {1, 0, 0, 1};
	assert_undefined(tt_agree_fleiss_counts(one_rater, 2, 2));
	const long one_cat[] = {3, 0, 3, 0};
	assert_undefined(tt_agree_fleiss_counts(one_cat, 2, 2));
	const long negative[] = {4, -1, 2, 1};
	assert_undefined(tt_agree_fleiss_counts(negative, 2, 2));
	assert_undefined(tt_agree_fleiss_counts(NULL, 0, 2));
	const int gaps[] = {0, TT_AGREE_MISSING, TT_AGREE_MISSING, 1};
	tt_agree_table t = {2, 2, 2, gaps};
	assert_undefined(tt_agree_fleiss(&t)); /* no unit coded by all */
	const int solo[] = {0, 1, 1};
	tt_agree_table s = {3, 1, 2, solo};
	assert_undefined(tt_agree_fleiss(&s));
}

static void test_fleiss_perfect_agreement(void **state)
{
	(void)state;
	const long counts[] = {3, 0, 0, /**/ 0, 3, 0, /**/ 0, 0, 3, /**/ 3, 0, 0};
	assert_value(tt_agree_fleiss_counts(counts, 4, 3), 1.0);
}

/* ---- Krippendorff's alpha, nominal ---- */

static const char *const kripp4x12[] = {
    "1 2 3 3 2 1 4 1 2 . . .",
    "1 2 3 3 2 2 4 1 2 5 . .",
    ". 3 3 3 2 3 4 2 2 5 1 3",
    "1 2 3 3 2 4 4 1 2 5 1 .",
};

static void test_alpha_krippendorff_example(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 5, 1);
	assert_int_equal(t.nunits, 12);
	tt_agree_value v = tt_agree_krippendorff_nominal(&t);
	assert_value(v, 113.0 / 152);
	assert_int_equal(v.n, 40);
	/* Without unit 12 (a single value, unpairable) nothing changes. */
	tt_agree_table shorter = t;
	shorter.nunits = 11;
	tt_agree_value w = tt_agree_krippendorff_nominal(&shorter);
	assert_value(w, 113.0 / 152);
	assert_int_equal(w.n, 40);
	table_free(&t);
}

static void test_alpha_missing_is_not_a_category(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 6, 1);
	/* A sixth category nobody used changes nothing... */
	assert_value(tt_agree_krippendorff_nominal(&t), 113.0 / 152);
	/* ...but counting "missing" as that category, the known bug, would. */
	int *as_cat = tt_xmalloc(t.nunits * t.ncoders * sizeof *as_cat);
	for (size_t i = 0; i < t.nunits * t.ncoders; i++)
		as_cat[i] = t.codes[i] == TT_AGREE_MISSING ? 5 : t.codes[i];
	tt_agree_table bug = {t.nunits, t.ncoders, 6, as_cat};
	tt_agree_value v = tt_agree_krippendorff_nominal(&bug);
	assert_true(v.defined);
	assert_true(fabs(v.value - 113.0 / 152) > 0.01);
	free(as_cat);
	table_free(&t);
}

static void test_alpha_3x15(void **state)
{
	(void)state;
	static const char *const rows[] = {
	    ". . . . . 3 4 1 2 1 1 3 3 . 3",
	    "1 . 2 1 3 3 4 3 . . . . . . .",
	    ". . 2 1 3 4 4 . 2 1 1 3 3 . 4",
	};
	tt_agree_table t = coder_rows(rows, 3, 4, 1);
	assert_value(tt_agree_krippendorff_nominal(&t), 56.0 / 81);
	table_free(&t);
}

static void test_alpha_small_edge_case(void **state)
{
	(void)state;
	/* Items {Y,N,N}, {Y,N}, {N}: Y = 0, N = 1. */
	static const char *const rows[] = {"0 0 1", "1 1 .", "1 . ."};
	tt_agree_table t = coder_rows(rows, 3, 2, 0);
	tt_agree_value v = tt_agree_krippendorff_nominal(&t);
	assert_value(v, -1.0 / 3);
	assert_int_equal(v.n, 5);
	table_free(&t);
}

static void test_alpha_perfect_agreement(void **state)
{
	(void)state;
	static const char *const rows[] = {"1 2 3 1 .", "1 2 3 1 2", ". 2 3 1 2"};
	tt_agree_table t = coder_rows(rows, 3, 3, 1);
	assert_value(tt_agree_krippendorff_nominal(&t), 1.0);
	table_free(&t);
}

static void test_alpha_undefined(void **state)
{
	(void)state;
	/* Only one value in the whole data. */
	static const char *const single[] = {". 2 .", ". . ."};
	tt_agree_table s = coder_rows(single, 2, 3, 1);
	assert_undefined(tt_agree_krippendorff_nominal(&s));
	table_free(&s);
	/* Many values, all one category: no disagreement could be expected. */
	static const char *const same[] = {"2 2 2 .", "2 2 . 2"};
	tt_agree_table o = coder_rows(same, 2, 3, 1);
	assert_undefined(tt_agree_krippendorff_nominal(&o));
	table_free(&o);
	/* Values that never meet in a unit cannot be paired. */
	static const char *const apart[] = {"1 . 3", ". 2 ."};
	tt_agree_table a = coder_rows(apart, 2, 3, 1);
	assert_undefined(tt_agree_krippendorff_nominal(&a));
	table_free(&a);
	tt_agree_table empty = {0, 3, 2, NULL};
	assert_undefined(tt_agree_krippendorff_nominal(&empty));
	const int bad[] = {0, 7};
	tt_agree_table b = {1, 2, 2, bad};
	assert_undefined(tt_agree_krippendorff_nominal(&b));
}

/* ---- cross-checks and invariants ---- */

/* Two coders, no missing values: alpha = 1 - (1 - pi) (2N - 1) / (2N), and
 * Fleiss' kappa with two raters is Scott's pi. */
static void test_alpha_scott_fleiss_relation(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(anxiety, 2, 6, 1);
	tt_agree_value pi = tt_agree_scott(&t, 0, 1);
	tt_agree_value alpha = tt_agree_krippendorff_nominal(&t);
	assert_true(pi.defined);
	double n2 = 2.0 * (double)t.nunits;
	assert_value(alpha, 1 - (1 - pi.value) * (n2 - 1) / n2);
	assert_value(tt_agree_fleiss(&t), pi.value);
	table_free(&t);
}

static unsigned long rng = 12345;

static unsigned next_rand(unsigned bound)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(rng >> 33) % bound;
}

/* A pseudo-random table with about one code in six missing. Caller frees codes. */
static tt_agree_table random_table(size_t nunits, size_t ncoders, size_t ncats)
{
	int *codes = tt_xmalloc(nunits * ncoders * sizeof *codes);
	for (size_t i = 0; i < nunits * ncoders; i++) {
		/* Coders lean towards the unit's "true" category so values are not all ~0. */
		int truth = (int)((i / ncoders) % ncats);
		unsigned r = next_rand(6);
		codes[i] = r == 0  ? TT_AGREE_MISSING
		           : r < 4 ? truth
		                   : (int)next_rand((unsigned)ncats);
	}
	return (tt_agree_table){nunits, ncoders, ncats, codes};
}

static void assert_same(tt_agree_value a, tt_agree_value b)
{
	assert_int_equal(a.defined, b.defined);
	assert_int_equal(a.n, b.n);
	if (a.defined)
		assert_true(fabs(a.value - b.value) < EXACT);
}

static void test_swapping_coders_changes_nothing(void **state)
{
	(void)state;
	for (int round = 0; round < 20; round++) {
		tt_agree_table t = random_table(40, 4, 4);
		/* Reverse the coder order. */
		int *rev = tt_xmalloc(t.nunits * t.ncoders * sizeof *rev);
		for (size_t u = 0; u < t.nunits; u++)
			for (size_t c = 0; c < t.ncoders; c++)
				rev[u * t.ncoders + c] = t.codes[u * t.ncoders + t.ncoders - 1 - c];
		tt_agree_table r = {t.nunits, t.ncoders, t.ncats, rev};
		assert_same(tt_agree_cohen(&t, 0, 1), tt_agree_cohen(&t, 1, 0));
		assert_same(tt_agree_cohen(&t, 0, 1), tt_agree_cohen(&r, 3, 2));
		assert_same(tt_agree_scott(&t, 1, 2), tt_agree_scott(&r, 1, 2));
		assert_same(tt_agree_fleiss(&t), tt_agree_fleiss(&r));
		assert_same(tt_agree_krippendorff_nominal(&t), tt_agree_krippendorff_nominal(&r));
		free(rev);
		table_free(&t);
	}
}

static void test_relabelling_categories_changes_nothing(void **state)
{
	(void)state;
	const int perm[5] = {3, 0, 4, 1, 2};
	for (int round = 0; round < 20; round++) {
		tt_agree_table t = random_table(30, 3, 5);
		int *re = tt_xmalloc(t.nunits * t.ncoders * sizeof *re);
		for (size_t i = 0; i < t.nunits * t.ncoders; i++)
			re[i] =
			    t.codes[i] == TT_AGREE_MISSING ? TT_AGREE_MISSING : perm[t.codes[i]];
		tt_agree_table r = {t.nunits, t.ncoders, t.ncats, re};
		assert_same(tt_agree_cohen(&t, 0, 2), tt_agree_cohen(&r, 0, 2));
		assert_same(tt_agree_scott(&t, 0, 1), tt_agree_scott(&r, 0, 1));
		assert_same(tt_agree_fleiss(&t), tt_agree_fleiss(&r));
		assert_same(tt_agree_krippendorff_nominal(&t), tt_agree_krippendorff_nominal(&r));
		free(re);
		table_free(&t);
	}
}

static void test_reordering_units_changes_nothing(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 5, 1);
	int *rev = tt_xmalloc(t.nunits * t.ncoders * sizeof *rev);
	for (size_t u = 0; u < t.nunits; u++)
		memcpy(rev + u * t.ncoders, t.codes + (t.nunits - 1 - u) * t.ncoders,
		       t.ncoders * sizeof *rev);
	tt_agree_table r = {t.nunits, t.ncoders, t.ncats, rev};
	assert_same(tt_agree_krippendorff_nominal(&t), tt_agree_krippendorff_nominal(&r));
	assert_same(tt_agree_cohen(&t, 0, 3), tt_agree_cohen(&r, 0, 3));
	free(rev);
	table_free(&t);
}

static void test_results_stay_in_range(void **state)
{
	(void)state;
	for (int round = 0; round < 50; round++) {
		tt_agree_table t =
		    random_table(1 + next_rand(12), 2 + next_rand(3), 1 + next_rand(4));
		tt_agree_value vs[] = {tt_agree_cohen(&t, 0, 1), tt_agree_scott(&t, 0, 1),
		                       tt_agree_observed(&t, 0, 1), tt_agree_fleiss(&t),
		                       tt_agree_krippendorff_nominal(&t)};
		for (size_t i = 0; i < sizeof vs / sizeof *vs; i++) {
			if (!vs[i].defined) {
				assert_undefined(vs[i]);
				continue;
			}
			assert_true(isfinite(vs[i].value));
			assert_true(vs[i].value <= 1 + EXACT);
			assert_true(vs[i].value >= -1 - EXACT || i == 4); /* alpha can go lower */
		}
		table_free(&t);
	}
}

static void test_format(void **state)
{
	(void)state;
	char buf[128];
	const long m[] = {0, 4, 1, 0, 8, 0, 0, 1, 5};
	tt_agree_format(tt_agree_cohen_matrix(m, 3), 4, buf, sizeof buf);
	assert_string_equal(buf, "0.4842");
	const long single[] = {0, 0, 0, 7};
	tt_agree_format(tt_agree_cohen_matrix(single, 2), 3, buf, sizeof buf);
	assert_true(strncmp(buf, "undefined (", 11) == 0);
	assert_null(strstr(buf, "nan"));
	tt_agree_value tiny = {.defined = 1, .value = -0.0001};
	tt_agree_format(tiny, 3, buf, sizeof buf);
	assert_string_equal(buf, "0.000");
	tt_agree_value neg = {.defined = 1, .value = -1.0 / 3};
	tt_agree_format(neg, 3, buf, sizeof buf);
	assert_string_equal(buf, "-0.333");
}

/* ---- breakdowns ---- */

/* Alpha kept in parts per thread and summed is alpha over all units: the
 * Krippendorff example split in two halves still gives 113/152 on 40 values. */
static void test_alpha_parts_add_up(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 5, 1);
	long totals[5] = {0};
	tt_agree_alpha_parts parts = {.totals = totals, .ncats = 5};
	unsigned char first[12] = {1, 1, 1, 1, 1, 1};
	unsigned char second[12] = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1};
	int codes[48];
	tt_agree_table half;
	assert_int_equal(tt_agree_select(&t, first, codes, &half), 6);
	tt_agree_alpha_add(&half, &parts);
	assert_int_equal(tt_agree_select(&t, second, codes, &half), 6);
	tt_agree_alpha_add(&half, &parts);
	tt_agree_value v = tt_agree_alpha_from_parts(&parts);
	assert_value(v, 113.0 / 152);
	assert_int_equal(v.n, 40);
	table_free(&t);
}

/* One value against the rest: {Y,N,M}, {Y,M}, {N} becomes {Y,N,N}, {Y,N}, {N},
 * the published edge case with alpha = -1/3. */
static void test_one_vs_rest(void **state)
{
	(void)state;
	static const char *const rows[] = {"1 1 2", "2 3 .", "3 . ."};
	tt_agree_table t = coder_rows(rows, 3, 3, 1);
	int codes[9];
	tt_agree_table bin;
	tt_agree_one_vs_rest(&t, 0, codes, &bin);
	assert_int_equal(bin.ncats, 2);
	assert_int_equal(codes[0], 1);                /* unit 1, coder 1 gave Y */
	assert_int_equal(codes[1], 0);                /* coder 2 gave N: the rest */
	assert_int_equal(codes[5], TT_AGREE_MISSING); /* missing stays missing */
	assert_value(tt_agree_krippendorff_nominal(&bin), -1.0 / 3);
	table_free(&t);
}

static void test_select(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 5, 1);
	unsigned char keep[12] = {[1] = 1, [9] = 1};
	int codes[48];
	tt_agree_table sub;
	assert_int_equal(tt_agree_select(&t, keep, codes, &sub), 2);
	assert_int_equal(sub.nunits, 2);
	const int want[] = {1,
	                    1,
	                    2,
	                    1, /* unit 2: 2 2 3 2 */
	                    TT_AGREE_MISSING,
	                    4,
	                    4,
	                    4 /* unit 10: . 5 5 5 */};
	assert_memory_equal(codes, want, sizeof want);
	table_free(&t);
}

/* Coders A and C of Krippendorff's example: A coded units 1-9, C units 2-12. */
static void test_coverage(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 5, 1);
	size_t both, only_a, only_c;
	tt_agree_coverage(&t, 0, 2, &both, &only_a, &only_c);
	assert_int_equal(both, 8);
	assert_int_equal(only_a, 1);
	assert_int_equal(only_c, 3);
	/* Kappa rests on exactly the units both coded. */
	assert_int_equal(tt_agree_cohen(&t, 0, 2).n, both);
	table_free(&t);
}

/* The units behind one cell of the confusion matrix, and every cell's count
 * agreeing with the matrix (anxiety data: rater 2 said 3, rater 3 said 1 on
 * subjects 9 and 10). */
static void test_cell(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(anxiety, 2, 6, 1);
	size_t units[20];
	assert_int_equal(tt_agree_cell(&t, 0, 1, 2, 0, units), 2);
	assert_int_equal(units[0], 8);
	assert_int_equal(units[1], 9);
	long m[36];
	tt_agree_confusion(&t, 0, 1, m);
	for (int i = 0; i < 6; i++)
		for (int j = 0; j < 6; j++)
			assert_int_equal(tt_agree_cell(&t, 0, 1, i, j, NULL), m[i * 6 + j]);
	assert_int_equal(tt_agree_cell(&t, 0, 1, -1, 0, units), 0);
	table_free(&t);
}

static void test_unit_disagrees(void **state)
{
	(void)state;
	tt_agree_table t = coder_rows(kripp4x12, 4, 5, 1);
	assert_false(tt_agree_unit_disagrees(&t, 0));  /* 1 1 . 1 */
	assert_true(tt_agree_unit_disagrees(&t, 1));   /* 2 2 3 2 */
	assert_false(tt_agree_unit_disagrees(&t, 11)); /* . . 3 .: one value */
	table_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cohen_matrix_3x3),
	    cmocka_unit_test(test_cohen_matrix_2x2),
	    cmocka_unit_test(test_cohen_anxiety),
	    cmocka_unit_test(test_cohen_table_matches_its_confusion_matrix),
	    cmocka_unit_test(test_cohen_uses_units_both_coded),
	    cmocka_unit_test(test_cohen_undefined),
	    cmocka_unit_test(test_cohen_perfect_agreement),
	    cmocka_unit_test(test_scott_2x2),
	    cmocka_unit_test(test_fleiss_counts_14_raters),
	    cmocka_unit_test(test_fleiss_1971_table),
	    cmocka_unit_test(test_fleiss_1971_counts),
	    cmocka_unit_test(test_fleiss_skips_incomplete_units),
	    cmocka_unit_test(test_fleiss_undefined),
	    cmocka_unit_test(test_fleiss_perfect_agreement),
	    cmocka_unit_test(test_alpha_krippendorff_example),
	    cmocka_unit_test(test_alpha_missing_is_not_a_category),
	    cmocka_unit_test(test_alpha_3x15),
	    cmocka_unit_test(test_alpha_small_edge_case),
	    cmocka_unit_test(test_alpha_perfect_agreement),
	    cmocka_unit_test(test_alpha_undefined),
	    cmocka_unit_test(test_alpha_scott_fleiss_relation),
	    cmocka_unit_test(test_swapping_coders_changes_nothing),
	    cmocka_unit_test(test_relabelling_categories_changes_nothing),
	    cmocka_unit_test(test_reordering_units_changes_nothing),
	    cmocka_unit_test(test_results_stay_in_range),
	    cmocka_unit_test(test_format),
	    cmocka_unit_test(test_alpha_parts_add_up),
	    cmocka_unit_test(test_one_vs_rest),
	    cmocka_unit_test(test_select),
	    cmocka_unit_test(test_coverage),
	    cmocka_unit_test(test_cell),
	    cmocka_unit_test(test_unit_disagrees),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
