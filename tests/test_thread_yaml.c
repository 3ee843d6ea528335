/* test_thread_yaml: the thread file loader (bad input, limits) and writer (round trip). */
#include "tt_test.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

/* Every file under tests/data/bad/ fails at the line, column and message
 * written in tests/data/bad/EXPECTED, and every file there is listed. */
static void test_bad_files(void **state)
{
	(void)state;
	char *manifest = tt_test_src("tests/data/bad/EXPECTED");
	FILE *f = fopen(manifest, "r");
	assert_non_null(f);
	char line[1024];
	int checked = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		line[strcspn(line, "\n")] = '\0';
		char *name = strtok(line, "\t"), *l = strtok(NULL, "\t"), *c = strtok(NULL, "\t"),
		     *frag = strtok(NULL, "");
		assert_non_null(frag);
		char *rel = tt_xasprintf("tests/data/bad/%s", name);
		char *path = tt_test_src(rel);
		tt_error err;
		int eno = 0;
		tt_thread *t = tt_thread_load(path, &err, &eno);
		if (t)
			fail_msg("%s loaded but should fail", name);
		assert_int_equal(eno, 0);
		if (err.line != (unsigned)atoi(l) || err.col != (unsigned)atoi(c) ||
		    !strstr(err.msg, frag))
			fail_msg("%s: got %u:%u: %s; want %s:%s: %s", name, err.line, err.col,
				 err.msg, l, c, frag);
		assert_string_equal(err.file, path);
		free(rel);
		free(path);
		checked++;
	}
	fclose(f);
	free(manifest);
	/* Every .yaml in the folder is in the manifest. */
	char *dir = tt_test_src("tests/data/bad");
	DIR *d = opendir(dir);
	assert_non_null(d);
	int files = 0;
	for (struct dirent *e; (e = readdir(d));)
		files += strstr(e->d_name, ".yaml") != NULL;
	closedir(d);
	free(dir);
	assert_int_equal(files, checked);
	assert_true(checked >= 20);
}

static void test_missing_file(void **state)
{
	(void)state;
	tt_error err;
	int eno = 0;
	assert_null(tt_thread_load("no/such/thread.yaml", &err, &eno));
	assert_int_not_equal(eno, 0);
	assert_int_equal(err.line, 0);
}

static void same_str(const char *x, const char *y)
{
	if (x && y)
		assert_string_equal(x, y);
	else
		assert_ptr_equal(x, y);
}

/* Structural equality of two loaded threads, field by field. */
static void assert_same_thread(const tt_thread *a, const tt_thread *b)
{
#define SAME(x, y) same_str((x), (y))
	SAME(a->id, b->id);
	SAME(a->source, b->source);
	SAME(a->article.title, b->article.title);
	SAME(a->article.site, b->article.site);
	SAME(a->article.section, b->article.section);
	SAME(a->article.url, b->article.url);
	SAME(a->article.author, b->article.author);
	SAME(a->article.published, b->article.published);
	SAME(a->article.time, b->article.time);
	assert_int_equal(a->article.keywords.n, b->article.keywords.n);
	for (size_t i = 0; i < a->article.keywords.n; i++)
		SAME(a->article.keywords.v[i], b->article.keywords.v[i]);
	assert_int_equal(a->article.body.n, b->article.body.n);
	for (size_t i = 0; i < a->article.body.n; i++)
		SAME(a->article.body.v[i], b->article.body.v[i]);
	assert_int_equal(a->more, b->more);
	assert_int_equal(a->ncomments, b->ncomments);
	for (size_t i = 0; i < a->ncomments; i++) {
		const tt_comment *x = a->order[i], *y = b->order[i];
		SAME(x->id, y->id);
		SAME(x->author, y->author);
		SAME(x->posted, y->posted);
		SAME(x->time, y->time);
		assert_int_equal(x->depth, y->depth);
		assert_int_equal(tt_comment_more(a, x), tt_comment_more(b, y));
		SAME(tt_comment_edited(a, x), tt_comment_edited(b, y));
		SAME(tt_comment_added(a, x), tt_comment_added(b, y));
		assert_int_equal(tt_comment_previous(a, x)->n, tt_comment_previous(b, y)->n);
		assert_int_equal(x->flags & ~TT_C_DERIVED_ID, y->flags & ~TT_C_DERIVED_ID);
		SAME(x->parent ? x->parent->id : NULL, y->parent ? y->parent->id : NULL);
		assert_int_equal(x->body.n, y->body.n);
		for (size_t j = 0; j < x->body.n; j++)
			SAME(x->body.v[j], y->body.v[j]);
	}
#undef SAME
}

/* load -> write -> load gives the same thread, and writing again the same bytes. */
static void round_trip(const char *path)
{
	tt_error err;
	tt_thread *a = tt_thread_load(path, &err, NULL);
	if (!a)
		fail_msg("%s: %u:%u: %s", path, err.line, err.col, err.msg);
	size_t len1, len2;
	char *y1 = tt_thread_to_yaml(a, &len1);
	assert_non_null(y1);
	tt_thread *b = tt_thread_load_mem("written", y1, len1, &err);
	if (!b)
		fail_msg("%s rewritten: %u:%u: %s\n%s", path, err.line, err.col, err.msg, y1);
	assert_same_thread(a, b);
	char *y2 = tt_thread_to_yaml(b, &len2);
	assert_int_equal(len1, len2);
	assert_memory_equal(y1, y2, len1);
	free(y1);
	free(y2);
	tt_thread_free(a);
	tt_thread_free(b);
}

/* Every sample and every test thread loads and round-trips. */
static void test_round_trip_all(void **state)
{
	(void)state;
	const char *dirs[] = {"samples", "tests/data/threads"};
	int n = 0;
	for (size_t k = 0; k < 2; k++) {
		char *dir = tt_test_src(dirs[k]);
		DIR *d = opendir(dir);
		if (!d) {
			free(dir);
			continue;
		}
		for (struct dirent *e; (e = readdir(d));) {
			size_t len = strlen(e->d_name);
			if (len < 5 || strcmp(e->d_name + len - 5, ".yaml") != 0)
				continue;
			char *path = tt_xasprintf("%s/%s", dir, e->d_name);
			round_trip(path);
			free(path);
			n++;
		}
		closedir(d);
		free(dir);
	}
	assert_true(n >= 2);
}

static const char hostile[] =
	"threadtag: 1\n"
	"article:\n"
	"  title: \"clear\\e[2J and title \\e]0;pwned\\a\"\n"
	"  body: [\"bidi \\u202e reversed \\u2066 isolate\", \"c1 \\x9b31m and \\u0085 NEL\"]\n"
	"comments:\n"
	"  - author: \"osc52 \\e]52;c;aGVsbG8=\\a\"\n"
	"    body: [\"line one\\r\\nline two\\b\\x7f\", \"true\", \"123\", \"null\", "
	"\"2022-12-03\", \"- dash\", \"key: value\", \"  leading\", \"trailing  \"]\n";

/* Control bytes survive byte-exact; typed-looking strings stay strings. */
static void test_hostile_text_byte_exact(void **state)
{
	(void)state;
	tt_error err;
	tt_thread *a = tt_thread_load_mem("hostile", hostile, strlen(hostile), &err);
	if (!a)
		fail_msg("%u:%u: %s", err.line, err.col, err.msg);
	assert_string_equal(a->article.title, "clear\x1b[2J and title \x1b]0;pwned\a");
	assert_string_equal(a->article.body.v[1], "c1 \xc2\x9b" "31m and \xc2\x85 NEL");
	assert_string_equal(a->order[0]->body.v[0], "line one\r\nline two\b\x7f");
	size_t len;
	char *y = tt_thread_to_yaml(a, &len);
	assert_non_null(strstr(y, "\"true\""));
	assert_non_null(strstr(y, "\"123\""));
	assert_non_null(strstr(y, "\"null\""));
	assert_non_null(strstr(y, "\"2022-12-03\""));
	assert_null(memchr(y, 0x1b, len)); /* written as escapes, never raw */
	tt_thread *b = tt_thread_load_mem("again", y, len, &err);
	assert_non_null(b);
	assert_same_thread(a, b);
	free(y);
	tt_thread_free(a);
	tt_thread_free(b);
}

/* A text no valid UTF-8 (an importer's fault) makes no file: the save
 * fails with EILSEQ, no file is left behind, and tt_thread_unwritable says
 * which text it is, the comment by its id. */
static void test_unwritable_text_said(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	t->article.title = "fine";
	tt_comment *c = tt_thread_add_comment(t, NULL);
	c->author = "Ann";
	tt_strv_push(t, &c->body, "a fine text");
	tt_comment *d = tt_thread_add_comment(t, NULL);
	d->author = "Bo\xC3";
	tt_strv_push(t, &d->body, "cut mid-character above");
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	char what[96];
	assert_int_equal(tt_thread_unwritable(t, what, sizeof what), 1);
	char *want = tt_xasprintf("comment %s's author", d->id);
	assert_string_equal(what, want);
	free(want);
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/unwritable.yaml", dir);
	errno = 0;
	assert_int_equal(tt_thread_save(t, path), -1);
	assert_int_equal(errno, EILSEQ);
	assert_int_equal(access(path, F_OK), -1);
	d->author = "Bo";
	t->article.title = "\xE2\x80";
	assert_int_equal(tt_thread_unwritable(t, what, sizeof what), 1);
	assert_string_equal(what, "the article's title");
	t->article.title = "fine";
	assert_int_equal(tt_thread_unwritable(t, what, sizeof what), 0);
	assert_int_equal(tt_thread_save(t, path), 0);
	unlink(path);
	free(path);
	free(dir);
	tt_thread_free(t);
}

/* Multi-line paragraphs are written as literal blocks, readable by people. */
static void test_writer_uses_literal_blocks(void **state)
{
	(void)state;
	const char *src = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			  "  - {author: A, body: [\"one\\ntwo\\nthree\"]}\n";
	tt_error err;
	tt_thread *t = tt_thread_load_mem("lit", src, strlen(src), &err);
	assert_non_null(t);
	char *y = tt_thread_to_yaml(t, NULL);
	assert_non_null(strstr(y, "- |-\n"));
	assert_non_null(strstr(y, "one\n"));
	free(y);
	tt_thread_free(t);
}

static char *nested_replies(int levels)
{
	tt_buf b = {0};
	tt_buf_adds(&b, "threadtag: 1\narticle: {title: deep}\ncomments: ");
	for (int i = 0; i < levels; i++)
		tt_buf_adds(&b, "[{author: a, replies: ");
	tt_buf_adds(&b, "[]");
	for (int i = 0; i < levels; i++)
		tt_buf_adds(&b, "}]");
	tt_buf_adds(&b, "\n");
	return b.data;
}

/* Nesting is bounded with a message; a huge hostile nest fails at once. */
static void test_nesting_limits(void **state)
{
	(void)state;
	tt_error err;
	char *ok = nested_replies(200);
	tt_thread *t = tt_thread_load_mem("ok", ok, strlen(ok), &err);
	assert_non_null(t);
	assert_int_equal(t->max_depth, 199);
	tt_thread_free(t);
	free(ok);
	char *deep = nested_replies(300);
	assert_null(tt_thread_load_mem("deep", deep, strlen(deep), &err));
	assert_non_null(strstr(err.msg, "nested deeper than"));
	assert_int_equal(err.line, 3);
	free(deep);
	/* A million open brackets: refused on the first, not parsed to the end. */
	size_t n = 1000000;
	char *brackets = tt_xmalloc(n + 1);
	memset(brackets, '[', n);
	brackets[n] = '\0';
	assert_null(tt_thread_load_mem("brackets", brackets, n, &err));
	assert_non_null(strstr(err.msg, "top level must be a mapping"));
	free(brackets);
	/* The reader's own bound, for any caller. */
	tt_yreader *r = tt_yreader_open_mem("r", "[[[[[[[[[[1]]]]]]]]]]", 21, 5, &err);
	tt_yevent ev;
	int rc = 0;
	for (int i = 0; i < 10 && rc == 0; i++)
		rc = tt_yreader_next(r, &ev, &err);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err.msg, "nesting deeper than 5 levels"));
	assert_int_equal(err.col, 6);
	tt_yreader_close(r);
}

/* Comments may attach by parent id; the parent must come first. */
static void test_parent_references(void **state)
{
	(void)state;
	const char *src = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			  "  - {id: a, body: [x]}\n"
			  "  - {id: b, body: [y]}\n"
			  "  - {id: c, parent: a, body: [z]}\n";
	tt_error err;
	tt_thread *t = tt_thread_load_mem("refs", src, strlen(src), &err);
	assert_non_null(t);
	assert_int_equal(t->ntop, 2);
	tt_comment *c = tt_thread_find(t, "c");
	assert_string_equal(c->parent->id, "a");
	assert_int_equal(c->index, 1);
	tt_thread_free(t);
	const char *fwd = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			  "  - {id: c, parent: a, body: [z]}\n"
			  "  - {id: a, body: [x]}\n";
	assert_null(tt_thread_load_mem("fwd", fwd, strlen(fwd), &err));
	assert_int_equal(err.line, 4);
	assert_non_null(strstr(err.msg, "must come before"));
	const char *missing = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			      "  - {id: c, parent: nope}\n";
	assert_null(tt_thread_load_mem("missing", missing, strlen(missing), &err));
	assert_non_null(strstr(err.msg, "is not a comment"));
}

/* A 1,000-deep chain is written with parent references and reloads the same. */
static void test_deep_chain_written_flat(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	t->article.title = "chain";
	tt_comment *p = NULL;
	for (int i = 0; i < 1000; i++) {
		p = tt_thread_add_comment(t, p);
		p->author = "x";
		tt_strv_push(t, &p->body, "same");
	}
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	size_t len;
	char *y = tt_thread_to_yaml(t, &len);
	assert_non_null(strstr(y, "parent: "));
	tt_thread *u = tt_thread_load_mem("chain", y, len, &err);
	if (!u)
		fail_msg("%u:%u: %s", err.line, err.col, err.msg);
	assert_same_thread(t, u);
	free(y);
	tt_thread_free(t);
	tt_thread_free(u);
}

/* The edges of real times load: leap days, the last second, the widest offsets. */
static void test_time_edges_valid(void **state)
{
	(void)state;
	static const char *const times[] = {"2024-02-29T23:59:59.5+14:00", "2000-02-29",
					    "1999-12-31T00:00-12:00", "2022-12-03T17:54Z",
					    "2022-12-03T00:00:00-09:30"};
	for (size_t i = 0; i < sizeof times / sizeof *times; i++) {
		char *src = tt_xasprintf("threadtag: 1\narticle:\n  title: x\n  time: %s\n",
					 times[i]);
		tt_error err;
		tt_thread *t = tt_thread_load_mem("edge", src, strlen(src), &err);
		if (!t)
			fail_msg("%s refused: %s", times[i], err.msg);
		assert_string_equal(t->article.time, times[i]);
		tt_thread_free(t);
		free(src);
	}
}

/* What the progress hook saw during one load. */
struct seen {
	int calls, stop_at; /* stop_at: the call that asks to stop (0: never) */
	size_t last_n, max_gap, last_bytes, total;
	int title_first, bytes_back, counts_back, partial_ok;
};

static int record(void *ctx, const tt_load_progress *p)
{
	struct seen *s = ctx;
	if (s->calls++ == 0)
		s->title_first = p->ncomments == 0 && p->t->article.title &&
		                 strcmp(p->t->article.title, "big") == 0;
	if (p->ncomments < s->last_n)
		s->counts_back = 1;
	if (p->ncomments - s->last_n > s->max_gap)
		s->max_gap = p->ncomments - s->last_n;
	if (p->bytes < s->last_bytes || p->bytes > p->total)
		s->bytes_back = 1;
	/* The partial thread holds what was counted, its first comment whole. */
	if (p->t->ncomments != p->ncomments ||
	    (p->ncomments && (!p->t->first || strcmp(p->t->first->author, "a0") != 0)))
		s->partial_ok = 0;
	s->last_n = p->ncomments;
	s->last_bytes = p->bytes;
	s->total = p->total;
	return s->stop_at && s->calls == s->stop_at;
}

/* A file of n top-level comments with a reply each. Caller frees the path. */
static char *write_big(size_t n)
{
	tt_thread *t = tt_thread_new();
	t->article.title = "big";
	for (size_t i = 0; i < n; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->author = tt_thread_strfmt(t, "a%zu", i);
		tt_strv_push(t, &c->body, "a paragraph of some length, as comments have");
		tt_comment *r = tt_thread_add_comment(t, c);
		r->author = "r";
		tt_strv_push(t, &r->body, "a reply");
	}
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/big.yaml", dir);
	assert_int_equal(tt_thread_save(t, path), 0);
	tt_thread_free(t);
	free(dir);
	return path;
}

/* The load reports after the article, then at least every 4096 comments with
 * the partial thread and the bytes read of the file's size, and once all is
 * read; without a hook it reports nothing. */
static void test_progress_hook(void **state)
{
	(void)state;
	char *path = write_big(10000);
	struct seen s = {.partial_ok = 1};
	tt_error err;
	tt_thread_load_hook(record, &s);
	tt_thread *t = tt_thread_load(path, &err, NULL);
	tt_thread_load_hook(NULL, NULL);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 20000);
	assert_true(s.calls >= 1 + 20000 / (TT_LOAD_PROGRESS_EVERY + 64));
	assert_true(s.title_first);
	assert_false(s.counts_back);
	assert_false(s.bytes_back);
	assert_true(s.partial_ok);
	assert_true(s.max_gap <= TT_LOAD_PROGRESS_EVERY + 64);
	assert_true(s.last_n > 0 && s.last_bytes > 0);
	FILE *f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	assert_int_equal(s.total, (size_t)ftell(f));
	/* The last report comes with the whole file read, every comment counted. */
	assert_int_equal(s.last_bytes, s.total);
	assert_int_equal(s.last_n, 20000);
	fclose(f);
	tt_thread_free(t);
	int before = s.calls;
	t = tt_thread_load(path, &err, NULL);
	assert_non_null(t);
	assert_int_equal(s.calls, before);
	tt_thread_free(t);
	free(path);
}

/* A hook that asks to stop ends the load: NULL, "stopped", the file named. */
static void test_progress_hook_stops(void **state)
{
	(void)state;
	char *path = write_big(10000);
	struct seen s = {.partial_ok = 1, .stop_at = 2};
	tt_error err = {0};
	tt_thread_load_hook(record, &s);
	tt_thread *t = tt_thread_load(path, &err, NULL);
	tt_thread_load_hook(NULL, NULL);
	assert_null(t);
	assert_int_equal(s.calls, 2);
	assert_string_equal(err.msg, "stopped");
	assert_string_equal(err.file, path);
	free(path);
}

/* A thread holds at most tt_thread_max_comments(): the loader refuses the
 * comment past it where it starts, and tt_thread_finish a thread built past
 * it (an importer's); one comment fewer loads. */
static void test_comment_limit(void **state)
{
	(void)state;
	const char *src = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			  "- {id: a, body: [x]}\n"
			  "- id: b\n  replies:\n  - {id: c}\n"
			  "- {id: d, parent: c}\n";
	tt_error err;
	tt_thread_set_max_comments(3);
	assert_int_equal(tt_thread_max_comments(), 3);
	tt_thread *t = tt_thread_load_mem("limit", src, strlen(src), &err);
	assert_null(t);
	assert_int_equal(err.line, 8);
	assert_int_equal(err.col, 3);
	assert_non_null(strstr(err.msg, "more than 3 comments"));
	tt_thread *built = tt_thread_new();
	for (int i = 0; i < 4; i++)
		tt_thread_add_comment(built, NULL);
	assert_int_equal(tt_thread_finish(built, &err), -1);
	assert_non_null(strstr(err.msg, "more than 3 comments"));
	tt_thread_set_max_comments(4);
	t = tt_thread_load_mem("limit", src, strlen(src), &err);
	assert_non_null(t);
	assert_ptr_equal(tt_thread_find(t, "d")->parent, tt_thread_find(t, "c"));
	assert_int_equal(tt_thread_finish(built, &err), 0);
	tt_thread_set_max_comments(0);
	assert_int_equal(tt_thread_max_comments(), TT_THREAD_MAX_COMMENTS);
	tt_thread_free(t);
	tt_thread_free(built);
}

/* Comments written flat with `parent:` in any key order, the parent's id
 * resolved as it is read or (a reply's key before `parent:`) at the end:
 * the same tree either way; the loader's extras hold nothing for them. */
static void test_parent_key_orders(void **state)
{
	(void)state;
	const char *src = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			  "- {id: a}\n"
			  "- {id: b}\n"
			  "- {parent: a, id: c}\n"
			  "- {id: d, replies: [{id: e}], parent: b}\n"
			  "- {id: f, parent: a}\n";
	tt_error err;
	tt_thread *t = tt_thread_load_mem("orders", src, strlen(src), &err);
	if (!t)
		fail_msg("%u:%u: %s", err.line, err.col, err.msg);
	tt_comment *a = tt_thread_find(t, "a"), *b = tt_thread_find(t, "b");
	tt_comment *c = tt_thread_find(t, "c"), *d = tt_thread_find(t, "d");
	assert_ptr_equal(c->parent, a);
	assert_ptr_equal(c->next_sibling, tt_thread_find(t, "f"));
	assert_ptr_equal(d->parent, b);
	assert_ptr_equal(tt_thread_find(t, "e")->parent, d);
	assert_int_equal(t->ntop, 2);
	assert_false(c->flags & TT_C_EXTRA);
	assert_int_equal(a->subtree, 2);
	assert_int_equal(b->subtree, 2);
	tt_thread_free(t);
	/* Several moved at the end, one from inside another: each goes last
	 * under its parent in source order, the lists left whole. */
	const char *late = "threadtag: 1\narticle: {title: T}\ncomments:\n"
			   "- {id: a, replies: [{id: a1}]}\n"
			   "- {id: b, replies: [{id: x, replies: [], parent: a}, {id: y}], parent: a}\n"
			   "- {id: z}\n"
			   "- {id: w, replies: [], parent: z}\n"
			   "- {id: v}\n";
	t = tt_thread_load_mem("late", late, strlen(late), &err);
	if (!t)
		fail_msg("%u:%u: %s", err.line, err.col, err.msg);
	const char *want[] = {"a", "a1", "b", "y", "x", "z", "w", "v"};
	const char *parents[] = {NULL, "a", "a", "b", "a", NULL, "z", NULL};
	assert_int_equal(t->ncomments, 8);
	for (size_t i = 0; i < 8; i++) {
		const tt_comment *k = t->order[i];
		assert_string_equal(k->id, want[i]);
		if (parents[i])
			assert_string_equal(k->parent->id, parents[i]);
		else
			assert_null(k->parent);
	}
	assert_int_equal(t->ntop, 3);
	assert_ptr_equal(t->last, tt_thread_find(t, "v"));
	assert_ptr_equal(tt_thread_find(t, "a")->last_child, tt_thread_find(t, "x"));
	assert_ptr_equal(tt_thread_find(t, "b")->first_child, tt_thread_find(t, "y"));
	assert_ptr_equal(tt_thread_find(t, "b")->last_child, tt_thread_find(t, "y"));
	assert_int_equal(tt_comment_nchildren(tt_thread_find(t, "a")), 3);
	tt_thread_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_time_edges_valid),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_unwritable_text_said),
		cmocka_unit_test(test_round_trip_all),
		cmocka_unit_test(test_hostile_text_byte_exact),
		cmocka_unit_test(test_writer_uses_literal_blocks),
		cmocka_unit_test(test_nesting_limits),
		cmocka_unit_test(test_parent_references),
		cmocka_unit_test(test_deep_chain_written_flat),
		cmocka_unit_test(test_comment_limit),
		cmocka_unit_test(test_parent_key_orders),
		cmocka_unit_test(test_progress_hook),
		cmocka_unit_test(test_progress_hook_stops),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
