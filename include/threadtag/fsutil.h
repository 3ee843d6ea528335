/* fsutil: whole-file reads and crash-safe whole-file writes. */
#ifndef THREADTAG_FSUTIL_H
#define THREADTAG_FSUTIL_H

#include <stddef.h>

#include "threadtag/xalloc.h"

/* Reads a whole file ("-" is stdin). Returns a NUL-terminated malloc'd buffer
 * (caller frees) or NULL with errno set. */
char *tt_read_file(const char *path, size_t *len);
/* Writes data to path via a temp file in the same directory, fsync, rename and
 * fsync of the directory, so readers see the old file or the new one, never half.
 * "-" writes to stdout. Returns 0 or -1 with errno set; the temp file is removed. */
int tt_write_atomic(const char *path, const char *data, size_t len);
/* mkdir -p with mode 0700 for the missing parts. Returns 0 or -1 with errno. */
int tt_mkdirs(const char *path);
/* fsyncs the directory holding path. */
int tt_fsync_dir_of(const char *path);
/* Appends s to b as one safe file name: '/', '%', controls and a leading '.'
 * percent-encoded, so an id or a name from a file can never climb out of the
 * folder it is put in, nor hide. */
void tt_path_component(tt_buf *b, const char *s);

#endif
