/* tagstore: stance schemes and per-annotator tag stores with journal, lock, undo. */
#ifndef THREADTAG_TAGSTORE_H
#define THREADTAG_TAGSTORE_H

#include <stddef.h>

#include "threadtag/thread.h"
#include "threadtag/yaml_io.h"

/* ---- scheme ---- */

typedef struct tt_scheme_value {
	const char *name;        /* "favor" */
	const char *key;         /* key that sets it in the view, e.g. "1" */
	const char *role;        /* colour role for the theme, e.g. "stance.favor" */
	const char *description; /* one line for help and the tags pane */
	const char **examples;   /* short example comments from the guideline */
	size_t nexamples;
	const char *sdqc;        /* its RumourEval class (support, deny, query,
				  * comment) for `export --format rumoureval`, or NULL */
} tt_scheme_value;

typedef struct tt_scheme_dim {
	const char *name;        /* "stance", "reply" */
	const char *description;
	int replies_only;        /* applies to replies only (relation to the parent) */
	tt_scheme_value *values;
	size_t nvalues;
} tt_scheme_dim;

typedef struct tt_scheme_label {
	const char *name;        /* "sarcasm" */
	const char *key;         /* key in the label picker */
	const char *description;
} tt_scheme_label;

typedef struct tt_scheme {
	const char *name;        /* "default", "rumour" */
	const char *target;      /* what stance is taken toward */
	tt_scheme_dim *dims;
	size_t ndims;
	tt_scheme_label *labels;
	size_t nlabels;
	struct tt_scheme_priv *priv;
} tt_scheme;

/* The built-in scheme: stance (favor, against, neutral, unclear, off-topic on
 * keys 1-5) and reply (agree, disagree, neutral), plus free labels. */
tt_scheme *tt_scheme_default(void);
/* Loads a scheme file (doc/tag-format.md). NULL + err (FILE:LINE:COL). */
tt_scheme *tt_scheme_load(const char *path, tt_error *err);
void tt_scheme_free(tt_scheme *s);
int tt_scheme_dim_index(const tt_scheme *s, const char *dim);               /* -1 if none */
int tt_scheme_value_index(const tt_scheme *s, size_t dim, const char *value); /* -1 if none */
int tt_scheme_label_index(const tt_scheme *s, const char *label);           /* -1 if none */
/* A deep copy. Caller frees with tt_scheme_free. */
tt_scheme *tt_scheme_copy(const tt_scheme *s);
/* Reads a scheme mapping whose first event (start) was just read from r; for
 * loaders that embed a scheme (the tag store). NULL + err. */
tt_scheme *tt_scheme_read(tt_yreader *r, const tt_yevent *start, tt_error *err);
/* The scheme's version: FNV-1a 64 (tt_hash_field) over tt_scheme_to_yaml, as
 * 16 hex digits. Stored with each tag, so `status` can tell tags made under
 * an older scheme. */
#define TT_SCHEME_VERSION_LEN 17
void tt_scheme_version(const tt_scheme *s, char out[TT_SCHEME_VERSION_LEN]);
/* Writes the scheme as a block mapping (name, target, dimensions, labels). */
void tt_scheme_emit(const tt_scheme *s, tt_yemit *e);
/* The scheme as a standalone scheme file. Caller frees; NULL on failure. */
char *tt_scheme_to_yaml(const tt_scheme *s, size_t *len);

/* ---- items ---- */

/* Tags attach to comment ids, to the article as a whole (TT_ITEM_ARTICLE) and
 * to article paragraphs ("@article/3", 1-based: tt_tags_paragraph_item). */
#define TT_ITEM_ARTICLE "@article"
void tt_tags_paragraph_item(size_t paragraph, char out[32]);
/* $XDG_DATA_HOME/threadtag/tags/<thread-id>/<annotator>.yaml, with '/', '%',
 * controls and a leading '.' percent-encoded. Caller frees. */
/* An item's place in thread order: the article, its paragraphs, then the
 * comments in preorder; SIZE_MAX for an item that is not in the thread. */
size_t tt_tags_item_rank(const tt_thread *t, const char *item);
char *tt_tagstore_default_path(const char *thread_id, const char *annotator);
/* The annotator when none is given: config.yaml's annotator, else the login
 * name. Caller frees. */
char *tt_tagstore_annotator_default(void);

typedef struct tt_tag {
	const char *item;      /* comment id or article item */
	const char **values;   /* one per scheme dimension; NULL = unset */
	const char **labels;   /* sorted by scheme order, then name */
	size_t nlabels;
	const char *note;      /* NULL when none */
	const char *state;     /* "skipped", "flagged", "unsure"; NULL when none */
	const char *reason;    /* why the state, or NULL */
	const char *scheme_version; /* tt_scheme_version it was made under; NULL in old stores */
	const char *annotator;
	const char *time;      /* ISO 8601 UTC of the last change, e.g. 2026-11-23T14:09:49Z */
} tt_tag;

/* Is name an item state besides values: skipped, flagged or unsure
 * (doc/tag-format.md)? "none" is not: it means no state. */
int tt_tag_state_valid(const char *name);

/* ---- store ---- */

typedef struct tt_tagstore tt_tagstore;

typedef struct tt_tagstore_opts {
	const char *path;       /* NULL: $XDG_DATA_HOME/threadtag/tags/<thread-id>/<annotator>.yaml */
	const char *annotator;  /* NULL: config, then the login name */
	const char *scheme_path;/* NULL: the scheme stored in the file, else the default */
	int readonly;           /* open without taking the lock or writing */
	unsigned compact_every;  /* fold the journal into the store every N changes (0: only
	                          * on close: a change appends to the journal, nothing more) */
	int keep_journal;        /* close folds the journal only once it holds a quarter of the
	                          * store's bytes or more; else it stays for the next open (for
	                          * commands: one change then costs the change, not the store) */
	const char *const *items; /* writable opens: the items about to change. When the store's
	                           * summary ($XDG_CACHE_HOME/threadtag/tags/, written by the
	                           * previous such open) is current, only the store's header,
	                           * these items and the journal are read; anything that needs
	                           * the rest (tt_tagstore_at, state_count, compaction, another
	                           * item) reads it then. NULL: read the whole store. */
	size_t nitems;
} tt_tagstore_opts;

/* Opens (creating on first change) the store for a thread: loads it, replays a
 * leftover journal (a torn last entry is ignored with a notice) and takes an
 * flock; if another process holds it, opens read-only with a notice. The lock
 * and journal belong to the store's resolved path, so a store reached through
 * a symbolic link is the same store; one with several hard links is refused
 * for writing (errno EMLINK). NULL + err on a malformed, incomplete or binary
 * store/journal/scheme (the files are left untouched). */
tt_tagstore *tt_tagstore_open(const tt_thread *t, const tt_tagstore_opts *o, tt_error *err,
			      int *errno_out);
/* Compacts (unless read-only; with keep_journal only when the journal is big),
 * releases the lock and frees. 0 or -1 + err; on -1 every change is still in
 * the journal, which is kept. */
int tt_tagstore_close(tt_tagstore *s, tt_error *err);

int tt_tagstore_readonly(const tt_tagstore *s);
/* 1 while only some items are in memory (tt_tagstore_opts.items and a
 * current summary); for tests and benchmarks, callers need not care. */
int tt_tagstore_partial(const tt_tagstore *s);
/* 1 when the store was opened from its summary (a checked binary copy under
 * $XDG_CACHE_HOME/threadtag/tags/) rather than by parsing it; for tests and
 * benchmarks. */
int tt_tagstore_from_summary(const tt_tagstore *s);
/* Messages from opening (read-only because locked, torn journal entry ignored,
 * unknown values kept, orphans). NULL when none; valid until close. */
const char *tt_tagstore_notice(const tt_tagstore *s);
const char *tt_tagstore_path(const tt_tagstore *s);
/* Where the store's journal lives: a reader watches it to follow a writer. */
const char *tt_tagstore_journal_path(const tt_tagstore *s);
/* For a read-only store: 1 when no other process holds the lock now (reopening
 * writable would succeed), 0 when one does, -1 with errno when unknown. 0 for a
 * writable store. */
int tt_tagstore_lock_free(const tt_tagstore *s);
const char *tt_tagstore_annotator(const tt_tagstore *s);
const tt_scheme *tt_tagstore_scheme(const tt_tagstore *s);

/* The tag of an item, or NULL if it has none. Valid until the next change. */
const tt_tag *tt_tagstore_get(const tt_tagstore *s, const char *item);
/* Tagged items in store order (thread order, orphans last). */
size_t tt_tagstore_count(const tt_tagstore *s);
const tt_tag *tt_tagstore_at(const tt_tagstore *s, size_t i);
/* Items whose id is neither in the thread nor an article item. */
size_t tt_tagstore_orphans(const tt_tagstore *s);
/* Tagged items that are comments of the thread (for progress: of t->ncomments). */
size_t tt_tagstore_comments_tagged(const tt_tagstore *s);

/* Changes. Each is appended to the journal and fdatasync'd before it returns 0:
 * what the screen shows is already on disk. -1 + err on failure (nothing
 * changed) or when read-only. errno tells why: EINVAL for bad data (an unknown
 * item, value or label, a note that is not UTF-8: exit 65), EROFS when
 * read-only, otherwise the I/O error of the journal. */
int tt_tagstore_set_value(tt_tagstore *s, const char *item, const char *dim, const char *value,
			  tt_error *err); /* value NULL clears */
int tt_tagstore_toggle_label(tt_tagstore *s, const char *item, const char *label, tt_error *err);
int tt_tagstore_set_note(tt_tagstore *s, const char *item, const char *note, tt_error *err);
int tt_tagstore_clear(tt_tagstore *s, const char *item, tt_error *err); /* whole item */
/* Sets an item's state (skipped, flagged, unsure; NULL or "none" clears it,
 * and its reason) with an optional reason, keeping its values and labels. */
int tt_tagstore_set_state(tt_tagstore *s, const char *item, const char *state, const char *reason,
                          tt_error *err);
/* Present items with that state (O(n)). */
size_t tt_tagstore_state_count(const tt_tagstore *s, const char *state);
/* Sets an item's whole tag (values, labels, note of *tag; item names it) as one
 * change: one journal entry, one undo step. An empty tag clears the item. */
int tt_tagstore_put(tt_tagstore *s, const tt_tag *tag, tt_error *err);
/* Sets the whole tags of n different items as one change: one journal record,
 * so after a crash or an error either all of them are on disk or none is
 * (undo then takes them back one item at a time). */
int tt_tagstore_put_many(tt_tagstore *s, const tt_tag *tags, size_t n, tt_error *err);
/* Is item something this store can tag (a comment of the thread, the article,
 * one of its paragraphs, or an orphan already in the store)? */
int tt_tagstore_item_valid(const tt_tagstore *s, const char *item);
/* Counts kept up to date on every change (O(1) each): items with a value of a
 * dimension (value index from tt_scheme_value_index), and with a label. */
size_t tt_tagstore_value_count(const tt_tagstore *s, size_t dim, size_t value);
size_t tt_tagstore_label_count(const tt_tagstore *s, size_t label);
/* Values and labels in the store that the scheme does not know (kept as is). */
size_t tt_tagstore_unknown(const tt_tagstore *s);
/* Is this item an orphan (its comment is not in the thread)? */
int tt_tagstore_is_orphan(const tt_tagstore *s, const char *item);
/* Undo/redo of whole changes, unlimited within the open store. Return 1 when
 * there is nothing to undo/redo, 0 when done (*item_out: the item changed). */
int tt_tagstore_undo(tt_tagstore *s, const char **item_out, tt_error *err);
int tt_tagstore_redo(tt_tagstore *s, const char **item_out, tt_error *err);
/* Folds the journal into the store file (temp, fsync, rename, fsync dir),
 * keeping the replaced store as STORE.bak. On -1 the journal is kept. */
int tt_tagstore_compact(tt_tagstore *s, tt_error *err);
/* Folds the journal into the store in a child process, from a copy-on-write
 * snapshot of this moment, so the caller never waits for the rewrite (the
 * viewer starts it when idle). Changes made meanwhile are appended to the
 * journal as always. Due when the journal holds a quarter of the store and at
 * least 64 KiB (force: whenever something is unfolded). 1 started, 0 not due
 * or one running already, -1 + err when it cannot start. */
int tt_tagstore_fold_start(tt_tagstore *s, int force, tt_error *err);
/* Reaps a background fold: 0 still running (wait 0), 1 done or none running,
 * -1 + err failed (every change stays in the journal). When nothing was
 * changed since its snapshot the journal is emptied; otherwise it stays whole
 * and the next fold, or the close, takes the rest. Compact and close wait for
 * a running fold first. */
int tt_tagstore_fold_poll(tt_tagstore *s, int wait, tt_error *err);

#endif
