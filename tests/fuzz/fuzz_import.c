/* fuzz_import: libFuzzer target for the importers (page text, Reddit JSON, HN JSON, HTML). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The first byte picks the importer (or auto, its two low bits); whatever imports must write
 * a thread file that loads back with as many comments. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	/* Bit 2 of the first byte asks for the report with --explain's blocks. */
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	struct tt_import_opts o = {.kind = (enum tt_import_kind)(data[0] % 5),
	                           .report = data[0] & 4 ? &r : NULL};
	tt_error err;
	tt_thread *t = tt_import_mem("fuzz", (const char *)data + 1, size - 1, &o, &err);
	if (t && o.report) {
		FILE *null = fopen("/dev/null", "w");
		if (null) {
			tt_import_report_print(&r, "fuzz", t, null);
			fclose(null);
		}
	}
	tt_import_report_free(&r);
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
