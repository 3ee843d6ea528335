/* cmd_agree: `threadtag agree` measures how far annotators agree on one dimension. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/agree.h"
#include "threadtag/cmd.h"
#include "threadtag/coding.h"
#include "threadtag/exitcodes.h"
#include "threadtag/project.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static void agree_help(void)
{
	printf("usage: threadtag agree THREAD --tags A --tags B [--tags C]...\n"
	       "       threadtag agree DIR\n"
	       "                       [--dimension DIM] [--format text|yaml]\n\n"
	       "Agreement between annotators on one dimension (default: the scheme's first,\n"
	       "stance), over one thread's stores or over every thread and annotator of a\n"
	       "project folder DIR: Cohen's kappa and Scott's pi for each pair (on the items\n"
	       "both coded, with how many each coded alone), Fleiss' kappa over the items\n"
	       "every annotator tagged, Krippendorff's alpha (nominal; missing values\n"
	       "allowed), alpha per value (one value against the rest) and per depth\n"
	       "(top-level comments, replies), the confusion matrix of each pair, and the\n"
	       "items where they disagree with author and first words.\n"
	       "A coefficient that cannot be computed is reported as undefined, with why.\n\n"
	       "  --tags FILE       a tag store, one per annotator (two or more)\n"
	       "  --dimension DIM   the dimension to compare (default: the first)\n"
	       "  --format FORMAT   text (default) or yaml; the keys are in threadtag(1)\n\n"
	       "Exit 0, 64 bad usage, 65 bad data, 66 missing input.\n");
}

/* What the report is about: a coding and where it came from. */
struct report {
	const tt_coding *c;
	tt_agree_table table;
	const char *thread;  /* the thread's id, or NULL for a project */
	const char *project; /* the project's name, or NULL */
};

static size_t coded_by_all(const tt_agree_table *t)
{
	size_t n = 0;
	for (size_t u = 0; u < t->nunits; u++) {
		size_t k = 0;
		while (k < t->ncoders && t->codes[u * t->ncoders + k] != TT_AGREE_MISSING)
			k++;
		n += k == t->ncoders;
	}
	return n;
}

static size_t count_disagreements(const tt_agree_table *t)
{
	size_t n = 0;
	for (size_t u = 0; u < t->nunits; u++)
		n += (size_t)tt_agree_unit_disagrees(t, u);
	return n;
}

/* How often coders used category k. */
static size_t uses(const tt_agree_table *t, int k)
{
	size_t n = 0;
	for (size_t i = 0; i < t->nunits * t->ncoders; i++)
		n += t->codes[i] == k;
	return n;
}

/* Alpha of category k against the rest. */
static tt_agree_value value_alpha(const tt_agree_table *t, int k)
{
	int *codes = tt_xcalloc(t->nunits * t->ncoders + 1, sizeof *codes);
	tt_agree_table bin;
	tt_agree_one_vs_rest(t, k, codes, &bin);
	tt_agree_value v = tt_agree_krippendorff_nominal(&bin);
	free(codes);
	return v;
}

enum { DEPTH_TOP, DEPTH_REPLIES, NDEPTHS };
static const char *const depth_key[NDEPTHS] = {"top_level", "replies"};
static const char *const depth_name[NDEPTHS] = {"top-level comments", "replies"};

/* The figures of one depth group: its items, alpha and Fleiss' kappa. */
struct depth_figures {
	size_t items;
	tt_agree_value alpha, fleiss;
};

static struct depth_figures depth_group(const struct report *r, int group)
{
	const tt_agree_table *t = &r->table;
	unsigned char *keep = tt_xcalloc(t->nunits + 1, 1);
	for (size_t u = 0; u < t->nunits; u++) {
		int d = r->c->units[u].depth;
		keep[u] = group == DEPTH_TOP ? d == 0 : d > 0;
	}
	int *codes = tt_xcalloc(t->nunits * t->ncoders + 1, sizeof *codes);
	tt_agree_table sub;
	struct depth_figures f = {.items = tt_agree_select(t, keep, codes, &sub)};
	f.alpha = tt_agree_krippendorff_nominal(&sub);
	f.fleiss = tt_agree_fleiss(&sub);
	free(codes);
	free(keep);
	return f;
}

/* ---- text ---- */

/* One coefficient and what it rests on ("items" or "pairable values"). */
static void text_value(const char *name, tt_agree_value v, const char *unit)
{
	if (v.defined)
		printf("%s %8.4f  (%zu %s)\n", tt_text_fit(name, -30, -1), v.value, v.n, unit);
	else
		printf("%s undefined (%s)\n", tt_text_fit(name, -30, -1),
		       v.why_undefined ? v.why_undefined : "?");
}

static void text_confusion(const struct report *r, size_t a, size_t b)
{
	const tt_coding *c = r->c;
	long *m = tt_xcalloc(c->ncats * c->ncats + 1, sizeof *m);
	tt_agree_confusion(&r->table, a, b, m);
	printf("\nconfusion (rows %s, columns %s):\n%14s", tt_text_safe(c->coders[a]),
	       tt_text_safe(c->coders[b]), "");
	for (size_t j = 0; j < c->ncats; j++)
		printf(" %s", tt_text_fit(c->cats[j], 9, 9));
	printf("\n");
	for (size_t i = 0; i < c->ncats; i++) {
		printf("  %s", tt_text_fit(c->cats[i], -12, 12));
		for (size_t j = 0; j < c->ncats; j++)
			printf(" %9ld", m[i * c->ncats + j]);
		printf("\n");
	}
	free(m);
}

static void text_disagreements(const struct report *r)
{
	const tt_coding *c = r->c;
	printf("\ndisagreements: %zu\n", count_disagreements(&r->table));
	for (size_t u = 0; u < c->nunits; u++) {
		if (!tt_agree_unit_disagrees(&r->table, u))
			continue;
		const tt_coding_unit *U = &c->units[u];
		if (!r->thread)
			printf("  %s", tt_text_safe(c->threads[U->thread]));
		printf("  %s", tt_text_fit(U->item, -16, -1));
		for (size_t k = 0; k < c->ncoders; k++) {
			int v = c->codes[u * c->ncoders + k];
			printf("  %s: %s", tt_text_safe(c->coders[k]),
			       v >= 0 ? tt_text_safe(c->cats[v]) : "-");
		}
		printf("\n");
		if (U->snippet)
			printf("      %s: %s\n", tt_text_safe(U->author ? U->author : "?"),
			       tt_text_safe(U->snippet));
	}
}

static void text_pairs(const struct report *r)
{
	const tt_coding *c = r->c;
	printf("\nper annotator pair (kappa and pi on the items both coded):\n");
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++) {
			size_t both, oa, ob;
			char k[96], p[96], o[96];
			tt_agree_coverage(&r->table, a, b, &both, &oa, &ob);
			tt_agree_format(tt_agree_cohen(&r->table, a, b), 3, k, sizeof k);
			tt_agree_format(tt_agree_scott(&r->table, a, b), 3, p, sizeof p);
			tt_agree_format(tt_agree_observed(&r->table, a, b), 3, o, sizeof o);
			printf("  %s", tt_text_safe(c->coders[a]));
			printf(" / %s: kappa %s, pi %s, observed %s; %zu both coded, %zu only by "
			       "the first, %zu only by the second\n",
			       tt_text_safe(c->coders[b]), k, p, o, both, oa, ob);
		}
}

static void text_values(const struct report *r)
{
	printf("\nper value (the value against all others, Krippendorff's alpha):\n");
	for (size_t k = 0; k < r->c->ncats; k++) {
		char buf[128];
		tt_agree_format(value_alpha(&r->table, (int)k), 3, buf, sizeof buf);
		printf("  %s %6zu uses  alpha %s\n", tt_text_fit(r->c->cats[k], -12, -1),
		       uses(&r->table, (int)k), buf);
	}
}

static void text_depths(const struct report *r)
{
	printf("\nper depth:\n");
	for (int g = 0; g < NDEPTHS; g++) {
		struct depth_figures f = depth_group(r, g);
		char a[128], k[128];
		tt_agree_format(f.alpha, 3, a, sizeof a);
		tt_agree_format(f.fleiss, 3, k, sizeof k);
		printf("  %-18s %6zu items  alpha %s, Fleiss' kappa %s\n", depth_name[g], f.items,
		       a, k);
	}
}

static void print_text(const struct report *r)
{
	const tt_coding *c = r->c;
	const tt_agree_table *t = &r->table;
	if (r->project)
		printf("project:     %s (%zu threads)\n", tt_text_safe(r->project), c->nthreads);
	printf("dimension:   %s (%zu categories)\n", tt_text_safe(c->dim), c->ncats);
	printf("annotators:  ");
	for (size_t k = 0; k < c->ncoders; k++)
		printf("%s%s", k ? ", " : "", tt_text_safe(c->coders[k]));
	printf("\nitems:       %zu coded by at least one, %zu by all\n\n", c->nunits,
	       coded_by_all(t));
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++) {
			char name[1024];
			snprintf(name, sizeof name, "Cohen's kappa (%s, %s)", c->coders[a],
			         c->coders[b]);
			text_value(name, tt_agree_cohen(t, a, b), "items");
			snprintf(name, sizeof name, "Scott's pi (%s, %s)", c->coders[a],
			         c->coders[b]);
			text_value(name, tt_agree_scott(t, a, b), "items");
		}
	text_value("Fleiss' kappa", tt_agree_fleiss(t), "items");
	text_value("Krippendorff's alpha (nominal)", tt_agree_krippendorff_nominal(t),
	           "pairable values");
	text_pairs(r);
	text_values(r);
	text_depths(r);
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++)
			text_confusion(r, a, b);
	text_disagreements(r);
}

/* ---- yaml ---- */

static void yaml_number(tt_yemit *e, const char *key, tt_agree_value v)
{
	char num[64];
	tt_yemit_raw(e, key);
	if (!v.defined) {
		tt_yemit_raw(e, "null");
		return;
	}
	snprintf(num, sizeof num, "%.12g", v.value);
	if (!strchr(num, '.') && !strchr(num, 'e') && !strchr(num, 'n'))
		strcat(num, ".0"); /* a float to YAML readers, even when whole */
	tt_yemit_raw(e, num);
}

static void yaml_undefined(tt_yemit *e, const char *const *keys, const tt_agree_value *v, size_t n)
{
	size_t bad = 0;
	for (size_t i = 0; i < n; i++)
		bad += !v[i].defined;
	if (!bad)
		return;
	tt_yemit_raw(e, "undefined");
	tt_yemit_map_start(e, 0);
	for (size_t i = 0; i < n; i++)
		if (!v[i].defined)
			tt_yemit_kv(e, keys[i], v[i].why_undefined ? v[i].why_undefined : "?");
	tt_yemit_map_end(e);
}

/* Several coefficients as keys, then "undefined:" with the reasons of those without value. */
static void yaml_values(tt_yemit *e, const char *const *keys, const tt_agree_value *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		yaml_number(e, keys[i], v[i]);
	yaml_undefined(e, keys, v, n);
}

static void yaml_confusion(tt_yemit *e, const struct report *r)
{
	const tt_coding *c = r->c;
	long *m = tt_xcalloc(c->ncats * c->ncats + 1, sizeof *m);
	tt_yemit_raw(e, "confusion");
	tt_yemit_seq_start(e, 0);
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++) {
			tt_agree_confusion(&r->table, a, b, m);
			tt_yemit_map_start(e, 0);
			tt_yemit_kv(e, "rows", c->coders[a]);
			tt_yemit_kv(e, "columns", c->coders[b]);
			tt_yemit_raw(e, "matrix");
			tt_yemit_seq_start(e, 0);
			for (size_t i = 0; i < c->ncats; i++) {
				tt_yemit_seq_start(e, 1);
				for (size_t j = 0; j < c->ncats; j++) {
					char num[32];
					snprintf(num, sizeof num, "%ld", m[i * c->ncats + j]);
					tt_yemit_raw(e, num);
				}
				tt_yemit_seq_end(e);
			}
			tt_yemit_seq_end(e);
			tt_yemit_map_end(e);
		}
	tt_yemit_seq_end(e);
	free(m);
}

static void yaml_pairs(tt_yemit *e, const struct report *r)
{
	static const char *const keys[] = {"cohen_kappa", "scott_pi", "observed"};
	const tt_coding *c = r->c;
	tt_yemit_raw(e, "pairs");
	tt_yemit_seq_start(e, 0);
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++) {
			size_t both, oa, ob;
			tt_agree_coverage(&r->table, a, b, &both, &oa, &ob);
			tt_agree_value v[3] = {tt_agree_cohen(&r->table, a, b),
			                       tt_agree_scott(&r->table, a, b),
			                       tt_agree_observed(&r->table, a, b)};
			tt_yemit_map_start(e, 0);
			tt_yemit_kv(e, "a", c->coders[a]);
			tt_yemit_kv(e, "b", c->coders[b]);
			yaml_values(e, keys, v, 3);
			tt_yemit_kv_int(e, "both", (long long)both);
			tt_yemit_kv_int(e, "only_a", (long long)oa);
			tt_yemit_kv_int(e, "only_b", (long long)ob);
			tt_yemit_map_end(e);
		}
	tt_yemit_seq_end(e);
}

static void yaml_per_value(tt_yemit *e, const struct report *r)
{
	static const char *const keys[] = {"alpha"};
	tt_yemit_raw(e, "per_value");
	tt_yemit_map_start(e, 0);
	for (size_t k = 0; k < r->c->ncats; k++) {
		tt_agree_value v = value_alpha(&r->table, (int)k);
		tt_yemit_str(e, r->c->cats[k], TT_YS_ANY);
		tt_yemit_map_start(e, 0);
		tt_yemit_kv_int(e, "uses", (long long)uses(&r->table, (int)k));
		yaml_values(e, keys, &v, 1);
		if (v.defined)
			tt_yemit_kv_int(e, "pairable", (long long)v.n);
		tt_yemit_map_end(e);
	}
	tt_yemit_map_end(e);
}

static void yaml_per_depth(tt_yemit *e, const struct report *r)
{
	static const char *const keys[] = {"krippendorff_alpha", "fleiss_kappa"};
	tt_yemit_raw(e, "per_depth");
	tt_yemit_map_start(e, 0);
	for (int g = 0; g < NDEPTHS; g++) {
		struct depth_figures f = depth_group(r, g);
		tt_agree_value v[2] = {f.alpha, f.fleiss};
		tt_yemit_raw(e, depth_key[g]);
		tt_yemit_map_start(e, 0);
		tt_yemit_kv_int(e, "items", (long long)f.items);
		yaml_values(e, keys, v, 2);
		tt_yemit_map_end(e);
	}
	tt_yemit_map_end(e);
}

static void yaml_disagreement(tt_yemit *e, const struct report *r, size_t u)
{
	const tt_coding *c = r->c;
	const tt_coding_unit *U = &c->units[u];
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "item", U->item);
	tt_yemit_raw(e, "values");
	tt_yemit_map_start(e, 0);
	for (size_t k = 0; k < c->ncoders; k++) {
		int v = c->codes[u * c->ncoders + k];
		tt_yemit_str(e, c->coders[k], TT_YS_ANY);
		if (v >= 0)
			tt_yemit_str(e, c->cats[v], TT_YS_ANY);
		else
			tt_yemit_raw(e, "null");
	}
	tt_yemit_map_end(e);
	if (!r->thread)
		tt_yemit_kv(e, "thread", c->threads[U->thread]);
	if (U->author)
		tt_yemit_kv(e, "author", U->author);
	if (U->snippet)
		tt_yemit_kv(e, "snippet", U->snippet);
	tt_yemit_kv_int(e, "depth", U->depth);
	tt_yemit_map_end(e);
}

static void yaml_disagreements(tt_yemit *e, const struct report *r)
{
	tt_yemit_raw(e, "disagreements");
	tt_yemit_seq_start(e, 0);
	for (size_t u = 0; u < r->c->nunits; u++)
		if (tt_agree_unit_disagrees(&r->table, u))
			yaml_disagreement(e, r, u);
	tt_yemit_seq_end(e);
}

static void yaml_header(tt_yemit *e, const struct report *r)
{
	const tt_coding *c = r->c;
	if (r->thread)
		tt_yemit_kv(e, "thread", r->thread);
	else {
		tt_yemit_kv(e, "project", r->project);
		tt_yemit_kv_int(e, "threads", (long long)c->nthreads);
	}
	tt_yemit_kv(e, "dimension", c->dim);
	tt_yemit_raw(e, "annotators");
	tt_yemit_seq_start(e, 1);
	for (size_t k = 0; k < c->ncoders; k++)
		tt_yemit_str(e, c->coders[k], TT_YS_ANY);
	tt_yemit_seq_end(e);
	tt_yemit_raw(e, "categories");
	tt_yemit_seq_start(e, 1);
	for (size_t i = 0; i < c->ncats; i++)
		tt_yemit_str(e, c->cats[i], TT_YS_ANY);
	tt_yemit_seq_end(e);
	tt_yemit_kv_int(e, "items", (long long)c->nunits);
	tt_yemit_kv_int(e, "items_all", (long long)coded_by_all(&r->table));
}

static int print_yaml(const struct report *r)
{
	static const char *const keys[] = {"cohen_kappa", "scott_pi", "fleiss_kappa",
	                                   "krippendorff_alpha"};
	const tt_agree_table *t = &r->table;
	tt_agree_value v[4] = {{0}, {0}, tt_agree_fleiss(t), tt_agree_krippendorff_nominal(t)};
	/* The pairwise coefficients have one value only when there is one pair. */
	size_t first = r->c->ncoders == 2 ? 0 : 2;
	if (!first) {
		v[0] = tt_agree_cohen(t, 0, 1);
		v[1] = tt_agree_scott(t, 0, 1);
	}
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	yaml_header(e, r);
	yaml_values(e, keys + first, v + first, 4 - first);
	yaml_pairs(e, r);
	yaml_per_value(e, r);
	yaml_per_depth(e, r);
	yaml_confusion(e, r);
	yaml_disagreements(e, r);
	tt_yemit_map_end(e);
	return tt_tagcli_print_yaml(e, "result");
}

static int report(const struct report *r, const char *format)
{
	if (format && !strcmp(format, "yaml"))
		return print_yaml(r);
	print_text(r);
	return 0; /* a failed write to stdout is reported once, by main */
}

/* ---- input: one thread and its stores ---- */

/* Annotator names; the file is added when two stores share a name. */
static char **name_coders(tt_tagstore **stores, size_t n)
{
	char **names = tt_xcalloc(n + 1, sizeof *names);
	for (size_t k = 0; k < n; k++) {
		const char *a = tt_tagstore_annotator(stores[k]);
		int dup = 0;
		for (size_t j = 0; j < n; j++)
			dup |= j != k && !strcmp(a, tt_tagstore_annotator(stores[j]));
		names[k] =
		    dup ? tt_xasprintf("%s (%s)", a, tt_tagstore_path(stores[k])) : tt_xstrdup(a);
	}
	return names;
}

static int no_dimension(const char *file, const char *dim)
{
	fprintf(stderr, "threadtag: %s: the scheme has no dimension '%s'\n", tt_text_safe(file),
	        tt_text_safe(dim));
	return EX_DATAERR;
}

static int coding_of_stores(const tt_thread *t, tt_tagstore **stores, size_t n, const char *dim,
                            tt_coding **out)
{
	const tt_scheme *first = tt_tagstore_scheme(stores[0]);
	if (!dim && first->ndims)
		dim = first->dims[0].name;
	for (size_t k = 0; dim && k < n; k++)
		if (tt_scheme_dim_index(tt_tagstore_scheme(stores[k]), dim) < 0)
			return no_dimension(tt_tagstore_path(stores[k]), dim);
	char **names = name_coders(stores, n);
	*out = tt_coding_new(tt_tagstore_scheme(stores[0]), dim, (const char *const *)names, n);
	for (size_t k = 0; k < n; k++)
		free(names[k]);
	free(names);
	if (!*out)
		return no_dimension(tt_tagstore_path(stores[0]), dim ? dim : "?");
	tt_coding_add_thread(*out, t, t->id, stores);
	return 0;
}

static int agree_stores(const tt_tagcli_args *cli, const char *dim, const char *format)
{
	tt_thread *t = NULL;
	tt_tagstore **stores = tt_xcalloc(cli->ntags + 1, sizeof *stores);
	tt_coding *c = NULL;
	int rc = tt_tagcli_thread(cli->thread, &t);
	for (size_t k = 0; rc == 0 && k < cli->ntags; k++)
		rc = tt_tagcli_store(t, cli->tags[k], NULL, NULL, 1, 1, &stores[k]);
	if (rc == 0)
		rc = coding_of_stores(t, stores, cli->ntags, dim, &c);
	if (rc == 0) {
		struct report r = {.c = c, .table = tt_coding_table(c), .thread = t->id};
		rc = report(&r, format);
	}
	tt_coding_free(c);
	tt_tagcli_close(t, stores, cli->ntags);
	return rc;
}

/* ---- input: a project ---- */

/* Adds one thread file of the project with every annotator's store; 0, or the
 * number of files that failed to load (each reported). */
static int add_project_thread(tt_coding *c, const tt_project *p, const char *file,
                              tt_tagstore **stores)
{
	tt_error err;
	int eno = 0, bad = 0;
	tt_thread *t = tt_thread_load(file, &err, &eno);
	if (!t) {
		tt_error_print(&err);
		return 1;
	}
	for (size_t a = 0; a < p->nannotators; a++)
		stores[a] = tt_project_store_open(p, p->annotators[a], t, &bad);
	const char *slash = strrchr(file, '/');
	tt_coding_add_thread(c, t, slash ? slash + 1 : file, stores);
	for (size_t a = 0; a < p->nannotators; a++)
		if (stores[a])
			tt_tagstore_close(stores[a], NULL);
	tt_thread_free(t);
	return bad;
}

static int too_few_annotators(const tt_project *p)
{
	fprintf(stderr,
	        "threadtag: %s: agreement needs two or more annotators under tags/, found %zu\n",
	        tt_text_safe(p->dir), p->nannotators);
	return EX_DATAERR;
}

static int agree_project(const char *dir, const char *dim, const char *format)
{
	tt_error err;
	int rc;
	tt_project *p = tt_project_open(dir, &err, &rc);
	if (!p) {
		tt_error_print(&err);
		return rc;
	}
	tt_scheme *sc = tt_project_scheme(p);
	tt_coding *c = NULL;
	if (!sc || tt_project_scheme_check_all(p, sc))
		rc = EX_DATAERR;
	else if (p->nannotators < 2)
		rc = too_few_annotators(p);
	else if (!(c = tt_coding_new(sc, dim, (const char *const *)p->annotators, p->nannotators)))
		rc = no_dimension(p->scheme ? p->scheme : "the built-in scheme", dim);
	int bad = 0;
	tt_tagstore **stores = tt_xcalloc(p->nannotators + 1, sizeof *stores);
	for (size_t i = 0; c && i < p->nthreads; i++)
		bad += add_project_thread(c, p, p->threads[i], stores);
	if (c) {
		struct report r = {.c = c, .table = tt_coding_table(c), .project = p->name};
		rc = report(&r, format);
	}
	free(stores);
	tt_coding_free(c);
	tt_scheme_free(sc);
	tt_project_free(p);
	return rc ? rc : bad ? EX_DATAERR : 0;
}

/* ---- command ---- */

int tt_cmd_agree(int argc, char **argv)
{
	tt_tagcli_args cli = {0};
	const char *dim = NULL, *format = NULL;
	const tt_tagcli_option opts[] = {
	    {"--dimension", &dim, NULL},
	    {"--format", &format, NULL},
	    {NULL, NULL, NULL},
	};
	int rc = tt_tagcli_parse("agree", argc, argv, opts, &cli);
	int project = rc == 0 && tt_project_is(cli.thread);
	if (rc == TT_TAGCLI_HELP)
		agree_help(), rc = 0, cli.thread = NULL;
	else if (rc == 0 && project && cli.ntags)
		rc = tt_usage_error("agree", "a project names its own stores (tags/NAME/): no "
		                             "--tags with a folder");
	else if (rc == 0 && !project && cli.ntags < 2)
		rc = tt_usage_error("agree", "give a project folder, or a thread and two or more "
		                             "tag stores (--tags A --tags B)");
	if (rc == 0 && cli.thread)
		rc = tt_tagcli_text_or_yaml("agree", format);
	if (rc == 0 && cli.thread)
		rc = project ? agree_project(cli.thread, dim, format)
		             : agree_stores(&cli, dim, format);
	free(cli.tags);
	return rc;
}
