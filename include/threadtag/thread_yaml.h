/* thread_yaml: the thread file format, version 1 (doc/thread-format.md). */
#ifndef THREADTAG_THREAD_YAML_H
#define THREADTAG_THREAD_YAML_H

#include "threadtag/thread.h"

enum { TT_THREAD_FORMAT = 1 };

/* Loads a thread file ("-" for stdin). NULL + err on any problem; *errno_out
 * receives errno when the file could not be read (for exit code 66 vs 74). */
tt_thread *tt_thread_load(const char *path, tt_error *err, int *errno_out);
/* Loads from memory; name is used in messages. */
tt_thread *tt_thread_load_mem(const char *name, const char *buf, size_t len, tt_error *err);

/* Serialises to the thread format. Returns a malloc'd NUL-terminated buffer. */
char *tt_thread_to_yaml(const tt_thread *t, size_t *len);
/* Writes atomically to path ("-" for stdout). 0, or -1 with errno set. */
int tt_thread_save(const tt_thread *t, const char *path);

/* NULL when s is a time a thread file accepts (ISO 8601 as threadtag writes
 * it, and a real moment), else why not: for importers that take a page's
 * machine-readable time as it is written. */
const char *tt_thread_time_invalid(const char *s);

#endif
