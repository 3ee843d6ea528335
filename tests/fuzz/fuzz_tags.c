/* fuzz_tags: libFuzzer target for the scheme reader and the tag store's journal replay. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "threadtag/tagstore.h"
#include "threadtag/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static tt_thread *thread;
static char *dir;

static void setup(void)
{
	thread = tt_thread_new();
	thread->id = "fuzz";
	thread->article.title = "fuzz";
	tt_strv_push(thread, &thread->article.body, "p");
	for (int i = 0; i < 4; i++) {
		tt_comment *c = tt_thread_add_comment(thread, NULL);
		c->id = tt_thread_strfmt(thread, "c%d", i);
	}
	tt_error err;
	if (tt_thread_finish(thread, &err) < 0)
		abort();
	char tmpl[] = "/tmp/fuzz-tags-XXXXXX";
	dir = tt_xstrdup(mkdtemp(tmpl));
}

/* A scheme that loads writes out and loads back the same. */
static void scheme(const uint8_t *data, size_t size)
{
	tt_error err;
	tt_yreader *r = tt_yreader_open_mem("fuzz", (const char *)data, size, 64, &err);
	tt_yevent ev;
	tt_scheme *s = NULL;
	if (tt_yreader_next(r, &ev, &err) == 0 && ev.type != TT_Y_END)
		s = tt_scheme_read(r, &ev, &err);
	tt_yreader_close(r);
	if (!s)
		return;
	size_t len;
	char *yaml = tt_scheme_to_yaml(s, &len);
	r = tt_yreader_open_mem("again", yaml, len, 64, &err);
	tt_scheme *back = NULL;
	if (tt_yreader_next(r, &ev, &err) == 0)
		back = tt_scheme_read(r, &ev, &err);
	if (!back || back->ndims != s->ndims || back->nlabels != s->nlabels)
		abort();
	tt_yreader_close(r);
	tt_scheme_free(back);
	tt_scheme_free(s);
	free(yaml);
}

/* A journal that opens folds into a store that opens with the same tags. */
static void journal(const uint8_t *data, size_t size)
{
	char *path = tt_xasprintf("%s/s.yaml", dir), *jpath = tt_xasprintf("%s.journal", path);
	unlink(path);
	FILE *f = fopen(jpath, "wb");
	fwrite(data, 1, size, f);
	fclose(f);
	tt_tagstore_opts o = {.path = path, .annotator = "fuzz"};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(thread, &o, &err, NULL);
	if (s) {
		size_t n = tt_tagstore_count(s);
		if (tt_tagstore_close(s, &err) < 0)
			abort();
		o.readonly = 1;
		s = tt_tagstore_open(thread, &o, &err, NULL);
		if (!s || tt_tagstore_count(s) != n)
			abort();
		tt_tagstore_close(s, NULL);
	}
	unlink(jpath);
	free(path);
	free(jpath);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!thread)
		setup();
	if (size && data[0] == 's')
		scheme(data + 1, size - 1);
	else
		journal(data, size);
	return 0;
}
