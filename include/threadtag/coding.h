/* coding: the units x annotators table of one dimension, built from threads and tag stores. */
#ifndef THREADTAG_CODING_H
#define THREADTAG_CODING_H

#include <stddef.h>

#include "threadtag/agree.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread.h"

/* A unit is one item of one thread that some annotator gave a value. */
typedef struct tt_coding_unit {
	size_t thread; /* index into tt_coding.threads */
	char *item;    /* comment id (or article item) */
	char *author;  /* NULL when unknown or not a comment */
	char *snippet; /* the comment's first words, at most 60 bytes, never half a character */
	int depth;     /* 0 top-level, 1.. replies, -1 not a comment (the article) */
} tt_coding_unit;

typedef struct tt_coding {
	char *dim;
	char **coders; /* annotator names, in column order */
	size_t ncoders;
	char **cats; /* the scheme's values of dim, then values found outside it */
	size_t ncats, nscheme_cats;
	char **threads; /* a label per thread added (its file or id) */
	size_t nthreads;
	tt_coding_unit *units; /* thread by thread, in thread order */
	size_t nunits, capunits;
	int *codes; /* nunits x ncoders, TT_AGREE_MISSING where none */
} tt_coding;

/* An empty coding of dimension dim (NULL: the scheme's first) for ncoders
 * annotators. NULL when the scheme has no such dimension. */
tt_coding *tt_coding_new(const tt_scheme *scheme, const char *dim, const char *const *coders,
                         size_t ncoders);

/* Adds the units of thread t: stores[k] is coder k's store of t, or NULL when
 * that coder has none. label names the thread in reports (copied). A store
 * whose scheme lacks the dimension counts as giving no values. */
void tt_coding_add_thread(tt_coding *c, const tt_thread *t, const char *label,
                          tt_tagstore *const *stores);

/* The table over every unit added so far; valid until the next add. */
tt_agree_table tt_coding_table(const tt_coding *c);

/* The units coders a and b put in one cell of their confusion matrix (a gave
 * category row, b col): writes up to max of them into units, in thread order,
 * and returns how many there are. For a pane that lists the comments behind a
 * cell: c->units[i].thread, .item, .author, .snippet. */
size_t tt_coding_cell(const tt_coding *c, size_t a, size_t b, int row, int col,
                      const tt_coding_unit **units, size_t max);

void tt_coding_free(tt_coding *c);

#endif
