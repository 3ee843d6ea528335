/* test_cmd_tags: `threadtag tag/export/stats/agree` as a script uses them, exit codes included. */
#include "tt_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/index.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static char *dir;
static char *thread_path; /* tests/data/tags-thread.yaml */

static int setup(void **state)
{
	(void)state;
	dir = tt_test_tmpdir();
	thread_path = tt_test_src("tests/data/tags-thread.yaml");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	free(dir);
	free(thread_path);
	return 0;
}

/* Runs threadtag with up to 16 arguments (NULL-terminated), keeping output. */
static int run(char **out, char **err, ...)
{
	const char *args[20];
	size_t n = 0;
	va_list ap;
	va_start(ap, err);
	while (n < 19 && (args[n] = va_arg(ap, const char *)))
		n++;
	va_end(ap);
	args[n] = NULL;
	char *o = NULL, *e = NULL;
	int rc = tt_test_run(args, NULL, &o, &e);
	if (out)
		*out = o;
	else
		free(o);
	if (err)
		*err = e;
	else
		free(e);
	return rc;
}

static char *tmp(const char *name)
{
	return tt_xasprintf("%s/%s", dir, name);
}

/* The store as the next open sees it: `tag` leaves small changes in the
 * journal, so a copy of store and journal is opened and folded. Caller frees;
 * NULL when there is neither. */
static char *folded(const char *store)
{
	char *copy = tmp("folded.yaml"), *cj = tt_xasprintf("%s.journal", copy);
	char *sj = tt_xasprintf("%s.journal", store), *bak = tt_xasprintf("%s.bak", copy);
	unlink(copy);
	unlink(cj);
	unlink(bak);
	char *text = tt_test_slurp(store), *journal = tt_test_slurp(sj), *out = NULL;
	if (text)
		tt_test_write(copy, text);
	if (journal)
		tt_test_write(cj, journal);
	tt_error err;
	tt_thread *t = tt_thread_load(thread_path, &err, NULL);
	assert_non_null(t);
	tt_tagstore_opts o = {.path = copy};
	tt_tagstore *s = text || journal ? tt_tagstore_open(t, &o, &err, NULL) : NULL;
	if (s) {
		assert_int_equal(tt_tagstore_close(s, &err), 0);
		out = tt_test_slurp(copy);
	}
	tt_thread_free(t);
	free(text);
	free(journal);
	free(copy);
	free(cj);
	free(sj);
	free(bak);
	return out;
}

static size_t lines_of(const char *path)
{
	char *text = tt_test_slurp(path);
	size_t n = 0;
	for (const char *p = text; p && *p; p++)
		n += *p == '\n';
	free(text);
	return n;
}

/* Waits until path's last change (mtime or ctime) is over 2 s old. */
static void wait_out_racy_window(const char *path)
{
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	struct timespec last = sb.st_ctim;
	if (sb.st_mtim.tv_sec > last.tv_sec ||
	    (sb.st_mtim.tv_sec == last.tv_sec && sb.st_mtim.tv_nsec > last.tv_nsec))
		last = sb.st_mtim;
	for (;;) {
		struct timespec now;
		clock_gettime(CLOCK_REALTIME, &now);
		double age = (double)(now.tv_sec - last.tv_sec) + (now.tv_nsec - last.tv_nsec) / 1e9;
		if (age > 2.2)
			return;
		struct timespec nap = {0, 100000000L};
		nanosleep(&nap, NULL);
	}
}

/* tag through the thread's index: the first run leaves the index, later runs
 * use it (not rewritten) and accept and refuse the ids the loader does (an
 * unknown id changes nothing, a reply option needs a parent); a stale index
 * (an id renamed after it was made) is ignored. */
static void test_tag_through_index(void **state)
{
	(void)state;
	char *thread = tmp("indexed.yaml"), *store = tmp("indexed-tags.yaml"), *err;
	char *text = tt_test_slurp(thread_path);
	tt_test_write(thread, text);
	/* the index made out of the racy window (src/index.c: within 2 s of the
	 * source's last change, an index is trusted only on the whole source's
	 * hash, and stamped anew once that change is older: a new file in
	 * place, which a slow run, under the sanitizers, reached between two
	 * runs below) */
	wait_out_racy_window(thread);
	char *idx = tt_index_path_for(thread);
	assert_non_null(idx);
	unlink(idx);
	assert_int_equal(run(NULL, NULL, "tag", thread, "--tags", store, "--annotator", "ann",
	                     "--id", "c2", "--stance", "against", NULL),
	                 0);
	struct stat made, used;
	assert_int_equal(stat(idx, &made), 0);
	char *before = folded(store);
	assert_non_null(before);
	assert_int_equal(run(NULL, &err, "tag", thread, "--tags", store, "--id", "nope",
	                     "--stance", "favor", NULL),
	                 65);
	assert_non_null(strstr(err, "no comment with id 'nope'"));
	free(err);
	assert_int_equal(run(NULL, NULL, "tag", thread, "--tags", store, "--id", "c1", "--id",
	                     "nope", "--stance", "favor", NULL),
	                 65);
	assert_int_equal(run(NULL, &err, "tag", thread, "--tags", store, "--id", "c1", "--reply",
	                     "agree", NULL),
	                 65);
	assert_non_null(strstr(err, "replies only"));
	free(err);
	char *after = folded(store);
	assert_string_equal(before, after);
	free(after);
	const char *ok_ids[] = {"c1", "c3", "105", "c4", "@article", "@article/1"};
	for (size_t i = 0; i < sizeof ok_ids / sizeof *ok_ids; i++)
		assert_int_equal(run(NULL, NULL, "tag", thread, "--tags", store, "--id", ok_ids[i],
		                     "--stance", "neutral", NULL),
		                 0);
	assert_int_equal(run(NULL, NULL, "tag", thread, "--tags", store, "--id", "c3", "--reply",
	                     "agree", NULL),
	                 0);
	assert_int_equal(stat(idx, &used), 0);
	assert_int_equal(used.st_ino, made.st_ino); /* read, not rebuilt */
	/* c6 (untagged) renamed c7, the same size: the index no longer matches */
	char *c6 = strstr(text, "id: c6");
	assert_non_null(c6);
	c6[5] = '7';
	tt_test_write(thread, text);
	assert_int_equal(run(NULL, &err, "tag", thread, "--tags", store, "--id", "c7", "--stance",
	                     "favor", NULL),
	                 0);
	free(err);
	assert_int_equal(run(NULL, &err, "tag", thread, "--tags", store, "--id", "c6", "--stance",
	                     "favor", NULL),
	                 65);
	assert_non_null(strstr(err, "no comment with id 'c6'"));
	free(err);
	free(before);
	free(idx);
	free(text);
	free(thread);
	free(store);
}

/* tag --from: CSV and JSON Lines rows, each one journal record; bad rows are
 * reported at their line and the others applied; the report counts them. */
static void test_tag_from_file(void **state)
{
	(void)state;
	char *store = tmp("from.yaml"), *csv = tmp("rows.csv"), *jsonl = tmp("rows.jsonl");
	char *journal = tt_xasprintf("%s.journal", store), *out, *err;
	/* a store with content first, so the rows stay in the journal */
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--annotator", "ann",
	                     "--id", "c4", "--stance", "neutral", "--note",
	                     "a note long enough to make the store bigger than four journal "
	                     "lines, which is what keeps the rows in the journal",
	                     NULL),
	                 0);
	tt_test_write(csv, "id,stance,labels,note\r\n"
	                   "c1,favor,sarcasm;question,\"a note, with a comma\nand a line\"\r\n"
	                   "nope,favor,,\r\n"
	                   "c2,maybe,,\r\n"
	                   "c3,against,,\r\n");
	assert_int_equal(run(&out, &err, "tag", thread_path, "--tags", store, "--from", csv, NULL),
	                 65);
	assert_non_null(strstr(out, "2 rows applied, 2 refused"));
	char *want = tt_xasprintf("%s:4:1: no comment with id 'nope'", csv);
	assert_non_null(strstr(err, want));
	free(want);
	want = tt_xasprintf("%s:5:1: 'maybe' is not a value of 'stance'", csv);
	assert_non_null(strstr(err, want));
	free(want);
	free(out);
	free(err);
	assert_int_equal(lines_of(journal), 2); /* one record per applied row */
	tt_test_write(jsonl, "{\"id\": \"c3\", \"stance\": null, \"reply\": \"agree\"}\n"
	                     "\n"
	                     "{\"id\": \"c1\", \"labels\": [\"insult\"], \"note\": null}\n"
	                     "{\"id\": \"c2\", \"stance\": 3}\n"
	                     "not json\n");
	assert_int_equal(
	    run(&out, &err, "tag", thread_path, "--tags", store, "--from", jsonl, NULL), 65);
	assert_non_null(strstr(out, "2 rows applied, 2 refused"));
	want = tt_xasprintf("%s:4:", jsonl);
	assert_non_null(strstr(err, want));
	free(want);
	want = tt_xasprintf("%s:5:", jsonl);
	assert_non_null(strstr(err, want));
	free(want);
	free(out);
	free(err);
	char *text = folded(store);
	assert_non_null(strstr(text, "  c1:\n    stance: favor\n    labels: [insult]\n"));
	assert_null(strstr(text, "with a comma")); /* the JSON row removed the note */
	assert_non_null(strstr(text, "  c3:\n    reply: agree\n"));
	assert_null(strstr(text, "  c2:"));
	free(text);
	/* --from with --id is a usage error; a file that is not CSV is refused whole */
	assert_int_equal(
	    run(NULL, NULL, "tag", thread_path, "--tags", store, "--from", csv, "--id", "c1", NULL),
	    64);
	tt_test_write(csv, "id,stance\nc1,\"unclosed\n");
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--from", csv, NULL),
	                 65);
	assert_non_null(strstr(err, "CSV"));
	free(err);
	tt_test_write(csv, "stance\nfavor\n");
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--from", csv, NULL),
	                 65);
	assert_non_null(strstr(err, "'id'"));
	free(err);
	free(store);
	free(csv);
	free(jsonl);
	free(journal);
}

static void test_help_and_usage(void **state)
{
	(void)state;
	static const char *const cmds[] = {"tag", "export", "stats", "agree"};
	for (size_t i = 0; i < 4; i++) {
		char *out, *want = tt_xasprintf("usage: threadtag %s", cmds[i]);
		assert_int_equal(run(&out, NULL, cmds[i], "--help", NULL), 0);
		assert_non_null(strstr(out, want));
		free(out);
		free(want);
		assert_int_equal(run(NULL, NULL, cmds[i], "--bogus", NULL), 64);
		assert_int_equal(run(NULL, NULL, cmds[i], NULL), 64);
	}
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--stance", "favor", NULL), 64);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--id", "c1", NULL), 64);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--id", NULL), 64);
	assert_int_equal(run(NULL, NULL, "agree", thread_path, "--tags", "x.yaml", NULL), 64);
	assert_int_equal(run(NULL, NULL, "export", thread_path, "--format", "xml", NULL), 64);
}

static void test_tag_sets_and_refuses(void **state)
{
	(void)state;
	char *store = tmp("refuse.yaml"), *err;
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--annotator", "ann",
			     "--id", "c2", "--stance", "against", "--reply", "disagree", "--label",
			     "sarcasm", "--note", "first", NULL),
			 0);
	char *before = folded(store);
	assert_non_null(before);
	assert_non_null(strstr(before, "reply: disagree"));
	/* each refusal: exit 65, a message, and not a byte changed */
	struct {
		const char *opt, *val, *msg;
	} bad[] = {
		{"--stance", "maybe", "'maybe' is not a value of 'stance'"},
		{"--label", "snark", "'snark' is not a label"},
		{"--set", "mood=happy", "no dimension 'mood'"},
	};
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--id", "c2",
				     bad[i].opt, bad[i].val, NULL),
				 65);
		assert_non_null(strstr(err, bad[i].msg));
		free(err);
	}
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--id", "nope",
			     "--stance", "favor", NULL),
			 65);
	assert_non_null(strstr(err, "no comment with id 'nope'"));
	free(err);
	/* a valid id given with an invalid one: nothing is applied */
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c1", "--id",
			     "nope", "--stance", "favor", NULL),
			 65);
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--id", "c1",
			     "--reply", "agree", NULL),
			 65);
	assert_non_null(strstr(err, "replies only"));
	free(err);
	char *after = folded(store);
	assert_string_equal(before, after);
	free(after);

	/* --unlabel, 'none' and --clear */
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c2",
			     "--unlabel", "sarcasm", "--reply", "none", NULL),
			 0);
	after = folded(store);
	assert_null(strstr(after, "labels: [sarcasm]"));
	assert_null(strstr(after, "reply: disagree"));
	assert_non_null(strstr(after, "stance: against"));
	assert_non_null(strstr(after, "note: first"));
	free(after);
	assert_int_equal(
	    run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c2", "--clear", NULL), 0);
	after = folded(store);
	assert_non_null(strstr(after, "tags: {}"));
	free(after);
	free(before);
	free(store);
}

static void test_tag_missing_and_malformed(void **state)
{
	(void)state;
	char *store = tmp("bad.yaml"), *err;
	assert_int_equal(run(NULL, NULL, "tag", "/nonexistent/thread.yaml", "--tags", store, "--id",
	                     "c1", "--stance", "favor", NULL),
			 66);
	tt_test_write(store, "threadtag_tags: 1\ntags:\n  c1: {stance: favor\n");
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--id", "c2",
			     "--stance", "favor", NULL),
			 65);
	char *want = tt_xasprintf("threadtag: %s:4:1: ", store);
	assert_non_null(strstr(err, want));
	free(want);
	free(err);
	char *after = tt_test_slurp(store);
	assert_string_equal(after, "threadtag_tags: 1\ntags:\n  c1: {stance: favor\n");
	free(after);
	/* a malformed scheme: its position, exit 65, no store made */
	char *scheme = tmp("scheme.yaml"), *fresh = tmp("fresh.yaml");
	tt_test_write(scheme, "dimensions:\n- name: stance\n  values: [{name: a}, {name: a}]\n");
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", fresh, "--scheme", scheme,
			     "--id", "c1", "--stance", "a", NULL),
			 65);
	want = tt_xasprintf("threadtag: %s:3:23: duplicate value 'a'", scheme);
	assert_non_null(strstr(err, want));
	assert_null(tt_test_slurp(fresh));
	char *fresh_journal = tt_xasprintf("%s.journal", fresh);
	assert_null(tt_test_slurp(fresh_journal));
	free(fresh_journal);
	free(want);
	free(err);
	free(scheme);
	free(fresh);
	/* a name that cannot be written into YAML is refused before anything is made */
	char *ann = tmp("ann.yaml");
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", ann, "--annotator",
			     "bad\xff", "--id", "c1", "--stance", "favor", NULL),
			 65);
	assert_null(tt_test_slurp(ann));
	free(ann);
	/* the default store of an annotator who tagged nothing */
	setenv("XDG_DATA_HOME", dir, 1);
	assert_int_equal(run(NULL, &err, "export", thread_path, "--annotator", "nobody", NULL), 66);
	assert_non_null(strstr(err, "nobody.yaml: no tags yet"));
	free(err);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--annotator", "nobody", "--id", "c1",
			     "--stance", "favor", NULL),
			 0);
	assert_int_equal(run(NULL, NULL, "export", thread_path, "--annotator", "nobody", NULL), 0);
	char *def = tt_xasprintf("%s/threadtag/tags/tags-test/nobody.yaml", dir);
	char *text = tt_test_slurp(def);
	assert_non_null(text);
	assert_non_null(strstr(text, "annotator: nobody"));
	free(text);
	free(def);
	char *missing = tmp("missing.yaml");
	assert_int_equal(run(NULL, NULL, "export", thread_path, "--tags", missing, NULL), 66);
	assert_int_equal(run(NULL, NULL, "stats", thread_path, "--tags", missing, NULL), 66);
	free(missing);
	free(store);
}

static void test_tag_locked(void **state)
{
	(void)state;
	char *store = tmp("locked.yaml"), *err;
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c2",
			     "--stance", "against", NULL),
			 0);
	tt_error e;
	tt_thread *t = tt_thread_load(thread_path, &e, NULL);
	tt_tagstore_opts o = {.path = store, .annotator = "holder"};
	tt_tagstore *s = tt_tagstore_open(t, &o, &e, NULL);
	assert_non_null(s);
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--id", "c1",
			     "--stance", "favor", NULL),
			 75);
	assert_non_null(strstr(err, "lock"));
	free(err);
	/* readers still work while it is held */
	assert_int_equal(run(NULL, NULL, "stats", thread_path, "--tags", store, NULL), 0);
	/* and see a change still only in the journal, in a store never saved yet */
	char *fresh = tmp("fresh-held.yaml"), *out;
	tt_tagstore_opts fo = {.path = fresh, .annotator = "holder"};
	tt_tagstore *h = tt_tagstore_open(t, &fo, &e, NULL);
	assert_non_null(h);
	assert_int_equal(tt_tagstore_set_value(h, "c4", "stance", "unclear", &e), 0);
	assert_null(tt_test_slurp(fresh));
	assert_int_equal(
	    run(&out, NULL, "export", thread_path, "--tags", fresh, "--format", "jsonl", NULL), 0);
	assert_non_null(strstr(out, "\"comment\":\"c4\""));
	assert_non_null(strstr(out, "\"stance\":\"unclear\""));
	free(out);
	tt_tagstore_close(h, NULL);
	free(fresh);
	tt_tagstore_close(s, NULL);
	tt_thread_free(t);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c1",
			     "--stance", "favor", NULL),
			 0);
	free(store);
}

static void test_export_options(void **state)
{
	(void)state;
	char *store = tmp("exp.yaml"), *out, *o = tmp("out.csv");
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c4",
			     "--stance", "unclear", "--label", "question", NULL),
			 0);
	assert_int_equal(run(NULL, NULL, "export", thread_path, "--tags", store, "--format", "csv",
	                     "--no-text", "-o", o, NULL),
			 0);
	out = tt_test_slurp(o);
	assert_non_null(out);
	static const char head[] = "thread,comment,parent,depth,author,posted,time,stance,reply,"
				   "labels,note,state,reason,annotator,tagged,scheme_version\r\n";
	assert_true(!strncmp(out, head, sizeof head - 1));
	assert_non_null(strstr(out, "\r\ntags-test,c4,,0,carol,,,unclear,,question,,"));
	free(out);
	assert_int_equal(
	    run(&out, NULL, "export", thread_path, "--tags", store, "--format=jsonl", NULL), 0);
	assert_non_null(strstr(out, "\"comment\":\"c4\""));
	assert_non_null(strstr(out, "\"text\":\"What does the engineering report say?\"}\n"));
	free(out);
	char *nodir = tmp("no/such/dir/out.csv");
	assert_int_equal(run(NULL, NULL, "export", thread_path, "--tags", store, "-o", nodir, NULL),
			 73);
	free(nodir);
	free(o);
	free(store);
}

static void test_stats(void **state)
{
	(void)state;
	char *store = tmp("stats.yaml"), *out, *err;
	tt_test_write(store, "threadtag_tags: 1\nthread: {id: tags-test}\nannotator: ann\ntags:\n"
			     "  c1: {stance: favor, labels: [sarcasm]}\n"
			     "  c2: {stance: favor}\n"
			     "  c3: {stance: maybe}\n"
			     "  vanished: {stance: against}\n");
	assert_int_equal(run(&out, &err, "stats", thread_path, "--tags", store, NULL), 0);
	assert_non_null(strstr(out, "progress:  3 of 6 comments tagged (50.0%)"));
	assert_non_null(strstr(out, "orphans:  1"));
	assert_non_null(strstr(out, "\n  vanished\n"));
	assert_non_null(strstr(out, "(unknown)             1"));
	assert_non_null(strstr(out, "per author"));
	assert_non_null(strstr(out, "per depth"));
	assert_non_null(strstr(err, "no longer in the thread"));
	assert_non_null(strstr(err, "stance 'maybe'"));
	free(out);
	free(err);
	assert_int_equal(
	    run(&out, NULL, "stats", thread_path, "--tags", store, "--format", "yaml", NULL), 0);
	assert_non_null(strstr(out, "comments_tagged: 3"));
	assert_non_null(strstr(out, "orphans: [vanished]"));
	assert_non_null(strstr(out, "      favor: 2\n"));
	free(out);
	char *after = tt_test_slurp(store);
	assert_non_null(strstr(after, "c3: {stance: maybe}")); /* readers never rewrite */
	free(after);
	free(store);
}

/* Many authors (grouped through a hash table): every author counted once,
 * with its own comments and tags, in the documented order. */
static void test_stats_many_authors(void **state)
{
	(void)state;
	enum { N = 3000, AUTHORS = 1000 };
	char *path = tmp("many.yaml"), *store = tmp("many-tags.yaml"), *out;
	tt_thread *t = tt_thread_new();
	tt_error err;
	tt_buf tags = {0};
	t->id = "many";
	t->article.title = "Many authors";
	tt_buf_adds(&tags, "threadtag_tags: 1\nthread: {id: many}\nannotator: ann\ntags:\n");
	for (int i = 0; i < N; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->id = tt_thread_strfmt(t, "m%d", i);
		/* Author k writes 3 comments, but author 7 writes 4 and author 8 two. */
		c->author = tt_thread_strfmt(t, "author%d", i == 8 ? 7 : i % AUTHORS);
		tt_strv_push(t, &c->body, "text");
		if (i % AUTHORS == 5)
			tt_buf_printf(&tags, "  m%d: {stance: favor}\n", i);
	}
	assert_int_equal(tt_thread_finish(t, &err), 0);
	assert_int_equal(tt_thread_save(t, path), 0);
	tt_thread_free(t);
	tt_test_write(store, tags.data);
	tt_buf_free(&tags);
	assert_int_equal(run(&out, NULL, "stats", path, "--tags", store, "--format", "yaml", NULL),
	                 0);
	size_t groups = 0;
	for (const char *p = out; (p = strstr(p, "- name: author")); p++)
		groups++;
	assert_int_equal(groups, AUTHORS);
	/* Most comments first, then by name. */
	assert_non_null(strstr(out, "per_author:\n  - name: author7\n    comments: 4\n"));
	assert_non_null(strstr(out, "- name: author5\n    comments: 3\n    tagged: 3\n"));
	assert_non_null(strstr(out, "- name: author8\n    comments: 2\n    tagged: 0\n"));
	assert_null(strstr(out, "- name: author8\n    comments: 3"));
	free(out);
	free(store);
	free(path);
}

/* Without options, the config names the annotator and the scheme. */
static void test_config_settings(void **state)
{
	(void)state;
	char *cfgdir = tmp("cfg"), *cfg = tmp("cfg/threadtag"), *data = tmp("cfgdata");
	char *file = tmp("cfg/threadtag/config.yaml");
	assert_int_equal(mkdir(cfgdir, 0700), 0);
	assert_int_equal(mkdir(cfg, 0700), 0);
	char *rel = tt_test_src("samples/schemes/rumour.yaml");
	char *scheme = realpath(rel, NULL); /* relative paths in a config are the config's */
	free(rel);
	assert_non_null(scheme);
	char *text = tt_xasprintf("annotator: cfg-person\nscheme: %s\n", scheme);
	tt_test_write(file, text);
	setenv("XDG_CONFIG_HOME", cfgdir, 1);
	setenv("XDG_DATA_HOME", data, 1);
	assert_int_equal(
	    run(NULL, NULL, "tag", thread_path, "--id", "c1", "--stance", "deny", NULL), 0);
	char *store = tt_xasprintf("%s/threadtag/tags/tags-test/cfg-person.yaml", data);
	char *got = folded(store);
	assert_non_null(got);
	assert_non_null(strstr(got, "annotator: cfg-person"));
	assert_non_null(strstr(got, "name: rumour"));
	assert_non_null(strstr(got, "stance: deny"));
	free(got);
	/* --annotator wins over the config */
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--annotator", "other", "--id", "c1",
			     "--stance", "query", NULL),
			 0);
	/* a bad config is reported and ignored */
	tt_test_write(file, "annotator: [x\n");
	char *err;
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--annotator", "other", "--id", "c2",
			     "--stance", "deny", NULL),
			 0);
	assert_non_null(strstr(err, "config.yaml:"));
	free(err);
	unsetenv("XDG_CONFIG_HOME");
	free(text);
	free(store);
	free(scheme);
	free(file);
	free(data);
	free(cfg);
	free(cfgdir);
}

/* Every comment of a bundled sample, tagged by script: all there afterwards. */
static void test_tag_whole_sample(void **state)
{
	(void)state;
	static const char *const samples[] = {"samples/ukraine-security-guarantees.yaml",
					      "samples/nested-old-town-car-ban.yaml"};
	static const char *const stances[] = {"favor", "against", "neutral", "unclear",
					      "off-topic"};
	for (size_t k = 0; k < 2; k++) {
		char *path = tt_test_src(samples[k]);
		tt_error err;
		tt_thread *t = tt_thread_load(path, &err, NULL);
		if (!t) { /* not every sample exists on every branch */
			free(path);
			continue;
		}
		char *store = tt_xasprintf("%s/sample-%zu.yaml", dir, k), *out;
		for (size_t i = 0; i < t->ncomments; i++)
			assert_int_equal(run(NULL, NULL, "tag", path, "--tags", store, "--id",
					     t->order[i]->id, "--stance", stances[i % 5], NULL),
					 0);
		assert_int_equal(
		    run(&out, NULL, "stats", path, "--tags", store, "--format", "yaml", NULL), 0);
		char *want = tt_xasprintf("comments_tagged: %zu\n", t->ncomments);
		assert_non_null(strstr(out, want));
		free(want);
		free(out);
		assert_int_equal(
		    run(&out, NULL, "export", path, "--tags", store, "--format", "jsonl", NULL), 0);
		size_t lines = 0;
		for (char *p = out; *p; p++)
			lines += *p == '\n';
		assert_int_equal(lines, t->ncomments);
		for (size_t i = 0; i < t->ncomments; i++) {
			char *rec = tt_xasprintf("\"comment\":\"%s\"", t->order[i]->id);
			assert_non_null(strstr(out, rec));
			free(rec);
		}
		free(out);
		free(store);
		tt_thread_free(t);
		free(path);
	}
}

/* ---- agreement, end to end ---- */

/* A thread of n comments u1..un. */
static char *write_units_thread(size_t n)
{
	char *path = tmp("units.yaml");
	tt_buf b = {0};
	tt_buf_adds(&b, "threadtag: 1\nid: units\narticle:\n  title: Units\ncomments:\n");
	for (size_t i = 1; i <= n; i++)
		tt_buf_printf(&b, "  - id: u%zu\n    body: [unit %zu]\n", i, i);
	tt_test_write(path, b.data);
	tt_buf_free(&b);
	return path;
}

static const char codes_scheme[] =
	"scheme:\n  name: codes\n  dimensions:\n  - name: code\n    values: [{name: '1'}, "
	"{name: '2'}, {name: '3'}, {name: '4'}, {name: '5'}, {name: '6'}]\n";

/* A store whose unit i (1-based) has code codes[i-1]; '.' is missing. */
static char *write_coder(const char *name, const char *codes)
{
	char *path = tt_xasprintf("%s/coder-%s.yaml", dir, name);
	tt_buf b = {0};
	tt_buf_printf(&b, "threadtag_tags: 1\nthread: {id: units}\nannotator: %s\n%stags:\n", name,
		      codes_scheme);
	for (size_t i = 0; codes[i]; i++)
		if (codes[i] != '.')
			tt_buf_printf(&b, "  u%zu: {code: '%c'}\n", i + 1, codes[i]);
	tt_test_write(path, b.data);
	tt_buf_free(&b);
	return path;
}

/* Runs agree on coders' code strings and returns the YAML output. */
static char *agree(size_t ncoders, const char *const *codes)
{
	char *thread = write_units_thread(strlen(codes[0]));
	const char *args[40] = {"agree", thread, "--format", "yaml"};
	char *paths[16];
	size_t n = 4;
	for (size_t k = 0; k < ncoders; k++) {
		char name[32];
		snprintf(name, sizeof name, "r%zu", k + 1);
		paths[k] = write_coder(name, codes[k]);
		args[n++] = "--tags";
		args[n++] = paths[k];
	}
	args[n] = NULL;
	char *out = NULL, *err = NULL;
	int rc = tt_test_run(args, NULL, &out, &err);
	if (rc)
		fprintf(stderr, "%s", err);
	assert_int_equal(rc, 0);
	for (size_t k = 0; k < ncoders; k++)
		free(paths[k]);
	free(err);
	free(thread);
	return out;
}

static double number(const char *yaml, const char *key)
{
	char *k = tt_xasprintf("\n%s: ", key);
	const char *p = strstr(yaml, k);
	if (!p)
		fprintf(stderr, "no %s in:\n%s", key, yaml);
	assert_non_null(p);
	p += strlen(k);
	free(k);
	if (!strncmp(p, "null", 4))
		return NAN;
	return strtod(p, NULL);
}

static void assert_near(double got, double want)
{
	if (fabs(got - want) > 1e-9)
		fprintf(stderr, "got %.12f, want %.12f\n", got, want);
	assert_true(fabs(got - want) <= 1e-9);
}

/* Six units worked by hand (stance as codes 1..5): both coded 5 units, 4 agree.
 * p_o = 4/5, p_e = 6/25: kappa = 14/19. Fleiss over the same 5: 27/37.
 * Alpha over 10 pairable values, 2 disagreeing pairs: 1 - 9*2/74 = 28/37. */
static void test_agree_by_hand(void **state)
{
	(void)state;
	const char *const codes[] = {"122351", "12135."};
	char *out = agree(2, codes);
	assert_near(number(out, "cohen_kappa"), 14.0 / 19.0);
	/* pooled marginals 3,3,2,2 of 10: p_e = 26/100, pi = 0.54/0.74 */
	assert_near(number(out, "scott_pi"), 27.0 / 37.0);
	assert_near(number(out, "fleiss_kappa"), 27.0 / 37.0);
	assert_near(number(out, "krippendorff_alpha"), 28.0 / 37.0);
	assert_near(number(out, "items"), 6);
	assert_non_null(strstr(out, "\n  - [1, 0, 0, 0, 0, 0]\n  - [1, 1, 0, 0, 0, 0]\n"));
	assert_non_null(strstr(out, "disagreements:\n- item: u3\n  values:\n    r1: \"2\"\n"
				    "    r2: \"1\"\n"));
	free(out);
}

/* Reference, Cohen example 3: [[20,5],[10,15]] -> kappa 0.4. */
static void test_agree_cohen_reference(void **state)
{
	(void)state;
	char a[51] = {0}, b[51] = {0};
	size_t n = 0;
	struct {
		char x, y;
		int count;
	} cells[] = {{'1', '1', 20}, {'1', '2', 5}, {'2', '1', 10}, {'2', '2', 15}};
	for (size_t c = 0; c < 4; c++)
		for (int i = 0; i < cells[c].count; i++, n++)
			a[n] = cells[c].x, b[n] = cells[c].y;
	const char *const codes[] = {a, b};
	char *out = agree(2, codes);
	assert_near(number(out, "cohen_kappa"), 0.4);
	assert_non_null(strstr(out, "  - [20, 5, 0, 0, 0, 0]\n  - [10, 15, 0, 0, 0, 0]\n"));
	free(out);
}

/* Reference, Cohen example 2 (categories 1..6): kappa = -1/159. */
static void test_agree_cohen_reference_six(void **state)
{
	(void)state;
	const char *const codes[] = {"36462424332333221334", "21443216111233113322"};
	char *out = agree(2, codes);
	assert_near(number(out, "cohen_kappa"), -1.0 / 159.0);
	free(out);
}

/* Reference, Krippendorff example 1: 4 coders x 12 units -> 113/152. */
static void test_agree_krippendorff_reference(void **state)
{
	(void)state;
	const char *const codes[] = {"123321412...", "1233224125..", ".33323422513",
				     "12332441251."};
	char *out = agree(4, codes);
	assert_near(number(out, "krippendorff_alpha"), 113.0 / 152.0);
	/* The top-level keys only for two annotators; pairs: has them per pair. */
	assert_null(strstr(out, "\ncohen_kappa:"));
	assert_null(strstr(out, "\nscott_pi:"));
	assert_non_null(strstr(out, "\n  cohen_kappa:"));
	free(out);
}

/* Reference, Krippendorff example 2: 3 coders x 15 units -> 56/81. */
static void test_agree_krippendorff_reference2(void **state)
{
	(void)state;
	const char *const rows[] = {".....34121133.3", "1.213343.......", "..21344.21133.4"};
	char *out = agree(3, rows);
	assert_near(number(out, "krippendorff_alpha"), 56.0 / 81.0);
	free(out);
}

/* Reference, Fleiss example 1: 10 subjects x 14 raters -> 4211/20059. */
static void test_agree_fleiss_reference(void **state)
{
	(void)state;
	static const int counts[10][5] = {
	    {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
	    {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
	char rows[14][11] = {{0}};
	for (size_t u = 0; u < 10; u++) {
		size_t r = 0;
		for (int c = 0; c < 5; c++)
			for (int k = 0; k < counts[u][c]; k++)
				rows[r++][u] = (char)('1' + c);
	}
	const char *codes[14];
	for (size_t r = 0; r < 14; r++)
		codes[r] = rows[r];
	char *out = agree(14, codes);
	assert_near(number(out, "fleiss_kappa"), 4211.0 / 20059.0);
	free(out);
}

/* One value in the whole data: alpha is undefined, and said to be. */
static void test_agree_undefined(void **state)
{
	(void)state;
	const char *const codes[] = {"1111", "1111"};
	char *out = agree(2, codes);
	assert_true(isnan(number(out, "krippendorff_alpha")));
	assert_non_null(strstr(out, "undefined:\n  "));
	free(out);
	char *thread = write_units_thread(4);
	char *a = write_coder("r1", "1111"), *b = write_coder("r2", "1111");
	assert_int_equal(run(&out, NULL, "agree", thread, "--tags", a, "--tags", b, NULL), 0);
	assert_non_null(strstr(out, "Krippendorff's alpha (nominal) undefined ("));
	free(out);
	assert_int_equal(run(NULL, NULL, "agree", thread, "--tags", a, "--tags", b, "--dimension",
			     "stance", NULL),
			 65);
	free(a);
	free(b);
	free(thread);
}

/* tag --state/--reason: set, kept when other options change the item,
 * cleared by none; bad states are usage errors; --from rows take state and
 * reason columns. */
static void test_tag_state(void **state)
{
	(void)state;
	char *store = tmp("state.yaml"), *csv = tmp("state.csv"), *err;
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--annotator", "ann",
	                     "--id", "c1", "--state", "flagged", "--reason", "ask: the group",
	                     NULL),
	                 0);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c1",
	                     "--stance", "favor", NULL),
	                 0);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c2", "--id",
	                     "c3", "--state", "skipped", NULL),
	                 0);
	char *text = folded(store);
	assert_non_null(strstr(text, "  c1:\n    stance: favor\n    state: flagged\n"
	                             "    reason: 'ask: the group'\n"));
	assert_non_null(strstr(text, "  c2:\n    state: skipped\n    scheme_version: "));
	assert_non_null(strstr(text, "  c3:\n    state: skipped\n"));
	free(text);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c1",
	                     "--state", "none", NULL),
	                 0);
	text = folded(store);
	assert_null(strstr(text, "flagged"));
	assert_null(strstr(text, "ask: the group"));
	assert_non_null(strstr(text, "  c1:\n    stance: favor\n"));
	free(text);
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--id", "c1",
	                     "--state", "later", NULL),
	                 64);
	assert_non_null(strstr(err, "'later'"));
	free(err);
	assert_int_equal(run(NULL, NULL, "tag", thread_path, "--tags", store, "--id", "c1",
	                     "--reason", "why", NULL),
	                 64);
	tt_test_write(csv, "id,state,reason\nc4,unsure,\"two, words\"\nc2,none,\nc3,maybe,\n");
	assert_int_equal(run(NULL, &err, "tag", thread_path, "--tags", store, "--from", csv, NULL),
	                 65);
	char *want = tt_xasprintf("%s:4:1: 'maybe' is not a state", csv);
	assert_non_null(strstr(err, want));
	free(want);
	free(err);
	text = folded(store);
	assert_non_null(strstr(text, "  c4:\n    state: unsure\n    reason: two, words\n"));
	assert_null(strstr(text, "  c2:"));
	assert_non_null(strstr(text, "  c3:\n    state: skipped\n"));
	free(text);
	free(store);
	free(csv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_help_and_usage),
		cmocka_unit_test(test_tag_sets_and_refuses),
		cmocka_unit_test(test_tag_through_index),
		cmocka_unit_test(test_tag_state),
		cmocka_unit_test(test_tag_missing_and_malformed),
		cmocka_unit_test(test_tag_locked),
	    cmocka_unit_test(test_tag_from_file),
		cmocka_unit_test(test_export_options),
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_stats_many_authors),
		cmocka_unit_test(test_config_settings),
		cmocka_unit_test(test_tag_whole_sample),
		cmocka_unit_test(test_agree_by_hand),
		cmocka_unit_test(test_agree_cohen_reference),
		cmocka_unit_test(test_agree_cohen_reference_six),
		cmocka_unit_test(test_agree_krippendorff_reference),
		cmocka_unit_test(test_agree_krippendorff_reference2),
		cmocka_unit_test(test_agree_fleiss_reference),
		cmocka_unit_test(test_agree_undefined),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
