/* fuzz_thread: libFuzzer target for the thread loader and writer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/thread_yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Anything that loads must also write and load back. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tt_error err;
	tt_thread *t = tt_thread_load_mem("fuzz", (const char *)data, size, &err);
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
