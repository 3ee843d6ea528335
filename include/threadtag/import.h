/* import: threads from saved page text, Reddit JSON and Hacker News JSON. */
#ifndef THREADTAG_IMPORT_H
#define THREADTAG_IMPORT_H

#include <stddef.h>

#include "threadtag/thread.h"

enum tt_import_kind {
	TT_IMPORT_AUTO, /* decided from the content */
	TT_IMPORT_TEXT,
	TT_IMPORT_REDDIT,
	TT_IMPORT_HN,
};

enum tt_import_encoding {
	TT_ENC_AUTO, /* UTF-8 when the bytes are valid UTF-8, else Windows-1252 */
	TT_ENC_UTF8,
	TT_ENC_CP1252,
	TT_ENC_LATIN1,
};

/* What the caller knows better than the heuristics; NULL fields are left to them. */
struct tt_import_opts {
	enum tt_import_kind kind;
	enum tt_import_encoding encoding;
	const char *title, *author, *site, *url, *published;
};

/* Imports the file at path ("-" is stdin) into a finished thread. NULL + err
 * on failure; *errno_out (if non-NULL) receives errno when the file could not
 * be read, else 0. Caller frees the thread. */
tt_thread *tt_import_file(const char *path, const struct tt_import_opts *opts, tt_error *err,
                          int *errno_out);
/* The same over a buffer; name is used in messages and as the source. */
tt_thread *tt_import_mem(const char *name, const char *buf, size_t len,
                         const struct tt_import_opts *opts, tt_error *err);
/* Opens anything a user may point the viewer at: a thread file (one with the
 * top-level "threadtag:" key) is streamed into the model, or mapped from its
 * index under $XDG_CACHE_HOME/threadtag/index/ when that is valid (a fresh one
 * is written after a load; see index.h); anything else is imported in memory. */
tt_thread *tt_open_any(const char *path, const struct tt_import_opts *opts_or_NULL, tt_error *err,
                       int *errno_out);

/* The kind the content looks like (never TT_IMPORT_AUTO): JSON shapes are
 * told apart by their keys, everything else is text. */
enum tt_import_kind tt_import_detect(const char *buf, size_t len);
/* "text", "reddit", "hn", "auto" <-> kind; -1 for an unknown name. */
int tt_import_kind_parse(const char *name);
const char *tt_import_kind_name(enum tt_import_kind kind);
/* "utf-8", "windows-1252"/"cp1252", "latin1"/"iso-8859-1", "auto"; -1 if unknown. */
int tt_import_encoding_parse(const char *name);

/* Decodes a capture into UTF-8 with LF line ends (a BOM dropped, CRLF and
 * lone CR turned into LF, Windows-1252 or Latin-1 mapped). Caller frees. */
char *tt_import_decode(const char *buf, size_t len, enum tt_import_encoding enc, size_t *outlen);

/* Replaces the article fields the options give (published is parsed into
 * time); an empty value removes the field (the title is then kept). */
void tt_import_apply_overrides(tt_thread *t, const struct tt_import_opts *opts);

/* The importers proper, on decoded input; each returns a finished thread. */
tt_thread *tt_import_text(const char *name, const char *text, size_t len,
                          const struct tt_import_opts *opts, tt_error *err);
tt_thread *tt_import_reddit(const char *name, const char *json, size_t len, tt_error *err);
tt_thread *tt_import_hn(const char *name, const char *json, size_t len, tt_error *err);

#endif
