/* test_html_repeat: the structural fallback of the HTML importer on small layouts of our own. */
#include "tt_test.h"

#include <string.h>

#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

#define ARTICLE                                                                                    \
	"<html><head><title>Rivers</title></head><body><h1>Rivers</h1><p>The article's own "       \
	"paragraph, long enough to be read as the article of the page.</p>"

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

/* A React page (emotion): every class generated, the date in a box of its
 * own, a "Reply" label and a like counter under the text, a "Share" link
 * after it, and an advertisement of another shape among the answers. */
#define GEN(name, when, text)                                                                      \
	"<li class=\"css-7styu7\"><div class=\"css-1y6aorq\"><div class=\"css-1unptpx\"><a "       \
	"href=\"/author/" name "\"><img alt=\"icon\" src=\"a.png\"></a></div><div><div "           \
	"class=\"css-uwnoo8\"><a href=\"/author/" name "\" class=\"css-1ooporc\">" name            \
	"</a><div class=\"css-13tcnbw\"><span>" when "</span></div></div><div "                    \
	"class=\"css-10lnejh\"><p>" text "</p><p>Signed, " name ".</p><div><span>Reply</span> "    \
	"<span>12</span></div></div></div></div><div class=\"css-s0rduo\"><a "                     \
	"class=\"css-ad64wq\">Share</a></div></li>"
#define AD                                                                                         \
	"<li class=\"css-7styu7\"><div class=\"css-ad\"><p class=\"css-q\">Shop Name</p><p>Buy "   \
	"our things, now cheaper than ever before.</p><div><span>00:26</span></div></div></li>"

static void test_generated_classes(void **state)
{
	(void)state;
	struct tt_import_report r;
	const char *page = ARTICLE "<hr><ul class=\"css-mr0b6g\">" GEN(
	    "Source Audio", "May 19 2024 | 3:26 pm", "did you not forget the paths?")
	    AD GEN("Minh Lee", "May 19 2024 | 3:33 pm", "It was in the downloads folder.")
	        GEN("Source Audio", "May 19 2024 | 4:05 pm",
	            "Only with the package manager.") "</ul>"
	                                              "</body></html>";
	tt_thread *t = import_page(page, &r);
	assert_int_equal(t->ncomments, 3);
	assert_comment(t->order[0], "Source Audio", "May 19 2024 | 3:26 pm", 0,
	               "did you not forget the paths?");
	assert_int_equal(t->order[0]->body.n, 2); /* no "Reply", no counter, no "Share" */
	assert_string_equal(t->order[0]->body.v[1], "Signed, Source Audio.");
	assert_comment(t->order[1], "Minh Lee", "May 19 2024 | 3:33 pm", 0,
	               "It was in the downloads folder.");
	assert_comment(t->order[2], "Source Audio", "May 19 2024 | 4:05 pm", 0,
	               "Only with the package manager.");
	assert_non_null(t->order[0]->time); /* read by the importer's date readers */
	assert_string_equal(r.layout, "repeated blocks");
	tt_thread_free(t);
}

/* No class at all; the text loose in the block after a line break. */
static void test_no_class(void **state)
{
	(void)state;
	struct tt_import_report r;
#define BARE(name, when, text) "<div><b>" name "</b> <span>" when "</span><br>" text "</div>"
	const char *page = ARTICLE "<div>" BARE("Anna", "3 days ago", "I crossed it last year.")
	    BARE("Bert", "2 days ago", "So did I, in winter.") "</div></body></html>";
	tt_thread *t = import_page(page, &r);
	assert_int_equal(t->ncomments, 2);
	assert_comment(t->order[0], "Anna", "3 days ago", 0, "I crossed it last year.");
	assert_comment(t->order[1], "Bert", "2 days ago", 0, "So did I, in winter.");
	tt_thread_free(t);
}

/* Replies: blocks of the same template in a box inside their parent's
 * block, to depth 2; the block's own inner boxes are not replies. */
static void test_nested_replies(void **state)
{
	(void)state;
	struct tt_import_report r;
#define NEST(name, when, text, replies)                                                            \
	"<div class=\"x1\"><div class=\"x2\"><div class=\"x3\"><a href=\"/u/" name "\">" name      \
	"</a> <span>" when "</span></div><div class=\"x4\"><p>" text "</p></div></div><div "       \
	"class=\"x5\">" replies "</div></div>"
	const char *page = ARTICLE
	    "<section>" NEST("anna", "2021-05-03 10:15", "The first comment.",
	                     NEST("bert", "2021-05-03 11:00", "A reply to Anna.",
	                          NEST("anna", "2021-05-03 12:00", "A reply to Bert.", ""))
	                         NEST("carl", "2021-05-03 13:00", "Another reply to Anna.", ""))
	        NEST("dora", "2021-05-04 09:00", "A second thread.", "") "</section></body></html>";
	tt_thread *t = import_page(page, &r);
	assert_int_equal(t->ncomments, 5);
	assert_comment(t->order[0], "anna", "2021-05-03 10:15", 0, "The first comment.");
	assert_comment(t->order[1], "bert", "2021-05-03 11:00", 1, "A reply to Anna.");
	assert_comment(t->order[2], "anna", "2021-05-03 12:00", 2, "A reply to Bert.");
	assert_comment(t->order[3], "carl", "2021-05-03 13:00", 1, "Another reply to Anna.");
	assert_comment(t->order[4], "dora", "2021-05-04 09:00", 0, "A second thread.");
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_ptr_equal(t->order[3]->parent, t->order[0]);
	assert_int_equal(t->order[0]->body.n, 1); /* the replies' words are theirs */
	tt_thread_free(t);
}

/* Shortened ages ("4 д") and Chinese dates ("5月19日"), kept as written;
 * the place shown beside the time ("浙江网友") is no part of the text. */
static void test_short_times(void **state)
{
	(void)state;
	struct tt_import_report r;
#define RU(name, text)                                                                             \
	"<div class=\"c__b-34\"><div class=\"c__h-2M\"><a href=\"/id/1\"><span>" name              \
	"</span></a><div><span>4\xC2\xA0\xD0\xB4</span></div></div><div class=\"c__t-Il\">" text   \
	"</div></div>"
	const char *ru = ARTICLE "<div>" RU("\xD0\x9C\xD0\xB8\xD0\xBB\xD0\xB0", "Откуда это?")
	    RU("Борис Б.", "Очень печально...") "</div></body></html>";
	tt_thread *t = import_page(ru, &r);
	assert_int_equal(t->ncomments, 2);
	assert_comment(t->order[0], "Мила", "4 д", 0, "Откуда это?");
	assert_comment(t->order[1], "Борис Б.", "4 д", 0, "Очень печально...");
	assert_null(t->order[0]->time); /* no date to count back from */
	tt_thread_free(t);
#define ZH(name, text, place)                                                                      \
	"<div class=\"item\"><div class=\"top\"><span>" name "</span><div>3</div></div>"           \
	"<div class=\"content\"><span>" text "</span></div><div class=\"bottom\"><div "            \
	"class=\"tl\"><div>" place "</div><div></div>5月19日</div><span>回复</span></div></div>"
	const char *zh = ARTICLE "<div>" ZH("人生有点甜", "支持平台做法。", "吉林网友")
	    ZH("午夜阳光", "故意的", "浙江网友") "</div></body></html>";
	t = import_page(zh, &r);
	assert_int_equal(t->ncomments, 2);
	assert_comment(t->order[0], "人生有点甜", "5月19日", 0, "支持平台做法。");
	assert_comment(t->order[1], "午夜阳光", "5月19日", 0, "故意的");
	tt_thread_free(t);
}

/* Repeated blocks that are no comments: the page keeps its article and
 * finds none. */
static void assert_no_comments(const char *page)
{
	struct tt_import_report r;
	tt_thread *t = import_page(page, &r);
	assert_int_equal(t->ncomments, 0);
	assert_string_equal(r.layout, "no comments found");
	assert_true(t->article.body.n >= 1);
	tt_thread_free(t);
}

static void test_not_comments(void **state)
{
	(void)state;
	/* a navigation list and a footer: links, no times */
	assert_no_comments(ARTICLE "<nav><ul><li><a href=\"/\">Home</a></li><li><a "
	                           "href=\"/news\">News</a></li><li><a href=\"/about\">About "
	                           "us</a></li></ul></nav><footer><div><a href=\"/a\">Imprint</a> "
	                           "<span>Legal notes</span></div><div><a href=\"/b\">Privacy</a> "
	                           "<span>Your data</span></div></footer></body></html>");
	/* related articles with dates: titles in headings, or long links */
	assert_no_comments(
	    ARTICLE "<ul><li><div><h3><a href=\"/a1\">Bridges</a></h3><span>May 3, 2021</span>"
	            "<p>A teaser of the first related article.</p></div></li><li><div><h3><a "
	            "href=\"/a2\">Ferries</a></h3><span>May 4, 2021</span><p>A teaser of the "
	            "second related article.</p></div></li></ul><ol><li><div><a href=\"/b1\">The "
	            "longest bridges over the river Elbe</a> <span>2021-05-03</span></div></li>"
	            "<li><div><a href=\"/b2\">How the ferries crossed the river in 1900</a> "
	            "<span>2021-05-04</span></div></li></ol></body></html>");
	/* a product grid: a name, a price, a description, no time */
	assert_no_comments(ARTICLE
	                   "<div class=\"grid\"><div class=\"c-1x\"><img src=\"a.png\"><a "
	                   "href=\"/p/1\">Blue Mug</a><span>$19.99</span><p>A mug for tea, "
	                   "blue.</p></div><div class=\"c-1x\"><img src=\"b.png\"><a "
	                   "href=\"/p/2\">Red Mug</a><span>$21.50</span><p>A mug for coffee, "
	                   "red.</p></div><div class=\"c-1x\"><img src=\"c.png\"><a "
	                   "href=\"/p/3\">Green Mug</a><span>$18</span><p>A mug for "
	                   "water.</p></div></div></body></html>");
	/* one text repeated under every block: a list of one thing */
	assert_no_comments(ARTICLE "<div><div><a href=\"/u/a\">Anna</a> <span>3 days ago</span> "
	                           "<p>Liked this post.</p></div><div><a href=\"/u/b\">Bert</a> "
	                           "<span>2 days ago</span> <p>Liked this post.</p></div></div>"
	                           "</body></html>");
}

/* Comments some other rule found are left as they are: the fallback runs
 * only when nothing else did. */
static void test_known_markup_first(void **state)
{
	(void)state;
	struct tt_import_report r;
	const char *page =
	    ARTICLE "<ol class=\"commentlist\"><li class=\"comment depth-1\" id=\"comment-1\"><div "
	            "class=\"comment-author\"><cite class=\"fn\">Anna</cite></div><div "
	            "class=\"comment-meta\"><a href=\"#c1\">May 3, 2021 at 10:15 am</a></div><p>A "
	            "WordPress comment.</p></li></ol></body></html>";
	tt_thread *t = import_page(page, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(r.layout, "WordPress comments");
	tt_thread_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_generated_classes), cmocka_unit_test(test_no_class),
	    cmocka_unit_test(test_nested_replies),    cmocka_unit_test(test_short_times),
	    cmocka_unit_test(test_not_comments),      cmocka_unit_test(test_known_markup_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
