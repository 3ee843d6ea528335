/* thread: the article and its comment tree; knows nothing of screens or files. */
#ifndef THREADTAG_THREAD_H
#define THREADTAG_THREAD_H

#include <stddef.h>
#include <stdint.h>

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
	TT_C_EXTRA = 1 << 3, /* has an entry in the thread's extras (set by thread.c only) */
};

/* Threads hold at most this many comments (tt_thread_finish and the loader
 * refuse more): positions, counts and the id index are 32-bit. */
#define TT_THREAD_MAX_COMMENTS 0x7fffffffu

typedef struct tt_comment tt_comment;
struct tt_comment {
	const char *id;     /* unique in the thread, stable across loads */
	const char *author; /* NULL when unknown */
	const char *posted; /* time as given, NULL when absent */
	const char *time;   /* ISO 8601 when the posted text was parsed, else NULL */
	tt_strv body;       /* paragraphs; a paragraph keeps its hard line breaks */

	tt_comment *parent; /* NULL for a top-level comment */
	tt_comment *first_child, *last_child;
	tt_comment *next_sibling; /* the previous: tt_comment_prev_sibling; the count of
	                           * replies: tt_comment_nchildren */
	/* Counts and positions are unsigned, not size_t (a thread holds at most
	 * TT_THREAD_MAX_COMMENTS), and the ints sit together: no padding. Every
	 * byte here is paid once per comment of every thread (doc/performance.md,
	 * "Peak memory by shape"); what few comments have is in tt_comment_extra. */
	unsigned index;   /* position in preorder, 0-based (valid after tt_thread_finish) */
	unsigned subtree; /* number of descendants, not counting itself */
	unsigned depth;   /* 0 for top-level */
	unsigned line, col; /* position in the source it was read from, 0 if none */
	unsigned flags;
};

/* What few comments have, kept beside the comments in a table of the
 * thread's (keyed by comment) rather than in each: read it through the
 * accessors below, write it through tt_comment_extra_set. */
typedef struct tt_comment_extra {
	const tt_comment *c;
	tt_strv previous;   /* the text before the last edit an update found; empty if none */
	const char *edited; /* ISO 8601: when an update found the text changed, else NULL */
	const char *added;  /* ISO 8601: when an update first found the comment, else NULL */
	long long more;     /* replies the source did not include (Reddit "more"), 0 if none */
	/* Set before tt_thread_finish to attach the comment under the comment with
	 * that id (which must come earlier in the source). The loader resolves a
	 * `parent:` at once when it can and keeps the id here only when not (an id
	 * not seen yet: tt_thread_finish then says what is wrong). */
	const char *parent_ref;
} tt_comment_extra;

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

/* Moves c, with its replies, to be the last reply of parent (NULL: the last
 * top-level comment). prev is c's previous sibling (NULL when it is the
 * first): comments keep no link back, so it spares a search; a wrong one
 * is looked up. A parent that is c or one of its replies moves nothing.
 * Before tt_thread_finish, which numbers the comments again. */
void tt_thread_move_comment(tt_thread *t, tt_comment *c, tt_comment *prev, tt_comment *parent);

/* Takes c, a comment with no replies, out of the thread (an importer that
 * finds it was the article after all); prev as for tt_thread_move_comment.
 * A comment with replies is left. Before tt_thread_finish. */
void tt_thread_drop_comment(tt_thread *t, tt_comment *c, tt_comment *prev);

/* Completes a thread after building: moves comments with a parent_ref under
 * their parent, then preorder, depths, subtree sizes, derived ids for comments
 * without one, the id index and the thread id. Reports more comments than
 * tt_thread_max_comments, a duplicate id or a bad parent_ref through err (at
 * the comment's line/col). Works without recursion. Safe to call again after
 * more comments were added. */
int tt_thread_finish(tt_thread *t, tt_error *err);

/* The id index's hash of an id (FNV-1a 64, tt_hash_field from its start).
 * The index file's id table uses it too, so it is written from the model's. */
uint64_t tt_thread_id_hash(const char *id);
/* The id index: *nslots slots (a power of two, at least 16 and twice the
 * comments), each 0 or 1 + a comment's place in order, an id probed
 * linearly from tt_thread_id_hash(id) & (*nslots - 1). NULL when the thread
 * has none (not finished, or lookups answered by a finder). */
const uint32_t *tt_thread_id_slots(const tt_thread *t, size_t *nslots);

/* Lookups, all O(1). */
tt_comment *tt_thread_find(const tt_thread *t, const char *id);
tt_comment *tt_comment_next(const tt_thread *t, const tt_comment *c);  /* preorder */
tt_comment *tt_comment_prev(const tt_thread *t, const tt_comment *c);
/* First comment after c's subtree in preorder (skips its replies). */
tt_comment *tt_comment_next_after_subtree(const tt_thread *t, const tt_comment *c);
tt_comment *tt_comment_top(const tt_comment *c); /* top-level ancestor (O(depth)) */
/* Direct replies, counted (O(replies): no count is kept in each comment). */
unsigned tt_comment_nchildren(const tt_comment *c);
tt_comment *tt_comment_next_top(const tt_comment *c);
/* The comment after c in preorder through the tree's own links, or NULL:
 * needs no order array, so it serves a thread still being built. */
tt_comment *tt_comment_walk(const tt_comment *c);
/* The previous sibling and top-level comment: found through the preorder
 * (a comment keeps no link back, which would cost 8 bytes a comment), in
 * steps as many as the levels of the replies between. */
tt_comment *tt_comment_prev_sibling(const tt_thread *t, const tt_comment *c);
tt_comment *tt_comment_prev_top(const tt_thread *t, const tt_comment *c);

/* A comment's extras: never NULL (all empty when it has none). O(1). */
const tt_comment_extra *tt_comment_extra_get(const tt_thread *t, const tt_comment *c);
/* The same, made on first use, to be written. */
tt_comment_extra *tt_comment_extra_set(tt_thread *t, tt_comment *c);
const tt_strv *tt_comment_previous(const tt_thread *t, const tt_comment *c);
const char *tt_comment_edited(const tt_thread *t, const tt_comment *c);
const char *tt_comment_added(const tt_thread *t, const tt_comment *c);
long long tt_comment_more(const tt_thread *t, const tt_comment *c);

/* Lowers the comment limit below TT_THREAD_MAX_COMMENTS (0: back to it), so
 * tests can reach it. */
void tt_thread_set_max_comments(size_t n);
/* The limit in force: a loader refuses the comment past it. */
size_t tt_thread_max_comments(void);

/* A joined view of a comment body ("\n\n" between paragraphs). Caller frees. */
char *tt_comment_text(const tt_comment *c);

#endif
