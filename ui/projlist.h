/* projlist: the thread list of an annotation project, `threadtag DIR` (ui/ only). */
#ifndef THREADTAG_UI_PROJLIST_H
#define THREADTAG_UI_PROJLIST_H

#include <curses.h>
#include <stddef.h>

#include "actions.h"
#include "threadtag/error.h"
#include "threadtag/project.h"

/* How the rows are ordered; the sort key cycles through them. */
enum pl_sort { PL_SORT_FILE, PL_SORT_PROGRESS, PL_SORT_OPENED, PL_SORT_DISAGREE, PL_NSORT };

struct projlist {
	tt_project *p;
	tt_scheme *sc;
	char *dir, *annotator;
	tt_project_summaries *S;
	size_t ai;         /* the annotator's index in p->annotators, or SIZE_MAX (no folder yet) */
	char **opened;     /* per thread: when it was last left ("2026-03-01 14:02"), or NULL */
	size_t *row, nrow; /* thread indices shown: filtered and sorted */
	size_t sel, top;   /* positions in row[] */
	enum pl_sort sort;
	char filter[256];
	int filtering, help; /* the filter prompt or the help is open */
	int rows, cols;
	char msg[200];
};

/* What a key asks of the caller. */
enum pl_result { PL_NONE, PL_REDRAW, PL_OPEN, PL_QUIT };

/* Opens the project and its summaries for annotator (already checked). 0, or an
 * exit code after a message on stderr. */
int projlist_open(struct projlist *l, const char *dir, const char *annotator);
void projlist_free(struct projlist *l);
/* Loads the project again (a thread was tagged) and keeps the selection on the
 * same thread file. 0, or an exit code after a message. */
int projlist_reload(struct projlist *l);
void projlist_draw(struct projlist *l, WINDOW *w);
enum pl_result projlist_key(struct projlist *l, ui_key k);
/* The thread the selection is on, as an index into p->threads; SIZE_MAX: none. */
size_t projlist_selected(const struct projlist *l);
/* The store thread file `i` is tagged into: the annotator's store in the
 * project. Caller frees; NULL when the thread did not load. */
char *projlist_store(const struct projlist *l, size_t i);

#endif
