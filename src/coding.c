/* coding: gathers annotators' values of one dimension into an agreement table. */
#include "threadtag/coding.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/xalloc.h"

enum { SNIPPET_BYTES = 60 };

tt_coding *tt_coding_new(const tt_scheme *scheme, const char *dim, const char *const *coders,
                         size_t ncoders)
{
	if (!scheme || !scheme->ndims)
		return NULL;
	int d = dim ? tt_scheme_dim_index(scheme, dim) : 0;
	if (d < 0)
		return NULL;
	tt_coding *c = tt_xcalloc(1, sizeof *c);
	c->dim = tt_xstrdup(scheme->dims[d].name);
	c->ncoders = ncoders;
	c->coders = tt_xcalloc(ncoders + 1, sizeof *c->coders);
	for (size_t k = 0; k < ncoders; k++)
		c->coders[k] = tt_xstrdup(coders[k]);
	c->ncats = c->nscheme_cats = scheme->dims[d].nvalues;
	c->cats = tt_xcalloc(c->ncats + 1, sizeof *c->cats);
	for (size_t v = 0; v < c->ncats; v++)
		c->cats[v] = tt_xstrdup(scheme->dims[d].values[v].name);
	return c;
}

/* The category of value v, added when it is outside the scheme (a store
 * written under another scheme still counts, under its own name). */
static int cat_of(tt_coding *c, const char *v)
{
	for (size_t i = 0; i < c->ncats; i++)
		if (!strcmp(c->cats[i], v))
			return (int)i;
	c->cats = tt_xrealloc(c->cats, (c->ncats + 1) * sizeof *c->cats);
	c->cats[c->ncats] = tt_xstrdup(v);
	return (int)c->ncats++;
}

static const char *value_of(const tt_coding *c, const tt_tagstore *s, const char *item)
{
	const tt_tag *tag = s ? tt_tagstore_get(s, item) : NULL;
	int d = s ? tt_scheme_dim_index(tt_tagstore_scheme(s), c->dim) : -1;
	return tag && d >= 0 ? tag->values[d] : NULL;
}

struct rank {
	size_t rank;
	const char *item;
};

static int cmp_rank(const void *pa, const void *pb)
{
	const struct rank *a = pa, *b = pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return strcmp(a->item, b->item);
}

/* The first words of a comment, cut at a character boundary. */
static char *snippet(const tt_comment *cm)
{
	const char *src = cm->body.n ? cm->body.v[0] : "";
	size_t n = strnlen(src, SNIPPET_BYTES);
	/* Where the cut falls inside a character, cut before that character. */
	while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
		n--;
	char buf[SNIPPET_BYTES + 1];
	memcpy(buf, src, n);
	buf[n] = '\0';
	for (char *p = buf; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return tt_xstrdup(buf);
}

static void add_unit(tt_coding *c, const tt_thread *t, const char *item, tt_tagstore *const *stores)
{
	if (c->nunits == c->capunits) {
		c->capunits = c->capunits ? 2 * c->capunits : 256;
		c->units = tt_xrealloc(c->units, c->capunits * sizeof *c->units);
		c->codes = tt_xrealloc(c->codes, c->capunits * c->ncoders * sizeof *c->codes + 1);
	}
	const tt_comment *cm = tt_thread_find(t, item);
	c->units[c->nunits] = (tt_coding_unit){
	    .thread = c->nthreads - 1,
	    .item = tt_xstrdup(item),
	    .author = cm && cm->author ? tt_xstrdup(cm->author) : NULL,
	    .snippet = cm ? snippet(cm) : NULL,
	    .depth = cm ? (int)cm->depth : -1,
	};
	for (size_t k = 0; k < c->ncoders; k++) {
		const char *v = value_of(c, stores[k], item);
		c->codes[c->nunits * c->ncoders + k] = v ? cat_of(c, v) : TT_AGREE_MISSING;
	}
	c->nunits++;
}

void tt_coding_add_thread(tt_coding *c, const tt_thread *t, const char *label,
                          tt_tagstore *const *stores)
{
	c->threads = tt_xrealloc(c->threads, (c->nthreads + 1) * sizeof *c->threads);
	c->threads[c->nthreads++] = tt_xstrdup(label);
	size_t total = 0, n = 0;
	for (size_t k = 0; k < c->ncoders; k++)
		total += stores[k] ? tt_tagstore_count(stores[k]) : 0;
	struct rank *r = tt_xcalloc(total + 1, sizeof *r);
	for (size_t k = 0; k < c->ncoders; k++)
		for (size_t i = 0; stores[k] && i < tt_tagstore_count(stores[k]); i++) {
			const char *item = tt_tagstore_at(stores[k], i)->item;
			if (value_of(c, stores[k], item))
				r[n++] = (struct rank){tt_tags_item_rank(t, item), item};
		}
	qsort(r, n, sizeof *r, cmp_rank);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(r[i].item, r[i - 1].item))
			add_unit(c, t, r[i].item, stores);
	free(r);
}

tt_agree_table tt_coding_table(const tt_coding *c)
{
	return (tt_agree_table){
	    .nunits = c->nunits, .ncoders = c->ncoders, .ncats = c->ncats, .codes = c->codes};
}

size_t tt_coding_cell(const tt_coding *c, size_t a, size_t b, int row, int col,
                      const tt_coding_unit **units, size_t max)
{
	tt_agree_table t = tt_coding_table(c);
	size_t *idx = tt_xcalloc(c->nunits + 1, sizeof *idx);
	size_t n = tt_agree_cell(&t, a, b, row, col, idx);
	for (size_t i = 0; units && i < n && i < max; i++)
		units[i] = &c->units[idx[i]];
	free(idx);
	return n;
}

void tt_coding_free(tt_coding *c)
{
	if (!c)
		return;
	for (size_t u = 0; u < c->nunits; u++) {
		free(c->units[u].item);
		free(c->units[u].author);
		free(c->units[u].snippet);
	}
	free(c->units);
	free(c->codes);
	for (size_t k = 0; k < c->ncoders; k++)
		free(c->coders[k]);
	free(c->coders);
	for (size_t i = 0; i < c->ncats; i++)
		free(c->cats[i]);
	free(c->cats);
	for (size_t i = 0; i < c->nthreads; i++)
		free(c->threads[i]);
	free(c->threads);
	free(c->dim);
	free(c);
}
