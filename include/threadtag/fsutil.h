/* fsutil: whole-file reads with limits and crash-safe whole-file writes. */
#ifndef THREADTAG_FSUTIL_H
#define THREADTAG_FSUTIL_H

#include <stddef.h>

#include "threadtag/xalloc.h"
#include "threadtag/error.h"

/* The most any input file may hold (2 GiB): past it a read stops with EFBIG
 * instead of growing until the system runs out of memory. */
#define TT_READ_MAX ((size_t)2 << 30)
/* How much of an input is looked at to tell text from binary data. */
#define TT_TEXT_PROBE ((size_t)65536)

/* Reads a whole file ("-" is stdin) of at most TT_READ_MAX bytes. Returns a
 * NUL-terminated malloc'd buffer (caller frees) or NULL with errno set (EFBIG
 * past the limit). A FIFO is opened without blocking; while no writer has
 * connected a line on stderr says what it waits for. */
char *tt_read_file(const char *path, size_t *len);
/* The same with a limit of max bytes. */
char *tt_read_capped(const char *path, size_t max, size_t *len);
/* Where buf stops looking like text: the offset of its first NUL byte (and,
 * when utf8_only, of its first invalid UTF-8 sequence) within the first
 * TT_TEXT_PROBE bytes, or (size_t)-1 when there is none. Content that starts
 * with a UTF-16 byte order mark is a known encoding and never binary. */
size_t tt_binary_at(const char *buf, size_t len, int utf8_only);
/* What a known binary format is ("an ELF executable", "a PDF document"...),
 * by its first bytes, or NULL. */
const char *tt_binary_kind(const char *buf, size_t len);
/* Checks the first block of an input (buf[0..len), as much of it as is at
 * hand) with tt_binary_at. 0, or -1 + err at the offending line and column. */
int tt_check_text(const char *name, const char *buf, size_t len, int utf8_only, tt_error *err);
/* Reads a text file for a loader: capped at max bytes, and refused as soon as
 * its first block shows binary data (tt_binary_at). NULL + err (FILE:LINE:COL
 * for binary data) and *errno_out (0 for bad data: binary or too large, which
 * commands report with exit 65; else the system error). */
char *tt_read_text(const char *path, size_t max, int utf8_only, size_t *len, tt_error *err,
                   int *errno_out);
/* Writes data to path via a temp file in the same directory (created with an
 * unpredictable name, O_EXCL and O_NOFOLLOW, so a planted link cannot redirect
 * it), fsync, rename and fsync of the directory, so readers see the old file or
 * the new one, never half. A symbolic link that points to an existing file is
 * followed (the file is replaced, the link stays); a dangling one is refused
 * with ENOENT. A FIFO, a terminal or a device is written into, not replaced;
 * a FIFO without a reader is waited for with a line on stderr. "-" writes to
 * stdout. Returns 0 or -1 with errno set. -1 after a failed fsync of the
 * directory means the new file is in place but may not survive a crash. */
int tt_write_atomic(const char *path, const char *data, size_t len);
/* mkdir -p with mode 0700 for the missing parts. Returns 0 or -1 with errno. */
int tt_mkdirs(const char *path);
/* fsyncs the directory holding path. 0 or -1 with errno. */
int tt_fsync_dir_of(const char *path);
/* Appends s to b as one safe file name: '/', '%', controls and a leading '.'
 * percent-encoded, so an id or a name from a file can never climb out of the
 * folder it is put in, nor hide. */
void tt_path_component(tt_buf *b, const char *s);

#endif
