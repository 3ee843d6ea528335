/* tt_test: helpers shared by the cmocka tests (paths, running the binary). */
#ifndef TT_TEST_H
#define TT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Absolute path of a file in the source tree (TT_SRCDIR). Caller frees. */
char *tt_test_src(const char *rel);
/* A fresh private temporary directory. Caller frees (the directory stays). */
char *tt_test_tmpdir(void);
/* Runs the threadtag binary (TT_BIN) with args (NULL-terminated, without
 * argv[0]), feeding stdin_data if non-NULL. Captures stdout and stderr into
 * malloc'd strings (may be NULL). Returns the exit status, or -1 if killed. */
int tt_test_run(const char *const *args, const char *stdin_data, char **out, char **err);
/* Reads a whole file; NULL if missing. Caller frees. */
char *tt_test_slurp(const char *path);
/* Writes a file, creating it. */
void tt_test_write(const char *path, const char *data);

#endif
