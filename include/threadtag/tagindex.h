/* tagindex: a checked binary copy of a tag store file beside it, so opening the store needs no
 * YAML. */
#ifndef THREADTAG_TAGINDEX_H
#define THREADTAG_TAGINDEX_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

/* Where an item's record lies in the caller's summary bytes: [off, off +
 * len), found by hash (tt_tagindex_item_hash of the item). */
typedef struct tt_tagindex_item {
	uint64_t hash, off, len;
} tt_tagindex_item;

typedef struct tt_tagindex tt_tagindex;

/* $XDG_CACHE_HOME/threadtag/tags/<hash of the store's path>.tix. store_path
 * should be resolved already (the store's identity). Caller frees. */
char *tt_tagindex_path_for(const char *store_path);

uint64_t tt_tagindex_item_hash(const char *item);

/* Writes the summary of the store file whose stat is st: key (a string the
 * reader must present again: what the summary depends on besides the file),
 * summary bytes (the caller's own), and the items (sorted here). A temporary
 * file renamed into place; nothing is synced, since a torn or lost summary is
 * only a slower open. 0, or -1 with errno. */
int tt_tagindex_write(const char *path, const struct stat *st, const char *key, const void *summary,
                      size_t nsummary, tt_tagindex_item *items, size_t nitems);

/* Opens the summary at path when its header and its table of block hashes
 * are whole and it was made for a store file with st's size, inode, device
 * and modification and change times; NULL otherwise (absent, stale, damaged:
 * nothing in it is used). The change time cannot be set back by a program,
 * so a store written since, even with its size and times restored, shows.
 * The rest is checked a block at a time as it is first read: the functions
 * below refuse (NULL, SIZE_MAX, 0) what lies in a damaged block, and the
 * caller then reads the store itself. */
tt_tagindex *tt_tagindex_open(const char *path, const struct stat *st);
/* Was the summary made under this key (0 too when the key is damaged)? */
int tt_tagindex_key_is(const tt_tagindex *x, const char *key);
void tt_tagindex_close(tt_tagindex *x);

/* The length of the caller's summary bytes. */
uint64_t tt_tagindex_summary_len(const tt_tagindex *x);
/* Bytes [off, off + len) of the caller's summary, valid until close; NULL
 * when they are not all in it or lie in a damaged block. */
const void *tt_tagindex_summary(const tt_tagindex *x, uint64_t off, uint64_t len);
/* Every item, sorted by hash; SIZE_MAX when a block of them is damaged. */
size_t tt_tagindex_count(const tt_tagindex *x, const tt_tagindex_item **all);
/* The items with this hash: *first and the number of them (0: the item is
 * not in the store); SIZE_MAX when a block the search read is damaged. */
size_t tt_tagindex_find(const tt_tagindex *x, uint64_t hash, const tt_tagindex_item **first);

#endif
