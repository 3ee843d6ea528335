/* fuzz_import: libFuzzer target for the importers (page text, Reddit JSON, HN JSON, HTML). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The first byte picks the importer (or auto); whatever imports must write
 * a thread file that loads back with as many comments. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct tt_import_opts o = {.kind = (enum tt_import_kind)(data[0] % 5)};
	tt_error err;
	tt_thread *t = tt_import_mem("fuzz", (const char *)data + 1, size - 1, &o, &err);
	if (!t)
		return 0;
	size_t len;
	char *yaml = tt_thread_to_yaml(t, &len);
	if (!yaml)
		abort();
	tt_thread *u = tt_thread_load_mem("again", yaml, len, &err);
	if (!u || u->ncomments != t->ncomments)
		abort();
	tt_thread_free(u);
	free(yaml);
	tt_thread_free(t);
	return 0;
}
