/* test_html_records: comment records found by how a page's markup repeats, on small layouts no other reader finds. */
#include "tt_test.h"

#include <string.h>

#include "threadtag/import.h"
#include "threadtag/xalloc.h"

#define RECORDS "records found by their repeats"

static tt_thread *import_page(const char *page, struct tt_import_report *r)
{
	struct tt_import_opts o = {.kind = TT_IMPORT_HTML, .report = r};
	tt_error err;
	tt_import_report_init(r, 0);
	tt_thread *t = tt_import_mem("page.html", page, strlen(page), &o, &err);
	if (!t)
		fail_msg("%s: %s", err.file, err.msg);
	return t;
}

/* A comment's author, time as shown, depth and first paragraph. */
static void assert_comment(const tt_comment *c, const char *author, const char *posted,
                           unsigned depth, const char *text)
{
	assert_non_null(c->author);
	assert_string_equal(c->author, author);
	assert_non_null(c->posted);
	assert_string_equal(c->posted, posted);
	assert_int_equal(c->depth, depth);
	assert_true(c->body.n >= 1);
	assert_string_equal(c->body.v[0], text);
}

/* Polish, class names that mean nothing: the time before the name in one
 * header box, a "reply" link every record shows, an answer nested in a
 * box at its record's end. */
#define PL(when, name, text, answers)                                                              \
	"<div class=\"q7\"><div class=\"k2\"><span>" when "</span> <a href=\"/u/" name "\">" name  \
	"</a></div><div class=\"z0\"><p>" text "</p></div><div class=\"m5\"><a "                   \
	"href=\"#\">Odpowiedz</a></div>" answers "</div>"

static void test_time_before_name(void **state)
{
	(void)state;
	struct tt_import_report r;
	const char *page =
	    "<html><head><title>Rzeki</title></head><body><h1>Rzeki</h1><p>Artykuł o rzekach, "
	    "dość długi, aby został odczytany jako artykuł tej strony.</p><div class=\"w1\">" PL(
	        "12.03.2024 10:15", "Ania", "Przepłynęłam ją w zeszłym roku.",
	        "<div class=\"r4\">" PL("12.03.2024 11:02", "Bartek", "Ja też, ale zimą.",
	                                "") "</div>")
	        PL("13.03.2024 08:40", "Celina", "Woda była bardzo zimna w marcu.", "")
	            PL("14.03.2024 09:00", "Darek", "Nigdy więcej nie popłynę tą trasą.",
	               "") "</div></body></html>";
	tt_thread *t = import_page(page, &r);
	assert_string_equal(r.layout, RECORDS);
	assert_int_equal(t->ncomments, 4);
	assert_comment(t->order[0], "Ania", "12.03.2024 10:15", 0, "Przepłynęłam ją w zeszłym roku.");
	assert_int_equal(t->order[0]->body.n, 1); /* no "Odpowiedz" */
	assert_comment(t->order[1], "Bartek", "12.03.2024 11:02", 1, "Ja też, ale zimą.");
	assert_comment(t->order[2], "Celina", "13.03.2024 08:40", 0,
	               "Woda była bardzo zimna w marcu.");
	assert_comment(t->order[3], "Darek", "14.03.2024 09:00", 0,
	               "Nigdy więcej nie popłynę tą trasą.");
	assert_non_null(t->order[0]->time);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* Chinese, another shape: list items whose date comes first in a box of
 * its own, then the name (linked in one record, not in another) beside a
 * badge, then the text (a line break in one); no classes at all. */
#define ZH(when, name, text)                                                                       \
	"<li><small>" when "</small><div><div><img src=\"a.png\" alt=\"\"><cite>" name            \
	"</cite></div><div><p>" text "</p></div></div></li>"

static void test_date_box_first(void **state)
{
	(void)state;
	struct tt_import_report r;
	const char *page =
	    "<html><head><title>船闸</title></head><body><h1>船闸</h1><p>这是一篇关于船闸的文章，"
	    "足够长，可以被当作这一页的正文来读。这是一篇关于船闸的文章。</p><ul>" ZH(
	        "2024-03-03 10:15", "林小舟", "船闸的照片太好了。请问是哪一年拍的？")
	        ZH("2024-03-03 12:40", "<a href=\"https://example.cn/1\">河边的猫</a>",
	           "谢谢！大多数是一九八七年春天拍的。")
	            ZH("2024-03-04 08:05", "老周",
	               "去年夏天我沿着纤道走了一趟。<br>茶馆已经关门了。") "</ul></body></html>";
	tt_thread *t = import_page(page, &r);
	assert_string_equal(r.layout, RECORDS);
	assert_int_equal(t->ncomments, 3);
	assert_comment(t->order[0], "林小舟", "2024-03-03 10:15", 0, "船闸的照片太好了。请问是哪一年拍的？");
	assert_comment(t->order[1], "河边的猫", "2024-03-03 12:40", 0, "谢谢！大多数是一九八七年春天拍的。");
	/* a line break is no field: the text keeps it */
	assert_comment(t->order[2], "老周", "2024-03-04 08:05", 0,
	               "去年夏天我沿着纤道走了一趟。\n茶馆已经关门了。");
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* A forum thread (English): the permalink with the time over each post,
 * the writer in a box with a joining date every post repeats, a "Re:
 * TOPIC" heading over each answer; the first post, titled as the page, is
 * the topic. */
#define POST(n, when, name, title, text)                                                           \
	"<div class=\"a" n "\"><h2><span>#" n "</span> <a href=\"?p=" n "\">" when                   \
	"</a></h2><div><dl><dt><a href=\"" PROFILE name "\">" name                                 \
	"</a></dt><dd>Member</dd><dd>Registered: 2022-01-01</dd></dl><div><h3>" title              \
	"</h3><div><p>" text "</p></div></div></div></div>"

static void forum_topic(const char *page, const char *layout)
{
	struct tt_import_report r;
	tt_thread *t = import_page(page, &r);
	assert_string_equal(r.layout, layout);
	assert_int_equal(t->ncomments, 3);
	assert_comment(t->order[0], "harbourcat", "2024-03-03 11:02:00", 0,
	               "Epoxy, without question. Thin it for the first coat.");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_comment(t->order[2], "old_bosun", "2024-03-04 08:05:00", 0,
	               "Resorcinol, if you can find it.");
	tt_import_report_free(&r);
	tt_thread_free(t);
}

#define FORUM_TOPIC                                                                                \
	"<html><head><title>Gluing a wooden hull - Boat Forum</title></head><body><div>" POST(       \
	    "1", "2024-03-03 10:15:00", "dieselpunk", "Gluing a wooden hull",                        \
	    "Which glue holds below the waterline on an old dinghy?")                                \
	    POST("2", "2024-03-03 11:02:00", "harbourcat", "Re: Gluing a wooden hull",               \
	         "Epoxy, without question. Thin it for the first coat.")                             \
	        POST("3", "2024-03-03 13:40:00", "mira_k", "Re: Gluing a wooden hull",               \
	             "Only if the wood is dry; measure it first.")                                   \
	            POST("4", "2024-03-04 08:05:00", "old_bosun", "Re: Gluing a wooden hull",        \
	                 "Resorcinol, if you can find it.") "</div></body></html>"

/* The writer's link goes to a page the repeated blocks do not know for a
 * member's ("/people/NAME"): the records reader reads the posts. Where it
 * is a member's ("/profile/NAME"), the repeated blocks read them first,
 * the same comments. */
static void test_forum_topic(void **state)
{
	(void)state;
#define PROFILE "/people/"
	forum_topic(FORUM_TOPIC, RECORDS);
#undef PROFILE
#define PROFILE "/profile/"
	forum_topic(FORUM_TOPIC, "repeated blocks");
#undef PROFILE
}

/* A thread's messages as rows of a table, three each (AMSEL's flat view):
 * a row of the writer's cell (name and time, the cell spanning the three
 * rows) and the thread's title, which every message repeats; a row of the
 * words; a row of the answer button. The messages run newest first, so
 * the last is the thread's opening post, the article. A long message's
 * line breaks make it no other kind of record than a short one's. */
static void test_flat_rows_newest_first(void **state)
{
	(void)state;
	static const char *const row =
	    "<tr id=\"m%d\"><td rowspan=\"3\" class=\"x1\"><p><a href=\"?user=%d\">%s</a></p>"
	    "<p>%02d.11.2019, %02d:%02d</p></td><td class=\"x1\"><strong>Tea in the "
	    "evening</strong>"
	    "</td></tr><tr><td class=\"x2\">%s</td></tr><tr><td class=\"x1\"><a "
	    "href=\"?refer=%d\" class=\"nav\">Answer</a></td></tr>";
	static const char *const who[] = {"Uwe",    "Bluna", "Eva",   "Uwe",
	                                  "Idefix", "Spyke", "Idefix"};
	static const char *const said[] = {
	    "Green tea keeps me awake, so I stop at noon.",
	    "Mint is fine for me.<br><br>Camomile too, though it tastes of hay.<br>Rooibos is "
	    "best.<br><br>Try it cold.<br>With lemon.<br><br>Or with milk, as they do in the "
	    "south.<br><br>Not with sugar.<br><br>Nor with honey.<br>Fennel for the "
	    "stomach.<br><br>Sage for the throat.<br>Lime blossom to sleep.<br><br>That is "
	    "all.<br><br>Regards",
	    "Black tea after six is too much for most people.",
	    "I drink none after dinner.",
	    "Thanks, I will try the rooibos.<br><br>Bye",
	    "Herbal teas, all of them.",
	    "Which tea do you drink in the evening?<br><br>I am looking for one without "
	    "caffeine.<br>Ideas?"};
	char page[16384];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tea in the "
	                 "evening - Forum</title></head><body><h1>Forum</h1><h2>Tea in the "
	                 "evening</h2><table id=\"flat\">");
	for (int i = 0; i < 7; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, row, 900 - i, 10 + i, who[i],
		              19 - i / 2, 20 - i, 10 + i, said[i], 900 - i);
	snprintf(page + n, sizeof page - (size_t)n, "</table><p>Imprint</p></body></html>");
	struct tt_import_report r;
	tt_thread *t = import_page(page, &r);
	assert_string_equal(r.layout, RECORDS);
	tt_import_report_free(&r);
	assert_string_equal(t->article.author, "Idefix");
	assert_true(t->article.body.n >= 1);
	assert_string_equal(t->article.body.v[0], "Which tea do you drink in the evening?");
	assert_int_equal(t->ncomments, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	assert_string_equal(t->order[1]->body.v[0], "Mint is fine for me.");
	tt_thread_free(t);
}

/* Repeats that are no comments: a menu of links, and teasers whose date
 * comes before a short text that is a label with a number ("6 min read"),
 * their titles and summaries varying. Neither is taken. */
#define TEASER(mins, when, title, text)                                                            \
	"<section><div><span>" when "</span> <span>" mins " min read</span></div><h3><a "          \
	"href=\"/a/" mins "\">" title "</a></h3><p>" text "</p></section>"

static void test_not_records(void **state)
{
	(void)state;
	struct tt_import_report r;
	const char *page =
	    "<html><head><title>Rivers</title></head><body><ul><li><a href=\"/\">Home</a></li><li><a "
	    "href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul><h1>Rivers</h1>"
	    "<p>The article's own paragraph, long enough to be read as the article of the "
	    "page.</p><div>" TEASER("6", "21/05/2019", "The law, nothing but the law",
	                            "With the law in force, the offices changed their ways.")
	        TEASER("15", "19/02/2020", "Where investors go",
	               "The country has several strengths to be counted among them.")
	            TEASER("2", "19/02/2020", "Dates exported",
	                   "The quantities exported from the oasis rose again.") "</div></body></html>";
	tt_thread *t = import_page(page, &r);
	assert_int_equal(t->ncomments, 0);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* 2,000 records, each with an answer: every one read, in time linear in
 * the page (bench_import records measures it). */
static void test_many_records(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_buf b = {0};
	tt_buf_adds(&b, "<html><head><title>Rzeki</title></head><body><h1>Rzeki</h1><p>Artykuł o "
	                "rzekach, dość długi, aby został odczytany jako artykuł.</p><div>");
	for (int i = 0; i < 1000; i++)
		tt_buf_printf(&b,
		              PL("%02d.03.2024 10:%02d", "Ania%d", "Tekst numer %d o rzece.",
		                 "<div>" PL("%02d.03.2024 11:%02d", "Bartek%d",
		                            "Odpowiedź numer %d.", "") "</div>"),
		              1 + i % 28, i % 60, i, i, i, 1 + i % 28, i % 60, i, i, i);
	tt_buf_adds(&b, "</div></body></html>");
	tt_thread *t = import_page(b.data, &r);
	assert_string_equal(r.layout, RECORDS);
	assert_int_equal(t->ncomments, 2000);
	assert_int_equal(t->order[1]->depth, 1);
	assert_int_equal(t->order[1999]->depth, 1);
	tt_import_report_free(&r);
	tt_thread_free(t);
	tt_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_time_before_name), cmocka_unit_test(test_date_box_first),
	    cmocka_unit_test(test_forum_topic),      cmocka_unit_test(test_not_records),
	    cmocka_unit_test(test_many_records),     cmocka_unit_test(test_flat_rows_newest_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
