/* fuzz_import_html: libFuzzer target for the HTML importer, its report and --explain. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Any bytes: a thread that writes and loads back with as many comments, or
 * a refusal; the report is filled either way and must be freed cleanly. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	struct tt_import_opts o = {.kind = TT_IMPORT_HTML, .report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("fuzz.html", (const char *)data, size, &o, &err);
	if (t) {
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
	}
	tt_import_report_free(&r);
	return 0;
}
