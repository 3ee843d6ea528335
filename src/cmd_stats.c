/* cmd_stats: `threadtag stats` counts tags per value, label, author and depth. */
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

static void stats_help(void)
{
	printf("usage: threadtag stats THREAD [--tags FILE]... [--annotator NAME]\n"
	       "                       [--format text|yaml]\n\n"
	       "Summarise a tag store: progress (tagged comments of all comments), counts\n"
	       "per value of each dimension and per label, tags whose comment is no longer\n"
	       "in the thread (orphans, listed by id), values the scheme does not know, and\n"
	       "the first dimension broken down per author and per depth.\n\n"
	       "  --tags FILE       a tag store (repeat for several; default: the\n"
	       "                    annotator's store under $XDG_DATA_HOME)\n"
	       "  --annotator NAME  whose default store to read\n"
	       "  --format FORMAT   text (default) or yaml\n");
}

/* One row of a breakdown: a group (an author, a depth) and its counts. */
struct group {
	char *name;
	size_t total, tagged;
	size_t *per_value; /* per value of the first dimension, plus one for unknown */
};

/* Groups in order of appearance, found by name through a libc hash table. */
struct groups {
	struct group *v;
	size_t n, cap;
	struct hsearch_data h;
};

/* Room for up to most groups: hsearch_r tables do not grow. */
static void groups_init(struct groups *g, size_t most)
{
	memset(g, 0, sizeof *g);
	if (!hcreate_r(most + most / 2 + 16, &g->h)) {
		fprintf(stderr, "threadtag: out of memory\n");
		exit(EX_OSERR);
	}
}

static struct group *group_get(struct groups *g, const char *name, size_t nvalues)
{
	ENTRY e = {.key = (char *)name}, *found;
	if (hsearch_r(e, FIND, &found, &g->h))
		return &g->v[(uintptr_t)found->data];
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 16;
		g->v = tt_xrealloc(g->v, g->cap * sizeof *g->v);
	}
	struct group *r = &g->v[g->n];
	r->name = tt_xstrdup(name);
	r->total = r->tagged = 0;
	r->per_value = tt_xcalloc(nvalues + 1, sizeof *r->per_value);
	/* The key is the group's own copy of the name, which never moves. */
	e = (ENTRY){.key = r->name, .data = (void *)(uintptr_t)g->n};
	if (!hsearch_r(e, ENTER, &found, &g->h)) {
		fprintf(stderr, "threadtag: out of memory\n");
		exit(EX_OSERR);
	}
	g->n++;
	return r;
}

static void groups_free(struct groups *g)
{
	hdestroy_r(&g->h);
	for (size_t i = 0; i < g->n; i++) {
		free(g->v[i].name);
		free(g->v[i].per_value);
	}
	free(g->v);
}

static int cmp_group(const void *pa, const void *pb)
{
	const struct group *a = pa, *b = pb;
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	return strcmp(a->name, b->name);
}

static void count_into(struct group *g, const tt_scheme *sc, const tt_tag *tag)
{
	g->total++;
	if (!tag)
		return;
	g->tagged++;
	int v = tag->values[0] ? tt_scheme_value_index(sc, 0, tag->values[0]) : -1;
	if (v >= 0)
		g->per_value[v]++;
	else if (tag->values[0])
		g->per_value[sc->dims[0].nvalues]++;
}

static void breakdowns(const tt_thread *t, const tt_tagstore *s, struct groups *by_author,
                       struct groups *by_depth)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	size_t nv = sc->dims[0].nvalues;
	groups_init(by_author, t->ncomments);
	groups_init(by_depth, (size_t)t->max_depth + 1);
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		const tt_tag *tag = tt_tagstore_get(s, c->id);
		char depth[32];
		snprintf(depth, sizeof depth, "%u", c->depth);
		count_into(group_get(by_author, c->author ? c->author : "(unknown)", nv), sc, tag);
		count_into(group_get(by_depth, depth, nv), sc, tag);
	}
	if (by_author->n > 1)
		qsort(by_author->v, by_author->n, sizeof *by_author->v, cmp_group);
}

static size_t tagged_comments(const tt_thread *t, const tt_tagstore *s)
{
	(void)t;
	return tt_tagstore_comments_tagged(s);
}

/* Values in use that the scheme does not name, for the first dimension. */
static size_t unknown_values(const tt_tagstore *s, size_t dim)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	size_t n = 0;
	for (size_t i = 0; i < tt_tagstore_count(s); i++) {
		const char *v = tt_tagstore_at(s, i)->values[dim];
		n += v && tt_scheme_value_index(sc, dim, v) < 0;
	}
	return n;
}

/* ---- text ---- */

static void bar(size_t n, size_t of)
{
	size_t w = of ? (n * 30 + of / 2) / of : 0;
	for (size_t i = 0; i < w; i++)
		fputs("#", stdout);
	printf("%*s", (int)(30 - w), "");
}

static void text_counts(const tt_tagstore *s)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	size_t total = tt_tagstore_count(s);
	for (size_t d = 0; d < sc->ndims; d++) {
		printf("\n%s:\n", tt_text_safe(sc->dims[d].name));
		for (size_t v = 0; v < sc->dims[d].nvalues; v++) {
			size_t n = tt_tagstore_value_count(s, d, v);
			printf("  %s %6zu  ", tt_text_fit(sc->dims[d].values[v].name, -16, -1), n);
			bar(n, total);
			printf(" %5.1f%%\n", total ? 100.0 * (double)n / (double)total : 0.0);
		}
		size_t u = unknown_values(s, d);
		if (u)
			printf("  %-16s %6zu  (not in the scheme; kept)\n", "(unknown)", u);
	}
	printf("\nlabels:\n");
	for (size_t l = 0; l < sc->nlabels; l++)
		printf("  %s %6zu\n", tt_text_fit(sc->labels[l].name, -16, -1),
		       tt_tagstore_label_count(s, l));
}

static void text_groups(const char *title, const struct groups *g, const tt_scheme *sc)
{
	printf("\nper %s (%s):\n  %-20s %7s %7s", title, tt_text_safe(sc->dims[0].name), "",
	       "tagged", "of");
	for (size_t v = 0; v < sc->dims[0].nvalues; v++)
		printf(" %s", tt_text_fit(sc->dims[0].values[v].name, 9, 9));
	printf("\n");
	for (size_t i = 0; i < g->n; i++) {
		printf("  %s %7zu %7zu", tt_text_fit(g->v[i].name, -20, 20), g->v[i].tagged,
		       g->v[i].total);
		for (size_t v = 0; v < sc->dims[0].nvalues; v++)
			printf(" %9zu", g->v[i].per_value[v]);
		printf("\n");
	}
}

static void text_orphans(const tt_tagstore *s)
{
	size_t n = tt_tagstore_orphans(s);
	printf("\norphans:  %zu%s\n", n,
	       n ? " (tags whose comment is no longer in the thread)" : "");
	for (size_t i = 0; i < tt_tagstore_count(s); i++) {
		const tt_tag *tag = tt_tagstore_at(s, i);
		if (tt_tagstore_is_orphan(s, tag->item))
			printf("  %s\n", tt_text_safe(tag->item));
	}
}

static void text_stats(const tt_thread *t, const tt_tagstore *s)
{
	size_t done = tagged_comments(t, s);
	const tt_scheme *sc = tt_tagstore_scheme(s);
	printf("tags:      %s\n", tt_text_safe(tt_tagstore_path(s)));
	printf("annotator: %s\n", tt_text_safe(tt_tagstore_annotator(s)));
	printf("scheme:    %s (target: %s)\n", tt_text_safe(sc->name),
	       sc->target ? tt_text_safe(sc->target) : "none");
	printf("progress:  %zu of %zu comments tagged (%.1f%%)", done, t->ncomments,
	       t->ncomments ? 100.0 * (double)done / (double)t->ncomments : 0.0);
	printf(", %zu article item%s, %zu tagged in all\n",
	       tt_tagstore_count(s) - done - tt_tagstore_orphans(s),
	       tt_tagstore_count(s) - done - tt_tagstore_orphans(s) == 1 ? "" : "s",
	       tt_tagstore_count(s));
	text_counts(s);
	text_orphans(s);
	struct groups a, d;
	breakdowns(t, s, &a, &d);
	text_groups("author", &a, sc);
	text_groups("depth", &d, sc);
	groups_free(&a);
	groups_free(&d);
}

/* ---- yaml ---- */

static void yaml_groups(tt_yemit *e, const char *key, const struct groups *g, const tt_scheme *sc)
{
	tt_yemit_raw(e, key);
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < g->n; i++) {
		tt_yemit_map_start(e, 0);
		tt_yemit_kv(e, "name", g->v[i].name);
		tt_yemit_kv_int(e, "comments", (long long)g->v[i].total);
		tt_yemit_kv_int(e, "tagged", (long long)g->v[i].tagged);
		tt_yemit_raw(e, sc->dims[0].name);
		tt_yemit_map_start(e, 0);
		for (size_t v = 0; v < sc->dims[0].nvalues; v++)
			tt_yemit_kv_int(e, sc->dims[0].values[v].name,
			                (long long)g->v[i].per_value[v]);
		tt_yemit_map_end(e);
		tt_yemit_map_end(e);
	}
	tt_yemit_seq_end(e);
}

static void yaml_counts(tt_yemit *e, const tt_tagstore *s)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	tt_yemit_raw(e, "values");
	tt_yemit_map_start(e, 0);
	for (size_t d = 0; d < sc->ndims; d++) {
		tt_yemit_raw(e, sc->dims[d].name);
		tt_yemit_map_start(e, 0);
		for (size_t v = 0; v < sc->dims[d].nvalues; v++)
			tt_yemit_kv_int(e, sc->dims[d].values[v].name,
			                (long long)tt_tagstore_value_count(s, d, v));
		tt_yemit_map_end(e);
	}
	tt_yemit_map_end(e);
	tt_yemit_raw(e, "labels");
	tt_yemit_map_start(e, 0);
	for (size_t l = 0; l < sc->nlabels; l++)
		tt_yemit_kv_int(e, sc->labels[l].name, (long long)tt_tagstore_label_count(s, l));
	tt_yemit_map_end(e);
	tt_yemit_kv_int(e, "unknown", (long long)tt_tagstore_unknown(s));
	tt_yemit_raw(e, "orphans");
	tt_yemit_seq_start(e, 1);
	for (size_t i = 0; i < tt_tagstore_count(s); i++)
		if (tt_tagstore_is_orphan(s, tt_tagstore_at(s, i)->item))
			tt_yemit_str(e, tt_tagstore_at(s, i)->item, TT_YS_ANY);
	tt_yemit_seq_end(e);
}

static void yaml_stats(tt_yemit *e, const tt_thread *t, const tt_tagstore *s)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "tags", tt_tagstore_path(s));
	tt_yemit_kv(e, "annotator", tt_tagstore_annotator(s));
	tt_yemit_kv_int(e, "comments", (long long)t->ncomments);
	tt_yemit_kv_int(e, "comments_tagged", (long long)tagged_comments(t, s));
	tt_yemit_kv_int(e, "items_tagged", (long long)tt_tagstore_count(s));
	yaml_counts(e, s);
	struct groups a, d;
	breakdowns(t, s, &a, &d);
	yaml_groups(e, "per_author", &a, sc);
	yaml_groups(e, "per_depth", &d, sc);
	groups_free(&a);
	groups_free(&d);
	tt_yemit_map_end(e);
}

static int print_yaml(const tt_thread *t, tt_tagstore **stores, size_t n)
{
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "thread", t->id);
	tt_yemit_raw(e, "stores");
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < n; i++)
		yaml_stats(e, t, stores[i]);
	tt_yemit_seq_end(e);
	tt_yemit_map_end(e);
	return tt_tagcli_print_yaml(e, "statistics");
}

struct stats_args {
	tt_tagcli_args cli;
	const char *annotator, *format;
};

static int parse(struct stats_args *a, int argc, char **argv)
{
	const tt_tagcli_option opts[] = {
	    {"--annotator", &a->annotator, NULL},
	    {"--format", &a->format, NULL},
	    {NULL, NULL, NULL},
	};
	int rc = tt_tagcli_parse("stats", argc, argv, opts, &a->cli);
	return rc ? rc : tt_tagcli_text_or_yaml("stats", a->format);
}

int tt_cmd_stats(int argc, char **argv)
{
	struct stats_args a = {0};
	int rc = parse(&a, argc, argv);
	if (rc == TT_TAGCLI_HELP) {
		free(a.cli.tags);
		return stats_help(), 0;
	}
	tt_thread *t = NULL;
	tt_tagstore **stores = NULL;
	size_t n = 0;
	if (rc == 0)
		rc = tt_tagcli_open(&a.cli, a.annotator, &t, &stores, &n);
	int yaml = a.format && !strcmp(a.format, "yaml");
	if (rc == 0 && yaml)
		rc = print_yaml(t, stores, n);
	for (size_t i = 0; rc == 0 && !yaml && i < n; i++) {
		if (i)
			printf("\n");
		text_stats(t, stores[i]);
	}
	tt_tagcli_close(t, stores, n);
	free(a.cli.tags);
	return rc;
}
