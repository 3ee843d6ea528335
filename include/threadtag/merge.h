/* merge: a thread fetched again, merged into the version on disk without losing a comment or a tag.
 */
#ifndef THREADTAG_MERGE_H
#define THREADTAG_MERGE_H

#include "threadtag/thread.h"

struct tt_merge_stats {
	size_t added;   /* comments new at the source */
	size_t edited;  /* comments whose text changed (old text kept as previous) */
	size_t deleted; /* comments deleted or gone at the source (text kept, marked deleted) */
	const char **edited_ids; /* the edited comments' ids (in the result's arena); caller frees
	                            the array */
};

/* A new thread: fresh's comments in fresh's order, each keeping what old knew
 * of it (added, previous, edited; its text when fresh shows it deleted), then
 * old's comments that fresh no longer has, under their old parent, marked
 * deleted. Ids are kept, so tags stay attached. `when` (ISO 8601) stamps
 * added and edited. The thread keeps old's id and source_url and takes
 * fresh's article and fetched. NULL + err on failure. Caller frees. */
tt_thread *tt_merge(const tt_thread *old, const tt_thread *fresh, const char *when,
                    struct tt_merge_stats *st, tt_error *err);

#endif
