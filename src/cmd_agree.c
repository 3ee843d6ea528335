/* cmd_agree: `threadtag agree` measures how far annotators agree on one dimension. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/agree.h"
#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

static void agree_help(void)
{
	printf("usage: threadtag agree THREAD --tags A --tags B [--tags C]...\n"
	       "                       [--dimension DIM] [--format text|yaml]\n\n"
	       "Agreement between annotators on one dimension (default: the scheme's first,\n"
	       "stance): Cohen's kappa and Scott's pi for each pair, Fleiss' kappa over the\n"
	       "items every annotator tagged, Krippendorff's alpha (nominal; missing values\n"
	       "allowed), the confusion matrix of each pair, and the items where they\n"
	       "disagree.\n"
	       "A coefficient that cannot be computed is reported as undefined, with why.\n\n"
	       "  --tags FILE       a tag store, one per annotator (two or more)\n"
	       "  --dimension DIM   the dimension to compare (default: the first)\n"
	       "  --format FORMAT   text (default) or yaml, with the keys cohen_kappa and\n"
	       "                    scott_pi (two annotators), fleiss_kappa,\n"
	       "                    krippendorff_alpha, items, confusion and disagreements\n");
}

/* The coding table and the names it is built from. */
struct coding {
	const tt_thread *t;
	tt_tagstore **stores;
	size_t ncoders;
	const char *dim;
	char **names;      /* per coder */
	const char **cats; /* category names: the scheme's values, then unknown ones */
	size_t ncats;
	const char **items; /* units in thread order */
	size_t nunits;
	int *codes; /* nunits x ncoders, -1 = not coded */
	tt_agree_table table;
};

static const char *value_of(const struct coding *c, size_t coder, const char *item)
{
	const tt_tagstore *s = c->stores[coder];
	const tt_tag *tag = tt_tagstore_get(s, item);
	int d = tt_scheme_dim_index(tt_tagstore_scheme(s), c->dim);
	return tag && d >= 0 ? tag->values[d] : NULL;
}

static int cat_index(struct coding *c, const char *v, int add)
{
	for (size_t i = 0; i < c->ncats; i++)
		if (!strcmp(c->cats[i], v))
			return (int)i;
	if (!add)
		return -1;
	c->cats = tt_xrealloc(c->cats, (c->ncats + 1) * sizeof *c->cats);
	c->cats[c->ncats] = v;
	return (int)c->ncats++;
}

struct unit {
	size_t rank;
	const char *item;
};

static int cmp_unit(const void *pa, const void *pb)
{
	const struct unit *a = pa, *b = pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return strcmp(a->item, b->item);
}

/* Units: every item some annotator gave a value of the dimension. */
static void collect_units(struct coding *c)
{
	size_t total = 0, n = 0;
	for (size_t k = 0; k < c->ncoders; k++)
		total += tt_tagstore_count(c->stores[k]);
	struct unit *u = tt_xcalloc(total + 1, sizeof *u);
	for (size_t k = 0; k < c->ncoders; k++)
		for (size_t i = 0; i < tt_tagstore_count(c->stores[k]); i++) {
			const char *item = tt_tagstore_at(c->stores[k], i)->item;
			if (value_of(c, k, item))
				u[n++] = (struct unit){tt_tags_item_rank(c->t, item), item};
		}
	qsort(u, n, sizeof *u, cmp_unit);
	c->items = tt_xcalloc(n + 1, sizeof *c->items);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(u[i].item, u[i - 1].item))
			c->items[c->nunits++] = u[i].item;
	free(u);
}

static int build(struct coding *c)
{
	const tt_scheme *sc = tt_tagstore_scheme(c->stores[0]);
	if (!c->dim)
		c->dim = sc->dims[0].name;
	for (size_t k = 0; k < c->ncoders; k++)
		if (tt_scheme_dim_index(tt_tagstore_scheme(c->stores[k]), c->dim) < 0) {
			fprintf(stderr, "threadtag: %s: the scheme has no dimension '%s'\n",
			        tt_text_safe(tt_tagstore_path(c->stores[k])), tt_text_safe(c->dim));
			return EX_DATAERR;
		}
	int d = tt_scheme_dim_index(sc, c->dim);
	for (size_t v = 0; v < sc->dims[d].nvalues; v++)
		cat_index(c, sc->dims[d].values[v].name, 1);
	collect_units(c);
	c->codes = tt_xcalloc(c->nunits * c->ncoders + 1, sizeof *c->codes);
	for (size_t u = 0; u < c->nunits; u++)
		for (size_t k = 0; k < c->ncoders; k++) {
			const char *v = value_of(c, k, c->items[u]);
			c->codes[u * c->ncoders + k] = v ? cat_index(c, v, 1) : -1;
		}
	c->table = (tt_agree_table){
	    .nunits = c->nunits, .ncoders = c->ncoders, .ncats = c->ncats, .codes = c->codes};
	return 0;
}

/* Annotator names; the file is added when two stores share a name. */
static void name_coders(struct coding *c)
{
	c->names = tt_xcalloc(c->ncoders, sizeof *c->names);
	for (size_t k = 0; k < c->ncoders; k++) {
		const char *a = tt_tagstore_annotator(c->stores[k]);
		int dup = 0;
		for (size_t j = 0; j < c->ncoders; j++)
			dup |= j != k && !strcmp(a, tt_tagstore_annotator(c->stores[j]));
		c->names[k] = dup ? tt_xasprintf("%s (%s)", a, tt_tagstore_path(c->stores[k]))
		                  : tt_xstrdup(a);
	}
}

static size_t coded_by_all(const struct coding *c)
{
	size_t n = 0;
	for (size_t u = 0; u < c->nunits; u++) {
		size_t k = 0;
		while (k < c->ncoders && c->codes[u * c->ncoders + k] >= 0)
			k++;
		n += k == c->ncoders;
	}
	return n;
}

static int disagree(const struct coding *c, size_t u)
{
	int first = -1;
	for (size_t k = 0; k < c->ncoders; k++) {
		int v = c->codes[u * c->ncoders + k];
		if (v < 0)
			continue;
		if (first >= 0 && v != first)
			return 1;
		first = v;
	}
	return 0;
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

static void text_confusion(const struct coding *c, size_t a, size_t b)
{
	long *m = tt_xcalloc(c->ncats * c->ncats + 1, sizeof *m);
	tt_agree_confusion(&c->table, a, b, m);
	printf("\nconfusion (rows %s, columns %s):\n%14s", tt_text_safe(c->names[a]),
	       tt_text_safe(c->names[b]), "");
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

static void text_disagreements(const struct coding *c)
{
	size_t n = 0;
	for (size_t u = 0; u < c->nunits; u++)
		n += disagree(c, u);
	printf("\ndisagreements: %zu\n", n);
	for (size_t u = 0; u < c->nunits; u++) {
		if (!disagree(c, u))
			continue;
		printf("  %s", tt_text_fit(c->items[u], -16, -1));
		for (size_t k = 0; k < c->ncoders; k++) {
			int v = c->codes[u * c->ncoders + k];
			printf("  %s: %s", tt_text_safe(c->names[k]),
			       v >= 0 ? tt_text_safe(c->cats[v]) : "-");
		}
		printf("\n");
	}
}

static void print_text(const struct coding *c)
{
	printf("dimension:   %s (%zu categories)\n", tt_text_safe(c->dim), c->ncats);
	printf("annotators:  ");
	for (size_t k = 0; k < c->ncoders; k++)
		printf("%s%s", k ? ", " : "", tt_text_safe(c->names[k]));
	printf("\nitems:       %zu coded by at least one, %zu by all\n\n", c->nunits,
	       coded_by_all(c));
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++) {
			char name[1024];
			snprintf(name, sizeof name, "Cohen's kappa (%s, %s)", c->names[a],
			         c->names[b]);
			text_value(name, tt_agree_cohen(&c->table, a, b), "items");
			snprintf(name, sizeof name, "Scott's pi (%s, %s)", c->names[a],
			         c->names[b]);
			text_value(name, tt_agree_scott(&c->table, a, b), "items");
		}
	text_value("Fleiss' kappa", tt_agree_fleiss(&c->table), "items");
	text_value("Krippendorff's alpha (nominal)", tt_agree_krippendorff_nominal(&c->table),
	           "pairable values");
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++)
			text_confusion(c, a, b);
	text_disagreements(c);
}

/* ---- yaml ---- */

static void yaml_value(tt_yemit *e, const char *key, tt_agree_value v)
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

static void yaml_confusion(tt_yemit *e, const struct coding *c)
{
	long *m = tt_xcalloc(c->ncats * c->ncats + 1, sizeof *m);
	tt_yemit_raw(e, "confusion");
	tt_yemit_seq_start(e, 0);
	for (size_t a = 0; a < c->ncoders; a++)
		for (size_t b = a + 1; b < c->ncoders; b++) {
			tt_agree_confusion(&c->table, a, b, m);
			tt_yemit_map_start(e, 0);
			tt_yemit_kv(e, "rows", c->names[a]);
			tt_yemit_kv(e, "columns", c->names[b]);
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

static void yaml_disagreements(tt_yemit *e, const struct coding *c)
{
	tt_yemit_raw(e, "disagreements");
	tt_yemit_seq_start(e, 0);
	for (size_t u = 0; u < c->nunits; u++) {
		if (!disagree(c, u))
			continue;
		tt_yemit_map_start(e, 0);
		tt_yemit_kv(e, "item", c->items[u]);
		tt_yemit_raw(e, "values");
		tt_yemit_map_start(e, 0);
		for (size_t k = 0; k < c->ncoders; k++) {
			int v = c->codes[u * c->ncoders + k];
			tt_yemit_str(e, c->names[k], TT_YS_ANY);
			if (v >= 0)
				tt_yemit_str(e, c->cats[v], TT_YS_ANY);
			else
				tt_yemit_raw(e, "null");
		}
		tt_yemit_map_end(e);
		tt_yemit_map_end(e);
	}
	tt_yemit_seq_end(e);
}

static void yaml_header(tt_yemit *e, const struct coding *c)
{
	tt_yemit_kv(e, "thread", c->t->id);
	tt_yemit_kv(e, "dimension", c->dim);
	tt_yemit_raw(e, "annotators");
	tt_yemit_seq_start(e, 1);
	for (size_t k = 0; k < c->ncoders; k++)
		tt_yemit_str(e, c->names[k], TT_YS_ANY);
	tt_yemit_seq_end(e);
	tt_yemit_raw(e, "categories");
	tt_yemit_seq_start(e, 1);
	for (size_t i = 0; i < c->ncats; i++)
		tt_yemit_str(e, c->cats[i], TT_YS_ANY);
	tt_yemit_seq_end(e);
	tt_yemit_kv_int(e, "items", (long long)c->nunits);
	tt_yemit_kv_int(e, "items_all", (long long)coded_by_all(c));
}

static int print_yaml(const struct coding *c)
{
	static const char *const keys[] = {"cohen_kappa", "scott_pi", "fleiss_kappa",
	                                   "krippendorff_alpha"};
	tt_agree_value v[4] = {
	    {0}, {0}, tt_agree_fleiss(&c->table), tt_agree_krippendorff_nominal(&c->table)};
	/* The pairwise coefficients have one value only when there is one pair. */
	size_t first = c->ncoders == 2 ? 0 : 2;
	if (!first) {
		v[0] = tt_agree_cohen(&c->table, 0, 1);
		v[1] = tt_agree_scott(&c->table, 0, 1);
	}
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	yaml_header(e, c);
	for (size_t i = first; i < 4; i++)
		yaml_value(e, keys[i], v[i]);
	yaml_undefined(e, keys + first, v + first, 4 - first);
	yaml_confusion(e, c);
	yaml_disagreements(e, c);
	tt_yemit_map_end(e);
	return tt_tagcli_print_yaml(e, "result");
}

/* ---- command ---- */

struct agree_args {
	tt_tagcli_args cli;
	const char *dim, *format;
};

static int parse(struct agree_args *a, int argc, char **argv)
{
	const tt_tagcli_option opts[] = {
	    {"--dimension", &a->dim, NULL},
	    {"--format", &a->format, NULL},
	    {NULL, NULL, NULL},
	};
	int rc = tt_tagcli_parse("agree", argc, argv, opts, &a->cli);
	if (rc == 0 && a->cli.ntags < 2)
		rc = tt_usage_error("agree", "give two or more tag stores (--tags A --tags B)");
	return rc ? rc : tt_tagcli_text_or_yaml("agree", a->format);
}

static void coding_free(struct coding *c)
{
	for (size_t k = 0; k < c->ncoders; k++) {
		if (c->names)
			free(c->names[k]);
		tt_tagstore_close(c->stores[k], NULL);
	}
	free(c->names);
	free(c->stores);
	free(c->cats);
	free(c->items);
	free(c->codes);
}

int tt_cmd_agree(int argc, char **argv)
{
	struct agree_args a = {0};
	int rc = parse(&a, argc, argv);
	if (rc == TT_TAGCLI_HELP) {
		free(a.cli.tags);
		return agree_help(), 0;
	}
	tt_thread *t = NULL;
	struct coding c = {.dim = a.dim, .ncoders = a.cli.ntags};
	c.stores = tt_xcalloc(a.cli.ntags + 1, sizeof *c.stores);
	if (rc == 0)
		rc = tt_tagcli_thread(a.cli.thread, &t);
	c.t = t;
	for (size_t k = 0; rc == 0 && k < a.cli.ntags; k++)
		rc = tt_tagcli_store(t, a.cli.tags[k], NULL, NULL, 1, 1, &c.stores[k]);
	if (rc == 0) {
		name_coders(&c);
		rc = build(&c);
	}
	if (rc == 0 && a.format && !strcmp(a.format, "yaml"))
		rc = print_yaml(&c);
	else if (rc == 0)
		print_text(&c);
	coding_free(&c);
	tt_thread_free(t);
	free(a.cli.tags);
	return rc;
}
