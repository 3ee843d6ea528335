/* thread_yaml: the thread file format, version 1 (doc/thread-format.md). */
#ifndef THREADTAG_THREAD_YAML_H
#define THREADTAG_THREAD_YAML_H

#include "threadtag/thread.h"

enum { TT_THREAD_FORMAT = 1 };

/* Loads a thread file ("-" for stdin). NULL + err on any problem; *errno_out
 * receives errno when the file could not be read (for exit code 66 vs 74). */
tt_thread *tt_thread_load(const char *path, tt_error *err, int *errno_out);
/* What a load has read so far, for a screen that shows it while it runs. */
typedef struct tt_load_progress {
	const tt_thread *t;  /* partial: the article once read, comments so far in
	                      * tree order (first/next_sibling/first_child, depth),
	                      * not yet finished (no order, no index, no ids derived) */
	size_t ncomments;    /* comments parsed so far (t->ncomments) */
	size_t bytes, total; /* bytes of the file read, of its size (0: unknown) */
} tt_load_progress;
/* Called by tt_thread_load and tt_thread_load_mem after the article, then
 * about every 50 ms (and at least every TT_LOAD_PROGRESS_EVERY comments), and
 * once the whole file is read, before the tree is linked.
 * Returning nonzero stops the load: it fails with "stopped" in err. */
typedef int (*tt_load_progress_fn)(void *ctx, const tt_load_progress *p);
enum { TT_LOAD_PROGRESS_EVERY = 4096 };
/* Sets the hook of the loads that follow (fn NULL: none). One at a time: the
 * viewer's loading screen sets it around its one load. */
void tt_thread_load_hook(tt_load_progress_fn fn, void *ctx);
/* Calls that hook, if any, for a load made another way (a thread built from
 * its index, index.c, reports at least every TT_LOAD_PROGRESS_EVERY comments
 * and once all are made). Its answer: nonzero stops that load. */
int tt_thread_load_report(const tt_load_progress *p);
/* Loads from memory; name is used in messages. */
tt_thread *tt_thread_load_mem(const char *name, const char *buf, size_t len, tt_error *err);

/* Serialises to the thread format. Returns a malloc'd NUL-terminated buffer,
 * or NULL when a text of the thread is no valid UTF-8 (tt_thread_unwritable
 * says which). */
char *tt_thread_to_yaml(const tt_thread *t, size_t *len);
/* Writes atomically to path ("-" for stdout). 0, or -1 with errno set:
 * EILSEQ when a text of the thread is no valid UTF-8. */
int tt_thread_save(const tt_thread *t, const char *path);
/* The first text of the thread that is no valid UTF-8, said in words
 * ("the article's title", "comment c3f2…'s author") into what (cap bytes);
 * 0 when every text is valid. */
int tt_thread_unwritable(const tt_thread *t, char *what, size_t cap);

/* NULL when s is a time a thread file accepts (ISO 8601 as threadtag writes
 * it, and a real moment), else why not: for importers that take a page's
 * machine-readable time as it is written. */
const char *tt_thread_time_invalid(const char *s);

#endif
