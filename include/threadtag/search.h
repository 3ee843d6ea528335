/* search: fast smart-case search over the comments of a thread (bodies and authors). */
#ifndef THREADTAG_SEARCH_H
#define THREADTAG_SEARCH_H

#include <stddef.h>

#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

/* A search index over one thread: every comment's author and paragraphs as
 * one case-folded text, built in the background (tt_search_start) or on the
 * first search that needs it. A pattern with a capital searches the thread's
 * own text and needs none. The thread must outlive it and must not change
 * while it exists. */
typedef struct tt_search tt_search;

#define TT_SEARCH_NONE ((size_t)-1)

/* Says whether the comment at preorder index i may be a hit (e.g. a limit). */
typedef int (*tt_search_filter)(void *arg, size_t i);

tt_search *tt_search_new(const tt_thread *t);
void tt_search_free(tt_search *s);

/* Starts building the folded text in two worker threads, each folding half
 * of the comments, so that the first search need not wait for it (nothing
 * when it is built or being built; a part whose thread cannot be started is
 * built by the first search). The workers read only the thread;
 * tt_search_free stops and joins them. */
void tt_search_start(tt_search *s);

/* 1 when a search for pattern answers without waiting for the workers (its
 * text is built, or the pattern has a capital and searches the thread as
 * written); 0 while they still fold. */
int tt_search_ready(tt_search *s, const char *pattern);

/* How far the workers are, 0-100 (100 when the folded text is built). */
int tt_search_progress(const tt_search *s);

/* The preorder index of the next comment after start (before it when backward)
 * whose author or one of whose paragraphs contains pattern, going round the
 * ends and reaching start itself last; TT_SEARCH_NONE when none does or the
 * pattern is empty. Smart case as tt_text_find: case-insensitive (towlower
 * per code point) unless the pattern holds a capital. A match never spans two
 * paragraphs. filter may be NULL. *wrapped (may be NULL) says whether the
 * search went past an end. */
size_t tt_search_find(tt_search *s, const char *pattern, size_t start, int backward,
                      tt_search_filter filter, void *arg, int *wrapped);

/* 1 when comment i holds pattern (same rules as tt_search_find). */
int tt_search_matches(tt_search *s, const char *pattern, size_t i);

/* Bytes of folded text the index holds (0 before the first search). */
size_t tt_search_size(const tt_search *s);

/* Appends s[0..len) to out as the search folds the thread's text: each code
 * point (an invalid byte as U+FFFD) lowered with towlower, A-Z 16 or 8 bytes at
 * a time. For tests, which compare it with a fold one code point at a time. */
void tt_search_fold(tt_buf *out, const char *s, size_t len);

#endif
