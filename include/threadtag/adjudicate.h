/* adjudicate: which comments still need a gold decision, and accepting an annotator's tag. */
#ifndef THREADTAG_ADJUDICATE_H
#define THREADTAG_ADJUDICATE_H

#include <stddef.h>

#include "threadtag/project.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread.h"

/* What a comment asks of the adjudicator, by the annotators' values. */
enum tt_adjud_need {
	TT_ADJUD_NONE = 0,     /* nobody coded it, or all who coded agree in every dimension */
	TT_ADJUD_SINGLE = 1,   /* a dimension only one annotator coded: no second opinion */
	TT_ADJUD_DISAGREE = 2, /* two annotators gave different values of a dimension */
};

/* The annotators' stores of one thread and the comments to adjudicate. */
typedef struct tt_adjud {
	const tt_thread *t;
	char **names;         /* annotator names, in the order the keys number them */
	tt_tagstore **stores; /* read-only; NULL where that annotator has no store */
	size_t n;
	size_t *queue;    /* preorder indices of comments without a gold tag that need one:
	                   * disagreements first, then single codings, each in thread order */
	size_t nqueue;    /* entries in queue */
	size_t ndisagree; /* of which disagreements (the first ndisagree) */
	size_t *entry;    /* per comment (preorder index): its queue entry, or SIZE_MAX */
} tt_adjud;

/* What the annotators' tags of item ask for (the same test `gold --rule
 * unanimous` applies, so what it leaves open is what adjudication shows). */
enum tt_adjud_need tt_adjud_need(const tt_adjud *A, const char *item);

/* Has the gold store decided item: a value in every dimension some
 * annotator coded, or a state (skipped: left out on purpose)? A note alone,
 * or one dimension of two in dispute, decides nothing yet. */
int tt_adjud_is_decided(const tt_adjud *A, const tt_tagstore *gold, const char *item);

/* Builds A->queue for thread t: every comment that needs adjudication and has
 * no decision in gold yet (gold NULL: none has). */
void tt_adjud_build(tt_adjud *A, const tt_tagstore *gold);

/* Queue entries the gold store has decided now. */
size_t tt_adjud_decided(const tt_adjud *A, const tt_tagstore *gold);

/* Puts annotator k's values and labels of item into gold as one change
 * (journal and fdatasync before it returns), keeping the gold item's note and
 * state. Returns 0; 1 when annotator k gave item no value (nothing changed);
 * -1 + err when the store refuses (a value the gold scheme lacks, I/O). */
int tt_adjud_accept(const tt_adjud *A, size_t k, tt_tagstore *gold, const char *item,
                    tt_error *err);

/* Opens every annotator's store of t in project p read-only (names are
 * p->annotators). Returns the number of stores that failed to load (each
 * reported on stderr). */
int tt_adjud_open_project(tt_adjud *A, const tt_project *p, const tt_thread *t);

/* Closes the stores and frees everything but t. */
void tt_adjud_free(tt_adjud *A);

/* One thread of a project and how many of its comments remain to adjudicate. */
typedef struct tt_adjud_thread {
	size_t index;     /* into p->threads */
	size_t remaining; /* comments that need adjudication and no gold decision */
	size_t disagree;  /* of which annotators disagree on */
} tt_adjud_thread;

/* Every thread of p with something to adjudicate, most remaining first (then
 * in file order). Loads each thread, its stores and its gold store. *bad
 * counts threads or stores that failed to load (reported on stderr). Caller
 * frees the array. */
tt_adjud_thread *tt_adjud_plan(const tt_project *p, size_t *n, int *bad);

#endif
