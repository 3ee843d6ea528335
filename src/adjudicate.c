/* adjudicate: the comments a gold standard still lacks, and an annotator's tag accepted into it. */
#include "threadtag/adjudicate.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* Annotator k's value of the dimension named dim for item, or NULL. Looked up
 * by name: a store keeps the scheme it was made with. */
static const char *value_of(const tt_adjud *A, size_t k, const char *item, const char *dim)
{
	const tt_tag *g = A->stores[k] ? tt_tagstore_get(A->stores[k], item) : NULL;
	int d = g ? tt_scheme_dim_index(tt_tagstore_scheme(A->stores[k]), dim) : -1;
	return d >= 0 ? g->values[d] : NULL;
}

/* The dimension names any annotator's scheme has, first store's order first. */
static const tt_scheme *first_scheme(const tt_adjud *A)
{
	for (size_t k = 0; k < A->n; k++)
		if (A->stores[k])
			return tt_tagstore_scheme(A->stores[k]);
	return NULL;
}

enum tt_adjud_need tt_adjud_need(const tt_adjud *A, const char *item)
{
	const tt_scheme *sc = first_scheme(A);
	enum tt_adjud_need need = TT_ADJUD_NONE;

	for (size_t d = 0; sc && d < sc->ndims; d++) {
		const char *first = NULL, *dim = sc->dims[d].name;
		size_t coded = 0;
		for (size_t k = 0; k < A->n; k++) {
			const char *v = value_of(A, k, item, dim);
			if (!v)
				continue;
			if (first && strcmp(first, v))
				return TT_ADJUD_DISAGREE;
			first = v;
			coded++;
		}
		if (coded == 1)
			need = TT_ADJUD_SINGLE;
	}
	return need;
}

int tt_adjud_is_decided(const tt_adjud *A, const tt_tagstore *gold, const char *item)
{
	const tt_tag *g = gold ? tt_tagstore_get(gold, item) : NULL;
	const tt_scheme *gs = gold ? tt_tagstore_scheme(gold) : NULL;
	int any = 0;

	if (g && g->state)
		return 1; /* e.g. skipped: left out of the gold standard on purpose */
	for (size_t d = 0; g && d < gs->ndims; d++) {
		if (g->values[d]) {
			any = 1;
			continue;
		}
		for (size_t k = 0; k < A->n; k++)
			if (value_of(A, k, item, gs->dims[d].name))
				return 0; /* a dimension in dispute is still open */
	}
	return any;
}

void tt_adjud_build(tt_adjud *A, const tt_tagstore *gold)
{
	const tt_thread *t = A->t;
	size_t nsingle = 0;
	size_t *single = tt_xcalloc(t->ncomments + 1, sizeof *single);

	free(A->queue);
	free(A->entry);
	A->queue = tt_xcalloc(t->ncomments + 1, sizeof *A->queue);
	A->entry = tt_xmalloc((t->ncomments + 1) * sizeof *A->entry);
	A->nqueue = A->ndisagree = 0;
	for (size_t i = 0; i < t->ncomments; i++) {
		const char *id = t->order[i]->id;
		if (tt_adjud_is_decided(A, gold, id))
			continue; /* decided: by the adjudicator or by `gold --rule` */
		enum tt_adjud_need need = tt_adjud_need(A, id);
		if (need == TT_ADJUD_DISAGREE)
			A->queue[A->nqueue++] = i;
		else if (need == TT_ADJUD_SINGLE)
			single[nsingle++] = i;
	}
	A->ndisagree = A->nqueue;
	memcpy(A->queue + A->nqueue, single, nsingle * sizeof *single);
	A->nqueue += nsingle;
	free(single);
	for (size_t i = 0; i < t->ncomments; i++)
		A->entry[i] = SIZE_MAX;
	for (size_t q = 0; q < A->nqueue; q++)
		A->entry[A->queue[q]] = q;
}

size_t tt_adjud_decided(const tt_adjud *A, const tt_tagstore *gold)
{
	size_t n = 0;
	for (size_t i = 0; gold && i < A->nqueue; i++)
		n += tt_adjud_is_decided(A, gold, A->t->order[A->queue[i]]->id);
	return n;
}

int tt_adjud_accept(const tt_adjud *A, size_t k, tt_tagstore *gold, const char *item, tt_error *err)
{
	const tt_scheme *gs = tt_tagstore_scheme(gold);
	const tt_tag *from = A->stores[k] ? tt_tagstore_get(A->stores[k], item) : NULL;
	const tt_tag *had = tt_tagstore_get(gold, item);
	const char **vals = tt_xcalloc(gs->ndims + 1, sizeof *vals);
	int any = 0, rc;

	for (size_t d = 0; from && d < gs->ndims; d++) {
		vals[d] = value_of(A, k, item, gs->dims[d].name);
		any |= vals[d] != NULL;
	}
	if (!any) {
		free(vals);
		return 1;
	}
	/* The adjudicator's own note and state stay; the decision is the values. */
	tt_tag tag = {.item = item,
	              .values = vals,
	              .labels = from->labels,
	              .nlabels = from->nlabels,
	              .note = had ? had->note : NULL,
	              .state = had ? had->state : NULL,
	              .reason = had ? had->reason : NULL};
	rc = tt_tagstore_put(gold, &tag, err);
	free(vals);
	return rc < 0 ? -1 : 0;
}

int tt_adjud_open_project(tt_adjud *A, const tt_project *p, const tt_thread *t)
{
	int bad = 0;

	memset(A, 0, sizeof *A);
	A->t = t;
	A->n = p->nannotators;
	A->names = tt_xcalloc(A->n + 1, sizeof *A->names);
	A->stores = tt_xcalloc(A->n + 1, sizeof *A->stores);
	for (size_t k = 0; k < A->n; k++) {
		A->names[k] = tt_xstrdup(p->annotators[k]);
		A->stores[k] = tt_project_store_open(p, p->annotators[k], t, &bad);
	}
	return bad;
}

void tt_adjud_free(tt_adjud *A)
{
	for (size_t k = 0; k < A->n; k++) {
		if (A->stores[k])
			tt_tagstore_close(A->stores[k], NULL); /* read-only: nothing to lose */
		free(A->names[k]);
	}
	free(A->names);
	free(A->stores);
	free(A->queue);
	free(A->entry);
	memset(A, 0, sizeof *A);
}

static int by_remaining(const void *a, const void *b)
{
	const tt_adjud_thread *x = a, *y = b;
	if (x->remaining != y->remaining)
		return x->remaining < y->remaining ? 1 : -1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Counts what thread file i leaves to adjudicate; 0 when it did not load. */
static int plan_thread(const tt_project *p, size_t i, tt_adjud_thread *out, int *bad)
{
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_thread_load(p->threads[i], &err, &eno);
	tt_adjud A;

	if (!t) {
		tt_error_print(&err);
		++*bad;
		return 0;
	}
	*bad += tt_adjud_open_project(&A, p, t);
	tt_tagstore *gold = tt_project_store_open(p, TT_PROJECT_GOLD, t, bad);
	tt_adjud_build(&A, gold);
	*out = (tt_adjud_thread){.index = i, .remaining = A.nqueue, .disagree = A.ndisagree};
	if (gold)
		tt_tagstore_close(gold, NULL);
	tt_adjud_free(&A);
	tt_thread_free(t);
	return out->remaining > 0;
}

tt_adjud_thread *tt_adjud_plan(const tt_project *p, size_t *n, int *bad)
{
	tt_adjud_thread *v = tt_xcalloc(p->nthreads + 1, sizeof *v);

	*n = 0;
	for (size_t i = 0; i < p->nthreads; i++)
		*n += plan_thread(p, i, &v[*n], bad);
	qsort(v, *n, sizeof *v, by_remaining);
	return v;
}
