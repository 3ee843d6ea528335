/* thread: the article and its comment tree; knows nothing of screens or files. */
#ifndef THREADTAG_THREAD_H
#define THREADTAG_THREAD_H

#include <stddef.h>

#include "threadtag/error.h"

/* A list of strings living in the thread's arena. */
typedef struct tt_strv {
	const char **v;
	unsigned n, cap; /* not size_t: two in every comment (memory per comment) */
} tt_strv;

enum tt_comment_flags {
	TT_C_DELETED = 1 << 0, /* the source marked it deleted/removed: a placeholder */
	TT_C_DEAD = 1 << 1,    /* HN "dead" */
	TT_C_DERIVED_ID = 1 << 2, /* id was derived from content, not given */
};

typedef struct tt_comment tt_comment;
struct tt_comment {
	const char *id;     /* unique in the thread, stable across loads */
	const char *author; /* NULL when unknown */
	const char *posted; /* time as given, NULL when absent */
	const char *time;   /* ISO 8601 when the posted text was parsed, else NULL */
	tt_strv body;       /* paragraphs; a paragraph keeps its hard line breaks */
	long long more;     /* replies the source did not include (Reddit "more"), 0 if none */
	tt_strv previous;   /* the text before the last edit an update found; empty if none */
	const char *edited; /* ISO 8601: when an update found the text changed, else NULL */
	const char *added;  /* ISO 8601: when an update first found the comment, else NULL */
	/* Set by a loader before tt_thread_finish to attach this comment under the
	 * comment with that id (which must come earlier in the source). Lets flat
	 * sources and very deep chains avoid nesting. */
	const char *parent_ref;

	tt_comment *parent; /* NULL for a top-level comment */
	tt_comment *first_child, *last_child;
	tt_comment *next_sibling, *prev_sibling;
	size_t nchildren;
	size_t index;   /* position in preorder, 0-based (valid after tt_thread_finish) */
	size_t subtree; /* number of descendants, not counting itself */
	unsigned depth; /* 0 for top-level */
	unsigned line, col; /* position in the source it was read from, 0 if none */
	unsigned flags;     /* here, beside the other ints: no padding (memory per comment) */
};

typedef struct tt_article {
	const char *title;
	const char *site, *section, *url, *author;
	const char *published; /* as given */
	const char *time;      /* ISO 8601 when parsed */
	tt_strv keywords;
	tt_strv body; /* paragraphs */
} tt_article;

typedef struct tt_thread tt_thread;
struct tt_thread {
	const char *id; /* given or derived from the article */
	const char *source; /* "source:" key: where it was imported from, or NULL */
	const char *name;   /* file name for messages (not saved) */
	const char *source_url; /* the address it was fetched from, or NULL */
	const char *fetched;    /* ISO 8601: when that address was fetched, or NULL */
	tt_article article;
	long long more;  /* top-level comments the source did not include */
	tt_comment **order; /* every comment in preorder (after tt_thread_finish) */
	size_t ncomments;
	tt_comment *first, *last; /* top-level comments */
	size_t ntop;
	unsigned max_depth;
	struct tt_thread_priv *priv; /* arena and id index */
};

/* Creation and destruction. */
tt_thread *tt_thread_new(void);
void tt_thread_free(tt_thread *t);

/* Calls fn(arg) when the thread is freed, after its memory is no longer used:
 * for strings that live outside the arena (a mapped index). One per thread. */
void tt_thread_on_free(tt_thread *t, void (*fn)(void *), void *arg);

/* Makes tt_thread_find ask find(arg, id) instead of the id index: for a
 * thread whose comments are made on demand from an index's id table
 * (tt_index_open_ids). */
void tt_thread_set_finder(tt_thread *t, tt_comment *(*find)(void *arg, const char *id),
                          void *arg);

/* Arena copies, owned by the thread. len may be (size_t)-1 for strlen. */
const char *tt_thread_strdup(tt_thread *t, const char *s, size_t len);
const char *tt_thread_strfmt(tt_thread *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Arena memory, zeroed, aligned for any type. Freed with the thread. */
void *tt_thread_alloc(tt_thread *t, size_t size);
void tt_strv_push(tt_thread *t, tt_strv *v, const char *s);
/* Sets an empty v to a copy of the n strings at s, in an array of exactly n
 * (a loader that knows the count wastes no capacity). */
void tt_strv_set(tt_thread *t, tt_strv *v, const char *const *s, size_t n);

/* Appends a new, empty comment as the last child of parent (NULL: top level). */
tt_comment *tt_thread_add_comment(tt_thread *t, tt_comment *parent);

/* Completes a thread after building: moves comments with a parent_ref under
 * their parent, then preorder, depths, subtree sizes, derived ids for comments
 * without one, the id index and the thread id. Reports a duplicate id or a bad
 * parent_ref through err (at the comment's line/col). Works without recursion.
 * Safe to call again after more comments were added. */
int tt_thread_finish(tt_thread *t, tt_error *err);

/* Lookups, all O(1). */
tt_comment *tt_thread_find(const tt_thread *t, const char *id);
tt_comment *tt_comment_next(const tt_thread *t, const tt_comment *c);  /* preorder */
tt_comment *tt_comment_prev(const tt_thread *t, const tt_comment *c);
/* First comment after c's subtree in preorder (skips its replies). */
tt_comment *tt_comment_next_after_subtree(const tt_thread *t, const tt_comment *c);
tt_comment *tt_comment_top(const tt_comment *c); /* top-level ancestor (O(depth)) */
tt_comment *tt_comment_next_top(const tt_comment *c);
tt_comment *tt_comment_prev_top(const tt_comment *c);

/* A joined view of a comment body ("\n\n" between paragraphs). Caller frees. */
char *tt_comment_text(const tt_comment *c);

#endif
