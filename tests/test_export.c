/* test_export: every field of every record, read back from YAML, CSV and JSON lines. */
#include "tt_test.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/export.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

enum { NCOLS = 17, MAXREC = 8 };

static const char *const columns[NCOLS] = {
    "thread", "comment", "parent",    "depth",  "author",         "posted", "time",
    "stance", "reply",   "labels",    "note",   "state",          "reason", "annotator",
    "tagged", "scheme_version", "text"};

static const char note_hard[] = "commas, here; \"double\" and 'single' quotes\nline two\r\n"
				"  indented: colon # hash\n";

/* Expected records, fields as strings in column order (NULL = null/empty;
 * labels joined by ';'; "tagged" ("*") is checked for its shape only, "#" is
 * the built-in scheme's version). */
static const char *const expected[][NCOLS] = {
	{"tags-test", "@article", NULL, NULL, "Desk Editor", "2026-01-05", NULL, "neutral", NULL,
	 NULL, "article note", NULL, NULL, "alice", "*", "#",
	 "The council votes next week on rebuilding the old bridge.\n\n"
	 "Critics say the money is better spent on ferries."},
	{"tags-test", "@article/2", NULL, NULL, "Desk Editor", "2026-01-05", NULL, "against", NULL,
	 NULL, NULL, NULL, NULL, "alice", "*", "#",
	 "Critics say the money is better spent on ferries."},
	{"tags-test", "c1", NULL, "0", "alice", "2026-01-05T10:00", "2026-01-05T10:00", "favor",
	 NULL, "sarcasm;question", note_hard, "flagged", "is \"sarcasm\" right, here?", "alice",
	 "*", "#", "Rebuild it, the detour costs everyone an hour."},
	{"tags-test", "c2", "c1", "1", "bob", NULL, "2026-01-05T10:05", "against", "disagree",
	 NULL, NULL, NULL, NULL, "alice", "*", "#", "No, ferries are cheaper, and \"faster\", too."},
	{"tags-test", "c2", "c1", "1", "bob", NULL, "2026-01-05T10:05", "against", "agree",
	 "insult", "bob's, \"own\"", NULL, NULL, "bob", "*", "#",
	 "No, ferries are cheaper, and \"faster\", too."},
	{"tags-test", "c3", "c2", "2", "alice", NULL, NULL, NULL, NULL, NULL, NULL, "skipped", NULL,
	 "bob", "*", "#", "Cheaper for whom?"},
	{"tags-test", "105", NULL, "0", "dave", NULL, NULL, "off-topic", NULL, NULL, NULL, NULL, NULL,
	 "bob", "*", "#", "First paragraph.\n\nSecond paragraph, after a blank line."},
};
static const size_t nexpected = sizeof expected / sizeof *expected;

struct fixture {
	tt_thread *t;
	tt_tagstore *s[2];
	char *dir;
};

static tt_tagstore *store(struct fixture *f, const char *name)
{
	char *path = tt_xasprintf("%s/%s.yaml", f->dir, name);
	tt_tagstore_opts o = {.path = path, .annotator = name};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(f->t, &o, &err, NULL);
	free(path);
	assert_non_null(s);
	return s;
}

static int setup(void **state)
{
	struct fixture *f = tt_xcalloc(1, sizeof *f);
	char *path = tt_test_src("tests/data/tags-thread.yaml");
	tt_error err;
	f->t = tt_thread_load(path, &err, NULL);
	free(path);
	assert_non_null(f->t);
	f->dir = tt_test_tmpdir();
	tt_tagstore *a = f->s[0] = store(f, "alice"), *b = f->s[1] = store(f, "bob");
	assert_int_equal(tt_tagstore_set_value(a, "c1", "stance", "favor", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(a, "c1", "question", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(a, "c1", "sarcasm", &err), 0);
	assert_int_equal(tt_tagstore_set_note(a, "c1", note_hard, &err), 0);
	assert_int_equal(tt_tagstore_set_value(a, "c2", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_set_value(a, "c2", "reply", "disagree", &err), 0);
	assert_int_equal(tt_tagstore_set_value(a, "@article/2", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_set_value(a, "@article", "stance", "neutral", &err), 0);
	assert_int_equal(tt_tagstore_set_note(a, "@article", "article note", &err), 0);
	assert_int_equal(tt_tagstore_set_value(b, "105", "stance", "off-topic", &err), 0);
	assert_int_equal(tt_tagstore_set_value(b, "c2", "stance", "against", &err), 0);
	assert_int_equal(tt_tagstore_set_value(b, "c2", "reply", "agree", &err), 0);
	assert_int_equal(tt_tagstore_toggle_label(b, "c2", "insult", &err), 0);
	assert_int_equal(tt_tagstore_set_note(b, "c2", "bob's, \"own\"", &err), 0);
	assert_int_equal(
	    tt_tagstore_set_state(a, "c1", "flagged", "is \"sarcasm\" right, here?", &err), 0);
	assert_int_equal(tt_tagstore_set_state(b, "c3", "skipped", NULL, &err), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	for (int i = 0; i < 2; i++)
		tt_tagstore_close(f->s[i], NULL);
	tt_thread_free(f->t);
	free(f->dir);
	free(f);
	return 0;
}

static char *run_export(struct fixture *f, tt_export_format fmt, int no_text)
{
	tt_export_opts o = {.format = fmt, .no_text = no_text};
	size_t len;
	char *out = tt_export(f->t, (const tt_tagstore *const *)f->s, 2, &o, &len);
	assert_non_null(out);
	assert_int_equal(strlen(out), len);
	return out;
}

/* Records read back, as strings in column order. */
struct table {
	char *cell[MAXREC][NCOLS];
	size_t nrec;
	int has[NCOLS];
};

static void table_free(struct table *t)
{
	for (size_t r = 0; r < MAXREC; r++)
		for (size_t c = 0; c < NCOLS; c++)
			free(t->cell[r][c]);
}

static int col_index(const char *name)
{
	for (int i = 0; i < NCOLS; i++)
		if (!strcmp(columns[i], name))
			return i;
	return -1;
}

static void check_table(const struct table *t, int no_text)
{
	assert_int_equal(t->nrec, nexpected);
	for (size_t r = 0; r < nexpected; r++)
		for (size_t c = 0; c < NCOLS; c++) {
			const char *want = expected[r][c], *got = t->cell[r][c];
			if (no_text && c == NCOLS - 1) {
				assert_false(t->has[c]);
				continue;
			}
			assert_true(t->has[c]);
			if (want && !strcmp(want, "#")) {
				char version[TT_SCHEME_VERSION_LEN];
				tt_scheme *sc = tt_scheme_default();
				tt_scheme_version(sc, version);
				tt_scheme_free(sc);
				assert_non_null(got);
				assert_string_equal(got, version);
				continue;
			}
			if (want && !strcmp(want, "*")) {
				assert_non_null(got);
				assert_int_equal(strlen(got), 20);
				assert_int_equal(got[10], 'T');
				continue;
			}
			if (!want || !got) {
				if (want != got)
					fprintf(stderr, "record %zu %s: want %s, got %s\n", r,
						columns[c], want ? want : "null", got ? got : "null");
				assert_true(want == got);
				continue;
			}
			assert_string_equal(got, want);
		}
}

/* ---- CSV, read by the RFC 4180 grammar ---- */

static char *csv_field(const char **p)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	if (**p != '"') {
		size_t n = strcspn(*p, ",\r\n");
		tt_buf_add(&b, *p, n);
		*p += n;
		return b.data;
	}
	for ((*p)++;; (*p)++) {
		assert_true(**p != '\0');
		if (**p == '"' && (*p)[1] == '"') {
			tt_buf_addc(&b, '"');
			(*p)++;
		} else if (**p == '"') {
			(*p)++;
			return b.data;
		} else {
			tt_buf_addc(&b, **p);
		}
	}
}

/* Reads one record; its line must end in CRLF. Returns the number of fields. */
static size_t csv_record(const char **p, char **fields, size_t max)
{
	size_t n = 0;
	for (;;) {
		assert_true(n < max);
		fields[n++] = csv_field(p);
		if (**p == ',') {
			(*p)++;
			continue;
		}
		assert_int_equal(**p, '\r');
		assert_int_equal((*p)[1], '\n');
		*p += 2;
		return n;
	}
}

static void test_csv(void **state, int no_text)
{
	struct fixture *f = *state;
	char *out = run_export(f, TT_EXPORT_CSV, no_text);
	const char *p = out;
	char *head[NCOLS + 1];
	size_t n = csv_record(&p, head, NCOLS + 1);
	assert_int_equal(n, NCOLS - (no_text ? 1 : 0));
	int map[NCOLS + 1];
	struct table t = {0};
	for (size_t i = 0; i < n; i++) {
		map[i] = col_index(head[i]);
		assert_int_equal(map[i], (int)i); /* the documented order */
		t.has[map[i]] = 1;
		free(head[i]);
	}
	while (*p) {
		char *fields[NCOLS + 1];
		assert_int_equal(csv_record(&p, fields, NCOLS + 1), n);
		for (size_t i = 0; i < n; i++) {
			if (!*fields[i]) { /* empty field: null */
				free(fields[i]);
				fields[i] = NULL;
			}
			t.cell[t.nrec][map[i]] = fields[i];
		}
		t.nrec++;
	}
	check_table(&t, no_text);
	table_free(&t);
	free(out);
}

static void test_csv_with_text(void **state)
{
	test_csv(state, 0);
}

static void test_csv_no_text(void **state)
{
	test_csv(state, 1);
}

/* ---- JSON lines, read by a parser for flat objects ---- */

static char *json_string(const char **p)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	assert_int_equal(**p, '"');
	for ((*p)++; **p != '"'; (*p)++) {
		assert_true(**p && (unsigned char)**p >= 0x20); /* raw controls are not JSON */
		if (**p != '\\') {
			tt_buf_addc(&b, **p);
			continue;
		}
		(*p)++;
		const char *esc = strchr("\"\"\\\\//b\bf\fn\nr\rt\t", **p);
		if (**p == 'u') {
			unsigned v;
			assert_int_equal(sscanf(*p + 1, "%4x", &v), 1);
			assert_true(v < 0x80);
			tt_buf_addc(&b, (char)v);
			*p += 4;
		} else {
			assert_non_null(esc);
			tt_buf_addc(&b, esc[1]);
		}
	}
	(*p)++;
	return b.data;
}

static char *json_value(const char **p)
{
	if (**p == '"')
		return json_string(p);
	if (!strncmp(*p, "null", 4)) {
		*p += 4;
		return NULL;
	}
	if (**p == '[') { /* a list of strings, joined by ';' like the CSV */
		tt_buf b = {0};
		tt_buf_add(&b, NULL, 0);
		for ((*p)++; **p != ']';) {
			char *s = json_string(p);
			if (b.len)
				tt_buf_addc(&b, ';');
			tt_buf_adds(&b, s);
			free(s);
			if (**p == ',')
				(*p)++;
		}
		(*p)++;
		if (!b.len) {
			tt_buf_free(&b);
			return NULL;
		}
		return b.data;
	}
	size_t n = strspn(*p, "-0123456789");
	assert_true(n > 0);
	char *num = tt_xstrndup(*p, n);
	*p += n;
	return num;
}

static void test_jsonl(void **state)
{
	struct fixture *f = *state;
	char *out = run_export(f, TT_EXPORT_JSONL, 0);
	struct table t = {0};
	for (const char *p = out; *p; t.nrec++) {
		assert_int_equal(*p++, '{');
		int col = 0;
		while (*p != '}') {
			char *key = json_string(&p);
			assert_int_equal(col_index(key), col); /* keys in the documented order */
			assert_int_equal(*p++, ':');
			t.cell[t.nrec][col] = json_value(&p);
			t.has[col++] = 1;
			free(key);
			if (*p == ',')
				p++;
		}
		assert_int_equal(col, NCOLS);
		assert_int_equal(p[1], '\n'); /* one object per line */
		p += 2;
	}
	check_table(&t, 0);
	table_free(&t);
	free(out);
}

/* ---- YAML, read back through the project's reader ---- */

static void yaml_record(tt_yreader *r, struct table *t)
{
	tt_yevent ev;
	tt_error err;
	for (;;) {
		assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
		if (ev.type == TT_Y_MAP_END)
			return;
		int col = col_index(ev.value);
		assert_true(col >= 0);
		t->has[col] = 1;
		assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
		if (ev.type == TT_Y_SEQ_START) {
			tt_buf b = {0};
			tt_buf_add(&b, NULL, 0);
			while (tt_yreader_next(r, &ev, &err) == 0 && ev.type == TT_Y_SCALAR) {
				if (b.len)
					tt_buf_addc(&b, ';');
				tt_buf_adds(&b, ev.value);
			}
			assert_int_equal(ev.type, TT_Y_SEQ_END);
			if (b.len)
				t->cell[t->nrec][col] = b.data;
			else
				tt_buf_free(&b);
			continue;
		}
		assert_int_equal(ev.type, TT_Y_SCALAR);
		if (col == 3 && !tt_yscalar_is_null(&ev)) /* depth is a number, not a string */
			assert_true(ev.plain);
		if (!tt_yscalar_is_null(&ev))
			t->cell[t->nrec][col] = tt_xstrdup(ev.value);
	}
}

static void test_yaml(void **state)
{
	struct fixture *f = *state;
	char *out = run_export(f, TT_EXPORT_YAML, 0);
	assert_true(!strncmp(out, "threadtag_export: 1\n", 20));
	tt_error err;
	tt_yreader *r = tt_yreader_open_mem("export", out, strlen(out), 0, &err);
	tt_yevent ev;
	struct table t = {0};
	int saw_scheme = 0, saw_thread = 0;
	assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
	assert_int_equal(ev.type, TT_Y_MAP_START);
	while (tt_yreader_next(r, &ev, &err) == 0 && ev.type == TT_Y_SCALAR) {
		char *key = tt_xstrdup(ev.value);
		if (strcmp(key, "tags")) {
			saw_scheme |= !strcmp(key, "scheme");
			assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
			if (!strcmp(key, "thread")) {
				saw_thread = 1;
				assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
				assert_string_equal(ev.value, "id");
				assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
				assert_string_equal(ev.value, "tags-test");
				assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
				assert_string_equal(ev.value, "title");
				assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
				assert_string_equal(ev.value, "Should the bridge be rebuilt?");
				assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
			} else {
				assert_int_equal(tt_yreader_skip(r, &ev, &err), 0);
			}
			free(key);
			continue;
		}
		free(key);
		assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
		assert_int_equal(ev.type, TT_Y_SEQ_START);
		while (tt_yreader_next(r, &ev, &err) == 0 && ev.type == TT_Y_MAP_START)
			yaml_record(r, &t), t.nrec++;
	}
	assert_true(saw_scheme && saw_thread);
	check_table(&t, 0);
	table_free(&t);
	tt_yreader_close(r);
	free(out);
}

static void test_format_names(void **state)
{
	(void)state;
	tt_export_format f;
	assert_int_equal(tt_export_format_parse("csv", &f), 0);
	assert_int_equal(f, TT_EXPORT_CSV);
	assert_int_equal(tt_export_format_parse("jsonl", &f), 0);
	assert_int_equal(f, TT_EXPORT_JSONL);
	assert_int_equal(tt_export_format_parse("yaml", &f), 0);
	assert_int_equal(f, TT_EXPORT_YAML);
	assert_int_equal(tt_export_format_parse("xml", &f), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_csv_with_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_no_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_jsonl, setup, teardown),
		cmocka_unit_test_setup_teardown(test_yaml, setup, teardown),
		cmocka_unit_test(test_format_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
