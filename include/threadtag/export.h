/* export: tags joined with their comments, as YAML, CSV (RFC 4180) or JSON lines. */
#ifndef THREADTAG_EXPORT_H
#define THREADTAG_EXPORT_H

#include <stddef.h>

#include "threadtag/tagstore.h"
#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

typedef enum tt_export_format {
	TT_EXPORT_YAML,
	TT_EXPORT_CSV,
	TT_EXPORT_JSONL,
	TT_EXPORT_CONVERSATIONS, /* tt_export_conversations */
	TT_EXPORT_RUMOUREVAL,    /* tt_export_rumoureval, into a folder */
} tt_export_format;

typedef struct tt_export_opts {
	tt_export_format format;
	int no_text; /* leave out the `text` field */
} tt_export_opts;

/* "yaml", "csv", "jsonl" (also "json-lines"), "conversations" or
 * "rumoureval". 0, or -1 when unknown. */
int tt_export_format_parse(const char *name, tt_export_format *out);

/* One record per store and tagged item, in thread order (then store order),
 * with the fields thread, comment, parent, depth, author, posted, time, one
 * per dimension (stance and reply always), labels, note, annotator, tagged
 * and text. Returns a NUL-terminated buffer; caller frees. */
char *tt_export(const tt_thread *t, const tt_tagstore *const *stores, size_t nstores,
		const tt_export_opts *o, size_t *len);

/* s as a JSON string, quotes included, appended to b. */
void tt_export_json_str(tt_buf *b, const char *s);

/* ---- formats for stance studies (export_study.c) ---- */

/* JSON lines for conversation models: one object per comment and annotator
 * (a comment any store tagged), with thread id and title, comment id, parent
 * id, depth, the path of ids from the top-level comment down, the parent's
 * text and the comment's text, every dimension's value, labels, note,
 * annotator and time. With aggregate set, one object per comment instead,
 * with each dimension's majority value (null when there is none), the count
 * of each value and the item's observed agreement. Caller frees. */
char *tt_export_conversations(const tt_thread *t, const tt_tagstore *const *stores,
			      size_t nstores, int aggregate, size_t *len);

/* The RumourEval / PHEME layout under dir: dir/THREAD/source-tweet/THREAD.json
 * (the article), dir/THREAD/replies/ID.json (each comment), dir/THREAD/
 * structure.json (nested ids) and dir/THREAD/labels.json (comment id ->
 * support/deny/query/comment) from the first store's first dimension, each
 * value mapped by its scheme's `sdqc:`, else by the built-in defaults (see
 * doc/tag-format.md). 0, or -1 + err (bad data: an unmapped value; or an I/O
 * error, errno set). */
int tt_export_rumoureval(const tt_thread *t, const tt_tagstore *store, const char *dir,
			 tt_error *err);

#endif
