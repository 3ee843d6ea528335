/* test_import_charset: pages in a multi-byte charset with a byte not valid in it keep their text. */
#include "tt_test.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"

#define FFFD "\xEF\xBF\xBD"

/* A WordPress page of three comments declaring charset cs, written in UTF-8
 * with '@' where the bad byte goes; the comments' texts are given. */
static char *page_utf8(const char *cs, const char *const text[3])
{
	static const char fmt[] =
	    "<!DOCTYPE html><html><head><meta charset=\"%s\"><title>Notes</title></head><body>\n"
	    "<article><h1>Notes</h1><p>The article, long enough to be one, with a comma, "
	    "and another sentence.</p></article>\n"
	    "<ol class=\"comment-list\">\n"
	    "<li class=\"comment depth-1\"><cite class=\"fn\">Aki</cite>"
	    "<div class=\"comment-content\"><p>%s</p></div></li>\n"
	    "<li class=\"comment depth-1\"><cite class=\"fn\">Bo</cite>"
	    "<div class=\"comment-content\"><p>%s</p></div></li>\n"
	    "<li class=\"comment depth-1\"><cite class=\"fn\">Cy</cite>"
	    "<div class=\"comment-content\"><p>%s</p></div></li>\n"
	    "</ol></body></html>\n";
	size_t n = sizeof fmt + strlen(cs) + strlen(text[0]) + strlen(text[1]) + strlen(text[2]);
	char *s = malloc(n);
	assert_non_null(s);
	snprintf(s, n, fmt, cs, text[0], text[1], text[2]);
	return s;
}

/* utf8 in charset cs, each '@' written as the bytes bad. */
static char *encode(const char *utf8, const char *cs, const char *bad, size_t *len)
{
	iconv_t cd = iconv_open(cs, "UTF-8");
	assert_true(cd != (iconv_t)-1);
	size_t cap = strlen(utf8) * 4 + 16;
	char *out = malloc(cap), *o = out, *in = (char *)utf8;
	size_t il = strlen(utf8), ol = cap;
	assert_true(iconv(cd, &in, &il, &o, &ol) != (size_t)-1);
	iconv_close(cd);
	size_t n = (size_t)(o - out);
	char *res = malloc(n * 4 + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (out[i] == '@') {
			memcpy(res + k, bad, strlen(bad));
			k += strlen(bad);
		} else {
			res[k++] = out[i];
		}
	}
	free(out);
	*len = k;
	return res;
}

/* Imports the page in cs with bad at '@' in the second comment; the three
 * comments keep their texts, the bad bytes are U+FFFD, one warning. */
static void check_charset(const char *cs, const char *const text[3], const char *bad,
                          const char *want_second, const char *want_warning)
{
	char *u = page_utf8(cs, text);
	size_t len;
	char *page = encode(u, cs, bad, &len);
	free(u);
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.kind = TT_IMPORT_AUTO, .report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("page.html", page, len, &o, &err);
	if (!t)
		fail_msg("%s: %s: %s", cs, err.file, err.msg);
	assert_int_equal(t->ncomments, 3);
	tt_comment *c = t->first;
	assert_string_equal(c->author, "Aki");
	assert_string_equal(c->body.v[0], text[0]);
	c = c->next_sibling;
	assert_string_equal(c->author, "Bo");
	assert_string_equal(c->body.v[0], want_second);
	c = c->next_sibling;
	assert_string_equal(c->author, "Cy");
	assert_string_equal(c->body.v[0], text[2]);
	assert_int_equal(r.nwarn, 1);
	assert_string_equal(r.warn[0], want_warning);
	tt_thread_free(t);
	tt_import_report_free(&r);
	free(page);
}

/* Shift_JIS, a lead byte cut short (0x81 before a space): one U+FFFD, the
 * space and everything after kept. */
static void test_shift_jis_bad_byte(void **state)
{
	(void)state;
	static const char *const text[3] = {"最初のコメントです。", "二番目の@ コメントです。",
	                                    "三番目のコメントです。"};
	check_charset("shift_jis", text, "\x81", "二番目の" FFFD " コメントです。",
	              "1 bytes not valid in shift_jis replaced by U+FFFD (first at line 5)");
}

/* GBK, a stray byte (0xFF is no byte of GBK) between two characters. */
static void test_gbk_bad_byte(void **state)
{
	(void)state;
	static const char *const text[3] = {"第一条评论。", "第二条@评论。", "第三条评论。"};
	check_charset("gbk", text, "\xFF", "第二条" FFFD "评论。",
	              "1 bytes not valid in gbk replaced by U+FFFD (first at line 5)");
}

/* EUC-KR, two lead bytes cut short: each is one U+FFFD, counted twice. */
static void test_euc_kr_bad_bytes(void **state)
{
	(void)state;
	static const char *const text[3] = {"첫 번째 댓글입니다.", "두 번째@ 댓글@ 입니다.",
	                                    "세 번째 댓글입니다."};
	check_charset("euc-kr", text, "\xB0", "두 번째" FFFD " 댓글" FFFD " 입니다.",
	              "2 bytes not valid in euc-kr replaced by U+FFFD (first at line 5)");
}

/* A clean page in a multi-byte charset is read by libxml2 as before: no
 * warning. */
static void test_clean_page_no_warning(void **state)
{
	(void)state;
	static const char *const text[3] = {"最初のコメントです。", "二番目のコメントです。",
	                                    "三番目のコメントです。"};
	char *u = page_utf8("shift_jis", text);
	size_t len;
	char *page = encode(u, "shift_jis", "", &len);
	free(u);
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.kind = TT_IMPORT_AUTO, .report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("page.html", page, len, &o, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->last->body.v[0], text[2]);
	assert_int_equal(r.nwarn, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
	free(page);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_shift_jis_bad_byte),
	    cmocka_unit_test(test_gbk_bad_byte),
	    cmocka_unit_test(test_euc_kr_bad_bytes),
	    cmocka_unit_test(test_clean_page_no_warning),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
