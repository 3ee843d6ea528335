/* export: tags joined with their comments, as YAML, CSV (RFC 4180) or JSON lines. */
#ifndef THREADTAG_EXPORT_H
#define THREADTAG_EXPORT_H

#include <stddef.h>

#include "threadtag/tagstore.h"
#include "threadtag/thread.h"

typedef enum tt_export_format {
	TT_EXPORT_YAML,
	TT_EXPORT_CSV,
	TT_EXPORT_JSONL,
} tt_export_format;

typedef struct tt_export_opts {
	tt_export_format format;
	int no_text; /* leave out the `text` field */
} tt_export_opts;

/* "yaml", "csv" or "jsonl" (also "json-lines"). 0, or -1 when unknown. */
int tt_export_format_parse(const char *name, tt_export_format *out);

/* One record per store and tagged item, in thread order (then store order),
 * with the fields thread, comment, parent, depth, author, posted, time, one
 * per dimension (stance and reply always), labels, note, annotator, tagged
 * and text. Returns a NUL-terminated buffer; caller frees. */
char *tt_export(const tt_thread *t, const tt_tagstore *const *stores, size_t nstores,
		const tt_export_opts *o, size_t *len);

#endif
