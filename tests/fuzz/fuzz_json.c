/* fuzz_json: libFuzzer target for the JSON parser alone, whole and with subtrees dropped. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/json.h"
#include "threadtag/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Drops every other finished container, so the arena's give-back is fuzzed too. */
static int drop_some(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	(void)path, (void)err;
	return depth > 0 && (++*(unsigned *)ctx & 1) && node->type != TT_JSON_NUM;
}

/* What a parse promises: every string valid UTF-8 with no NUL, every number
 * finite, child counts that match the links, positions from line 1. */
static void check(const tt_json *root)
{
	const tt_json **stack = malloc(sizeof *stack);
	size_t n = 0, cap = 1;
	stack[n++] = root;
	while (n) {
		const tt_json *v = stack[--n];
		if (!v->line || !v->col)
			abort();
		if (v->type == TT_JSON_STR) {
			if (strlen(v->s) != v->len)
				abort();
			for (size_t i = 0; i < v->len;) {
				uint32_t cp;
				size_t k = tt_utf8_decode(v->s + i, v->len - i, &cp);
				if (cp == TT_REPLACEMENT && k == 1)
					abort();
				i += k;
			}
		}
		if (v->type == TT_JSON_NUM && !(v->num - v->num == 0))
			abort();
		size_t kids = 0;
		for (const tt_json *c = v->first; c; c = c->next, kids++) {
			if (n == cap)
				stack = realloc(stack, (cap *= 2) * sizeof *stack);
			stack[n++] = c;
		}
		if (kids != v->n)
			abort();
	}
	free(stack);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	tt_error err;
	tt_json_doc *d = tt_json_parse("fuzz", (const char *)data, size, &err);
	if (d)
		check(tt_json_root(d));
	else if (!err.line || !err.col)
		abort();
	unsigned count = 0;
	tt_json_hooks h = {.close = drop_some, .ctx = &count};
	tt_json_doc *e = tt_json_parse_hooks("fuzz", (const char *)data, size, &h, &err);
	if (!d != !e) /* dropping changes what is kept, never whether it parses */
		abort();
	if (e)
		check(tt_json_root(e));
	tt_json_free(d);
	tt_json_free(e);
	return 0;
}
