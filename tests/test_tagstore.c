/* test_tagstore: the tag store — round trip, journal replay, torn entries, locks, undo. */
#include "tt_test.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/tagindex.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* A thread of n comments c0..c(n-1): every third one replies to the one before. */
static tt_thread *make_thread(size_t n)
{
	tt_thread *t = tt_thread_new();
	t->id = tt_thread_strdup(t, "mem-thread", (size_t)-1);
	t->article.title = tt_thread_strdup(t, "A thread in memory", (size_t)-1);
	tt_strv_push(t, &t->article.body, "First paragraph.");
	tt_strv_push(t, &t->article.body, "Second paragraph.");
	tt_comment *prev = NULL;
	for (size_t i = 0; i < n; i++) {
		tt_comment *c = tt_thread_add_comment(t, i % 3 == 2 ? prev : NULL);
		c->id = tt_thread_strfmt(t, "c%zu", i);
		c->author = tt_thread_strdup(t, i % 2 ? "bob" : "alice", (size_t)-1);
		tt_strv_push(t, &c->body, tt_thread_strfmt(t, "comment %zu", i));
		prev = c;
	}
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	return t;
}

struct fixture {
	tt_thread *t;
	char *dir, *path, *journal;
};

static int setup(void **state)
{
	struct fixture *f = tt_xcalloc(1, sizeof *f);
	f->t = make_thread(12);
	f->dir = tt_test_tmpdir();
	f->path = tt_xasprintf("%s/sub/alice.yaml", f->dir);
	f->journal = tt_xasprintf("%s.journal", f->path);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	tt_thread_free(f->t);
	free(f->dir);
	free(f->path);
	free(f->journal);
	free(f);
	return 0;
}

static tt_tagstore *open_store(struct fixture *f, unsigned every)
{
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .compact_every = every};
	tt_error err;
	int eno;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, &eno);
	if (!s)
		tt_error_print(&err);
	assert_non_null(s);
	return s;
}

static void close_store(tt_tagstore *s)
{
	tt_error err;
	int rc = tt_tagstore_close(s, &err);
	if (rc < 0)
		tt_error_print(&err);
	assert_int_equal(rc, 0);
}

static int file_exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

static const char *value(const tt_tagstore *s, const char *item, const char *dim)
{
	const tt_tag *t = tt_tagstore_get(s, item);
	int d = tt_scheme_dim_index(tt_tagstore_scheme(s), dim);
	return t && d >= 0 ? t->values[d] : NULL;
}

static const char tricky_note[] =
    "commas, \"quotes\" and 'single'\nsecond line: with colon\n"
				  "  indented # not a comment\r\nünïcödé — dash\ttab\x7f\x01 trailing space \n\n";

static void test_round_trip(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_false(tt_tagstore_readonly(s));
	assert_int_equal(tt_tagstore_set_value(s, "c4", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, "c2", "reply", "agree", &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, "c2", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(s, "c2", "question", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(s, "c2", "sarcasm", &err), 0);
	assert_int_equal(tt_tagstore_set_note(s, "c2", tricky_note, &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, TT_ITEM_ARTICLE, "stance", "neutral", &err), 0);
	char para[32];
	tt_tags_paragraph_item(2, para);
	assert_string_equal(para, "@article/2");
	assert_int_equal(tt_tagstore_set_note(s, para, "only a note", &err), 0);
	assert_int_equal(tt_tagstore_count(s), 4);
	assert_int_equal(tt_tagstore_comments_tagged(s), 2);
	close_store(s);
	assert_true(file_exists(f->path));
	assert_false(file_exists(f->journal));

	s = open_store(f, 0);
	assert_null(tt_tagstore_notice(s));
	assert_int_equal(tt_tagstore_count(s), 4);
	/* thread order: article, its paragraphs, comments in preorder */
	assert_string_equal(tt_tagstore_at(s, 0)->item, "@article");
	assert_string_equal(tt_tagstore_at(s, 1)->item, "@article/2");
	assert_string_equal(tt_tagstore_at(s, 2)->item, "c2");
	assert_string_equal(tt_tagstore_at(s, 3)->item, "c4");
	const tt_tag *t = tt_tagstore_get(s, "c2");
	assert_string_equal(value(s, "c2", "stance"), "favor");
	assert_string_equal(value(s, "c2", "reply"), "agree");
	assert_int_equal(t->nlabels, 2);
	assert_string_equal(t->labels[0], "sarcasm"); /* scheme order, not the order set */
	assert_string_equal(t->labels[1], "question");
	assert_string_equal(t->note, tricky_note);
	assert_string_equal(t->annotator, "alice");
	assert_int_equal(strlen(t->time), 20);
	assert_int_equal(t->time[19], 'Z');
	assert_string_equal(tt_tagstore_get(s, "@article/2")->note, "only a note");
	assert_null(tt_tagstore_get(s, "c1"));
	assert_int_equal(tt_tagstore_value_count(s, 0, 0), 1); /* favor */
	assert_int_equal(tt_tagstore_value_count(s, 0, 1), 1); /* against */
	assert_int_equal(tt_tagstore_label_count(s, 0), 1);    /* sarcasm */
	close_store(s);
}

/* Reopening and closing without a change leaves the file as it was, so a store
 * in git shows no diff for a session that changed nothing. */
static void test_no_change_no_write(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	close_store(s);
	char *before = tt_test_slurp(f->path);
	struct stat a, b;
	assert_int_equal(stat(f->path, &a), 0);
	s = open_store(f, 0);
	/* setting what is already set is no change either */
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	close_store(s);
	assert_int_equal(stat(f->path, &b), 0);
	assert_int_equal(a.st_ino, b.st_ino);
	char *after = tt_test_slurp(f->path);
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/* Runs fn in a child that exits without closing the store, as a crash would. */
static void crash_after(struct fixture *f, void (*fn)(tt_tagstore *))
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		tt_tagstore_opts o = {.path = f->path, .annotator = "alice"};
		tt_error err;
		tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s)
			_exit(2);
		fn(s);
		_exit(0);
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

static void three_changes(tt_tagstore *s)
{
	tt_error err;
	if (tt_tagstore_set_value(s, "c0", "stance", "favor", &err) ||
	    tt_tagstore_set_value(s, "c3", "stance", "unclear", &err) ||
	    tt_tagstore_set_note(s, "c3", "line one\nline two", &err))
		_exit(3);
}

static void test_journal_replay(void **state)
{
	struct fixture *f = *state;
	crash_after(f, three_changes);
	assert_false(file_exists(f->path)); /* never compacted */
	char *j = tt_test_slurp(f->journal);
	assert_non_null(j);
	size_t lines = 0;
	for (char *p = j; *p; p++)
		lines += *p == '\n';
	assert_int_equal(lines, 3); /* one line per change */
	free(j);

	tt_tagstore *s = open_store(f, 0);
	assert_string_equal(value(s, "c0", "stance"), "favor");
	assert_string_equal(value(s, "c3", "stance"), "unclear");
	assert_string_equal(tt_tagstore_get(s, "c3")->note, "line one\nline two");
	close_store(s);
	assert_true(file_exists(f->path));
	assert_false(file_exists(f->journal));
	s = open_store(f, 0);
	assert_int_equal(tt_tagstore_count(s), 2);
	close_store(s);
}

static void append(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_APPEND);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

static void test_torn_last_entry(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	crash_after(f, three_changes);
	append(f->journal, "{item: \"c5\", stance: \"aga");
	tt_tagstore *s = open_store(f, 0);
	assert_non_null(tt_tagstore_notice(s));
	assert_non_null(strstr(tt_tagstore_notice(s), "torn"));
	assert_non_null(strstr(tt_tagstore_notice(s), ":4"));
	assert_null(tt_tagstore_get(s, "c5"));
	assert_string_equal(value(s, "c3", "stance"), "unclear");
	/* the torn bytes are gone, so the next entry stands on its own line */
	assert_int_equal(tt_tagstore_set_value(s, "c6", "stance", "neutral", &err), 0);
	char *j = tt_test_slurp(f->journal);
	assert_null(strstr(j, "aga"));
	free(j);
	close_store(s);
	s = open_store(f, 0);
	assert_null(tt_tagstore_notice(s));
	assert_string_equal(value(s, "c6", "stance"), "neutral");
	close_store(s);
}

/* A complete but unreadable last line (e.g. zeros after a crash) is torn too. */
static void test_garbage_last_line(void **state)
{
	struct fixture *f = *state;
	crash_after(f, three_changes);
	append(f->journal, "{item: [unclosed\n");
	tt_tagstore *s = open_store(f, 0);
	assert_non_null(strstr(tt_tagstore_notice(s), "unreadable last journal entry"));
	assert_int_equal(tt_tagstore_count(s), 2);
	close_store(s);
}

/* A bad entry before the last is not a torn write: refuse, with its position,
 * and leave every file as it was. */
static void test_bad_middle_entry(void **state)
{
	struct fixture *f = *state;
	crash_after(f, three_changes);
	char *j = tt_test_slurp(f->journal);
	char *nl = strchr(j, '\n');
	tt_buf b = {0};
	tt_buf_add(&b, j, (size_t)(nl - j) + 1);
	tt_buf_adds(&b, "{item: \"c1\", labels: \"not a list\"}\n");
	tt_buf_adds(&b, nl + 1);
	tt_test_write(f->journal, b.data);
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice"};
	tt_error err;
	int eno = 0;
	assert_null(tt_tagstore_open(f->t, &o, &err, &eno));
	assert_int_equal(eno, 0);
	assert_string_equal(err.file, f->journal);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.col, 22);
	char *after = tt_test_slurp(f->journal);
	assert_string_equal(after, b.data);
	assert_false(file_exists(f->path));
	free(after);
	free(j);
	tt_buf_free(&b);
}

static void write_store(struct fixture *f, const char *tags)
{
	char *dir = tt_xasprintf("%s/sub", f->dir);
	mkdir(dir, 0700);
	free(dir);
	char *text = tt_xasprintf("threadtag_tags: 1\nthread:\n  id: mem-thread\nannotator: alice\n"
				  "tags:\n%s",
				  tags);
	tt_test_write(f->path, text);
	free(text);
}

static void test_malformed_store(void **state)
{
	struct fixture *f = *state;
	write_store(f, "  c1:\n    stance: favor\n    labels: [sarcasm\n");
	char *before = tt_test_slurp(f->path);
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice"};
	tt_error err;
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_string_equal(err.file, f->path);
	assert_int_equal(err.line, 9);
	assert_true(err.col >= 1);
	char *after = tt_test_slurp(f->path);
	assert_string_equal(before, after);
	assert_false(file_exists(f->journal)); /* nothing left behind */
	free(before);
	free(after);

	write_store(f, "  c1:\n    stance: favor\n  c1:\n    stance: against\n");
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_int_equal(err.line, 8);
	assert_int_equal(err.col, 3);
	assert_non_null(strstr(err.msg, "appears twice"));

	write_store(f, "  c1: favor\n");
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_int_equal(err.line, 6);
	assert_int_equal(err.col, 7);

	tt_test_write(f->path, "threadtag_tags: 1\nthread: {id: other-thread}\ntags: {}\n");
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_non_null(strstr(err.msg, "other-thread"));

	tt_test_write(f->path, "threadtag_tags: 7\n");
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_int_equal(err.line, 1);
	assert_int_equal(err.col, 17);
}

/* Values, labels and dimensions the scheme does not know survive a session. */
static void test_unknown_values_kept(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	write_store(f,
	            "  c1:\n    stance: maybe\n    mood: grumpy\n    labels: [sarcasm, snark]\n");
	tt_tagstore *s = open_store(f, 0);
	const char *n = tt_tagstore_notice(s);
	assert_non_null(n);
	assert_non_null(strstr(n, "c1"));
	assert_non_null(strstr(n, "mood"));
	assert_int_equal(tt_tagstore_unknown(s), 3);
	assert_string_equal(value(s, "c1", "stance"), "maybe");
	assert_int_equal(tt_tagstore_get(s, "c1")->nlabels, 2);
	assert_int_equal(tt_tagstore_set_value(s, "c2", "stance", "favor", &err), 0);
	close_store(s);
	char *text = tt_test_slurp(f->path);
	assert_non_null(strstr(text, "stance: maybe"));
	assert_non_null(strstr(text, "mood: grumpy"));
	assert_non_null(strstr(text, "snark"));
	free(text);
	/* an unknown value can still be replaced by a known one */
	s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_unknown(s), 2);
	close_store(s);
}

static void test_orphans_kept(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	write_store(f, "  gone:\n    stance: favor\n  c1:\n    stance: against\n");
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_orphans(s), 1);
	assert_int_equal(tt_tagstore_comments_tagged(s), 1);
	assert_true(tt_tagstore_is_orphan(s, "gone"));
	assert_false(tt_tagstore_is_orphan(s, "c1"));
	assert_non_null(strstr(tt_tagstore_notice(s), "no longer in the thread"));
	assert_string_equal(tt_tagstore_at(s, 1)->item, "gone"); /* orphans last */
	/* new unknown ids are refused; the orphan itself may be edited */
	assert_int_equal(tt_tagstore_set_value(s, "never", "stance", "favor", &err), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(tt_tagstore_set_note(s, "gone", "was about bridges", &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, "c3", "stance", "favor", &err), 0);
	close_store(s);
	s = open_store(f, 0);
	assert_int_equal(tt_tagstore_orphans(s), 1);
	assert_string_equal(tt_tagstore_get(s, "gone")->note, "was about bridges");
	close_store(s);
}

static void test_readonly_on_lock(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *a = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(a, "c1", "stance", "favor", &err), 0);
	tt_tagstore *b = open_store(f, 0);
	assert_true(tt_tagstore_readonly(b));
	assert_non_null(strstr(tt_tagstore_notice(b), "read-only"));
	assert_string_equal(value(b, "c1", "stance"), "favor"); /* it sees the journal */
	assert_int_equal(tt_tagstore_set_value(b, "c2", "stance", "favor", &err), -1);
	assert_int_equal(errno, EROFS);
	assert_int_equal(tt_tagstore_undo(b, NULL, &err), -1);
	close_store(b);
	assert_true(file_exists(f->journal)); /* the reader removed nothing */
	assert_int_equal(tt_tagstore_set_value(a, "c2", "stance", "against", &err), 0);
	close_store(a);
	tt_tagstore *c = open_store(f, 0);
	assert_false(tt_tagstore_readonly(c));
	assert_string_equal(value(c, "c2", "stance"), "against");
	close_store(c);
}

static void test_undo_redo(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	const char *item = NULL;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 1); /* nothing yet */
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(s, "c1", "insult", &err), 0);
	assert_int_equal(tt_tagstore_set_note(s, "c1", "note", &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, "c4", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_clear(s, "c1", &err), 0);
	assert_null(tt_tagstore_get(s, "c1"));

	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0); /* the clear */
	assert_string_equal(item, "c1");
	assert_string_equal(tt_tagstore_get(s, "c1")->note, "note");
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0);
	assert_string_equal(item, "c4");
	assert_null(tt_tagstore_get(s, "c4"));
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0);
	assert_null(tt_tagstore_get(s, "c1")->note);
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0);
	assert_int_equal(tt_tagstore_get(s, "c1")->nlabels, 0);
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0);
	assert_null(tt_tagstore_get(s, "c1"));
	assert_int_equal(tt_tagstore_count(s), 0);
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 1);

	assert_int_equal(tt_tagstore_redo(s, &item, &err), 0);
	assert_int_equal(tt_tagstore_redo(s, &item, &err), 0);
	assert_string_equal(value(s, "c1", "stance"), "favor");
	assert_int_equal(tt_tagstore_get(s, "c1")->nlabels, 1);
	assert_int_equal(tt_tagstore_label_count(s, 2), 1); /* insult */
	/* a new change ends the redo chain */
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "neutral", &err), 0);
	assert_int_equal(tt_tagstore_redo(s, &item, &err), 1);
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0);
	assert_string_equal(value(s, "c1", "stance"), "favor");
	close_store(s);
	/* what undo left is what was saved */
	s = open_store(f, 0);
	assert_string_equal(value(s, "c1", "stance"), "favor");
	assert_int_equal(tt_tagstore_get(s, "c1")->nlabels, 1);
	assert_null(tt_tagstore_get(s, "c4"));
	close_store(s);
}

static void undo_then_crash(tt_tagstore *s)
{
	tt_error err;
	if (tt_tagstore_set_value(s, "c1", "stance", "favor", &err) ||
	    tt_tagstore_set_value(s, "c1", "stance", "against", &err) ||
	    tt_tagstore_undo(s, NULL, &err) ||
	    tt_tagstore_set_value(s, "c2", "stance", "unclear", &err) ||
	    tt_tagstore_undo(s, NULL, &err) || tt_tagstore_undo(s, NULL, &err) ||
	    tt_tagstore_redo(s, NULL, &err))
		_exit(3);
}

/* Undo and redo are journaled like any change. */
static void test_undo_is_durable(void **state)
{
	struct fixture *f = *state;
	crash_after(f, undo_then_crash);
	tt_tagstore *s = open_store(f, 0);
	assert_string_equal(value(s, "c1", "stance"), "favor");
	assert_null(tt_tagstore_get(s, "c2"));
	close_store(s);
}

static void test_compact_every(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	struct stat st;
	tt_tagstore *s = open_store(f, 3);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, "c2", "stance", "favor", &err), 0);
	assert_false(file_exists(f->path));
	assert_int_equal(tt_tagstore_set_value(s, "c3", "stance", "favor", &err), 0);
	assert_true(file_exists(f->path));
	assert_int_equal(stat(f->journal, &st), 0);
	assert_int_equal(st.st_size, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c4", "stance", "favor", &err), 0);
	assert_int_equal(stat(f->journal, &st), 0);
	assert_true(st.st_size > 0);
	close_store(s);
}

/* A change appends one line to the journal and leaves the store file alone,
 * however many items the store holds. */
static void test_change_cost_is_one_line(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_thread_free(f->t);
	f->t = make_thread(5000);
	tt_buf tags = {0};
	for (size_t i = 0; i < 5000; i++)
		tt_buf_printf(&tags, "  c%zu:\n    stance: favor\n", i);
	write_store(f, tags.data);
	tt_buf_free(&tags);
	tt_tagstore *s = open_store(f, 100000);
	assert_int_equal(tt_tagstore_count(s), 5000);
	struct stat a, b, ja, jb;
	assert_int_equal(stat(f->path, &a), 0);
	assert_int_equal(stat(f->journal, &ja), 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1500", "stance", "against", &err), 0);
	assert_int_equal(stat(f->path, &b), 0);
	assert_int_equal(stat(f->journal, &jb), 0);
	assert_int_equal(a.st_ino, b.st_ino);
	assert_int_equal(a.st_size, b.st_size);
	assert_true(jb.st_size > ja.st_size);
	assert_true(jb.st_size - ja.st_size < 200);
	char *j = tt_test_slurp(f->journal);
	assert_non_null(strstr(j, "c1500"));
	assert_int_equal(strchr(j, '\n') - j + 1, jb.st_size); /* exactly one line */
	free(j);
	assert_int_equal(tt_tagstore_value_count(s, 0, 1), 1);
	assert_int_equal(tt_tagstore_value_count(s, 0, 0), 4999);
	close_store(s);
}

static void test_bad_changes(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "maybe", &err), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "mood", "happy", &err), -1);
	assert_int_equal(tt_tagstore_toggle_label(s, "c1", "snark", &err), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(tt_tagstore_set_value(s, "nope", "stance", "favor", &err), -1);
	assert_int_equal(tt_tagstore_set_note(s, "c1", "bad \xff utf-8", &err), -1);
	assert_int_equal(errno, EINVAL);
	/* reply is for replies: c0 is top-level, c2 replies to c1 */
	assert_int_equal(tt_tagstore_set_value(s, "c0", "reply", "agree", &err), -1);
	assert_non_null(strstr(err.msg, "replies only"));
	assert_int_equal(tt_tagstore_set_value(s, "c2", "reply", "agree", &err), 0);
	assert_int_equal(tt_tagstore_count(s), 1);
	char *j = tt_test_slurp(f->journal);
	size_t lines = 0;
	for (char *p = j; *p; p++)
		lines += *p == '\n';
	assert_int_equal(lines, 1); /* refused changes wrote nothing */
	free(j);
	close_store(s);
}

static void test_default_path(void **state)
{
	struct fixture *f = *state;
	char *old = getenv("XDG_DATA_HOME") ? tt_xstrdup(getenv("XDG_DATA_HOME")) : NULL;
	setenv("XDG_DATA_HOME", f->dir, 1);
	char *p = tt_tagstore_default_path("t1", "ann/../x");
	char *want = tt_xasprintf("%s/threadtag/tags/t1/ann%%2F..%%2Fx.yaml", f->dir);
	assert_string_equal(p, want);
	free(p);
	free(want);
	tt_tagstore_opts o = {.annotator = "carol"};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	assert_non_null(s);
	want = tt_xasprintf("%s/threadtag/tags/mem-thread/carol.yaml", f->dir);
	assert_string_equal(tt_tagstore_path(s), want);
	assert_string_equal(tt_tagstore_annotator(s), "carol");
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	close_store(s);
	assert_true(file_exists(want));
	free(want);
	if (old)
		setenv("XDG_DATA_HOME", old, 1);
	else
		unsetenv("XDG_DATA_HOME");
	free(old);
}

/* Whatever byte a crash stops the journal at, the store opens, with every
 * complete entry before it. */
static void test_every_journal_prefix_opens(void **state)
{
	struct fixture *f = *state;
	crash_after(f, three_changes);
	char *full = tt_test_slurp(f->journal);
	size_t len = strlen(full);
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .readonly = 1};
	for (size_t n = 0; n <= len; n++) {
		char *part = tt_xstrndup(full, n);
		tt_test_write(f->journal, part);
		size_t complete = 0;
		for (size_t i = 0; i < n; i++)
			complete += part[i] == '\n';
		tt_error err;
		tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s)
			fprintf(stderr, "prefix %zu: %s\n", n, err.msg);
		assert_non_null(s);
		/* entries: c0 favor; c3 unclear; c3 unclear + note */
		assert_int_equal(tt_tagstore_count(s), complete >= 2 ? 2 : complete);
		if (n > 0 && part[n - 1] != '\n' && !tt_tagstore_notice(s))
			fprintf(stderr, "prefix %zu of %zu: no notice\n", n, len);
		if (n > 0 && part[n - 1] != '\n')
			assert_non_null(tt_tagstore_notice(s));
		tt_tagstore_close(s, NULL);
		free(part);
	}
	free(full);
}

/* A store cut anywhere is refused with a position, never crashes the loader. */
static void test_every_store_prefix_is_handled(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_set_note(s, "c1", "a note\nwith lines", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(s, "c2", "question", &err), 0);
	close_store(s);
	char *full = tt_test_slurp(f->path);
	size_t len = strlen(full);
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .readonly = 1};
	for (size_t n = 0; n < len; n += 5) {
		char *part = tt_xstrndup(full, n);
		tt_test_write(f->path, part);
		s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s)
			assert_true(err.line > 0 || err.msg[0]);
		tt_tagstore_close(s, NULL);
		free(part);
	}
	free(full);
}

/* A reader that opens while the writer works (and compacts) never sees a tag
 * older than what the writer had confirmed before the reader started. */
static void test_reader_during_compaction(void **state)
{
	struct fixture *f = *state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	assert_int_equal(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		tt_tagstore_opts o = {.path = f->path, .annotator = "w", .compact_every = 2};
		tt_error err;
		tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s)
			_exit(2);
		for (long n = 1;; n++) { /* until the parent kills it */
			char note[32];
			snprintf(note, sizeof note, "%ld", n);
			if (tt_tagstore_set_note(s, "c1", note, &err) < 0 ||
			    write(p[1], &n, sizeof n) != (ssize_t)sizeof n)
				_exit(3);
		}
	}
	close(p[1]);
	long confirmed = 0, n;
	tt_tagstore_opts o = {.path = f->path, .readonly = 1};
	for (int round = 0; round < 300; round++) {
		while (read(p[0], &n, sizeof n) == (ssize_t)sizeof n)
			confirmed = n;
		tt_error err;
		tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s)
			tt_error_print(&err);
		assert_non_null(s);
		const tt_tag *t = tt_tagstore_get(s, "c1");
		long seen = t ? strtol(t->note, NULL, 10) : 0;
		if (seen < confirmed)
			fprintf(stderr, "round %d: saw %ld after %ld was confirmed\n", round, seen,
				confirmed);
		assert_true(seen >= confirmed);
		tt_tagstore_close(s, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	close(p[0]);
}

/* ---- SIGKILL at random moments ---- */

enum { KILL_ROUNDS = 200, KILL_ITEMS = 12 };

static const char *const stances[] = {"favor", "against", "neutral", "unclear", "off-topic"};

/* The child tags forever from change `from`, reporting each change on the pipe
 * only after the store said it was done. */
static void tagging_child(struct fixture *f, long from, int ack)
{
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .compact_every = 7};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	if (!s || tt_tagstore_readonly(s))
		_exit(2);
	for (long n = from;; n++) {
		char id[32], note[32];
		snprintf(id, sizeof id, "c%ld", n % KILL_ITEMS);
		snprintf(note, sizeof note, "%ld", n);
		const char *values[2] = {stances[n % 5], NULL};
		tt_tag tag = {.item = id, .values = values, .note = note};
		if (tt_tagstore_put(s, &tag, &err) < 0)
			_exit(3);
		if (n % 11 == 0 && tt_tagstore_close(s, &err) == 0) /* kills during close too */
			s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s)
			_exit(4);
		if (write(ack, &n, sizeof n) != (ssize_t)sizeof n)
			_exit(5);
	}
}

/* Every acknowledged change must be there: each item holds its last
 * acknowledged change or the one change after it that was under way. */
static void check_after_kill(struct fixture *f, const long *last_ack, long in_flight)
{
	tt_tagstore *s = open_store(f, 7);
	assert_false(tt_tagstore_readonly(s));
	for (long i = 0; i < KILL_ITEMS; i++) {
		char id[32];
		snprintf(id, sizeof id, "c%ld", i);
		const tt_tag *t = tt_tagstore_get(s, id);
		if (last_ack[i] < 0)
			continue;
		assert_non_null(t);
		long n = strtol(t->note, NULL, 10);
		if (n != last_ack[i] && n != in_flight)
			fprintf(stderr, "item %s: note %ld, acknowledged %ld\n", id, n,
			        last_ack[i]);
		assert_true(n == last_ack[i] || n == in_flight);
		assert_string_equal(t->values[0], stances[n % 5]);
	}
	close_store(s);
}

static void test_sigkill_random(void **state)
{
	struct fixture *f = *state;
	long last_ack[KILL_ITEMS], next = 0;
	unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
	srand(seed);
	for (size_t i = 0; i < KILL_ITEMS; i++)
		last_ack[i] = -1;
	for (int round = 0; round < KILL_ROUNDS; round++) {
		int p[2];
		assert_int_equal(pipe(p), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(p[0]);
			tagging_child(f, next, p[1]);
		}
		close(p[1]);
		/* Wait for a first acknowledgement, then let it run a random while. */
		long n;
		ssize_t r = read(p[0], &n, sizeof n);
		if (r == (ssize_t)sizeof n)
			last_ack[n % KILL_ITEMS] = n, next = n + 1;
		usleep((useconds_t)(rand() % 4000));
		kill(pid, SIGKILL);
		int st;
		assert_int_equal(waitpid(pid, &st, 0), pid);
		if (!WIFSIGNALED(st))
			fprintf(stderr, "seed %u round %d: child exited %d\n", seed, round,
				WEXITSTATUS(st));
		assert_true(WIFSIGNALED(st));
		while (read(p[0], &n, sizeof n) == (ssize_t)sizeof n)
			last_ack[n % KILL_ITEMS] = n, next = n + 1;
		close(p[0]);
		check_after_kill(f, last_ack, next);
	}
	assert_true(next > KILL_ROUNDS); /* the child did get work done */
}

/* The viewer's way: one open store, keeping its journal, a fold started in
 * the background every few changes and reaped when done; acknowledged as
 * soon as the change is in the journal. In a process group of its own, so
 * that the fold under way dies with it. */
static void folding_child(struct fixture *f, long from, int ack)
{
	setpgid(0, 0);
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .keep_journal = 1};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	if (!s || tt_tagstore_readonly(s))
		_exit(2);
	for (long n = from;; n++) {
		char id[32], note[32];
		snprintf(id, sizeof id, "c%ld", n % KILL_ITEMS);
		snprintf(note, sizeof note, "%ld", n);
		const char *values[2] = {stances[n % 5], NULL};
		tt_tag tag = {.item = id, .values = values, .note = note};
		if (tt_tagstore_put(s, &tag, &err) < 0)
			_exit(3);
		if (tt_tagstore_fold_poll(s, 0, &err) < 0 ||
		    (n % 5 == 0 && tt_tagstore_fold_start(s, 1, &err) < 0))
			_exit(4);
		if (write(ack, &n, sizeof n) != (ssize_t)sizeof n)
			_exit(5);
	}
}

/* Waits (10 s at most) until nobody holds the store's lock. */
static void wait_for_lock(struct fixture *f)
{
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice"};
	for (int i = 0; i < 1000; i++) {
		tt_error err;
		tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
		assert_non_null(s);
		int ro = tt_tagstore_readonly(s);
		tt_tagstore_close(s, NULL);
		if (!ro)
			return;
		usleep(10000);
	}
	fail_msg("the store's lock was still held 10 s after the kill");
}

/* SIGKILL at random moments of tagging with folds in the background: the
 * tagging process and its fold die together, and no acknowledged change is
 * lost (the store and journal are checked as in the test above). */
static void test_sigkill_background_fold(void **state)
{
	struct fixture *f = *state;
	long last_ack[KILL_ITEMS], next = 0;
	unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
	srand(seed);
	for (size_t i = 0; i < KILL_ITEMS; i++)
		last_ack[i] = -1;
	for (int round = 0; round < KILL_ROUNDS / 4; round++) {
		int p[2];
		assert_int_equal(pipe(p), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(p[0]);
			folding_child(f, next, p[1]);
		}
		close(p[1]);
		long n;
		if (read(p[0], &n, sizeof n) == (ssize_t)sizeof n)
			last_ack[n % KILL_ITEMS] = n, next = n + 1;
		usleep((useconds_t)(rand() % 8000));
		kill(-pid, SIGKILL); /* the group: the fold dies too */
		kill(pid, SIGKILL);  /* in case it had not made its group yet */
		int st;
		assert_int_equal(waitpid(pid, &st, 0), pid);
		if (!WIFSIGNALED(st))
			fprintf(stderr, "seed %u round %d: child exited %d\n", seed, round,
			        WEXITSTATUS(st));
		assert_true(WIFSIGNALED(st));
		while (read(p[0], &n, sizeof n) == (ssize_t)sizeof n)
			last_ack[n % KILL_ITEMS] = n, next = n + 1;
		close(p[0]);
		wait_for_lock(f); /* the fold's death is not waited for by waitpid */
		check_after_kill(f, last_ack, next);
	}
	assert_true(next > KILL_ROUNDS / 4);
}

/* A fold in the background takes a snapshot: the store file gets what was
 * there when it started, changes made while it runs stay in the journal (and
 * in memory), and the journal is emptied only by a fold nothing came after. */
static void test_fold_in_background(void **state)
{
	struct fixture *f = *state;
	tt_thread_free(f->t);
	f->t = make_thread(3000);
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .keep_journal = 1};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	assert_non_null(s);
	char id[32];
	for (int i = 0; i < 2000; i++) {
		snprintf(id, sizeof id, "c%d", i);
		assert_int_equal(tt_tagstore_set_value(s, id, "stance", "favor", &err), 0);
	}
	assert_int_equal(tt_tagstore_fold_start(s, 0, &err), 1); /* due: no store yet */
	assert_int_equal(tt_tagstore_fold_start(s, 1, &err), 0); /* one at a time */
	for (int i = 2000; i < 2500; i++) {
		snprintf(id, sizeof id, "c%d", i);
		assert_int_equal(tt_tagstore_set_value(s, id, "stance", "against", &err), 0);
	}
	assert_int_equal(tt_tagstore_fold_poll(s, 1, &err), 1);
	char *store = tt_test_slurp(f->path);
	assert_non_null(store);
	assert_non_null(strstr(store, "c1999"));
	assert_null(strstr(store, "c2400")); /* after the snapshot */
	free(store);
	struct stat st;
	assert_int_equal(stat(f->journal, &st), 0);
	assert_true(st.st_size > 0); /* kept: changes came after the snapshot */
	/* Not due again yet (the journal is not a quarter of the store). */
	assert_int_equal(tt_tagstore_fold_start(s, 0, &err), 0);
	assert_int_equal(tt_tagstore_fold_start(s, 1, &err), 1);
	assert_int_equal(tt_tagstore_fold_poll(s, 1, &err), 1);
	assert_int_equal(stat(f->journal, &st), 0);
	assert_int_equal(st.st_size, 0);
	/* What another process reads now, before this one closes. */
	tt_tagstore_opts ro = {.path = f->path, .readonly = 1};
	tt_tagstore *r = tt_tagstore_open(f->t, &ro, &err, NULL);
	assert_non_null(r);
	assert_int_equal(tt_tagstore_count(r), 2500);
	assert_string_equal(value(r, "c2499", "stance"), "against");
	assert_string_equal(value(r, "c0", "stance"), "favor");
	tt_tagstore_close(r, NULL);
	close_store(s);
}

/* What `threadtag tag` does: every change a run of its own that opens the
 * store for that item only (partial once the summary exists), keeps the
 * journal, and folds it when it grows; acknowledged after close. */
static void command_child(struct fixture *f, long from, int ack)
{
	for (long n = from;; n++) {
		char id[32], note[32];
		const char *items[1] = {id};
		snprintf(id, sizeof id, "c%ld", n % KILL_ITEMS);
		snprintf(note, sizeof note, "%ld", n);
		tt_tagstore_opts o = {.path = f->path,
		                      .annotator = "alice",
		                      .keep_journal = 1,
		                      .items = items,
		                      .nitems = 1};
		tt_error err;
		tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
		if (!s || tt_tagstore_readonly(s))
			_exit(2);
		const tt_tag *cur = tt_tagstore_get(s, id);
		const char *values[2] = {stances[n % 5], cur ? cur->values[1] : NULL};
		tt_tag tag = {.item = id,
		              .values = values,
		              .note = note,
		              .labels = cur ? cur->labels : NULL,
		              .nlabels = cur ? cur->nlabels : 0};
		if (tt_tagstore_put(s, &tag, &err) < 0 || tt_tagstore_close(s, &err) < 0)
			_exit(3);
		if (write(ack, &n, sizeof n) != (ssize_t)sizeof n)
			_exit(5);
	}
}

/* SIGKILLs at random moments of command runs, partial opens, summaries
 * being written and journals being folded: no acknowledged change is lost,
 * and the labels each item started with are never dropped by a change made
 * through a partial open. */
static void test_sigkill_partial_commands(void **state)
{
	struct fixture *f = *state;
	long last_ack[KILL_ITEMS], next = 0;
	unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
	tt_error err;
	srand(seed);
	tt_tagstore *s = open_store(f, 0);
	for (size_t i = 0; i < KILL_ITEMS; i++) {
		char id[32];
		snprintf(id, sizeof id, "c%zu", i);
		last_ack[i] = -1;
		assert_int_equal(tt_tagstore_toggle_label(s, id, "sarcasm", &err), 0);
	}
	close_store(s);
	for (int round = 0; round < KILL_ROUNDS / 4; round++) {
		int p[2];
		assert_int_equal(pipe(p), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(p[0]);
			command_child(f, next, p[1]);
		}
		close(p[1]);
		long n;
		if (read(p[0], &n, sizeof n) == (ssize_t)sizeof n)
			last_ack[n % KILL_ITEMS] = n, next = n + 1;
		usleep((useconds_t)(rand() % 20000));
		kill(pid, SIGKILL);
		int st;
		assert_int_equal(waitpid(pid, &st, 0), pid);
		if (!WIFSIGNALED(st))
			fprintf(stderr, "seed %u round %d: child exited %d\n", seed, round,
			        WEXITSTATUS(st));
		assert_true(WIFSIGNALED(st));
		while (read(p[0], &n, sizeof n) == (ssize_t)sizeof n)
			last_ack[n % KILL_ITEMS] = n, next = n + 1;
		close(p[0]);
		check_after_kill(f, last_ack, next);
		s = open_store(f, 0);
		for (size_t i = 0; i < KILL_ITEMS; i++) {
			char id[32];
			snprintf(id, sizeof id, "c%zu", i);
			const tt_tag *t = tt_tagstore_get(s, id);
			assert_non_null(t);
			assert_int_equal(t->nlabels, 1);
			assert_string_equal(t->labels[0], "sarcasm");
		}
		close_store(s);
	}
	assert_true(next > KILL_ROUNDS / 4);
}

/* ---- partial opens: a command reads only the items it changes ---- */

static tt_tagstore *open_items(struct fixture *f, const char *const *items, size_t n)
{
	tt_tagstore_opts o = {
	    .path = f->path, .annotator = "alice", .keep_journal = 1, .items = items, .nitems = n};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	if (!s)
		tt_error_print(&err);
	assert_non_null(s);
	return s;
}

/* Every comment tagged (values, labels, notes), the store written out. */
static void tag_everything(struct fixture *f)
{
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	for (size_t i = 0; i < 12; i++) {
		char id[32], note[64];
		snprintf(id, sizeof id, "c%zu", i);
		snprintf(note, sizeof note, "note of %zu\nsecond line", i);
		assert_int_equal(tt_tagstore_set_value(s, id, "stance", stances[i % 5], &err), 0);
		assert_int_equal(tt_tagstore_set_note(s, id, note, &err), 0);
		if (i % 2)
			assert_int_equal(tt_tagstore_toggle_label(s, id, "question", &err), 0);
	}
	assert_int_equal(tt_tagstore_set_value(s, "@article", "stance", "neutral", &err), 0);
	close_store(s);
}

/* The whole store as YAML text, read through a full open. */
static char *store_dump(struct fixture *f)
{
	tt_tagstore_opts o = {.path = f->path, .readonly = 1};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	assert_non_null(s);
	tt_buf b = {0};
	for (size_t i = 0; i < tt_tagstore_count(s); i++) {
		const tt_tag *t = tt_tagstore_at(s, i);
		tt_buf_adds(&b, t->item);
		for (size_t d = 0; d < 2; d++)
			tt_buf_adds(&b, t->values[d] ? t->values[d] : "-");
		for (size_t l = 0; l < t->nlabels; l++)
			tt_buf_adds(&b, t->labels[l]);
		tt_buf_adds(&b, t->note ? t->note : "-");
		tt_buf_adds(&b, "\n");
	}
	tt_tagstore_close(s, NULL);
	tt_buf_add(&b, "", 1);
	return b.data;
}

static void assert_same_counts(const tt_tagstore *a, const tt_tagstore *b)
{
	assert_int_equal(tt_tagstore_count(a), tt_tagstore_count(b));
	assert_int_equal(tt_tagstore_comments_tagged(a), tt_tagstore_comments_tagged(b));
	assert_int_equal(tt_tagstore_orphans(a), tt_tagstore_orphans(b));
	assert_int_equal(tt_tagstore_unknown(a), tt_tagstore_unknown(b));
	for (size_t v = 0; v < 5; v++)
		assert_int_equal(tt_tagstore_value_count(a, 0, v),
		                 tt_tagstore_value_count(b, 0, v));
	assert_int_equal(tt_tagstore_label_count(a, 1), tt_tagstore_label_count(b, 1));
}

/* Saving the store leaves its summary (and, without one, an open reads the
 * store in full and leaves it); a command then reads only its item, yet sees
 * the item's whole tag (a change keeps its labels and note), the store's
 * counts and notices, and leaves every other item as it was. */
static void test_partial_open(void **state)
{
	struct fixture *f = *state;
	const char *items[1] = {"c3"};
	tt_error err;
	tag_everything(f);
	char *before = store_dump(f);
	char *real = realpath(f->path, NULL), *tix = tt_tagindex_path_for(real);
	assert_true(file_exists(tix));
	assert_int_equal(unlink(tix), 0);
	tt_tagstore *s = open_items(f, items, 1);
	assert_false(tt_tagstore_partial(s));
	assert_false(tt_tagstore_from_summary(s));
	close_store(s);
	assert_true(file_exists(tix));
	s = open_items(f, items, 1);
	assert_true(tt_tagstore_partial(s));
	tt_tagstore *full = open_store(f, 0);
	assert_true(tt_tagstore_readonly(full)); /* s holds the lock */
	assert_same_counts(s, full);
	tt_tagstore_close(full, NULL);
	const tt_tag *t = tt_tagstore_get(s, "c3");
	assert_non_null(t);
	assert_string_equal(t->note, "note of 3\nsecond line");
	assert_int_equal(tt_tagstore_set_value(s, "c3", "stance", "neutral", &err), 0);
	assert_true(tt_tagstore_partial(s));
	assert_int_equal(tt_tagstore_value_count(s, 0, 2), 4); /* article, c2, c7, now c3 */
	assert_int_equal(tt_tagstore_value_count(s, 0, 3), 1); /* c8 only */
	close_store(s);
	char *after = store_dump(f);
	char *expect = tt_xstrdup(before), *at = strstr(expect, "c3unclear");
	assert_non_null(at);
	memcpy(at, "c3neutral", 9);
	assert_string_equal(after, expect);
	free(before);
	free(after);
	free(expect);
	free(real);
	free(tix);
}

/* The store's notices (orphans, values the scheme lacks) and its orphans
 * are the same through a partial open; an orphan may still be edited. */
static void test_partial_notices(void **state)
{
	struct fixture *f = *state;
	const char *items[1] = {"gone"};
	tt_error err;
	write_store(f, "  gone:\n    stance: favor\n  c1:\n    stance: sideways\n");
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_compact(s, &err), 0); /* format 2, with the fingerprint */
	close_store(s);
	s = open_items(f, items, 1);
	assert_false(tt_tagstore_partial(s));
	char *full = tt_xstrdup(tt_tagstore_notice(s));
	assert_non_null(strstr(full, "'sideways'"));
	close_store(s);
	s = open_items(f, items, 1);
	assert_true(tt_tagstore_partial(s));
	assert_string_equal(tt_tagstore_notice(s), full);
	assert_true(tt_tagstore_is_orphan(s, "gone"));
	assert_int_equal(tt_tagstore_orphans(s), 1);
	assert_int_equal(tt_tagstore_unknown(s), 1);
	assert_int_equal(tt_tagstore_set_note(s, "gone", "kept", &err), 0);
	assert_int_equal(tt_tagstore_set_value(s, "never", "stance", "favor", &err), -1);
	assert_int_equal(errno, EINVAL);
	close_store(s);
	s = open_store(f, 0);
	assert_string_equal(tt_tagstore_get(s, "gone")->note, "kept");
	assert_string_equal(value(s, "c1", "stance"), "sideways");
	close_store(s);
	free(full);
}

/* A partial store still answers for any item: one in the journal holds its
 * journaled state, one only on disk is read from it, and listing the items
 * reads the rest; the result is what a full open shows. */
static void test_partial_journal_and_rest(void **state)
{
	struct fixture *f = *state;
	const char *items[1] = {"c5"};
	tt_error err;
	tag_everything(f);
	tt_tagstore_close(open_items(f, items, 1), NULL); /* leaves the summary */
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .keep_journal = 1};
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	assert_int_equal(tt_tagstore_set_value(s, "c7", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_clear(s, "c9", &err), 0);
	close_store(s);
	assert_true(file_exists(f->journal)); /* kept: small against the store */
	s = open_items(f, items, 1);
	assert_true(tt_tagstore_partial(s));
	assert_string_equal(value(s, "c7", "stance"), "favor");
	assert_null(tt_tagstore_get(s, "c9"));
	assert_string_equal(value(s, "c4", "stance"), "off-topic");
	assert_true(tt_tagstore_partial(s));
	assert_int_equal(tt_tagstore_count(s), 12); /* 13 items, c9 cleared */
	tt_tagstore *full = open_store(f, 0);
	assert_same_counts(s, full);
	tt_tagstore_close(full, NULL);
	assert_string_equal(tt_tagstore_at(s, 0)->item, "@article");
	assert_false(tt_tagstore_partial(s));
	assert_int_equal(tt_tagstore_count(s), 12);
	size_t n = 0;
	while (tt_tagstore_at(s, n))
		n++;
	assert_int_equal(n, 12);
	assert_int_equal(tt_tagstore_compact(s, &err), 0);
	close_store(s);
	s = open_store(f, 0);
	assert_string_equal(value(s, "c7", "stance"), "favor");
	assert_null(tt_tagstore_get(s, "c9"));
	assert_string_equal(value(s, "c4", "stance"), "off-topic");
	assert_int_equal(tt_tagstore_count(s), 12);
	close_store(s);
}

/* The summary is a cache, never trusted: damaged, or left from before the
 * store was rewritten, it is ignored (and written again), and the command
 * sees the store as it is. */
static void test_partial_summary_not_trusted(void **state)
{
	struct fixture *f = *state;
	const char *items[1] = {"c2"};
	tt_error err;
	tag_everything(f);
	tt_tagstore_close(open_items(f, items, 1), NULL);
	char *real = realpath(f->path, NULL), *tix = tt_tagindex_path_for(real);
	size_t len;
	char *data = tt_test_slurp(tix);
	struct stat st;
	assert_int_equal(stat(tix, &st), 0);
	len = (size_t)st.st_size;
	for (size_t at = 0; at < len; at += len / 7 + 1) {
		char *bad = tt_xmalloc(len);
		memcpy(bad, data, len);
		bad[at] ^= 0x21;
		FILE *fp = fopen(tix, "wb");
		assert_non_null(fp);
		assert_int_equal(fwrite(bad, 1, len, fp), len);
		fclose(fp);
		free(bad);
		tt_tagstore *s = open_items(f, items, 1);
		assert_false(tt_tagstore_partial(s)); /* read in full, summary rewritten */
		assert_string_equal(value(s, "c2", "stance"), "neutral");
		close_store(s);
	}
	/* the store rewritten, the summary of the one before put back */
	tt_tagstore_close(open_items(f, items, 1), NULL);
	char *old = tt_test_slurp(tix);
	assert_int_equal(stat(tix, &st), 0);
	len = (size_t)st.st_size;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_toggle_label(s, "c2", "sarcasm", &err), 0);
	close_store(s);
	FILE *fp = fopen(tix, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(old, 1, len, fp), len);
	fclose(fp);
	free(old);
	for (int round = 0; round < 2; round++) {
		s = open_items(f, items, 1);
		assert_int_equal(tt_tagstore_partial(s), round); /* then written again */
		assert_int_equal(tt_tagstore_get(s, "c2")->nlabels, 1);
		close_store(s);
	}
	tt_tagstore_opts o = {.path = f->path, .readonly = 1};
	s = tt_tagstore_open(f->t, &o, &err, NULL);
	assert_true(tt_tagstore_from_summary(s));
	assert_int_equal(tt_tagstore_get(s, "c2")->nlabels, 1);
	tt_tagstore_close(s, NULL);
	free(data);
	free(real);
	free(tix);
}

/* A big summary is checked a block at a time as it is read: a byte flipped
 * in any block is never trusted. An open for one item reads a few blocks and
 * gets the store's own value whichever block is damaged (staying partial
 * when the damage lies elsewhere); an open that reads every record gets
 * every value right, from the summary or from the store itself. */
static void test_summary_blocks_checked(void **state)
{
	struct fixture *f = *state;
	enum { N = 3000, ONE = 1234 };
	const char *items[1] = {"c1234"};
	tt_error err;
	tt_thread_free(f->t);
	f->t = make_thread(N);
	tt_tagstore *s = open_store(f, 0);
	for (size_t i = 0; i < N; i++) {
		char id[32];
		snprintf(id, sizeof id, "c%zu", i);
		assert_int_equal(tt_tagstore_set_value(s, id, "stance", stances[i % 5], &err), 0);
	}
	close_store(s);
	tt_tagstore_close(open_items(f, items, 1), NULL); /* leaves the summary */
	char *real = realpath(f->path, NULL), *tix = tt_tagindex_path_for(real);
	struct stat st;
	int stayed_partial = 0, blocks = 0;
	assert_int_equal(stat(tix, &st), 0);
	assert_true(st.st_size > 8 * 4096);
	for (size_t at = 200; at < (size_t)st.st_size; at += 4096, blocks++) {
		char *data = tt_test_slurp(tix);
		assert_int_equal(stat(tix, &st), 0);
		size_t len = (size_t)st.st_size;
		if (at >= len) {
			free(data);
			break;
		}
		data[at] ^= 0x21;
		FILE *fp = fopen(tix, "wb");
		assert_non_null(fp);
		assert_int_equal(fwrite(data, 1, len, fp), len);
		fclose(fp);
		free(data);
		s = open_items(f, items, 1);
		stayed_partial += tt_tagstore_partial(s);
		assert_string_equal(value(s, items[0], "stance"), stances[ONE % 5]);
		tt_tagstore_close(s, NULL);
		tt_tagstore_opts o = {.path = f->path, .readonly = 1};
		s = tt_tagstore_open(f->t, &o, &err, NULL);
		assert_non_null(s);
		for (size_t i = 0; i < N; i += 7) {
			char id[32];
			snprintf(id, sizeof id, "c%zu", i);
			assert_string_equal(value(s, id, "stance"), stances[i % 5]);
		}
		tt_tagstore_close(s, NULL);
	}
	/* Most flips lie in blocks a one-item open never reads. */
	assert_true(blocks > 8);
	assert_true(stayed_partial > 0 && stayed_partial < blocks);
	free(real);
	free(tix);
}

/* ---- hardening: truncation, journal records, identity of the store ---- */

static tt_tagstore *try_open(struct fixture *f, const char *path, int readonly, int *eno)
{
	tt_tagstore_opts o = {
	    .path = path, .annotator = "alice", .readonly = readonly, .keep_journal = 1};
	tt_error err;
	*eno = -1;
	return tt_tagstore_open(f->t, &o, &err, eno);
}

/* A store cut at any byte is refused as incomplete, at the end of what is
 * left, with the byte count; only the whole file opens. */
static void test_every_cut_is_refused(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_set_note(s, "c1", "a note\nwith lines", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(s, "c2", "question", &err), 0);
	close_store(s);
	char *full = tt_test_slurp(f->path);
	size_t len = strlen(full);
	assert_non_null(strstr(full, "\nend: 2 "));
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .readonly = 1};
	for (size_t n = 0; n <= len; n++) {
		char *part = tt_xstrndup(full, n);
		tt_test_write(f->path, part);
		int eno = -1;
		s = tt_tagstore_open(f->t, &o, &err, &eno);
		if (n == len) {
			assert_non_null(s);
			assert_int_equal(tt_tagstore_count(s), 2);
		} else {
			if (s)
				fprintf(stderr, "a store cut at byte %zu of %zu opened\n", n, len);
			assert_null(s);
			assert_int_equal(eno, 0); /* bad data: exit 65 */
			char want[64];
			snprintf(want, sizeof want, "incomplete (cut at byte %zu?)", n);
			assert_non_null(strstr(err.msg, want));
			assert_true(err.line > 0);
		}
		tt_tagstore_close(s, NULL);
		free(part);
	}
	free(full);
}

/* A changed byte is caught by the end line's checksum; the message names the
 * backup and the journal to recover from when they exist. */
static void test_checksum_and_recovery_hint(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "favor", &err), 0);
	close_store(s);
	s = open_store(f, 0); /* a second save keeps the first as .bak */
	assert_int_equal(tt_tagstore_set_value(s, "c2", "stance", "against", &err), 0);
	close_store(s);
	char *bak = tt_xasprintf("%s.bak", f->path);
	assert_true(file_exists(bak));
	char *text = tt_test_slurp(f->path);
	char *p = strstr(text, "stance: against");
	assert_non_null(p);
	memcpy(p, "stance: AGAINST", 15);
	tt_test_write(f->path, text);
	int eno;
	assert_null(try_open(f, f->path, 1, &eno));
	text[strlen(text) - 30] = '\0'; /* and cut */
	tt_test_write(f->path, text);
	tt_tagstore_opts o = {.path = f->path, .readonly = 1};
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_non_null(strstr(err.msg, "incomplete"));
	assert_non_null(strstr(err.msg, "recover from alice.yaml.bak"));
	tt_test_write(f->path, "threadtag_tags: 2\ntags:\n  c1: {stance: favor}\n");
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_non_null(strstr(err.msg, "incomplete"));
	/* an end line announcing another count */
	tt_test_write(f->path, "threadtag_tags: 2\ntags:\n  c1: {stance: favor}\nend: 2\n");
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_non_null(strstr(err.msg, "announces"));
	/* a hand-written store may leave the checksum out */
	tt_test_write(f->path, "threadtag_tags: 2\ntags:\n  c1: {stance: favor}\nend: 1\n");
	s = tt_tagstore_open(f->t, &o, &err, NULL);
	assert_non_null(s);
	tt_tagstore_close(s, NULL);
	free(text);
	free(bak);
}

/* A format 1 store (no end line) still opens, and is saved as format 2. */
static void test_format_1_store_loads(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	write_store(f, "  c1:\n    stance: favor\n");
	tt_tagstore *s = open_store(f, 0);
	assert_string_equal(value(s, "c1", "stance"), "favor");
	assert_int_equal(tt_tagstore_set_value(s, "c2", "stance", "against", &err), 0);
	close_store(s);
	char *text = tt_test_slurp(f->path);
	assert_true(strncmp(text, "threadtag_tags: 2\n", 18) == 0);
	assert_non_null(strstr(text, "\nend: 2 "));
	free(text);
}

/* Two records on one journal line: refused whole, never half-applied. */
static void test_two_records_on_a_line(void **state)
{
	struct fixture *f = *state;
	write_store(f, "  c1:\n    stance: neutral\n");
	tt_test_write(f->journal, "{item: \"c1\", stance: \"favor\"}{item: \"c2\", stance: "
	                          "\"against\"}\n{item: \"c3\", stance: \"favor\"}\n");
	int eno;
	tt_error err;
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice", .readonly = 1};
	assert_null(tt_tagstore_open(f->t, &o, &err, &eno));
	assert_string_equal(err.file, f->journal);
	assert_int_equal(err.line, 1);
	/* As the last line it is ignored whole, like a torn entry. */
	tt_test_write(f->journal, "{item: \"c3\", stance: \"favor\"}\n{item: \"c1\", stance: "
	                          "\"favor\"}{item: \"c2\", stance: \"against\"}\n");
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, &eno);
	assert_non_null(s);
	assert_string_equal(value(s, "c1", "stance"), "neutral");
	assert_null(tt_tagstore_get(s, "c2"));
	assert_string_equal(value(s, "c3", "stance"), "favor");
	tt_tagstore_close(s, NULL);
}

static size_t count_lines(const char *path)
{
	char *text = tt_test_slurp(path);
	size_t n = 0;
	for (const char *p = text; p && *p; p++)
		n += *p == '\n';
	free(text);
	return n;
}

/* Several items are one record: one line, and a torn record applies nothing. */
static void test_put_many_is_one_record(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	const char *fav[2] = {"favor", NULL}, *ag[2] = {"against", NULL};
	tt_tag tags[2] = {{.item = "c1", .values = fav}, {.item = "c4", .values = ag}};
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_put_many(s, tags, 2, &err), 0);
	assert_int_equal(count_lines(f->journal), 1);
	tags[1].item = "c1";
	assert_int_equal(tt_tagstore_put_many(s, tags, 2, &err), -1); /* the same item twice */
	assert_int_equal(errno, EINVAL);
	tags[1].item = "nope";
	assert_int_equal(tt_tagstore_put_many(s, tags, 2, &err), -1);
	assert_int_equal(count_lines(f->journal), 1);
	char *journal = tt_test_slurp(f->journal);
	tt_tagstore_close(s, NULL);
	for (size_t cut = strlen(journal) - 1; cut > 10; cut -= 7) {
		unlink(f->path);
		char *part = tt_xstrndup(journal, cut);
		tt_test_write(f->journal, part);
		free(part);
		tt_tagstore_opts o = {.path = f->path, .readonly = 1};
		s = tt_tagstore_open(f->t, &o, &err, NULL);
		assert_non_null(s);
		assert_int_equal(tt_tagstore_count(s), 0);
		tt_tagstore_close(s, NULL);
	}
	tt_test_write(f->journal, journal);
	s = open_store(f, 0);
	assert_string_equal(value(s, "c1", "stance"), "favor");
	assert_string_equal(value(s, "c4", "stance"), "against");
	close_store(s);
	free(journal);
}

/* A change costs the change: with keep_journal, close leaves a small journal
 * for the next open and the store file untouched; a big one is folded. */
static void test_change_only_appends(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_buf tags = {0};
	for (size_t i = 0; i < 12; i++)
		tt_buf_printf(&tags, "  c%zu:\n    stance: favor\n    note: a note long enough\n",
		              i);
	write_store(f, tags.data);
	tt_buf_free(&tags);
	char *before = tt_test_slurp(f->path);
	int eno;
	tt_tagstore *s = try_open(f, f->path, 0, &eno);
	assert_non_null(s);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "against", &err), 0);
	close_store(s);
	char *after = tt_test_slurp(f->path);
	assert_string_equal(before, after);
	assert_int_equal(count_lines(f->journal), 1);
	s = try_open(f, f->path, 1, &eno);
	assert_string_equal(value(s, "c1", "stance"), "against");
	tt_tagstore_close(s, NULL);
	for (int i = 0; i < 12 && file_exists(f->journal); i++) {
		s = try_open(f, f->path, 0, &eno);
		assert_int_equal(tt_tagstore_set_note(s, "c2", i % 2 ? "one" : "two", &err), 0);
		close_store(s);
	}
	assert_false(file_exists(f->journal)); /* folded once it reached a quarter */
	free(after);
	after = tt_test_slurp(f->path);
	assert_non_null(strstr(after, "stance: against"));
	free(before);
	free(after);
}

enum { RACE_TAGS = 500 };

/* A racing child's failure, said when it is not the one expected (the
 * parent sees only the exit status). */
static int race_failed(const tt_error *err, int rc)
{
	if (rc != 2 || (err->msg[0] && !strstr(err->msg, "hard links")))
		tt_error_print(err);
	return rc;
}

/* Tags items first, first+2, ... through path, opening and closing the store
 * for each change like `threadtag tag` does, and waiting out the other's lock. */
static int race_child(struct fixture *f, const char *path, int first)
{
	for (int i = 0; i < RACE_TAGS; i++) {
		char id[32];
		snprintf(id, sizeof id, "c%d", first + 2 * i);
		for (;;) {
			int eno = -1;
			tt_error err;
			tt_tagstore_opts o = {
			    .path = path, .annotator = "alice", .keep_journal = 1};
			tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, &eno);
			if (!s)
				return race_failed(&err, 2);
			int busy = tt_tagstore_readonly(s);
			if (!busy && tt_tagstore_set_value(s, id, "stance", "favor", &err) < 0)
				return race_failed(&err, 3);
			if (tt_tagstore_close(s, &err) < 0)
				return race_failed(&err, 4);
			if (!busy)
				break;
		}
	}
	return 0;
}

/* One store through its path and through a symbolic link, by two processes
 * at once: one lock, one journal, and every acknowledged tag is there. */
static void test_symlink_same_store(void **state)
{
	struct fixture *f = *state;
	tt_thread_free(f->t);
	f->t = make_thread(2 * RACE_TAGS);
	char *link = tt_xasprintf("%s/link.yaml", f->dir);
	tt_tagstore *s = open_store(f, 0); /* makes sub/ and the store */
	tt_error err;
	assert_int_equal(tt_tagstore_set_value(s, "c0", "stance", "against", &err), 0);
	close_store(s);
	assert_int_equal(symlink("sub/alice.yaml", link), 0);
	pid_t a = fork();
	if (a == 0)
		_exit(race_child(f, f->path, 0));
	pid_t b = fork();
	if (b == 0)
		_exit(race_child(f, link, 1));
	int sa, sb;
	waitpid(a, &sa, 0);
	waitpid(b, &sb, 0);
	if (!WIFEXITED(sa) || !WIFEXITED(sb) || WEXITSTATUS(sa) || WEXITSTATUS(sb))
		fprintf(stderr, "racing children ended with %#x and %#x\n", sa, sb);
	assert_true(WIFEXITED(sa) && WEXITSTATUS(sa) == 0);
	assert_true(WIFEXITED(sb) && WEXITSTATUS(sb) == 0);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	int eno;
	s = try_open(f, link, 1, &eno);
	assert_non_null(s);
	size_t lost = 0;
	for (int i = 0; i < 2 * RACE_TAGS; i++) {
		char id[32];
		snprintf(id, sizeof id, "c%d", i);
		lost += !tt_tagstore_get(s, id);
	}
	assert_int_equal(lost, 0);
	assert_int_equal(tt_tagstore_count(s), 2 * RACE_TAGS);
	tt_tagstore_close(s, NULL);
	free(link);
}

/* A store with a second hard link is refused for writing through either
 * name, so no rename splits it and both names keep every tag. */
static void test_hard_link_refused(void **state)
{
	struct fixture *f = *state;
	char *hard = tt_xasprintf("%s/hard.yaml", f->dir);
	tt_tagstore *s = open_store(f, 0);
	tt_error err;
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "against", &err), 0);
	close_store(s);
	assert_int_equal(link(f->path, hard), 0);
	char *before = tt_test_slurp(f->path);
	pid_t a = fork();
	if (a == 0)
		_exit(race_child(f, f->path, 0));
	pid_t b = fork();
	if (b == 0)
		_exit(race_child(f, hard, 1));
	int sa, sb;
	waitpid(a, &sa, 0);
	waitpid(b, &sb, 0);
	assert_true(WIFEXITED(sa) && WEXITSTATUS(sa) == 2); /* refused at open */
	assert_true(WIFEXITED(sb) && WEXITSTATUS(sb) == 2);
	int eno;
	assert_null(try_open(f, hard, 0, &eno));
	assert_int_equal(eno, EMLINK);
	struct stat x, y;
	assert_int_equal(stat(f->path, &x), 0);
	assert_int_equal(stat(hard, &y), 0);
	assert_true(x.st_ino == y.st_ino); /* not split */
	char *after = tt_test_slurp(hard);
	assert_string_equal(before, after);
	assert_false(file_exists(f->journal));
	s = try_open(f, hard, 1, &eno); /* reading is fine */
	assert_non_null(s);
	assert_string_equal(value(s, "c1", "stance"), "against");
	tt_tagstore_close(s, NULL);
	free(before);
	free(after);
	free(hard);
}

/* A store that is a link to /dev/zero is refused at once as binary data,
 * and nothing is created beside the device. */
static void test_store_linked_to_dev_zero(void **state)
{
	struct fixture *f = *state;
	char *link = tt_xasprintf("%s/zero.yaml", f->dir);
	assert_int_equal(symlink("/dev/zero", link), 0);
	int eno;
	tt_error err;
	tt_tagstore_opts o = {.path = link, .annotator = "alice", .readonly = 1};
	assert_null(tt_tagstore_open(f->t, &o, &err, &eno));
	assert_int_equal(eno, 0);
	assert_non_null(strstr(err.msg, "binary"));
	assert_null(try_open(f, link, 0, &eno));
	assert_int_equal(eno, 0);
	assert_false(file_exists("/dev/zero.journal"));
	free(link);
}

/* ---- states, reasons and the scheme version ---- */

static void state_changes(tt_tagstore *s)
{
	tt_error err;
	if (tt_tagstore_set_state(s, "c1", "flagged", "ask the group:\n\"quotes\"", &err) < 0 ||
	    tt_tagstore_set_state(s, "c2", "skipped", NULL, &err) < 0 ||
	    tt_tagstore_set_value(s, "c4", "stance", "favor", &err) < 0 ||
	    tt_tagstore_set_state(s, "c4", "unsure", "", &err) < 0)
		_exit(3);
}

static void check_states(const tt_tagstore *s)
{
	char version[TT_SCHEME_VERSION_LEN];
	tt_scheme_version(tt_tagstore_scheme(s), version);
	const tt_tag *t = tt_tagstore_get(s, "c1");
	assert_non_null(t);
	assert_string_equal(t->state, "flagged");
	assert_string_equal(t->reason, "ask the group:\n\"quotes\"");
	assert_string_equal(t->scheme_version, version);
	t = tt_tagstore_get(s, "c2");
	assert_non_null(t); /* a state alone is a tag */
	assert_string_equal(t->state, "skipped");
	assert_null(t->reason);
	t = tt_tagstore_get(s, "c4");
	assert_string_equal(t->state, "unsure");
	assert_null(t->reason); /* an empty reason is none */
	assert_string_equal(value(s, "c4", "stance"), "favor");
	assert_int_equal(tt_tagstore_state_count(s, "flagged"), 1);
	assert_int_equal(tt_tagstore_state_count(s, "skipped"), 1);
	assert_int_equal(tt_tagstore_state_count(s, "unsure"), 1);
	assert_int_equal(tt_tagstore_count(s), 3);
}

/* States survive the journal (replayed after a crash) and the store file. */
static void test_states_round_trip(void **state)
{
	struct fixture *f = *state;
	crash_after(f, state_changes);
	char *j = tt_test_slurp(f->journal);
	assert_non_null(strstr(j, "state: \"flagged\", reason: \"ask the group:\\n\\\"quotes\\\"\""));
	assert_non_null(strstr(j, "scheme_version: \""));
	free(j);
	tt_tagstore *s = open_store(f, 0);
	check_states(s);
	close_store(s);
	char *text = tt_test_slurp(f->path);
	assert_non_null(strstr(text, "    state: flagged\n"));
	assert_non_null(strstr(text, "    scheme_version: "));
	free(text);
	s = open_store(f, 0);
	check_states(s);
	close_store(s);
}

/* Undo and redo take a state back and forth; none clears state and reason;
 * a state that is not one is refused. */
static void test_states_undo(void **state)
{
	struct fixture *f = *state;
	tt_error err;
	tt_tagstore *s = open_store(f, 0);
	assert_int_equal(tt_tagstore_set_value(s, "c1", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_set_state(s, "c1", "flagged", "odd", &err), 0);
	const char *item = NULL;
	assert_int_equal(tt_tagstore_undo(s, &item, &err), 0);
	assert_string_equal(item, "c1");
	assert_null(tt_tagstore_get(s, "c1")->state);
	assert_int_equal(tt_tagstore_redo(s, &item, &err), 0);
	assert_string_equal(tt_tagstore_get(s, "c1")->state, "flagged");
	assert_string_equal(tt_tagstore_get(s, "c1")->reason, "odd");
	assert_int_equal(tt_tagstore_set_state(s, "c1", "none", "ignored", &err), 0);
	assert_null(tt_tagstore_get(s, "c1")->state);
	assert_null(tt_tagstore_get(s, "c1")->reason);
	assert_string_equal(value(s, "c1", "stance"), "against");
	errno = 0;
	assert_int_equal(tt_tagstore_set_state(s, "c1", "maybe", NULL, &err), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(tt_tagstore_set_state(s, "c1", "skipped", "\xff", &err), -1);
	/* put sets the whole tag, state included, as one undo step */
	const char *values[2] = {"neutral", NULL};
	tt_tag tag = {.item = "c2", .values = values, .state = "unsure", .reason = "short"};
	assert_int_equal(tt_tagstore_put(s, &tag, &err), 0);
	assert_string_equal(tt_tagstore_get(s, "c2")->state, "unsure");
	assert_int_equal(tt_tagstore_undo(s, NULL, &err), 0);
	assert_null(tt_tagstore_get(s, "c2"));
	close_store(s);
}

/* A store without states (format 1, and format 2 written before them) loads
 * unchanged; a state the format does not know is refused with its line. */
static void test_states_old_store(void **state)
{
	struct fixture *f = *state;
	write_store(f, "  c1:\n    stance: favor\n    annotator: alice\n");
	tt_tagstore *s = open_store(f, 0);
	const tt_tag *t = tt_tagstore_get(s, "c1");
	assert_null(t->state);
	assert_null(t->reason);
	assert_null(t->scheme_version);
	assert_int_equal(tt_tagstore_state_count(s, "skipped"), 0);
	close_store(s);
	write_store(f, "  c1:\n    stance: favor\n    state: later\n");
	tt_tagstore_opts o = {.path = f->path, .annotator = "alice"};
	tt_error err;
	assert_null(tt_tagstore_open(f->t, &o, &err, NULL));
	assert_non_null(strstr(err.msg, "'state' must be skipped, flagged or unsure"));
	assert_int_equal(err.line, 8);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_no_change_no_write, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_journal_replay, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_torn_last_entry, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_garbage_last_line, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_bad_middle_entry, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_malformed_store, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_unknown_values_kept, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_orphans_kept, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_readonly_on_lock, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_undo_redo, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_undo_is_durable, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_compact_every, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_change_cost_is_one_line, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_bad_changes, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_default_path, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_every_journal_prefix_opens, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_every_store_prefix_is_handled, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_reader_during_compaction, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_sigkill_random, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_sigkill_background_fold, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_fold_in_background, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_every_cut_is_refused, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_checksum_and_recovery_hint, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_format_1_store_loads, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_two_records_on_a_line, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_put_many_is_one_record, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_change_only_appends, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_symlink_same_store, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_hard_link_refused, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_store_linked_to_dev_zero, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_states_round_trip, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_states_undo, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_states_old_store, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_partial_open, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_partial_journal_and_rest, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_partial_notices, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_partial_summary_not_trusted, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_summary_blocks_checked, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_sigkill_partial_commands, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
