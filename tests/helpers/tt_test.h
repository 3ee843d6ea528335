/* tt_test: helpers shared by the cmocka tests (paths, running the binary). */
#ifndef TT_TEST_H
#define TT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "threadtag/tagstore.h"
#include "threadtag/thread.h"

/* Absolute path of a file in the source tree (TT_SRCDIR). Caller frees. */
char *tt_test_src(const char *rel);
/* A fresh private temporary directory under TMPDIR. Caller frees the name;
 * the directory and what it holds are removed when the test program exits. */
char *tt_test_tmpdir(void);
/* Runs the threadtag binary (TT_BIN) with args (NULL-terminated, without
 * argv[0]), feeding stdin_data if non-NULL. Captures stdout and stderr into
 * malloc'd strings (may be NULL). Returns the exit status, or -1 if killed. */
int tt_test_run(const char *const *args, const char *stdin_data, char **out, char **err);
/* Reads a whole file; NULL if missing. Caller frees. */
char *tt_test_slurp(const char *path);
/* Writes a file, creating it. */
void tt_test_write(const char *path, const char *data);
/* Imports a file of the source tree with the default options; NULL + err when
 * it does not import. Caller frees with tt_thread_free. */
tt_thread *tt_test_import(const char *rel, tt_error *err);
/* The same, failing the test (after printing the error) when it does not. */
tt_thread *tt_test_must_import(const char *rel);
/* Asserts that the thread, written, read back and written again, gives the
 * same bytes (so `threadtag check` accepts what was written). */
void tt_test_assert_round_trip(const tt_thread *t);
/* Loads DIR/threads/FILE of a project folder, failing the test when it does
 * not load. */
tt_thread *tt_test_project_thread(const char *dir, const char *file);
/* Opens WHO's store of t in the project DIR (tags/WHO/THREAD-ID.yaml, the
 * folder made), writable or read-only; fails the test when it does not open. */
tt_tagstore *tt_test_project_store(const char *dir, const char *who, const tt_thread *t,
                                   int readonly);
/* Sets item's dim to value in WHO's store of t, durably (open, set, close). */
void tt_test_project_tag(const char *dir, const tt_thread *t, const char *who,
                         const char *item, const char *dim, const char *value);

#endif
