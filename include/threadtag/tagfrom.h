/* tagfrom: rows of tags read from CSV or JSON Lines, for `threadtag tag --from`. */
#ifndef THREADTAG_TAGFROM_H
#define THREADTAG_TAGFROM_H

#include <stddef.h>

#include "threadtag/yaml_io.h"

/* One row: the item and the fields to change. A row the reader could not make
 * sense of carries its error instead (bad != 0) and nothing else. */
typedef struct tt_tagrow {
	unsigned line, col; /* where the row is in the file */
	int bad;            /* 1: err says what is wrong with the row */
	tt_error err;
	const char *id;    /* the item; NULL when the row has none */
	const char **keys; /* dimension names (and "note"), in the row's order */
	const char **vals; /* their values; NULL or "" unsets the value */
	size_t n;
	const char **labels; /* the item's whole label set, when has_labels */
	size_t nlabels;
	int has_labels;
	int clear; /* start from an empty tag */
} tt_tagrow;

typedef struct tt_tagrows tt_tagrows;

/* Reads every row of a CSV file (RFC 4180, a header row naming the columns:
 * id, dimension names, labels separated by ';', note, clear) or of a JSON
 * Lines file (one object per line with the same names; labels a list). The
 * kind is told by the content: a first non-blank byte '{' means JSON Lines.
 * NULL + err (and *errno_out, 0 for bad data) when the file cannot be read or
 * is not CSV at all; a JSON line that does not parse is one bad row. */
tt_tagrows *tt_tagfrom_load(const char *path, tt_error *err, int *errno_out);
size_t tt_tagrows_count(const tt_tagrows *r);
const tt_tagrow *tt_tagrows_at(const tt_tagrows *r, size_t i);
void tt_tagrows_free(tt_tagrows *r);

#endif
