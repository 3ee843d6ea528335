/* index: a binary copy of a loaded thread, mapped on the next open of the same file. */
#ifndef THREADTAG_INDEX_H
#define THREADTAG_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

/* What identifies the source file an index was made from: its size, times,
 * inode and device, a hash of its first and last 64 KiB (quick) and of all
 * its bytes (hash). */
typedef struct tt_index_stamp {
	uint64_t size, ino, dev, quick, hash;
	int64_t mtime_sec, mtime_nsec, ctime_sec, ctime_nsec;
} tt_index_stamp;

/* Where the index of the thread file at path lives:
 * $XDG_CACHE_HOME/threadtag/index/<hash of the real path>.idx. Caller frees;
 * NULL when the path cannot be resolved. */
char *tt_index_path_for(const char *path);

/* Stats path and hashes its bytes (a regular file only: else EINVAL). 0, or
 * -1 with errno set. */
int tt_index_stamp_of(const char *path, tt_index_stamp *st);

/* Opens the thread through the index at index_path when that index is whole,
 * made from path's real path and matches path's stamp now; NULL otherwise (no
 * index, stale, truncated, corrupt: nothing in it is trusted before its header,
 * sizes, offsets and the hashes of the sections it reads are checked). The
 * source is not read when its stamp says enough (doc/HACKING.md, "The index":
 * racy sources are hashed). The thread maps the index and unmaps it when
 * freed; messages name it as path. */
tt_thread *tt_index_open(const char *path, const char *index_path);

/* The same for a command that only checks comment ids (`tag`): a thread with
 * its id, title, name and article paragraph count (paragraphs empty), no
 * comments in order, whose tt_thread_find answers from the index's id table
 * (a comment found has its id, index, parent and depth, no text). Only the
 * header and the id table are read, and verified. NULL as tt_index_open. */
tt_thread *tt_index_open_ids(const char *path, const char *index_path);

/* Writes the index of t, loaded from path whose stamp was st before loading,
 * to index_path (temp file and rename, directories created). Nothing is written
 * when path changed since st. 0, or -1 with errno set. */
int tt_index_write(const tt_thread *t, const char *path, const tt_index_stamp *st,
                   const char *index_path);

/* Appends the index of t to out, for a cache that keeps a thread with no
 * file behind it (the finished thread of a fetch): no source stamp, no path.
 * Its records want it at an offset of out that is a multiple of 8 when read. */
void tt_index_append(const tt_thread *t, tt_buf *out);
/* Opens such an index held at block + off (off a multiple of 8, block from
 * malloc: the thread owns it from now on and frees it, as it does on failure),
 * len bytes, checked as tt_index_open checks a file; messages name it as name.
 * NULL when it is not whole and sound, or was made from a file. */
tt_thread *tt_index_open_mem(const char *name, void *block, size_t off, size_t len);

/* The fingerprint tag stores keep of a thread (doc/tag-format.md,
 * thread.checksum): FNV-1a 64 over its ids, tree shape, authors and text, as
 * "fnv1a64:" and 16 hex digits. Computing it reads all the text, so the index
 * keeps it: a thread opened through tt_index_open gets it from there, any
 * other is hashed. */
#define TT_INDEX_FP_LEN 25
void tt_index_fingerprint(const tt_thread *t, char out[TT_INDEX_FP_LEN]);

/* Recomputes the checksum of an index held in data[0..len) (len at least a
 * header): for tests and fuzzing, which change an index and must get past the
 * checksum to reach the other checks. */
void tt_index_reseal(void *data, size_t len);

/* Sets the clock the racy-source check reads (NULL: the real one). For tests. */
void tt_index_set_clock(void (*now)(struct timespec *));

/* The 64-bit hash the index uses for sources and its own checksum. */
uint64_t tt_index_hash(uint64_t seed, const void *data, size_t len);

#endif
