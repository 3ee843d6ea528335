/* adjudicate: the adjudication view, every annotator's tag beside the gold decision (ui/ only). */
#ifndef THREADTAG_UI_ADJUDICATE_H
#define THREADTAG_UI_ADJUDICATE_H

#include "view.h"
#include "threadtag/adjudicate.h"

/* How an adjudication view ended. */
enum adjud_leave {
	ADJ_QUIT = 0,
	ADJ_NEXT_THREAD = 1,
	ADJ_PREV_THREAD = -1,
	ADJ_NOTHING_LEFT = 2 /* not shown: every comment of it is decided */
};

/* Makes v (whose tag store is the gold store) an adjudication of A, which the
 * caller keeps until adjud_free: the review strip on with every annotator and
 * a gold column, the first comment left to decide selected. thread_no of
 * nthreads numbers the thread in a project (nthreads 0: a lone thread). */
void adjud_attach(struct view *v, tt_adjud *A, size_t thread_no, size_t nthreads);
void adjud_free(struct view *v);
enum adjud_leave adjud_leave(const struct view *v);
/* The adjudication's keys, before any other handler sees them; RD_NONE when
 * not adjudicating or not one of its keys. */
int adjud_key(struct view *v, enum action a, ui_key k);
/* Draws the adjudication panel in r (the article pane's place); 0 when not adjudicating. */
int adjud_draw(struct view *v, WINDOW *w, struct rect r);
/* The progress for the status line; 0 when not adjudicating. */
int adjud_status(struct view *v, char *out, size_t size);

#endif
