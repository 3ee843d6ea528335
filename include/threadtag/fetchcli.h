/* fetchcli: the command-line side of fetching: `import URL`, `import --urls`, `update`, `cache`. */
#ifndef THREADTAG_FETCHCLI_H
#define THREADTAG_FETCHCLI_H

#include "threadtag/fetch.h"

struct tt_import_opts;
/* Fetches url and writes its thread to output ("-": stdout), atomically;
 * nothing is written on failure or Ctrl-C. The article fields io gives
 * (--title ...) replace those found; io may be NULL. Returns an exit code. */
int tt_fetchcli_import(const char *url, const char *output, const struct tt_fetch_opts *o,
                       const struct tt_import_opts *io);
/* Fetches every URL listed in file (one a line; blank lines and # comments
 * skipped) into dir, skipping those already there. Returns 0 when all
 * succeeded, 75 when some failed for network reasons, else 65 (or 130). */
int tt_fetchcli_import_list(const char *file, const char *dir, const struct tt_fetch_opts *o);
/* The file name a URL's thread gets in a --urls folder. Caller frees. */
char *tt_fetchcli_file_name(const char *url);
/* "from the cache, fetched 3 hours ago" and the like, into buf. */
void tt_fetchcli_age(long long fetched, char *buf, size_t len);

#endif
