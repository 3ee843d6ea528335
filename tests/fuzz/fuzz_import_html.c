/* fuzz_import_html: libFuzzer target for the HTML importer, its report and --explain. */
#include <sanitizer/allocator_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The heap in use, and its peak since the last reset: the importer may
 * hold at most 10 times its input (issue 10's cap), and a fixed 2 MiB for
 * libxml2's parser and the first blocks of each arena. */
#define FIXED_ALLOWANCE ((size_t)2 << 20)
static size_t in_use, peak;

static void on_malloc(const volatile void *p, size_t n)
{
	(void)p;
	in_use += n;
	if (in_use > peak)
		peak = in_use;
}

static void on_free(const volatile void *p)
{
	if (p)
		in_use -= __sanitizer_get_allocated_size((const void *)p);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free);
	return 0;
}

/* Any bytes: a thread that writes and loads back with as many comments, or
 * a refusal; the report is filled either way and must be freed cleanly; the
 * import itself (not the checks after it) stays within the memory cap. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	struct tt_import_opts o = {.kind = TT_IMPORT_HTML, .report = &r};
	tt_error err;
	size_t base = in_use;
	peak = in_use;
	tt_thread *t = tt_import_mem("fuzz.html", (const char *)data, size, &o, &err);
	if (peak - base > 10 * size + FIXED_ALLOWANCE) {
		fprintf(stderr, "import of %zu bytes peaked at %zu bytes\n", size, peak - base);
		abort();
	}
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
