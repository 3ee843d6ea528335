/* test_import_html: saved web pages (real ones and small ones written here) into threads. */
#include "tt_test.h"

#include <ctype.h>
#include <dirent.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/hash.h>
#include <libxml/SAX2.h>

#include "threadtag/dates.h"
#include "threadtag/fsutil.h"
#include "threadtag/html_dom.h"
#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* ---- the lean tree -------------------------------------------------------- */

/* The next node of a preorder walk of libxml2's tree, and of the lean one. */
static xmlNode *xml_next(xmlNode *n)
{
	if (n->type == XML_ELEMENT_NODE && n->children)
		return n->children;
	while (n && !n->next)
		n = n->parent;
	return n ? n->next : NULL;
}

static tt_hnode *lean_next(tt_hnode *n)
{
	if (n->children)
		return n->children;
	while (n && !n->next)
		n = n->parent;
	return n ? n->next : NULL;
}

static int lean_type(int xml_type)
{
	return xml_type == XML_ELEMENT_NODE         ? TT_HNODE_ELEMENT
	       : xml_type == XML_TEXT_NODE          ? TT_HNODE_TEXT
	       : xml_type == XML_CDATA_SECTION_NODE ? TT_HNODE_CDATA
	       : xml_type == XML_COMMENT_NODE       ? TT_HNODE_COMMENT
	       : xml_type == XML_PI_NODE            ? TT_HNODE_PI
	                                            : -1;
}

/* libxml2's text as the lean tree keeps it: C1 controls as Windows-1252's
 * characters (tt_html_c1_as_cp1252; test_numeric_c1_references). */
static void assert_same_text(const char *lean, const char *xml)
{
	tt_buf m = {0};
	assert_string_equal(lean, tt_html_c1_as_cp1252(xml, strlen(xml), &m) ? m.data : xml);
	tt_buf_free(&m);
}

/* The two trees node for node: kinds, tags, kept attributes, text, lines. */
static void same_trees(xmlDoc *d, tt_hdoc *lean, const char *name)
{
	xmlNode *a = d->children;
	tt_hnode *b = tt_html_doc_node(lean)->children;
	size_t nodes = 0;
	for (; a; a = xml_next(a), b = b ? lean_next(b) : NULL) {
		while (a && a->type == XML_DTD_NODE) /* the doctype is not kept */
			a = a->next;
		if (!a)
			break;
		if (!b)
			fail_msg("%s: the lean tree ends early, at line %ld", name,
			         xmlGetLineNo(a));
		nodes++;
		assert_int_equal(b->type, lean_type(a->type));
		if ((long)tt_html_line(b) != xmlGetLineNo(a))
			fail_msg("%s: node %zu on line %u, libxml2 says %ld", name, nodes,
			         tt_html_line(b), xmlGetLineNo(a));
		if (a->type == XML_TEXT_NODE || a->type == XML_CDATA_SECTION_NODE)
			assert_same_text(b->content, (const char *)a->content);
		if (a->type != XML_ELEMENT_NODE)
			continue;
		assert_string_equal(b->name, (const char *)a->name);
		unsigned kept = 0;
		for (xmlAttr *at = a->properties; at; at = at->next) {
			if (!tt_html_kept_attr((const char *)at->name))
				continue;
			const char *v = at->children && at->children->content
			                    ? (const char *)at->children->content
			                    : "";
			const char *w = tt_html_attr(b, (const char *)at->name);
			assert_non_null(w);
			assert_same_text(w, v);
			kept++;
		}
		assert_int_equal(b->nattrs, kept);
	}
	assert_null(b);
	assert_true(nodes > 100);
}

/* The tree built from libxml2's SAX events is the tree libxml2 builds
 * itself (less the attributes the importer never reads), on every real
 * page: so the importer reads every page as it did on libxml2's tree. The
 * tree also stays well under its budget on real pages. */
/* libxml2's own tree of a page, an </li> the HTML standard ignores ignored
 * (tt_html_stray_li, as the lean tree does; test_lean_tree_stray_li checks
 * the rule against the standard). The lean tree's one other departure, an
 * <li> closing an earlier one left open with a box unclosed in it
 * (test_lean_tree_li_closes_li), occurs on none of the pages compared. */
static void stray_li_end(void *ctx, const xmlChar *name)
{
	if (!tt_html_stray_li(ctx, ((htmlParserCtxtPtr)ctx)->_private))
		xmlSAX2EndElement(ctx, name);
}

static xmlDoc *libxml2_tree(const char *buf, size_t len, int opts)
{
	htmlParserCtxtPtr c = htmlNewParserCtxt();
	assert_non_null(c);
	tt_hstray stray = {0};
	c->_private = &stray;
	c->sax->endElement = stray_li_end;
	xmlDoc *d = htmlCtxtReadMemory(c, buf, (int)len, NULL, "UTF-8", opts);
	htmlFreeParserCtxt(c);
	return d;
}

static void test_lean_tree_is_libxml2s(void **state)
{
	(void)state;
	const char *dirs[] = {
	    "tests/data/html",         "tests/data/html/heldout", "tests/data/html/round5",
	    "tests/data/html/round6",  "tests/data/html/round7",  "tests/data/html/round8",
	    "tests/data/html/round9",  "tests/data/html/round10", "tests/data/html/round11",
	    "tests/data/html/round13", "tests/data/html/round14", "tests/data/html/round15",
	    "tests/data/html/round16", "tests/data/html/round17", "tests/data/html/round18",
	    "tests/data/html/round19", "tests/data/html/round20", "tests/data/html/round21",
	    "tests/data/html/round22", "tests/data/html/round23", "tests/data/html/round24",
	    "tests/data/html/round25", "tests/data/html/round26", "tests/data/html/round27",
	    "tests/data/html/round28", "tests/data/html/round29", "tests/data/html/round30",
	    "tests/data/html/round31", "tests/data/html/round32", "tests/data/html/round33",
	    "tests/data/html/round34", "tests/data/html/round35", "tests/data/html/round36",
	    "tests/data/html/round37", "tests/data/html/round38", "tests/data/html/round39",
	    "tests/data/html/round40", "tests/data/html/round41", "tests/data/html/round42",
	    "tests/data/html/round43", "tests/data/html/round44", "tests/data/html/round45"};
	size_t pages = 0;
	for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++) {
		char *dir = tt_test_src(dirs[k]);
		DIR *dd = opendir(dir);
		assert_non_null(dd);
		struct dirent *de;
		while ((de = readdir(dd))) {
			size_t l = strlen(de->d_name);
			if (l < 6 || strcmp(de->d_name + l - 5, ".html") != 0)
				continue;
			char *path = tt_xasprintf("%s/%s", dir, de->d_name);
			size_t len;
			char *buf = tt_read_file(path, &len);
			assert_non_null(buf);
			/* The importer always names the encoding (UTF-8 once decoded). */
			int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
			           HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT |
			           XML_PARSE_BIG_LINES;
			xmlDoc *d = libxml2_tree(buf, len, opts);
			int dense;
			tt_hdoc *lean = tt_html_parse(buf, len, "UTF-8", &dense);
			assert_non_null(d);
			assert_non_null(lean);
			assert_false(dense);
			same_trees(d, lean, de->d_name);
			assert_true(tt_html_tree_bytes(lean) <= 4 * len + ((size_t)1 << 20));
			xmlFreeDoc(d);
			tt_html_free(lean);
			free(buf);
			free(path);
			pages++;
		}
		closedir(dd);
		free(dir);
	}
	assert_true(pages >= 30);
	/* libxml2 stops at 256 open elements; so does the lean tree. */
	tt_buf b = {0};
	tt_buf_adds(&b, "<html><body>");
	for (int i = 0; i < 400; i++)
		tt_buf_printf(&b, "<div class=\"d\">%d ", i);
	tt_buf_adds(&b, "</body></html>");
	xmlDoc *d = htmlReadMemory(b.data, (int)b.len, NULL, "UTF-8",
	                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	                               HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT |
	                               XML_PARSE_BIG_LINES);
	int dense;
	tt_hdoc *lean = tt_html_parse(b.data, b.len, "UTF-8", &dense);
	assert_non_null(d);
	assert_non_null(lean);
	same_trees(d, lean, "deep");
	xmlFreeDoc(d);
	tt_html_free(lean);
	tt_buf_free(&b);
}

/* Every attribute the importer asks for is one the tree keeps: a name
 * missing from the parser's list would read as absent on every page. The
 * files are globbed (src/import_html*.c, src/html_*.c): a new family file
 * is read without being named here. */
static void test_read_attributes_are_kept(void **state)
{
	(void)state;
	char *family = tt_test_src("src/import_html*.c"), *html = tt_test_src("src/html_*.c");
	glob_t files;
	assert_int_equal(glob(family, 0, NULL, &files), 0);
	assert_int_equal(glob(html, GLOB_APPEND, NULL, &files), 0);
	/* the importer, its seven family files, html_dom.c, html_repeat.c... */
	assert_true(files.gl_pathc >= 10);
	const char *calls[] = {"tt_html_attr(", "tt_html_has_token("};
	size_t checked = 0;
	for (size_t f = 0; f < files.gl_pathc; f++) {
		const char *path = files.gl_pathv[f];
		char *text = tt_test_slurp(path);
		assert_non_null(text);
		for (size_t k = 0; k < 2; k++)
			for (char *p = strstr(text, calls[k]); p; p = strstr(p + 1, calls[k])) {
				/* The literal after the first comma of the call, if any. */
				char *comma = strchr(p, ','), *close = strchr(p, ')');
				if (!comma || !close || comma > close)
					continue;
				char *q = comma + 1;
				while (*q == ' ' || *q == '\n' || *q == '\t')
					q++;
				if (*q != '"')
					continue;
				char *end = strchr(q + 1, '"');
				assert_non_null(end);
				char *name = tt_xstrndup(q + 1, (size_t)(end - q - 1));
				if (!tt_html_kept_attr(name))
					fail_msg("%s reads attribute \"%s\", which the tree drops",
					         path, name);
				free(name);
				checked++;
			}
		free(text);
	}
	globfree(&files);
	free(family);
	free(html);
	assert_true(checked >= 40);
	assert_false(tt_html_kept_attr("srcset"));
}

/* Markup denser than any page (a tag every four bytes) would cost the tree
 * more than its share of ten times the input: refused, never read past it. */
static void test_dense_markup(void **state)
{
	(void)state;
	tt_buf b = {0};
	tt_buf_adds(&b,
	            "<html><body><p>A page of nothing but line breaks, one after another.</p>");
	size_t head = b.len;
	for (int i = 0; i < 1000000; i++)
		tt_buf_adds(&b, "<br>");
	tt_buf_adds(&b, "</body></html>");
	int dense;
	tt_hdoc *lean = tt_html_parse(b.data, b.len, "UTF-8", &dense);
	assert_null(lean);
	assert_true(dense);
	struct tt_import_opts o = {.kind = TT_IMPORT_HTML};
	tt_error err;
	assert_null(tt_import_mem("dense.html", b.data, b.len, &o, &err));
	assert_non_null(strstr(err.msg, "too dense"));
	/* Ten thousand of them are within the budget, whose fixed part leaves
	 * room for small pages however dense. */
	b.len = head + 4 * 10000;
	b.data[b.len] = '\0';
	lean = tt_html_parse(b.data, b.len, "UTF-8", &dense);
	assert_non_null(lean);
	assert_false(dense);
	assert_true(tt_html_tree_bytes(lean) <= TT_HTML_TREE_MAX(b.len));
	tt_html_free(lean);
	tt_buf_free(&b);
}

/* ---- pages written for these tests ------------------------------------ */

static tt_thread *html(const char *page, struct tt_import_report *r)
{
	struct tt_import_opts o = {.kind = TT_IMPORT_AUTO, .report = r};
	tt_error err;
	tt_thread *t = tt_import_mem("page.html", page, strlen(page), &o, &err);
	if (!t)
		fail_msg("%s: %s", err.file, err.msg);
	return t;
}

#define WP_HEAD                                                                                    \
	"<!DOCTYPE html><html><head><meta charset=\"utf-8\">"                                      \
	"<title>Bridges over the Elbe | River Notes</title>"                                       \
	"<meta property=\"og:site_name\" content=\"River Notes\">"                                 \
	"<meta property=\"article:published_time\" content=\"2021-05-02T08:00:00+00:00\">"         \
	"<link rel=\"canonical\" href=\"https://example.org/bridges\"></head><body>"               \
	"<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/about\">About</a></li></ul></nav>" \
	"<article class=\"post hentry\"><h1 class=\"entry-title\">Bridges over the Elbe</h1>"      \
	"<div class=\"entry-content\"><p>The old bridge, built of sandstone, carried carts, "      \
	"walkers and, later, trams for two hundred years.</p>"                                     \
	"<p>The new one, a steel arch, opened in 1930, after a long quarrel about its cost.</p>"   \
	"<div class=\"sharedaddy share-buttons\"><a href=\"https://x.example/s\">Share</a></div>"  \
	"</div></article><aside class=\"sidebar\"><p>Subscribe to our newsletter for weekly "      \
	"notes about rivers, bridges and the people who cross them.</p></aside>"

static const char wp_page[] = WP_HEAD
    "<div id=\"comments\"><h2 class=\"comments-title\">3 thoughts on \"Bridges\"</h2>"
    "<ol class=\"comment-list\">"
    "<li id=\"comment-1\" class=\"comment depth-1\"><article class=\"comment-body\">"
    "<footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">Anna "
    "K\xC3\xB6hler</b> <span class=\"says\">says:</span></div><div class=\"comment-metadata\">"
    "<time datetime=\"2021-05-03T10:15:00+00:00\">May 3, 2021 at 10:15 am</time></div></footer>"
    "<div class=\"comment-content\"><p>See <a href=\"https://example.org/a/very/long/path\">"
    "https://example.org/a/very...</a> and <a href=\"https://example.com/map\">this map</a>.</p>"
    "<blockquote><p>carried carts</p></blockquote><p>Horses too &mdash; and&nbsp;cows.</p></div>"
    "<div class=\"reply\"><a class=\"comment-reply-link\">Reply</a></div></article>"
    "<ol class=\"children\"><li id=\"comment-2\" class=\"comment depth-2\"><article "
    "class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author\"><b "
    "class=\"fn\">Ben</b></div><div class=\"comment-metadata\"><time>3 years ago</time></div>"
    "</footer><div class=\"comment-content\"><p>[deleted]</p></div></article>"
    "<ol class=\"children\"><li id=\"comment-3\" class=\"comment depth-3\"><article "
    "class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author\"><b "
    "class=\"fn\">Cleo</b></div></footer><div class=\"comment-content\"><p>Still here.</p>"
    "</div></article></li></ol></li></ol></li></ol>"
    "<div id=\"respond\" class=\"comment-respond\"><form><textarea></textarea></form></div>"
    "</div></body></html>";

/* A WordPress page: article fields, body without furniture, nesting, links,
 * quotes, a deleted comment kept as a placeholder, a relative time. */
static void test_wordpress_page(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	tt_thread *t = html(wp_page, &r);
	assert_string_equal(r.format, "html");
	assert_string_equal(r.layout, "WordPress comments");
	assert_int_equal(r.stated, 3);
	const tt_article *a = &t->article;
	assert_string_equal(a->title, "Bridges over the Elbe");
	assert_string_equal(a->site, "River Notes");
	assert_string_equal(a->url, "https://example.org/bridges");
	assert_string_equal(a->time, "2021-05-02T08:00:00+00:00");
	assert_int_equal(a->body.n, 2);
	assert_true(strstr(a->body.v[0], "The old bridge") == a->body.v[0]);
	assert_true(strstr(a->body.v[1], "steel arch") != NULL);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->max_depth, 2);
	const tt_comment *c = t->order[0];
	assert_string_equal(c->author, "Anna K\xC3\xB6hler");
	assert_string_equal(c->posted, "May 3, 2021 at 10:15 am");
	assert_string_equal(c->time, "2021-05-03T10:15");
	assert_int_equal(c->body.n, 3);
	/* A shortened link is its address; a named one keeps the address after it. */
	assert_string_equal(c->body.v[0], "See https://example.org/a/very/long/path and this map "
	                                  "(https://example.com/map).");
	assert_string_equal(c->body.v[1], "> carried carts");
	assert_string_equal(c->body.v[2], "Horses too \xE2\x80\x94 and cows.");
	const tt_comment *del = t->order[1];
	assert_true(del->flags & TT_C_DELETED);
	assert_ptr_equal(del->parent, c);
	assert_string_equal(del->posted, "3 years ago");
	assert_null(del->time); /* relative, and the page gives no date to count from */
	assert_ptr_equal(t->order[2]->parent, del);
	assert_string_equal(t->order[2]->body.v[0], "Still here.");
	/* --explain saw the article, the comments and the furniture. */
	int art = 0, head = 0, furn = 0;
	for (size_t i = 0; i < r.nblocks; i++) {
		art += strstr(r.blocks[i], ": article: The old bridge") != NULL;
		head += strstr(r.blocks[i], ": comment header: Cleo") != NULL;
		furn += strstr(r.blocks[i], ": furniture: Subscribe") != NULL;
	}
	assert_int_equal(art, 1);
	assert_int_equal(head, 1);
	assert_int_equal(furn, 1);
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* The count the page states is compared; text outside article and comments
 * is reported with its line. */
static void test_report_warnings(void **state)
{
	(void)state;
	static const char page[] =
	    "<html><head><title>Counting</title></head><body>\n"
	    "<article><p>One paragraph of the article, long enough to be the article's text, "
	    "with a comma, and another.</p></article>\n"
	    "<div class=\"promo-box\"><p>Ignored furniture that is long enough to be a paragraph "
	    "of "
	    "its own, but marked as a promotion box.</p></div>\n"
	    "<section><div class=\"x\"><div class=\"y\"><p>A stray paragraph, away from the "
	    "article, "
	    "that nobody marked and that is long enough to count as dropped text.</p></div></div>"
	    "</section>\n"
	    "<h2>5 Comments</h2><ol><li class=\"comment\"><cite class=\"fn\">Dee</cite><div "
	    "class=\"comment-content\"><p>Only one.</p></div></li></ol></body></html>\n";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(r.stated, 5);
	assert_int_equal(r.nwarn, 1);
	assert_string_equal(
	    r.warn[0], "line 4: dropped text (neither article nor comment): A stray paragraph, "
	               "away from the article, that nobody marked...");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* HTML is told by its content, whatever the name; other text and JSON are not. */
static void test_detect(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		enum tt_import_kind kind;
	} cases[] = {
	    {"<!DOCTYPE html><html><body></body></html>", TT_IMPORT_HTML},
	    {"\xEF\xBB\xBF\n  <html lang=\"de\">", TT_IMPORT_HTML},
	    {"<!-- saved from url=(0014)about:internet -->\n<html>", TT_IMPORT_HTML},
	    {"<meta charset=\"utf-8\"><p>x</p>", TT_IMPORT_HTML},
	    {"<script>var a = 1;</script>\n<html><body>", TT_IMPORT_HTML},
	    {"<script>var a = 1;</script> and then plain words", TT_IMPORT_TEXT},
	    {"<Anna> wrote this at noon\n\nA paragraph.", TT_IMPORT_TEXT},
	    {"Title\n\n<html> is a tag", TT_IMPORT_TEXT},
	    /* A fragment (MediaWiki's action=render): a block element, closed,
	     * amid much closed markup. */
	    {"<div class=\"mw-parser-output\"><h2>T</h2><p>a</p><p>b</p><p>c</p><dl><dd>d</dd></dl>"
	     "<ul><li>e</li></ul></div>",
	     TT_IMPORT_HTML},
	    {"<div> is the tag this note is about\n\nIt wraps a block.", TT_IMPORT_TEXT},
	    {"<p>one</p> <p>two</p> and a text that goes on", TT_IMPORT_TEXT},
	    {"<divider> a word\n</a></b></c></d></e></f></g></h></divider>", TT_IMPORT_TEXT},
	    {"{\"id\": 1, \"children\": []}", TT_IMPORT_HN},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		assert_int_equal(tt_import_detect(cases[i].text, strlen(cases[i].text)),
		                 cases[i].kind);
	assert_int_equal(tt_import_kind_parse("html"), TT_IMPORT_HTML);
	assert_string_equal(tt_import_kind_name(TT_IMPORT_HTML), "html");
}

/* Binary input is refused by every importer, with what was seen. */
static void test_binary_refused(void **state)
{
	(void)state;
	static const char bin[] = "\x7f"
	                          "ELF\x02\x01\x01\0\0\0<html><p>text</p></html>";
	for (int k = TT_IMPORT_AUTO; k <= TT_IMPORT_HTML; k++) {
		struct tt_import_opts o = {.kind = (enum tt_import_kind)k};
		tt_error err;
		assert_null(tt_import_mem("ls", bin, sizeof bin - 1, &o, &err));
		assert_non_null(strstr(err.msg, "binary input (an ELF executable)"));
	}
	/* Nothing that looks like an article or a comment: refused, not empty. */
	static const char bare[] = "<html><head><title>x</title></head><body></body></html>";
	struct tt_import_opts o = {.kind = TT_IMPORT_HTML};
	tt_error err;
	assert_null(tt_import_mem("bare.html", bare, sizeof bare - 1, &o, &err));
	assert_non_null(strstr(err.msg, "no text"));
}

/* The declared charset, a BOM, UTF-16, entities: all end as UTF-8. */
static void test_encodings(void **state)
{
	(void)state;
	static const char latin[] = "<html><head><meta http-equiv=\"Content-Type\" "
	                            "content=\"text/html; charset=iso-8859-1\"><title>Gr\xFC\xDF"
	                            "e</title></head><body><article><p>Caf\xE9, cr\xE8me &amp; "
	                            "&#x2014; &#8364;5, \x93quoted\x94 and long enough.</p>"
	                            "</article></body></html>";
	tt_thread *t = html(latin, NULL);
	assert_string_equal(t->article.title, "Gr\xC3\xBC\xC3\x9F"
	                                      "e");
	assert_string_equal(t->article.body.v[0],
	                    "Caf\xC3\xA9, cr\xC3\xA8me & \xE2\x80\x94 \xE2\x82\xAC"
	                    "5, \xE2\x80\x9Cquoted\xE2\x80\x9D and long enough.");
	tt_thread_free(t);
	/* A page saved as UTF-8 that still declares windows-1251 ("Привет" in
	 * UTF-8 bytes): valid UTF-8 with multi-byte letters is read as UTF-8,
	 * as browsers' saved copies are; the same words in windows-1251 bytes
	 * still follow the declaration. */
	static const char saved[] = "<html><head><meta charset=\"windows-1251\"><title>\xD0\x9F"
	                            "\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</title></head><body>"
	                            "<article><p>Hello there, all of you, hello.</p></article></body>"
	                            "</html>";
	t = html(saved, NULL);
	assert_string_equal(t->article.title, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
	tt_thread_free(t);
	static const char cp1251[] = "<html><head><meta charset=\"windows-1251\"><title>\xCF\xF0"
	                             "\xE8\xE2\xE5\xF2</title></head><body><article><p>Hello there, "
	                             "all of you, hello.</p></article></body></html>";
	t = html(cp1251, NULL);
	assert_string_equal(t->article.title, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
	tt_thread_free(t);
	/* UTF-16LE with a BOM: "<html><title>Ω</title><p>Hi there, all of you.</p>". */
	const char *ascii = "<html><title>@</title><p>Hi there, all of you, hello.</p></html>";
	size_t n = strlen(ascii);
	char *u16 = tt_xmalloc(2 * n + 2);
	u16[0] = (char)0xFF, u16[1] = (char)0xFE;
	for (size_t i = 0; i < n; i++) {
		u16[2 + 2 * i] = ascii[i] == '@' ? (char)0xA9 : ascii[i];
		u16[3 + 2 * i] = ascii[i] == '@' ? 0x03 : 0;
	}
	struct tt_import_opts o = {.kind = TT_IMPORT_AUTO};
	tt_error err;
	t = tt_import_mem("u16.html", u16, 2 * n + 2, &o, &err);
	assert_non_null(t);
	assert_string_equal(t->article.title, "\xCE\xA9");
	assert_string_equal(t->article.body.v[0], "Hi there, all of you, hello.");
	tt_thread_free(t);
	free(u16);
}

/* Ten thousand nested replies and a hundred thousand nested divs: no
 * recursion to overflow, everything kept that the parser keeps. */
static void test_deep_nesting(void **state)
{
	(void)state;
	tt_buf b = {0};
	tt_buf_adds(&b, "<html><head><title>Deep</title></head><body><ol>");
	for (int i = 0; i < 10000; i++)
		tt_buf_printf(
		    &b,
		    "<li class=\"comment\"><cite class=\"fn\">u%d</cite><div "
		    "class=\"comment-content\"><p>reply %d</p></div><ol class=\"children\">",
		    i, i);
	for (int i = 0; i < 100000; i++)
		tt_buf_adds(&b, "<div>");
	tt_buf_adds(&b, "</body></html>");
	struct tt_import_opts o = {.kind = TT_IMPORT_HTML};
	tt_error err;
	tt_thread *t = tt_import_mem("deep.html", b.data, b.len, &o, &err);
	assert_non_null(t);
	assert_true(t->ncomments >= 1);
	/* Each comment is a reply of the one before, as deep as the parser went. */
	for (size_t i = 1; i < t->ncomments; i++)
		assert_int_equal(t->order[i]->depth, i);
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* Old Reddit, a GitHub issue and Discourse's page for crawlers, in pages
 * written here after the markup those sites serve. */
static void test_more_layouts(void **state)
{
	(void)state;
	static const char reddit[] =
	    "<!DOCTYPE html><html><head><title>Ferries at night : boats</title></head><body>"
	    "<div class=\"sitetable nestedlisting\">"
	    "<div class=\" thing id-t1_a1 comment \" data-author=\"alice\"><div class=\"entry\">"
	    "<p class=\"tagline\"><a class=\"author\" href=\"/user/alice\">alice</a> "
	    "<time datetime=\"2015-03-03T10:00:00+00:00\">8 years ago</time></p>"
	    "<form class=\"usertext\"><div class=\"usertext-body\"><div class=\"md\"><p>The last "
	    "ferry leaves at midnight.</p></div></div></form>"
	    "<ul class=\"flat-list buttons\"><li><a>permalink</a></li></ul></div>"
	    "<div class=\"child\"><div class=\"sitetable listing\">"
	    "<div class=\" thing id-t1_a2 comment \" data-author=\"bob\"><div class=\"entry\">"
	    "<p class=\"tagline\"><a class=\"author\">bob</a> <time datetime=\"2015-03-03T11:00:00"
	    "+00:00\">8 years ago</time></p><form class=\"usertext\"><div class=\"usertext-body\">"
	    "<div class=\"md\"><p>[deleted]</p></div></div></form></div></div>"
	    "</div></div></div></div></body></html>";
	tt_thread *t = html(reddit, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "alice");
	assert_string_equal(t->order[0]->posted, "8 years ago");
	assert_string_equal(t->order[0]->time, "2015-03-03T10:00:00+00:00");
	assert_string_equal(t->order[0]->body.v[0], "The last ferry leaves at midnight.");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_true(t->order[1]->flags & TT_C_DELETED);
	tt_thread_free(t);

	static const char github[] =
	    "<!DOCTYPE html><html><head><title>Crash on empty file \xC2\xB7 Issue #7</title></head>"
	    "<body><h1><span class=\"js-issue-title\">Crash on empty file</span></h1>"
	    "<div class=\"timeline-comment\"><h3><strong><a class=\"author\">dana</a></strong> "
	    "commented <relative-time datetime=\"2020-01-02T03:04:05Z\">Jan 2, 2020</relative-time>"
	    "</h3><table><tr><td class=\"comment-body markdown-body\"><p>Opening an empty file "
	    "crashes it.</p></td></tr></table></div>"
	    "<div class=\"timeline-comment\"><h3><strong><a class=\"author\">eli</a></strong> "
	    "commented <relative-time datetime=\"2020-01-03T04:05:06Z\">Jan 3, 2020</relative-time>"
	    "</h3><table><tr><td class=\"comment-body markdown-body\"><p>Fixed in "
	    "1.2.</p></td></tr>"
	    "</table></div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	t = html(github, &r);
	assert_string_equal(r.layout, "GitHub issue");
	assert_string_equal(t->article.author, "dana");
	assert_string_equal(t->article.body.v[0], "Opening an empty file crashes it.");
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "eli");
	assert_string_equal(t->order[0]->time, "2020-01-03");
	assert_string_equal(t->order[0]->body.v[0], "Fixed in 1.2.");
	tt_thread_free(t);
	tt_import_report_free(&r);

	static const char discourse[] =
	    "<!DOCTYPE html><html><head><title>Bike lanes - Town Forum</title></head><body>"
	    "<div id=\"post_1\" itemscope itemtype=\"http://schema.org/DiscussionForumPosting\" "
	    "class=\"topic-body crawler-post\"><span class=\"creator\" itemprop=\"author\">"
	    "<span itemprop=\"name\">fay</span></span><time class=\"post-time\" "
	    "datetime=\"2021-04-05T06:07:08Z\">April 5, 2021, 6:07am</time><div class=\"post\" "
	    "itemprop=\"articleBody\"><p>Should the bridge get a bike lane?</p></div></div>"
	    "<div id=\"post_2\" itemscope itemtype=\"http://schema.org/DiscussionForumPosting\" "
	    "class=\"topic-body crawler-post\"><span class=\"creator\" itemprop=\"author\">"
	    "<span itemprop=\"name\">gus</span></span><time class=\"post-time\" "
	    "datetime=\"2021-04-05T07:00:00Z\">April 5, 2021, 7:00am</time><div class=\"post\" "
	    "itemprop=\"text\"><aside class=\"quote\" data-username=\"fay\"><blockquote><p>a bike "
	    "lane?</p></blockquote></aside><p>Yes.</p></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(discourse, &r);
	assert_string_equal(r.layout, "Discourse topic");
	assert_string_equal(t->article.author, "fay");
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "gus");
	assert_string_equal(t->order[0]->body.v[0], "> a bike lane?");
	assert_string_equal(t->order[0]->body.v[1], "Yes.");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Relative times count back from the date a saving tool wrote on the page:
 * SingleFile's comment or Save Page WE's meta; without one they stay words. */
static void test_relative_times(void **state)
{
	(void)state;
	static const char page[] =
	    "<!--\n Page saved with SingleFile \n url: https://example.org/x \n saved date: Tue "
	    "Mar "
	    "03 2020 10:30:00 GMT+0100 (Central European Standard Time)\n-->"
	    "<html><head><title>Ferries</title></head><body><article><p>The ferry, late again, "
	    "waited at the pier for an hour.</p></article><ol>"
	    "<li class=\"comment\"><cite class=\"fn\">a</cite><time>3 years ago</time><div "
	    "class=\"comment-content\"><p>one</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">b</cite><time>vor 2 Tagen</time><div "
	    "class=\"comment-content\"><p>two</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">c</cite><time>il y a 5 heures</time><div "
	    "class=\"comment-content\"><p>three</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">d</cite><time>hace un mes</time><div "
	    "class=\"comment-content\"><p>four</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">e</cite><time>yesterday</time><div "
	    "class=\"comment-content\"><p>five</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">f</cite><time>an hour ago</time><div "
	    "class=\"comment-content\"><p>six</p></div></li></ol></body></html>";
	static const char *const want[] = {"2017-03-03", "2020-03-01", "2020-03-03T04:30Z",
	                                   "2020-02-03", "2020-03-02", "2020-03-03T08:30Z"};
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_non_null(t->order[i]->time);
		assert_string_equal(t->order[i]->time, want[i]);
	}
	assert_string_equal(t->order[1]->posted, "vor 2 Tagen");
	tt_thread_free(t);
	/* The same page saved by Save Page WE; and without a saving date. */
	const char *body = strstr(page, "<html>") + 6;
	char *we = tt_xasprintf("<html><meta name=\"savepage-date\" content=\"Tue Mar 03 2020 "
	                        "10:30:00 GMT+0100\">%s",
	                        body);
	t = html(we, NULL);
	assert_string_equal(t->order[0]->time, "2017-03-03");
	tt_thread_free(t);
	free(we);
	t = html(strstr(page, "<html>"), NULL);
	assert_null(t->order[0]->time);
	assert_string_equal(t->order[0]->posted, "3 years ago");
	tt_thread_free(t);
}

/* A JSON-LD block that would cost its tree more than its share of the
 * memory cap (bare numbers: a node each) is left out, not parsed. */
static void test_json_ld_too_costly(void **state)
{
	(void)state;
	tt_buf b = {0};
	tt_buf_adds(&b, "<html><head><title>Small | Site</title><script "
	                "type=\"application/ld+json\">{\"headline\": \"Big\", \"x\": [1");
	for (int i = 0; i < 200000; i++)
		tt_buf_adds(&b, ",1");
	tt_buf_adds(&b, "]}</script></head><body><p>x</p></body></html>");
	tt_thread *t = html(b.data, NULL);
	assert_string_equal(t->article.title, "Small");
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* An SMF topic (2.0's markup: a quote named in the box before it; 2.1's: in
 * its <cite>) and new Reddit's shreddit elements, in pages written here
 * after the markup those sites serve (no real saved page of either was
 * found among public test fixtures). */
#define SMF_POST(ID, NAME, ON, TEXT)                                                               \
	"<div class=\"windowbg\"><div class=\"post_wrapper\"><div class=\"poster\"><h4><a "        \
	"href=\"https://forum.example/index.php?action=profile;u=1\">" NAME "</a></h4><ul "        \
	"class=\"reset smalltext\"><li class=\"postcount\">Posts: 412</li></ul></div><div "        \
	"class=\"postarea\"><div class=\"flow_hidden\"><div class=\"keyinfo\"><h5 "                \
	"id=\"subject_" ID "\"><a href=\"#msg" ID "\">Re: Night trains</a></h5><div "              \
	"class=\"smalltext\">&#171; <strong>" ON "</strong> &#187;</div></div><ul "                \
	"class=\"reset smalltext quickbuttons\"><li><a href=\"#\">Quote</a></li></ul></div>"       \
	"<div class=\"post\"><div class=\"inner\" id=\"msg_" ID "\">" TEXT "</div></div></div>"    \
	"<div class=\"moderatorbar\"><div class=\"signature\">my "                                 \
	"signature</div></div></div></div>"

static void test_smf_and_new_reddit(void **state)
{
	(void)state;
	static const char smf[] =
	    "<html><head><title>Night trains</title></head><body><div id=\"forumposts\">" SMF_POST(
	        "1", "flOrO", "on:</strong> October 25, 2013, 12:12:00 pm<strong>",
	        "The sleeper to Vienna runs again from December.<br />Tickets from June.")
	        SMF_POST("2", "Dens", "Reply #1 on:</strong> October 25, 2013, 02:50:27 pm<strong>",
	                 "Good news for everyone.")
	            SMF_POST("3", "Borja",
	                     "Reply #2 on:</strong> October 26, 2013, 08:43:50 am<strong>",
	                     "<div class=\"quoteheader\"><div class=\"topslice_quote\"><a "
	                     "href=\"#msg1\">Quote from: flOrO on October 25, 2013, 12:12:00 "
	                     "pm</a></div></div><blockquote class=\"bbc_standard_quote\">runs "
	                     "again</blockquote><div class=\"quotefooter\"></div>Only on "
	                     "Fridays.")
	                SMF_POST(
	                    "4", "Quas4R",
	                    "Reply #3 on:</strong> October 26, 2013, 09:00:00 am<strong>",
	                    "<blockquote class=\"bbc_standard_quote\"><cite><a "
	                    "href=\"#msg2\">Quote from: Dens on October 25, 2013, 02:50:27 "
	                    "pm</a></cite>Good news</blockquote>Indeed.") "</div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(smf, &r);
	assert_string_equal(r.layout, "SMF forum thread");
	assert_string_equal(t->article.author, "flOrO");
	assert_string_equal(t->article.body.v[0],
	                    "The sleeper to Vienna runs again from December.\nTickets from June.");
	assert_int_equal(t->ncomments, 3);
	/* Quas4R quotes Dens: a reply to that post. Borja quotes the opening
	 * post, which is the article: a top-level answer. */
	static const char *const who[] = {"Dens", "Quas4R", "Borja"};
	static const unsigned depth[] = {0, 1, 0};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_string_equal(t->order[0]->posted, "October 25, 2013, 02:50:27 pm");
	assert_string_equal(t->order[0]->time, "2013-10-25T14:50:27");
	assert_string_equal(t->order[2]->body.v[0],
	                    "> Quote from: flOrO on October 25, 2013, 12:12:00 pm");
	assert_string_equal(t->order[2]->body.v[1], "> runs again");
	assert_string_equal(t->order[2]->body.v[2], "Only on Fridays.");
	/* The quotation's <cite> is a line of its own, as the forum shows it. */
	assert_string_equal(t->order[1]->body.v[1], "> Good news");
	assert_string_equal(t->order[1]->body.v[2], "Indeed.");
	tt_thread_free(t);
	tt_import_report_free(&r);

	static const char reddit[] =
	    "<html><head><title>r/trains</title></head><body><shreddit-post author=\"ida_b\" "
	    "post-title=\"Night trains are back\" "
	    "created-timestamp=\"2024-01-05T10:00:00.000000+0000\" "
	    "subreddit-prefixed-name=\"r/trains\" comment-count=\"3\"><h1>Night trains are "
	    "back</h1><div slot=\"text-body\"><div id=\"t3_abc-post-rtjson-content\" "
	    "class=\"md\"><p>"
	    "Vienna to Paris, three nights a week.</p></div></div></shreddit-post>"
	    "<shreddit-comment-tree totalcomments=\"3\">"
	    "<shreddit-comment author=\"ole\" depth=\"0\" thingid=\"t1_a\" "
	    "created=\"2024-01-05T11:00:00.000000+0000\"><div slot=\"commentMeta\"><a "
	    "href=\"/user/ole/\">ole</a> <faceplate-timeago><time "
	    "datetime=\"2024-01-05T11:00:00.000Z\">2 hr. ago</time></faceplate-timeago></div><div "
	    "slot=\"comment\" id=\"t1_a-comment-rtjson-content\" class=\"md\"><p>Finally.</p></div>"
	    "<shreddit-comment author=\"pia\" depth=\"1\" thingid=\"t1_b\" parentid=\"t1_a\" "
	    "created=\"2024-01-05T12:00:00.000000+0000\"><div slot=\"comment\" "
	    "id=\"t1_b-comment-rtjson-content\" class=\"md\"><p>Too late for me.</p></div>"
	    "</shreddit-comment></shreddit-comment>"
	    "<shreddit-comment author=\"kai\" depth=\"0\" thingid=\"t1_c\"><div slot=\"comment\" "
	    "id=\"t1_c-comment-rtjson-content\" class=\"md\"><p>How much?</p></div>"
	    "</shreddit-comment></shreddit-comment-tree></body></html>";
	tt_import_report_init(&r, 0);
	t = html(reddit, &r);
	assert_string_equal(r.layout, "new Reddit comments");
	assert_int_equal(r.stated, 3);
	assert_string_equal(t->article.title, "Night trains are back");
	assert_string_equal(t->article.author, "ida_b");
	assert_string_equal(t->article.site, "r/trains");
	assert_string_equal(t->article.body.v[0], "Vienna to Paris, three nights a week.");
	assert_int_equal(t->ncomments, 3);
	static const char *const rwho[] = {"ole", "pia", "kai"};
	static const unsigned rdepth[] = {0, 1, 0};
	static const char *const rtext[] = {"Finally.", "Too late for me.", "How much?"};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, rwho[i]);
		assert_int_equal(t->order[i]->depth, rdepth[i]);
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], rtext[i]);
	}
	assert_string_equal(t->order[0]->posted, "2 hr. ago");
	assert_string_equal(t->order[1]->time, "2024-01-05T12:00:00.000+00:00");
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* JSON-LD: the article's headline, author and date, and its comment tree,
 * where the markup shows none; the markup's own comments win. */
static void test_json_ld(void **state)
{
	(void)state;
	static const char page[] =
	    "<html><head><title>Site</title><script type=\"application/ld+json\">{\"@context\": "
	    "\"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\", \"name\": \"Site\"}, "
	    "{\"@type\": \"NewsArticle\", \"headline\": \"Tram lines return\", \"author\": "
	    "[{\"@type\": \"Person\", \"name\": \"Ida Berg\"}], \"datePublished\": "
	    "\"2020-03-01T09:00:00+01:00\", \"commentCount\": 3, \"comment\": [{\"@type\": "
	    "\"Comment\", \"author\": {\"name\": \"Ole\"}, \"dateCreated\": "
	    "\"2020-03-01T10:00:00Z\", "
	    "\"text\": \"First line.\\n\\nSecond &amp; last.\", \"comment\": {\"@type\": "
	    "\"Comment\", "
	    "\"author\": \"Pia\", \"dateCreated\": \"2020-03-01T11:00:00Z\", \"text\": \"A "
	    "reply.\"}}, "
	    "{\"@type\": \"Comment\", \"author\": \"Kai\", \"datePublished\": "
	    "\"2020-03-02T08:00:00Z\", \"text\": \"Second thread.\"}]}]}</script>"
	    "<script type=\"application/ld+json\">{broken</script></head><body><time "
	    "datetime=\"2019-01-01\">then</time><p>The trams, gone since 1960, run again from "
	    "the station to the harbour.</p></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_string_equal(t->article.title, "Tram lines return");
	assert_string_equal(t->article.author, "Ida Berg");
	assert_string_equal(t->article.published, "2020-03-01T09:00:00+01:00");
	assert_int_equal(t->ncomments, 3);
	static const char *const who[] = {"Ole", "Pia", "Kai"};
	static const unsigned depth[] = {0, 1, 0};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_string_equal(t->order[0]->time, "2020-03-01T10:00:00Z");
	assert_string_equal(t->order[2]->time, "2020-03-02T08:00:00Z");
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[1], "Second & last.");
	assert_string_equal(r.layout, "JSON-LD comments");
	assert_int_equal(r.stated, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* With comments in the markup, those are the ones read. */
	char *both = tt_xasprintf("%.*s%s", (int)(strstr(page, "</body>") - page), page,
	                          "<ol><li class=\"comment\"><cite class=\"fn\">Mo</cite><div "
	                          "class=\"comment-content\"><p>mine</p></div></li></ol></body>"
	                          "</html>");
	t = html(both, NULL);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Mo");
	tt_thread_free(t);
	free(both);
}

/* A reply chain of 20,000 in JSON-LD: read on a stack, not by recursion. */
static void test_json_ld_deep(void **state)
{
	(void)state;
	tt_buf b = {0};
	tt_buf_adds(&b, "<html><head><title>Deep</title><script type=\"application/ld+json\">"
	                "{\"@type\": \"BlogPosting\", \"headline\": \"Deep\", \"comment\": ");
	for (int i = 0; i < 20000; i++)
		tt_buf_printf(&b,
		              "{\"author\": \"u%d\", \"text\": \"t%d and the words of a reply "
		              "which run on for a while as replies do when the people who write "
		              "them have time on their hands and a view to share with the others "
		              "in the thread\", \"comment\": ",
		              i, i);
	tt_buf_adds(&b, "[]");
	for (int i = 0; i < 20000; i++)
		tt_buf_adds(&b, "}");
	tt_buf_adds(&b, "}</script></head><body><p>x</p></body></html>");
	tt_thread *t = html(b.data, NULL);
	assert_int_equal(t->ncomments, 20000);
	assert_int_equal(t->order[19999]->depth, 19999);
	assert_string_equal(t->order[19999]->author, "u19999");
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* A machine-readable time cut short or impossible (found by the fuzzer:
 * "+01:0" became a time the thread file refused) is no time at all. */
static void test_bad_machine_times(void **state)
{
	(void)state;
	static const char page[] =
	    "<html><head><title>Ferries</title></head><body><article><p>The ferry, late again, "
	    "waited at the pier for an hour.</p></article><ol>"
	    "<li class=\"comment\"><cite class=\"fn\">a</cite><time "
	    "datetime=\"2012-12-11T13:19:41+01:0cdbfc\">then</time><div "
	    "class=\"comment-content\"><p>one</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">b</cite><time "
	    "datetime=\"2012-13-45T10:00\">later</time><div "
	    "class=\"comment-content\"><p>two</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">c</cite><time "
	    "datetime=\"2012-12-11 13:19:41+0100\">now</time><div "
	    "class=\"comment-content\"><p>three</p></div></li></ol></body></html>";
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_null(t->order[0]->time);
	assert_null(t->order[1]->time);
	assert_string_equal(t->order[2]->time, "2012-12-11T13:19:41+01:00");
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

/* Dates written out in other languages, with no machine form beside them,
 * are read by the dates of the seven languages (as page text's are). */
static void test_foreign_dates(void **state)
{
	(void)state;
	static const char page[] =
	    "<html><head><title>Ferries</title></head><body><article><p>The ferry, late again, "
	    "waited at the pier for an hour.</p></article><ol>"
	    "<li class=\"comment\"><cite class=\"fn\">a</cite><span class=\"comment-date\">12. "
	    "M\xC3\xA4rz 2019 um 14:03</span><div class=\"comment-content\"><p>eins</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">b</cite><time>3 juin 2020 \xC3\xA0 10 h "
	    "15</time><div class=\"comment-content\"><p>deux</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">c</cite><time>5 de mayo de 2018</time><div "
	    "class=\"comment-content\"><p>tres</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">d</cite><time "
	    "datetime=\"2018-05-06T09:00\">6 "
	    "de mayo de 2018</time><div class=\"comment-content\"><p>cuatro</p></div></li>"
	    "<li class=\"comment\"><cite class=\"fn\">e</cite><time>am Dienstag</time><div "
	    "class=\"comment-content\"><p>f\xC3\xBCnf</p></div></li></ol></body></html>";
	static const char *const posted[] = {"12. M\xC3\xA4rz 2019 um 14:03",
	                                     "3 juin 2020 \xC3\xA0 10 h 15", "5 de mayo de 2018",
	                                     "6 de mayo de 2018", "am Dienstag"};
	static const char *const want[] = {"2019-03-12T14:03", "2020-06-03T10:15", "2018-05-05",
	                                   "2018-05-06T09:00", NULL};
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->posted, posted[i]);
		if (want[i])
			assert_string_equal(t->order[i]->time, want[i]);
		else /* a weekday alone is no date: kept as written */
			assert_null(t->order[i]->time);
	}
	tt_thread_free(t);
}

/* The fallback: repeated blocks with a time in a box named for comments;
 * the same blocks outside such a box are not comments. */
static void test_generic_blocks(void **state)
{
	(void)state;
	static const char page[] =
	    "<html><head><title>Hafen</title></head><body><article><p>Der Hafen, lange still, "
	    "wird wieder gebaut, sagt die Stadt, und zwar bald.</p></article>"
	    "<div id=\"kommentare\"><div class=\"k\"><span class=\"user\">Ida</span> "
	    "<span class=\"date\">12.05.2021 09:15</span><p>Endlich!</p></div><div "
	    "class=\"k\"><span "
	    "class=\"user\">Jan</span> <span class=\"date\">12.05.2021 10:20</span><p>Zu "
	    "teuer.</p></div>"
	    "<script>var t = '12:30';</script><script>var u = '13:30';</script></div>"
	    "<div class=\"teasers\"><div class=\"t\">12.05.2021 11:00 Wetter</div><div "
	    "class=\"t\">12.05.2021 12:00 Sport</div></div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_string_equal(r.layout, "repeated blocks in a comment box");
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Ida");
	assert_string_equal(t->order[1]->posted, "12.05.2021 10:20");
	assert_string_equal(t->order[1]->body.v[0], "Zu teuer.");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Layouts met in round 4, each written small after the markup those sites
 * serve: a time inside the author's box; flat "comment-item" boxes with a
 * bold name and answers marked comment-sub; an answer written inside the
 * comment it answers; a sidebar's recent comments; repeated blocks of one
 * first class word whose posts quote each other; replies naming whom they
 * answer. */
#define ARTICLE_P                                                                                  \
	"<article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen Kuchen mit "       \
	"Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article>"

/* The Epoch plugin writes a name without a link as loose text before the
 * comment's permalink ("Ammon · <a><time>DATE</time></a>"): the name is the
 * loose text, not the permalink's, and the separator is no part of it. */
static void test_name_before_permalink(void **state)
{
	(void)state;
#define EP(id, name, when, text)                                                                   \
	"<div id=\"comment-" id "\" data-comment-id=\"" id                                         \
	"\"><article class=\"epoch-comment-body\">"                                                \
	"<footer class=\"epoch-comment-meta\"><div class=\"epoch-comment-author\">" name           \
	" <span class=\"epoch-divide\">\xC2\xB7</span> <a href=\"#comment-" id "\" "               \
	"class=\"epoch-comment-link\"><time datetime=\"comment_date\">" when "</time></a></div>"   \
	"</footer><div class=\"epoch-comment-content\"><p>" text "</p></div></article></div>"
	const char *page = "<html><body>" ARTICLE_P "<div class=\"epoch-comments\">" EP(
	    "1", "Ammon", "March 11, 2017 at 8:41 PM", "You are right.")
	    EP("2", "<a class=\"epoch-author-link\" href=\"https://example.org/\">Ashiq</a>",
	       "March 14, 2017 at 7:36 AM", "Agreed.") "</div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Ammon");
	assert_string_equal(t->order[0]->posted, "March 11, 2017 at 8:41 PM");
	assert_string_equal(t->order[0]->body.v[0], "You are right.");
	assert_string_equal(t->order[1]->author, "Ashiq");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef EP
}

static void test_round4_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* The time in the author's box is no part of the name. */
	const char *golf =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li class=\"comment depth-1\">"
	    "<div class=\"comment-author\">Rolf B<span><a><time datetime=\"2020-07-29\">29.07.2020 "
	    "// 12:56</time></a></span></div><p>Stellungnahme dazu.</p></li></ol></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(golf, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Rolf B");
	assert_string_equal(t->order[0]->posted, "29.07.2020 // 12:56");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* comment-item boxes: the bold line is the name, the avatar box names
	 * nobody, a button-like link is no text, comment-sub answers the one
	 * before it; the sidebar's recent comment is another post's. */
#define CK_ITEM(cls, name, when, text)                                                             \
	"<div class=\"ds-mb comment-item" cls                                                      \
	"\"><div class=\"comment-avatar bi-comment-author\">"                                      \
	"<a><img src=\"a.png\"></a></div><div class=\"ds-mb-right\"><strong class=\"ds-h4\"><a "   \
	"href=\"https://example.org/u\">" name "</a></strong><p>" text "</p><div "                 \
	"class=\"comment-date\"><small>" when "</small></div><a class=\"ds-btn ds-btn-tertiary\" " \
	"href=\"https://example.org/login\">Antworten</a></div></div>"
	const char *ck = "<html><body>" ARTICLE_P "<div>" CK_ITEM("", "anaya60", "12.04.2020 17:02",
	                                                          "Super lecker.")
	    CK_ITEM("", "steinchen71", "18.10.2006 15:36", "Der Kuchen ist gut.")
	        CK_ITEM(" comment-sub", "EllenT", "06.06.2017 22:23", "Ja, kannst Du.")
	            CK_ITEM("", "ayse67", "07.04.2020 10:27",
	                    "Hi, ich habe es.") "</div>"
	                                        "<aside class=\"widget\"><ol><li "
	                                        "class=\"comment\"><span class=\"fn\">Other</span>"
	                                        "<p>On another post entirely, sidebar "
	                                        "text.</p></li></ol></aside></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ck, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "anaya60");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Super lecker.");
	assert_string_equal(t->order[2]->author, "EllenT");
	assert_int_equal(t->order[2]->depth, 1);
	assert_string_equal(t->order[3]->author, "ayse67");
	assert_int_equal(t->order[3]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* An answer inside the comment, signed. */
#define PX_POST(name, when, text, answer, awhen)                                                   \
	"<ul class=\"single-post\"><li class=\"post-info\"><span class=\"user-name\"><a>" name     \
	"</a></span><span class=\"post-time\">\xE6\x96\xBC " when "</span></li><li "               \
	"class=\"post-text\">" text "</li><li class=\"reply-text\">" answer "<p><a>Steven</a> "    \
	"\xE6\x96\xBC " awhen " \xE5\x9B\x9E\xE8\xA6\x86</p></li></ul>"
	const char *px = "<html><body>" ARTICLE_P "<div id=\"comment-text\">" PX_POST(
	    "Anna", "2013/12/28 10:28", "Beautiful.", "Thank you, Anna.", "2014/01/01 20:31")
	    PX_POST("Ben", "2013/12/28 10:42", "Lovely trees.", "Thanks, Ben.",
	            "2014/01/01 20:37") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(px, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Anna");
	assert_string_equal(t->order[1]->author, "Steven");
	assert_int_equal(t->order[1]->depth, 1);
	assert_string_equal(t->order[1]->body.v[0], "Thank you, Anna.");
	assert_string_equal(t->order[1]->time, "2014-01-01T20:31");
	assert_string_equal(t->order[0]->time, "2013-12-28T10:28");
	assert_string_equal(t->order[2]->author, "Ben");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Repeated blocks, one with a state class added; a quoting post answers. */
#define XF(cls, name, when, text)                                                                  \
	"<li class=\"xenforo-comment" cls "\"><header><span class=\"author-name\">" name "</span>" \
	"<span class=\"post-date\">" when "</span></header><div>" text "</div></li>"
	const char *xf = "<html><body>" ARTICLE_P "<div><ul class=\"xenforo-comments-list\">" XF(
	    "", "nostro", "17 September 2020 14:17", "How to buy: be a bot.")
	    XF(" read-more", "michael", "17 September 2020 16:08", "Mostly vaporware.")
	        XF(" read-more", "hotaru", "17 September 2020 16:10",
	           "<blockquote><div class=\"author\"><span>michael</span> said:</div>Mostly "
	           "vaporware.</blockquote>Not quite.") "</ul></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(xf, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "michael");
	assert_string_equal(t->order[2]->author, "hotaru");
	assert_int_equal(t->order[2]->depth, 1);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Replies naming whom they answer, one discussion a box: the first names
	 * the article's author and opens the discussion. */
#define KJ(id, name, to, text)                                                                     \
	"<article id=\"reply_" id                                                                  \
	"\" class=\"reply\"><header><span class=\"display-name author\">"                          \
	"<a class=\"fn\">" name "</a><span class=\"reply-author replyto-author\">" to "</span>"    \
	"</span><span class=\"publish-time\">3/09/15 8:12am</span></header><div class=\"reply-"    \
	"content post-content\"><p>" text "</p></div></article>"
	const char *kj =
	    "<html><body>" ARTICLE_P
	    "<div class=\"branch\">" KJ("1", "jnovo", "Patrick", "This is hard.")
	        KJ("2", "Patrick", "jnovo", "I do too.")
	            KJ("3", "jnovo", "Patrick", "Yup.") "</div><div class=\"branch\">" KJ(
	                "4", "Adder", "Patrick", "Why a list?") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(kj, &r);
	assert_int_equal(t->ncomments, 4);
	assert_int_equal(t->order[1]->depth, 1);
	assert_int_equal(t->order[2]->depth, 2);
	assert_string_equal(t->order[3]->author, "Adder");
	assert_int_equal(t->order[3]->depth, 0);
	assert_string_equal(t->order[3]->body.v[0], "Why a list?");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* The layouts met in round 5, each on a small page written after that markup
 * (a family each, not a site): a repeated block's time in a box named for
 * it, the blocks' own box named otherwise inside the comment area, answers
 * in a "-sub" box after their comment; a name in a class word ending in
 * "-author"/"Author" (a post-author badge is none); an "-indented" comment
 * answering the one before it; "NAME - Le DATE" in an info box; "1 Monat
 * her". */
static void test_round5_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* Blocks of one kind, the name first and the time in a box named date;
	 * a -sub box after the second holds two answers to it. */
#define NC(name, when, text)                                                                       \
	"<div class=\"news-comment-main\"><div class=\"row\"><div class=\"col news-comment-main-"  \
	"author\"><strong>" name                                                                   \
	"</strong></div><div class=\"col news-comment-main-date\"><span>" when                     \
	"</span></div></div><p>" text "</p><button>Odpowiedz</button></div>"
	const char *nc =
	    "<html><body>" ARTICLE_P "<div class=\"news-comments\"><div "
	    "class=\"news-comment\">" NC("Robs", "wtorek, 11 maja 2021, 23:13",
	                                 "To klient jest poszkodowany.")
	        NC("KNP", "wtorek, 11 maja 2021, 17:00",
	           "Przekręt stulecia.") "<div "
	                                 "class=\"news-comment-sub\"><div "
	                                 "class=\"news-comment\">" NC(
	                                     "Arek", "wtorek, 11 maja 2021, 23:49", "Tyle tylko.")
	                                     NC("Kris", "wtorek, 11 maja 2021, 20:28",
	                                        "Dokładnie tak.") "</div></div></div></div></"
	                                                          "body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(nc, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Robs");
	assert_string_equal(t->order[0]->posted, "wtorek, 11 maja 2021, 23:13");
	assert_string_equal(t->order[0]->body.v[0], "To klient jest poszkodowany.");
	assert_int_equal(t->order[1]->depth, 0);
	assert_string_equal(t->order[2]->author, "Arek");
	assert_int_equal(t->order[2]->depth, 1);
	assert_ptr_equal(t->order[3]->parent, t->order[1]);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A list item with camel-case boxes (listAuthor, listDate), the time a
	 * machine's; the list's own box inside the comment area. */
#define CL(name, when, text)                                                                       \
	"<li class=\"commentsList\"><div class=\"listInfo\"><div class=\"listAuthor\">" name       \
	"</div><div class=\"listDate\">" when "</div></div><div class=\"listContent\"><div "       \
	"class=\"content\">" text "</div></div></li>"
	const char *cl = "<html><body>" ARTICLE_P "<div class=\"commentsBox\"><div><ul>" CL(
	    "P.", "2021-05-05 08:31:44", "Ta ustawa się przyda.")
	    CL("Legart", "2021-05-05 09:58:37",
	       "A w razie czego.") "</ul></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(cl, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->author, "Legart");
	assert_string_equal(t->order[1]->time, "2021-05-05T09:58:37");
	assert_string_equal(t->order[1]->body.v[0], "A w razie czego.");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Relative German times ("1 Monat her"), the post author's badge before
	 * the name, blocks in a box whose name says nothing of comments. */
#define WC(label, name, text)                                                                      \
	"<div class=\"wc-comment wc_comment_level-1\"><div class=\"wc-comment-left\"><div "        \
	"class=\"wc-blog-post_author wc-comment-label\"><span>" label "</span></div></div><div "   \
	"class=\"wc-comment-right\"><div class=\"wc-comment-author\">" name "</div><div "          \
	"class=\"wc-comment-text\"><p>" text "</p></div><div class=\"wc-comment-date\">1 Monat "   \
	"her</div></div></div>"
	const char *wc =
	    "<html><body>" ARTICLE_P "<div id=\"comments\" class=\"comments-area\"><div "
	    "class=\"wc-thread-wrapper\">" WC("Gast", "Bibi Blue", "Lieber Robert.")
	        WC("Autor", "Robert", "Das sehe ich anders.") "</div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(wc, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Bibi Blue");
	assert_string_equal(t->order[1]->author, "Robert");
	assert_string_equal(t->order[1]->posted, "1 Monat her");
	assert_int_equal(t->order[1]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A comment marked indented answers the one before it; the Impreza
	 * theme's name box (w-comments-item-author), not the box naming whom it
	 * answers (replyto-author). */
#define ZE(cls, to, name, text)                                                                    \
	"<article class=\"comment" cls "\"><div class=\"w-comments-item-meta\">" to "<div "        \
	"class=\"w-comments-item-author\"><span>" name "</span></div><time "                       \
	"datetime=\"2020-01-02T10:00\">vor 8 Stunden</time></div><div "                            \
	"class=\"comment__body\"><p>" text "</p></div></article>"
	const char *ze = "<html><body>" ARTICLE_P "<div class=\"comment-section__body\">" ZE(
	    " js-comment-toplevel", "", "ThomasMelber", "Entfernt.")
	    ZE(" comment--indented", "", "Curitiba", "Der Kommentar fehlt.")
	        ZE(" js-comment-toplevel", "<span class=\"replyto-author\">Niemand</span>", "Lena",
	           "Zweiter Faden.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ze, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "ThomasMelber");
	assert_string_equal(t->order[1]->author, "Curitiba");
	assert_int_equal(t->order[1]->depth, 1);
	assert_string_equal(t->order[2]->author, "Lena");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* "NAME - Le DATE" in one bold line of an info box. */
#define MO(head, text)                                                                             \
	"<div class=\"mo-comment-card\"><div class=\"mo-comment-infos\"><strong>" head             \
	"</strong></div><div class=\"mo-comment-content\">" text "</div></div>"
	const char *mo = "<html><body>" ARTICLE_P "<div class=\"mo-comments-list\">" MO(
	    "Muriel - Le 22/01/2020 \xC3\xA0 12:01:03", "Pour sauver un fleuron.")
	    MO("Claude - Le 24/11/2019 \xC3\xA0 18:19:59",
	       "L'art c'est les hommes.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(mo, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Muriel");
	assert_string_equal(t->order[0]->posted, "Le 22/01/2020 \xC3\xA0 12:01:03");
	assert_string_equal(t->order[1]->author, "Claude");
	assert_string_equal(t->order[1]->body.v[0], "L'art c'est les hommes.");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Layouts of round 6's pages, each rule on a small page written after that
 * markup (doc/import.md, "Worked on after round 7 was chosen"). */
static void test_round6_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A definition list of comments: each dt the header (name, time), the dd
	 * after it the text, which is not a comment of its own. */
#define DT(id, name, when, text)                                                                   \
	"<dt class=\"comment depth-1\" id=\"comment-" id "\"><span class=\"comment_author\">" name   \
	"</span> <span class=\"comment_time\"><a href=\"#comment-" id "\">" when                     \
	"</a></span></dt><dd class=\"comment depth-1\"><div class=\"format_text\" id=\"comment-body-" id \
	"\"><p>" text                                                                               \
	"</p></div></dd>"
	const char *dl = "<html><body>" ARTICLE_P "<dl id=\"comment_list\">" DT(
	    "1", "Armanox", "June 28, 2015 at 10:25 pm", "Really, no Shagrath?")
	    DT("2", "Leo", "July 23, 2015 at 3:20 pm", "Where is Mike Patton?") "</dl></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(dl, &r);
	assert_string_equal(r.layout, "WordPress comments");
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Armanox");
	assert_string_equal(t->order[0]->posted, "June 28, 2015 at 10:25 pm");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Really, no Shagrath?");
	assert_string_equal(t->order[1]->author, "Leo");
	assert_int_equal(t->order[1]->depth, 0);
	assert_string_equal(t->order[1]->body.v[0], "Where is Mike Patton?");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef DT

	/* A box of class "nickname" names the author: not the text's first
	 * paragraph. */
	const char *nick =
	    "<html><body>" ARTICLE_P "<ul class=\"comment-list\"><section class=\"comment-item\"><div "
	    "class=\"wrapper\"><div class=\"nickname\">Cardinaux Edouard</div><div "
	    "class=\"date\"><time datetime=\"2020-04-07T10:30:53.949Z\">07.04.2020</time></div><div "
	    "class=\"text\"><p>Jetzt werden wir den Preis bezahlen.</p></div></div></section></ul>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(nick, &r);
	assert_int_equal(t->ncomments, 1);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "Cardinaux Edouard");
	assert_string_equal(t->order[0]->posted, "07.04.2020");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Jetzt werden wir den Preis bezahlen.");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A card per comment ("c-comment-card"), its text a BEM element of the
	 * card ("c-comment-card__text"): the author link's other words and the
	 * answer button are not the text. */
	const char *card =
	    "<html><body>" ARTICLE_P "<div class=\"row\"><div class=\"column c-comment-card\"><div "
	    "class=\"js-comment-box\"><div class=\"row\"><a href=\"/autoren/gustlik\"><span "
	    "class=\"c-author\"> Gustlik </span><span class=\"c-author__divider\">|</span><span "
	    "class=\"c-author__community\"> Community </span></a><time datetime=\"2020-04-22 "
	    "07:33:47\"> 2020-04-22 07:33:47 </time></div><div class=\"column\"><div "
	    "class=\"c-comment-card__text\"><p>Nun, erst gestern wurde es gezeigt.</p></div></div><a "
	    "class=\"c-comment-card__reply\" href=\"/login\">Beantworten</a></div></div></div>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(card, &r);
	assert_int_equal(t->ncomments, 1);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "Gustlik");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Nun, erst gestern wurde es gezeigt.");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Layouts of round 7's pages, each rule on a small page written after that
 * markup (doc/import.md, "Worked on after round 8 was chosen"). */
static void test_round7_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* Class names of a CSS-modules build carry a hash ("comment--2g6iCC-R",
	 * "username--2Y8YKhbw"): they mean comment, username, date, content. */
#define MOD(name, when, text)                                                                      \
	"<div class=\"comment--2g6iCC-R\"><div class=\"media--Cw9Zywiz\"><a href=\"/p/1\" "           \
	"class=\"avatar--WA6DREC_\"><img alt=\"" name " Avatar\"></a></div><div "                      \
	"class=\"body--1atSUTC3\"><div class=\"username--2Y8YKhbw\"><a href=\"/p/1\">" name           \
	"</a></div><div class=\"textRow--3IWlPgCD\"><div class=\"date--1IyXK9_e\">" when             \
	"</div></div><div class=\"content--2GFZCWhT\">" text "</div><div "                           \
	"class=\"textRow--3IWlPgCD\"><strong>Score:</strong> 97 Votes (<a href=\"/r\">Like</a>)"     \
	"</div></div></div>"
	const char *mod = "<html><body>" ARTICLE_P "<div id=\"comments\"><h2>Top Rated Comments</h2>" MOD(
	    "jyen", "73 months ago", "Let me guess... thinner.") MOD("gugy", "73 months ago",
	                                                           "Cool, I like the Apple Pencil.")
	    "</div></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(mod, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "jyen");
	assert_string_equal(t->order[0]->posted, "73 months ago");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Let me guess... thinner.");
	assert_string_equal(t->order[1]->author, "gugy");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef MOD
	/* Items of a comment list marked with a prefixed name ("xenforo-comment"),
	 * saved without author or time: each is a comment; one quoting an
	 * earlier comment's author answers it, though the list is flat. */
#define XC(head, text)                                                                             \
	"<li class=\"xenforo-comment\" id=\"xenforo-comment-\"><div class=\"avatar\"></div><div "     \
	"class=\"xenforo-comment-content\"><header>" head "</header><div class=\"js-read-more\">" text \
	"</div></div></li>"
	const char *xc = "<html><body>" ARTICLE_P "<div class=\"xenforo-comment-widget\"><ul "
	                 "class=\"xenforo-comments-list\">" XC("", "Leaks suggest a new Moto G.")
	                     XC("", "Fifth generation G.") XC("", "Thanks for explaining.")
	                         XC("<span class=\"author-name\">mike</span>", "First post.")
	                             XC("", "<blockquote><div class=\"author\">mike "
	                                    "said:</div>First post.</blockquote>Quite so.")
	                                 "</ul></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(xc, &r);
	assert_int_equal(t->ncomments, 5);
	assert_null(t->order[0]->author);
	assert_string_equal(t->order[0]->body.v[0], "Leaks suggest a new Moto G.");
	assert_string_equal(t->order[2]->body.v[0], "Thanks for explaining.");
	assert_int_equal(t->order[2]->depth, 0);
	assert_int_equal(t->order[4]->depth, 1);
	assert_ptr_equal(t->order[4]->parent, t->order[3]);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef XC

	/* "NAME | DATE | Reply" in a box of class "meta" names the author and the
	 * time; the reply link after the time is not part of it. */
#define VM(id, name, when, text)                                                                   \
	"<li class=\"comment even thread-even depth-1\" id=\"li-comment-" id "\"><div id=\"comment-" id \
	"\"><div class=\"vcard meta\"> " name " | <a href=\"#comment-" id "\">" when               \
	"</a> | <a class=\"comment-reply-link\" href=\"?replytocom=" id "\">Reply</a></div><div "      \
	"class=\"comment-text\"><p>" text "</p></div></div></li>"
	const char *vm = "<html><body>" ARTICLE_P "<div class=\"comments-wrap\"><ol class=\"commentlist\">" VM(
	    "1", "Mad Max", "February 19, 2026 at 8:11 am", "Stunning!")
	    VM("2", "mike", "February 19, 2026 at 8:16 am", "Looks very nice!") "</ol></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(vm, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Mad Max");
	assert_string_equal(t->order[0]->posted, "February 19, 2026 at 8:11 am");
	assert_string_equal(t->order[0]->time, "2026-02-19T08:11");
	assert_string_equal(t->order[1]->author, "mike");
	assert_string_equal(t->order[1]->body.v[0], "Looks very nice!");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef VM

	/* The time in a "comment_meta" line of links ("DATE | Antworten"). */
	const char *cm =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><h3>1 Kommentar</h3><ol id=\"commentlist\">"
	    "<li id=\"comment-754844\" class=\"comment even thread-even depth-1\"><div "
	    "class=\"comment_counter\"><span>01</span></div><div class=\"comment_content\"><div "
	    "class=\"comment_author\"><a href=\"http://example.com\" class=\"url\">Yalcin</a></div><div "
	    "class=\"comment-text\"><p>Der Boulevard regiert!</p></div><div class=\"comment_meta\"><a "
	    "href=\"#comment-754844\">29.07.2006 um 16:43</a> | <a "
	    "href=\"javascript:publicReply('754844');\">Antworten</a></div></div></li></ol></div>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(cm, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Yalcin");
	assert_string_equal(t->order[0]->posted, "29.07.2006 um 16:43");
	assert_string_equal(t->order[0]->time, "2006-07-29T16:43");
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* ...but a bar between the date and the clock is the time's own. */
	char *bar = tt_xstrdup(cm);
	char *at = strstr(bar, "29.07.2006 um 16:43");
	memcpy(at, "29.07.2006 | 16:43 ", 19);
	tt_import_report_init(&r, 0);
	t = html(bar, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->posted, "29.07.2006 | 16:43");
	tt_thread_free(t);
	tt_import_report_free(&r);
	free(bar);

	/* New Reddit's 2019 markup: flat boxes of class "Comment", each with a
	 * "level N" label, its time a link whose id says Created, its text in
	 * the box a test hook names "comment". */
#define RC(id, level, text)                                                                        \
	"<div><div id=\"t1_" id "\" style=\"padding-left:16px\"><div class=\"Comment t1_" id           \
	" _1z5rdmX8\"><button aria-label=\"upvote\"></button><div class=\"_3tw\"><span "               \
	"class=\"_1RIl\">level " level "</span><div><span>39 points</span><span> · </span><a "         \
	"href=\"/r/Python/comments/1bbbwk/x/" id "/\" id=\"CommentTopMeta--Created--t1_" id            \
	"\"><span>6 years ago</span></a></div><div data-test-id=\"comment\" class=\"_3cjC\"><div "      \
	"class=\"RichTextJSON-root\"><p>" text "</p></div></div></div></div></div></div>"
	const char *rc = "<html><body>" ARTICLE_P "<div class=\"_1YCq\">" RC("a1", "1", "Option 3.")
	    RC("a2", "2", "Flat is better.") RC("a3", "3", "Agreed.") RC("a4", "2", "Me too.")
	        RC("a5", "1", "Option 1.") RC("a6", "3", "A level skipped.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(rc, &r);
	assert_int_equal(t->ncomments, 6);
	static const unsigned rdepth[] = {0, 1, 2, 1, 0, 0};
	for (size_t i = 0; i < 6; i++)
		assert_int_equal(t->order[i]->depth, rdepth[i]);
	assert_ptr_equal(t->order[3]->parent, t->order[0]);
	assert_string_equal(t->order[0]->posted, "6 years ago");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Flat is better.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef RC

	/* A site's own camel-case names: "...CommentAuthorName" the author (not
	 * the member's "dabei seit" line nor photo links), "...CommentMessage" the
	 * text; a post quoting several answers the one quoted that is on the page
	 * (the quotation named in data-name). */
#define MN(name, id, quotes, text, when)                                                           \
	"<li class=\"mtbnewsCommentContainer\"><div class=\"mtbnewsCommentWrapper\"><div "             \
	"class=\"mtbnewsCommentAuthorContainer\"><div class=\"mtbnewsCommentAuthorInfoContainer\"><p " \
	"class=\"mtbnewsCommentAuthorName\"><a href=\"/m/" name "\">" name "</a></p><p "                \
	"class=\"mtbnewsCommentAuthorRegisterDate\">dabei seit <strong>12/2006</strong></p><p "         \
	"class=\"mtbnewsCommentAuthorLinks\"><a href=\"/f\">Fotos</a> <a "                               \
	"href=\"/v\">Videos</a></p></div></div><div id=\"comment-" id "\" class=\"clearfix "             \
	"mtbnewsCommentMessageContainer\"><div class=\"mtbnewsCommentMessage\">" quotes text          \
	"</div><div class=\"mtbnewsCommentMessageInfoContainer\"><a href=\"/m/" name "\">" name        \
	"</a>, <time datetime=\"" when "\"><a href=\"/p/" id "\">" when "</a></time></div></div></div></li>"
#define Q(name, text) "<blockquote class=\"xfBb-quote\" data-name=\"" name "\">" text "</blockquote>"
	const char *mn =
	    "<html><body>" ARTICLE_P "<ol class=\"mtbnewsCommentList\">" MN(
	        "Rocky", "1", Q("foreigner", "Logo?"), "Wo gehört das Logo hin?", "26. Januar 2022 13:05")
	        MN("JensDey", "2", Q("Flagmoe", "A.") Q("foreigner", "B.") Q("Rocky", "Wo?"),
	           "So gehts auch.", "26. Januar 2022 13:14")
	            MN("Haentz", "3", Q("JensDey", "So gehts auch."), "Echt jetzt?",
	               "26. Januar 2022 13:30") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(mn, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Rocky");
	assert_string_equal(t->order[0]->posted, "26. Januar 2022 13:05");
	assert_string_equal(t->order[0]->body.v[0], "> Logo?");
	assert_string_equal(t->order[0]->body.v[1], "Wo gehört das Logo hin?");
	assert_int_equal(t->order[0]->depth, 0);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef Q
#undef MN

	/* A schema.org Review whose date is a <meta> (it shows nothing) and whose
	 * author box holds the time shown, in a box named posted: the time is the
	 * one shown, and the name what comes before it. */
	const char *rv =
	    "<html><body>" ARTICLE_P "<div class=\"comment-list\"><article class=\"comment \" "
	    "itemscope itemtype=\"http://schema.org/Review\"><meta itemprop=\"datePublished\" "
	    "content=\"2019-02-12\"><div class=\"comment-author\" itemprop=\"author\" itemscope "
	    "itemtype=\"http://schema.org/Person\"><span class=\"author-picture\"><a href=\"0\"><img "
	    "alt=\"link78\"></a></span><span class=\"author-name\" itemprop=\"name\"><a "
	    "href=\"0\">link78</a></span> <span class=\"comment-posted\"> Le 12/02 à 11:30 <span "
	    "class=\"value-title\" title=\"2019-02-12\"></span></span></div><div class=\"comment-story "
	    "description\" itemprop=\"reviewBody\"><p>Manger du quinoa ?</p></div></article></div>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(rv, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "link78");
	assert_string_equal(t->order[0]->posted, "Le 12/02 à 11:30");
	assert_string_equal(t->order[0]->body.v[0], "Manger du quinoa ?");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A reply the theme marks "entry-content" as well, in its parent's
	 * ul.children: a comment, not the parent's text box. */
#define EC(id, depth, name, text, rest)                                                            \
	"<li id=\"comment-" id "\" class=\"comment depth-" depth " entry-content\"><article "           \
	"class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author "            \
	"vcard\"><b class=\"fn\">" name "</b> <span class=\"says\">sagt:</span></div><div "             \
	"class=\"comment-metadata\"><time datetime=\"2022-02-01T15:51:26+00:00\">1. Februar 2022 um "   \
	"15:51 Uhr</time></div></footer><div class=\"comment-content\"><p>" text                       \
	"</p></div></article>" rest "</li>"
	const char *ec = "<html><body>" ARTICLE_P "<ol class=\"comment-list\">" EC(
	    "1", "1", "Walter", "Ist hier alles recht?",
	    "<ul class=\"children\">" EC("2", "2", "Piefke", "Dies ist nur der erste Fall.", "") "</ul>")
	    EC("3", "1", "Carina", "Das Mädel tut mir leid.", "") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ec, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Piefke");
	assert_int_equal(t->order[1]->depth, 1);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Dies ist nur der erste Fall.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef EC

	/* A link to a member's page naming the member, beside the time: the
	 * author, not the text's first paragraph; the answers in the
	 * "comment-replies" box after a comment answer it. */
#define KB(name, when, text)                                                                       \
	"<div class=\"kb-comment \"><div class=\"kb-recipe-comment-box-left\"><a "                      \
	"href=\"https://www.kochbar.de/user/" name ".html\"><img alt=\"Benutzerbild von " name          \
	"\"></a></div><div class=\"kb-recipe-comment-box-middle\"><time "                              \
	"datetime=\"2020-09-23T18:19:06+02:00\">" when "</time> <a "                                    \
	"href=\"https://www.kochbar.de/user/" name ".html\">" name "</a><br><div class=\"rtli-left "    \
	"kb-ft-ari\">" text "</div></div><div class=\"rtli-clear\"></div></div>"
	const char *kb = "<html><body>" ARTICLE_P "<div id=\"kb-comments\">" KB(
	    "Rezeptsammlerin", "23.09.20 | 18:19", "da ich meine Tomaten so schneide!")
	    "<div class=\"comment-replies\">" KB("Marianne1", "26.09.20 | 10:40", "Hallo Geli!") "</div>" KB(
	        "emari", "22.09.20 | 12:45", "ich werde das mal ausprobieren") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(kb, &r);
	assert_int_equal(t->ncomments, 3);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "Rezeptsammlerin");
	assert_string_equal(t->order[0]->posted, "23.09.20 | 18:19");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "da ich meine Tomaten so schneide!");
	assert_string_equal(t->order[1]->author, "Marianne1");
	assert_int_equal(t->order[1]->depth, 1);
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef KB

	/* ...but a BEM modifier is no hash: "comment--indented" is not "comment". */
	assert_false(tt_html_token_in("comment--indented", "comment"));
	assert_false(tt_html_token_in("comment--level2", "comment"));
	assert_true(tt_html_token_in("x comment--2g6iCC-R", "comment"));
}

/* The rules worked out on round 8's pages, each on a small page written
 * after the markup that needed it. */
static void test_round8_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A list inside a comment holding comments of its kind are its answers,
	 * to any depth; a class of their own (a guest's li.guest among members'
	 * li.member) leaves them of one kind where their ids are numbered alike. */
#define TZ(cls, id, name, when, text, answers)                                                     \
	"<li class=\"" cls " \" id=\"bb_message_" id "\"><a class=\"author person\"><h4>" name         \
	"</h4></a><time datetime=\"2020-01-14T13:47:02+01:00\">" when "</time><div class=\"objlink\">"  \
	"<p>" text "</p></div><ul class=\"toolbar\"><li class=\"reply\"><a>antworten</a></li></ul>"    \
	answers "</li>"
	const char *tz =
	    "<html><body>" ARTICLE_P "<div class=\"sect_commentlinks\"><h2>Leserkommentare</h2><ul "
	    "class=\"directory\">" TZ("member", "101", "Martin", "14. 01. 2020, 13:47",
	                               "Wer wen und mit was.",
	                               "<ul class=\"thread\">" TZ(
	                                   "member", "102", "Schreck", "14. 01. 2020, 20:29",
	                                   "@Martin ob die Australier.",
	                                   "<ul class=\"thread\">" TZ("guest", "103", "Gast 1",
	                                                               "14. 01. 2020, 21:00",
	                                                               "@Schreck Ach so?", "") "</ul>")
	                                   "</ul>") TZ("guest", "104", "88181 (Profil gelöscht)",
	                                               "13. 01. 2020, 19:34",
	                                               "Was für eine Wortwahl.", "")
	        TZ("member", "105", "Opossum", "14. 01. 2020, 13:07", "Ich finde.", "")
	    "</ul></div></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(tz, &r);
	assert_int_equal(t->ncomments, 5);
	assert_string_equal(t->order[0]->author, "Martin");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Wer wen und mit was.");
	assert_string_equal(t->order[1]->author, "Schreck");
	assert_int_equal(t->order[1]->depth, 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[2]->author, "Gast 1");
	assert_int_equal(t->order[2]->depth, 2);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_string_equal(t->order[3]->author, "88181 (Profil gelöscht)");
	assert_int_equal(t->order[3]->depth, 0);
	assert_string_equal(t->order[3]->posted, "13. 01. 2020, 19:34");
	assert_string_equal(t->order[4]->author, "Opossum");
	assert_int_equal(t->order[4]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef TZ
	/* A metadata line written as a sentence ("geschrieben von NAME am DATE")
	 * after the comment's title in a heading: the author and the time; the
	 * title stays the first paragraph, "[ antworten ]" is an action. */
#define OS(id, title, name, when, text)                                                            \
	"<li id=\"comment-" id "\"><div><img src=\"a.jpg\" alt=\"\"><h2 id=\"c" id "\">" title         \
	"</h2><span class=\"metadata\">geschrieben von " name " am " when "</span> <span "             \
	"class=\"reply-comment\">[ <a href=\"/login/\">antworten</a> ]</span></div><p>" text "</p></li>"
	const char *os = "<html><body>" ARTICLE_P "<h1 id=\"comments\">Kommentare</h1><div "
	                 "class=\"comments-container\"><ul class=\"comments\">" OS(
	                     "1508", "Ein Argument", "berg2012", "21. Jan. 2015, 19:04",
	                     "Ich hätte eine andere Erklärung.")
	                     OS("1509", "Ein Missverständnis", "wScherf", "21. Jan. 2015, 20:02",
	                        "Wenn man Steuern spezifiziert.") "</ul></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(os, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "berg2012");
	assert_string_equal(t->order[0]->posted, "21. Jan. 2015, 19:04");
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[0], "Ein Argument");
	assert_string_equal(t->order[0]->body.v[1], "Ich hätte eine andere Erklärung.");
	assert_string_equal(t->order[1]->author, "wScherf");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef OS
	/* SPIP's forum: a list named forum, the author a bare <b> after a
	 * permalink's icon, the time in brackets in a box of no telling name, a
	 * title per message in the box a forum names its message's. */
#define SP(id, who, when, title, text)                                                             \
	"<li class=\"forum-fil\"><div class=\"forum-top\"><a href=\"#forum" id "\" name=\"forum" id   \
	"\"><img src=\"pin.png\" alt=\"\"></a>" who "<div class=\"forum-nav\">(" when ")</div>:</div>" \
	"<div class=\"forum-message\"><div class=\"forum-chapo\"><p><strong>" title                   \
	"</strong></p></div><div class=\"forum-texte\"><p>" text "</p></div></div></li>"
	const char *sp = "<html><body>" ARTICLE_P "<h2>3 commentaires</h2><ul class=\"forum\">" SP(
	    "1", "", "22 juin 2018 @11h13", "Coree du Sud", "La Corée du Sud n est pas un modèle.")
	    SP("2", "<b class=\"forum-qui-2\">Red Bastard</b>", "22 juin 2018 @11h29",
	       "même argument", "La Corée du Sud est un pays.")
	        SP("3", "<b>Cindy Cats</b>", "23 juin 2018 @09h02", "Erreur", "Un article de 2017.")
	            "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(sp, &r);
	assert_int_equal(t->ncomments, 3);
	assert_null(t->order[0]->author);
	assert_string_equal(t->order[0]->posted, "(22 juin 2018 @11h13)");
	assert_string_equal(t->order[1]->author, "Red Bastard");
	assert_string_equal(t->order[1]->posted, "(22 juin 2018 @11h29)");
	assert_int_equal(t->order[1]->body.n, 2);
	assert_string_equal(t->order[1]->body.v[0], "même argument");
	assert_string_equal(t->order[1]->body.v[1], "La Corée du Sud est un pays.");
	assert_string_equal(t->order[2]->author, "Cindy Cats");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef SP
	/* wpDiscuz's answers straight inside the comment they answer, of its
	 * kind, to any depth; times in counts of two units ("1 Stunde 51 Minuten
	 * her") resolved against the page's saving date. */
#define WD(id, lvl, name, when, text, answers)                                                     \
	"<div id=\"wc-comm-" id "\" class=\" wc-comment wc-blog-guest wc_comment_level-" lvl "\">"    \
	"<div class=\"wc-comment-right\"><div class=\"wc-comment-header\"><div "                       \
	"class=\"wc-comment-author\">" name "</div></div><div class=\"wc-comment-text\">" text         \
	"</div><div class=\"wc-comment-footer\"><div class=\"wc-comment-date\">" when                 \
	"</div></div></div>" answers "</div>"
	const char *wc =
	    "<!--\n Page saved with SingleFile \n saved date: Tue Mar 03 2020 10:30:00 GMT+0000 "
	    "(UTC)\n--><html><body>" ARTICLE_P
	    "<div id=\"comments\"><div id=\"wpcomm\"><div class=\"wc-thread-wrapper\">" WD(
	        "1_0", "1", "Nibelung", "50 Minuten 46 Sekunden her", "Gewisse Ähnlichkeiten.",
	        WD("3_1", "2", "Bummi", "1 Stunde 51 Minuten her", "Ich sehe den Abzug.",
	           WD("4_3", "3", "Quimby", "2 Stunden 5 Minuten her", "Und er hatte gelernt.", "")))
	        WD("2_0", "1", "Schonclode", "13 Stunden 5 Minuten her", "Eine Bande.", "")
	    "</div></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(wc, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Nibelung");
	assert_string_equal(t->order[0]->posted, "50 Minuten 46 Sekunden her");
	assert_string_equal(t->order[0]->time, "2020-03-03T09:39Z");
	assert_string_equal(t->order[1]->author, "Bummi");
	assert_int_equal(t->order[1]->depth, 1);
	assert_string_equal(t->order[1]->time, "2020-03-03T08:39Z");
	assert_int_equal(t->order[2]->depth, 2);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_string_equal(t->order[3]->author, "Schonclode");
	assert_int_equal(t->order[3]->depth, 0);
	assert_int_equal(t->order[3]->body.n, 1);
	assert_string_equal(t->order[3]->body.v[0], "Eine Bande.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef WD
}

/* ---- real pages: fidelity against what was read on the page by hand ---- */

/* One expected comment: "c DEPTH AUTHOR POSTED FIRST-WORDS", tab-separated. */
struct want {
	unsigned depth;
	char *author, *posted, *words;
};

/* An .expect's "stated none": the page states no count, and a count the
 * report reads there is a figure of the page misread. */
enum { STATED_NONE = -2 };

struct expect {
	long comments, stated; /* stated -1: not said; STATED_NONE: none */
	char *layout; /* the layout the report names, where the file says */
	struct want *c;
	size_t n;
};

static char *field(char **p)
{
	char *s = *p, *tab = strchr(s, '\t');
	if (tab)
		*tab = '\0', *p = tab + 1;
	else
		*p = s + strlen(s);
	return s;
}

static void read_expect(const char *path, struct expect *e)
{
	memset(e, 0, sizeof *e);
	e->stated = -1;
	char *text = tt_test_slurp(path), *save = NULL;
	assert_non_null(text);
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *p = line, *key = field(&p);
		if (!strcmp(key, "comments"))
			e->comments = atol(p);
		else if (!strcmp(key, "stated"))
			e->stated = strcmp(p, "none") ? atol(p) : STATED_NONE;
		else if (!strcmp(key, "layout"))
			e->layout = tt_xstrdup(p);
		if (strcmp(key, "c") != 0)
			continue;
		e->c = tt_xrealloc(e->c, (e->n + 1) * sizeof *e->c);
		struct want *w = &e->c[e->n++];
		w->depth = (unsigned)atoi(field(&p));
		w->author = tt_xstrdup(field(&p));
		w->posted = tt_xstrdup(field(&p));
		w->words = tt_xstrdup(field(&p));
	}
	free(text);
	assert_int_equal(e->comments, (long)e->n);
}

static void free_expect(struct expect *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->c[i].author), free(e->c[i].posted), free(e->c[i].words);
	free(e->c);
	free(e->layout);
}

/* s with runs of white space made one space, trimmed. Caller frees. */
static char *squeeze(const char *s)
{
	char *out = tt_xmalloc(strlen(s) + 1), *o = out;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			*o++ = *s;
		else if (o > out && o[-1] != ' ')
			*o++ = ' ';
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	return out;
}

/* The comment's words, paragraphs joined by a space, start with w->words. */
static int same_words(const tt_comment *c, const struct want *w)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	for (size_t i = 0; i < c->body.n; i++)
		tt_buf_printf(&b, "%s%s", i ? " " : "", c->body.v[i]);
	char *have = squeeze(b.data);
	int ok = !strncmp(have, w->words, strlen(w->words));
	free(have);
	tt_buf_free(&b);
	return ok;
}

static int same_posted(const tt_comment *c, const struct want *w)
{
	if (!w->posted[0])
		return !c->posted;
	char *have = squeeze(c->posted ? c->posted : "");
	int ok = strstr(have, w->posted) != NULL;
	free(have);
	return ok;
}

/* Comments found with the right author, depth, time and text, in order;
 * a missing or extra comment costs only itself (the walk resynchronises
 * on author and words within a few comments). */
/* Set while a held-out round is scored without being named in TT_ROUNDS
 * (a plain ctest run, as in CI): its floors are checked but its figures not
 * printed, so that nobody working on the importers reads them by accident.
 * TT_SHOW_HELDOUT=1 (make bench, which reports them) prints them. */
static int quiet;
#define say(...)                                                                                   \
	do {                                                                                       \
		if (!quiet)                                                                        \
			print_message(__VA_ARGS__);                                                \
	} while (0)

static size_t score_page(const tt_thread *t, const struct expect *e, const char *name)
{
	size_t right = 0, at = 0;
	for (size_t i = 0; i < e->n; i++) {
		const struct want *w = &e->c[i];
		size_t k = at;
		while (k < t->ncomments && k < at + 5 &&
		       !(same_words(t->order[k], w) &&
		         !strcmp(t->order[k]->author ? t->order[k]->author : "", w->author)))
			k++;
		if (k >= t->ncomments || k >= at + 5) {
			say("%s: comment %zu (%s: %s) not found\n", name, i + 1,
			              w->author, w->words);
			continue;
		}
		const tt_comment *c = t->order[k];
		if (c->depth == w->depth && same_posted(c, w))
			right++;
		else
			say(
			    "%s: comment %zu (%s): depth %u posted \"%s\", expected %u \"%s\"\n",
			    name, i + 1, w->author, c->depth, c->posted ? c->posted : "", w->depth,
			    w->posted);
		at = k + 1;
	}
	return right;
}

/* The page imported with a report (its stated count). NULL if refused. */
static tt_thread *import_reported(const char *rel, struct tt_import_report *r, tt_error *err)
{
	struct tt_import_opts o = {.kind = TT_IMPORT_AUTO, .report = r};
	char *p = tt_test_src(rel);
	int eno;
	tt_import_report_init(r, 0);
	tt_thread *t = tt_import_file(p, &o, err, &eno);
	free(p);
	return t;
}

/* Pages whose HTML the report says states another count than the .expect's
 * "stated" line, in the last score_dir_refusing. */
static size_t stated_wrong;
static size_t stated_unread; /* of those, pages whose count the report gives none */

/* Scores every page of a folder, read from its HTML (dump NULL) or from its
 * text dump (dump "w3m" or "lynx", in the folder's dumps/; pages without one
 * are left out); returns the share right, and the counts. Where a page's
 * .expect says what count the page states, its HTML's report must say the
 * same (counted in stated_wrong). */
static double score_dir_refusing(const char *rel, const char *dump, size_t *right,
                                size_t *total, size_t *refused)
{
	stated_wrong = stated_unread = 0;
	char *dir = tt_test_src(rel);
	DIR *d = opendir(dir);
	assert_non_null(d);
	*right = *total = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (l < 6 || strcmp(de->d_name + l - 5, ".html") != 0)
			continue;
		char *page =
		    dump ? tt_xasprintf("%s/dumps/%.*s.%s.txt", rel, (int)(l - 5), de->d_name, dump)
		         : tt_xasprintf("%s/%s", rel, de->d_name);
		char *exp = tt_xasprintf("%s/%.*s.expect", dir, (int)(l - 5), de->d_name);
		char *abs = tt_test_src(page);
		if (access(abs, F_OK) == 0) {
			struct expect e;
			read_expect(exp, &e);
			/* A page refused counts as none of its comments found; a
			 * page's HTML may be refused only where the caller counts it
			 * (refused non-NULL: a held-out round's first result). */
			tt_error err;
			struct tt_import_report rep;
			tt_thread *t = import_reported(page, &rep, &err);
			if (!t && !dump && !refused)
				tt_error_print(&err);
			assert_true(t || dump || refused);
			if (!t && !dump)
				++*refused;
			long want = e.stated == STATED_NONE ? -1 : e.stated;
			if (t && !dump && e.stated != -1 && rep.stated != want) {
				say(
				    "%s: the report says the page states %ld, the page %ld\n",
				    strrchr(page, '/') + 1, rep.stated, want);
				stated_wrong++;
				stated_unread += rep.stated < 0;
			}
			tt_import_report_free(&rep);
			size_t r = t ? score_page(t, &e, strrchr(page, '/') + 1) : 0,
			       n = t ? t->ncomments : 0;
			if (!t)
				say("%s: refused: %s\n", strrchr(page, '/') + 1, err.msg);
			say("%-44s %3zu of %3zu comments right (found %zu)\n",
			              strrchr(page, '/') + 1, r, e.n, n);
			*right += r;
			/* Comments found where the page has none count against it too. */
			*total += e.n > n ? e.n : n;
			if (t)
				tt_test_assert_round_trip(t);
			tt_thread_free(t);
			free_expect(&e);
		}
		free(abs);
		free(page);
		free(exp);
	}
	closedir(d);
	free(dir);
	return *total ? (double)*right / (double)*total : 0;
}

/* As score_dir_refusing, with every page's HTML required to import. */
static double score_dir(const char *rel, const char *dump, size_t *right, size_t *total)
{
	return score_dir_refusing(rel, dump, right, total, NULL);
}

/* Round 9's layouts (tests/data/html/round9), worked on since round 10 was
 * chosen: each a family of markup, on a small page of its own. */
static void test_round9_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A name box ("author_name") holding a title above the member's link
	 * and a fans count under it: the link is the name; the text box
	 * ("comment_body") holds the time and the words; answers sit in the
	 * "comment_children" box after the comment they answer. */
#define HP(id, title, name, when, text)                                                            \
	"<div id=\"comment_" id "\" class=\"comment_item \"><div class=\"comment_top\"><div "        \
	"class=\"author_name\">" title "<a class=\"bold\" href=\"/social/" name "\">" name "</a><div " \
	"class=\"author_fans\"><a href=\"/social/" name "\">349 Fans</a></div></div></div><div "       \
	"class=\"comment_body\"><div class=\"comment_time\"> " when " </div> " text "</div></div>"
	const char *hp =
	    "<html><body>" ARTICLE_P "<div class=\"comments\"><div class=\"no_print\">" HP(
	        "1", "", "MochaLite", "15 seconds ago (7:18 PM)", "Ok, this is just too easy.")
	        "<div class=\"comment_children\">" HP(
	            "2", "<div class=\"bold\">HUFFPOST SUPER USER</div>", "cliffhammond",
	            "30 seconds ago (7:18 PM)", "We should get a debate.") "</div>"
	    "</div><div class=\"no_print\">" HP("3", "", "Duppy", "2 minutes ago (7:17 PM)",
	                                        "Speaking of which.") "</div></div></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(hp, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "MochaLite");
	assert_string_equal(t->order[0]->posted, "15 seconds ago (7:18 PM)");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Ok, this is just too easy.");
	assert_string_equal(t->order[1]->author, "cliffhammond");
	assert_int_equal(t->order[1]->depth, 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "We should get a debate.");
	assert_string_equal(t->order[2]->author, "Duppy");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef HP
	/* A plain list whose items hold a "commentor-info" box and the text in
	 * a "submitted-comment" box; a post quoting another, its <cite> "NAME:
	 * DATE", answers it. */
#define PO(name, when, text)                                                                       \
	"<li class=\"clearfix\"><div class=\"group\"><div class=\"commentor-info\"><div><a "          \
	"href=\"/profile_view.cfm?id=1\">" name "</a> <div>Party: NA</div></div></div><div "           \
	"class=\"comment-meta\"> Reply #1 <div>" when "</div></div></div><div "                        \
	"class=\"submitted-comment clearfix\">" text "</div><ul class=\"comment-controls\"><li "       \
	"class=\"reply\"><a href=\"#threadform\">Reply</a></li></ul></li>"
	const char *po =
	    "<html><body>" ARTICLE_P "<ul class=\"forum-list\">" PO(
	        "HalfPastLate", "Oct. 9, 2010 - 7:56 AM EST", "<p>Don't re-elect anyone.</p>")
	        PO("conserv", "Oct. 9, 2010 - 8:15 AM EST",
	           "<blockquote><div><cite> HalfPastLate: Oct. 9, 2010 - 7:56 AM EST </cite></div>"
	           "<p>Don't re-elect anyone.</p></blockquote><p>Here here.</p>")
	            PO("Dread-neck", "Oct. 9, 2010 - 8:20 AM EST", "<p>People are leaving.</p>")
	                "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(po, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "HalfPastLate");
	assert_non_null(strstr(t->order[0]->posted, "Oct. 9, 2010 - 7:56 AM EST"));
	assert_string_equal(t->order[0]->body.v[0], "Don't re-elect anyone.");
	assert_string_equal(t->order[1]->author, "conserv");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[t->order[1]->body.n - 1], "Here here.");
	assert_string_equal(t->order[2]->author, "Dread-neck");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef PO
	/* SPIP's "comment hreview": the reviewer (", par NAME") is the author,
	 * not the "En réponse à" link to the article (a.url.fn); answers sit in
	 * the list inside the message they answer. */
#define SP(name, when, text, answers)                                                              \
	"<li class=\"comment-li comment-item\"><div class=\"comment hreview\"><p "                     \
	"class=\"comment-meta\"><a class=\"permalink\" href=\"#f1\">#</a> <time "                     \
	"datetime=\"2019-07-17T20:09:45Z\">" when "</time><span class=\"reviewer vcard\"><span "        \
	"class=\"sep\">, </span>par " name "</span> <span class=\"item\">En réponse à : <a "            \
	"class=\"url fn\" href=\"art\">Didier Porte</a></span></p><div class=\"comment-content "       \
	"description\"><p>" text "</p></div></div>" answers "</li>"
	const char *sp =
	    "<html><body>" ARTICLE_P "<div class=\"comments\"><ul class=\"comments-ul comments-items\">" SP(
	        "Horus", "Le 17 juillet à 22:09", "Barbier, quelle pitié !", "")
	        SP("Gérard Martinez", "Le 2 juillet à 08:19", "Balkany jouant de la guitare.",
	           "<ul class=\"comments-ul comments-items\">" SP("Phile", "Le 2 juillet à 20:35",
	                                                          "Après avoir joué du pipeau.",
	                                                          "") "</ul>") "</ul></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(sp, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Horus");
	assert_string_equal(t->order[0]->body.v[0], "Barbier, quelle pitié !");
	assert_string_equal(t->order[1]->author, "Gérard Martinez");
	assert_string_equal(t->order[2]->author, "Phile");
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef SP
	/* Prefixed names of a comment's parts ("fig-comment-user",
	 * "fig-comment-msg"): the user link is the author, the message box the
	 * text, not the "Abonné" badge or the "Alerter Répondre" tools. */
#define FG(name, when, text)                                                                       \
	"<li class=\"fig-comment 1606\"><article class=\"fig-comment-content\"><div "                 \
	"class=\"fig-comment-avatar-wrapper\"><a href=\"/page/" name "\" "                             \
	"class=\"fig-comment-avatar\"></a><span class=\"fig-comment-type\">Abonné</span></div><div "   \
	"class=\"fig-comment-header\"><a href=\"/page/" name "\" class=\"fig-comment-user\">" name     \
	"</a></div><div class=\"fig-comment-msg\"><p>" text "</p></div><div "                          \
	"class=\"fig-comment-footer\"><span class=\"fig-comment-timestamp\">" when "</span><div "      \
	"class=\"fig-comment-tools\"><a href=\"/alerter\">Alerter</a> <a "                             \
	"href=\"/repondre\">Répondre</a></div></div></article></li>"
	const char *fg = "<html><body>" ARTICLE_P "<ul class=\"fig-comments\">" FG(
	    "democrate10", "Le 21/04/2013 à 02:20", "Bonne chose mais réaction paradoxale.")
	    FG("louisette.lot", "Le 07/04/2013 à 17:29", "Nouveau ça vient de sortir.") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(fg, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "democrate10");
	assert_string_equal(t->order[0]->posted, "Le 21/04/2013 à 02:20");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Bonne chose mais réaction paradoxale.");
	assert_string_equal(t->order[1]->author, "louisette.lot");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef FG
	/* Names with underscores ("article_comment_item", "comment_title",
	 * "comment_author_name", "comment_content"): the item is a comment, its
	 * title its first paragraph, "Soumis par NAME, le DATE" its header. */
#define SL(title, name, when, text)                                                                \
	"<div class=\"comment_margin\"></div><div class=\"article_comment_item\"><div "               \
	"class=\"comment_infos\">" title "<div class=\"comment_author\">Soumis par <span "             \
	"class=\"comment_author_name\">" name "</span>, le " when "</div></div><div "                  \
	"class=\"comment_content\"><p>" text "</p></div></div>"
	const char *sl =
	    "<html><body>" ARTICLE_P "<div id=\"comments\">" SL(
	        "<div class=\"comment_title\">bof</div>", "monslateamoi",
	        "lundi 29 octobre 2012 à 15h46", "Apres gaston Deferre à marseille.")
	        SL("", "Roger-Wielgus", "lundi 29 octobre 2012 à 16h02", "Une histoire.")
	            "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(sl, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "monslateamoi");
	assert_non_null(strstr(t->order[0]->posted, "lundi 29 octobre 2012 à 15h46"));
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[0], "bof");
	assert_string_equal(t->order[0]->body.v[1], "Apres gaston Deferre à marseille.");
	assert_string_equal(t->order[1]->author, "Roger-Wielgus");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef SL
}

/* Round 10's layouts (tests/data/html/round10), worked on since round 11 was
 * chosen: each a family of markup, on a small page of its own. */
static void test_round10_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A header paragraph "NAME • TIME" before the text: once the name and
	 * the time are taken, the separator left is no paragraph of the text. */
#define PW(id, name, when, text, answers)                                                          \
	"<li class=\"comment depth-1\" id=\"comment-" id "\"><div class=\"comment\"><p><span "     \
	"class=\"author\">" name "</span> &bull; <a href=\"#comment-" id "\" class=\"time\">" when \
	"</a></p><p>" text "</p></div>" answers "</li>"
	const char *pw =
	    "<html><body>" ARTICLE_P "<h2>2 Comments</h2><ol class=\"commentlist\">" PW(
	        "1", "MA Sullivan", "2 weeks ago", "To refer to this population as unauthorized.",
	        "<ul class=\"children\">" PW("2", "hmm", "3 weeks ago", "hopefully not!!",
	                                     "") "</ul>") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(pw, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "MA Sullivan");
	assert_string_equal(t->order[0]->posted, "2 weeks ago");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "To refer to this population as unauthorized.");
	assert_string_equal(t->order[1]->author, "hmm");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "hopefully not!!");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef PW
	/* An author box holding only an avatar's link and a "Profile" button
	 * names nobody: the name is in the box after it ("comment_author"). */
#define VP(id, name, when, text)                                                                   \
	"<li class=\"comment depth-1 highlander-comment\" id=\"li-comment-" id "\"><div "          \
	"id=\"comment-" id                                                                         \
	"\"><div class=\"comment-author avatar-cell\"><a class=\"view_profile\" "                  \
	"href=\"#\"><img src=\"a.png\" alt=\"[avatar]\"></a><br><a class=\"profile_link\" "        \
	"href=\"#\">Profile</a></div><div class=\"comment-meta commentmetadata "                   \
	"comment_text\"><div "                                                                     \
	"class=\"comment_date\"> " when " </div><div class=\"comment_author\"> " name              \
	" </div><div class=\"comment-body\"><p>" text "</p></div></div></div></li>"
	const char *vp = "<html><body>" ARTICLE_P "<ol class=\"commentlist\">" VP(
	    "1", "SatanHimself", "12.29.14 at 9:14 pm", "Nope, no need to read this.")
	    VP("2", "stevehandjobs", "12.29.14 at 9:15 pm",
	       "People are morons.") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(vp, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "SatanHimself");
	assert_string_equal(t->order[0]->posted, "12.29.14 at 9:14 pm");
	assert_string_equal(t->order[0]->body.v[0], "Nope, no need to read this.");
	assert_string_equal(t->order[1]->author, "stevehandjobs");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef VP
	/* A comment system's own prefixed names ("fyre-comment-article",
	 * "fyre-comment-username", answers in "fyre-comment-replies"), no time
	 * shown: the author and the text all the same. */
#define LF(name, text, answers)                                                                    \
	"<article class=\"fyre-comment-article\"><div class=\"fyre-comment-wrapper\"><div "        \
	"class=\"fyre-comment-user\"><a class=\"fyre-comment-author\"><img src=\"a.jpg\" "         \
	"alt=\"" name "\"></a></div><header class=\"fyre-comment-head\"><a "                       \
	              "class=\"fyre-comment-username\">" name                                      \
	"</a></header><section class=\"fyre-comment-body\"><div class=\"fyre-comment\"><p>" text   \
	"</p></div></section></div><div class=\"fyre-comment-replies "                             \
	"fyre-comment-container\">" answers "</div></article>"
	const char *lf =
	    "<html><body>" ARTICLE_P "<div class=\"fyre-comment-stream\"><div "
	    "class=\"fyre-stream-content\">" LF("JenniferGentle94",
	                                        "Extremely well-thought out article.",
	                                        LF("Teodora", "I agree with that.", ""))
	        LF("cynicalwank", "The Justine Sacco thing.", "") "</div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(lf, &r);
	assert_string_equal(r.layout, "Livefyre comments");
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "JenniferGentle94");
	assert_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->body.v[0], "Extremely well-thought out article.");
	assert_string_equal(t->order[1]->author, "Teodora");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[2]->author, "cynicalwank");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef LF
	/* A list whose items are named "comment" in the site's language
	 * ("li.commentaire", its text in "commentaire-text"): the bold name
	 * and the <time> opening each item are the header. */
#define LP(name, when, text)                                                                       \
	"<li class=\"commentaire\" id=\"div_commentaire_1\"><div> <strong>" name                   \
	"</strong> <time "                                                                         \
	"datetime=\"2023-11-02T1643\"> " when                                                      \
	" </time></div><div class=\"commentaire-text\"><p>" text                                   \
	"</p><button class=\"more\">Lire plus</button></div><button class=\"comment-abuse "        \
	"signaler\">Signaler</button></li>"
	const char *lp =
	    "<html><body>" ARTICLE_P "<h2>Commentaires (2)</h2><ul id=\"comments-list\" "
	    "class=\"commentaires\">" LP("Dekisefouton", "02-11-2023 &bull; 16h43",
	                                 "Nos juges... Et lui ?")
	        LP("Gigi de Rey", "02-11-2023 &bull; 16h41",
	           "On marche sur la tête !") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(lp, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Dekisefouton");
	assert_string_equal(t->order[0]->posted, "02-11-2023 • 16h43");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Nos juges... Et lui ?");
	assert_string_equal(t->order[1]->author, "Gigi de Rey");
	assert_int_equal(t->order[1]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef LP
	/* A forum thread whose posts say "von NAME am DATE" (the name bold in a
	 * coloured span), keep the poster's profile beside the post's text box
	 * ("post-entry"), and hold an advertisement slot dressed as a post (no
	 * time, its text box empty): the first post is the topic, the slot no
	 * post, the profile no text. */
#define FM(id, name, when, text)                                                                   \
	"<div id=\"p" id "\" class=\"post clearfix\"><div class=\"post-container\"><div "          \
	"class=\"postbody clearfix\"><div class=\"postprofile\"><div "                             \
	"class=\"postprofile-head\"><a "                                                           \
	"href=\"#\"><strong>" name "</strong></a></div><span class=\"postdetails "                 \
	"poster-profile\"><b>admina</b></span></div><div class=\"postbody-head post-header\"><ul " \
	"class=\"post-info\"><li>Beitrag #" id "</li></ul><h3><a href=\"#" id                      \
	"\">Re: Regeln</a></h3><p "                                                                \
	"class=\"author\">&nbsp;von&nbsp;<span style=\"color:#990000\"><strong>" name              \
	"</strong></span>" when "</p></div><div class=\"post-entry\"><div>" text                   \
	"</div></div></div></div></div>"
	const char *fm =
	    "<html><body><h1>Regeln</h1>" FM("1", "lupa", " am 25/05/14, 09:00 am",
	                                     "Die Regeln des Forums, für alle, die hier schreiben.")
	        FM("2", "lupa", " am 26/05/14, 07:41 am", "Das neue Mitglied bekommt ein Forum.")
	            FM("3", "Wolf", " am 27/05/14, 08:00 pm", "Danke für die Regeln.") FM(
	                "4", "Gesponserte Inhalte", " ", "<script>ad();</script>") "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(fm, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "lupa");
	assert_non_null(strstr(t->order[0]->posted, "26/05/14, 07:41 am"));
	assert_null(strstr(t->order[0]->posted, "von"));
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Das neue Mitglied bekommt ein Forum.");
	assert_string_equal(t->order[1]->author, "Wolf");
	assert_int_equal(t->order[1]->depth, 0);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef FM
	/* Round 9's remaining layout (WordPress.com VIP): a first paragraph
	 * holding the commenter's link to a site of their own (a.url,
	 * rel=external) and a permalink to the comment showing its age ("1
	 * year"): the name and the time; the paragraphs after it the text. */
#define WM(id, name, text)                                                                         \
	"<div class=\"comment depth-1 highlander-comment\" id=\"li-comment-" id "\"><div "         \
	"id=\"comment-" id "\" class=\"entry\"><p><a href='https://example.org/" id                \
	"' rel='external "                                                                         \
	"nofollow' class='url'>" name "</a> <a class=\"comment-link\" "                            \
	"href=\"https://blog.example.org/post/#comment-" id "\">1 year</a></p><p>" text            \
	"</p></div></div>"
	const char *wm =
	    "<html><body>" ARTICLE_P "<div class=\"comments\" id=\"comments\"><div "
	    "class=\"commentList\">" WM("296708", "Ed Erhart", "Hello Stefan,")
	        WM("296682", "Stefan Keller (@sfkeller)", "Joe, it is over a week ago.")
	    /* A commenter without a site: the name written loose before the age. */
	    "<div class=\"comment depth-1 highlander-comment\" id=\"li-comment-3\"><div "
	    "id=\"comment-3\" class=\"entry\"><p>mxa <a class=\"comment-link\" "
	    "href=\"https://blog.example.org/post/#comment-3\">1 year</a></p><p>Rendering maps.</p>"
	    "</div></div></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(wm, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Ed Erhart");
	assert_string_equal(t->order[0]->posted, "1 year");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Hello Stefan,");
	assert_string_equal(t->order[1]->author, "Stefan Keller (@sfkeller)");
	assert_string_equal(t->order[2]->author, "mxa");
	assert_string_equal(t->order[2]->posted, "1 year");
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "Rendering maps.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef WM
	/* ASP.NET wraps the whole page in one form ("form#aspnetForm"): that
	 * form is the page, not a form to fill, so its article and comments are
	 * read; the comment form's box inside it ("div#...commentform") holds
	 * instructions marked "comment" too, which are no comment. */
	const char *asp =
	    "<html><body><form name=\"aspnetForm\" method=\"post\" action=\"article.aspx\" "
	    "id=\"aspnetForm\"><h1>Plan to restrict public records draws opposition</h1><div "
	    "id=\"story\"><p>A plan to restrict access to public-records data is drawing mounting "
	    "opposition from journalists, lawyers and citizens across the state.</p></div><ol "
	    "class=\"commentlist\"><li class=\"comment\" id=\"comment-1\"><cite "
	    "class=\"fn\">Richard Hart</cite> <time>(1 day ago)</time><div "
	    "class=\"comment-content\"><p>Simply ghastly.</p></div></li></ol><div "
	    "id=\"ctl00_body1_CommentControl1_commentform\"><div class=\"comment\">In order to "
	    "post a "
	    "comment on this page, you must sign in.</div><textarea></textarea></div></form>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(asp, &r);
	assert_non_null(t->article.title);
	assert_string_equal(t->article.title, "Plan to restrict public records draws opposition");
	assert_true(t->article.body.n >= 1);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Richard Hart");
	assert_string_equal(t->order[0]->body.v[0], "Simply ghastly.");
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* ASP.NET names its controls by id, not class: a cell holding a header
	 * line (the "lnkScreenName" link, the "lblCommentDate" label, a time in
	 * brackets) and the text box marked "comment" is one comment. */
#define TW(k, name, text)                                                                          \
	"<table class=\"commentBackground\"><tr><td><a href=\"/profile/profile.aspx?id=1\"><img "  \
	"src=\"a.jpg\"></a></td><td id=\"lstComment_ctrl" k "_tdComment\"><div><div "              \
	"class=\"commentAdminLink\"><a href=\"#\">Report Comment</a></div> <a "                    \
	"id=\"lstComment_ctrl" k                                                                   \
	"_lnkScreenName\" class=\"comment\" href=\"/profile/profile.aspx?id=1\">" name             \
	"</a> <span id=\"lstComment_ctrl" k "_lblCommentDate\" class=\"comment\">(1 day "          \
	"ago)</span></div><div class=\"comment\">" text "</div></td></tr></table>"
	const char *tw =
	    "<html><body><h1>Plan to restrict public records</h1><p>A plan to restrict "
	    "access to public-records data is drawing mounting opposition across the "
	    "state.</p>" TW("0", "Richard Hart", "Simply ghastly.")
	        TW("1", "Eagle 4", "I think the proposal started elsewhere.") "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(tw, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Richard Hart");
	assert_string_equal(t->order[0]->posted, "(1 day ago)");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Simply ghastly.");
	assert_string_equal(t->order[1]->author, "Eagle 4");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef TW
}

/* Round 11's layouts (tests/data/html/round11), worked on since round 12 was
 * chosen: each a family of markup, on a small page of its own. */
static void test_round11_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A theme's <blockquote class="entry-content"> is the box of the
	 * comment's own words, not a quotation; and the heading that names the
	 * author ("NAME wrote on DATE:") is the comment's header, none of its
	 * words part of the text. A plain <blockquote> stays a quotation. */
#define BQ(id, name, when, text)                                                                   \
	"<li id=\"comment-" id "\" class=\"comment depth-1\"><h4 class=\"entry-title vcard\"><cite " \
	"class=\"author fn\">" name "</cite> <span class=\"comment-meta\">wrote on <a "            \
	"href=\"#comment-" id "\"><time datetime=\"2020-12-24\">" when "</time></a></span></h4>"   \
	"<blockquote class=\"entry-content\"><p>" text "</p></blockquote></li>"
	const char *bq = "<html><body>" ARTICLE_P "<ol class=\"commentlist\">" BQ(
	    "1", "Alan Goodale", "December 24, 2020 at 3:53 am:",
	    "Enhancement: are there plans for collections?")
	    BQ("2", "John Doe", "February 9, 2021 at 10:16 pm:",
	       "<blockquote><p>Quoted words.</p></blockquote><p>Thank you for fixing it!</p>")
	        "</ol></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(bq, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Alan Goodale");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Enhancement: are there plans for collections?");
	assert_string_equal(t->order[1]->author, "John Doe");
	assert_int_equal(t->order[1]->body.n, 2);
	assert_string_equal(t->order[1]->body.v[0], "> Quoted words.");
	assert_string_equal(t->order[1]->body.v[1], "Thank you for fixing it!");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef BQ
	/* A box of class "quote" at the start of a comment (MacRumors' p.quote,
	 * lines split by <br>) is a quotation: "> " before its paragraphs. */
	const char *pq =
	    "<html><body>" ARTICLE_P "<div class=\"comments\"><div class=\"comment\">"
	    "<div class=\"username\"><a href=\"/posts/1\">mike...</a></div><div "
	    "class=\"date\">2 days ago at 08:12 am</div><div class=\"content\"><p "
	    "class=\"quote\"><br>No surprise Apple is keeping the 13 inch.<br></p><br>14 and 16 "
	    "make more sense.</div></div><div class=\"comment\"><div class=\"username\"><a "
	    "href=\"/posts/2\">Nick A</a></div><div class=\"date\">2 days ago at 07:47 "
	    "am</div><div class=\"content\">I think we will see similar updates.</div></div>"
	    "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(pq, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "mike...");
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[0], "> No surprise Apple is keeping the 13 inch.");
	assert_string_equal(t->order[0]->body.v[1], "14 and 16 make more sense.");
	assert_string_equal(t->order[1]->author, "Nick A");
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* An avatar drawn as the author's initials (taz.de: "EM" in a box of
	 * class "image") is a picture, not the first words of the text. */
#define TZ(id, initials, name, text, answers)                                                      \
	"<li class=\"member comment\" id=\"bb_message_" id "\"><a href=\"/u" id "\"><div "          \
	"class=\"image author-profile\"><span>" initials "</span></div></a><a href=\"/u" id        \
	"\"><span class=\"author\">" name "</span></a><time datetime=\"2023-04-29T11:14:10+02:00\">" \
	"29.04.2023, 11:14 Uhr</time><div class=\"text\"><p>" text "</p></div>" answers "</li>"
	const char *tz = "<html><body>" ARTICLE_P "<ul class=\"comments-list\">" TZ(
	    "1", "EM", "Elon Musk", "Der Entwurf atmet leider den Geist.",
	    "<ul class=\"thread\">" TZ("2", "6G", "663534", "Ich denke doch, dass es gibt.",
	                               "") "</ul>") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(tz, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Elon Musk");
	assert_string_equal(t->order[0]->body.v[0], "Der Entwurf atmet leider den Geist.");
	assert_string_equal(t->order[1]->author, "663534");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "Ich denke doch, dass es gibt.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef TZ
	/* Drupal 6: "Submitted by NAME on DATE." in div.submitted, and under
	 * the text a "Login or register" link to /user/login, no one's profile. */
#define D6(id, name, when, text)                                                                   \
	"<a id=\"comment-" id "\"></a><div class=\"comment comment-published\"><h3 "              \
	"class=\"title\"><a href=\"/a#comment-" id "\">Fake Christians</a></h3><div "              \
	"class=\"submitted\">Submitted by " name " on " when ".</div><div class=\"content\"><p>"  \
	text "</p></div><div class=\"links\"><ul class=\"links\"><li><span><a "                    \
	"href=\"/user/login?destination=comment\">Login</a> or <a "                                \
	"href=\"/user/register?destination=comment\">register</a> to post comments</span></li>"    \
	"</ul></div></div>"
	const char *d6 = "<html><body>" ARTICLE_P "<div id=\"comments\">" D6(
	    "1", "charlyc", "Wed, 10/17/2018 - 12:17", "Jesus said you cannot serve God and mammon.")
	    "<div class=\"indented\">" D6("2", "email_registrat...", "Fri, 10/19/2018 - 14:08",
	                                   "Yeshua says to beware.") "</div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(d6, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "charlyc");
	assert_string_equal(t->order[1]->author, "email_registrat...");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef D6
	/* WordPress.com's pingback: "<span class=comment-author>PAGE, on DATE
	 * said:</span>": the author's box holds the time too; its "on" and
	 * "said:" are no text of the comment. */
	const char *pb =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li class=\"pingback depth-1 "
	    "highlander-comment\" id=\"comment-5755\"><div id=\"div-comment-5755\"><div "
	    "class=\"comment-meta commentmetadata\"><span class=\"comment-author vcard\"><strong "
	    "class=\"fn\"><a href=\"http://example.org/p/\" class=\"url\">Pembuat Film | Berita "
	    "Islami</a></strong>, on <a href=\"#comment-5755\">Desember 30, 2015 at 4:36 am</a> "
	    "said:</span></div><p>[&hellip;] a link back [&hellip;]</p></div></li></ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(pb, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Pembuat Film | Berita Islami");
	assert_string_equal(t->order[0]->posted, "Desember 30, 2015 at 4:36 am");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "[\xE2\x80\xA6] a link back [\xE2\x80\xA6]");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Round 13's layouts (tests/data/html/round13), worked on since round 14 was
 * chosen: each a family of markup, on a small page of its own. */
static void test_round13_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* Comments listed flat, each indented by its own margin (LiveJournal:
	 * 25 pixels a level): a comment answers the latest one before it with
	 * a smaller margin; one without a margin is at the top. */
#define LJ(margin, name, text)                                                                     \
	"<article class=\"j-c j-c-full\" style=\"margin-left: " margin ";\" "                      \
	"itemtype=\"https://www.schema.org/UserComments\"><div class=\"j-c-poster\" "              \
	"itemprop=\"creator\"><a href=\"/u\"><b>" name "</b></a></div><time class=\"j-c-date\" "   \
	"datetime=\"2024-05-13\">May 13th, 2024, 03:50 am</time><div class=\"j-c-text\" "          \
	"itemprop=\"commentText\">" text "</div></article><div style=\"display: none;\"></div>"
	/* ...and one the page shows collapsed, without the comments' marks: of
	 * their kind (tag and first class word), it is a comment, with its
	 * author and no text (its links open it). */
#define LJC(margin, name)                                                                          \
	"<a name=\"t5\"></a><article class=\"j-c j-c-partial\" style=\"margin-left: " margin       \
	";\"><a href=\"https://lj.example/1.html?thread=5#t5\">(no subject)</a> - <span "          \
	"class=\"ljuser\"><a href=\"https://" name                                                 \
	".lj.example/\" class=\"i-ljuser-username\"><b>" name                                      \
	"</b></a></span><span> <a href=\"https://lj.example/1.html?thread=5#t5\">Expand</a>"       \
	"</span></article><div style=\"display: none;\"></div>"
	const char *lj_no_margin =
	    "<article class=\"j-c j-c-full\" itemtype=\"https://www.schema.org/UserComments\"><div "
	    "class=\"j-c-poster\" itemprop=\"creator\"><b>fritz</b></div><div class=\"j-c-text\" "
	    "itemprop=\"commentText\">No margin, at the top.</div></article>";
	char *lj = tt_xasprintf(
	    "<html><body>%s<div class=\"j-l-comments-inner\">%s%s%s%s%s%s%s</div></body></html>",
	    ARTICLE_P, LJ("0px", "anna", "First at the top."),
	    LJ("25px", "ben", "An answer to anna."), LJ("50px", "carl", "An answer to ben."),
	    LJC("50px", "gina"), LJ("25px", "dora", "A second answer to anna."),
	    LJ("0px", "emil", "Second at the top."), lj_no_margin);
	tt_import_report_init(&r, 0);
	tt_thread *t = html(lj, &r);
	free(lj);
	assert_int_equal(t->ncomments, 7);
	assert_string_equal(t->order[1]->author, "ben");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[2]->author, "carl");
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_string_equal(t->order[3]->author, "gina");
	assert_ptr_equal(t->order[3]->parent, t->order[1]);
	assert_int_equal(t->order[3]->body.n, 0);
	assert_null(t->order[3]->posted);
	assert_string_equal(t->order[4]->author, "dora");
	assert_ptr_equal(t->order[4]->parent, t->order[0]);
	assert_string_equal(t->order[5]->author, "emil");
	assert_null(t->order[5]->parent);
	assert_string_equal(t->order[6]->author, "fritz");
	assert_null(t->order[6]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef LJ
#undef LJC
	/* The time written loose after the name, in the box of the text
	 * ("<span class=author>NAME</span><br>März 7, 2018 <p>TEXT"): the
	 * comment's time, not its first paragraph. */
#define LT(id, name, text, answers)                                                                \
	"<li class=\"comment\" id=\"li-comment-" id "\"><div id=\"comment-" id "\" "               \
	"class=\"comment-body\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"a.png\" "  \
	"class=\"avatar\"></div><div class=\"extra-wrap\"><span class=\"author\">" name            \
	"</span><br>"                                                                              \
	"\nMärz 7, 2018\t  \t<p>" text                                                             \
	"</p></div><div class=\"reply\"><a class=\"comment-reply-link\" "                          \
	"href=\"#r\">Reply</a></div></div>" answers "</li>"
	const char *lt = "<html><body>" ARTICLE_P "<ol class=\"commentlist\">" LT(
	    "1", "dottoressa", "Liebe Claudia,<br>Du hast sehr schönes Haar.",
	    "<ul class=\"children\">" LT("2", "happyface313", "Vielen Dank!",
	                                 "") "</ul>") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(lt, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "dottoressa");
	assert_string_equal(t->order[0]->posted, "März 7, 2018");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Liebe Claudia,\nDu hast sehr schönes Haar.");
	assert_string_equal(t->order[1]->author, "happyface313");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Vielen Dank!");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef LT
	/* A header box named meta opening with a link to the member's page
	 * (Douban: "<div class=meta-header><a href=/people/N>yj</a><span>(a
	 * signature)</span><time>"): the link names the author; a permalink
	 * or a link showing a time would not. */
#define DB(name, sig, when, text)                                                                  \
	"<div class=\"item comment-item\"><div class=\"author-avatar\"><a href=\"/people/1/\">"    \
	"<img src=\"a.png\" alt=\"" name "\"></a></div><div class=\"comment-main\"><div "          \
	"class=\"meta-header\"><a href=\"https://www.douban.com/people/166957560\" title=\"" name  \
	"\">" name "</a>" sig "<time datetime=\"" when "\">" when "</time></div><div "             \
	"class=\"comment-content\"><span>" text "</span></div></div></div>"
	const char *db = "<html><body>" ARTICLE_P "<div id=\"comments\" class=\"comment-list\">" DB(
	    "yj", "", "2017-09-30 23:18:10", "喜欢的电影")
	    DB("cope", "<span title=\"x\">(时间是固定的)</span>", "2017-11-10 19:35:15",
	       "超级棒") "<div class=\"item comment-item\"><div class=\"meta-header\"><a "
	                 "href=\"#c3\">Link</a><time>2017-11-11 05:46:28</time></div><div "
	                 "class=\"comment-content\">No name here.</div></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(db, &r);
	assert_int_equal(t->ncomments, 3);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "yj");
	assert_string_equal(t->order[0]->posted, "2017-09-30 23:18:10");
	assert_string_equal(t->order[0]->body.v[0], "喜欢的电影");
	assert_string_equal(t->order[1]->author, "cope");
	assert_string_equal(t->order[1]->body.v[0], "超级棒");
	assert_null(t->order[2]->author);
	assert_string_equal(t->order[2]->body.v[0], "No name here.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef DB
	/* A count written twice side by side, a short form the style sheet hides
	 * and a long one ("<span>123</span><span>123 comments</span>",
	 * LiveJournal): the page says 123, not 123123. */
	const char *cnt =
	    "<html><body>" ARTICLE_P "<ul><li class=\"j-e-nav-item j-e-nav-item-comments\"><a "
	    "href=\"/1.html\"><span class=\"j-e-nav-item-comments-short\">123</span><span "
	    "class=\"j-e-nav-item-comments-long\">123 comments</span></a></li></ul><ol "
	    "class=\"commentlist\"><li class=\"comment\" id=\"comment-1\"><cite "
	    "class=\"fn\">anna</cite><time datetime=\"2024-05-13\">May 13th, 2024</time><div "
	    "class=\"comment-content\"><p>One of them.</p></div></li></ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(cnt, &r);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(r.stated, 123);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Round 14's layouts (tests/data/html/round14), worked on since round 15 was
 * chosen: each a family of markup, on a small page of its own. */
static void test_round14_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* Class names as a CSS-modules build writes them, FILE-module__NAME--HASH
	 * (GitHub's issue page), are read by their name: the author's link
	 * ("AuthorLink") and the comment's boxes ("IssueCommentContent",
	 * "IssueCommentBody"), the header's words ("edited by", a badge) no
	 * text of the comment. */
#define GH(name, when, text)                                                                       \
	"<div class=\"comment\"><div "                                                             \
	"class=\"IssueCommentViewer-module__IssueCommentContent--kTuSn\">"                         \
	"<div class=\"ActivityHeader-module__header--Flalv\"><a "                                  \
	"class=\"Avatar-module__avatarLink--"                                                      \
	"S36bm\" href=\"/" name "\"><img alt=\"@" name                                             \
	"\" src=\"a.png\"></a><a class=\"ActivityHeader-"                                          \
	"module__AuthorLink--iofTU\" href=\"/" name "\">" name                                     \
	"</a><span> · edited by <a href=\"/" name "\">" name                                       \
	"</a></span><a href=\"#issuecomment-1\"><relative-time datetime=\"2025-05-"                \
	"25T22:14:08Z\">" when "</relative-time></a><span>Contributor</span></div><div class=\""   \
	"IssueCommentViewer-module__IssueCommentBody--yozBB\"><p>" text "</p></div></div></div>"
	const char *gh =
	    "<html><body>" ARTICLE_P GH("jmorrell", "on May 26, 2025", "For my use-case, a worker.")
	        GH("masylum", "on Jun 2, 2025", "It would be great.") "</body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(gh, &r);
	assert_int_equal(t->ncomments, 2);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "jmorrell");
	assert_string_equal(t->order[0]->posted, "on May 26, 2025");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "For my use-case, a worker.");
	assert_string_equal(t->order[1]->author, "masylum");
	assert_int_equal(t->order[1]->body.n, 1);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef GH
	/* A comment's box labelled for screen readers "Comment by NAME"
	 * (Substack): the name as the label writes it; the permalink to the
	 * comment's own page (".../comment/N") showing a short age ("5h") is
	 * its time. */
#define SS(id, name, age, text)                                                                    \
	"<div class=\"comment\"><div id=\"comment-" id "\" class=\"comment-anchor\"></div><div "   \
	"role=\"article\" aria-label=\"Comment by " name "\" class=\"pencraft comment-content\">"  \
	"<a href=\"https://s.example/profile/1-x\"><img alt=\"avatar\" "                           \
	"src=\"a.png\"></a><div><span>"                                                            \
	"<a href=\"https://s.example/profile/1-x\">" name                                          \
	"</a></span><a href=\"https://x.example/p/"                                                \
	"post/comment/" id "\" title=\"May 1, 2026, 8:51 PM\"><span>" age "</span></a></div><div " \
	"class=\"comment-body expanded\"><p>" text "</p></div><button>Reply</button></div></div>"
	const char *ss = "<html><body>" ARTICLE_P "<div class=\"comment-list\">" SS(
	    "252284732", "Jason Rhinelander", "5h", "I'm the chief software architect.")
	    SS("252267010", "nacho \xF0\x9F\x87\xA8\xF0\x9F\x87\xA6", "6h",
	       "Anybody who has maintained code.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ss, &r);
	assert_int_equal(t->ncomments, 2);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "Jason Rhinelander");
	assert_non_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->posted, "5h");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "I'm the chief software architect.");
	assert_string_equal(t->order[1]->author, "nacho \xF0\x9F\x87\xA8\xF0\x9F\x87\xA6");
	assert_string_equal(t->order[1]->posted, "6h");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef SS
	/* Discourse's topic for crawlers: a schema.org author opening with its
	 * stated name ("<span itemprop=name>techAPJ</span> (Arpit Jalan)") is
	 * named so, and the post's articleBody is its text (not its "#2" nor
	 * its likes); a word before the name stays ("Herr Steffen Ecks"). */
#define DC(name, full, n, text)                                                                    \
	"<div itemscope itemtype=\"http://schema.org/DiscussionForumPosting\" class=\"topic-body " \
	"crawler-post\"><div class=\"crawler-post-meta\"><span class=\"creator\" "                 \
	"itemprop=\"author\" "                                                                     \
	"itemscope itemtype=\"http://schema.org/Person\"><a itemprop=\"url\" href=\"/u/" name      \
	"\">"                                                                                      \
	"<span itemprop=\"name\">" name "</span></a> " full " </span><span class=\"crawler-post-"  \
	"infos\"><time itemprop=\"datePublished\" datetime=\"2014-02-06T05:27:00Z\" class=\"post-" \
	"time\">February 6, 2014, 5:27am</time><span itemprop=\"position\">" n "</span></span>"    \
	"</div><div class=\"post\" itemprop=\"articleBody\"><p>" text                              \
	"</p></div><div>1 Like</div>"                                                              \
	"</div>"
	const char *dc = "<html><body><div id=\"main-outlet\">" DC(
	    "techAPJ", "(Arpit Jalan)", "#1", "Congratulations Discourse for the stars on GitHub.")
	    DC("codinghorror", "(Jeff Atwood)", "#2",
	       "Ah, cool. I was not sure how to see that.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(dc, &r);
	assert_int_equal(t->ncomments, 1);
	assert_non_null(t->article.author);
	assert_string_equal(t->article.author, "techAPJ");
	assert_string_equal(t->order[0]->author, "codinghorror");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Ah, cool. I was not sure how to see that.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef DC
	const char *herr =
	    "<html><body>" ARTICLE_P "<div class=\"comment\" itemscope "
	    "itemtype=\"https://schema.org/Comment\"><span itemscope "
	    "itemtype=\"https://schema.org/Person\" itemprop=\"author\">Herr <span "
	    "itemprop=\"name\">Steffen Ecks</span></span><time itemprop=\"datePublished\" "
	    "content=\"2020-04-28T10:27:29+0200\">28.04.2020</time><div itemprop=\"text\">Diese "
	    "ganze Situation.</div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(herr, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Herr Steffen Ecks");
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* A deleted account shown in the name's place, a mark alone in a span
	 * before the time (new Reddit: "<span>[deleted]</span>" where others
	 * link the member's page), is the name as shown; the same mark as a
	 * comment's text names nobody. */
#define RD(id, level, who, text)                                                                   \
	"<div class=\"Comment t1_" id                                                              \
	" d6o18y-3\"><div class=\"d6o18y-2\"><span class=\"s1dqr9jy-0\">"                          \
	"level " level "</span><div class=\"d6o18y-1\"><div class=\"xvda30-0\">" who "<div id=\""  \
	"UserInfoTooltip--t1_" id                                                                  \
	"\"></div></div><span>7.9k points</span><span> · </span><a href=\""                       \
	"https://r.example/r/gifs/comments/4vv0sa/x/" id                                           \
	"/\" id=\"CommentTopMeta--Created--t1_" id                                                 \
	"\"><span>2 years ago</span></a></div><div data-test-id=\"comment\"><p>" text "</p></div>" \
	"</div></div>"
	const char *rd = "<html><body>" ARTICLE_P RD(
	    "d61quru", "1",
	    "<a href=\"https://r.example/user/PotatoMusicBinge\">PotatoMusicBinge</a>",
	    "Yeah seems like a good imagine.")
	    RD("d61r2sp", "2", "<span class=\"s1461iz-2\">[deleted]</span>",
	       "Well that's what everyone thought.") "<div class=\"comment\"><div "
	                                             "class=\"comment-content\"><span>[deleted]</"
	                                             "span>"
	                                             "</div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(rd, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "PotatoMusicBinge");
	assert_non_null(t->order[1]->author);
	assert_string_equal(t->order[1]->author, "[deleted]");
	assert_string_equal(t->order[1]->posted, "2 years ago");
	assert_string_equal(t->order[1]->body.v[0], "Well that's what everyone thought.");
	assert_null(t->order[2]->author);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef RD
	/* Hacker News's own convention: a paragraph opening with ">" quotes,
	 * typed with or without a space; written "> " as every quotation. */
	const char *hn =
	    "<html><body><table><tr class=\"athing comtr\" id=\"2\"><td><table><tr><td "
	    "class=\"ind\" "
	    "indent=\"0\"></td><td class=\"default\"><div><span class=\"comhead\"><a "
	    "href=\"user?id=boppo1\" class=\"hnuser\">boppo1</a> <span class=\"age\"><a "
	    "href=\"item?id=2\">23 hours ago</a></span></span></div><div class=\"comment\"><span "
	    "class=\"commtext c00\">&gt;Sokal Squared hoax[0]<p>Can you give some "
	    "context?</p><p>&gt; "
	    "typed with a space</p><p>A 5 &gt; 3 "
	    "inside.</p></span></div></td></tr></table></td></tr>"
	    "</table></body></html>";
	tt_import_report_init(&r, 0);
	t = html(hn, &r);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(t->order[0]->body.n, 4);
	assert_string_equal(t->order[0]->body.v[0], "> Sokal Squared hoax[0]");
	assert_string_equal(t->order[0]->body.v[1], "Can you give some context?");
	assert_string_equal(t->order[0]->body.v[2], "> typed with a space");
	assert_string_equal(t->order[0]->body.v[3], "A 5 > 3 inside.");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* The count a page states, in the forms the fidelity tests' "stated" lines
 * found it (each page's .expect says what its page states): a count box
 * named so holding a number alone, a link to the comments, schema.org's
 * commentCount, a thousands separator, the count words of more languages,
 * an h5 naming the count before its number; not a script's "0", nor a
 * date opening an h5. */
/* The count the import report says a page of one comment states, the
 * count's markup before the comments (before) or after them, in a box of
 * its own (after). */
static long stated_page(const char *before, const char *after)
{
	char *page = tt_xasprintf(
	    "<html><body>%s%s<ol class=\"commentlist\"><li class=\"comment\" "
	    "id=\"comment-1\"><cite "
	    "class=\"fn\">anna</cite><time datetime=\"2024-05-13\">May 13th, 2024</time><div "
	    "class=\"comment-content\"><p>One of them.</p></div></li></ol>%s%s%s</body></html>",
	    ARTICLE_P, before, *after ? "<div class=\"sidebar\">" : "", after, *after ? "</div>" : "");
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	free(page);
	assert_int_equal(t->ncomments, 1);
	long stated = r.stated;
	tt_thread_free(t);
	tt_import_report_free(&r);
	return stated;
}

static long stated_of(const char *count_markup)
{
	return stated_page(count_markup, "");
}

static long stated_after(const char *count_markup)
{
	return stated_page("", count_markup);
}

/* Counts that are not the page's (round 41): a "Replies: 28" in a list of
 * other threads, each item a link to its thread and the same label
 * (vBulletin's "Similar Threads"), and a number a label of other words
 * names ("Followers 8" in a box Invision's theme names ipsCommentCount).
 * The same label alone, or the box alone, still states the count. */
static void test_other_pages_counts(void **state)
{
	(void)state;
	assert_int_equal(stated_after("<div><span class=\"shade\">Replies:</span> 28</div>"), 28);
	assert_int_equal(
	    stated_after("<ol class=\"similar_threads\"><li><h6><a href=\"showthread.php?t=15\">PRICE"
	              "</a></h6><div class=\"dateblock\"><span class=\"shade\">Replies:</span> 28"
	              "</div></li><li><h6><a href=\"showthread.php?t=16\">Which host?</a></h6><div "
	              "class=\"dateblock\"><span class=\"shade\">Replies:</span> 4</div></li></ol>"),
	    -1);
	/* (an item of a list of links alone showing the label, the page's own
	 * toolbar: its count) */
	assert_int_equal(
	    stated_after("<ul class=\"bar\"><li><span class=\"shade\">Replies:</span> 28 <a "
	                 "href=\"/reply\">Reply</a></li><li><a href=\"/share\">Share</a></li></ul>"),
	    28);
	assert_int_equal(stated_after("<span class=\"ipsCommentCount\">8</span>"), 8);
	assert_int_equal(stated_after("<a href=\"/login/\" class=\"ipsFollow ipsButton\"><span>Followers"
	                           "</span> <span class=\"ipsCommentCount\">8</span></a>"),
	                 -1);
}

static void test_stated_counts(void **state)
{
	(void)state;
	assert_int_equal(
	    stated_of("<span id=\"js_reply-count\">146<span class=\"icon\"></span></span>"), 146);
	assert_int_equal(stated_of("<p><a href=\"#comments\">32 Kommentare</a></p>"), 32);
	assert_int_equal(stated_of("<a href=\"/x.html#sf_comment_list\">18</a>"), 18);
	assert_int_equal(stated_of("<meta itemprop=\"commentCount\" content=\"224\">"), 224);
	assert_int_equal(stated_of("<h2 class=\"title\">1.977 commentaires</h2>"), 1977);
	assert_int_equal(stated_of("<h2 class=\"header\"><b>Komentarze</b>(9)</h2>"), 9);
	assert_int_equal(stated_of("<h3>2 Coment\xC3\xA1rios</h3>"), 2);
	assert_int_equal(stated_of("<div class=\"box_title\"><h4>10 r\xC3\xA9"
	                           "actions</h4></div>"),
	                 10);
	assert_int_equal(
	    stated_of("<span class=\"comments__headline\"> 91 Erg\xC3\xA4nzungen </span>"), 91);
	assert_int_equal(
	    stated_of("<h3>\xE7\x95\x99\xE8\xA8\x80\xE5\x88\x97\xE8\xA1\xA8 (42)</h3>"), 42);
	assert_int_equal(stated_of("<p class=\"headline\"> 3 Kommentare </p>"), 3);
	assert_int_equal(stated_of("<h5><span>Komentarze</span><small>Liczba komentarzy: "
	                           "<strong>6</strong></small></h5>"),
	                 6);
	/* a count of replies over them, then a mark and the last one's time
	 * (V2EX's); a figure in a name beside "add a new reply" (Bangumi's) */
	assert_int_equal(stated_of("<div class=\"cell\"><span class=\"gray\">3 "
	                           "\xE6\x9D\xA1\xE5\x9B\x9E\xE5\xA4\x8D &nbsp;<strong>\xE2\x80\xA2"
	                           "</strong> &nbsp;2023-01-06 21:54:17 +08:00</span></div>"),
	                 3);
	assert_int_equal(stated_of("<h2 class=\"reply_title\"><span><a href=\"/user/trim21\">"
	                           "Trim21</a></span> / \xE6\xB7\xBB\xE5\x8A\xA0\xE6\x96\xB0"
	                           "\xE5\x9B\x9E\xE5\xA4\x8D</h2>"),
	                 -1);
	/* an h5 opening with a date over the post, a comment count after it */
	assert_int_equal(stated_of("<h5 class=\"entry-date\">17. Februar 2020 <a "
	                           "href=\"/p/\">Kommentare</a></h5>"),
	                 -1);
	/* WordPress's "N thoughts on" translated (WordPress.com in German) */
	assert_int_equal(stated_of("<h2 class=\"comments-title\">3 Gedanken zu &ldquo;<span>Need "
	                           "for Speed</span>&rdquo;</h2>"),
	                 3);
	assert_int_equal(stated_of("<h2 class=\"comments-title\">12 r\xC3\xA9" "flexions sur "
	                           "&laquo;&nbsp;Le pont&nbsp;&raquo;</h2>"),
	                 12);
	/* Lemmy's: a link asking the page to scroll to its comments, titled
	 * with the count, its icon's tooltip no word of it (round 40); a link
	 * to one comment is no count's */
	assert_int_equal(stated_of("<a class=\"btn\" title=\"22 Comments\" href=\"/post/21018364?"
	                           "scrollToComments=true\"><svg class=\"icon\"><use></use><div "
	                           "class=\"visually-hidden\"><title>message-square</title></div>"
	                           "</svg>22</a>"),
	                 22);
	assert_int_equal(stated_of("<a title=\"5 Comments\" href=\"/post/2?comment_id=5\">5</a>"), -1);
	assert_int_equal(stated_of("<span class=\"livefyre-commentcount\">0</span>"), -1);
	assert_int_equal(stated_of(""), -1);
}

/* Forum systems and comment markup of round 15 (tests/data/html/round15),
 * each as small pages of its markup: posts found, the opening post the
 * topic and not a comment, names, times and nesting read as the system
 * writes them. */
static void test_round15_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* Homeland (Ruby China): div.reply#replyN, the text in div.markdown, a
	 * reply naming the one it answers by data-reply-to-id nests under it. */
#define HL(n, id, name, to, text)                                                                  \
	"<div class=\"reply\" data-id=\"" id "\" id=\"reply" n "\"><div id=\"reply-" id "\">"      \
	"<div class=\"infos\"><div class=\"info\"><span class=\"name\"><a class=\"user-name\" "     \
	"href=\"/" name "\">" name "</a></span><span class=\"sub-info\"><span class=\"floor\">#" n \
	"</span><a class=\"time\" href=\"#reply-" id "\"><abbr class=\"timeago\" "                 \
	"title=\"2024-04-24\">3 days ago</abbr></a></span></div>" to                               \
	"<div class=\"markdown\"><p>" text "</p></div><div class=\"actions\"><a class=\"likeable\" " \
	"href=\"#\"><span>1 like</span></a></div></div></div></div>"
	const char *hl =
	    "<html><body>" ARTICLE_P "<div id=\"replies\"><div class=\"items\">" HL(
	        "1", "501", "anna", "", "Still using Ruby every day at work.")
	        HL("2", "502", "bert", "", "Where is that quoted from?")
	            HL("3", "503", "carl",
	               "<div class=\"reply-to-block\" data-reply-to-id=\"501\"><div class=\"info\">to "
	               "<a href=\"/r\"><span class=\"user-name\">anna</span> #1</a> answered</div></div>",
	               "So am I, for scripts.") "</div></div></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(hl, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "anna");
	assert_string_equal(t->order[0]->posted, "3 days ago");
	assert_int_equal(t->order[0]->body.n, 1); /* no "1 like" */
	assert_string_equal(t->order[0]->body.v[0], "Still using Ruby every day at work.");
	assert_string_equal(t->order[1]->author, "carl");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "So am I, for scripts.");
	assert_string_equal(t->order[2]->author, "bert");
	assert_null(t->order[2]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef HL
	/* wpForo: div.post-wrap#post-N, the first the topic; the text in
	 * wpforo-post-content without its signature and buttons; the time loose
	 * after "Postado :", not the "NAME reacted" box beside it. */
#define WF(id, name, text)                                                                         \
	"<div id=\"post-" id "\" class=\"post-wrap\"><div class=\"wpforo-post\"><div "            \
	"class=\"wpf-left\"><div class=\"author-data\"><div class=\"author-name\"><span></span>"   \
	"&nbsp;<a href=\"/participant/" name "/\">" name "</a></div></div></div><div "             \
	"class=\"wpf-right\"><div class=\"wpforo-post-content\"><p>" text "</p><div "              \
	"class=\"wpforo-post-signature\"><p>my signature</p></div><div "                           \
	"class=\"wpf-post-button-actions\"><span>Responder</span></div></div><div "                \
	"class=\"wpforo-post-content-bottom\"><div class=\"cbleft\">Postado : 28/06/2023 10:53 pm" \
	"<div class=\"reacted-users\"><a href=\"/p/x/\">Xavier</a> reacted</div></div></div>"      \
	"</div></div></div>"
	const char *wf = "<html><body><h1>Qual é melhor?</h1><div class=\"wpforo-topic\">" WF(
	    "93", "rodrigo", "Qual detector e melhor para ouro?")
	    WF("96", "joel", "Na minha opiniao os dois sao bons.")
	        WF("110", "rodrigo", "Obrigado pela resposta.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(wf, &r);
	assert_string_equal(r.layout, "wpForo forum thread");
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->article.body.v[0], "Qual detector e melhor para ouro?");
	assert_string_equal(t->order[0]->author, "joel");
	assert_string_equal(t->order[0]->posted, "28/06/2023 10:53 pm");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Na minha opiniao os dois sao bons.");
	assert_string_equal(t->order[1]->author, "rodrigo");
	assert_null(t->order[1]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef WF
	/* Kunena: div.row.message holding div.kmsg; Misago: ul.posts-list >
	 * li.post#post-N, the name a.item-title; Flarum as the browser draws it:
	 * div.PostStream-item > article.CommentPost; Asgaros: div.post-element,
	 * the name a.profile-link, the time after "#2 · ". The first post of
	 * each is the topic. */
#define KU(name, when, text)                                                                       \
	"<div class=\"row message\"><div class=\"col-md-2\"><ul class=\"profilebox\"><li><strong>" \
	"<a href=\"/forum/user/12-" name "\">" name "</a></strong></li></ul></div><div "           \
	"class=\"col-md-10\"><small><span class=\"kdate\">" when "</span></small><div "            \
	"class=\"mykmsg-header\">Replied by <em><a href=\"/forum/user/12-" name "\">" name         \
	"</a></em> on topic</div><div class=\"kmsg\">" text "</div></div></div>"
#define MI(id, name, text)                                                                         \
	"<li id=\"post-" id "\" class=\"post\"><div class=\"post-side\"><div "                     \
	"class=\"media-heading\"><a class=\"item-title\" href=\"/u/" name "/1/\">" name            \
	"</a></div><span class=\"user-postcount\">2 posts</span></div><div "                       \
	"class=\"post-heading\"><a href=\"/t/1/post/" id "/\" class=\"posted-on\">7 days "          \
	"ago</a></div><div class=\"post-body\"><article class=\"misago-markup\"><p>" text          \
	"</p></article></div></li>"
#define FL(n, name, text)                                                                          \
	"<div class=\"PostStream-item\" data-number=\"" n "\"><article class=\"CommentPost "        \
	"Post\"><header class=\"Post-header\"><ul><li class=\"item-user\"><h3><a href=\"/u/" name   \
	"\"><span class=\"username\">" name "</span></a></h3></li><li class=\"item-meta\"><a "     \
	"href=\"/d/1/" n "\"><time datetime=\"2024-05-16T04:23:21+00:00\">11 days "                \
	"ago</time></a></li></ul></header><div class=\"Post-body\"><p>" text                       \
	"</p></div></article></div>"
#define AS(id, n, name, text)                                                                      \
	"<div class=\"post-element\" id=\"postid-" id "\"><div class=\"post-author\"><div "        \
	"class=\"post-author-block-name\"><a class=\"profile-link\" href=\"#\">" name "</a><span " \
	"class=\"mention-nice-name\">@" name "</span></div></div><div "                            \
	"class=\"post-wrapper\"><div class=\"forum-post-header\"><div class=\"forum-post-date\"><a " \
	"href=\"#postid-" id "\">#" n "</a> \xC2\xB7 May 21, 2024, 12:33 pm</div></div><div "        \
	"class=\"post-message\"><p>" text "</p></div></div></div>"
	const char *const pages[] = {
	    "<html><body><h1>A bug</h1><div class=\"topic-item-messages\">" KU(
	        "ssnobben", "3 weeks ago", "Hi, I got this error with the latest version.")
	        KU("xillibit", "2 weeks ago", "Hello, I will check it.") "</div></body></html>",
	    "<html><body><h1>Lost connection</h1><ul class=\"posts-list\">" MI(
	        "6343", "ankit", "The message pops up as soon as the page is loaded.")
	        MI("6344", "rafalp", "Hi. Are you using the docker setup?") "</ul></body></html>",
	    "<html><body><h1>Abbonamento</h1><div class=\"PostStream\">" FL(
	        "1", "Ester", "Buongiorno, c'e stata la migrazione.")
	        FL("2", "Daniele", "Grazie mille, sempre sul pezzo.") "</div></body></html>",
	    "<html><body><h1>Bl\xC3\xB6" "cke</h1><div id=\"af-wrapper\">" AS(
	        "119000", "1", "Biker", "Hallo Leute, ich habe ein Problem.")
	        AS("119146", "2", "Biker", "Hab das Problem l\xC3\xB6sen k\xC3\xB6nnen.") "</div></body></html>"};
	const char *const layouts[] = {"Kunena forum topic", "Misago thread", "Flarum discussion",
	                               "Asgaros forum topic"};
	const char *const names[] = {"xillibit", "rafalp", "Daniele", "Biker"};
	const char *const times[] = {"2 weeks ago", "7 days ago", "11 days ago",
	                             "May 21, 2024, 12:33 pm"};
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		tt_import_report_init(&r, 0);
		t = html(pages[i], &r);
		assert_string_equal(r.layout, layouts[i]);
		assert_int_equal(t->ncomments, 1); /* the opening post is the topic */
		assert_int_equal(t->article.body.n, 1);
		assert_string_equal(t->order[0]->author, names[i]);
		assert_string_equal(t->order[0]->posted, times[i]);
		assert_int_equal(t->order[0]->body.n, 1);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}
#undef KU
#undef MI
#undef FL
#undef AS
	/* Invision Community: a quotation names the post it quotes by number; a
	 * post quoting the topic's opening post is an answer (depth 0), though
	 * its author has posted since; one quoting an answer replies to it. */
#define IP(id, name, quote, text)                                                                  \
	"<article id=\"elComment_" id "\" class=\"cPost ipsComment\"><aside><h3 "                  \
	"class=\"cAuthorPane_author\"><a href=\"/profile/1-" name "/\">" name "</a></h3></aside>"  \
	"<div class=\"ipsComment_content\"><div class=\"ipsComment_meta\"><time "                  \
	"datetime=\"2023-07-05T19:59:00Z\">July 5, 2023</time></div><div "                         \
	"data-role=\"commentContent\" class=\"ipsType_richText\">" quote "<p>" text               \
	"</p></div></div></article>"
#define IQ(id, name)                                                                               \
	"<blockquote class=\"ipsQuote\" data-ipsquote=\"\" data-ipsquote-contentcommentid=\"" id   \
	"\" data-ipsquote-username=\"" name "\"><div class=\"ipsQuote_citation\">On 7/5/2023 at "  \
	"7:59 PM, " name " said:</div><div class=\"ipsQuote_contents\"><p>Quoted words.</p>"        \
	"</div></blockquote>"
	const char *ip = "<html><body><h1>A puzzle</h1><div class=\"cTopic\">" IP(
	    "100", "Genady", "", "Here is a puzzle about primes.")
	    IP("101", "seth", "", "Is it 7?") IP("102", "Genady", "", "You are correct.")
	        IP("103", "TheVat", IQ("100", "Genady"), "I tried it too.")
	            IP("104", "Genady", IQ("103", "TheVat"), "Good.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ip, &r);
	assert_string_equal(r.layout, "Invision Community topic");
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[2]->author, "TheVat");
	assert_null(t->order[2]->parent);
	assert_string_equal(t->order[2]->body.v[0], "> On 7/5/2023 at 7:59 PM, Genady said:");
	assert_string_equal(t->order[3]->author, "Genady");
	assert_ptr_equal(t->order[3]->parent, t->order[2]);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef IP
#undef IQ
	/* Discuz!: an age in Chinese in a span inside em#authorposton ("发表于
	 * <span>6 天前</span>"): the age as shown, no time (the page gives no
	 * date to count it back from). */
	const char *dz =
	    "<html><body><h1>Thread</h1><div id=\"postlist\">"
	    "<table id=\"pid1\" class=\"plhin\"><tr><td class=\"pls\"><div class=\"authi\"><a "
	    "href=\"space-uid-1.html\" class=\"xw1\">opener</a></div></td><td class=\"plc\"><div "
	    "class=\"authi\"><em id=\"authorposton1\">\xE5\x8F\x91\xE8\xA1\xA8\xE4\xBA\x8E "
	    "2024-5-18 19:27:00</em></div><td class=\"t_f\" id=\"postmessage_1\">The question "
	    "asked.</td></td></tr></table>"
	    "<table id=\"pid2\" class=\"plhin\"><tr><td class=\"pls\"><div class=\"authi\"><a "
	    "href=\"space-uid-2.html\" class=\"xw1\">answerer</a></div></td><td class=\"plc\"><div "
	    "class=\"authi\"><em id=\"authorposton2\">\xE5\x8F\x91\xE8\xA1\xA8\xE4\xBA\x8E <span "
	    "title=\"2024-5-21 11:01:32\">6&nbsp;\xE5\xA4\xA9\xE5\x89\x8D</span></em></div><td "
	    "class=\"t_f\" id=\"postmessage_2\">The answer given.</td></td></tr></table>"
	    "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(dz, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "answerer");
	assert_string_equal(t->order[0]->posted, "6 \xE5\xA4\xA9\xE5\x89\x8D");
	assert_null(t->order[0]->time);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Small pages of the rules round 16 brought in (tests/data/html/round16). */
static void test_round16_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* vBulletin 5: the quote's head "Originally posted by NAME View Post",
	 * its last words a link to the quoted post (#postN): the quoted member
	 * is NAME, so the post answers NAME's latest post; the head is kept as
	 * the quotation's title with its link. */
#define VB(id, name, quote, text)                                                                  \
	"<li data-node-id=\"" id "\" class=\"b-post js-post js-comment-entry__parent "             \
	"b-post--text\" itemscope itemtype=\"http://schema.org/Comment\"><div "                    \
	"class=\"b-post__body\"><div class=\"b-userinfo\"><div class=\"author h-text-size--14\">"    \
	"<a href=\"/member/" name "\">" name "</a></div></div><div class=\"b-post__timestamp\">"     \
	"<time itemprop=\"dateCreated\" datetime=\"2022-07-10T00:17:14\">10 Jul 22, 00:17</time>"    \
	"</div><div class=\"b-post__content js-post__content-text restore h-wordwrap\" "            \
	"itemprop=\"text\">" quote text "</div></div></li>"
#define VBQ(name, id)                                                                              \
	"<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div class=\"quote_container\">" \
	"<div class=\"bbcode_postedby\">Originally posted by <strong>" name "</strong> <a "          \
	"href=\"https://forum.example/t/1-topic?p=" id "#post" id "\" title=\"View Post\">View "     \
	"Post</a></div><div class=\"message\">Quoted words.</div></div></div></div>"
	const char *vb =
	    "<html><body><ul class=\"conversation-list\">" VB("1", "anna", "", "The topic's text.")
	        VB("2", "bert", "", "An answer.") VB("3", "carl", "", "Another answer.")
	            VB("4", "anna", VBQ("bert", "2"), "Quoting bert.")
	                VB("5", "bert", VBQ("anna", "4"), "Quoting anna.") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(vb, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "bert");
	assert_string_equal(t->order[1]->author, "anna");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0],
	                    "> Originally posted by bert View Post "
	                    "(https://forum.example/t/1-topic?p=2#post2)");
	assert_string_equal(t->order[2]->author, "bert");
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_string_equal(t->order[3]->author, "carl");
	assert_null(t->order[3]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef VBQ
#undef VB
	/* NodeBB: li[component=post], the first the topic; a post's "@NAME"
	 * button a[component="post/parent"] names the post it answers by
	 * data-topid (the topic's: an answer), its box's data-pid; a paragraph
	 * "@NAME said in TOPIC:" right before a <blockquote> is the quotation's
	 * title, one that is not before a quotation stays the post's words. */
#define NB(i, pid, name, to, text)                                                                 \
	"<li component=\"post\" data-index=\"" i "\" data-pid=\"" pid "\" data-username=\"" name  \
	"\" itemscope itemtype=\"http://schema.org/Comment\"><div class=\"post-header\"><small "      \
	"class=\"pull-left\"><strong><a href=\"/user/" name "\" itemprop=\"author\">" name         \
	"</a></strong> <span class=\"visible-xs-inline-block\"><a class=\"permalink\" href=\"/post/" \
	pid "\"><span class=\"timeago\" title=\"2024-05-02T16:45:03.500Z\">24天之前</span></a></span>"   \
	to "</small></div><div class=\"content\" component=\"post/content\" itemprop=\"text\">" text  \
	"</div></li>"
#define NBTO(pid, name)                                                                            \
	"<a component=\"post/parent\" class=\"btn btn-xs\" data-topid=\"" pid "\" href=\"/post/" pid \
	"\"><i class=\"fa fa-reply\"></i> @" name "</a>"
	const char *nb =
	    "<html><body><ul component=\"topic\" class=\"posts\" data-tid=\"9\">" NB(
	        "0", "100", "anna", "", "<p>The topic's text, long enough to be the article.</p>")
	        NB("1", "101", "bert", NBTO("100", "anna"),
	           "<p><!-- x --><a class=\"plugin-mentions-user\" href=\"https://f.example/uid/1\">"
	           "@anna</a> said in <a href=\"/post/100\">The topic</a>:</p><blockquote><p>The "
	           "topic's text.</p></blockquote><p>An answer to it.</p>")
	            NB("2", "102", "carl", NBTO("101", "bert"),
	               "<p><a class=\"plugin-mentions-user\" href=\"https://f.example/uid/2\">@bert"
	               "</a> said so:</p><p>Not a quotation.</p>") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(nb, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "bert");
	assert_null(t->order[0]->parent);
	assert_int_equal(t->order[0]->body.n, 3);
	assert_string_equal(t->order[0]->body.v[0],
	                    "> @anna (https://f.example/uid/1) said in The topic:");
	assert_string_equal(t->order[0]->body.v[1], "> The topic's text.");
	assert_string_equal(t->order[1]->author, "carl");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "@bert (https://f.example/uid/2) said so:");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef NBTO
#undef NB
	/* Discourse as the browser draws it: article.onscreen-post#post_N, the
	 * first the topic; span.username the name, span.relative-date the time,
	 * div.cooked the text (not the full name or the reactions' count); a
	 * small action ("pinned") holds no div.cooked and is no post. */
#define DC(n, name, text)                                                                          \
	"<div class=\"topic-post\"><article id=\"post_" n "\" role=\"region\" "                    \
	"class=\"boxed onscreen-post\"><div class=\"topic-body\"><div class=\"topic-meta-data\">"    \
	"<div class=\"names\"><span class=\"first username\"><a href=\"/u/" name "\">" name         \
	"</a></span><span class=\"second full-name\"><a href=\"/u/" name "\">Full Name</a></span>"   \
	"</div><div class=\"post-infos\"><a class=\"post-date\" href=\"/t/x/1/" n "\"><span "         \
	"title=\"2024 年 5 月 6 日 21:42\" class=\"relative-date\">21 天</span></a></div></div><div "   \
	"class=\"regular contents\"><div class=\"cooked\"><p>" text "</p></div><section "           \
	"class=\"post-menu-area\"><span class=\"reactions-counter\">1</span></section></div></div>"  \
	"</article></div>"
	const char *dc = "<html><body><div class=\"post-stream\">" DC(
	    "1", "anna", "The topic's text, which asks who would be interested.")
	    "<article id=\"post_2\" class=\"small-action onscreen-post\"><div "
	    "class=\"small-action-desc\"><a href=\"/u/anna\">anna</a><p><span "
	    "class=\"relative-date\">5 月 6 日</span>pinned</p></div></article>" DC(
	        "3", "bert", "I would be interested.") DC("4", "carl", "So would I.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(dc, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "bert");
	assert_string_equal(t->order[0]->posted, "21 天");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "I would be interested.");
	assert_string_equal(t->order[1]->author, "carl");
	assert_null(t->order[1]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef DC
	/* New Reddit's stickied moderator comment: shreddit-mod-comment's
	 * teaser ("Moderator Announcement Read More »") is left out, the words
	 * kept in its span.hidden are the text. */
	const char *rd =
	    "<html><body><shreddit-post post-title=\"Night trains\"><h1>Night trains</h1><p>A "
	    "post about night trains that runs long enough.</p></shreddit-post><shreddit-comment "
	    "author=\"AutoModerator\" depth=\"0\"><div slot=\"commentMeta\"><a "
	    "href=\"/user/AutoModerator/\">AutoModerator</a> <time "
	    "datetime=\"2024-05-12T12:12:32.750Z\">12d ago</time></div><div class=\"md\" "
	    "slot=\"comment\"><shreddit-mod-comment><faceplate-tracker noun=\"button\"><div>Moderator "
	    "Announcement <a href=\"#\">Read More »</a></div></faceplate-tracker><span "
	    "class=\"hidden\"><div><p>Remember to report submissions.</p></div></span>"
	    "</shreddit-mod-comment></div></shreddit-comment><shreddit-comment author=\"bert\" "
	    "depth=\"0\"><div slot=\"commentMeta\"><a href=\"/user/bert/\">bert</a> <time "
	    "datetime=\"2024-05-12T13:00:00.000Z\">12d ago</time></div><div class=\"md\" "
	    "slot=\"comment\"><p>I took one last week.</p></div></shreddit-comment></body></html>";
	tt_import_report_init(&r, 0);
	t = html(rd, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "AutoModerator");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Remember to report submissions.");
	assert_string_equal(t->order[1]->body.v[0], "I took one last week.");
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* Vanilla's quote embed: its header (the quoted name and date, boxes of
	 * their own) is the quotation's title, one line; the blockquote's cite
	 * names the quoted comment's box (li#Comment_N), which the quoting
	 * comment answers, though a later comment came between. */
#define VA(id, name, text)                                                                         \
	"<li class=\"Item ItemComment\" id=\"Comment_" id "\"><div class=\"Comment\"><div "          \
	"class=\"Item-Header CommentHeader\"><div class=\"AuthorWrap\"><span class=\"Author\"><a "   \
	"href=\"https://f.example/profile/" name "\" class=\"Username\">" name "</a></span></div><div " \
	"class=\"Meta CommentMeta\"><span class=\"MItem DateCreated\"><time "                        \
	"datetime=\"2022-03-02T19:44:08+00:00\">March 2, 2022</time></span></div></div><div "          \
	"class=\"Item-BodyWrap\"><div class=\"Item-Body\"><div class=\"Message userContent\">" text  \
	"</div></div></div></div></li>"
	const char *va =
	    "<html><body><div class=\"Discussion\"><h1>Program options</h1><div "
	    "class=\"Message userContent\"><p>Can anyone help me with the options?</p></div></div><ul "
	    "class=\"MessageList DataList Comments\">" VA("1", "anna", "<p>Try the menu.</p>")
	        VA("2", "bert", "<p>Or the toolbar.</p>")
	            VA("3", "carl",
	               "<div class=\"embedExternal quoteEmbed\"><article class=\"quoteEmbed-body\">"
	               "<header class=\"quoteEmbed-header\"><div class=\"Metas\"><div "
	               "class=\"meta-userName\"><a href=\"https://f.example/profile/anna\">anna</a>"
	               "</div><div class=\"meta\"><time datetime=\"2022-03-02\">Mar 2, 2022</time></div>"
	               "</div></header><div class=\"quoteEmbed-content\"><blockquote "
	               "cite=\"https://f.example/discussion/comment/1#Comment_1\"><div "
	               "class=\"userContent\"><p>Try the menu.</p></div></blockquote></div></article>"
	               "</div><p>It worked, thank you.</p>") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(va, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "carl");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 3);
	assert_string_equal(t->order[1]->body.v[0], "> anna (https://f.example/profile/anna) Mar 2, 2022");
	assert_string_equal(t->order[1]->body.v[1], "> Try the menu.");
	assert_string_equal(t->order[2]->author, "bert");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef VA
	/* A count shown as a label and a number side by side: Discuz!'s topic
	 * figures ("回复:" then the number), Kaskus' number then "Balasan"; a
	 * "回复" button beside a number of likes, without the colon, the number
	 * after it, is no count. */
	static const struct {
		const char *html;
		long stated;
	} counts[] = {
	    {"<div class=\"hm\"><span class=\"xg1\">查看:</span> <span class=\"xi1\">1024</span>"
	     "<span class=\"pipe\">|</span><span class=\"xg1\">回复:</span> <span "
	     "class=\"xi1\">3</span></div>",
	     3},
	    {"<div class=\"flex\"><div class=\"ml-1 flex text-xs\">42<div class=\"ml-1 "
	     "hidden\">Balasan</div></div></div>",
	     42},
	    {"<div class=\"pob\"><a href=\"#\">回复</a> <span>7</span></div>", -1},
	};
	for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
		char *page = tt_xasprintf("<html><body>%s" ARTICLE_P "</body></html>", counts[i].html);
		tt_import_report_init(&r, 0);
		t = html(page, &r);
		assert_int_equal(r.stated, counts[i].stated);
		tt_thread_free(t);
		tt_import_report_free(&r);
		free(page);
	}
}

/* Round 17's layouts (tests/data/html/round17), each rule on a small page. */
/* Round 18's layouts, one small page each. */
static void test_round18_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A signature line after the text ("Comment by NAME — DATE @ <a
	 * href=#comment-N>CLOCK</a>"): the permalink shows only the clock, so
	 * the time is the date written before it and the clock; where the name
	 * is no link it is the words before the dash, not the clock. */
#define SIG(id, name, date, clock, text)                                                           \
	"<li id=\"comment-" id "\"><p>" text "</p><p><cite>Comment by " name " &#8212; " date       \
	" @ <a href=\"#comment-" id "\">" clock "</a></cite> </p></li>"
	const char *sig = "<html><body>" ARTICLE_P "<h3 id=\"comments\">3 Comments</h3><ol "
	                  "class=\"commentlist\">" SIG(
	                      "1", "<a href='http://a.example' rel='external nofollow' class='url'>"
	                           "Mirko Lange</a>",
	                      "17.07, 2011", "13:04", "Also im Klartext: das ist so.")
	                      SIG("2", "Daniel", "17.07, 2011", "13:10", "Wenn das in den AGB steht.")
	                          SIG("3", "M. Boettcher", "18.07, 2011", "9:02",
	                              "Und wenn der Name anders ist?") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(sig, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Mirko Lange");
	assert_string_equal(t->order[0]->posted, "17.07, 2011 @ 13:04");
	assert_string_equal(t->order[1]->author, "Daniel");
	assert_string_equal(t->order[1]->posted, "17.07, 2011 @ 13:10");
	assert_string_equal(t->order[2]->author, "M. Boettcher");
	assert_string_equal(t->order[2]->posted, "18.07, 2011 @ 9:02");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Wenn das in den AGB steht.");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef SIG
	/* A comment item whose answers are boxes inside it ("div.reply-item" in
	 * its "reply-wrap"): each an answer one level under it. The name is the
	 * box named the nickname ("span.nickname-wrap"), not the "@handle" after
	 * it nor an answer's name; a box named "timestamp" showing a place and no
	 * digit is no time, the "time-item" is; a mention that is a link without
	 * an address is words of the text; an answer's name box opening with
	 * the name names it, not the one it answers ("yanjun回复alimy"). */
#define PP(name, handle, text, when, replies)                                                      \
	"<div class=\"comment-item\"><div class=\"n-thing-header\"><span class=\"nickname-wrap\"><a " \
	"href=\"#/u?s=" handle "\" class=\"username-link\">" name "</a></span><span "                \
	"class=\"username-wrap\"> @" handle "</span><span class=\"timestamp\">浙江省杭州市</span>"   \
	"</div><div><span class=\"comment-text\">" text "</span></div><div><span "                    \
	"class=\"time-item\">" when "</span></div><div class=\"reply-wrap\">" replies "</div></div>"
#define PR(name, to, text, when)                                                                   \
	"<div class=\"reply-item\"><div class=\"header-wrap\"><div class=\"username\"><a "           \
	"href=\"#/u?s=" name "\" class=\"user-link\">" name "</a><span class=\"reply-name\">" to     \
	"</span></div><div class=\"timestamp\">上海市 </div></div><div class=\"base-wrap\"><div "    \
	"class=\"content\"><span>" text "</span></div><span class=\"time-item\">" when "</span>"      \
	"</div></div>"
	const char *pp =
	    "<html><body>" ARTICLE_P PP("北野", "beiye",
	                                "<a class=\"hash-link\" data-detail=\"user:henry\">@henry</a> "
	                                "端到端加密 说实话",
	                                "2023-07-07 02:46",
	                                PR("alimy", ":", "个人观点，端密聊天", "2023-07-07 03:56")
	                                    PR("yanjun", "回复<a href=\"#/u?s=alimy\" "
	                                                 "class=\"user-link\">alimy</a>",
	                                       "主要是不赚钱", "2023-12-13 01:04"))
	        PP("henry", "henry", "这个是开源的", "2023-07-07 09:03", "") "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(pp, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "北野");
	assert_string_equal(t->order[0]->posted, "2023-07-07 02:46");
	assert_string_equal(t->order[0]->body.v[0], "@henry 端到端加密 说实话");
	assert_string_equal(t->order[1]->author, "alimy");
	assert_string_equal(t->order[1]->posted, "2023-07-07 03:56");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[2]->author, "yanjun");
	assert_ptr_equal(t->order[2]->parent, t->order[0]);
	assert_string_equal(t->order[2]->body.v[0], "主要是不赚钱");
	assert_string_equal(t->order[3]->author, "henry");
	assert_null(t->order[3]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef PP
#undef PR
	/* Thread boxes naming their depth ("div.dw-t.dw-depth-N"), a numbered
	 * post straight inside each: the topic's (depth 0) holds the
	 * discussion and is none; each other one a comment, nested as the boxes
	 * nest; a box of their kind in a list item after them, drawn without
	 * depth, one too. The name is the link named for whom the post is by
	 * (its full name, or its user name without the "@"), not the avatar's
	 * letter; the text the post's body box ("dw-p-bd"), not the "In reply
	 * to" line; and a menu's items naming their depth ("sf-depth-1") are
	 * none. Teasers of the replies after the thread are none either. */
#define TY(tag, cls, id, by, text, inner)                                                          \
	"<" tag " class=\"dw-t " cls "\"><a class=\"esAvtr\" href=\"/-/users/x" id "\">M</a><div "   \
	"class=\"dw-p\" id=\"post-" id "\"><div class=\"dw-p-hd\"><a class=\"dw-p-by esP_By\" "       \
	"href=\"/-/users/u" id "\">" by "</a><span class=\"dw-ago\">Sep 16, 2017</span></div><div "   \
	"class=\"dw-p-in-reply-to\">In reply to Anna:</div><div class=\"dw-p-bd\"><p>" text         \
	"</p></div></div><ol class=\"dw-res\">" inner "</ol></" tag ">"
	const char *ty =
	    "<html><body><ul><li class=\"sf-depth-1\"><a href=\"/a\">Menu</a></li><li "
	    "class=\"sf-depth-1\"><a href=\"/b\">Other</a></li></ul>"
	    "<div class=\"dw-t dw-depth-0\"><div class=\"dw-p\" id=\"post-1\"><div class=\"dw-p-bd\">"
	    "<p>How long will an unfamiliar task take us, and how can we tell?</p></div></div><ol "
	    "class=\"dw-res\"><li>" TY("div", "dw-depth-1", "2", "<span class=\"F\">Mark B </span>",
	                               "Do not trust your first guess.",
	                               "<li>" TY("li", "dw-depth-2", "3",
	                                         "<span class=\"U\"><span>@</span>radu</span>",
	                                         "Yes, revise it.", "") "</li>") "</li><li>"
	    TY("div", "dw-depth-1", "4", "<span class=\"F\">Lalala </span><span class=\"U\"><span>@"
	                                 "</span>lalala</span>",
	       "Ask someone who has done it.", "") "</li><li>"
	    TY("div", "s_T-Flat", "5", "<span class=\"F\">Carl </span>", "We made progress.", "")
	    "</li></ol></div><div class=\"summary\"><div class=\"dw-p\"><p>Do not trust…</p></div>"
	    "<div class=\"dw-p\"><p>Ask someone…</p></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ty, &r);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Mark B");
	assert_int_equal(t->order[0]->depth, 0);
	assert_string_equal(t->order[0]->posted, "Sep 16, 2017");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Do not trust your first guess.");
	assert_string_equal(t->order[1]->author, "radu");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[2]->author, "Lalala");
	assert_null(t->order[2]->parent);
	assert_string_equal(t->order[3]->author, "Carl");
	assert_null(t->order[3]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef TY
	/* Forum posts numbered by their id alone ("div.post-row#2802",
	 * FlaskBB), the first the topic; the <time> on the member's card
	 * saying when the member joined ("author-registered") is not the
	 * post's, the one over its text is. */
#define FB(id, name, when, text)                                                                   \
	"<div id=\"" id "\" class=\"row post-row\"><div class=\"author\"><div class=\"author-name\">" \
	"<h4><a href=\"/user/" name "\">" name "</a></h4></div><div class=\"author-registered\">"    \
	"Joined: <time datetime=\"2015-07-09T13:16:01\">2015年7月9日</time></div></div><div "        \
	"class=\"post-box\"><div class=\"post-meta\"><a href=\"/post/" id "\"><time "                \
	"datetime=\"2020-02-11T14:54:45\">" when "</time></a></div><div class=\"post-content\"><p>" \
	text "</p></div></div></div>"
	const char *fb = "<html><body><h1>Installing it on Windows</h1>" FB(
	    "2801", "codeless", "2020年2月9日 17:33", "How do I install it on Windows 10 at all?")
	    FB("2802", "sh4nks", "2020年2月11日 21:54", "Could you elaborate a bit more?")
	        FB("2817", "mr_yemets", "2020年3月10日 18:46", "my comment goes here") "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(fb, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(r.layout, "FlaskBB topic");
	assert_string_equal(t->order[0]->author, "sh4nks");
	assert_string_equal(t->order[0]->posted, "2020年2月11日 21:54");
	assert_string_equal(t->order[1]->author, "mr_yemets");
	assert_null(t->order[1]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef FB
	/* An item of a list numbered by the comment's id ("li
	 * data-comment-id=N"), its header's "span.name" the name, "span.time"
	 * the relative time as written; "YORUMLAR 21" states the count. */
#define H7(id, name, text)                                                                         \
	"<li class=\"news-comment-list-content\" data-comment-id=\"" id "\"><div class=\"header\">"   \
	"<span class=\"name\">" name "</span><span class=\"time\">3 gün önce</span><span "           \
	"class=\"report\">Şikayet Et</span></div><div class=\"content\">" text "</div><div "          \
	"class=\"bottom\"><span class=\"reply-button\">Cevapla</span></div></li>"
	const char *h7 = "<html><body>" ARTICLE_P "<div class=\"news-comment-title\">YORUMLAR <span "
	                 "class=\"count\">21</span></div><ul class=\"news-comment-list\">" H7(
	                     "30465425", "Yılmaz", "Galatasaray bu saatten sonra kaybetmez.")
	                     H7("30465284", "Misafir1", "Birbirlerini üzmezler.") "</ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(h7, &r);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(r.stated, 21);
	assert_string_equal(t->order[0]->author, "Yılmaz");
	assert_string_equal(t->order[0]->posted, "3 gün önce");
	assert_string_equal(t->order[0]->body.v[0], "Galatasaray bu saatten sonra kaybetmez.");
	assert_string_equal(t->order[1]->author, "Misafir1");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef H7
	/* A forum's posts inside a form to tick them for its moderators (text,
	 * no box to write a text in; an address to copy in a text field): the
	 * posts are read. A form with a box to write in stays a form to fill. */
#define IV(id, name, text)                                                                         \
	"<article id=\"elComment_" id "\" class=\"cPost ipsComment\"><aside><h3 "                  \
	"class=\"cAuthorPane_author\"><a href=\"/profile/1-" name "/\">" name "</a></h3></aside>"  \
	"<div class=\"ipsComment_content\"><div class=\"ipsComment_meta\"><time "                  \
	"datetime=\"2024-05-07T19:59:00Z\">May 7</time></div><div data-role=\"commentContent\" "   \
	"class=\"ipsType_richText\"><p>" text "</p></div><input type=\"text\" value=\"https://"    \
	"forum.example/topic/1/?comment=" id "\"><input type=\"checkbox\" name=\"m[]\"></div>"      \
	"</article>"
	const char *iv =
	    "<html><body><h1>The same image atop every post</h1><form method=\"post\" "
	    "data-role=\"moderationTools\">" IV("1", "hollyh", "How can I have the same image at the "
	                                                   "top of all my blog posts, please?")
	        IV("2", "tuanphan", "There are some ways to achieve this with a little code.")
	            IV("3", "johngo", "This is the perfect solution, thank you so much for it.")
	    "</form><form method=\"post\"><p>Write what you think of this topic; be kind to the "
	    "others, stay on the topic, and do not post links to what you sell. Posts are read by "
	    "the moderators before they are shown to everyone else on this forum.</p><textarea "
	    "name=\"c\"></textarea></form></body></html>";
	tt_import_report_init(&r, 0);
	t = html(iv, &r);
	assert_string_equal(r.layout, "Invision Community topic");
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "tuanphan");
	assert_string_equal(t->order[1]->author, "johngo");
	for (size_t i = 0; i < t->article.body.n; i++)
		assert_null(strstr(t->article.body.v[i], "be kind"));
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef IV
	/* Repeated blocks read by their shape ("Reply N - Posted by: <a
	 * href=/members/...>NAME</a> DATE"): a name holding a year ("FJB 2022
	 * 23 24") in a link to the member's page is the name, not the time. */
#define LU(n, id, name, when, text)                                                                \
	"<div class=\"post-reply-wrapper\"><hr><div class=\"reply-details\">Reply " n " - Posted "   \
	"by: <a href=\"/members/" id "/x.html\" class=\"member-link\">" name "</a> " when "</div>"  \
	"<div class=\"reply-text\">" text "</div><div><span>12</span> people like this.</div></div>"
	const char *lu =
	    "<html><body>" ARTICLE_P "<div class=\"replies\">"
	    LU("1", "101", "PChristopher", "5/21/2024 4:47:57 AM", "He can pay for it out of his own "
	                                                             "pocket, not out of ours.")
	    LU("2", "102", "Rand Al'Thor", "5/21/2024 4:50:13 AM", "RFK has jumped the shark now, "
	                                                            "and everybody can see it.")
	    LU("3", "103", "FJB 2022 23 24", "5/21/2024 6:11:04 AM", "RFK jr. and Joe, two of a "
	                                                              "kind, as we all knew before.")
	    LU("4", "104", "Rinktum", "5/21/2024 6:00:04 AM", "Pandering for votes; just wait and "
	                                                      "they show you who they are.")
	    LU("5", "105", "3XALADY", "5/21/2024 7:24:28 PM", "#2 Democrats been doing it for years "
	                                                      "- money and more.")
	    LU("6", "106", "JimBob", "5/21/2024 8:13:45 PM", "#9 is no reply on this page, nor "
	                                                     "is this one an answer.")
	    "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(lu, &r);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[3]->author, "FJB 2022 23 24");
	assert_string_equal(t->order[3]->body.v[0], "RFK jr. and Joe, two of a kind, as we all knew "
	                                            "before.");
	/* ...and a reply opening with the number of an earlier one ("#2")
	 * answers it, listed after it one level deeper; a number no earlier
	 * reply has ("#9") answers none. */
	assert_string_equal(t->order[2]->author, "3XALADY");
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_string_equal(t->order[1]->author, "Rand Al'Thor");
	assert_string_equal(t->order[5]->author, "JimBob");
	assert_null(t->order[5]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef LU
}

static void test_round17_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* Stated counts: bbPress' topic summary; a label with an empty anchor
	 * box in it and the number after it (南生论坛's "全部评论" then "6"); a
	 * box named a comment that holds a <time> or a field to write in is a
	 * comment or a form, and the numbers in it no count ("Feb 22" before
	 * "Reply" was read as 22, "0/200" before "发表评论" as 0). */
	static const struct {
		const char *html;
		long stated;
	} counts[] = {
	    {"<div class=\"bbp-template-notice info\"><ul><li class=\"bbp-topic-description\">This "
	     "topic has 3 replies, 3 voices, and was last updated <a href=\"#post-9\">4 years "
	     "ago</a> by <a href=\"/u/x\">x</a>.</li></ul></div>",
	     3},
	    {"<div class=\"article_comment_head\"><div class=\"commentText\"><p class=\"text\">"
	     "<span id=\"article-comment-all\"></span>全部评论</p><span>6</span></div></div>",
	     6},
	    {"<div class=\"comment-item\"><div class=\"fmt\">Thanks very much</div><a "
	     "href=\"/u/k\">karilito</a> • <time datetime=\"2024-02-23\">Feb 22</time><button>"
	     "Reply</button></div>",
	     -1},
	    {"<div class=\"comment-form\"><textarea></textarea><span>0/200</span><button>发表评论"
	     "</button></div>",
	     -1},
	    {"<div class=\"dwqa-comment\"><div class=\"dwqa-comment-meta\"><a href=\"/u/admin\">"
	     "admin</a> replied 4 years ago</div><p>dmeo</p></div>",
	     -1},
	};
	for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
		char *page = tt_xasprintf("<html><body>%s" ARTICLE_P "</body></html>", counts[i].html);
		tt_import_report_init(&r, 0);
		tt_thread *t = html(page, &r);
		assert_int_equal(r.stated, counts[i].stated);
		tt_thread_free(t);
		tt_import_report_free(&r);
		free(page);
	}
	/* A comment block with nothing named a name or a time: its header line
	 * "NAME - TIME | links" gives both (a note in brackets after the time
	 * left off), and is no text; a one-word link to the comment's address
	 * alone in its box ("reply") is an action; answers nest inside. */
#define AG(name, when, id, text, inner)                                                            \
	"<div class=\"comment\"><span class=\"small\"><i><a href=\"/user/" id "/\">" name "</a> - " when \
	"</i> | <a href=\"/thread/1/#\"> thread</a></span><input type=\"checkbox\" class=\"collapse\">" \
	"<div><p>" text "</p><sup><a href=\"/comment/" id "/\">reply</a></sup>" inner "</div></div>"
	const char *ag = "<html><body>" ARTICLE_P AG(
	    "anna", "2 years ago", "1", "The first comment here.",
	    AG("bert", "1 year ago (last modified 1 year ago)", "2", "An answer to it.", ""))
	    AG("carl smith", "3 days ago", "3", "Another comment.", "") "</body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(ag, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "anna");
	assert_string_equal(t->order[0]->posted, "2 years ago");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "The first comment here.");
	assert_string_equal(t->order[1]->author, "bert");
	assert_string_equal(t->order[1]->posted, "1 year ago");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[2]->author, "carl smith");
	assert_null(t->order[2]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef AG
	/* A question page's answers ("div.answer-item", the text in a box of
	 * class "fmt"), each at depth 0 with its comments (div.comment-item)
	 * under it; a time led by what happened then ("answered Feb 22") is
	 * the time; a line "NAME • TIME [Reply]" whose only other words are a
	 * button's is no text. */
#define QA(id, name, when, text, comments)                                                          \
	"<div id=\"" id "\" class=\"answer-item py-4\"><div class=\"img-viewer\"><article "             \
	"class=\"fmt text-break\"><p>" text "</p></article></div><div class=\"d-flex\"><a "            \
	"class=\"me-1 name-ellipsis\" href=\"/users/" name "\">" name "</a><span class=\"fw-bold\" "  \
	"title=\"Reputation\">1,136</span><time datetime=\"2024-02-23T07:35:59.000Z\">answered " when \
	"</time></div><div class=\"comments-wrap\">" comments "</div></div>"
#define QC(id, name, when, text)                                                                   \
	"<div id=\"" id "\" class=\"py-2 comment-item\"><div class=\"d-block\"><div class=\"fmt "      \
	"small\"><p>" text "</p></div></div><div class=\"d-flex small\"><a class=\"name-ellipsis\" "    \
	"href=\"/users/" name "\">" name "</a><span class=\"mx-1\">•</span><time "                    \
	"datetime=\"2024-02-23T07:41:28.000Z\">" when "</time><button type=\"button\" class=\"btn "   \
	"btn-link\">Reply</button></div></div>"
	const char *qa =
	    "<html><body><h1>How to add an API?</h1><div class=\"question\"><article class=\"fmt\"><p>"
	    "I would like to add a new API to the server and ask how that is done.</p></article></div>"
	    "<div class=\"answers\">" QA("A1", "linkin", "Feb 22", "Follow the steps below.",
	                                 QC("101", "karil", "Feb 23", "Thanks very much"))
	        QA("A2", "kalawi", "Apr 8", "Thank you for the reply.", "") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(qa, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "linkin");
	assert_string_equal(t->order[0]->posted, "Feb 22");
	assert_null(t->order[0]->parent);
	assert_string_equal(t->order[0]->body.v[0], "Follow the steps below.");
	assert_string_equal(t->order[1]->author, "karil");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Thanks very much");
	assert_string_equal(t->order[2]->author, "kalawi");
	assert_null(t->order[2]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef QA
#undef QC
	/* Ant Design's comment component: div.ant-comment, its answers' in its
	 * div.ant-comment-nested; a badge in brackets in a box of its own after
	 * the name ("(楼主)") is no part of it; links with no address showing a
	 * count or a word are actions; an answer's copy of the comment it
	 * answers ("@NAME WORDS") is not its words. */
#define ANT(name, when, text, nested)                                                              \
	"<div class=\"ant-comment\"><div class=\"ant-comment-inner\"><div class=\"ant-comment-"        \
	"content\"><div class=\"ant-comment-content-author\"><span class=\"ant-comment-content-"      \
	"author-name\"><a class=\"username\"> " name "<small class=\"time\">" when "</small></a>"    \
	"</span></div><div class=\"ant-comment-content-detail\"><div class=\"comment-content\"><span>" \
	text "</span></div><span><a class=\"operate comment-like\"><small> 2</small></a><a "          \
	"class=\"operate\"><small> 回复</small></a></span></div></div></div><div "                      \
	"class=\"ant-comment-nested\">" nested "</div></div>"
	const char *ant = "<html><body>" ARTICLE_P "<div class=\"comments\">" ANT(
	    "椿", "2月前", "我喜欢这个设计理念",
	    ANT("马亮南生 <span> (楼主)</span>", "1月前",
	        "这不巧了嘛</span><span class=\"pre\"><span>@椿 我喜欢这个设计理念</span>", ""))
	    ANT("bure", "1年前", "大佬666", "") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(ant, &r);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "椿");
	assert_string_equal(t->order[0]->posted, "2月前");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "我喜欢这个设计理念");
	assert_string_equal(t->order[1]->author, "马亮南生");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "这不巧了嘛");
	assert_string_equal(t->order[2]->author, "bure");
	assert_null(t->order[2]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef ANT
	/* A member's handle beside the name ("(@franztikul1990)", wpForo's
	 * div.wpf-author-nicename) holds digits like a year, inside a word: no
	 * time; the post's date is. */
#define WPF(id, name, when, text)                                                                  \
	"<div id=\"post-" id "\" data-postid=\"" id "\" class=\"post-wrap\"><div class=\"wpforo-"    \
	"post\"><div class=\"wpf-left\"><div class=\"author-data\"><div class=\"author-name\"><a "     \
	"href=\"/participant/" name "/\">" name "</a></div><div class=\"wpf-author-nicename\">(@" name \
	")</div></div></div><div class=\"wpf-right\"><div class=\"wpforo-post-content-top\"><span "    \
	"class=\"wpf-post-date\">" when "</span></div><div class=\"wpforo-post-content\"><p>" text     \
	"</p></div></div></div></div>"
	const char *wpf = "<html><body><div id=\"wpforo\"><h1>A topic</h1>" WPF(
	    "1", "opener", "08/05/2024 1:00 pm", "The topic's own words, long enough.")
	    WPF("2", "franz1990", "09/05/2024 5:51 am", "It has been fun.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(wpf, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "franz1990");
	assert_string_equal(t->order[0]->posted, "09/05/2024 5:51 am");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef WPF
	/* A build's BEM class naming a comment header's name with its hash
	 * ("comment-header__name-16", Dzen): the name, not a word of the text. */
#define DZ(name, when, text)                                                                      \
	"<div class=\"comment__block-34\"><div class=\"comment-header__block-2M\"><a "                   \
	"class=\"comment-header__nameLink-3-\" href=\"/id/1\"><span class=\"comment-header__name-16\">" \
	name "</span></a><div class=\"common-date__date-vU\"><span>" when "</span></div></div><div " \
	"class=\"comment-text__block-1o\"><span>" text "</span></div></div>"
	const char *dz = "<html><body>" ARTICLE_P "<div class=\"comments-list__block-3q\">" DZ(
	    "Василий Муторов", "4 д", "Мир быстро сходит с ума.") DZ("Мила", "5 д",
	                                                             "Откуда у них это?") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(dz, &r);
	assert_int_equal(t->ncomments, 2);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "Василий Муторов");
	assert_string_equal(t->order[0]->body.v[0], "Мир быстро сходит с ума.");
	assert_string_equal(t->order[1]->author, "Мила");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef DZ
}

/* Round 20's layouts (tests/data/html/round20), each rule on a small page
 * of its structure, with class names of no site. */
#define R20_ENTRY(id, head, text)                                                                 \
	"<div class=\"entry\" id=\"c-" id "\"><div class=\"hd\"><div class=\"flag\"><img "             \
	"src=\"f.png\"></div>\n    " R20_INDENT head "\n  <span>&bull;</span>  <a href=\"/p.html#c-" id "\">#" id   \
	"</a> <span>&bull;</span>  " R20_WHEN(id) "\n  <span>&bull;</span> <a "                       \
	"href=\"javascript:void(0);\">Reply</a></div><div class=\"bd\">" text "</div></div>"
#define R20_WHEN(id) "8:0" id " AM Wednesday, Aug 18, 2010"
/* (a template's indentation: more than 200 bytes of white space in the line) */
#define R20_INDENT                                                                                \
	"\n                                                                                         " \
	"\n                                                                                         " \
	"\n                                                                                         "
static void test_round20_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A header line "NAME • #N • TIME • Reply" opening each comment of a
	 * flat list (Boing Boing's Movable Type): the name before the first
	 * separator, the time the part that is one; an answer's header naming
	 * the comment answered by a link to its anchor ("NAME replied to <a
	 * href=#c-1>comment from X</a>") answers it, the words before the link
	 * no part of the name, the name a link or written loose. A bold word
	 * amid a sentence is no name; a link without an address showing words
	 * ("<a>The Reivers</a>") is words of the text. */
	const char *page =
	    "<html><body>" ARTICLE_P "<div class=\"comment-area\">" R20_ENTRY(
	        "1", "<a href=\"/cgi/mt-cp.cgi?id=7\">Juno the Loon</a>",
	        "<p>Olbermann had a segment.</p>")
	        R20_ENTRY("2", "Anon", "<p>Who is she?</p>")
	            R20_ENTRY("3",
	                      "<a href=\"/cgi/mt-cp.cgi?id=8\">bja009</a>\n\n replied to <a "
	                      "href=\"/p.html#c-1\">comment from Juno the Loon</a>",
	                      "<p>I was going to say that. <i>I rarely <b>even</b> watch.</i></p>")
	                R20_ENTRY("4",
	                          "Anon\n\n   replied to <a href=\"/p.html#c-3\">comment from "
	                          "bja009</a>",
	                          "<p>You mean <a>The Reivers</a> (1969).</p>") "</div></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Juno the Loon", "bja009", "Anon", "Anon"};
	static const char *const whens[] = {R20_WHEN("1"), R20_WHEN("3"), R20_WHEN("4"),
	                                    R20_WHEN("2")};
	static const char *const texts[] = {"Olbermann had a segment.",
	                                    "I was going to say that. I rarely even watch.",
	                                    "You mean The Reivers (1969).", "Who is she?"};
	static const unsigned depths[] = {0, 1, 2, 0};
	for (size_t i = 0; i < 4; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, whens[i]);
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], texts[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
	}
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A list item's header line "N. <a>NAME</a> TIME" (Scientific
	 * American's dt, the name a link without an address): past the number,
	 * the first box showing words is the name; "in reply to <a
	 * href=#item-1>NAME</a>" beside it makes the comment an answer to that
	 * one. (A badge before a time with no number, new Reddit's "Original
	 * Poster", names no one: round 7's reddit-init-en.) */
#define R20_ITEM(id, head, when, text)                                                            \
	"<li id=\"item-" id "\" class=\"comment\"><dl><dt>" head " <span class=\"datestamp\">" when  \
	"</span></dt><dd class=\"commentBody\"><p>" text "</p></dd></dl></li>"
	const char *sciam =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\">" R20_ITEM(
	        "1", "1. <a>stueysplace</a>", "09:02 PM 10/28/10", "As always the discoveries.")
	        R20_ITEM("2", "2. <a>ssarryo</a>", "11:36 PM 10/28/10", "Wow, stueysplace!")
	            R20_ITEM("3",
	                     "3. <a>cbutleruf</a> <span class=\"in-reply-to\">in reply to <a "
	                     "href=\"#item-1\">stueysplace</a></span>",
	                     "09:44 AM 11/2/10", "I entirely agree.") "</ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(sciam, &r);
	assert_int_equal(t->ncomments, 3);
	static const char *const names[] = {"stueysplace", "cbutleruf", "ssarryo"};
	static const char *const words[] = {"As always the discoveries.", "I entirely agree.",
	                                    "Wow, stueysplace!"};
	static const unsigned levels[] = {0, 1, 0};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, names[i]);
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], words[i]);
		assert_int_equal(t->order[i]->depth, levels[i]);
	}
	assert_string_equal(t->order[1]->posted, "09:44 AM 11/2/10");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef R20_ITEM

	/* The time in a box of its own after the name written loose in the
	 * author's box ("<div class=x-author>NAME <span>DATE</span></div>",
	 * Oracle's blogs): the time, and no part of the name. */
	const char *oracle =
	    "<html><body>" ARTICLE_P "<ul class=\"comment-items\"><li><div "
	    "class=\"x-comment-author\">Damon Hart-Davis <span>Saturday, November 24, "
	    "2012</span></div><div class=\"x-comment-body\"><p>Hmm, I like the idea.</p></div></li>"
	    "<li><div class=\"x-comment-author\">guest <span>Tuesday, April 23, 2013</span></div>"
	    "<div class=\"x-comment-body\"><p>Many variables.</p></div></li></ul></body></html>";
	tt_import_report_init(&r, 0);
	t = html(oracle, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Damon Hart-Davis");
	assert_non_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->posted, "Saturday, November 24, 2012");
	assert_string_equal(t->order[0]->body.v[0], "Hmm, I like the idea.");
	assert_string_equal(t->order[1]->author, "guest");
	assert_string_equal(t->order[1]->posted, "Tuesday, April 23, 2013");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* The comment's number in a box of its own before the name (The
	 * Vacation Gals' theme), and a bar written loose between the name and
	 * the time (jovelstefan.de's): the header's, not the text's first
	 * paragraph. A mark opening the text after the header ("+") stays. */
	const char *marks =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li class=\"comment depth-1\" "
	    "id=\"li-comment-1\">\n<div class=\"commentnumber\">1</div>\n<div id=\"comment-1\">"
	    "<div class=\"comment-author vcard\">\n<cite class=\"fn\">Dave</cite> <span "
	    "class=\"says\">says:</span></div>\n<div class=\"comment-meta commentmetadata\"><a "
	    "href=\"#comment-1\">November 30, 2010 at </a></div>\n<p>Great post, Sarah.</p></div>"
	    "</li>\n<li class=\"alt\" id=\"comment-2\">\n<cite>Jutta  </cite>| <small><a "
	    "href=\"#comment-2\">11.05.2012&nbsp;11:38</a></small>\n<p>Hi Stefan,<br>Man kann.</p>"
	    "\n<p>+</p><p>Gute Reise!</p></li></ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(marks, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Dave");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Great post, Sarah.");
	assert_string_equal(t->order[1]->author, "Jutta");
	assert_string_equal(t->order[1]->posted, "11.05.2012 11:38");
	assert_int_equal(t->order[1]->body.n, 3);
	assert_string_equal(t->order[1]->body.v[0], "Hi Stefan,\nMan kann.");
	assert_string_equal(t->order[1]->body.v[1], "+");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Boxes whose ids name them comments and number them alike, whatever
	 * their tag ("a#livecomment_N", WP SportoweFakty's live comments, no
	 * class, no time): comments, the name in small print over the text. A
	 * number alone beside a tab's name in a navigation menu counts that
	 * tab, not these comments. (A box numbered so with a word after
	 * "comment", Drupal's "comment-wrapper-N", is a wrapper, not a
	 * comment: the development page drupal-lopinion-fr.) */
	const char *live =
	    "<html><body>" ARTICLE_P "<nav><ul><li><h2>Komentarze</h2><figure class=\"counter\" "
	    "id=\"commentsCounter\">962</figure></li></ul></nav><aside><div id=\"liveComments\">"
	    "<div><a id=\"livecomment_15745539\">\n<small>klon5</small>\n<span>Dudek pojedzie "
	    "teraz po raz 900.</span></a>\n<a id=\"livecomment_15745617\">\n<small>zawsze za "
	    "apatorem</small>\n<span>Dudek to chyba musi sie ruszyc.</span></a></div></div></aside>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(live, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "klon5");
	assert_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->body.v[0], "Dudek pojedzie teraz po raz 900.");
	assert_string_equal(t->order[1]->author, "zawsze za apatorem");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_int_equal(r.stated, -1);
	tt_thread_free(t);
	tt_import_report_free(&r);
}
#undef R20_ENTRY
#undef R20_INDENT

/* Round 19's layouts (tests/data/html/round19), each rule on a small page. */
#define R19_COMMENT(id, name, when, text)                                                         \
	"<li id=\"comment-" id "\" class=\"comment depth-1\"><article class=\"comment-body\">"       \
	"<footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">" name   \
	"</b></div><div class=\"comment-metadata\"><time datetime=\"" when "\">" when "</time>"     \
	"</div></footer><div class=\"comment-content\">" text "</div></article></li>"
static void test_round19_layouts(void **state)
{
	(void)state;
	struct tt_import_report r;
	/* A flat list (every comment depth-1) whose comments open with links to
	 * the comments they answer (Balloon Juice's "@NAME:"): each answers the
	 * last such link's comment, past empty paragraphs and into a quotation
	 * of the words answered; a link after a word names nothing. The
	 * layout's box around content and sidebar ("content-sidebar-wrap")
	 * is no sidebar, so the sidebar's recent comments are left out. */
	const char *page =
	    "<html><body><div class=\"site-inner\"><div class=\"content-sidebar-wrap\"><main>" ARTICLE_P
	    "<ol class=\"comment-list\">" R19_COMMENT(
	        "1", "Anna", "2026-02-02T16:27", "<p>The bridge is closed.</p>")
	        R19_COMMENT("2", "Ben", "2026-02-02T16:31", "<p>Trams ran until 1970.</p>")
	            R19_COMMENT("3", "Cleo", "2026-02-02T16:40",
	                        "<p>&nbsp;</p><p><a href=\"#comment-2\">@Ben</a>:</p><p>Not here.</p>")
	                R19_COMMENT("4", "Dan", "2026-02-02T16:44",
	                            "<blockquote><p><a href=\"#comment-1\">@Anna</a>, <a "
	                            "href=\"#comment-3\">@Cleo</a>: closed</p></blockquote><p>Why?</p>")
	                    R19_COMMENT("5", "Eve", "2026-02-02T16:50",
	                                "<p>See <a href=\"#comment-1\">Anna</a> on this.</p>")
	                        "</ol></main><aside class=\"sidebar\"><section class=\"widget\"><ul>"
	                        "<li class=\"recent-comment\"><strong>Finn</strong> on <a "
	                        "href=\"/other/#comment-9\">Other</a> (Feb 2, 2026 @ 11:03pm)</li>"
	                        "<li class=\"recent-comment\"><strong>Gus</strong> on <a "
	                        "href=\"/other/#comment-8\">Other</a> (Feb 2, 2026 @ 11:01pm)</li>"
	                        "</ul></section></aside></div></div></body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(t->ncomments, 5);
	static const char *const authors[] = {"Anna", "Ben", "Cleo", "Dan", "Eve"};
	static const unsigned depths[] = {0, 0, 1, 2, 0};
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
	}
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* WordPress's reply link names no one, nor does a box named the
	 * author's holding only the avatar and that link (GigaOM's
	 * "comment-author-avatar"): the name is the cite's. */
	const char *gigaom =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li class=\"li-comment comment "
	    "depth-1\" id=\"li-comment-1\"><div id=\"comment-1\" class=\"comment-wrap\"><div "
	    "class=\"comment-author-avatar\"><img alt=\"\" src=\"a.png\" class=\"avatar\"> <a "
	    "class=\"comment-reply-link\" href=\"/p/?replytocom=1#respond\">Reply</a></div><div "
	    "class=\"comment-content\"><div class=\"comment-meta\"><cite><a href=\"http://x.example\" "
	    "rel=\"external nofollow\" class=\"url\">Paul</a></cite> <a href=\"/p/#comment-1\" "
	    "class=\"comment-permalink\">Monday, October 25 2010</a></div><div "
	    "class=\"comment-text\"><p>The price points are too similar.</p></div></div></div></li>"
	    "</ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(gigaom, &r);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Paul");
	assert_string_equal(t->order[0]->posted, "Monday, October 25 2010");
	assert_string_equal(t->order[0]->body.v[0], "The price points are too similar.");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Tweakers: an element of its own named "reactie" (Dutch) with a
	 * numbered id is a comment, an answer nested in it; a.userName the
	 * name, div.reactieContent the text; a karma card of class "alltime"
	 * showing a word is no time. */
#define TWK(id, name, karma, when, text, answers)                                                  \
	"<twk-reaction id=\"r_" id "\" class=\"reactie\"><div class=\"reactieBody\"><div "           \
	"class=\"reactieHeader\"><span class=\"reactionMeta\"><span class=\"userLink\"><a "          \
	"href=\"/gallery/" id "/\" class=\"userName\">" name "</a></span>" karma " <a "             \
	"href=\"?showReaction=" id "#r_" id "\" class=\"date\">" when "</a></span></div><div "        \
	"class=\"reactieContent\">" text "</div><div class=\"reactieFooter\"><a "                   \
	"href=\"/login/\">Reageer</a></div></div>" answers "</twk-reaction>"
	const char *twk =
	    "<html><body>" ARTICLE_P "<div id=\"reactieContainer\">" TWK(
	        "1", "Webgnome", "", "6 september 2024 08:27", "Zijn er nog mensen die dit gebruiken?",
	        TWK("2", "sebati",
	            "<ul class=\"topKarma\"><li class=\"labelCard alltime\"><a>LibreOffice</a></li>"
	            "</ul>",
	            "6 september 2024 09:01", "Dagelijks op Win11.", ""))
	        TWK("3", "renrom", "", "6 september 2024 12:59", "In een workflow.", "") "</div>"
	    "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(twk, &r);
	assert_int_equal(t->ncomments, 3);
	static const char *const twk_authors[] = {"Webgnome", "sebati", "renrom"};
	static const char *const twk_times[] = {"6 september 2024 08:27", "6 september 2024 09:01",
	                                        "6 september 2024 12:59"};
	static const unsigned twk_depths[] = {0, 1, 0};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, twk_authors[i]);
		assert_string_equal(t->order[i]->posted, twk_times[i]);
		assert_int_equal(t->order[i]->depth, twk_depths[i]);
		assert_int_equal(t->order[i]->body.n, 1);
	}
	assert_string_equal(t->order[1]->body.v[0], "Dagelijks op Win11.");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Comments with no text box: an old "commentlist" theme's header with
	 * words loose beside the name ("1", "Kommentar von NAME", the date
	 * under it) and WordPress.com's "NAME <span class=says>Sagt:</span>":
	 * the header's words are no text. */
	const char *old_theme =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li id=\"comment-4414\" "
	    "class=\"alt\"><p class=\"comment-number\"><a href=\"#comment-4414\">1</a></p><img "
	    "class=\"gravatar\" src=\"a.png\"> Kommentar<small> von </small><cite>Mareike</cite>"
	    "<br><small class=\"commentmetadata\">8. Dezember 2010 um 10:56 </small><p>Eine "
	    "interessante Art Leber zuzubereiten.</p></li><li class=\"comment depth-1\" "
	    "id=\"comment-5220\"><div id=\"div-comment-5220\"><div class=\"comment-author "
	    "vcard\"><cite class=\"fn\">gnaddrig</cite> <span class=\"says\">Sagt:</span></div><br>"
	    "<small class=\"comment-meta commentmetadata\"><a href=\"#comment-5220\">9. Dezember 2013 "
	    "at 14:57</a></small><p>Sch\xC3\xB6ne Einleitung</p></div></li></ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(old_theme, &r);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Mareike");
	assert_string_equal(t->order[0]->posted, "8. Dezember 2010 um 10:56");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Eine interessante Art Leber zuzubereiten.");
	assert_string_equal(t->order[1]->author, "gnaddrig");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Sch\xC3\xB6ne Einleitung");
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A box named the comment's name, prefixed or camel-cased
	 * ("p.cssShareBarCommentsListCommentName", bauemotion.de's; worked on
	 * after round 21 was chosen): the name. */
#define BE(id, name, when, text)                                                                  \
	"<div id=\"comment" id "\" class=\"listComment\"><div class=\"row\"><div class=\"cell\"><p " \
	"class=\"cssListCommentName\">" name "</p></div><div class=\"cell\"><p "                     \
	"class=\"cssListCommentTimestamp\">" when "</p></div></div><div class=\"row\"><div "         \
	"class=\"cssListCommentText\">" text "</div></div></div>"
	const char *be = "<html><body>" ARTICLE_P "<div class=\"allComments\">" BE(
	    "3111", "KnackigeK\xC3\xA4lte", "28.02.2018", "Vielen Dank, sehr informative Tipps!")
	    BE("3050", "Die Redaktion", "20.01.2017", "Sehr geehrte Frau Hinrichs.") "</div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(be, &r);
	assert_int_equal(t->ncomments, 2);
	assert_non_null(t->order[0]->author);
	assert_string_equal(t->order[0]->author, "KnackigeK\xC3\xA4lte");
	assert_string_equal(t->order[0]->posted, "28.02.2018");
	assert_string_equal(t->order[0]->body.v[0], "Vielen Dank, sehr informative Tipps!");
	assert_string_equal(t->order[1]->author, "Die Redaktion");
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef BE
}

/* Round 21's layouts, each a page of our own written from the structure
 * the round's pages showed (no site's classes but where said). */
static void test_round21_layouts(void **state)
{
	(void)state;
	/* A flat table whose rows are comments, their level only in the
	 * row's class ("depth-1" the top level, WordPress's comment classes on
	 * a site's overview of its discussion): each answers the latest row
	 * before it one level up. */
#define R21_ROW(d, who, title)                                                                      \
	"<tr class=\"comment depth-" d "\"><td class=\"author\">" who "</td><th "                       \
	"class=\"comment-title\"><a href=\"/a/?show=comments#c\">" title "</a></th><td><time "          \
	"datetime=\"2011-03-14T08:06:00+00:00\">14.3.2011 v 06:06</time></td></tr>"
	const char *rows = "<html><body>" ARTICLE_P "<table class=\"comments\">" R21_ROW(
	    "1", "danaketh", "Psani testu") R21_ROW("2", "Martin", "Re: Psani testu")
	    R21_ROW("3", "myshpa", "Re: Re: Psani testu") R21_ROW("2", "Jachym", "Re: Psani")
	        R21_ROW("1", "koubel", "TDD") "</table></body></html>";
	tt_thread *t = html(rows, NULL);
	assert_int_equal(t->ncomments, 5);
	static const char *const authors[] = {"danaketh", "Martin", "myshpa", "Jachym", "koubel"};
	static const unsigned depths[] = {0, 1, 2, 1, 0};
	for (size_t i = 0; i < 5; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
	}
	tt_thread_free(t);

	/* A name in a box whose generated class names a user's nickname
	 * ("user__nick", BEM), beside an avatar link showing no words. */
#define R21_NICK(who, text)                                                                         \
	"<div class=\"comment\"><div class=\"comment__header\"><div class=\"comment__user\"><a "        \
	"class=\"user\" href=\"/@" who "\"><img src=\"a.png\" alt=\"\"></a><a href=\"/@" who "\"><span "   \
	"class=\"user__nick\">" who "</span></a></div><time datetime=\"2019-06-13T20:45:02+03:00\">4 "  \
	"года назад</time></div><div class=\"comment__content\"><p>" text "</p></div></div>"
	const char *nicks = "<html><body>" ARTICLE_P "<div class=\"comments\">" R21_NICK(
	    "AmberQ", "Кстати, все упоминают Зион.") R21_NICK("Wererat", "Все таки Вачовски.")
	    R21_NICK("Lassary", "Пиджаки зелёные.") "</div></body></html>";
	t = html(nicks, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const nicknames[] = {"AmberQ", "Wererat", "Lassary"};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, nicknames[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	tt_thread_free(t);

	/* The comment's place in the list, a number alone in a box of its own
	 * written under the header ("<div>2</div>"), is no paragraph of its
	 * text; a number that is not its place stays one. */
#define R21_COUNTED(id, who, n, text)                                                               \
	"<li class=\"commentbody\" id=\"comment-" id "\"><cite><a href=\"http://x.example\">" who      \
	"</a></cite> <a class=\"commentlink\" href=\"#comment-" id "\">May 26, 2016</a>\n<div "        \
	"class=\"commentcount\">" n "</div><p>" text "</p></li>"
	const char *counted = "<html><body>" ARTICLE_P "<ul class=\"commentlist\">" R21_COUNTED(
	    "11", "Mike", "1", "Man, I will join you.") R21_COUNTED("12", "LeAnne", "2", "I also am.")
	    R21_COUNTED("13", "KayN", "7", "This looks great!") "</ul></body></html>";
	t = html(counted, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const counted_first[] = {"Man, I will join you.", "I also am.", "7"};
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->body.v[0], counted_first[i]);
	tt_thread_free(t);

	/* A page's main column, an item of a plain list, holding the comment
	 * section ("li > div.gc-comment > ul > li.comment-item"), is no
	 * comment: its box named "-comment" holds lists, no text. */
#define R21_ITEM(who, text, when)                                                                   \
	"<li class=\"comment-item\"><div class=\"user-box\"><a href=\"/u?uid=1\" "                      \
	"class=\"user-nick\">" who "</a></div><div class=\"comment-txt\">" text "</div><div "           \
	"class=\"list-footer\"><span class=\"time\">" when "</span></div></li>"
	const char *column =
	    "<html><body><ul class=\"two-column\"><li class=\"left-main\"><h3>标题</h3>" ARTICLE_P
	    "<div class=\"gc-comment\"><h3>全部评论 <span>2</span>条</h3><ul class=\"list-body\">" R21_ITEM(
	        "改个名字好难", "标题说得好", "13小时前") R21_ITEM("卡瓦石", "美国的如此行为", "12小时前")
	        "</ul></div><ul class=\"related\"><li><div class=\"right fn\"><h4><a "
	        "href=\"/p/1.shtml\">相关推荐</a></h4><span>2019-09-07 08:57</span></div></li></ul>"
	        "</li></ul></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	t = html(column, &r);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(r.stated, 2);
	static const char *const column_authors[] = {"改个名字好难", "卡瓦石"};
	for (size_t i = 0; i < 2; i++) {
		assert_string_equal(t->order[i]->author, column_authors[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* An answer holding a copy of the comment it answers, one box deeper
	 * before its own text (a name, a text box of the class of its own, a
	 * time): neither its name, time nor words; it answers that comment
	 * where the same list shows it, before or after it (a list newest
	 * first), else stays at the top level. */
#define R21_COPY(who, text, when)                                                                   \
	"<div class=\"comment-box\"><div class=\"main\"><span class=\"quote\"><a href=\"/u?uid=2\">" who \
	"</a></span><div class=\"comment-txt \">" text "</div><div class=\"list-footer\"><span "        \
	"class=\"time\">" when "</span></div></div></div>"
#define R21_ANSWER(who, copy, text, when)                                                           \
	"<li class=\"comment-item\"><div class=\"user-box\"><a href=\"/u?uid=1\" "                      \
	"class=\"user-nick\">" who "</a></div>" copy "<div class=\"comment-txt\">" text "</div><div "   \
	"class=\"list-footer\"><span class=\"time\">" when "</span></div></li>"
	const char *copies =
	    "<html><body>" ARTICLE_P "<ul class=\"list-body\">" R21_ANSWER(
	        "如此完整", R21_COPY("沸騰的冰點", "中美贸易战", "3小时前"), "山东和日韩", "1小时前")
	        R21_ITEM("沸騰的冰點", "中美贸易战", "3小时前") R21_ITEM("故人心眼", "感情和理智", "4小时前")
	            R21_ANSWER("系斜阳缆", R21_COPY("故人心眼", "感情和理智", "4小时前"), "三年不算",
	                       "3小时前") R21_ANSWER("山河魂", R21_COPY("改个名字好难", "标题说得好",
	                                                               "13小时前"),
	                                             "个子越小", "31分钟前") "</ul></body></html>";
	t = html(copies, NULL);
	assert_int_equal(t->ncomments, 5);
	static const char *const copy_authors[] = {"沸騰的冰點", "如此完整", "故人心眼", "系斜阳缆",
	                                           "山河魂"};
	static const char *const copy_texts[] = {"中美贸易战", "山东和日韩", "感情和理智", "三年不算",
	                                         "个子越小"};
	static const char *const copy_whens[] = {"3小时前", "1小时前", "4小时前", "3小时前",
	                                         "31分钟前"};
	static const unsigned copy_depths[] = {0, 1, 0, 1, 0};
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, copy_authors[i]);
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], copy_texts[i]);
		assert_string_equal(t->order[i]->posted, copy_whens[i]);
		assert_int_equal(t->order[i]->depth, copy_depths[i]);
	}
	tt_thread_free(t);

	/* Blogger's classic comments block: a dt per comment, the name a link
	 * after an empty named anchor, or written loose (an anonymous
	 * commenter's) before the verb "pisze..." ("said..."), no part of it. */
#define R21_DT(id, who)                                                                             \
	"<dt class='comment-author ' id='c" id "'><a name='c" id "'></a><div class=''><div "         \
	"class=\"avatar-image-container\"><span><img src=\"b.gif\" alt=\"\"></span></div></div>\n" who \
	"\npisze...\n</dt>"
#define R21_DD(text, when)                                                                          \
	"<dd class='comment-body'><p>" text "</p></dd><dd class='comment-footer'><span "             \
	"class='comment-timestamp'><a href='/p.html?showComment=1#c1' title='comment permalink'>" when \
	"</a></span></dd>"
	const char *dl =
	    "<html><body>" ARTICLE_P "<div id='comments'><dl id='comments-block'>" R21_DT(
	        "1", "<a href='http://www.blogger.com/profile/1' rel='nofollow'>Tomasz Kowalczyk</a>")
	        R21_DD("Fakt, testerzy są ważni.", "15 lutego 2010 12:14")
	            R21_DT("2", "Anonimowy") R21_DD("Co ma do zrobienia programista?",
	                                            "15 lutego 2010 13:05") "</dl></div></body></html>";
	t = html(dl, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Tomasz Kowalczyk");
	assert_non_null(t->order[1]->author);
	assert_string_equal(t->order[1]->author, "Anonimowy");
	assert_string_equal(t->order[1]->body.v[0], "Co ma do zrobienia programista?");
	tt_thread_free(t);

	/* Stated counts: a box named a count whose words say what it counts
	 * ("<span class=count><em><a>6</a></em>条评论"), and the Slavic stem
	 * "koment" ("Komentáře: 43", a link to the comments). */
	static const char *const stated[] = {
	    "<div class=\"hd\"><span class=\"count\"><em><a href=\"/c?newsid=1\">6</a></em>条评论<span "
	    "class=\"sep\">|</span><em>9</em>人参与</span></div>",
	    "<div id=\"discussion\"><a class=\"bubble\" href=\"/a/?show=all#comments\"><strong>"
	    "Komentáře: </strong><span>43</span></a></div>"};
	static const long stated_n[] = {6, 43};
	for (size_t i = 0; i < 2; i++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "<html><body>%s%s%s</body></html>", ARTICLE_P, stated[i],
		              R21_ITEM("真楚狂", "在中国的公园", "今天20:58"));
		tt_import_report_init(&r, 0);
		t = html(b.data, &r);
		assert_int_equal(r.stated, stated_n[i]);
		tt_thread_free(t);
		tt_import_report_free(&r);
		tt_buf_free(&b);
	}
	/* A signature under the text where no name is above it ("- NAME ,
	 * PLACE, COUNTRY, DATE", a link or loose words for the name, a rating
	 * box after it): the name and the time, not the text. A line opening
	 * with a dash but holding no date stays the text. */
#define R21_SIGNED(text, sig)                                                                       \
	"<div class=\"comment\"><p class=\"comment-text\">" text "</p><p class=\"user-info\">" sig       \
	"</p><div class=\"rating\"><span>Rating</span><span>3</span></div></div>"
	const char *signed_page =
	    "<html><body>" ARTICLE_P "<div class=\"comments-list\">" R21_SIGNED(
	        "The problem is built to find a circle.",
	        "-\n  <a href=\"/registration/17/Anna-Weber/profile.html\">Anna Weber</a>\n  ,\n  Leeds, "
	        "United Kingdom,\n  06/6/2013 20:56") R21_SIGNED("zero is the answer",
	                                                        "- cocinero, 06/6/2013 08:52")
	        R21_SIGNED("Ask the mice.", "- and then, the answer, forty two") "</div></body></html>";
	t = html(signed_page, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const signed_by[] = {"Anna Weber", "cocinero"};
	static const char *const signed_at[] = {"06/6/2013 20:56", "06/6/2013 08:52"};
	static const char *const signed_text[] = {"The problem is built to find a circle.",
	                                          "zero is the answer"};
	for (size_t i = 0; i < 2; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, signed_by[i]);
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, signed_at[i]);
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], signed_text[i]);
	}
	assert_null(t->order[2]->posted);
	tt_thread_free(t);
#undef R21_SIGNED

	/* Two lists of one comment area, the hottest comments and the newest
	 * (the first holding a single one, the second inside a page box): each
	 * block of the kind with a time is a comment, in the page's order; the
	 * name a span named the name in the block's info line (a place beside
	 * it), the text a box named "txt", the time under it. */
#define R21_HOTNEW(uid, who, place, text, when)                                                    \
	"<div class=\"item clearfix\"><div class=\"head\"><a href=\"/u/" uid "\"><img src=\"a.png\" "  \
	"alt=\"\"></a></div><div class=\"cont\"><div class=\"info\"><span class=\"name\"><a "           \
	"href=\"/u/" uid "\">" who "</a></span><span class=\"area\">" place "</span></div><div "        \
	"class=\"txt\">" text "</div><div class=\"action\"><span class=\"time\">" when "</span><a "     \
	"class=\"report\" href=\"/report?mid=" uid "\">举报</a></div></div></div>"
	const char *hotnew =
	    "<html><body>" ARTICLE_P "<div class=\"comment-list\"><div class=\"hot-wrap\"><div "
	    "class=\"title\"><span class=\"name\">最热评论</span></div><div class=\"list\">" R21_HOTNEW(
	        "11", "用户652", "台湾", "台湾这帮不会玩政治的所谓政客。", "10月23日17:26")
	        "</div></div><div class=\"latest-wrap\"><div class=\"title\"><span class=\"name\">"
	        "最新评论</span></div><div class=\"list\"><div class=\"page\">" R21_HOTNEW(
	            "12", "天鼎实业", "北京", "恐怖疯子，终身监禁", "10月24日07:20")
	            R21_HOTNEW("13", "许小清8", "广东", "可以随便杀人吗？", "10月24日07:00")
	                "</div></div></div></div></body></html>";
	t = html(hotnew, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const hot_by[] = {"用户652", "天鼎实业", "许小清8"};
	static const char *const hot_at[] = {"10月23日17:26", "10月24日07:20", "10月24日07:00"};
	static const char *const hot_text[] = {"台湾这帮不会玩政治的所谓政客。", "恐怖疯子，终身监禁",
	                                       "可以随便杀人吗？"};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, hot_by[i]);
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, hot_at[i]);
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], hot_text[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	tt_thread_free(t);
#undef R21_HOTNEW
}

/* The pages the importer was developed on: everything right. */
static void test_fidelity_dev(void **state)
{
	(void)state;
	size_t right, total;
	double f = score_dir("tests/data/html", NULL, &right, &total);
	assert_int_equal(stated_wrong, 0);
	print_message("fidelity (development pages): %zu of %zu = %.1f%%\n", right, total, 100 * f);
	assert_true(total >= 200);
	assert_true(f >= 0.98);
}

/* Round 4 (tests/data/html/heldout): held out until round 5 was chosen, then
 * worked on (its HTML and its dumps). Its first result (doc/import.md) was
 * HTML 191, w3m 36, lynx 75 right; the floors are what it reaches now, so a
 * change that loses a comment there fails, and the comments its dumps give
 * are a ceiling too (page furniture taken for comments fails). */
/* w3m 216 -> 217: a comment's number "#N" opening a name-and-date line
 * (round 26's dump work). */
/* Answers signed at the end of a comment's list item (PIXNET) raised w3m
 * 217 -> 247, lynx 218 -> 256. */
/* An article of unspaced lines with no full stop found as prose (PIXNET's
 * first comments no longer its start) raised w3m 247 -> 255. */
/* A doubled name's longest half ("面面面面於") raised w3m 255 -> 256. */
enum { ROUND4_TOTAL = 297, ROUND4_HTML = 297, ROUND4_W3M = 256, ROUND4_LYNX = 256 };
enum { ROUND4_DUMP_MAX = 298 };

/* Round 5 (tests/data/html/round5): held out until round 6 was chosen, then
 * worked on. Its first result (doc/import.md) was HTML 171, w3m 82, lynx 86
 * right; the floors are what it reaches now (the text importer's work on
 * round 4 gained 6 and 1 in its dumps, untuned; its work on round 5's dumps,
 * tuned on since round 6 was chosen, 10 more in each; names written twice
 * with their date in the footer, from round 13's wpDiscuz, 3 more in each). */
/* lynx 186: a date of an English month's short name and two digits of
 * the year ("15 Oct 18") read, from round 31's 9GAG. */
enum { ROUND5_TOTAL = 208, ROUND5_HTML = 208, ROUND5_W3M = 190, ROUND5_LYNX = 186 };
enum { ROUND5_DUMP_MAX = 212 }; /* 241 until teasers of another shape stopped counting */

/* Round 6 (tests/data/html/round6): held out until round 7 was chosen, then
 * worked on. Its first result (doc/import.md) was HTML 53, w3m 18, lynx 25
 * right (HTML 68 after the work on round 5, w3m 20 after the text importer's
 * work on round 4, both untuned); the floors are what it reaches now (lynx
 * 63, 59 before, once a reply's block kept its column though lynx leaves its
 * links at the margin, from round 13's DealDoktor). */
/* lynx 65 -> 67: a linked name over a date line is no wrapped tail of the text above. */
enum { ROUND6_TOTAL = 112, ROUND6_HTML = 112, ROUND6_W3M = 104, ROUND6_LYNX = 67 };
enum { ROUND6_DUMP_MAX = 113 }; /* the comments its pages hold: no furniture taken */

/* Round 7 (tests/data/html/round7): held out until round 8 was chosen, then
 * its HTML worked on. Its first result (doc/import.md) was HTML 46, w3m 55,
 * lynx 55 right; the floors are what it reaches now. Its dumps went
 * untuned until round 10 was held out: w3m 54 after the text importer's
 * work on rounds 4 to 6's dumps, which lost one of them; then worked on
 * (w3m 81, lynx 76 with a stated count over a list of bare items; 100
 * and 93 with "level N" lines nesting comments whose names are scores).
 * w3m 102 -> 103 by the line closing most comments' boxes (mtbnews); lynx
 * 94 -> 95: a linked name over a date line is no wrapped tail of the text
 * above. */
/* lynx's U+02BC between Latin letters read as the apostrophe (round 32's
 * dumps, part w): lynx 95 -> 101. */
enum { ROUND7_TOTAL = 109, ROUND7_HTML = 109, ROUND7_W3M = 103, ROUND7_LYNX = 101 };
/* the comments its dumps count (159 in lynx's before the work on them):
 * furniture taken for comments fails */
enum { ROUND7_DUMP_MAX = 114 };

/* Round 8 (tests/data/html/round8): held out until round 9 was chosen, then
 * its HTML and dumps worked on. Its first result (doc/import.md) was HTML
 * 110, w3m 17, lynx 17 right; the floors are what it reaches now (w3m 101,
 * lynx 69 with the work on theoriginalcopy and Ökonomenstimme; 128 and 81
 * with SPIP's bracketed dates and quotes marked, the work on round 7; 173
 * and 82 with taz.de's spaced numeric dates; lynx 114 with lynx's titled
 * items, Ökonomenstimme; 185 and 125 with signatures only in a signed
 * layout, WordPress.com; 193 and 129 with names over a repeated button,
 * wpDiscuz). */
enum { ROUND8_TOTAL = 210, ROUND8_HTML = 210, ROUND8_W3M = 201, ROUND8_LYNX = 178 };
enum { ROUND8_DUMP_MAX = 212 }; /* 219 before the work on round 7's dumps */

/* Round 9 (tests/data/html/round9): held out until round 10 was chosen, then
 * its HTML worked on. The floors are its first result (doc/import.md),
 * raised as the work gains comments, but for its lynx dumps:
 * 18 (9 in the first run) once the text importer's work on rounds 4 to 6's
 * dumps, which never saw round 9, was measured on it; w3m 29 and lynx 31
 * with the text importer's work on round 9's dumps (SPIP's date-first
 * headers); 44 and 46 with forum header blocks (Politico); 50 and 52 with
 * titles under avatars (Slate.fr). */
enum { ROUND9_TOTAL = 103, ROUND9_HTML = 103, ROUND9_W3M = 76, ROUND9_LYNX = 78 };
enum { ROUND9_DUMP_MAX = 109 }; /* 127 before: SPIP's and Slate's teasers */
/* Its first run refused one page's HTML (aspnet-tulsaworld-en: "no text",
 * the page inside ASP.NET's form); read since the work on round 10. No
 * worked-on round may lose a page that way. */
enum { ROUND9_REFUSED = 0 };

/* Round 10 (tests/data/html/round10): held out until round 11 was chosen,
 * then its HTML worked on. The floors are its first result (doc/import.md),
 * raised as the work gains comments, but for its dumps: w3m 56 (32 in the
 * first run) once the text importer's work on round 8's dumps, which never
 * saw round 10, was measured on it; w3m 33 and lynx 42 (45 until then) once
 * its work on rounds 7 to 9's dumps was measured on it (2026-11-27): rules
 * tuned there lost 23 and 3 comments of round 10's dumps, measured while
 * the round was still held out for the text importer. Worked on since:
 * w3m 45 once "Me • 3 weeks ago" was no longer read as a date; w3m 56,
 * lynx 45 once a number under the verb of the template ("1009 schreibt:")
 * was a name again, not a vote count; w3m 67, lynx 56 once a profile's
 * button over the date gave way to the name under it (uproxx's two pages,
 * their American dotted dates read); w3m 71, lynx 65 once the lines
 * under a web address the browser wrapped were no headers (grossefragen);
 * lynx 70 once a header under a numbered avatar item of its own kept the
 * item's column (pewresearch); w3m 74, lynx 73 once a bullet between the
 * date and its clock was read past and a line back at the margin after the
 * last comment made no quote of its text (Le Point); w3m 76 once a list's
 * next item was no wrapped tail of the pingback above it (creativecommons);
 * w3m 79, lynx 76 once a sign alone over the text was the text's
 * (grossefragen's "+"); w3m 83, lynx 80 once a name over the same name
 * and its score was a header (Livefyre: flavorwire 0 -> 4 of 4 in each
 * dump, a rule written for round 21). w3m 85, lynx 82 once a pingback's
 * item in the list ("1. Pingback: TITLE") was a comment of its own
 * (creativecommons 3 -> 5 of 5 each; round 40's working). */
enum { ROUND10_TOTAL = 87, ROUND10_HTML = 87, ROUND10_W3M = 85, ROUND10_LYNX = 82 };
enum { ROUND10_DUMP_MAX = 110 }; /* 121 before: grossefragen's sources, Le Point's teasers */
/* Its first run refused none of its pages. */
enum { ROUND10_REFUSED = 0 };

/* Round 11 (tests/data/html/round11): held out until round 12 was chosen,
 * then its HTML worked on (68 in its first run, 78 after the work on rounds
 * 9 and 10, 91 after its own). The dumps' floors are its first result
 * (doc/import.md), but for its lynx dumps: 58 of 96 (55 of 126 in the first
 * run) once the text importer's work on rounds 7 to 9's dumps, which never
 * saw round 11, was measured on it (2026-11-27). Its dumps worked on since
 * round 13 was chosen: w3m 66, lynx 69 with "on DATE at 4:47 pm said:"
 * (GiveWell) read to the clock's "pm"; w3m 70 with a byline's "DATE  4" no
 * heading (Daily Maverick); 72 and 71 with "1 ano atrás Link permanente" a
 * date line (comoeducar); 77 and 76 with "2 days ago at 07:52 am" a date
 * under names such as "Nick A" and "mike..." (MacRumors); w3m 82 with a
 * quote set apart by two blank lines under the header (MacRumors); 85 and
 * 79 with a name over a repeated button over the date (taz.de); 87 and
 * 81 with a name in quotes, or a question of up to ten words, before
 * "sagt:" (netzpolitik); w3m 88 with an unnumbered header quoted in a
 * numbered comment's text no comment (pft); 89 and 82 with titles over
 * one-line headers and the name after "Submitted by" (Drupal 6; its second
 * comment's depth is not in the dumps); lynx 83 with the rules for round
 * 10's and 12's dumps beside them (GiveWell's last comment no quote). */
enum { ROUND11_TOTAL = 91, ROUND11_HTML = 91, ROUND11_W3M = 89, ROUND11_LYNX = 83 };
/* the comments its dumps count (127 and 126 in the first run, 125 and 96
 * before the work on them): furniture taken for comments fails */
enum { ROUND11_DUMP_MAX = 94 };
/* Its first run refused none of its pages. */
enum { ROUND11_REFUSED = 0 };

/* Pages written after the templates of widespread comment systems and
 * themes (tests/data/html/templates, doc/import.md "Comment systems read
 * from their templates"): every comment right, none more, and the layout
 * the report names. */
static void test_template_layouts(void **state)
{
	(void)state;
	const char *rel = "tests/data/html/templates";
	char *dir = tt_test_src(rel);
	DIR *d = opendir(dir);
	assert_non_null(d);
	size_t pages = 0, wrong = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (l < 6 || strcmp(de->d_name + l - 5, ".html") != 0)
			continue;
		char *page = tt_xasprintf("%s/%s", rel, de->d_name);
		char *exp = tt_xasprintf("%s/%.*s.expect", dir, (int)(l - 5), de->d_name);
		struct expect e;
		read_expect(exp, &e);
		assert_non_null(e.layout);
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		struct tt_import_opts o = {.kind = TT_IMPORT_AUTO, .report = &r};
		tt_error err;
		char *abs = tt_test_src(page);
		int eno;
		tt_thread *t = tt_import_file(abs, &o, &err, &eno);
		if (!t)
			fail_msg("%s: %s", de->d_name, err.msg);
		size_t right = score_page(t, &e, de->d_name);
		int ok = right == e.n && t->ncomments == e.n && !strcmp(r.layout, e.layout);
		print_message("%-28s %zu of %zu right, found %zu, layout \"%s\"%s\n", de->d_name,
		              right, e.n, t->ncomments, r.layout, ok ? "" : " WRONG");
		wrong += !ok;
		pages++;
		tt_test_assert_round_trip(t);
		tt_thread_free(t);
		tt_import_report_free(&r);
		free_expect(&e);
		free(abs);
		free(exp);
		free(page);
	}
	closedir(d);
	free(dir);
	assert_true(pages >= 41); /* every page of the folder: none left unread */
	assert_int_equal(wrong, 0);
}

/* Round 12 (tests/data/html/round12), held out: never looked at while
 * tuning. The floors are its first result (doc/import.md), but for its
 * dumps: its first run went through the text importer as it was before the
 * work on rounds 7 to 9's dumps, which never saw round 12; with that work,
 * w3m 13 (12) and lynx 15 of 23 (14 of 30), measured once (2026-11-27).
 * Worked on since round 13 was chosen: w3m 14 once "NAME on DATE said:"
 * kept its "am"; w3m 19, lynx 20 once a weekday of two letters and a slash
 * before the clock were read ("Do 9 Apr 2020 / 08:34", verfassungsblog);
 * w3m 21 once two images run together were alt text before the name
 * ("[mystery][svg] Burnsy sagt:", antary); lynx 21 once "Comments are
 * closed." at the margin made no quote of the comment above it. */
enum { ROUND12_TOTAL = 22, ROUND12_HTML = 21, ROUND12_W3M = 21, ROUND12_LYNX = 21 };
enum { ROUND12_DUMP_MAX = 23 };
enum { ROUND12_REFUSED = 0 };

/* Round 13 (tests/data/html/round13): held out until round 14 was chosen,
 * then its HTML (119 in its first run, 170 after its own) and its dumps
 * worked on. The dumps' floors are its first result (doc/import.md),
 * raised as the work on its dumps gains comments: w3m 110 and lynx 105 (95
 * and 90) with names written twice whose date is in the footer (wpDiscuz);
 * 125 and 120 with an avatar named by a file or class before the name
 * (LiveJournal's "[userinfo_v]NAME"); 130 and 125 with the buttons and vote
 * counts under a header taken as its own (WP.pl); 133 and 128 with a name
 * over the name, a signature and the date (Douban); lynx 132 with a reply's
 * block at its own column though lynx leaves its links at the margin
 * (DealDoktor); w3m 134 once a name written on two lines over a date kept
 * that date from a teaser's "WORD:" line above (meinmmo). */
enum { ROUND13_TOTAL = 170, ROUND13_HTML = 170, ROUND13_W3M = 144, ROUND13_LYNX = 142 };
/* the most its dumps count since they were worked on (170 on the pages):
 * LiveJournal's search field and two "Edited at" notes, meinmmo's teasers */
enum { ROUND13_DUMP_MAX = 175 };
enum { ROUND13_REFUSED = 0 };
/* Round 14 (tests/data/html/round14): forum and discussion pages (Hacker
 * News, new Reddit of 2019, MyBB, Substack, GitHub, Discourse), held out
 * until round 15 was chosen, then its HTML worked on. The dumps' floors are
 * its first result
 * (doc/import.md), measured in two steps on 2026-11-27 with the importers
 * unchanged between them: its first seven pages (HTML 153, w3m 61, lynx 50
 * of 162), then with five pages more, each run once (two .expect lines of
 * the first seven corrected between the runs, README.md): HTML 221 of 235,
 * w3m 66 and lynx 51 of 240. Its HTML 235 since its own work. */
/* Its dumps worked on since round 15 was chosen (doc/import.md): the
 * floors are what that work reached. */
/* lynx's U+02BC between Latin letters read as the apostrophe (round 32's
 * dumps, part w): lynx 186 -> 217. */
enum { ROUND14_TOTAL = 235, ROUND14_HTML = 235, ROUND14_W3M = 213, ROUND14_LYNX = 217 };
/* The comments its dumps count (the page's, and those found past them: the
 * first post of MyBB, GitHub's "NAME commented on DATE" lines), at most. */
enum { ROUND14_DUMP_MAX = 242 };
/* Its first run refused none of its pages. */
enum { ROUND14_REFUSED = 0 };
/* Round 15 (tests/data/html/round15): forum threads of twelve platforms
 * (phpBB, Flarum, wpForo, Discuz!, Kunena, MyBB, Asgaros, Homeland, Kaskus,
 * Misago, XenForo 2, Invision) in six languages, held out until round 16 was
 * chosen, then its HTML worked on. Its first result (doc/import.md), run once
 * on 2026-11-27: HTML 16 of 46 (44 comments, two extra found), w3m 1 of 67,
 * lynx 0 of 69; the dumps' floors are that first result. HTML 21 once its
 * quotations kept their titles ("> NAME said:"), as the importer writes them;
 * 31 with Homeland's replies (div.reply#replyN, div.markdown, data-reply-to-id);
 * 34 with wpForo's posts (div.post-wrap#post-N, its loose "Postado : DATE");
 * 36 with Kunena's messages (div.row.message, div.kmsg); 38 with Misago's
 * posts (ul.posts-list > li.post#post-N); 40 with an Invision quotation naming
 * its post by number (the topic's: an answer); 41 of 44, none found too many,
 * with the opening posts of Flarum as drawn and of Asgaros taken as the topic
 * (Asgaros's a.profile-link the name, "#2 · DATE" the time); 42 with Discuz!'s
 * age in Chinese ("6 天前", kept as written: the page gives no date of its own);
 * 44 with Kaskus' posts (a badge before a name, the opening post showing the
 * page's title: the topic). */
enum { ROUND15_TOTAL = 44, ROUND15_HTML = 44 };
/* Its dumps, worked on since round 17 was chosen: w3m 2 of 73 and lynx 1 of
 * 69 before; 4 and 3 with posts numbered under their dates (Kaskus,
 * test_numbers_under_dates), of 72 and 68 with Kaskus' topic no comment
 * (test_topic_over_numbered_posts). The ceiling is the most counted then.
 * 7 of 67 and 6 of 63 with phpBB's "#2 Post by NAME » DATE" read as a
 * labelled date, its name the box's line the date line names
 * (test_numbered_labelled_posts); 16 of 61 and 11 of 57 with XenForo 2's
 * posts dated over their numbers (test_dates_over_post_numbers); 18 and 13
 * with Homeland's reply number after the name no part of it
 * (test_post_number_after_name); 20 and 15 with a line ending in a
 * full-width stop no heading stating a count (test_wide_stop_no_count); 22
 * of 61 and 18 of 58 with Chinese ages of any unit ("28 天前") past the
 * date filter (test_chinese_ages_in_headers); w3m 24 with Kunena's "DATE
 * #N by NAME" headers and the "Replied by NAME on topic ..." line every
 * post opens with the header's (test_date_number_name_headers). */
/* w3m 27, lynx 21 as main stood on 2026-11-27: the floors raised to it;
 * w3m 29, lynx 23 once posts between rules took their times from the
 * page's scripted copy (Sunrise's Flarum; test_ruled_posts_timed_from_copy). */
enum { ROUND15_W3M = 30, ROUND15_LYNX = 23, ROUND15_DUMP_MAX = 72 };
/* Its first run refused none of its pages. */
enum { ROUND15_REFUSED = 0 };
/* One of its pages states a count the report does not read yet: Homeland's
 * "共收到 <b>10</b> 条回复" in a box named "total" (Discuz!'s "回复: 1" and
 * Kaskus' "2 Balasan", a label and a number side by side, are read since
 * round 16 was worked on); a count read wrong, or one more unread, fails. */
enum { ROUND15_STATED_UNREAD = 1 };
/* Round 16 (tests/data/html/round16): forum, question-and-answer and
 * discussion pages of nine platforms (new Reddit of 2024, Stack Exchange,
 * Discourse, Vanilla, NodeBB, Flarum, vBulletin 5, Discuz!, Kaskus) in three
 * languages, held out until round 17 was chosen, then its HTML worked on.
 * Its first result (doc/import.md), run once on 2026-11-27: HTML 44 of 83
 * (80 comments, three extra found), w3m 12 of 83, lynx 11 of 83. Its quoting posts' first words rewritten
 * with the quotation's title before it was worked on: still 44 of 80. 48
 * once a quote head's last link to the quoted post ("View Post", vBulletin
 * 5) was no part of the quoted name (test_round16_layouts); 49 with
 * NodeBB's quotation title ("@NAME said in TOPIC:" before a <blockquote>);
 * 51 with NodeBB's post/parent naming the post answered; 57 with
 * Discourse's posts as the browser draws them (article.onscreen-post); 59
 * with new Reddit's moderator comment's teaser left out; 60 with Vanilla's
 * quote embed (its header the title, one line; its cite the post answered);
 * 79 with the structural fallback (src/html_repeat.c), which reads Kaskus'
 * Tailwind posts (19 of 20: the one missed opens with a quotation). */
enum { ROUND16_TOTAL = 80, ROUND16_HTML = 80 };
/* Its dumps, worked on since round 17 was chosen: w3m 12 of 83 and lynx 11
 * of 84 before; 31 and 30 with posts numbered under their dates (Kaskus), of
 * 82 and 83 with Kaskus' topic no comment. The ceiling is the most counted
 * then. */
/* w3m 42, lynx 41 as main stood on 2026-11-27 (the floors not raised
 * since Kaskus); w3m 45, lynx 44 once a member's rank in stars after the
 * name was no part of it (FamilySearch's Vanilla; test_rank_after_name);
 * w3m 50, lynx 49 once posts between rules took their times from the
 * page's scripted copy (flarum.cn; test_ruled_posts_timed_from_copy). */
enum { ROUND16_W3M = 50, ROUND16_LYNX = 49, ROUND16_DUMP_MAX = 83 };
/* Its first run refused none of its pages. */
enum { ROUND16_REFUSED = 0 };
/* Every stated count of its pages is read: Discuz!'s "回复: 3" among the
 * topic's figures and Kaskus' "42<div>Balasan</div>" (a label and a number
 * side by side) since it was worked on; a count read wrong, or unread,
 * fails. */
enum { ROUND16_STATED_UNREAD = 0 };
/* Round 17 (tests/data/html/round17): forum, question-and-answer and
 * article comment pages of ten platforms (bbPress, Apache Answer, DW
 * Question & Answer, Agreper, Cycling '74's forum, wpForo, Dzen, Tencent
 * News, BBS-GO, an Ant Design forum) in three languages (English, Russian,
 * Chinese), held out until round 18 was chosen, then its HTML worked on.
 * Its first result (doc/import.md), run once on 2026-11-27: HTML 15 of 107
 * (106 comments, one extra found), w3m 27 of 122, lynx 31 of 126; the
 * dumps' floors were that first result until they were worked on too (46
 * and 76 after the text importer's rules for Agreper, wpForo and bbPress,
 * doc/import.md; 48 and 77 with the shared date reader's Russian and
 * Chinese forms too). */
/* 76 once a generic comment block's header line "NAME - TIME | links" gave
 * its name and time, and a one-word link to the comment's address alone in
 * its box was no text (Agreper, 0 -> 61 of 61; test_round17_layouts); 79 of
 * 106, none found too many, with bbPress' posts split in a header and a box
 * its class names after the header's id (the template page bbpress-en); 83
 * with a question page's div.answer-item as an answer and its comments
 * under it (Apache Answer, 0 -> 4 of 4); 86 with Ant Design's comment
 * component (div.ant-comment), the badge after a name, links with no
 * address as actions and an answer's copy of what it answers left out
 * (南生论坛, 3 -> 6 of 6); 87 with a year glued to letters no time (wpForo's
 * member handle "(@franztikul1990)" was taken for the post's time); 97
 * with the structural fallback (src/html_repeat.c: Cycling '74, Tencent,
 * DW Q&A's first answer) and Dzen's blocks found in their comment box once
 * Russian ages were read; 100 with a build's BEM class naming the header's
 * name ("comment-header__name-16", Dzen); 103 once Tencent's .expect nested
 * its three answers as the markup does (written flat at first). */
/* Its dumps: w3m 48, lynx 77 as main stood on 2026-11-27; w3m 51, lynx 80
 * once posts whose number is run into their date were read (bbPress,
 * CSS-Tricks' forum; test_numbers_run_into_dates). */
/* lynx 83 -> 84: a linked name over a date line is no wrapped tail of the text above. */
/* w3m 51 -> 55: an avatar's alt text over the name set apart (Cycling '74). */
enum { ROUND17_TOTAL = 106, ROUND17_HTML = 106, ROUND17_W3M = 55, ROUND17_LYNX = 84 };
/* Its first run refused none of its pages. */
enum { ROUND17_REFUSED = 0 };
/* Every count its pages state is read since it was worked on: bbPress'
 * "This topic has 3 replies" (li.bbp-topic-description), 南生论坛's
 * "全部评论" beside its "6", and no count in a comment's own box (Apache
 * Answer's "Feb 22 Reply" read as 22 before; a box holding a <time> or a
 * field to write in, or whose number is an age ("replied 4 years ago", DW
 * Q&A's comment, read as 4), states none). The four pages no comment is found on yet
 * (Dzen, Tencent News, DW Q&A, Cycling '74) state theirs or none as the
 * .expect says; a count read wrong, or unread, fails. */
enum { ROUND17_STATED_UNREAD = 0 };
/* Round 18 (tests/data/html/round18): half (a) five pages of platforms
 * read already, from sites, themes or years no round has (Stack Overflow,
 * an Invision forum, two WordPress themes, Drupal 7), half (b) five of
 * platforms no round has (FlaskBB, Talkyard, Lucianne.com, Haber7,
 * paopao-ce); English, German, Turkish, Chinese; held out until round 20
 * was chosen, then worked on. The floors are its first result (doc/import.md), run once on
 * 2026-11-27: HTML 23 of 159 (half (a) 23 of 61, half (b) 0 of 98), w3m 13
 * of 192, lynx 13 of 182. Worked on since round 20 was chosen, HTML: 75
 * when that began (the structural fallback reading Lucianne.com's), 110
 * with internet-law.de's signature lines (the date before the permalink's
 * clock; test_round18_layouts), 129 with paopao-ce's answers inside its
 * comments, its nickname box and its place shown where a time could be, 144
 * with Talkyard's thread boxes naming their depth, 148 with FlaskBB's
 * posts, 153 with Haber7's list items numbered by the comment's id, 156
 * with Invision's posts inside its moderators' form, 157 with a name
 * holding a year in a link to the member's page (Lucianne.com), 159 with
 * its replies opening with the number of the reply they answer. w3m 152,
 * lynx 151 once Turkish's ages ("3 gün önce") were read and a list's item
 * "NAME AGE" with a button after it ("Şikayet Et") was a one-line header
 * (Haber7 0 -> 5 of 5 each; round 40's cycle). */
enum { ROUND18_TOTAL = 159, ROUND18_HTML = 159, ROUND18_W3M = 152, ROUND18_LYNX = 151 };
/* Its first run refused none of its pages. */
enum { ROUND18_REFUSED = 0 };
/* Its stated counts are required since it was worked on, but for those not
 * read yet: Talkyard's 15 goes unread ("There are 15 replies"); a count
 * read wrong, or one more unread, fails. (Haber7's "YORUMLAR 21" is read
 * since "yorum" is a count word; Invision's 3, read as its "Followers 2"
 * before, since round 41 was worked on.) */
enum { ROUND18_STATED_UNREAD = 1, ROUND18_STATED_MISREAD = 0 };
/* Round 19 (tests/data/html/round19): the comment sections of ordinary
 * blogs and news sites, the pages most users bring (WordPress in six themes
 * of its own sites and on WordPress.com, The Motley Fool's, bauemotion.de's
 * and Tweakers' own comments); English, German, French, Dutch; held out
 * until round 20 was chosen, then worked on. The floors are its first result
 * (doc/import.md), 2026-11-27, with the importers unchanged: HTML 62 of 233
 * (228 comments, five sidebar entries more found), w3m 27 of 232, lynx 25 of
 * 228 (one page replaced after the first run, its figures measured then). */
/* 168 of 228, none found too many, once a flat list's comment opening with
 * links to other comments' anchors answered the last of them (Balloon
 * Juice's "@NAME:") and a layout's box named content and sidebar
 * ("content-sidebar-wrap", Genesis) no sidebar, so the sidebar's five
 * recent comments were left out (Balloon Juice 6 -> 112 of 112;
 * test_round19_layouts); 184 with WordPress's reply link, and a box named
 * the author's holding only it (GigaOM's avatar box), naming no one (0 ->
 * 16 of 16); 213 with a box named "comment" in the site's language and a
 * numbered id a comment whatever its tag, its camel-cased text box
 * ("reactieContent"), a.userName, and a box named a time showing a word
 * without a digit no time (Tweakers' twk-reaction, its karma cards; 0 ->
 * 29 of 29); 224 with the loose words of a header opening a comment box
 * with no text box ("1 Kommentar von NAME", der-erfolg's old theme) and
 * WordPress's span.says ("Sagt:", WordPress.com) no text (0 -> 6 of 6, 0
 * -> 5 of 5). */
/* 228 with a box named the comment's name, prefixed or camel-cased, the
 * name (bauemotion.de's "cssShareBarCommentsListCommentName", 0 -> 4 of 4;
 * worked on after round 21 was chosen). */
/* w3m 145: an answer naming only the author answered (no link in w3m's
 * dump) takes the exchange's turn, else the latest just above, else the
 * comment sharing the most rare words (Balloon Juice's w3m dump 15 -> 34). */
/* w3m 145 -> 147: a mention opening a quotation answers the comment it quotes (Balloon Juice). */
enum { ROUND19_TOTAL = 228, ROUND19_HTML = 228, ROUND19_W3M = 147, ROUND19_LYNX = 216 };
/* Its first run refused none of its pages. */
enum { ROUND19_REFUSED = 0 };
/* Every count its ten pages state is read as the .expect says (the first
 * run already read all ten); a count read wrong, or unread, fails. */
enum { ROUND19_STATED_UNREAD = 0 };
/* Round 20 (tests/data/html/round20): the comment sections of ordinary
 * blogs and news sites again (Movable Type at Boing Boing, WordPress in two
 * themes and on WordPress.com, Scientific American's, Oracle's blogs' and WP
 * SportoweFakty's own comments); English, German, Polish; held out until
 * round 21 was chosen, then worked on. The floors are its first result (doc/import.md),
 * 2026-11-27, with the importers unchanged: HTML 3 of 252, w3m 12 of 252,
 * lynx 14 of 252; the same again once Scientific American's .expect nested
 * the four answers its markup names (written flat at first). */
/* Worked on since round 21 was chosen, HTML: 213 once a header line
 * "NAME • #N • TIME • Reply" gave its name and the part that is a time,
 * however indented, and a header's link to an earlier comment's anchor
 * named the comment answered ("replied to comment from X"), with a bold
 * word amid a sentence no name and a link without an address showing
 * words no action (Boing Boing 0 -> 210 of 210; test_round20_layouts);
 * 237 with a header line "N. NAME ... TIME" naming its comment past the
 * number (Scientific American 0 -> 12 of 12, its answers' "in reply to"
 * read by the rule before) and a box showing only a time after the name
 * in the author's box (Oracle's blogs 0 -> 12 of 12); 244 with a number
 * or a separator written in the header before the text no paragraph of it
 * (The Vacation Gals 0 -> 3 of 3, jovelstefan.de 0 -> 4 of 4); 252 with
 * boxes whose ids name them comments and number them alike comments,
 * whatever their tag, a name in small print over the text, and a number
 * alone in a navigation menu no stated count (WP SportoweFakty's live
 * comments 0 -> 8 of 8, its "962" no longer read). */
/* w3m 153: the same choice among several comments by the name answered
 * (Boing Boing's w3m dump 83 -> 123 of 210). */
enum { ROUND20_TOTAL = 252, ROUND20_HTML = 252, ROUND20_W3M = 153, ROUND20_LYNX = 228 };
/* Its first run refused none of its pages. */
enum { ROUND20_REFUSED = 0 };
/* Its stated counts are required since it was worked on: every one is
 * read as the .expect says (insubordinant's "3 Gedanken zu ..." since
 * "Gedanken" is a count word, test_stated_counts; WP SportoweFakty's page,
 * "stated none", no longer read as saying 962, test_round20_layouts); a
 * count read wrong, or unread, fails. */
enum { ROUND20_STATED_UNREAD = 0, ROUND20_STATED_MISREAD = 0 };
/* Round 21 (tests/data/html/round21): blogs' and news sites' comment
 * sections from sources no round had searched (htmlparser-benchmark,
 * metascraper, GeneralNewsExtractor, NReadability, breadability): WordPress
 * (Smitten Kitchen, zdrojak.cz's overview table), Livefyre (TIME), Blogger
 * (devblogi.pl), MailOnline's, ZDNet's, Pikabu's, Sina's and Guancha's own
 * comments; English, Russian, Chinese, Polish, Czech; held out until round
 * 22 was chosen, then worked on. The floors are its first result (doc/import.md), 2026-11-27, with
 * the importers unchanged, taken in three steps: its first seven pages HTML
 * 61 of 163, w3m 0, lynx 0; then with Guancha's page (written before that
 * second run, its first) HTML 61 of 194 (193 comments, one more found), w3m
 * 0 of 230, lynx 0 of 213; then with devblogi.pl's and zdrojak.cz's pages
 * (written before that third run, their first) HTML 77 of 248 (247
 * comments, one more found), w3m 0 of 284, lynx 0 of 267; the earlier
 * pages scoring as in their first runs. */
/* Worked on since round 22 was chosen, HTML: 110 once flat rows whose class
 * alone names their level ("depth-2") answer the latest row one level up
 * (zdrojak.cz 8 -> 41 of 43; test_round21_layouts); 150 with the page read
 * as UTF-8 (Pikabu's, refused before; test_encodings) and a BEM class
 * naming a nickname, "user__nick", the name (0 -> 40 of 40); 179 with a
 * number alone that counts the comment's place in the list no paragraph,
 * wherever written (Smitten Kitchen's div.commentcount, 0 -> 29 of 29); 184
 * with a list item whose box named "-comment" holds lists no comment (the
 * page's main column at Guancha, which held all its comments as answers;
 * 0 -> 5 of 30, its "全部评论 59条" read since); 209 with an answer's
 * box holding a name, a time and a text box of the class of the answer's
 * own, before that text, a copy of the comment answered (not the answer's
 * name, time or words; the answer goes under that comment where its list
 * shows it, before or after it) and "comment-txt" a text box (Guancha 5 ->
 * 30 of 30); 212 with a name written loose in Blogger's classic
 * dt.comment-author (an empty named anchor before it no name, the verb
 * "pisze..." after it no part of it; devblogi.pl 8 -> 11 of 11); 217
 * with ZDNet's .expect corrected to the HTML standard's nesting (7 -> 12
 * of 20, tests/data/html/README.md); 227 with a signature under the text,
 * "- NAME , PLACE, DATE", read as the name and the time where no name is
 * above the text (MailOnline 0 -> 10 of 10); 237 with the other lists of a
 * comment area read too, in the page's order, a span.name in an info line
 * the name and a div.txt the text (Sina 0 -> 6 of 6, 0 -> 4 of 4). */
/* w3m 175 -> 181, lynx 157 -> 165: Guancha's "全部评论 59条" read as its count
 * heading (0 -> 6 of 30 each), lynx's U+FFFD and plain no-break space in
 * Pikabu's text read twice mended (18 -> 20 of 40). w3m 182 once a quotation
 * two blank lines under its header and right of its column was marked "> "
 * where most texts stand one blank line under their header (round 40's
 * Lemmy; Pikabu's "> 2. Конец там же"). */
enum { ROUND21_TOTAL = 247, ROUND21_HTML = 247, ROUND21_W3M = 182, ROUND21_LYNX = 165 };
/* Its first run refused one page: Pikabu's, whose bytes are UTF-8 though it
 * declares windows-1251; none since valid UTF-8 with multi-byte letters is
 * read as UTF-8 whatever single-byte charset a page declares
 * (test_encodings), its "1007 комментариев" read over the story link's bare
 * "1008". */
enum { ROUND21_REFUSED = 0 };
/* Its stated counts are required since it was worked on: every one is read
 * as the .expect says (the four unread at first: Guancha's "全部评论 59条"
 * since its main column is no comment, Sina's "6条评论" and "258条评论" in a
 * box named a count, zdrojak.cz's "Komentáře: 43" by the stem "koment";
 * test_round21_layouts); a count read wrong, or unread, fails. */
enum { ROUND21_STATED_UNREAD = 0, ROUND21_STATED_MISREAD = 0 };
/* Round 22 (tests/data/html/round22): blogs', news sites' and
 * forums' comment sections from sources earlier rounds had searched for
 * other pages (metascraper, htmlparser-benchmark, htmldate's test set,
 * trafilatura, magic-html): HubSpot's blog comments (Post Planner), WordPress
 * (paidcontent.org), Blogger (2ality), Carnegie's, Modepilot's, Douban's and
 * LearnKu's own comments, Flarum; English, German, Chinese; held out until
 * round 23 was chosen, then worked on. Its first result (doc/import.md),
 * 2026-11-27, with the importers unchanged: HTML 13 of 234, w3m 16 of 269,
 * lynx 13 of 236; the floors are what the work on it reached. */
enum { ROUND22_TOTAL = 234, ROUND22_HTML = 234, ROUND22_W3M = 217, ROUND22_LYNX = 215 };
/* Its first run refused none of its pages' HTML (both dumps of Post
 * Planner's page were refused as JSON: the page's text opens with a logged
 * JSON object). */
enum { ROUND22_REFUSED = 0 };
/* Its stated counts are required since it was worked on: every one was
 * read as the .expect says from its first run (Douban's page, "stated
 * none", read as stating none), so none may go unread; a count read wrong,
 * or unread, fails. */
enum { ROUND22_STATED_UNREAD = 0, ROUND22_STATED_MISREAD = 0 };
/* Round 23 (tests/data/html/round23): news sites' and blogs'
 * comment sections from sources no round had drawn on (goose's and GoOse's
 * saved pages, abclinuxuapi's, the DAniEL corpus in waddle): The Guardian's,
 * Yahoo! News', Business Insider's, globoesporte.com's, abclinuxu.cz's, To
 * Vima's and Interia's own comments, Livefyre at The Wall Street Journal,
 * JComments; English, Portuguese, Czech, Greek, Russian, Polish; held out
 * until round 24 was chosen, then worked on. Taken in two steps, each run once before the
 * next (doc/import.md), 2026-11-27, with the importers unchanged: the first
 * seven pages HTML 95 of 221, w3m 75 of 232, lynx 51 of 226; with the last
 * three, whose first run it was, HTML 106 of 276, w3m 75 of 287, lynx 51 of
 * 281 (the seven scoring as before). The floors are what the work on it
 * since round 24 was chosen reaches. */
/* To Vima's .expect corrected in round 29's cycle (eight answers to answers
 * one level deeper, as the page's toggle links say): a correction of the
 * ground truth, not a floor lowered for a rule's sake. */
/* The toggle-link rule (ihx_toggle_parent) raised HTML 266 -> 274. */
/* The text importer's quotation under a name alone raised lynx 230 -> 231. */
/* Titled posts nested by each post's own count of answers (round 31's dump
 * work, part a) raised w3m 205 -> 213, lynx 231 -> 239 (To Vima 25 of 25). */
/* The Guardian's .expect corrected in round 33's cycle (a quotation's line
 * after its <br> written "> " as every quotation line is): HTML 274 -> 275,
 * w3m 213 -> 214; a correction of the ground truth, no rule's gain. */
enum { ROUND23_TOTAL = 275, ROUND23_HTML = 275, ROUND23_W3M = 214, ROUND23_LYNX = 239 };
/* Its runs refused none of its pages' HTML. */
enum { ROUND23_REFUSED = 0 };
/* Its stated counts are required since it was worked on: read as the
 * .expect says, none unread, none read wrong since round 24's cycle (To
 * Vima's sidebar "22" on a page of "stated none", and Livefyre's page at
 * The Wall Street Journal, 153 for the list's 151, were). A count read
 * wrong, or unread, fails. */
enum { ROUND23_STATED_UNREAD = 0, ROUND23_STATED_MISREAD = 0 };
/* Round 24 (tests/data/html/round24): news sites' comment
 * sections of 2012 from the DAniEL corpus in waddle (Newsvine at msnbc.com,
 * ABC News' WordPress blog, Johnston Press, WWL-TV, Sfora.pl, Polska Press,
 * Podrobnosti.ua, Komsomolskaya Pravda, Newsland) and a Baidu Tieba thread
 * from magic-html's forum pages; English, Polish, Russian, Chinese; held
 * out until round 25 was chosen, then worked on. The floors are its first result (doc/import.md),
 * 2026-11-27, with the importers unchanged: HTML 5 of 213, w3m 12 of 215,
 * lynx 35 of 231. A second run, after one .expect gained the count its page
 * states (ABC News' "9"), gave the same figures. Measured once at the end
 * of its cycle (2026-11-27, `TT_ROUNDS=round12,round24`): HTML 13 (Sfora.pl's
 * eight read by the rule of action rows at a text's edges), w3m 12, lynx 35;
 * the floors were that run, and are raised as it is worked on. */
/* A bold name of marks ("<b>&amp;</b>", round 30, b) raised HTML 212 -> 213. */
enum { ROUND24_TOTAL = 213, ROUND24_HTML = 213, ROUND24_W3M = 197, ROUND24_LYNX = 198 };
/* Its runs refused none of its pages' HTML. */
enum { ROUND24_REFUSED = 0 };
/* Its stated counts are required since it was worked on: all read as the
 * .expect says but one, Baidu Tieba's "6回复贴" (unread yet; Polska Press',
 * Podrobnosti.ua's and Newsland's are read since their rules, and WWL-TV's
 * range gives its total 5, no longer its first 1). A count read wrong
 * elsewhere, or unread, fails. */
enum { ROUND24_STATED_UNREAD = 1, ROUND24_STATED_MISREAD = 0 };
/* Round 25 (tests/data/html/round25), held out until round 26 was chosen,
 * then worked on: news sites' and blogs'
 * comment sections of 2011-2012 from the DAniEL corpus in waddle (The
 * Chronicle Herald's Drupal comments, Archant's at EDP24, ScienceBlogs'
 * Movable Type, Disqus at Gothamist, Wirtualna Polska's opinions, wnp.pl's
 * forum comments, a Kubrick WordPress blog, Glavred's and Argumenty i
 * Fakty's comments) and developers.pub's question comments from
 * magic-html's forum pages; English, Polish, Russian, Chinese; never looked
 * at while tuning. The floors are its first result (doc/import.md),
 * 2026-11-27, with the importers unchanged: HTML 27 of 104, w3m 16 of 110,
 * lynx 6 of 108. Measured once at the end of its cycle (2026-11-27, at
 * df5f68d, `TT_ROUNDS=round12,round25`): the same figures, page by page. */
/* A count hanging under a list item no heading (round 31's work): zdrowiutko lynx 0 -> 4, lynx 91. */
enum { ROUND25_TOTAL = 104, ROUND25_HTML = 104, ROUND25_W3M = 91, ROUND25_LYNX = 91 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND25_REFUSED = 0 };
/* Its stated counts are required since it was worked on: the others are
 * read as the .expect says from its first run, and the two unread then
 * (Archant's "6" at EDP24, Wirtualna Polska's "135") since their rules.
 * A count read wrong, or unread, fails. */
enum { ROUND25_STATED_UNREAD = 0, ROUND25_STATED_MISREAD = 0 };
/* Round 26 (tests/data/html/round26), held out until round 27 was chosen,
 * then worked on: news sites' comment
 * sections of 2012 from the DAniEL corpus in waddle (The Express Tribune's
 * WordPress, Daily Express', The Daily Telegraph's of Sydney, Gazeta.pl's,
 * Onet's, We-Dwoje.pl's and two of Objectiv.tv's own comments), Ars
 * Technica's comments of 2014 from scrapybara's fixture and a BBScloud topic
 * from magic-html's forum pages; English, Polish, Russian, Chinese; never
 * looked at while tuning. The floors are its first result (doc/import.md),
 * 2026-11-27, with the importers unchanged: HTML 12 of 70, w3m 9 of 67,
 * lynx 13 of 69. Measured once at the end of its cycle (2026-11-27, at
 * 804f5a3, `TT_ROUNDS=round12,round26`): HTML 17 of 70 (BBScloud and
 * Daily Express read in part), w3m 9 of 80, lynx 13 of 82. */
/* Its total is the comments its .expect files list (67) since Tribune's
 * comments are no longer taken twice (three found beyond them before).
 * HTML raised to 38 by the work on Tribune, Ars Technica, Onet, Daily
 * Express and BBScloud, and to 66 with Objectiv.tv's and We-Dwoje.pl's
 * (names at the template's place, a bar between time and name, a title
 * link run in); w3m 9 -> 39, lynx 13 -> 41: Objectiv.tv's,
 * BBScloud's and We-Dwoje's dumps read (comment numbers before names, a
 * name of marks alone, year-first and two-digit-year dates, answers naming
 * their writer, vote rows and names echoed under them, titles run into the
 * text, a byline dated to the day), and to 55 and 53 with Gazeta.pl's,
 * Daily Express', Ars Technica's and The Daily Telegraph's (a clock with
 * its day, ranks run into names, posts named in a footer, a count over
 * the comments before the first prose, a titled quotation set apart),
 * and to 65 and 63 with Onet's (posts holding a copy of the comment they
 * answer, dated under their text). */
/* A nickname of six words opening the block (round 30, b) raised HTML 66 -> 67. */
enum { ROUND26_TOTAL = 67, ROUND26_HTML = 67, ROUND26_W3M = 65, ROUND26_LYNX = 63 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND26_REFUSED = 0 };
/* Its stated counts are required since it was worked on: all read as the
 * .expect says since its first run but Daily Express' "5" (unread then).
 * A count read wrong elsewhere, or unread, fails. */
enum { ROUND26_STATED_UNREAD = 1, ROUND26_STATED_MISREAD = 0 };
/* Round 27 (tests/data/html/round27), held out until round 28 was chosen,
 * then worked on: forum, question-and-answer
 * and comment pages new to the rounds from magic-html's forum and article
 * pages (UBB.threads at BellaOnline, Simple:Press at speakoutwireless.ca,
 * Sabai Discuss' demo, Toutiao's comments, two Baidu Zhidao questions and
 * a Zhihu answer page), trafilatura's evaluation pages (nnz-online.de's and
 * kyffhaeuser-nachrichten.de's own comments) and htmldate's test set (a
 * Twitter status page's replies); English, German, Chinese; 90 comments;
 * never looked at while tuning. The floors are its first result
 * (doc/import.md), 2026-11-27, with the importers unchanged: HTML 5 of
 * 91, w3m 2 of 125, lynx 1 of 106. Measured once at the end of its cycle
 * (2026-11-27, at 4bfb9f0, `TT_ROUNDS=round12,round27`): the same figures.
 * HTML 69 once UBB.threads' date and clock, Sabai Discuss' answers around
 * their comments, Simple:Press' posts and nnz-online's comment item were
 * read (test_round27_layouts_a); its dumps worked on (text importer): w3m
 * 2 -> 59, lynx 1 -> 58 by Sabai's (38 and 38), Simple:Press' (19 and 19)
 * and nnz-online's footer no comment; w3m 11, lynx 10 by Twitter's
 * (answers listed under the post they answer); w3m 14, lynx 12 with
 * Toutiao's (dates under the text after a reply button's word); both
 * halves merged: w3m 71 of 107, lynx 69 of 105. HTML 19 of 90 after half b
 * of its working alone (Zhihu, Toutiao, Zhidao, Twitter); both halves
 * merged: 83 of 90. Lynx 69 -> 79 by UBB.threads' member box drawn twice
 * (its writer the name drawn alone, its text past the box): 10 of 10.
 * Lynx 79 -> 80 by an article run on into the comment's header, prose
 * (Kyffhäuser Nachrichten's 1 of 1). W3m 71 -> 74 by Zhidao's name over a
 * badge over a blank line over the date, its box closed by a shared line;
 * lynx 80 -> 83 by the box's lines short but for an image's name. */
/* Twitter's short replies read ("LOL", "Just 2?", "200+": a handle after the
 * mention mark no words, "Undo" the template's), 83 -> 86 (round 29, a). */
/* Zhidao's answerer's rank in the card after the name no title, 86 -> 89;
 * its best answer set apart above the others, its card beside it, 89 -> 90. */
enum { ROUND27_TOTAL = 90, ROUND27_HTML = 90, ROUND27_W3M = 74, ROUND27_LYNX = 83 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND27_REFUSED = 0 };
/* Its stated counts are required since it was worked on: its first run
 * read none of the five right (Zhihu's "56" read as 2; Toutiao's "139",
 * Twitter's "33" and both Baidu Zhidao counts unread). A count read
 * wrong, or unread, beyond those fails. Toutiao's and one Zhidao count
 * read since (half b of its working): Twitter's and the other Zhidao's
 * still unread. Zhihu's 56 read since round 28's half b (a Question's
 * answerCount where its answers are the comments). Twitter's 33 read
 * since round 28's part d (a replies count's words outside comments).
 * Zhidao's "4个回答" read with its best answer set apart (1 -> 0). */
enum { ROUND27_STATED_UNREAD = 0, ROUND27_STATED_MISREAD = 0 };
/* Round 28 (tests/data/html/round28), held out until round 29 was chosen,
 * then worked on: question-and-answer and
 * comment pages from magic-html's forum and article pages (Quora's
 * answers, Imgur's comments, CodeProject's Quick Answers, CareerCup's
 * answers, NetEase's and 360 kuai's comments, all new to the rounds, and
 * two pages of Sina's comments, round 21's site) and the DAniEL corpus
 * (Dziennik.pl's and Interia's own comments); English, Chinese, Polish;
 * 57 comments; never looked at while tuning. The floors are its first result (doc/import.md), 2026-11-27,
 * with the importers unchanged (at 27b5429): HTML 18 of 57, w3m 0 of 107,
 * lynx 0 of 104; no page refused. Measured once at the end of its cycle
 * (2026-11-28, at 2ddf5ec, `TT_ROUNDS=round12,round28`): HTML 22 of 57,
 * w3m 0, lynx 0; the HTML floor raised to that. Worked on (half a: a
 * toolbar's count, a header's twin box, a signature's dash, a scripted
 * vote widget, an answer's class word, a Pascal-cased "…Comment"): 360
 * kuai 3 of 3, CareerCup 11 of 11, Imgur 5 of 5, HTML 41 of 57. Dumps w3m
 * 8, lynx 8 once CodeProject's labelled signatures and Imgur's glued
 * headers under a menu were read (test_round28_dumps_a_*). Half b's
 * rules (striped rows, actions of three words, a label before a time, a
 * conversation under a comment) alone: HTML 30; both halves merged: 49. The
 * dumps' half b (Quora, CareerCup, Dziennik.pl) alone: w3m 20, lynx 21;
 * both halves of the dumps merged: w3m 28, lynx 29. With NetEase's page
 * (a place in brackets and an empty label cut from the name, a quoted
 * floor without a time, its post a comment of its own): HTML 56. A row
 * of actions under a lone comment's header (Interia) read as the
 * header's: w3m 29, lynx 30; 360 kuai's "评论13" over its comments and
 * the place and likes opening each text: w3m 31, lynx 32. An answer
 * naming a writer listed after it in a conversation (Sina's
 * "回复@NAME："): HTML 57. A first signature deeper than every later one
 * signing the article (CareerCup's question): w3m 32. */
/* An image lynx names by its file opening a text no words (360kuai lynx 2 -> 3): lynx 33. */
/* w3m 32 -> 34: a name line over a wide label run into each date (NetEase
 * 0 -> 2 of 7). */
enum { ROUND28_TOTAL = 57, ROUND28_HTML = 57, ROUND28_W3M = 34, ROUND28_LYNX = 33 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND28_REFUSED = 0 };
/* Its stated counts are required since it was worked on: its first run
 * read all eight as the .expect says but NetEase's "1918" (unread), read
 * since the label 跟贴 (half a of its working). A count read wrong, or
 * unread, beyond that fails. */
enum { ROUND28_STATED_UNREAD = 0, ROUND28_STATED_MISREAD = 0 };
/* Round 29 (tests/data/html/round29), held out until round 30 was chosen,
 * then worked on: news sites' comment
 * sections from htmlparser-benchmark's pages of 2013 (Reuters' comments,
 * AppleInsider's and The Register's forum posts under the article),
 * magic-html's article pages (GSMArena's, Kompas.com's and ifeng's
 * comments), all new to the rounds, and the DAniEL corpus (RMF24's own
 * comments, new; To Vima's, Komsomolskaya Pravda's and Podrobnosti.ua's,
 * systems of rounds 23 and 24); English, Polish, Greek, Russian,
 * Indonesian, Chinese; 54 comments; never looked at while tuning. The
 * floors are its first result (doc/import.md), 2026-11-28, with the
 * importers unchanged (at 6a964cb): HTML 41 of 54, w3m 20 of 58, lynx
 * 19 of 82; no page refused. Measured once at the end of its cycle
 * (2026-11-28, at fe74f5b, `TT_ROUNDS=round12,round29`): HTML 41 of 54,
 * w3m 19 of 58, one comment fewer than its first run, lynx 19 of 82,
 * the same: a rule of the cycle's text importer work on rounds 27 and 28
 * costs one of its dumps' comments, which one is for its working to find
 * (the floor follows the measure: a held-out round's floor records what
 * the importer does on pages it was not tuned on, and nobody may look to
 * mend it). */
/* Its dumps worked on. Half b: w3m 19 -> 30 (Podrobnosti.ua's answer chains +6, RMF24's
 * bulleted dates, one-letter guest, button item and run-in quotations +5), lynx 19 -> 25 (the
 * answer chains). Half a: a bullet before a date is no signature's label (RMF24's ~lku, the
 * comment its held-out cycle lost), then AppleInsider, Reuters, The Register and GSMArena:
 * w3m 39, lynx 39 alone. Both halves merged: w3m 49, lynx 48. */
/* Worked on: quotation boxes named by "quote" and a part ("quote-container",
 * "quote-block") and spans of a quotation's class word holding words
 * ("span.quo") quoted, 41 -> 47 of 54 (AppleInsider's and RMF24's answers);
 * a guest's plain name at the place of members' linked names, 48. */
/* Half b: HTML 41 -> 45 by To Vima's comments beside the form's box and ifeng's
 * place in brackets beside the name (the header's, not the text); 46 by
 * Kompas.com's section named "comment" holding its list, not a comment. */
/* Both halves merged: HTML 53 (To Vima's answer of 21:43 one level short). */
/* The toggle-link rule (ihx_toggle_parent) raised HTML 53 -> 54. */
/* Round 30's dump work, half b: lynx 48 -> 49 by a form's buttons drawn as
 * short items under its fields (RMF24's "* Anuluj" over the first date). */
/* Round 31's dump work, part a: w3m and lynx 49 -> 50 by titled posts
 * nested by each post's own count of answers (To Vima's answer of 21:43). */
enum { ROUND29_TOTAL = 54, ROUND29_HTML = 54, ROUND29_W3M = 50, ROUND29_LYNX = 50 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND29_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it was chosen,
 * three of ten go unread (To Vima's "8", GSMArena's "8", The Register's
 * "17") and two read wrong (ifeng's "49" as 249, Reuters' "11" as 149).
 * A count read wrong, or unread, beyond those fails. Worked on: GSMArena's
 * "8" (a link to the comments' own page) and The Register's "17" (the
 * title bar's first box) read, Reuters' "11" read right (another story's
 * "149" known as its own): 1 unread, 1 read wrong (half a).
 * Half b: To Vima's "σχόλια <span>(8)</span>" read by its section's
 * title, ifeng's "249人参与49评论" as 49 by the number its count word
 * follows. Both halves merged: none unread, none read wrong. */
enum { ROUND29_STATED_UNREAD = 0, ROUND29_STATED_MISREAD = 0 };
/* Round 30 (tests/data/html/round30), held out until round 31 was chosen,
 * then worked on: MacTechNews.de's forum
 * thread, Die Achse des Guten's readers' letters, two WordPress blogs
 * (trafilatura's and htmldate's pages), the Los Angeles Times' and CBS
 * News' comments of 2013 (htmlparser-benchmark's pages), Us Weekly's
 * comments of 2012 and wnp.pl's (round 25's system) from the DAniEL
 * corpus, YouTube's comments of 2011 (crux's page) and iVoox's
 * (metascraper's); German, English, Spanish, Polish; 110 comments; never
 * looked at while tuning. The floors are its first result
 * (doc/import.md), 2026-11-28, with the importers unchanged (at 8810a2c):
 * HTML 53 of 111, w3m 40 of 114, lynx 34 of 111; no page refused.
 * Measured once at the end of its cycle (2026-11-28, at cb57bf6,
 * `TT_ROUNDS=round12,round30`, after every importer change of the cycle):
 * HTML 53 of 111, w3m 40 of 114, lynx 34 of 111, the same: nothing of the
 * cycle's rules carried to it. HTML 98 once posts named alike under the
 * title heading, dates and clocks in boxes of their own, camel-cased
 * quotations and names after the time were read (test_round30_layouts_a). */
/* Worked on, half b: the time cut from a byline's name (CBS News) and the
 * indented list header's name (iVoox) raised HTML 53 -> 65. */
/* Worked on, dumps half b (YouTube, the Los Angeles Times, iVoox, wnp.pl,
 * CBS News): w3m 40 -> 46, lynx 34 -> 46, by a list's wrapped item's last
 * words, a pager, a wrapped shared opening, signatures closing list items,
 * a rating after an age and a form's box over its field. */
/* Worked on, dumps half a: the text importer's dated list items, clocks run into dates,
 * quotations under a name alone and vote counters under text raised w3m
 * 40 -> 101 and lynx 34 -> 96 (Us Weekly 20 of 20, MacTechNews 41 and 42
 * of 44). */
/* Both dump halves merged: w3m 107 of 111, lynx 108 of 111. */
/* Both HTML halves merged: HTML 110 of 110, every stated count read. */
/* A name in lower case closing on an initial ("marco m."): w3m 108, lynx 109. */
/* A quotation under a name, its first line short (w3m): w3m 109. */
enum { ROUND30_TOTAL = 110, ROUND30_HTML = 110, ROUND30_W3M = 109, ROUND30_LYNX = 109 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND30_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it was chosen,
 * two of nine go unread (iVoox's "2", Us Weekly's "24"), none read wrong;
 * one since a heading's count badge was read (Us Weekly's "24").
 * A count read wrong, or unread, beyond those fails. */
/* (iVoox's "2" read since half b's titled counter: one unread left;
 * Us Weekly's "24" since half a's count badge: both halves merged, none) */
enum { ROUND30_STATED_UNREAD = 0, ROUND30_STATED_MISREAD = 0 };
/* Round 31 (tests/data/html/round31), held out until round 32 was chosen,
 * then worked on: FederalPress' comments
 * (padding 55 pixels a level), Fakt's (two pages), Super Express' and
 * KopalniaWiedzy.pl's from the DAniEL corpus, SoundCloud's and 9GAG's
 * (metascraper's fixtures), The Globe and Mail's Pluck comments of 2010
 * (ruby-readability's page) and a Telerik forum thread (MinerU-Webkit's
 * page); Russian, Polish, English; 90 comments; never looked at while
 * tuning. The floors are its first result (doc/import.md), 2026-11-28,
 * with the importers unchanged (at 8cdddc6): HTML 71 of 90, w3m 3 of 97,
 * lynx 3 of 101; no page refused. Measured once at the end of its cycle
 * (2026-11-28, at b737bb6, `TT_ROUNDS=round12,round31`, after every
 * importer change of the cycle): HTML 71 of 90, w3m 3 of 97, lynx 3 of
 * 101, the same: nothing of the cycle's rules carried to it. Worked on
 * (half b, 2026-11-28): Telerik's forum 11 -> 18 of 18 (a
 * tooltip's anchor shown, a span's name and a link's one template, the
 * attached files' links no words) and Pluck's 3 -> 5 of 5 (invisible
 * marks out of names, "Mr." a name's): HTML 80 of 90. */
/* Dumps part a (a sidebar beside the comments cut, a rating after the clock,
 * a caption over the first header, a link in the header's cell, a teaser
 * past the stated count): w3m 28, lynx 28 (FederalPress 25 of 38 each). */
/* Dumps part d: posts signed under their text between rules (Fakt's two
 * pages, 5 of 5 each): w3m 3 -> 13, lynx 3 -> 13. */
/* Dumps parts a and d merged: w3m 38 of 91, lynx 38 of 91. */
/* Worked on, dumps part b (Telerik's forum, Pluck's comments): member boxes
 * over labelled dates, invisible marks in names, a count under a list item,
 * a short text under its named date and w3m's left table cells raised w3m
 * 3 -> 26 and lynx 3 -> 26 (both pages 18 and 5 of theirs in each). */
/* Dumps parts a, b and d merged: w3m 61 of 90, lynx 61 of 91. */
/* Dumps 9 and 9: 9GAG's read (its "15 Oct 18", lynx's link number run into
 * the name, the heading over the first prose), part c of its dumps' working. */
/* Dumps parts a, b, c and d merged: w3m 67 of 90, lynx 67 of 91. */
/* HTML 71 -> 81 by the signature box after a text box (Fakt's two pages);
 * w3m 3 -> 7 by "15 Oct 18" read as a date (9GAG's dump). */
/* Both HTML halves merged: HTML 90 of 90. */
/* SoundCloud's dumps 0 -> 10 (w3m) and 9 (lynx): a track's moment before an
 * age written twice, a field's label over its indented value. */
enum { ROUND31_TOTAL = 90, ROUND31_HTML = 90, ROUND31_W3M = 77, ROUND31_LYNX = 76 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND31_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it was chosen,
 * one of four goes unread (Telerik's "18"), none read wrong; Telerik's read
 * since a count of answers over flat answers is the page's (half b). A
 * count read wrong, or unread, beyond those fails. */
enum { ROUND31_STATED_UNREAD = 0, ROUND31_STATED_MISREAD = 0 };
/* Round 32 (tests/data/html/round32), held out until round 33 was chosen,
 * then worked on: Bankfax.ru's own comments
 * (each a table of its own, the town after the name) from the DAniEL
 * corpus, LinkedIn's comments on a Pulse article (mercury-parser's
 * fixture) and Vimeo's comments, one answer nested (metascraper's
 * page); Russian, English; 31 comments; never looked at while tuning. The
 * floors are its first result (doc/import.md), 2026-11-28, with the
 * importers unchanged (at 978af71): HTML 9 of 31, w3m 0 of 31, lynx 0 of
 * 31; no page refused. Measured once at the end of its cycle (2026-11-28,
 * at 2187863, `TT_ROUNDS=round12,round32`, after every importer change of
 * the cycle): HTML 9 of 31, w3m 0 of 31, lynx 0 of 31, the same: nothing
 * of the cycle's rules carried to it. Posts closed by their date (LinkedIn's
 * and Bankfax's, part l of its dumps' working) raised w3m 0 -> 10, lynx 0 -> 16.
 * w3m and lynx raised by part v of its dumps' working (Vimeo's 0 -> 14 of 14
 * in each: bare ages, lynx's "(BUTTON)" no name, a count of answers nesting them).
 * Parts l and v merged: w3m 24 of 31, lynx 30 of 31.
 * Its HTML raised by its working: an
 * age without "ago" in a box of its own, an answer nested as a wrapped
 * comment's own box (round 32, layouts); a label every name opens with,
 * a field appended to some names (round 32, layouts b); a long name the
 * writer's picture names (round 32, layouts c).
 * Part w: lynx 30 -> 31, lynx's "ʼ" between Latin letters read as "'".
 * Round 33's part v: w3m 24 -> 31, a ruled middle column cut from the
 * columns w3m draws beside it (Bankfax). */
enum { ROUND32_TOTAL = 31, ROUND32_HTML = 31, ROUND32_W3M = 31, ROUND32_LYNX = 31 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND32_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it was chosen,
 * one of its stated counts went unread (LinkedIn's "48"), none read wrong;
 * read since its working (a bar of counts side by side, round 32, layouts
 * c). A count read wrong, or unread, fails. */
enum { ROUND32_STATED_UNREAD = 0, ROUND32_STATED_MISREAD = 0 };
/* Round 33 (tests/data/html/round33), held out until round 34 was chosen,
 * then worked on: WeddingBee's bbPress
 * boards, DevDojo's questions and ForumEngine's replies (magic-html's
 * pages), a WordPress.com blog's threads (MinerU-Webkit's page) and
 * another's (trafilatura's), Novy Region's own comments and Wirtualna
 * Polska's opinions on odkrywcy.pl (the DAniEL corpus); enlarged after its
 * first run and before any importer change by DailyTech's threaded
 * comments (htmlparser-benchmark's page), Mashable's and Udi Dahan's
 * WordPress comments (NReadability's pages) and psu.com's vBulletin thread
 * (MinerU-Webkit's page). English, Russian, Polish, German; eleven pages,
 * 218 comments; four systems new to the rounds; never looked at while
 * tuning. First run of the seven pages first chosen (2026-11-28, importers
 * at 7fcbd80): HTML 30 of 72, w3m 52 of 71, lynx 46 of 71 (69 expected).
 * The floors are the first run of the whole round (doc/import.md), the
 * importers still unchanged since 7fcbd80: HTML 171 of 230, w3m 95 of 220,
 * lynx 68 of 220 (218 expected; the rest found over them). Measured once at
 * the end of its cycle (2026-11-28, at 93ab665, `TT_ROUNDS=round12,round33`,
 * after every importer change of the cycle): HTML 171 of 230, w3m 95 of
 * 220, lynx 68 of 220, the same: nothing of the cycle's rules carried to it.
 * Part v of its dumps: w3m 95 -> 118, lynx 68 -> 91, names less a separator
 * mark or counts after them, posts dated on their "#N" line (psu.com),
 * a header's fields past its mark (DevDojo). Part m: names dated under
 * their text in lynx's unbroken numbered lists (Mashable lynx 0 -> 21 of
 * 22), a repeated label over a mention dropped (WeddingBee 6 -> 9 of 10
 * in each dump). Both parts merged: w3m 121, lynx 115 of 220. HTML 171 ->
 * 197 by a score's label no name (odkrywcy.pl 0 -> 26 of 28); 197 -> 201
 * by a loose text read from itself, a script's label box no text and a
 * text opening with the link answering its anchor (WeddingBee 6 -> 10).
 * 221 comments once geoenergymath.com's .expect held its pingback, left out
 * at first (tests/data/html/README.md): HTML 202 (the importer read it
 * already), w3m 122, lynx 116 once a pingback's item was a comment of its
 * own in the dumps too (round 40's working). w3m 122 -> 129, lynx 116
 * -> 123 by round 41's work on vBulletin 4 (psu.com 17 -> 24 and 14 -> 24
 * of 25: the buttons' line with its count a line of the template, a
 * quotation's title "Quote Originally Posted by NAME View Post" read as
 * the page's box writes it, lynx's link to the post quoted;
 * test_stamped_opening_post_quotes, test_stamped_lynx_quote_links). */
enum { ROUND33_TOTAL = 219, ROUND33_HTML = 202, ROUND33_W3M = 129, ROUND33_LYNX = 123 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND33_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it was chosen,
 * two of its stated counts go unread (Novy Region's "76", DailyTech's
 * "80"), none read wrong. A count read wrong, or unread, beyond those
 * fails. */
/* DailyTech's "80", its link to the first comment's anchor, read since half b
 * of its working (own_anchor_count): one left unread. */
enum { ROUND33_STATED_UNREAD = 1, ROUND33_STATED_MISREAD = 0 };
/* Round 34 (tests/data/html/round34), held out until round 35 was chosen,
 * then worked on: WP Discussion Board's
 * replies (magic-html's page), El Mundo's readers' comments (goose3's
 * page), two WordPress.com blogs' comments (trafilatura's pages) and
 * Sabotage Times' WordPress comments (the DAniEL corpus); enlarged after
 * its first run and before any importer change by mathhelpforum.com's
 * vBulletin thread and physicsforums.com's XenForo thread (MinerU-Webkit's
 * pages). German, English, Spanish; seven pages of seven sites, 23
 * comments; two systems new to the rounds, five known systems on new
 * sites; never looked at while tuning. First run of the five pages first
 * chosen (2026-11-28, importers at 86e5887): HTML 7 of 15, w3m 1 of 17,
 * lynx 1 of 15 (15 expected). The floors are the first run of the whole
 * round (doc/import.md), the importers still unchanged since 86e5887: HTML
 * 11 of 23, w3m 3 of 30, lynx 3 of 24 (23 expected; the rest found over
 * them); no page refused. Measured once at the end of its cycle
 * (2026-11-28, at 8f88fab, `TT_ROUNDS=round12,round34`, after every
 * importer change of the cycle): HTML 11 of 23, the same; w3m 5 of 27 and
 * lynx 5 of 25, two more right in each: the dump floors raised to them.
 * Worked on: HTML 11 -> 13 by a clock permalink's date written loose
 * before it after a label (WordPress.com's "said, on", layouts a); 13
 * -> 14 by a short text beside the fields in the author's box its own
 * (WordPress.com's "Kommentar von NAME — DATE @ clock", layouts a2); 14
 * -> 18 by XenForo 1's posts read (an <li> closing an earlier one left
 * open, a member's heading after the time the name, the topic under the
 * title across a form, a blockquote alone in an <article> the text,
 * layouts a3 and test_lean_tree_li_closes_li); 18 -> 23 by a box not
 * drawn naming no writer (El Mundo's private-message form, layouts a4). */
/* Its dumps worked on: w3m 5 -> 7, lynx 5 -> 7 by a verb before the
 * comma that closes the name, repeated by the page's other headers
 * (damianduchamps, test_round34_dumps_e_verb_before_comma); 7 -> 12 in
 * each by a name run into its date's last digit (Sabotage Times,
 * test_round34_dumps_e_name_run_into_date). 12 -> 16 in each by round
 * 41's work on vBulletin 4 (Math Help Forum 0 -> 4 of 4: "#1" the topic's
 * post, no comment, its lines quoted in the next posts no lines of the
 * template; in lynx, the text left of the name's column and labels some
 * boxes show alone; test_stamped_opening_post_quotes,
 * test_stamped_lynx_quote_links). */
enum { ROUND34_TOTAL = 23, ROUND34_HTML = 23, ROUND34_W3M = 16, ROUND34_LYNX = 16 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND34_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it came to be
 * worked on, one of its stated counts goes unread (WP Discussion Board's
 * "1"), none read wrong. A count read wrong, or unread, beyond those
 * fails. */
/* WP Discussion Board's "1", a table of figures' cell, read since its
 * working (layouts a5): none left unread. */
enum { ROUND34_STATED_UNREAD = 0, ROUND34_STATED_MISREAD = 0 };
/* Round 35 (tests/data/html/round35), held out: the BBC's DNA comments
 * and Kaiser Health News' WordPress comments (the DAniEL corpus); enlarged
 * after its first run and before any importer change by Habr's comments
 * and Stackoverrun's translated question (a crawler's test pages,
 * jaitl/cloud-crawler). English, Russian; four pages of four sites, 59
 * comments; three systems new to the rounds, one known system on a new
 * site; never looked at while tuning. First run of the two pages first
 * kept (2026-11-28, importers at d862aab): HTML 9 of 9, w3m 4 of 9, lynx 4
 * of 9 (a third page first chosen, the Huffington Post's, taken out after
 * that run as round 9's site and platform). The floors are the first run
 * of the whole round (doc/import.md), the importers still unchanged since
 * d862aab: HTML 11 of 59, w3m 5 of 59, lynx 5 of 60 (59 expected; the rest
 * found over them); no page refused. Measured once at the end of its cycle
 * (2026-11-28, at 4c3cda0, `TT_ROUNDS=round12,round35`, after every
 * importer change of the cycle): the same figures, HTML 11, w3m 5, lynx 5;
 * round 12's HTML 22 of 22. It was not enlarged with other languages
 * before this measure, as it was to be (doc/import.md). */
/* Worked on since round 36 was chosen: HTML 11 -> 59 by a shown time whose
 * title names its time element's machine form (Stackoverrun's "<span
 * title=...>29 дек. 10</span>" before a dateCreated hidden by a class; its
 * 48 comments had every name, depth and text right, only their time as
 * the machine wrote it; test_round35_layouts_titled_time). Its dumps worked
 * on after round 37 was measured (the same family as round 37's Qaru): w3m
 * 5 -> 48, lynx 5 -> 50 by a post signed on one line (a word, the date, the
 * name), comments signed at their text's end and the machine form run into
 * the time shown (test_round35_stackoverrun_dumps). */
enum { ROUND35_TOTAL = 59, ROUND35_HTML = 59, ROUND35_W3M = 49, ROUND35_LYNX = 50 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND35_REFUSED = 0 };
/* Its stated counts are required since it was worked on: as it came to be
 * worked on, every one is read right (BBC's 14, Kaiser Health News' 4,
 * Habr's 2). */
enum { ROUND35_STATED_UNREAD = 0, ROUND35_STATED_MISREAD = 0 };
/* Round 36 (tests/data/html/round36), held out: Wikipedia talk pages
 * (MediaWiki DiscussionTools' test cases, Parsoid's HTML) in French,
 * Italian, Arabic, Polish and Central Kurdish; five pages of one system new
 * to the rounds, 595 comments, signed and indented, in sections; never
 * looked at while tuning. The .expect files follow DiscussionTools' own
 * reading (the account a signature names, its time, the tree of replies).
 * First run (2026-11-29, importers at 1ee3cee, `TT_ROUNDS=round36`): HTML
 * 1 of 595 (0.2%), w3m 0, lynx 0; no page refused. The floors are that
 * run. Measured once at the end of its cycle (2026-11-29, at 4bbb43d,
 * importers at e76f568, after round 35's one rule,
 * `TT_ROUNDS=round12,round36`): the same, HTML 1, w3m 0, lynx 0; round
 * 12's HTML 22 of 22. Talk pages state no count: none required. */
/* Its .expect files corrected once it was worked on, from the pages (see
 * tests/data/html/README.md): DiscussionTools' JSON lists a discussion's
 * comments again under each sub-heading (ar 28 -> 15, ckb 205 -> 165, fr
 * 85 -> 84: 541), and its reading leaves out signatures in older formats
 * ("1 sep 2004", "7:49") and one of a misspelt namespace (fr 84 -> 103,
 * ckb 165 -> 166: 561); a comment opening inside a link has no first
 * words. The first run's importers on the corrected files: HTML 1 of 561,
 * w3m 0, lynx 0. Worked on: HTML 1 -> 561 of 561 by the talk pages' reader
 * (src/import_html_talk.c: signatures, indentation, headings;
 * test_round36_talk_pages). */
/* Its dumps worked on: w3m 0 -> 212, lynx 0 -> 483 by the talk pages' text
 * reader (src/import_text_talk.c: paragraphs signed at their end, the
 * writer the account lynx's listed links name, the shown name in w3m's;
 * test_round36_talk_dumps; lynx 483 -> 497 by a subsection's heading, right
 * of the text over it; 497 -> 510 and w3m 212 -> 213 by the text's column
 * where most signed text stands, lynx's "o" bullet no paragraph's start
 * at it). w3m shows no account: where a signature shows
 * another name ("StoK" for Stok) its comment cannot be right. w3m 213 ->
 * 246 by round 37's shown names (badges, pictographs and marks around the
 * name left off, a run-in sentence's stop, the account's capital); w3m 247,
 * lynx 510 -> 514 by a dash opening a line no list's mark (a sign-off);
 * w3m 251, lynx 519 by round 38's sign-offs before a shown name and
 * greetings ("Bonjour,") no headings (test_talk_dump_signoff_names); w3m
 * 257, lynx 527 by a numbered list's items (votes) read as items
 * (test_talk_dump_numbered_votes). */
enum { ROUND36_TOTAL = 561, ROUND36_HTML = 561, ROUND36_W3M = 257, ROUND36_LYNX = 527 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND36_REFUSED = 0 };
/* Round 37 (tests/data/html/round37), held out: a Wikipedia deletion log
 * (DiscussionTools' test case, round 36's system on a new site), Qaru's
 * translated questions (a system new to the rounds) and Stack Overflow in
 * Russian (Stack Exchange on a new site), the last two from the crawler's
 * test pages (jaitl/cloud-crawler). English, Russian; six pages of three
 * sites, 366 comments, the deletion log 324 of them; never looked at while
 * tuning. First run (2026-11-29, importers at e76f568, before any change
 * for round 36, `TT_ROUNDS=round37`): HTML 11 of 366 (3.0%; the deletion
 * log 1 of 324, Qaru 0 of 32, Stack Overflow 10 of 10), w3m 0, lynx 0; no
 * page refused. The floors are that run. Measured once at the end of its
 * cycle (2026-11-29, at 22d32ce, importers at d7468d2, after round 36's
 * talk page reader, `TT_ROUNDS=round12,round37`): HTML 330 of 366 (the
 * deletion log 320 of 324, Qaru 0 of 32, Stack Overflow 10 of 10), w3m 0,
 * lynx 305 (the deletion log's); round 12's HTML 22 of 22. */
/* Its dumps: w3m 0 -> 58, lynx 307 (a w3m dump's "References" of the article's notes
 * no lynx's list of links; the shown names as round 36's); w3m 87, lynx 335
 * by Qaru's machine form run into the time shown and a score between a
 * post's text and its signature (doc/import-text.md); w3m 96, lynx 345 by
 * Stack Exchange's Russian signing words and its comments signed at their
 * text's end. */
enum { ROUND37_TOTAL = 366, ROUND37_HTML = 365, ROUND37_W3M = 97, ROUND37_LYNX = 345 };
/* Worked on (its HTML): the deletion log's Clovermoss line corrected to
 * DiscussionTools' own time, the first signature's (tests/data/html/README.md);
 * the counts Qaru's pages state, all read. */
enum { ROUND37_STATED_UNREAD = 0, ROUND37_STATED_MISREAD = 0 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND37_REFUSED = 0 };
/* Round 38 (tests/data/html/round38), held out: a Dutch Wikipedia user talk
 * page as Parsoid's HTML and a Serbian village pump archive as MediaWiki's
 * parser renders it (DiscussionTools' test cases, round 36's system on two
 * new sites), and a page of a Something Awful Forums thread (pyawful's test
 * page, a forum new to the rounds). Dutch, Serbian, English; three pages,
 * 478 comments; never looked at while tuning. First run (2026-11-29,
 * importers at d7468d2, before any change for round 37,
 * `TT_ROUNDS=round38`): HTML 193 of 478 (40.4%; the forum 36 of 40, the
 * Dutch page 157 of 161, the Serbian 0 of 277), w3m 23, lynx 393; no page
 * refused. The floors are that run. Measured once at the end of its cycle
 * (2026-11-29, importers at ff37c46, after round 37's work,
 * `TT_ROUNDS=round12,round38`): HTML 193 of 478 (the forum 36 of 40, the
 * Dutch page 157 of 161, the Serbian 0 of 277: none found), w3m 24, lynx
 * 394; round 12's HTML 22 of 22. */
/* Worked on (its HTML): 193 -> 465 by a page fragment read as HTML by its
 * content (the Serbian archive, MediaWiki's action=render: a bare <div>);
 * 470 by {{outdent}}'s arrow and {{Tracked}}'s box left out of comments and
 * typographic spaces (an em space before a signature's dash) read as spaces
 * (test_round38_talk_fragment); 474 by the forum's .expect corrected to tree
 * order (tests/data/html/README.md), the importer unchanged. Its dumps: w3m
 * 24 -> 43, lynx 394 -> 403 by a sign-off before a shown name ("Groeten,
 * Sir Iain", "Groetjes - Romaine (overleg)"), a greeting's line ending in
 * a comma no heading, and lynx's long headings left of the text. */
/* HTML 476, lynx 405 by a signature's project pages no writer
 * (tt_wikisig_signer: "maarten|wpbe|mp"); lynx 444 by posts between a
 * member card and a dated row of links (the forum's, 0 -> 39 of 40:
 * itx_carded_posts, test_carded_posts). */
/* w3m 44, lynx 446 by {{outdent}}'s box-drawn arrow left off a talk
 * page's words in its dumps too; lynx 455 by a numbered list's items
 * (the Serbian page's votes) read as items. */
enum { ROUND38_TOTAL = 478, ROUND38_HTML = 476, ROUND38_W3M = 44, ROUND38_LYNX = 455 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND38_REFUSED = 0 };
/* Round 39 (tests/data/html/round39), held out: three old Reddit comment
 * pages of 2016 (a student crawler's test pages, the site shown in Slovak):
 * an r/science AMA, an r/worldnews link post and an r/gifs post's top 200
 * comments. Old Reddit's markup is named in the issue but was never read
 * from a real page here. English; three pages, 411 comments; never looked
 * at while tuning. First run (2026-11-29, importers at ff37c46, before any
 * change for round 38, `TT_ROUNDS=round39`): HTML 0 of 411 (every comment
 * found, none right), w3m 0, lynx 0; no page refused. The floors are that
 * run. The same at the end of its cycle (2026-11-29, importers at e4fc409,
 * after round 38's work, `TT_ROUNDS=round12,round39`): 0, 0, 0; worked on
 * since round 40 was chosen. HTML 411 of 411 once an age opening with
 * Slovak's "pred" kept it, a deleted account's "[vymazané]" in an <em> was
 * the name shown, and a "read next" list's counts were no count of the page
 * (test_round39_old_reddit). w3m 378, lynx 378 once comments under
 * headers counting the tree under them were read apart, the tree rebuilt
 * from the counts (itx_counted_posts; test_counted_tree), and Slovak's
 * ages ("pred 2 hodiny") read. */
enum { ROUND39_TOTAL = 411, ROUND39_HTML = 411, ROUND39_W3M = 378, ROUND39_LYNX = 378 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND39_REFUSED = 0 };
/* Of its stated counts, the r/worldnews page's (139) read 925 when it came
 * to be worked on (another thread's, in the "read next" list); read right
 * since. */
enum { ROUND39_STATED_MISREAD = 0 };
/* Round 40 (tests/data/html/round40), held out: four threads of 2024-2026
 * from a benchmark of pages saved for text extractors: a Lemmy post (a
 * system new to the rounds), a NodeBB 4 topic with federated posts, a
 * phpBB forum thread and a WordPress page's comments. English; four pages,
 * 72 comments; never looked at while tuning. First run (2026-11-29,
 * importers at e4fc409, before any change for round 39,
 * `TT_ROUNDS=round40`): HTML 56 of 72 (Lemmy 22 of 22, phpBB 10 of 15,
 * NodeBB 0 of 11, WordPress 24 of 24), w3m 22, lynx 22; no page refused.
 * The floors are that run. The same at the end of its cycle (2026-11-29,
 * importers at e67c123, after round 39's work, `TT_ROUNDS=round12,round40`):
 * 56, 22, 22; worked on since round 41 was chosen. HTML 72 of 72 once
 * NodeBB 4's copy of the post answered was no part of the answer and its
 * number said which post it answers, a name microdata gives as a <meta>
 * was the name (test_round40_nodebb_parent), and phpBB's quotation title
 * with its date in a box of its own stayed one line (test_cite_one_line). */
/* w3m 37, lynx 37 once phpBB's posts under a member card, the thread's
 * subject and a date were read apart (itx_subject_posts; test_subject_posts).
 * w3m 58, lynx 42 once Lemmy's headers, their fields stacked one per line
 * (name, language, score "26·", age), were read, badges run into a name cut,
 * and a quotation opening a comment's text told apart by its indentation
 * (test_score_stack); lynx sets Lemmy's answers at no depth. */
/* w3m 60, lynx 44 once a pingback's item was a comment of its own
 * (test_pingback_items). */
enum { ROUND40_TOTAL = 72, ROUND40_HTML = 72, ROUND40_W3M = 60, ROUND40_LYNX = 44 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND40_REFUSED = 0 };
/* Of its stated counts, the Lemmy post's (22) went unread when it came to
 * be worked on; read since (a link asking for the comments,
 * test_stated_counts). */
enum { ROUND40_STATED_UNREAD = 0, ROUND40_STATED_MISREAD = 0 };
/* Round 41 (tests/data/html/round41), held out: four more threads of
 * 2023-2026 from round 40's source: a Drupal forum (Wall Street Oasis), an
 * Invision Community topic, a FluxBB thread and a vBulletin 4 thread, each
 * a known system on a new site. English; four pages, 72 comments; never
 * looked at while tuning. First run (2026-11-29, importers at bcc58f1,
 * before any change for round 40, `TT_ROUNDS=round41`): HTML 59 of 72
 * (Drupal 20 of 20, Invision 11 of 11, FluxBB 17 of 24, vBulletin 11 of
 * 17), w3m 18, lynx 19; no page refused. The floors are that run. The
 * same at the end of its cycle (2026-11-29, importers at 0e509dc, after
 * round 40's work, `TT_ROUNDS=round12,round41`): 59, 18, 19; worked on
 * since round 43 was chosen: HTML 72 (a quotation's own cite, a title's
 * link to the post quoted: test_posts_by_anchor_and_cite,
 * test_quote_title_link), dumps 42 and 43 (FluxBB's "#N DATE" headers:
 * test_numbered_subject_posts), then 44 and 49 (vBulletin 4: "#1" the
 * topic's, the quotations' titles, lynx's links to the posts quoted;
 * test_stamped_opening_post_quotes, test_stamped_lynx_quote_links), then
 * 45 and 50 (Wall Street Oasis's "2y" ages: test_compact_ages), then 48
 * and 54 (its names under an avatar's alt text: test_pictured_names),
 * then w3m 50 (Invision's "Hi Daresh" no quotation: test_posts_dated_twice),
 * lynx 56 (the next post's name over its dated line no text: the same). */
enum { ROUND41_TOTAL = 72, ROUND41_HTML = 72, ROUND41_W3M = 50, ROUND41_LYNX = 56 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND41_REFUSED = 0 };
/* Three of its pages had a count read where their .expect said none when
 * it came to be worked on: WebHostingTalk's 28 (a similar thread's
 * "Replies: 28"), PrestaShop's 8 (its "Followers 8") and Wall Street
 * Oasis's 22, which the page does state ("22 Comments", its .expect
 * corrected). None is misread since. */
enum { ROUND41_STATED_MISREAD = 0 };
/* Round 42 (tests/data/html/round42), held out: five threads of five
 * systems new to the rounds on five new sites: a jeuxvideo.com forum
 * topic and a forum.hardware.fr topic (French), a Bangumi group topic
 * (Chinese), a Nairaland thread and a GameFAQs board topic (English), from
 * the test pages of three forum clients and round 40's benchmark; 60
 * comments; never looked at while tuning. First run (2026-11-29,
 * importers at 2e5cc34, before any change for round 41,
 * `TT_ROUNDS=round42`): HTML 14 of 60 (GameFAQs 6 of 9, HFR 8 of 13, the
 * others 0), w3m 0, lynx 0; no page refused; Nairaland's count read
 * where it states none (12). The floors are that run. The same at the
 * end of its cycle (2026-11-29, importers at 25c5aff, after round 41's
 * work, `TT_ROUNDS=round12,round42`): 14, 0, 0, the same by page; worked
 * on since round 44 was chosen. */
/* Worked on (2026-11-29): HTML 60 of 60 (GameFAQs' opening post still
 * read as a comment: its JSON-LD, which names it, holds raw line breaks
 * in a string; test_titled_forum_opening, test_microdata_table_posts,
 * test_numbered_floor_answers, test_quote_id_board,
 * test_citation_table_posts), w3m 54, lynx 53 (forum.hardware.fr's
 * two-column tables 7 of 13, its quotations of edited words and their
 * answers by link unread; test_import_text's
 * test_subject_by_name_posts, test_ranked_stacked_headers,
 * test_numbered_floors_over_buttons, test_board_messages,
 * test_post_number_cells). */
enum { ROUND42_TOTAL = 60, ROUND42_HTML = 60, ROUND42_W3M = 54, ROUND42_LYNX = 53 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND42_REFUSED = 0 };
/* Nairaland's count (12) was read where its .expect said none when the
 * round came to be worked on: the page states it, in its microdata's
 * commentCount, and its .expect was corrected. None is misread since. */
enum { ROUND42_STATED_MISREAD = 0 };
/* Round 43 (tests/data/html/round43), held out: five threads from round
 * 40's benchmark, three systems new to the rounds (Simple Machines Forum
 * 2.1, Mumsnet Talk, The Student Room) and two known ones on new sites
 * (phpBB under Tapatalk's theme, MyBB 1.8); English; 70 comments; never
 * looked at while tuning. First run (2026-11-29, importers at af0c467,
 * before any change for round 41, `TT_ROUNDS=round43`): HTML 26 of 70
 * (SMF 3 of 3, MyBB 9 of 9, The Student Room 14 of 19, Tapatalk 0 of 14,
 * Mumsnet 0 of 25), w3m 23, lynx 1; no page refused; Mumsnet's stated
 * count (60) unread. The floors are that run. The same at the end of its
 * cycle (2026-11-29, importers at a219c06, after round 42's work,
 * `TT_ROUNDS=round12,round43`): 26, 23, 1, the same by page; worked on
 * since round 45 was chosen. */
enum { ROUND43_TOTAL = 70, ROUND43_HTML = 70, ROUND43_W3M = 67, ROUND43_LYNX = 53 };
/* Worked on (2026-11-29): HTML 70 of 70 once names before a mark and
 * role badges, quotations named by test ids, days titled with their
 * clock, posts without their writer's block and dated quotation titles
 * were read (test_marked_names_and_role_badge,
 * test_quotation_named_by_test_id, test_continued_posts_and_titled_days);
 * Mumsnet's dumps 25 and 25 once lynx's bare buttons and quoted post
 * lines were read (test_quoted_post_lines); w3m 36, lynx 29 once members'
 * cards over dates run into hidden machine forms, and quotation titles
 * run into the quoted words, were read (Tapatalk;
 * test_cards_over_run_in_dates); w3m 45, lynx 37 once MyBB's ISO days
 * with a 12-hour clock and dates with an edit's note were read
 * (test_numbered_posts_noted_dates); w3m 64, lynx 53 once The Student
 * Room's ages over "Avatar for NAME", its "Original post" over "by NAME"
 * and its list of other threads' "Last reply" lines were read
 * (test_alt_named_posts; lynx's 53 needs the list's lines no headers);
 * w3m 67 once SMF's unnumbered topic, its icon-led dates and its dated
 * quotation titles were read (test_icon_dated_posts). */
/* Its first run refused none of its pages' HTML. */
enum { ROUND43_REFUSED = 0 };
/* Mumsnet states 60 replies beside its title, unread when the round came
 * to be worked on, read since (a badge after the title). */
enum { ROUND43_STATED_UNREAD = 0 };
/* Round 44 (tests/data/html/round44), held out: five threads, two systems
 * new to the rounds (a Futaba image board, V2EX) from a Futaba parser's
 * and a V2EX client's saved pages, two known systems on new sites
 * (phpBB on NationStates, Vanilla's own forum) from round 40's benchmark,
 * and page 1200 of round 42's jeuxvideo.com topic; Japanese, Chinese,
 * English, French; 63 comments. First run (2026-11-29, importers at
 * 1e6b918, before any change for round 42, `TT_ROUNDS=round44`): HTML 6
 * of 63 (V2EX 3 of 3, Vanilla 3 of 3, the others 0), w3m 23, lynx 22; no
 * page refused; V2EX's stated count (3) unread. The floors were that run.
 * Its jeuxvideo.com page was known to be a later page when round 42 was
 * worked on (tests/data/html/README.md). At the end of its cycle
 * (2026-11-29, importers at d6a1f15, after round 43's work,
 * `TT_ROUNDS=round12,round44`): HTML 22 (V2EX 3, Vanilla 3, jeuxvideo.com
 * 16 of 20, Futaba 0, NationStates 0), w3m 39, lynx 37, the floors then;
 * worked on since round 46 was chosen. HTML 50 once phpBB 3.0's byline
 * after a permalink's icon and the quotation titles naming a writer after
 * a date were read (test_phpbb_permalink_icon_byline,
 * test_said_quotation_titles); 63 once an image board's thread was read
 * (test_image_board_thread); w3m 46, lynx 44 once the dumps' quotation
 * titles naming a writer after a date, or in another case, were read
 * (test_said_titles_in_dumps); 49 and 47 once a month and a year alone
 * were read as a post's date and names doubled with nothing after them
 * as one (test_month_dated_doubled_names); 60 and 58 once an image
 * board's "Name NAME DATE No.N" lines were read (test_image_board_dumps). */
enum { ROUND44_TOTAL = 63, ROUND44_HTML = 63, ROUND44_W3M = 60, ROUND44_LYNX = 58 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND44_REFUSED = 0 };
/* V2EX states 3 replies, unread when the round came to be worked on, read
 * since (a count over the replies before the last one's time). */
enum { ROUND44_STATED_UNREAD = 0 };
/* Round 45 (tests/data/html/round45), held out: five threads from a forum
 * extraction toolkit's crawled records, four systems new to the rounds
 * (Phorum 5, AMSEL's own forum, Inyoka on ubuntuusers.de, paradisi.de's
 * own) and phpBB on a new site; Spanish, German, French; 66 comments,
 * all flat. First run (2026-11-29, importers at ee71c98, before any change
 * for round 43, `TT_ROUNDS=round45`): HTML 24 of 66 (Phorum 24 of 24, the
 * others 0), w3m 0, lynx 0; no page refused, no count read. The floors
 * were that run. At the end of its cycle (2026-11-29, importers at
 * 8e7db43, after round 44's work, `TT_ROUNDS=round12,round45`): HTML 28
 * (Phorum 24, phpBB 4 of 5, AMSEL, Inyoka and paradisi.de 0), w3m 0, lynx
 * 0, the floors since; worked on since round 47 was chosen: HTML 66
 * (test_flat_rows_newest_first in test_html_records, test_table_thread_rows,
 * test_schema_question_answers), w3m 53, lynx 52 (AMSEL 25 and 25,
 * Phorum 23 and 22, phpBB 5 and 5; test_newest_first_flat_view,
 * test_card_column_posts, test_doubled_headers_dropped,
 * test_named_date_lines). */
enum { ROUND45_TOTAL = 66, ROUND45_HTML = 66, ROUND45_W3M = 53, ROUND45_LYNX = 52 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND45_REFUSED = 0 };
/* Round 46 (tests/data/html/round46), held out: five threads, three
 * systems new to the rounds (Steam's discussions, inSided's communities,
 * Hoop.la) from two extraction benchmarks, XenForo 2 and vBulletin 4 on
 * new sites from a forum extraction toolkit's records; German, French,
 * English; 88 comments. First run (2026-11-29, importers at 719cf3b,
 * before any change for round 44, `TT_ROUNDS=round46`): HTML 34 of 88
 * (android-hilfe.de 19 of 19, Steam 15 of 15, the others 0), w3m 0, lynx
 * 0; no page refused; its three stated counts read. The floors are that
 * run. */
enum { ROUND46_TOTAL = 88, ROUND46_HTML = 34, ROUND46_W3M = 0, ROUND46_LYNX = 0 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND46_REFUSED = 0 };
/* Round 47 (tests/data/html/round47), held out: five threads, three
 * systems new to the rounds (TorrentPier on RuTracker.org, two topics;
 * JForum on permies.com; Rick Steves' forum) and bbPress's threaded
 * replies on a new site, from an audiobook recommender's crawler fixtures
 * and a web content extraction benchmark; Russian, English; 54 comments,
 * four pages nested. First run (2026-11-29, importers at fc784ed, before
 * any change for round 45, `TT_ROUNDS=round47`): HTML 23 of 54 (Rick
 * Steves 9 of 9, RuTracker 10 of 17 and 4 of 6, JForum 0, The Prepared
 * 0), w3m 2, lynx 6; no page refused; both stated counts read. The floors
 * are that run. */
enum { ROUND47_TOTAL = 54, ROUND47_HTML = 23, ROUND47_W3M = 2, ROUND47_LYNX = 6 };
/* Its first run refused none of its pages' HTML. */
enum { ROUND47_REFUSED = 0 };
/* The template pages (tests/data/html/templates, their dumps written by
 * make_dumps.sh) scored as a worked-on round: their HTML is every comment
 * right (test_template_layouts); the dumps' floors are what the text
 * importer reaches. First figure, before any work on them (2026-11-27):
 * w3m 30 of 100 (104 counted), lynx 30 of 100 (101 counted). w3m 36, lynx
 * 36 once forum posts numbered "#N" over their dates were read (MyBB,
 * vBulletin 5; test_numbered_forum_posts); w3m 46, lynx 46 once a name over
 * its header, numbers run into names and a subject that repeats the text's
 * first words were undone (Divi, JComments, Drupal 7;
 * test_names_and_subjects_around_headers); w3m 52, lynx 51 once posts whose
 * date follows a label were read as the numbered ones (phpBB, Invision;
 * test_labelled_forum_posts). With bbPress' page (written after round 17
 * was worked on: 3 comments, none yet found in its dumps), the HTML 106 of
 * 106 and the dumps' ceiling the 104 the lynx dumps count; w3m 54, lynx 54
 * as main stood on 2026-11-27; w3m 57, lynx 57 once posts drawn between
 * rules were read (Flarum; test_posts_between_rules); w3m 60, lynx 60 once
 * posts whose number is run into their date were (bbPress;
 * test_numbers_run_into_dates); w3m 63, lynx 61 once names written twice
 * with a role run in were the name and a post opening "> NAME said:"
 * answered NAME (Vanilla; test_doubled_names_and_quoted_replies). w3m 96,
 * lynx 87 once a menu over the first header said headers over text
 * (test_round28_dumps_a_menu_over_first_header). w3m 98, lynx 90 once
 * headers closed by a colon after their date were read (Serendipity;
 * test_round31_dumps_d_colon_closed_headers); lynx 93 once a byline
 * closing the article's block was no line of its text (Blogger;
 * test_round31_dumps_d_byline_closing_article); lynx 94 once a button run into
 * a date by its link number was no part of it (test_button_run_into_date_e). */
enum { TEMPLATES_TOTAL = 152, TEMPLATES_HTML = 152, TEMPLATES_W3M = 98, TEMPLATES_LYNX = 94 };
enum { TEMPLATES_DUMP_MAX = 151 };

struct round {
	const char *dir, *name;
	size_t total, html, w3m, lynx;
	size_t dump_max; /* the most comments a dump may count; 0: no ceiling */
	size_t refused;  /* pages whose HTML the importer refuses at most */
	size_t unread;   /* pages of a worked-on round whose stated count may go unread */
	size_t misread;  /* pages of a worked-on round whose stated count may read wrong */
};

static const struct round rounds[] = {
    {"tests/data/html/heldout", "round 4, worked on since round 5", ROUND4_TOTAL, ROUND4_HTML,
     ROUND4_W3M, ROUND4_LYNX, ROUND4_DUMP_MAX, 0, 0, 0},
    {"tests/data/html/round5", "round 5, worked on since round 6", ROUND5_TOTAL, ROUND5_HTML,
     ROUND5_W3M, ROUND5_LYNX, ROUND5_DUMP_MAX, 0, 0, 0},
    {"tests/data/html/round6", "round 6, worked on since round 7", ROUND6_TOTAL, ROUND6_HTML,
     ROUND6_W3M, ROUND6_LYNX, ROUND6_DUMP_MAX, 0, 0, 0},
    {"tests/data/html/round7", "round 7, worked on since round 8", ROUND7_TOTAL, ROUND7_HTML,
     ROUND7_W3M, ROUND7_LYNX, ROUND7_DUMP_MAX, 0, 0, 0},
    {"tests/data/html/round8", "round 8, worked on since round 9", ROUND8_TOTAL, ROUND8_HTML,
     ROUND8_W3M, ROUND8_LYNX, ROUND8_DUMP_MAX, 0, 0, 0},
    {"tests/data/html/round9", "round 9, worked on since round 10", ROUND9_TOTAL, ROUND9_HTML,
     ROUND9_W3M, ROUND9_LYNX, ROUND9_DUMP_MAX, ROUND9_REFUSED, 0, 0},
    {"tests/data/html/round10", "round 10, worked on since round 11", ROUND10_TOTAL, ROUND10_HTML,
     ROUND10_W3M, ROUND10_LYNX, ROUND10_DUMP_MAX, ROUND10_REFUSED, 0, 0},
    {"tests/data/html/round11", "round 11, worked on since round 12", ROUND11_TOTAL, ROUND11_HTML,
     ROUND11_W3M, ROUND11_LYNX, ROUND11_DUMP_MAX, ROUND11_REFUSED, 0, 0},
    {"tests/data/html/round12", "held-out HTML, round 12 (dumps worked on since round 13)",
     ROUND12_TOTAL, ROUND12_HTML, ROUND12_W3M, ROUND12_LYNX, ROUND12_DUMP_MAX, ROUND12_REFUSED, 0,
     0},
    {"tests/data/html/round13", "round 13, worked on since round 14", ROUND13_TOTAL, ROUND13_HTML,
     ROUND13_W3M, ROUND13_LYNX, ROUND13_DUMP_MAX, ROUND13_REFUSED, 0, 0},
    {"tests/data/html/round14", "round 14, worked on since round 15", ROUND14_TOTAL, ROUND14_HTML,
     ROUND14_W3M, ROUND14_LYNX, ROUND14_DUMP_MAX, ROUND14_REFUSED, 0, 0},
    {"tests/data/html/round15", "round 15, worked on since round 16", ROUND15_TOTAL, ROUND15_HTML,
     ROUND15_W3M, ROUND15_LYNX, ROUND15_DUMP_MAX, ROUND15_REFUSED, ROUND15_STATED_UNREAD, 0},
    {"tests/data/html/round16", "round 16, worked on since round 17", ROUND16_TOTAL, ROUND16_HTML,
     ROUND16_W3M, ROUND16_LYNX, ROUND16_DUMP_MAX, ROUND16_REFUSED, ROUND16_STATED_UNREAD, 0},
    {"tests/data/html/round17", "round 17, worked on since round 18", ROUND17_TOTAL, ROUND17_HTML,
     ROUND17_W3M, ROUND17_LYNX, 0, ROUND17_REFUSED, ROUND17_STATED_UNREAD, 0},
    {"tests/data/html/round18", "round 18, worked on since round 20", ROUND18_TOTAL, ROUND18_HTML,
     ROUND18_W3M, ROUND18_LYNX, 0, ROUND18_REFUSED, ROUND18_STATED_UNREAD, ROUND18_STATED_MISREAD},
    {"tests/data/html/round19", "round 19, worked on since round 20", ROUND19_TOTAL, ROUND19_HTML,
     ROUND19_W3M, ROUND19_LYNX, 0, ROUND19_REFUSED, ROUND19_STATED_UNREAD, 0},
    {"tests/data/html/round20", "round 20, worked on since round 21", ROUND20_TOTAL, ROUND20_HTML,
     ROUND20_W3M, ROUND20_LYNX, 0, ROUND20_REFUSED, ROUND20_STATED_UNREAD, ROUND20_STATED_MISREAD},
    {"tests/data/html/round21", "round 21, worked on since round 22", ROUND21_TOTAL, ROUND21_HTML,
     ROUND21_W3M, ROUND21_LYNX, 0, ROUND21_REFUSED, ROUND21_STATED_UNREAD, ROUND21_STATED_MISREAD},
    {"tests/data/html/round22", "round 22, worked on since round 23", ROUND22_TOTAL, ROUND22_HTML,
     ROUND22_W3M, ROUND22_LYNX, 0, ROUND22_REFUSED, ROUND22_STATED_UNREAD, ROUND22_STATED_MISREAD},
    {"tests/data/html/round23", "round 23, worked on since round 24", ROUND23_TOTAL, ROUND23_HTML,
     ROUND23_W3M, ROUND23_LYNX, 0, ROUND23_REFUSED, ROUND23_STATED_UNREAD, ROUND23_STATED_MISREAD},
    {"tests/data/html/round24", "round 24, worked on since round 25", ROUND24_TOTAL, ROUND24_HTML,
     ROUND24_W3M, ROUND24_LYNX, 0, ROUND24_REFUSED, ROUND24_STATED_UNREAD, ROUND24_STATED_MISREAD},
    {"tests/data/html/round25", "round 25, worked on since round 26", ROUND25_TOTAL, ROUND25_HTML,
     ROUND25_W3M, ROUND25_LYNX, 0, ROUND25_REFUSED, ROUND25_STATED_UNREAD, ROUND25_STATED_MISREAD},
    {"tests/data/html/round26", "round 26, worked on since round 27", ROUND26_TOTAL, ROUND26_HTML,
     ROUND26_W3M, ROUND26_LYNX, 0, ROUND26_REFUSED, ROUND26_STATED_UNREAD, ROUND26_STATED_MISREAD},
    {"tests/data/html/round27", "round 27, worked on since round 28", ROUND27_TOTAL, ROUND27_HTML,
     ROUND27_W3M, ROUND27_LYNX, 0, ROUND27_REFUSED, ROUND27_STATED_UNREAD, ROUND27_STATED_MISREAD},
    {"tests/data/html/round28", "round 28, worked on since round 29", ROUND28_TOTAL, ROUND28_HTML,
     ROUND28_W3M, ROUND28_LYNX, 0, ROUND28_REFUSED, ROUND28_STATED_UNREAD, ROUND28_STATED_MISREAD},
    {"tests/data/html/round29", "round 29, worked on since round 30", ROUND29_TOTAL, ROUND29_HTML,
     ROUND29_W3M, ROUND29_LYNX, 0, ROUND29_REFUSED, ROUND29_STATED_UNREAD, ROUND29_STATED_MISREAD},
    {"tests/data/html/round30", "round 30, worked on since round 31", ROUND30_TOTAL, ROUND30_HTML,
     ROUND30_W3M, ROUND30_LYNX, 0, ROUND30_REFUSED, ROUND30_STATED_UNREAD, ROUND30_STATED_MISREAD},
    {"tests/data/html/round31", "round 31, worked on since round 32", ROUND31_TOTAL, ROUND31_HTML,
     ROUND31_W3M, ROUND31_LYNX, 0, ROUND31_REFUSED, ROUND31_STATED_UNREAD, ROUND31_STATED_MISREAD},
    {"tests/data/html/round32", "round 32, worked on since round 33", ROUND32_TOTAL, ROUND32_HTML,
     ROUND32_W3M, ROUND32_LYNX, 0, ROUND32_REFUSED, ROUND32_STATED_UNREAD, ROUND32_STATED_MISREAD},
    {"tests/data/html/round33", "round 33, worked on since round 34", ROUND33_TOTAL, ROUND33_HTML,
     ROUND33_W3M, ROUND33_LYNX, 0, ROUND33_REFUSED, ROUND33_STATED_UNREAD, ROUND33_STATED_MISREAD},
    {"tests/data/html/round34", "round 34, worked on since round 35", ROUND34_TOTAL, ROUND34_HTML,
     ROUND34_W3M, ROUND34_LYNX, 0, ROUND34_REFUSED, ROUND34_STATED_UNREAD, ROUND34_STATED_MISREAD},
    {"tests/data/html/round35", "round 35, worked on since round 36", ROUND35_TOTAL, ROUND35_HTML,
     ROUND35_W3M, ROUND35_LYNX, 0, ROUND35_REFUSED, ROUND35_STATED_UNREAD, ROUND35_STATED_MISREAD},
    {"tests/data/html/round36", "round 36, worked on since round 37", ROUND36_TOTAL, ROUND36_HTML,
     ROUND36_W3M, ROUND36_LYNX, 0, ROUND36_REFUSED, 0, 0},
    {"tests/data/html/round37", "round 37, worked on since round 38", ROUND37_TOTAL, ROUND37_HTML,
     ROUND37_W3M, ROUND37_LYNX, 0, ROUND37_REFUSED, ROUND37_STATED_UNREAD, ROUND37_STATED_MISREAD},
    {"tests/data/html/round38", "round 38, worked on since round 39", ROUND38_TOTAL, ROUND38_HTML,
     ROUND38_W3M, ROUND38_LYNX, 0, ROUND38_REFUSED, 0, 0},
    {"tests/data/html/round39", "round 39, worked on since round 40", ROUND39_TOTAL, ROUND39_HTML,
     ROUND39_W3M, ROUND39_LYNX, 0, ROUND39_REFUSED, 0, ROUND39_STATED_MISREAD},
    {"tests/data/html/round40", "round 40, worked on since round 41", ROUND40_TOTAL, ROUND40_HTML,
     ROUND40_W3M, ROUND40_LYNX, 0, ROUND40_REFUSED, ROUND40_STATED_UNREAD, ROUND40_STATED_MISREAD},
    {"tests/data/html/round41", "round 41, worked on since round 43", ROUND41_TOTAL, ROUND41_HTML,
     ROUND41_W3M, ROUND41_LYNX, 0, ROUND41_REFUSED, 0, ROUND41_STATED_MISREAD},
    {"tests/data/html/round42", "round 42, worked on since round 44", ROUND42_TOTAL, ROUND42_HTML,
     ROUND42_W3M, ROUND42_LYNX, 0, ROUND42_REFUSED, 0, ROUND42_STATED_MISREAD},
    {"tests/data/html/round43", "round 43, worked on since round 45", ROUND43_TOTAL, ROUND43_HTML,
     ROUND43_W3M, ROUND43_LYNX, 0, ROUND43_REFUSED, ROUND43_STATED_UNREAD, 0},
    {"tests/data/html/round44", "round 44, worked on since round 46", ROUND44_TOTAL, ROUND44_HTML,
     ROUND44_W3M, ROUND44_LYNX, 0, ROUND44_REFUSED, ROUND44_STATED_UNREAD, 0},
    {"tests/data/html/round45", "round 45, worked on since round 47", ROUND45_TOTAL, ROUND45_HTML,
     ROUND45_W3M, ROUND45_LYNX, 0, ROUND45_REFUSED, 0, 0},
    {"tests/data/html/round46", "held-out pages, round 46", ROUND46_TOTAL, ROUND46_HTML,
     ROUND46_W3M, ROUND46_LYNX, 0, ROUND46_REFUSED, 0, 0},
    {"tests/data/html/round47", "held-out pages, round 47", ROUND47_TOTAL, ROUND47_HTML,
     ROUND47_W3M, ROUND47_LYNX, 0, ROUND47_REFUSED, 0, 0},
    {"tests/data/html/templates", "template pages, worked on", TEMPLATES_TOTAL, TEMPLATES_HTML,
     TEMPLATES_W3M, TEMPLATES_LYNX, TEMPLATES_DUMP_MAX, 0, 0, 0},
};

/* Whether the round in folder dir is among the comma-separated names of
 * only (NULL: all); a name matches the folder's last component. */
static int round_chosen(const char *only, const char *dir)
{
	if (!only)
		return 1;
	const char *base = strrchr(dir, '/') + 1;
	size_t n = strlen(base);
	for (const char *p = only; *p; p += strcspn(p, ",") + (p[strcspn(p, ",")] != '\0'))
		if (strcspn(p, ",") == n && !strncmp(p, base, n))
			return 1;
	return 0;
}

/* Whether round k's figures (kind "HTML" or a dump's) stay unprinted: a
 * held-out round not named in only (see quiet). Round 12's dumps are worked
 * on, only its HTML is held out. */
static int held_quiet(const char *only, size_t k, int html)
{
	const char *held = html ? "held-out" : "held-out pages";
	return !strncmp(rounds[k].name, held, strlen(held)) &&
	       !(only && round_chosen(only, rounds[k].dir)) && !getenv("TT_SHOW_HELDOUT");
}

static void test_fidelity_rounds(void **state)
{
	(void)state;
	const char *only = getenv("TT_ROUNDS");
	size_t wrong = 0;
	for (size_t k = 0; k < sizeof rounds / sizeof *rounds; k++) {
		if (!round_chosen(only, rounds[k].dir))
			continue;
		size_t right, total, refused = 0;
		quiet = held_quiet(only, k, 1);
		double f = score_dir_refusing(rounds[k].dir, NULL, &right, &total, &refused);
		say("fidelity (%s, HTML): %zu of %zu = %.1f%%\n", rounds[k].name, right, total,
		    100 * f);
		quiet = 0;
		/* A held-out round is measured, not tuned: its stated counts are
		 * printed above, and required once it is worked on. */
		if (strncmp(rounds[k].name, "held-out", 8) != 0) {
			size_t misread = stated_wrong - stated_unread;
			wrong += stated_wrong -
			         (stated_unread < rounds[k].unread ? stated_unread : rounds[k].unread) -
			         (misread < rounds[k].misread ? misread : rounds[k].misread);
		}
		assert_true(total >= rounds[k].total);
		assert_true(right >= rounds[k].html);
		assert_true(refused <= rounds[k].refused);
	}
	assert_int_equal(wrong, 0);
}

/* The same pages as w3m and lynx dumps, through the text importer. */
static void test_fidelity_rounds_text(void **state)
{
	(void)state;
	static const char *const kinds[] = {"w3m", "lynx"};
	/* TT_ROUNDS=round7,round8 scores only the rounds whose folder names
	 * one of its words, so a held-out round's dumps stay unread while
	 * others are worked on; unset (as in CI), every round is scored. */
	const char *only = getenv("TT_ROUNDS");
	for (size_t r = 0; r < sizeof rounds / sizeof *rounds; r++)
		for (size_t k = 0; k < 2 && round_chosen(only, rounds[r].dir); k++) {
			size_t right, total;
			quiet = held_quiet(only, r, 0);
			double f = score_dir(rounds[r].dir, kinds[k], &right, &total);
			say("fidelity (%s, %s dumps): %zu of %zu = %.1f%%\n", rounds[r].name,
			    kinds[k], right, total, 100 * f);
			quiet = 0;
			assert_true(right >= (k ? rounds[r].lynx : rounds[r].w3m));
			assert_true(!rounds[r].dump_max || total <= rounds[r].dump_max);
		}
}

/* A WordPress page of three comments (the second a reply) showing the times
 * given, in a <time> without its machine form; head holds the <html> tag's
 * attributes and what goes into <head>. */
static tt_thread *dated_page(const char *html_attrs, const char *head, const char *const when[3])
{
	char page[4096];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html%s><head><meta charset=\"utf-8\">%s"
	                 "<title>Ferries</title></head><body><article class=\"post hentry\">"
	                 "<h1 class=\"entry-title\">Ferries</h1><div class=\"entry-content\"><p>The "
	                 "ferry crosses the river every hour, from dawn until late in the "
	                 "evening, in every weather.</p></div></article><div id=\"comments\">"
	                 "<ol class=\"comment-list\">",
	                 html_attrs, head);
	for (int i = 0; i < 3; i++)
		n += snprintf(page + n, sizeof page - (size_t)n,
		              "<li id=\"comment-%d\" class=\"comment depth-%d\"><article "
		              "class=\"comment-body\"><footer class=\"comment-meta\"><div "
		              "class=\"comment-author\"><b class=\"fn\">Name%d</b></div><div "
		              "class=\"comment-metadata\"><time>%s</time></div></footer><div "
		              "class=\"comment-content\"><p>Words of comment %d.</p></div></article>%s",
		              i + 1, i == 1 ? 2 : 1, i + 1, when[i], i + 1,
		              i == 0 ? "<ol class=\"children\">" : i == 1 ? "</li></ol></li>" : "</li>");
	snprintf(page + n, sizeof page - (size_t)n, "</ol></div></body></html>");
	return html(page, NULL);
}

static void expect_times(tt_thread *t, const char *const want[3])
{
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		if (!t->order[i]->time || strcmp(t->order[i]->time, want[i]) != 0)
			print_error("comment %zu: %s, not %s\n", i, t->order[i]->time, want[i]);
		assert_string_equal(t->order[i]->time, want[i]);
	}
	tt_thread_free(t);
}

/* Numeric dates in one order per page (issue 10): the order the page's own
 * dates show (round 20's Scientific American, "10/28/10" then "11/2/10"),
 * else its language, else day first. */
static void test_page_date_order(void **state)
{
	(void)state;
	static const char *const us[3] = {"09:02 PM 10/28/10", "09:44 AM 11/2/10",
	                                  "10:43 AM 11/1/10"};
	static const char *const us_time[3] = {"2010-10-28T21:02", "2010-11-02T09:44",
	                                       "2010-11-01T10:43"};
	static const char *const ambiguous[3] = {"09:44 AM 11/2/10", "10:43 AM 11/3/10",
	                                         "1/2/2011"};
	static const char *const day_first[3] = {"2010-02-11T09:44", "2010-03-11T10:43",
	                                         "2011-02-01"};
	static const char *const month_first[3] = {"2010-11-02T09:44", "2010-11-03T10:43",
	                                           "2011-01-02"};
	/* the page's own evidence, whatever its language says */
	expect_times(dated_page("", "", us), us_time);
	expect_times(dated_page(" lang=\"en-GB\"", "", us), us_time);
	/* no evidence: the language */
	expect_times(dated_page(" lang=\"en-US\"", "", ambiguous), month_first);
	expect_times(dated_page("", "<meta property=\"og:locale\" content=\"en_PH\">", ambiguous),
	             month_first);
	expect_times(dated_page("", "<meta http-equiv=\"Content-Language\" content=\"en-US\">",
	                        ambiguous),
	             month_first);
	expect_times(dated_page(" lang=\"en-GB\"", "", ambiguous), day_first);
	/* <html lang> outranks the others */
	expect_times(dated_page(" lang=\"en-GB\"",
	                        "<meta property=\"og:locale\" content=\"en_PH\"><meta "
	                        "http-equiv=\"content-language\" content=\"en-US\">",
	                        ambiguous),
	             day_first);
	/* og:locale's default, en_US, printed whatever the site: no language */
	expect_times(dated_page("", "<meta property=\"og:locale\" content=\"en_US\">", ambiguous),
	             day_first);
	/* neither evidence nor language: day first unless it cannot be */
	expect_times(dated_page("", "", ambiguous), day_first);
	/* dots are day first in every language that writes them */
	static const char *const dots[3] = {"11.02.2010 09:44", "03.11.2010 10:43", "1.2.2011"};
	static const char *const dots_time[3] = {"2010-02-11T09:44", "2010-11-03T10:43",
	                                         "2011-02-01"};
	expect_times(dated_page(" lang=\"en-US\"", "", dots), dots_time);
	/* the article's date is read in the page's order too */
	tt_thread *t = dated_page("", "<meta name=\"date\" content=\"11/2/10\">", us);
	assert_string_equal(t->article.time, "2010-11-02");
	expect_times(t, us_time);
}

/* Checks t's comments' authors and depths against want (n of them). */
static void expect_heads(tt_thread *t, size_t n, const char *const *authors,
                         const unsigned *depths)
{
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		if (!t->order[i]->author || strcmp(t->order[i]->author, authors[i]) != 0)
			print_error("comment %zu: author %s, not %s\n", i, t->order[i]->author,
			            authors[i]);
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
	}
	tt_thread_free(t);
}

/* Round 22's layouts (tests/data/html/round22), worked on since round 23
 * was chosen: each a small page of our own in the shape a rule reads. */
static void test_round22_layouts(void **state)
{
	(void)state;
	/* The name is the short text at the head of a comment's box, before its
	 * text: in a heading inside a box named "from", loose or a link (and
	 * flat rows counting their level from 0, "depth-0", "depth-1"). */
#define R22_FROM(d, who, when, text)                                                                \
	"<div class=\"comment depth-" d "\"><div class=\"comment-from\"><h4>\n" who "\n</h4></div><div " \
	"class=\"comment-date\">" when "</div><div class=\"comment-body\"><p>" text "</p></div></div>"
	const char *from =
	    "<html><body>" ARTICLE_P "<div id=\"comments-listing\">" R22_FROM(
	        "0", "<a href=\"http://sonny.example\" rel=\"nofollow\">Sonny Lanorias</a>",
	        "7/2/2015, 12:08:18 PM", "Great post! Thanks for sharing.")
	        R22_FROM("1", "Scott Ayres", "7/8/2015, 4:01:30 PM", "If we could all figure it out.")
	            R22_FROM("0", "J. P.", "7/9/2015, 1:00:00 PM", "Nicely written for people.")
	                R22_FROM("1", "Scott Ayres", "7/9/2015, 2:00:00 PM", "Thanks!")
	                    R22_FROM("0", "Roy", "7/10/2015, 9:00:00 AM", "Thank you for this.")
	                        "</div></body></html>";
	static const char *const from_names[] = {"Sonny Lanorias", "Scott Ayres", "J. P.",
	                                         "Scott Ayres", "Roy"};
	static const unsigned from_depths[] = {0, 1, 0, 1, 0};
	expect_heads(html(from, NULL), 5, from_names, from_depths);

	/* ...in a heading holding more: a vote count and a button first, then
	 * an info box with the member's link (a name of digits), the time and a
	 * place. */
#define R22_INFO(who, text)                                                                         \
	"<div class=\"comment-item\"><div class=\"comment\"><h3><span class=\"comment-vote\"><span "   \
	"class=\"votes\">6765</span><a href=\"javascript:;\">useful</a></span><span "                  \
	"class=\"comment-info\"><a href=\"https://site.example/people/1/\">" who "</a><span>seen</span>" \
	"<span class=\"comment-time\" title=\"2024-04-07 13:19:20\">2024-04-07 13:19:20</span><span "  \
	"class=\"comment-location\">Guizhou</span></span></h3><p class=\"comment-content\"><span>" text \
	"</span></p></div></div>"
	const char *info = "<html><body>" ARTICLE_P "<div id=\"comments\">" R22_INFO(
	    "Xiao Ni", "We are not pure enough in kindness.") R22_INFO("12345", "I am becoming her.")
	    R22_INFO("Fleurs.hm", "Not my genre, but well done.") "</div></body></html>";
	static const char *const info_names[] = {"Xiao Ni", "12345", "Fleurs.hm"};
	static const unsigned flat[] = {0, 0, 0};
	expect_heads(html(info, NULL), 3, info_names, flat);

	/* ...in a bold opening a header whose class says nothing of a name. */
#define R22_BOLD(who, text)                                                                         \
	"<div class=\"comment\"><div class=\"top\"><b>" who "</b> <span class=\"date\">May 3, "        \
	"2016</span></div><div class=\"comment-text\"><p>" text "</p></div></div>"
	const char *bold = "<html><body>" ARTICLE_P "<div id=\"comments\">" R22_BOLD(
	    "A. Meyer", "Sehr gut erklärt, danke.") R22_BOLD("Jo", "Danke für den Beitrag.")
	    "</div></body></html>";
	static const char *const bold_names[] = {"A. Meyer", "Jo"};
	expect_heads(html(bold, NULL), 2, bold_names, flat);

	/* Not a name: a comment's title linking its permalink, nor a title in a
	 * box named a field's ("field--name-comment-body"), nor a vote count. */
#define R22_TITLED(id, title, text)                                                                 \
	"<article class=\"comment\" id=\"comment-" id "\"><footer><h6>Heidemarie Heim | Di, 21. April " \
	"2020 - 16:40</h6></footer><div><div class=\"field--name-comment-body\"><p><a "                 \
	"href=\"/comment/" id "#comment-" id "\">" title "</a></p></div><div class=\"field "           \
	"field--name-comment-body field--type-text-long\"><p>" text "</p></div></div></article>"
	const char *titled = "<html><body>" ARTICLE_P "<div id=\"comments\">" R22_TITLED(
	    "1", "Wo und wie", "Vielen Dank für diese Einblicke.") R22_TITLED("2", "Beatmung",
	                                                                  "Ein schweres Thema.")
	    "</div></body></html>";
	tt_thread *t = html(titled, NULL);
	assert_int_equal(t->ncomments, 2);
	for (size_t i = 0; i < 2; i++)
		assert_true(!t->order[i]->author || (strcmp(t->order[i]->author, "Wo und wie") != 0 &&
		                                     strcmp(t->order[i]->author, "Beatmung") != 0));
	tt_thread_free(t);

	/* A post whose text opens with a link naming an earlier post's writer
	 * and pointing at that post's box by its data-id (a mention, in a
	 * stream the markup keeps flat) answers it; a link naming someone else,
	 * one to an address, and one amid the words answer no one. */
#define R22_POST(id, who, opening, text, h)                                                         \
	"<div class=\"stream-item\" data-id=\"" id "\"><div class=\"comment\"><div "                  \
	"class=\"comment-author\"><a href=\"/u/" who "\">" who "</a></div><time "                      \
	"datetime=\"2024-05-16T0" h ":00:00+08:00\">" h " hours ago</time><div "                        \
	"class=\"comment-body\"><p>" opening text "</p></div></div></div>"
	const char *stream =
	    "<html><body>" ARTICLE_P "<div id=\"comments\">" R22_POST(
	        "11", "Anna", "", "Does a plugin force a login?", "1")
	        R22_POST("12", "Ben", "<a href=\"/d/7/11\" data-id=\"11\">Anna</a> ",
	                 "Private Facade does that.", "2")
	            R22_POST("13", "Anna", "<a href=\"/d/7/12\" data-id=\"12\">@Ben</a> ",
	                     "It costs money, sadly.", "3")
	                R22_POST("14", "Cleo", "<a href=\"/d/7/12\" data-id=\"12\">Anna</a> ",
	                         "wrote about this before.", "4")
	                    R22_POST("15", "Dan", "<a href=\"https://example.org/plugins\">Ben</a> ",
	                             "has a list of plugins.", "5")
	                        R22_POST("16", "Eve", "See ",
	                                 "<a href=\"/d/7/13\" data-id=\"13\">Anna</a> on this.", "6")
	                            "</div></body></html>";
	static const char *const stream_names[] = {"Anna", "Ben", "Anna", "Cleo", "Dan", "Eve"};
	static const unsigned stream_depths[] = {0, 1, 2, 0, 0, 0};
	expect_heads(html(stream, NULL), 6, stream_names, stream_depths);
}
/* Numeric references to 0x80-0x9F are Windows-1252's characters, as the
 * HTML standard reads them ("&#132;" is U+201E), in text and in attributes;
 * Windows-1252's holes (0x81) stay as they are. libxml2 alone gives the C1
 * controls (nnz-online.de's German quotation marks). And the whole import:
 * the article holds the marks, no control. */
static void test_numeric_c1_references(void **state)
{
	(void)state;
	const char *page = "<!DOCTYPE html><html><body>\n"
	                   "<p class=\"q\" title=\"&#147;Zitat&#148;\">&#132;Haus Domino&#147; "
	                   "&#x96; 5&#128; &#129;</p>\n</body></html>\n";
	int dense;
	tt_hdoc *d = tt_html_parse(page, strlen(page), "UTF-8", &dense);
	assert_non_null(d);
	tt_hnode *p = tt_html_find_class(tt_html_root(d), "q");
	assert_non_null(p);
	assert_string_equal(p->children->content,
	                    "\u201EHaus Domino\u201C \u2013 5\u20AC \xC2\x81");
	assert_string_equal(tt_html_attr(p, "title"), "\u201CZitat\u201D");
	tt_html_free(d);
	tt_buf out = {0};
	assert_int_equal(tt_html_c1_as_cp1252("plain \xC2\xA0 text", 14, &out), 0);
	assert_int_equal(out.len, 0);
	tt_buf_free(&out);

	const char *thread = "<!DOCTYPE html><html><head><title>Nordpark</title></head><body>\n"
	                     "<article><h1>Nordpark</h1><p>Die Stadt er&ouml;ffnet den "
	                     "&#132;Nordpark&#147; im Norden, sagt die Verwaltung heute.</p>"
	                     "</article></body></html>\n";
	tt_thread *t = html(thread, NULL);
	assert_non_null(t);
	assert_true(t->article.body.n >= 1);
	assert_non_null(strstr(t->article.body.v[0], "\u201ENordpark\u201C"));
	tt_thread_free(t);
}

/* An </li> with a list between it and the open <li> is ignored, as the
 * HTML standard's tree construction ignores it (no <li> in list-item
 * scope); libxml2 2.9 alone closes up to the outer <li> and the lists
 * between, and the items after it move up a level (ZDNet's comments). */
static void test_lean_tree_stray_li(void **state)
{
	(void)state;
	const char *page =
	    "<!DOCTYPE html><html><body>\n"
	    "<ul class=\"top\"><li class=\"a\">A<ul class=\"ab\"><li class=\"b\">B</li></li>"
	    "<li class=\"c\">C</li></ul></li><li class=\"d\">D</li></ul>\n"
	    "<ul><li class=\"e\">E<ol class=\"ef\"><li class=\"f\">F<span></li> tail</span></li>"
	    "<li class=\"g\">G</li></ol></li></ul>\n"
	    "<ul><li class=\"j\">J<ul class=\"jk\"><li class=\"k\">K</li></LI >"
	    "<li class=\"l\">L</li></ul></li></ul>\n"
	    "<ul><li class=\"h\">H<div><ul class=\"hi\"><li class=\"i\">I</li></li></ul></div>"
	    "<p class=\"h2\">H2</p></li></ul>\n"
	    "</body></html>\n";
	int dense;
	tt_hdoc *d = tt_html_parse(page, strlen(page), "UTF-8", &dense);
	assert_non_null(d);
	tt_hnode *root = tt_html_root(d);
	struct {
		const char *item, *parent; /* the class of an item, of the list it is in */
	} want[] = {{"a", "top"}, {"b", "ab"}, {"c", "ab"}, {"d", "top"}, {"f", "ef"},
	            {"g", "ef"},  {"k", "jk"}, {"l", "jk"}, {"i", "hi"}};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		tt_hnode *n = tt_html_find_class(root, want[i].item);
		assert_non_null(n);
		assert_string_equal(n->name, "li");
		if (!tt_html_has_class(n->parent, want[i].parent))
			fail_msg("li.%s is not in the list .%s", want[i].item, want[i].parent);
	}
	/* The span the </li> closed (it was in scope), the text after it in the list. */
	tt_hnode *f = tt_html_find_class(root, "f");
	assert_non_null(f->last);
	assert_string_equal(f->last->name, "span");
	assert_non_null(f->next);
	assert_int_equal(f->next->type, TT_HNODE_TEXT);
	assert_string_equal(f->next->content, " tail");
	/* A box between: libxml2 ignores that </li> itself, the paragraph after
	 * the box is still H's. */
	tt_hnode *h2 = tt_html_find_class(root, "h2");
	assert_non_null(h2);
	assert_true(tt_html_has_class(h2->parent, "h"));
	/* The lists' items and nothing else at the top of the body. */
	tt_hnode *body = tt_html_find_tag(root, "body");
	size_t lists = 0;
	for (tt_hnode *n = body->children; n; n = n->next)
		if (n->type == TT_HNODE_ELEMENT) {
			assert_string_equal(n->name, "ul");
			lists++;
		}
	assert_int_equal(lists, 4);
	tt_html_free(d);
}

/* An <li> while an earlier one is open with a box left unclosed in it
 * (libxml2 2.9 ignores the "</li>" there: a <div> outranks an <li>): the
 * standard's tree construction closes the earlier item, so the items are
 * siblings; a list between stops it, the inner item closing only its own
 * list's. */
static void test_lean_tree_li_closes_li(void **state)
{
	(void)state;
	const char *page =
	    "<!DOCTYPE html><html><body>\n"
	    "<ol class=\"posts\"><li class=\"p1\">A<div class=\"m\"><div>x</div></li>"
	    "<li class=\"p2\">B<div class=\"m\"><span>y</li>"
	    "<li class=\"p3\">C</li></ol>\n"
	    "<ul class=\"top\"><li class=\"q1\">D<ul class=\"in\"><li class=\"q2\">E<div>z"
	    "<li class=\"q3\">F</li></ul></li></ul>\n"
	    "<ul class=\"bar\"><li class=\"r1\">G<div class=\"pop\"><ul class=\"sub\">"
	    "<li class=\"r2\">H</li><form>I</form><li class=\"r3\">J</li></ul></div>"
	    "</li></ul>\n"
	    "</body></html>\n";
	int dense;
	tt_hdoc *d = tt_html_parse(page, strlen(page), "UTF-8", &dense);
	assert_non_null(d);
	tt_hnode *root = tt_html_root(d);
	struct {
		const char *item, *parent;
	} want[] = {{"p1", "posts"},
	            {"p2", "posts"},
	            {"p3", "posts"},
	            {"q1", "top"},
	            {"q2", "in"},
	            {"q3", "in"},
	            /* A <form> closes a list in libxml2 2.9: the item after it
	             * stays in the box the list was in, as libxml2 leaves it,
	             * not beside the item around that box. */
	            {"r1", "bar"},
	            {"r2", "sub"},
	            {"r3", "pop"}};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		tt_hnode *n = tt_html_find_class(root, want[i].item);
		assert_non_null(n);
		if (!tt_html_has_class(n->parent, want[i].parent))
			fail_msg("li.%s is not in the list .%s", want[i].item, want[i].parent);
	}
	/* Each box stays in its own item. */
	tt_hnode *p2 = tt_html_find_class(root, "p2");
	assert_non_null(tt_html_find_class(p2, "m"));
	assert_null(tt_html_find_class(p2, "p3"));
	tt_html_free(d);
}

/* The worked-on rounds' last misses, each by the page's structure, not its
 * site: a no-break space in a <pre> (which never wraps) is a space, a
 * zero-width space before a paragraph's first letter is nothing, a link
 * text cut short that holds words is words (the address after it), a bare
 * quotation that is all a comment's text is its writer's words, and a
 * link alone in a box named the comment's title is its title, not an
 * action. */
#define RR_ITEM(id, who, text)                                                                     \
	"<li class=\"commentbody\" id=\"comment-" id "\"><cite><a href=\"http://x.example\">" who  \
	"</a></cite> <a class=\"commentlink\" href=\"#comment-" id "\">May 26, 2016</a>\n"         \
	"<div class=\"text\">" text "</div></li>"
#define RR_ROW(id, d, who, title)                                                                  \
	"<tr id=\"tr-comment-" id "\" class=\"comment depth-" d "\"><td class=\"author\">" who     \
	"</td><th class=\"comment-title\"><a href=\"http://x.example/a/?c#comment-" id "\">" title \
	"</a></th><td><time datetime=\"2011-03-14T08:06:00+00:00\">14.3.2011 v 06:06</time></td>" \
	"</tr>"
static void test_worked_rounds_rest(void **state)
{
	(void)state;
	const char *items =
	    "<html><body>" ARTICLE_P "<ul class=\"commentlist\">" RR_ITEM(
	        "21", "Ann", "<pre><span>Hi,&nbsp;</span><br><span>1. Yes, it can.</span></pre>")
	        RR_ITEM("22", "Bob", "<p>\xE2\x80\x8Bhalah gantung thread</p>")
	            RR_ITEM("23", "Cid",
	                    "<p>See <a href=\"https://example.org/a/report.pdf\">Basically\xE2\x80\xA6"
	                    "porn is everywhere</a> and <a "
	                    "href=\"https://example.org/x/abcdef\">example.org/x/ab...</a></p>")
	                RR_ITEM("24", "Dee", "<blockquote><p>Hi,<br>1. Yes.</p></blockquote>")
	                    RR_ITEM("25", "Eve",
	                            "<blockquote><p>Hi, said he.</p></blockquote><p>Mine.</p>")
	                        RR_ITEM("26", "Fay",
	                                "<blockquote><cite>Eve wrote:</cite><p>Mine.</p></blockquote>")
	                            "</ul></body></html>";
	tt_thread *t = html(items, NULL);
	assert_int_equal(t->ncomments, 6);
	/* A bare quotation that is all a comment says is its own words; one
	 * with words of the writer's beside it, or naming whose they are, is
	 * someone else's. */
	static const char *const first[] = {
	    "Hi, \n1. Yes, it can.", "halah gantung thread",
	    "See Basically\xE2\x80\xA6porn is everywhere (https://example.org/a/report.pdf) and "
	    "https://example.org/x/abcdef",
	    "Hi,\n1. Yes.", "> Hi, said he.", "> Eve wrote:"};
	for (size_t i = 0; i < 6; i++) {
		assert_true(t->order[i]->body.n >= 1);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
	tt_thread_free(t);

	const char *rows = "<html><body>" ARTICLE_P "<table class=\"comments\">" RR_ROW(
	    "9", "1", "Mastodont", "Dotaz") RR_ROW("11", "2", "Martin", "Re: Dotaz")
	    RR_ROW("12", "1", "rox", "Jeste se musime hodne ucit...") "</table></body></html>";
	t = html(rows, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const titles[] = {"Dotaz (", "Re: Dotaz (", "Jeste se musime hodne ucit... ("};
	static const unsigned depths[] = {0, 1, 0};
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->depth, depths[i]);
		assert_true(t->order[i]->body.n >= 1);
		if (strncmp(t->order[i]->body.v[0], titles[i], strlen(titles[i])))
			fail_msg("comment %zu: \"%s\"", i + 1, t->order[i]->body.v[0]);
	}
	tt_thread_free(t);
}
#undef RR_ITEM
#undef RR_ROW
/* Checks each comment of t against authors, depths and first paragraphs. */
static void expect_tree(const tt_thread *t, size_t n, const char *const *authors,
                        const unsigned *depths, const char *const *first)
{
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
		assert_true(t->order[i]->body.n > 0);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
}

static void test_round22_answers(void **state)
{
	(void)state;
	/* Answers written inside the text box of the comment they answer,
	 * after its words, each box with the comment's own header shape (a
	 * name, a time, the text): comments one level down, not paragraphs of
	 * the comment. Here their boxes' class names replies. */
#define R22_HEAD(who, when)                                                                         \
	"<div class=\"meta\"><div class=\"author\">" who "</div><span>" when "</span></div>"
#define R22_REPLY(who, when, text)                                                                  \
	"<div class=\"comment-reply\">" R22_HEAD(who, when) "<div class=\"words\"><p>" text          \
	"</p></div></div>"
	const char *inbox =
	    "<html><body>" ARTICLE_P "<div class=\"comments\"><div class=\"comment\">" R22_HEAD(
	        "Greta", "March 02, 2021") "<div class=\"words\"><p>Does the bridge open for boats?</p>"
	    "<ul class=\"tools\"><li><a href=\"#\">Report</a></li></ul>" R22_REPLY(
	        "Tom", "March 03, 2021", "Only in summer, twice a day.")
	        R22_REPLY("Greta", "March 04, 2021", "Thank you, Tom.") "</div></div>"
	    "<div class=\"comment\">" R22_HEAD("Ilse", "March 05, 2021") "<div class=\"words\"><p>"
	    "Lovely pictures.</p></div></div></div></body></html>";
	tt_thread *t = html(inbox, NULL);
	static const char *const a1[] = {"Greta", "Tom", "Greta", "Ilse"};
	static const unsigned d1[] = {0, 1, 1, 0};
	static const char *const f1[] = {"Does the bridge open for boats?", "Only in summer, twice a day.",
	                                 "Thank you, Tom.", "Lovely pictures."};
	expect_tree(t, 4, a1, d1, f1);
	tt_thread_free(t);

	/* The same in a list nested in the comment's item, no class naming
	 * anything (a front end's generated classes), an answer to an answer
	 * one level further down; the verb written loose between the name and
	 * the time ("sagt:") is the header's, not the text's. */
#define R22_ITEM(who, when, text, more)                                                             \
	"<li><div class=\"x1\"><b>" who "</b> sagt:<br><time>" when "</time><br><div class=\"x2\">" text \
	"</div>" more "</div></li>"
	const char *nested =
	    "<html><body>" ARTICLE_P "<section id=\"comments\"><ul class=\"x0\">" R22_ITEM(
	        "Betty", "23.05.2019 - 09:05", "So gut geschrieben.",
	        "<ul class=\"x0\">" R22_ITEM(
	            "Karla", "23.05.2019 - 11:05", "Danke sehr!",
	            "<ul class=\"x0\">" R22_ITEM("Betty", "23.05.2019 - 12:10", "Gern geschehen.",
	                                         "") "</ul>") "</ul>")
	        R22_ITEM("Hanno", "21.05.2019 - 18:05", "Vanille auch.", "") "</ul></section>"
	    "</body></html>";
	t = html(nested, NULL);
	static const char *const a2[] = {"Betty", "Karla", "Betty", "Hanno"};
	static const unsigned d2[] = {0, 1, 2, 0};
	static const char *const f2[] = {"So gut geschrieben.", "Danke sehr!", "Gern geschehen.",
	                                 "Vanille auch."};
	expect_tree(t, 4, a2, d2, f2);
	tt_thread_free(t);

	/* In a box of their own after the comment (below its time and its
	 * buttons), each answer an avatar, a profile link by number, a time,
	 * the text, in boxes whose classes name none of them: read as their
	 * shape shows them. */
#define R22_SUB(who, uid, when, text)                                                               \
	"<div class=\"row\" id=\"reply" uid "\"><a href=\"/users/" uid "\"><img src=\"a.png\"></a><a "   \
	"class=\"strong\" href=\"/users/" uid "\">" who "</a><span class=\"muted\"> " when "</span>"    \
	"<div class=\"sub\">" text "</div></div>"
#define R22_TOP(who, text, subs)                                                                    \
	"<div class=\"comment\"><div class=\"head\"><a class=\"author\" href=\"/users/" who "\">" who \
	"</a></div><div class=\"body\"><p>" text "</p></div><div class=\"mute\">3 days ago <a "       \
	"href=\"#\">Answer</a></div><div class=\"lists\">" subs "</div></div>"
	const char *below = "<html><body>" ARTICLE_P "<div class=\"comments-feed\">" R22_TOP(
	    "rachel", "Use the tunnel mode.",
	    R22_SUB("mike", "93845", "2 days ago", "Tried it, no luck.")
	        R22_SUB("rachel", "63321", "1 day ago", "Then check the log."))
	    R22_TOP("sam", "Not maintained any more.", "") "</div></body></html>";
	t = html(below, NULL);
	static const char *const a3[] = {"rachel", "mike", "rachel", "sam"};
	static const unsigned d3[] = {0, 1, 1, 0};
	static const char *const f3[] = {"Use the tunnel mode.", "Tried it, no luck.",
	                                 "Then check the log.", "Not maintained any more."};
	expect_tree(t, 4, a3, d3, f3);
	tt_thread_free(t);

	/* A date shown without its hour, the hour in the next box or loose
	 * after it: one time. A date followed by other words stays a date. */
#define R22_CLOCK(who, when, text)                                                                  \
	"<div class=\"comment\"><div class=\"comment-author\">" who "</div>" when                      \
	"<div class=\"comment-content\"><p>" text "</p></div></div>"
	const char *clocks =
	    "<html><body>" ARTICLE_P "<div class=\"comments\">" R22_CLOCK(
	        "Claire", "<small>August 06, 2019</small><small>4:14 pm</small>", "How does it work?")
	        R22_CLOCK("Simon", "<small>August 06, 2019</small> 17:35", "Thanks again.")
	            R22_CLOCK("Yok", "<small>August 08, 2019</small><small>edited twice</small>",
	                      "Once again.") "</div></body></html>";
	t = html(clocks, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "August 06, 2019 4:14 pm");
	assert_string_equal(t->order[0]->time, "2019-08-06T16:14");
	assert_string_equal(t->order[1]->posted, "August 06, 2019 17:35");
	assert_string_equal(t->order[2]->posted, "August 08, 2019");
	tt_thread_free(t);

	/* No answers: a comment's own text opening with a short paragraph and
	 * a date in its words, and a quotation of an earlier comment with its
	 * name and date, stay the comment's words. */
	const char *own =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li class=\"comment\" id=\"comment-1\">"
	    "<div class=\"comment-author\"><strong>Mira Stein</strong> 20. Juni 2018 um 13:54 Uhr <a "
	    "href=\"#respond\">Antworten</a></div><div class=\"comment-text\"><p>Urteil und Folgen</p>"
	    "<p>KG Berlin, Beschluss vom 11.10.2017</p><p>Wer Links zu Herstellern setzt, wirbt.</p>"
	    "<blockquote><cite>Jan</cite> <span>10. Juni 2018</span><p>Stimmt das so?</p></blockquote>"
	    "</div></li><li class=\"comment\" id=\"comment-2\"><div class=\"comment-author\"><strong>Jan"
	    "</strong> 21. Juni 2018 um 09:00 Uhr</div><div class=\"comment-text\"><p>Danke.</p></div>"
	    "</li></ol></body></html>";
	t = html(own, NULL);
	static const char *const a4[] = {"Mira Stein", "Jan"};
	static const unsigned d4[] = {0, 0};
	static const char *const f4[] = {"Urteil und Folgen", "Danke."};
	expect_tree(t, 2, a4, d4, f4);
	tt_thread_free(t);
}

/* A comment widget's card (Twikoo, Waline, Valine, drawn into the page):
 * the name in a box named the nick after the widget's prefix, the words in
 * a box named "content" after the prefix of the card's own class, beside
 * actions and the reader's browser; the answers cards of the card's own
 * kind deep inside its main box. Prefixes and the answers' box named as no
 * widget names them: the structure reads them (doc/import.md, "Comment
 * systems read from their templates"). */
static void test_widget_cards(void **state)
{
	(void)state;
	static const char *const card =
	    "<div class=\"zq-card\" id=\"x%d\"><div class=\"zq-main\"><div class=\"zq-row\"><span "
	    "class=\"zq-nick\">%s</span> <small class=\"zq-time\"><time datetime=\"2024-03-0%dT10:00\">"
	    "2024-03-0%d</time></small><span class=\"zq-act\">2 Like</span></div><div "
	    "class=\"zq-content\"><p>%s</p></div><div class=\"zq-extra\">Firefox 120</div><div "
	    "class=\"zq-answers\">%s</div></div></div>";
	char a3[1024], a2[2048], a1[4096], a4[1024], page[8192];
	snprintf(a3, sizeof a3, card, 3, "Wu", 5, 5, "Third words, an answer's answer.", "");
	snprintf(a2, sizeof a2, card, 2, "Li", 4, 4, "Second words, an answer.", a3);
	snprintf(a1, sizeof a1, card, 1, "Zhang", 3, 3, "First words of the thread.", a2);
	snprintf(a4, sizeof a4, card, 4, "Chen", 6, 6, "Fourth words, on their own.", "");
	snprintf(page, sizeof page,
	         WP_HEAD "<div id=\"comments\"><div class=\"zq-list\">%s%s</div></div>"
	                 "</body></html>",
	         a1, a4);
	tt_thread *t = html(page, NULL);
	static const char *const who[] = {"Zhang", "Li", "Wu", "Chen"};
	static const unsigned depth[] = {0, 1, 2, 0};
	static const char *const first[] = {"First words", "Second words", "Third words",
	                                    "Fourth words"};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		const tt_comment *c = t->order[i];
		assert_string_equal(c->author ? c->author : "", who[i]);
		assert_int_equal(c->depth, depth[i]);
		assert_int_equal(c->body.n, 1);
		assert_true(strstr(c->body.v[0], first[i]) == c->body.v[0]);
	}
	tt_thread_free(t);
}

/* A box numbered as a comment and alone in its answers' box, inside a
 * comment numbered alike (Artalk: div#atk-comment-102 in the answers of
 * div#atk-comment-101): an answer, though no sibling is numbered alike. */
static void test_alone_numbered_answers(void **state)
{
	(void)state;
	static const char *const box =
	    "<div class=\"qq-wrap\" id=\"qq-comment-%d\"><div class=\"qq-c\"><b class=\"qq-name\">"
	    "%s</b> <span class=\"qq-date\">2024-03-0%d</span><div class=\"qq-body\"><p>%s</p></div>"
	    "</div>%s</div>";
	char a3[1024], k3[1100], a2[1400], k2[1500], a1[1800], a4[1024], page[8192];
	snprintf(a3, sizeof a3, box, 103, "Wu", 5, "Third words, an answer's answer.", "");
	snprintf(k3, sizeof k3, "<div class=\"qq-kids\">%s</div>", a3);
	snprintf(a2, sizeof a2, box, 102, "Li", 4, "Second words, an answer.", k3);
	snprintf(k2, sizeof k2, "<div class=\"qq-kids\">%s</div>", a2);
	snprintf(a1, sizeof a1, box, 101, "Zhang", 3, "First words of the thread.", k2);
	snprintf(a4, sizeof a4, box, 104, "Chen", 6, "Fourth words, on their own.", "");
	snprintf(page, sizeof page,
	         WP_HEAD "<div id=\"comments\">%s%s</div></body></html>", a1, a4);
	tt_thread *t = html(page, NULL);
	static const unsigned depth[] = {0, 1, 2, 0};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(t->order[i]->depth, depth[i]);
	assert_string_equal(t->order[2]->author, "Wu");
	tt_thread_free(t);
}

/* Comments all siblings, each stating its level from 0 in its class
 * ("commentlevel_1") and opening with a heading "<a>NAME</a> WORD
 * <time>": the level nests them, the heading's link is the name
 * (Serendipity's themes; the words joining name and time any language's). */
static void test_level_classes_and_heading_names(void **state)
{
	(void)state;
	static const char *const art =
	    "<article id=\"c%d\" class=\"comment commentlevel_%u\"><h4><a href=\"https://ex.example/%d\">"
	    "%s</a> le <time datetime=\"2024-03-0%dT10:00\">%d mars 2024</time> :</h4><div "
	    "class=\"comment_content\"><p>%s</p></div></article>";
	static const char *const who[] = {"Anne", "Paul", "Anne", "Marc"};
	static const unsigned level[] = {0, 1, 2, 0};
	char page[8192];
	int n = snprintf(page, sizeof page, WP_HEAD "<section id=\"comments\">");
	for (int i = 0; i < 4; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, art, i + 1, level[i], i + 1, who[i],
		              i + 3, i + 3, "Quelques mots du commentaire, assez pour un texte.");
	snprintf(page + n, sizeof page - (size_t)n, "</section></body></html>");
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author ? t->order[i]->author : "", who[i]);
		assert_int_equal(t->order[i]->depth, level[i]);
	}
	tt_thread_free(t);
}

/* A blog's article in a box numbered as a forum's post ("div#p7.post",
 * Dotclear) is no forum post when no other such box is beside it; its
 * comments a definition list, each a dt numbered by its id ("dt#c12":
 * "1. On DATE by NAME", the time first) and the dd after it the words. */
static void test_numbered_definition_list(void **state)
{
	(void)state;
	static const char *const item =
	    "<dt id=\"c%d\" class=\"%s\"><a href=\"#c%d\" class=\"comment-number\">%d.</a> On "
	    "Sunday %d March 2024, 10:%d by %s</dt><dd class=\"%s\"><p>%s</p></dd>";
	static const char *const who[] = {"Anne Dupont", "Paul", "Marc Lenoir"};
	char page[8192];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Locks</title>"
	                 "</head><body><div id=\"p7\" class=\"post\"><h2 class=\"post-title\">Locks"
	                 "</h2><div class=\"post-content\"><p>The canal's eleven locks lift the boats "
	                 "forty metres from the river to the basin of the town.</p><p>Until the "
	                 "railway came, coal, grain and timber went this way, drawn by horses along "
	                 "the towpath.</p></div></div><div "
	                 "id=\"comments\"><h3>Comments</h3><dl>");
	for (int i = 0; i < 3; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, item, 40 + i, i % 2 ? "even" : "odd",
		              40 + i, i + 1, i + 3, 10 + i, who[i], i % 2 ? "even" : "odd",
		              "Words of a comment, enough of them to be its text.");
	snprintf(page + n, sizeof page - (size_t)n, "</dl></div></body></html>");
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_string_equal(r.layout, "comment blocks"); /* not a forum thread */
	tt_import_report_free(&r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->article.body.n, 2);
	assert_non_null(strstr(t->article.body.v[0], "eleven locks"));
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author ? t->order[i]->author : "", who[i]);
		assert_int_equal(t->order[i]->depth, 0);
		assert_non_null(t->order[i]->posted);
		assert_true(!strncmp(t->order[i]->posted, "Sunday", 6));
	}
	tt_thread_free(t);
}

/* Forum posts numbered "#pN" in boxes whose first class names a kind of
 * post ("boxpost"; FluxBB's "blockpost"), the words in a box named the
 * post's message in short ("postmsg"), the time a link to the post's own
 * anchor in its header, and a quotation named by a cite right before it
 * (FluxBB's div.quotebox > cite + blockquote): read as posts, the quoting
 * one an answer to the quoted. */
static void test_posts_by_anchor_and_cite(void **state)
{
	(void)state;
	static const char *const post =
	    "<div id=\"p%d\" class=\"boxpost row%s\"><h2><span><span class=\"conr\">#%d</span> <a "
	    "href=\"viewtopic.php?pid=%d#p%d\">2024-03-0%d 10:1%d:00</a></span></h2><div "
	    "class=\"box\"><div class=\"postleft\"><dl><dt><strong><a href=\"profile.php?id=%d\">%s"
	    "</a></strong></dt><dd>Member</dd></dl></div><div class=\"postright\"><h3>Re: Oars</h3>"
	    "<div class=\"postmsg\">%s<p>%s</p></div></div></div></div>";
	static const char *const who[] = {"anna", "ben", "cleo", "dan"};
	char page[8192];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Oars</title>"
	                 "</head><body><h1>Rowing Forum</h1><div id=\"punviewtopic\">");
	for (int i = 0; i < 4; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, post, 50 + i, i % 2 ? "even" : "odd",
		              i + 1, 50 + i, 50 + i, i + 2, i, i + 1, who[i],
		              i == 2 ? "<div class=\"quotebox\"><cite>ben wrote:</cite><blockquote><div>"
		                       "<p>Ash for the shaft.</p></div></blockquote></div>"
		                     : "",
		              "Words of a post about oars, long enough to be a post's text.");
	snprintf(page + n, sizeof page - (size_t)n, "</div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 3); /* the first post is the topic */
	static const unsigned depth[] = {0, 1, 0};
	for (size_t i = 0; i < 3; i++) {
		const tt_comment *c = t->order[i];
		assert_string_equal(c->author ? c->author : "", who[i + 1]);
		assert_int_equal(c->depth, depth[i]);
		assert_non_null(c->posted);
		assert_true(!strncmp(c->posted, "2024-03-0", 9));
		assert_true(strstr(c->body.v[c->body.n - 1], "Words of a post") == c->body.v[c->body.n - 1]);
	}
	assert_string_equal(t->order[1]->body.v[0], "> ben wrote:");
	tt_thread_free(t);

	/* A quotation quoting a quotation ("cleo wrote: [ben wrote: ...] ..."):
	 * the post answers the writer its own quotation names (cleo), not the
	 * one the quotation inside names (round 41's Arch Linux thread). */
	static const char *const quote[] = {
	    "", "",
	    "<div class=\"quotebox\"><cite>ben wrote:</cite><blockquote><div><p>Ash for the shaft."
	    "</p></div></blockquote></div>",
	    "<div class=\"quotebox\"><cite>cleo wrote:</cite><blockquote><div><div "
	    "class=\"quotebox\"><cite>ben wrote:</cite><blockquote><div><p>Ash for the shaft.</p>"
	    "</div></blockquote></div><p>Spruce is lighter.</p></div></blockquote></div>"};
	n = snprintf(page, sizeof page,
	             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Oars</title>"
	             "</head><body><h1>Rowing Forum</h1><div id=\"punviewtopic\">");
	for (int i = 0; i < 4; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, post, 50 + i, i % 2 ? "even" : "odd",
		              i + 1, 50 + i, 50 + i, i + 2, i, i + 1, who[i], quote[i],
		              "Words of a post about oars, long enough to be a post's text.");
	snprintf(page + n, sizeof page - (size_t)n, "</div></body></html>");
	static const unsigned nested[] = {0, 1, 2};
	expect_heads(html(page, NULL), 3, who + 1, nested);
}

/* A thread as rows of a table (Inyoka's): the writer's cell (name, the
 * date joined under its label "Anmeldungsdatum:" and a line break, counts,
 * a home town), the post's cell (the permalink, the time, an edit note in
 * brackets after it, the words). The first post is the topic: the table
 * follows the thread's heading in a box of status lines, the page's title
 * "TOPIC › FORUM › SITE". A quotation's title is the forum's paragraph of
 * links, "<a>NAME</a> <a>schrieb</a>:"; a post's one word is its text,
 * though the writer's cell holds more. */
static void test_table_thread_rows(void **state)
{
	(void)state;
	static const char *const row =
	    "<tr id=\"post-%d\"><td class=\"author\"><p class=\"username\"><a "
	    "href=\"https://users.example/user/%s/\">%s</a></p><p>Anmeldungsdatum:<br>%s</p><p "
	    "class=\"posts\">Beitr\xC3\xA4ge: <a "
	    "href=\"https://forum.example/author/%s/\">%d</a></p>"
	    "<p>Wohnort: %s</p></td><td class=\"post\"><div class=\"postinfo\"><div "
	    "class=\"linklist\"><a href=\"https://forum.example/post/%d/quote/\">Zitieren</a></div>"
	    "<a href=\"https://forum.example/post/%d/\" title=\"Permalink\"><img src=\"m.gif\" "
	    "alt=\"Beitrag\"></a> %s </div><div class=\"text\">%s</div></td></tr>";
	static const struct {
		const char *who, *joined, *town, *when, *text;
	} p[] = {
	    {"style2k6", "21. Januar 2013", "Hamburg", "20. April 2020 11:17",
	     "<p>Moin, nach dem Umstieg auf Ubuntu lande ich nach dem Anmelden wieder am "
	     "Anmeldebildschirm.</p>"},
	    {"DJKUhpisse", "18. Oktober 2016", "vor dem R\xC3\xB6hrenmonitor",
	     "20. April 2020 11:20",
	     "<p>Installiere bitte Ubuntu 20.04, 18.04 ist zu alt f\xC3\xBCr diese Karte.</p>"},
	    {"style2k6", "21. Januar 2013", "Hamburg",
	     "20. April 2020 11:25\n (zuletzt bearbeitet: 20. April 2020 11:40)",
	     "<p>Danke, muss ich dann neu installieren?</p>"},
	    {"DJKUhpisse", "18. Oktober 2016", "vor dem R\xC3\xB6hrenmonitor",
	     "20. April 2020 11:26", "<p>Nein</p>"},
	    {"Wibuntu", "21. Januar 2011", "Berlin", "20. April 2020 16:53",
	     "<p><a href=\"https://users.example/user/style2k6/\">style2k6</a> <a "
	     "href=\"https://forum.example/post/100/\">schrieb</a>:</p><blockquote><p>Moin, nach "
	     "dem Umstieg</p></blockquote><p>Ein Dual-Boot w\xC3\xA4re wohl sinnvoll.</p>"}};
	char page[16384];
	int n = snprintf(
	    page, sizeof page,
	    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Login-Schleife "
	    "\xE2\x80\xBA Installation \xE2\x80\xBA Forum \xE2\x80\xBA "
	    "ubuntuusers.de</title></head><body>"
	    "<div class=\"topic_box\"><h2>Login-Schleife</h2><div class=\"content\"><div "
	    "class=\"pages\">"
	    "<span>\xC2\xAB Vorherige</span><span>1</span><span>N\xC3\xA4"
	    "chste \xC2\xBB</span></div>"
	    "<strong>Status:</strong> <span>Gel\xC3\xB6st</span> <span>|</span> <span><strong>"
	    "Ubuntu-Version:</strong> Ubuntu 18.04 (Bionic Beaver)</span><br><span><a "
	    "href=\"/reply/\">Antworten</a> | <a href=\"/subscribe/\">Abonnieren</a> | <a "
	    "href=\"/report/\">Melden</a> | <a href=\"/print/\">Drucken</a> | <a "
	    "href=\"/split/\">Teilen</a></span><br><span>Erstellt:</span> <span>20.04.2020</span> "
	    "<span>Antworten:</span> <span>7</span> <span>Aufrufe:</span> <span>1.204</span> "
	    "<span>Letzter Beitrag:</span> <span>21.04.2020</span></div></div><table "
	    "class=\"topic\"><tbody>");
	for (int i = 0; i < 5; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, row, 100 + i, p[i].who, p[i].who,
		              p[i].joined, p[i].who, 10 * i + 3, p[i].town, 100 + i, 100 + i,
		              p[i].when, p[i].text);
	snprintf(page + n, sizeof page - (size_t)n, "</tbody></table></body></html>");
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 4);
	static const char *const when[] = {"20. April 2020 11:20", "20. April 2020 11:25",
	                                   "20. April 2020 11:26", "20. April 2020 16:53"};
	static const char *const first[] = {
	    "Installiere bitte Ubuntu 20.04, 18.04 ist zu alt f\xC3\xBCr diese Karte.",
	    "Danke, muss ich dann neu installieren?", "Nein", "> style2k6 schrieb:"};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, p[i + 1].who);
		assert_string_equal(t->order[i]->posted, when[i]);
		assert_true(t->order[i]->body.n >= 1);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
	tt_thread_free(t);
}

/* A question and its answers in schema.org's microdata (paradisi.de's):
 * the Question's own text is the article, each suggestedAnswer a comment,
 * though the first shows the page's title as its heading; an answer's own
 * heading is its first paragraph, the thread's title again none. */
static void test_schema_question_answers(void **state)
{
	(void)state;
	static const char *const answer =
	    "<span id=\"a%d\"></span><article class=\"posting antwort\" "
	    "itemprop=\"suggestedAnswer\" "
	    "itemscope itemtype=\"http://schema.org/Answer\"><header><div class=\"user\" "
	    "itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span "
	    "itemprop=\"name\">%s</span></div><div class=\"status\">Gast</div></header><div "
	    "class=\"wrap\"><div><h3>%s</h3><p itemprop=\"text\">%s</p></div><footer><time "
	    "itemprop=\"dateCreated\" datetime=\"2014-07-2%dT16:42+01:00\">2%d.07.14 16:42</time>"
	    "<ul class=\"features\"><li><a "
	    "href=\"#\">Melden</a></li></ul></footer></div></article>";
	static const char *const title = "Wer kennt ein gutes Mittel gegen Heuschnupfen?";
	static const char *const who[] = {"Marder40", "schachi", "Heinz"};
	static const char *const head[] = {"Wer kennt ein gutes Mittel gegen Heuschnupfen?", "Hase",
	                                   "Tropfen"};
	static const char *const said[] = {"Das ist bei jedem anders, bei mir hilft Meerwasser.",
	                                   "Seit drei Jahren nehme ich Tabletten, die helfen gut.",
	                                   "Augentropfen helfen mir am besten gegen das Jucken."};
	char page[16384];
	int n = snprintf(
	    page, sizeof page,
	    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head>"
	    "<body><div class=\"teasers\"><p>Mein Vater hat seit zehn Jahren Heuschnupfen "
	    "und nimmt viele Mittel, die alle nicht helfen wollen... weiterlesen</p><p>Wie "
	    "lange dauert eine Pollensaison im Norden, und wann beginnt sie in diesem "
	    "Jahr... weiterlesen</p><p>Hallo, meine Tochter hat seit dem Umzug in die Stadt "
	    "stÃ¤ndig Kopfschmerzen, und der Arzt findet keinen Grund dafÃ¼r, was "
	    "kann man tun... weiterlesen</p><p>Mich wÃ¼rde interessieren, ob jemand mit "
	    "Akupunktur gegen Allergien schon gute Erfahrungen gemacht hat, und wie viele "
	    "Sitzungen man braucht... weiterlesen</p><p>Ich bin vÃ¶llig verunsichert, "
	    "weil ich gehÃ¶rt habe, dass man als junger Mensch Allergien bekommen kann, "
	    "die dann wieder verschwinden... weiterlesen</p></div><main itemscope "
	    "itemtype=\"http://schema.org/Question\"><header><h1 itemprop=\"name\">%s</h1>"
	    "</header><article id=\"Frage\" class=\"posting frage\"><header><div "
	    "class=\"user\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/"
	    "Person\"><span itemprop=\"name\">Maleica</span></div></header><div><p "
	    "itemprop=\"text\">Guten Tag! Mein Sohn niest jeden Fr\xC3\xBChling.</p></div>"
	    "<footer><time itemprop=\"dateCreated\" datetime=\"2012-01-05T11:27+01:00\">"
	    "05.01.12 11:27</time></footer></article>",
	    title, title);
	for (int i = 0; i < 3; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, answer, i, who[i], head[i],
		              said[i], i, i);
	snprintf(page + n, sizeof page - (size_t)n, "</main></body></html>");
	tt_thread *t = html(page, NULL);
	assert_true(t->article.body.n >= 1);
	assert_string_equal(t->article.body.v[0],
	                    "Guten Tag! Mein Sohn niest jeden Fr\xC3\xBChling.");
	assert_int_equal(t->ncomments, 3);
	static const char *const first[] = {"Das ist bei jedem anders, bei mir hilft Meerwasser.",
	                                    "Hase", "Tropfen"};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
	tt_thread_free(t);
}

/* A header read twice over its lines (a signature over the buttons over the
 * next post's name and date, Phorum's in lynx's dump; a reply's "In reply"
 * line over its header, Talkyard's; a button's "(BUTTON)" over an age,
 * Pikabu's): the comment of no words whose time is the next one's goes, in
 * the dumps of worked-on rounds where the text importer read one so. */
static void test_doubled_headers_dropped(void **state)
{
	(void)state;
	static const char *const dumps[] = {
	    "tests/data/html/round45/dumps/phorum-angelman-es.lynx.txt",
	    "tests/data/html/round18/dumps/talkyard-demo-en.w3m.txt",
	    "tests/data/html/round21/dumps/pikabu-matrix-ru.lynx.txt",
	    "tests/data/html/round16/dumps/discourse-uipath-en.w3m.txt"};
	for (size_t d = 0; d < sizeof dumps / sizeof *dumps; d++) {
		struct tt_import_report r;
		tt_error err;
		tt_thread *t = import_reported(dumps[d], &r, &err);
		assert_non_null(t);
		tt_import_report_free(&r);
		for (size_t i = 0; i + 1 < t->ncomments; i++) {
			const tt_comment *a = t->order[i], *b = t->order[i + 1];
			if (!a->body.n && !a->parent && !b->parent && a->posted && b->posted &&
			    !strcmp(a->posted, b->posted))
				fail_msg(
				    "%s: an empty comment (line %u) doubles the header of the next",
				    dumps[d], a->line);
		}
		tt_thread_free(t);
	}
}

/* A vBulletin 4 quotation whose title links to the post quoted
 * ("Originally Posted by ben <a href=...#post2><img alt="View Post"></a>"):
 * the post answers that post, not its writer's latest. A link to a post
 * whose number no box of the page bears quotes a post of another page of
 * the thread: it answers none here, though its writer has posts on the
 * page (as a title dating a post not on the page names none, round 44;
 * pocketpc.ch's page 34, round 45). */
static void test_quote_title_link(void **state)
{
	(void)state;
	static const char *const post =
	    "<li class=\"postbit postcontainer\" id=\"post_%d\"><div class=\"posthead\"><span "
	    "class=\"date\">11-2%d-2024, 01:5%d PM</span> <a name=\"post%d\" "
	    "href=\"showthread.php?p=%d#post%d\">#%d</a></div><div class=\"userinfo\"><a "
	    "class=\"username\" href=\"member.php?u=%d\"><strong>%s</strong></a></div><div "
	    "class=\"postbody\"><div class=\"content\"><div id=\"post_message_%d\"><blockquote "
	    "class=\"postcontent restore\">%s%s</blockquote></div></div></div></li>";
	static const char *const quote =
	    "<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div "
	    "class=\"quote_container\"><div class=\"bbcode_quote_container\"></div><div "
	    "class=\"bbcode_postedby\"><img src=\"q.png\" alt=\"Quote\"> Originally Posted by "
	    "<strong>ben</strong> <a href=\"showthread.php?p=%d#post%d\" rel=\"nofollow\"><img "
	    "class=\"inlineimg\" src=\"v.png\" alt=\"View Post\"></a></div><div "
	    "class=\"message\">Ash for the shaft, always.</div></div></div></div>";
	static const char *const who[] = {"anna", "ben", "cleo", "ben", "dan", "erin"};
	static const int quoted[] = {0, 0, 2, 0, 2, 999}; /* the post each quotes, by number */
	char page[16384], q[1024];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Oars</title>"
	                 "</head><body><h1>Rowing Forum</h1><ol id=\"posts\">");
	for (int i = 0; i < 6; i++) {
		int k = i + 1;
		*q = '\0';
		if (quoted[i])
			snprintf(q, sizeof q, quote, quoted[i], quoted[i]);
		n += snprintf(page + n, sizeof page - (size_t)n, post, k, i, i, k, k, k, k, k, who[i], k,
		              q, "Words of a post about oars, long enough to be a post's text.");
	}
	snprintf(page + n, sizeof page - (size_t)n, "</ol></body></html>");
	tt_thread *t = html(page, NULL);
	assert_true(t->ncomments == 5 && t->order[1]->body.n);
	assert_string_equal(t->order[1]->body.v[0], "> Originally Posted by ben");
	static const char *const heads[] = {"ben", "cleo", "dan", "ben", "erin"};
	static const unsigned depth[] = {0, 1, 1, 0, 0};
	expect_heads(t, 5, heads, depth);
}

/* A forum's messages under a box the page names a title, showing the
 * title's first words (the title going on with the forum's name), the
 * name a user block's BEM label and the words its message element
 * (jeuxvideo.com's div.messageUser: span.messageUser__label,
 * div.messageUser__msg): the first message is the topic's opening post,
 * the article, its words however short; the level beside the name is no
 * words. A title naming a later page has no opening post. */
static tt_thread *titled_forum_page(const char *title_tail)
{
	static const char *const msg =
	    "<div class=\"messageUser\" id=\"message-%d\"><div class=\"messageUser__card\"><div "
	    "class=\"messageUser__header\"><span class=\"avatar\"><img src=\"a.png\" alt=\"%s\">"
	    "</span><div class=\"messageUser__profil\"><span class=\"JvCare 4F messageUser__label\">"
	    "%s</span><div class=\"messageUser__level\">Niveau %d</div><span class=\"JvCare 4E "
	    "messageUser__date\">02 juin 2026 \xC3\xA0 22:2%d:06</span></div></div><div "
	    "class=\"messageUser__main\"><div class=\"messageUser__msg\"><p class=\"message__p\">%s"
	    "</p></div></div></div></div>";
	static const char *const who[] = {"Rameur", "Barreur", "Nageuse", "Rameur"};
	static const char *const said[] = {"SPLIT", "Les avirons sont rang\xC3\xA9s sous le hangar.",
	                                   "Et les gilets aussi, sur le quai.",
	                                   "Merci pour le rangement du hangar."};
	char page[8192];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Les rames du club "
	                 "nautique sur le forum Aviron%s</title></head><body><div class=\"layout "
	                 "layout--forum\"><div class=\"container__main\"><div "
	                 "class=\"titleMessagesUsers\">Les rames du club nautique</div><div "
	                 "class=\"container__messages\">",
	                 title_tail);
	for (int i = 0; i < 4; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, msg, 100 + i, who[i], who[i], 10 + i, i,
		              said[i]);
	snprintf(page + n, sizeof page - (size_t)n, "</div></div></div></body></html>");
	return html(page, NULL);
}

static void test_titled_forum_opening(void **state)
{
	(void)state;
	tt_thread *t = titled_forum_page(" - 02-06-2026 22:20:06");
	assert_non_null(t->article.author);
	assert_string_equal(t->article.author, "Rameur");
	assert_true(t->article.body.n == 1);
	assert_string_equal(t->article.body.v[0], "SPLIT");
	assert_true(t->ncomments == 3 && t->order[0]->body.n == 1);
	assert_string_equal(t->order[0]->body.v[0], "Les avirons sont rang\xC3\xA9s sous le hangar.");
	assert_string_equal(t->order[0]->posted, "02 juin 2026 \xC3\xA0 22:21:06");
	static const char *const heads[] = {"Barreur", "Nageuse", "Rameur"};
	static const unsigned depth[] = {0, 0, 0};
	expect_heads(t, 3, heads, depth);
	/* page 3 of the topic: every message a comment */
	t = titled_forum_page(" - page 3 - 02-06-2026 22:20:06");
	static const char *const all[] = {"Rameur", "Barreur", "Nageuse", "Rameur"};
	static const unsigned flat[] = {0, 0, 0, 0};
	expect_heads(t, 4, all, flat);
}

/* Forum posts as a table's row groups, each marked a schema.org Comment
 * (Nairaland: a heading row, "<span itemprop=author><meta itemprop=name
 * content=NAME></span>", a meta datePublished in UTC, then "by <a
 * class=user>NAME</a>: <span class=s>9:43pm On Dec 09, 2023</span>" in
 * the city's time; the words' row after it). The name is the one shown,
 * though one member signs most posts; the time the one shown, of this
 * year without its year, without the star marking it edited and the
 * edit's time the page keeps hidden. */
static void test_microdata_table_posts(void **state)
{
	(void)state;
	static const char *const row =
	    "<tbody itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\"><tr><td "
	    "class=\"bold l pu\"><a name=\"%d\"></a><span itemprop=\"author\" itemscope "
	    "itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"%s\"></span>"
	    "<meta itemprop=\"datePublished\" content=\"%s\"><a href=\"/76/oars#%d\">Re: Oars</a> by "
	    "<a href=\"/%s\" class=\"user\">%s</a>: <span class=\"s%s\">%s</span></td></tr><tr><td "
	    "id=\"pb%d\" class=\"l w pd\"><div class=\"narrow\" itemprop=\"text\">%s</div></td></tr>"
	    "</tbody>";
	static const char *const who[] = {"Ade", "Ade", "Bola", "Ade"};
	static const char *const iso[] = {"2023-12-09T20:43:15Z", "2023-12-10T13:55:16Z",
	                                  "2024-05-21T14:52:37Z", "2026-01-21T14:40:02Z"};
	static const char *const shown[] = {
	    "<b>9:43pm</b> On <b>Dec 09</b>, <b>2023</b>",
	    "<span class=\"js-posttime-created\"><b>2:55pm</b> On <b>Dec 10</b>, <b>2023</b></span>"
	    "<span class=\"js-posttime-suffix\"><b>*</b></span><span class=\"js-posttime-modified\" "
	    "hidden>. Modified: <b>10:31am</b> On <b>Dec 11</b>, <b>2023</b></span>",
	    "<b>3:52pm</b> On <b>May 21</b>, <b>2024</b>", "<b>3:40pm</b> On <b>Jan 21</b>"};
	static const char *const said[] = {"Oars of ash last the longest, oiled each spring.",
	                                   "Spruce is lighter, but it splinters on the rocks.",
	                                   "Carbon oars need no oil and never rot at all.",
	                                   "Ash again this year, from the yard by the river."};
	/* (the edited post's box named for its time, as the page names it) */
	char page[12288], name[16];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Oars - Boats - "
	                 "Nairaland</title></head><body><main><div itemscope "
	                 "itemtype=\"https://schema.org/DiscussionForumPosting\"><meta "
	                 "itemprop=\"commentCount\" content=\"4\"><table summary=\"posts\"><tbody><tr>"
	                 "<td class=\"bold l pu\">Oars by <a href=\"/ade\" class=\"user\">Ade</a>: "
	                 "<span class=\"s\"><b>3:21pm</b> On <b>Dec 07</b>, <b>2023</b></span></td>"
	                 "</tr><tr><td class=\"l w pd\"><div class=\"narrow\">Which wood for oars? "
	                 "Mine are old and cracked.</div></td></tr></tbody>");
	for (int i = 0; i < 4; i++) {
		snprintf(name, sizeof name, "%s", who[i]);
		name[0] = (char)tolower((unsigned char)name[0]);
		n += snprintf(page + n, sizeof page - (size_t)n, row, 10 + i, who[i], iso[i], 10 + i,
		              name, who[i], i == 1 ? " js-posttime-toggle" : "", shown[i], 10 + i, said[i]);
	}
	snprintf(page + n, sizeof page - (size_t)n, "</table></div></main></body></html>");
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(r.stated, 4);
	static const char *const when[] = {"9:43pm On Dec 09, 2023", "2:55pm On Dec 10, 2023",
	                                   "3:52pm On May 21, 2024", "3:40pm On Jan 21"};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, when[i]);
		assert_true(t->order[i]->body.n == 1);
		assert_string_equal(t->order[i]->body.v[0], said[i]);
	}
	static const unsigned depth[] = {0, 0, 0, 0};
	expect_heads(t, 4, who, depth);
	tt_import_report_free(&r);
}

/* Floors and the answers inside them, each under a header line of its
 * number and time ("#2 - 2020-5-4 10:50", "#2-1 - 2020-5-4 10:58"),
 * the name elsewhere (Bangumi: a floor's "a.post_author_1614148" in
 * span.userInfo beside the member's motto, an answer's strong.userName,
 * its words div.cmt_sub_content; members' pages by number): the number no
 * part of the time, the name the named link's, not the header's, the
 * answer's words its own box's. */
static void test_numbered_floor_answers(void **state)
{
	(void)state;
	static const char *const floor =
	    "<div id=\"post_%d\" class=\"row_reply\"><div class=\"re_info\"><small><a "
	    "href=\"#post_%d\" class=\"floor-anchor\">#%d</a> - 2020-5-4 1%d:50</small></div><a "
	    "href=\"/user/4929%d\" class=\"avatar\"><span class=\"avatarNeue\"></span></a><div "
	    "class=\"inner\"><span class=\"userInfo\"><strong><a href=\"/user/4929%d\" class=\"l "
	    "post_author_%d\">%s</a></strong> <a href=\"javascript:void(0);\" class=\"tip_i\">"
	    "\xE5\x9B\x9E\xE5\xA4\x8D</a> <span class=\"tip_j\">(rain or shine)</span></span><div "
	    "class=\"reply_content\"><div class=\"message\">"
	    "%s</div><div class=\"topic_sub_reply\">%s</div></div></div></div>";
	static const char *const answer =
	    "<div id=\"post_%d\" class=\"sub_reply_bg\"><div class=\"re_info\"><small><a "
	    "href=\"#post_%d\" class=\"floor-anchor\">#%d-1</a> - 2020-5-4 1%d:58</small></div><a "
	    "href=\"/user/4929%d\" class=\"avatar\"><span class=\"avatarNeue\"></span></a><div "
	    "class=\"inner\"><strong class=\"userName\"><a id=\"%d\" href=\"/user/%s\" class=\"l\">%s"
	    "</a></strong> <a href=\"javascript:void(0);\" class=\"tip_i\">\xE5\x9B\x9E\xE5\xA4\x8D"
	    "</a><div class=\"cmt_sub_content\">%s</div></div></div>";
	static const char *const who[] = {"valar", "brad", "kaka"};
	static const char *const said[] = {"\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8",
	                                   "\xE6\x98\x8E\xE5\xA4\xA9\xE6\x99\xB4",
	                                   "\xE5\x90\x8E\xE5\xA4\xA9\xE5\x88\xAE\xE9\xA3\x8E"};
	char page[8192], sub[1024];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Weather</title>"
	                 "</head><body><div class=\"postTopic\">Who reads the weather?</div><div "
	                 "class=\"commentList comment_list\">");
	for (int i = 0; i < 2; i++) {
		int id = 100 + 10 * i;
		*sub = '\0';
		if (!i)
			snprintf(sub, sizeof sub, answer, id + 1, id + 1, 2, i, 9, id + 1, who[2], who[2],
			         said[2]);
		n += snprintf(page + n, sizeof page - (size_t)n, floor, id, id, i + 2, i, i, i,
		              id, who[i], said[i], sub);
	}
	snprintf(page + n, sizeof page - (size_t)n, "</div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const when[] = {"2020-5-4 10:50", "2020-5-4 10:58", "2020-5-4 11:50"};
	static const int said_by[] = {0, 2, 1};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, when[i]);
		assert_true(t->order[i]->body.n == 1);
		assert_string_equal(t->order[i]->body.v[0], said[said_by[i]]);
	}
	static const char *const heads[] = {"valar", "kaka", "brad"};
	static const unsigned depth[] = {0, 1, 0};
	expect_heads(t, 3, heads, depth);
}

/* A message board's rows (GameFAQs: tr > td.msg#message_N, the name
 * in span.user, span.post_time, div.msg_text), the first message the
 * topic's opening post, its words the JSON-LD posting's articleBody; a
 * quotation titled by a <cite> a line break before the <blockquote>,
 * the cite naming the message quoted by number (data-quote-id): the title
 * quoted with the words, the quoting message under the message quoted. */
static void test_quote_id_board(void **state)
{
	(void)state;
	static const char *const row =
	    "<tr><td class=\"msg\" id=\"message_%d\"><div class=\"msg_infobox\"><a name=\"%d\"></a>"
	    "<span class=\"user\"><a data-username=\"%s\" class=\"name\"><b>%s</b></a></span><span "
	    "class=\"post_time\" title=\"2/21/2024 5:0%d:38 AM\">2 years ago</span><span "
	    "class=\"message_num\">#%d</span></div><div class=\"msg_body_box\"><div "
	    "class=\"msg_body\"><div class=\"msg_text\">%s%s<br></div></div></div></td></tr>";
	static const char *const quote = "<cite data-quote-id=\"%d\">%s posted... </cite><br>"
	                                 "<blockquote>Tickets go on sale at noon.</blockquote>";
	static const char *const who[] = {"Lion", "Monkey", "Guyver", "Warrior", "Skier"};
	static const int quoted[] = {0, 0, 0, 102, 0};
	char page[12288], q[256];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Showcase "
	                 "Discussion - Boards - Games</title><script type=\"application/ld+json\">"
	                 "{\"@context\":\"http://schema.org\",\"@type\":\"DiscussionForumPosting\","
	                 "\"headline\":\"Showcase Discussion\",\"articleBody\":\"The showcase starts "
	                 "in one hour, no stream link this time.\"}</script></head><body><div "
	                 "class=\"wrapper g_forum\"><h1>Showcase Discussion</h1><div class=\"pod\">"
	                 "<p>You are reading the boards as a guest; sign up to post and to follow "
	                 "the topics you like best.</p><table class=\"board message msg_list\">");
	for (int i = 0; i < 5; i++) {
		*q = '\0';
		if (quoted[i])
			snprintf(q, sizeof q, quote, 978959000 + quoted[i], who[2]);
		n += snprintf(page + n, sizeof page - (size_t)n, row, 978959000 + 100 + i, i + 1, who[i],
		              who[i], i, i + 1, q,
		              i ? "Words of a message about the showcase, long enough to read."
		                : "The showcase starts in one hour, no stream link this time.");
	}
	snprintf(page + n, sizeof page - (size_t)n, "</table></div></div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_non_null(t->article.author);
	assert_string_equal(t->article.author, "Lion");
	assert_true(t->ncomments == 4 && t->order[2]->body.n >= 2);
	assert_string_equal(t->order[2]->body.v[0], "> Guyver posted...");
	assert_string_equal(t->order[2]->body.v[1], "> Tickets go on sale at noon.");
	static const char *const heads[] = {"Monkey", "Guyver", "Warrior", "Skier"};
	static const unsigned depth[] = {0, 0, 1, 0};
	expect_heads(t, 4, heads, depth);
}

/* A forum's posts as tables (forum.hardware.fr: table.messagetable, an
 * anchor a[name=tN], b.s2 the name, "Posté le DATE" over div#paraN), a
 * quotation a table.citation whose title links the post quoted
 * ("<a href=...#t101>Anna a écrit :</a>"), and an advertisement's slot
 * dressed as a post (no anchor, its box a script alone): the time
 * without its label, the quoting post under the post quoted, the slot no
 * post. */
static void test_citation_table_posts(void **state)
{
	(void)state;
	static const char *const post =
	    "<table class=\"messagetable\"><tr class=\"message\"><td class=\"messCase1\">%s<div><b "
	    "class=\"s2\">%s</b></div></td><td class=\"messCase2\"><div class=\"toolbar\"><div "
	    "class=\"left\">Post\xC3\xA9 le 1%d-03-2016 \xC3\xA0 14:33:35 <img src=\"p.gif\" "
	    "alt=\"profil\"></div></div><div %s><p>%s%s</p></div></td></tr></table>";
	static const char *const cite =
	    "<table class=\"citation\"><tr class=\"none\"><td><b class=\"s1\"><a "
	    "href=\"/hfr/sujet_1.htm#t10%d\" class=\"Topic\">%s a \xC3\xA9" "crit :</a></b><br><br>"
	    "<p>Le bouton reste bloqu\xC3\xA9.</p></td></tr></table>";
	static const char *const who[] = {"Anna", "Bruno", "Publicit\xC3\xA9", "Chloe", "Denis"};
	static const int quotes[] = {0, 0, 0, 1, 0}; /* Chloe quotes Bruno's post, #t101 */
	static const char *const said[] = {
	    "Mon ordinateur ne veut plus s'allumer depuis hier soir.",
	    "Je parie pour un bouton d\xC3\xA9" "fectueux, vu la description.", "",
	    "Essaie de d\xC3\xA9" "brancher le bouton et de court-circuiter les broches.",
	    "Change l'alimentation avant la carte m\xC3\xA8re, c'est moins cher."};
	char page[12288], q[512], a[64], id[32];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Le bouton "
	                 "reste bloqu\xC3\xA9</title></head><body><div id=\"mesdiscussions\">");
	for (int i = 0; i < 5; i++) {
		int ad = i == 2;
		*q = '\0';
		if (quotes[i])
			snprintf(q, sizeof q, cite, quotes[i], who[quotes[i]]);
		snprintf(a, sizeof a, ad ? "" : "<a name=\"t10%d\"></a>", i);
		snprintf(id, sizeof id, ad ? "class=\"pub\"" : "id=\"para10%d\"", i);
		n += snprintf(page + n, sizeof page - (size_t)n, post, a, who[i], i, id, q,
		              ad ? "<script>fillSlot(\"carre\");</script>" : said[i]);
	}
	snprintf(page + n, sizeof page - (size_t)n, "</div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_true(t->ncomments == 4);
	assert_string_equal(t->order[1]->posted, "11-03-2016 \xC3\xA0 14:33:35");
	assert_true(t->order[2]->body.n >= 2);
	assert_string_equal(t->order[2]->body.v[0], "> Bruno a \xC3\xA9" "crit :");
	static const char *const heads[] = {"Anna", "Bruno", "Chloe", "Denis"};
	static const unsigned depth[] = {0, 0, 1, 0};
	expect_heads(t, 4, heads, depth);
}

/* Replies as blocks of a utility-class theme, each one bold line "NAME ·
 * <span>TIME</span>" over the words, the topic's writer answering with a
 * badge "Original poster" over the line, a reply quoting a post in a box
 * titled with the quoted post's line (Mumsnet Talk): the name is the
 * words before the mark, the badge no one's name, the quoting reply one
 * level under the post its title names. */
static void test_marked_names_and_role_badge(void **state)
{
	(void)state;
	static const char *const post =
	    "<div id=\"15088%d\" class=\"relative pt-3 pb-1 px-4 border rounded-xl\" "
	    "data-reply-id=\"15088%d\"><div class=\"\"><div class=\"mt-1 relative\">%s<div "
	    "class=\"font-bold break-all\">%s &middot; <span class=\"text-sm font-normal\">"
	    "03/03/2026 19:%d5</span></div><button aria-label=\"Post options\"></button></div>%s"
	    "<div id=\"reply-body-15088%d\" class=\"post-body mt-2.5 prose\"><p>%s</p></div>"
	    "</div></div>";
	/* (StillSpartacus quotes Seaside3's post in a box under its title) */
	static const char *const quote =
	    "<div class=\"mt-4 py-2 px-4 bg-gray-200 border-l-4 rounded\"><p class=\"font-bold "
	    "break-all\">Seaside3 &middot; <span class=\"text-sm font-normal\">03/03/2026 "
	    "19:45</span></p><div class=\"post-body prose mt-4\"><div class=\"break-words\" "
	    "id=\"quoteContainer\"><p>Pulses have become my best friend.</p></div></div></div>";
	static const char *const who[] = {"keepingsanity", "FolioQuarto", "longshot",
	                                  "HattiesBag",    "Seaside3",    "StillSpartacus",
	                                  "Flooph"};
	static const char *const said[] = {
	    "Big pack of chicken thighs as a tray bake, with rice.",
	    "Jacket potatoes with cheese and beans are cheap and filling.",
	    "These are great ideas, thank you all so much for them!",
	    "A big chicken to roast, seasonal veg and roast potatoes.",
	    "Pulses have become my best friend over the last year.",
	    "I agree with pulses, they stretch the meat further.",
	    "We do sausage pasta a lot."};
	char page[12288];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Family meals"
	                 "</title></head><body><main><div id=\"original-post\" class=\"px-4 "
	                 "border rounded-xl\"><div class=\"mt-1 relative\"><div "
	                 "class=\"bg-post-label-op inline-block\">Original poster</div><div "
	                 "class=\"\"><h1 class=\"inline text-2xl font-bold\">Your favourite family "
	                 "meals</h1><div class=\"inline-block ml-1 rounded-full shadow\">60 "
	                 "replies</div></div></div><div class=\"post-body\"><p>Please list your "
	                 "cheap meals.</p></div></div><div id=\"replies\">");
	for (int i = 0; i < 7; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, post, i, i,
		              i == 2 ? "<div class=\"text-white bg-post-label-op rounded-lg px-2.5 "
		                       "text-sm\">Original poster</div>"
		                     : "",
		              who[i], i, i == 5 ? quote : "", i, said[i]);
	snprintf(page + n, sizeof page - (size_t)n, "</div></main></body></html>");
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_true(t->ncomments == 7);
	assert_string_equal(t->order[0]->posted, "03/03/2026 19:05");
	assert_string_equal(t->order[5]->body.v[0], "> Seaside3 \xC2\xB7 03/03/2026 19:45");
	static const unsigned depth[] = {0, 0, 0, 0, 0, 1, 0};
	expect_heads(t, 7, who, depth); /* (frees t) */
	/* (the badge beside the title counts the thread's replies, of which
	 * the page shows the first) */
	assert_int_equal(r.stated, 60);
	tt_import_report_free(&r);
}

/* Posts of a forum whose classes are generated (React, emotion): a
 * quotation is a box named only by its test id, "quote-container", titled
 * "<div role=link>Original post</div> by NAME" (The Student Room): the
 * quotation's title one line, the post one level under the named writer's
 * last post. */
static void test_quotation_named_by_test_id(void **state)
{
	(void)state;
	static const char *const post =
	    "<div class=\"thread-post custom-1ghp9hw\" itemProp=\"comment\" itemScope "
	    "itemType=\"https://schema.org/Comment\"><div id=\"post9950%d\" "
	    "class=\"custom-1v56b87\">"
	    "<p data-cy=\"post-number\">Reply %d</p><span itemProp=\"datePublished\" "
	    "content=\"2024-05-22T15:3%d:55+00:00\" class=\"custom-1awexsl\">1 year ago</span><div "
	    "itemProp=\"author\" itemScope itemType=\"https://schema.org/Person\" "
	    "class=\"custom-itme67\"><a href=\"/member.php?u=%d\"><span data-testid=\"username\" "
	    "itemProp=\"name\" class=\"custom-9iw13g\">%s</span></a></div></div><div "
	    "id=\"post-content9950%d\" class=\"custom-1tf135g\"><div data-testid=\"post-content\" "
	    "itemProp=\"text\" class=\"custom-fyf200\"><span>%s%s</span></div></div></div>";
	static const char *const quote =
	    "<div data-testid=\"quote-container\" class=\"custom-wopgf3\"><div "
	    "class=\"custom-b6wrti\"><span class=\"custom-11fzpae\"><div style=\"width:95%%\"><div "
	    "role=\"link\" aria-label=\"Go to original post by %s\" tabindex=\"0\" "
	    "class=\"custom-6mzbvy\">Original post</div> <!-- -->by <!-- "
	    "-->%s</div></span><div>The "
	    "quoted words of that post.</div></div></div><br/>";
	/* (the first post the topic; Quady quotes it, Rakas21 quotes Quady) */
	static const char *const who[] = {"Andrew97", "CatusStarbright", "Quady", "Gazpacho.",
	                                  "Rakas21"};
	static const int quotes[] = {-1, -1, 0, -1, 2};
	static const char *const said[] = {
	    "The election is called for the fourth of July.", "It is much sooner than expected.",
	    "The speech in the rain was a strange choice.",
	    "Fourteen years of this and now an election.", "He should have brought an umbrella."};
	char page[12288], q[1024];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>General "
	                 "election discussion</title></head><body><div itemScope "
	                 "itemType=\"https://schema.org/DiscussionForumPosting\"><h1 "
	                 "itemProp=\"headline\">General election discussion</h1>");
	for (int i = 0; i < 5; i++) {
		*q = '\0';
		if (quotes[i] >= 0)
			snprintf(q, sizeof q, quote, who[quotes[i]], who[quotes[i]]);
		n += snprintf(page + n, sizeof page - (size_t)n, post, i, i + 1, i, 100 + i, who[i],
		              i, q, said[i]);
	}
	snprintf(page + n, sizeof page - (size_t)n, "</div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_true(t->ncomments == 4);
	assert_string_equal(t->order[1]->body.v[0], "> Original post by Andrew97");
	assert_string_equal(t->order[2]->body.v[0], "> Original post by Quady");
	static const char *const heads[] = {"CatusStarbright", "Quady", "Rakas21", "Gazpacho."};
	static const unsigned depth[] = {0, 0, 1, 0};
	expect_heads(t, 4, heads, depth);
}

/* A forum's posts each a schema.org UserComments box: the day shown,
 * titled with its clock ("<span title='9:14 PM - Jul 11, 2013'>Jul 11,
 * 2013</span>") beside a hidden "<time>2013-07-11T21:14+00:00</time>"; a
 * member's second post in a row without the writer's block, its header
 * showing only the post's number "#5" (Tapatalk's phpBB): the day as
 * shown, the post the member's above it, a quotation of that member's
 * words one level under that post. */
static void test_continued_posts_and_titled_days(void **state)
{
	(void)state;
	static const char *const profile =
	    "<div class=\"post-profile-block\"><dl class=\"postprofile\"><dt "
	    "class=\"has-profile-rank has-avatar avatar-username\"><span "
	    "class=\"thread-user-name\"><a href=\"/member%d\" class=\"username-coloured\" "
	    "itemprop=\"url\"><span itemprop=\"name\">%s</span></a></span><div "
	    "class=\"user-statistics\"><span>1,342</span></div></dt></dl></div>";
	static const char *const post =
	    "<div id=\"p_3410%d\" itemscope itemtype=\"https://schema.org/UserComments\" "
	    "class=\"post postrow\">%s<div id=\"post_container3410%d\" class=\"postbody\"><div "
	    "class=\"pb1\"><p class=\"author\"><span class=\"posttime\"><span class=\"timespan\" "
	    "title=\"9:1%d PM - Jul 1%d, 2013\">Jul 1%d, 2013</span></span> <a class=\"unread\" "
	    "href=\"/t17351.html#p3410%d\" title=\"Post\"><span>#%d</span></a><time class=\"hide\" "
	    "itemprop=\"commentTime\" "
	    "datetime=\"2013-07-1%dT21:1%d+00:00\">2013-07-1%dT21:1%d+00:00"
	    "</time></p></div><div class=\"pb2\"><div itemprop=\"commentText\" class=\"content\">"
	    "%s%s</div></div></div><hr class=\"divider\"></div>";
	static const char *const quote =
	    "<blockquote><div><cite>C. Andrew Nelson wrote:</cite>Know the store first.</div>"
	    "</blockquote>";
	static const char *const who[] = {"AquaCare",         "Marn", "aquatic hoyt",
	                                  "C. Andrew Nelson", "",     "aquatic hoyt"};
	static const char *const said[] = {"What should we look for before buying a new fish?",
	                                   "Listen to your kids, they notice.",
	                                   "Make sure they have been in the store for a while.",
	                                   "Quarantine every new fish for two weeks.",
	                                   "Know the store you are buying from.",
	                                   "Good advice, thank you."};
	char page[16384], prof[512];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>What to look "
	                 "for before purchasing new fish</title></head><body><h1>What to look for "
	                 "before purchasing new fish</h1><div id=\"posts\">");
	for (int i = 0; i < 6; i++) {
		*prof = '\0';
		if (*who[i])
			snprintf(prof, sizeof prof, profile, i, who[i]);
		n += snprintf(page + n, sizeof page - (size_t)n, post, i, prof, i, i, i, i, i,
		              i + 1, i, i, i, i, i == 5 ? quote : "", said[i]);
	}
	snprintf(page + n, sizeof page - (size_t)n, "</div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_true(t->ncomments == 5);
	assert_string_equal(t->order[0]->posted, "Jul 11, 2013");
	assert_non_null(t->order[3]->author);
	static const char *const heads[] = {"Marn", "aquatic hoyt", "C. Andrew Nelson",
	                                    "C. Andrew Nelson", "aquatic hoyt"};
	static const unsigned depth[] = {0, 0, 0, 0, 1};
	expect_heads(t, 5, heads, depth);
}

/* test_phpbb_permalink_icon_byline's page; on the thread's second page
 * (its title says "Page 2") the first post is an answer like the others,
 * the topic's opening post being on the first. */
static void phpbb_icon_page(const char *post, const char *const who[], const char *const when[],
                            const char *const said[], int later)
{
	char page[16384];
	int n = snprintf(page, sizeof page,
	                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta "
	                 "name=\"generator\" content=\"phpBB\"><title>Football season - %s"
	                 "NationStates</title></head><body id=\"phpbb\"><h2><a "
	                 "href=\"./viewtopic.php?t=1\">Football season</a></h2>",
	                 later ? "Page 2 - " : "");
	for (int i = 0; i < 5; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, post, i, i, i, i, i, who[i], i, i,
		              i, i, i, i, who[i], when[i],
		              i == 4 ? "<blockquote class=\"uncited\"><div><cite>The sheep wrote:"
		                       "</cite>Money decides the league.</div></blockquote>"
		                     : "",
		              said[i], i, i);
	snprintf(page + n, sizeof page - (size_t)n, "</body></html>");
	tt_thread *t = html(page, NULL);
	size_t k = later ? 0 : 1; /* the first comment's post */
	assert_int_equal(t->ncomments, 5 - k);
	for (size_t i = 0; i < 5 - k; i++)
		assert_string_equal(t->order[i]->posted, when[i + k]);
	static const unsigned depth[] = {0, 0, 0, 0, 1};
	expect_heads(t, 5 - k, who + k, depth + k);
}

/* phpBB 3.0's prosilver (NationStates' theme): the member's card before
 * the post's body, "by NAME » TIME" opening with the permalink's icon
 * (a link showing nothing, to the post's own anchor), the time written
 * loose, and a signature linking the member's profile. */
static void test_phpbb_permalink_icon_byline(void **state)
{
	(void)state;
	static const char *const post =
	    "<div id=\"p90%d\" class=\"post bg1\"><div class=\"inner\"><dl class=\"postprofile\" "
	    "id=\"profile90%d\"><dt><a href=\"https://example.net/n%d\" title=\"View nation\"><img "
	    "src=\"/f%d.png\" class=\"forumflag\" alt=\"User avatar\"></a><br><a "
	    "href=\"./memberlist.php?mode=viewprofile&amp;u=%d\">%s</a></dt><dd><strong>Posts:"
	    "</strong> 403%d</dd><dd><strong>Founded:</strong> May 15, 2019</dd></dl><div "
	    "class=\"postbody\"><ul class=\"profile-icons\"><li class=\"quote-icon\"><a "
	    "href=\"./posting.php?mode=quote&amp;p=90%d\" title=\"Reply with quote\"><span>Reply "
	    "with quote</span></a></li></ul><h3><a href=\"#p90%d\"></a></h3><p class=\"author\"><a "
	    "href=\"./viewtopic.php?p=90%d#p90%d\"><img src=\"/icon_post_target.gif\" alt=\"Post\" "
	    "title=\"Post\"></a>by <strong><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\">"
	    "%s</a></strong> &raquo; %s </p><div class=\"content\">%s%s</div><div id=\"sig90%d\" "
	    "class=\"signature\">A nation of sheep <a href=\"./memberlist.php?mode=viewprofile&amp;"
	    "u=%d\" class=\"postlink\">Profile</a></div></div><div class=\"back2top\"><a "
	    "href=\"#wrap\" class=\"top\" title=\"Top\">Top</a></div></div></div><hr "
	    "class=\"divider\">";
	static const char *const who[] = {"Outer Armatonis", "Minoa", "Bolgano", "The Sheep",
	                                  "Minoa"};
	static const char *const when[] = {"Tue Aug 27, 2019 1:47 am", "Tue Aug 27, 2019 5:58 am",
	                                   "Wed Aug 28, 2019 11:21 am", "Thu Aug 29, 2019 5:00 am",
	                                   "Fri Aug 30, 2019 9:28 pm"};
	static const char *const said[] = {
	    "The season starts this weekend.", "Dutch league fixtures are out.",
	    "Liverpool look strong again.", "Money decides the league.",
	    "Not this year, it does not."};
	for (int later = 0; later < 2; later++)
		phpbb_icon_page(post, who, when, said, later);
}

/* A quotation titled "Le DATE NAME a écrit :", no box of its markup
 * around the name (jeuxvideo.com's), nests the post under NAME's post
 * showing that date; one titled "Le DATE :" names no one and stays where
 * it is, as does one dating a post of NAME's not on the page. Read
 * as repeated blocks, and as blocks repeated in a forum's area. */
static void said_quotation_titles(const char *area)
{
	static const char *const msg =
	    "<span id=\"post_13%d\" class=\"messageUser__anchor\"></span><div "
	    "class=\"messageUser\" "
	    "id=\"message-13%d\"><div class=\"messageUser__card\"><div "
	    "class=\"messageUser__header\"><div class=\"messageUser__profil\"><span "
	    "class=\"JvCare 45CB messageUser__label\">%s</span><div "
	    "class=\"messageUser__level\">Niveau 3%d</div><span class=\"JvCare 45CB "
	    "messageUser__date\">22 juillet 2026 à 11:3%d:12</span></div></div><div "
	    "class=\"messageUser__main\"><div class=\"messageUser__msg\">%s<p "
	    "class=\"message__noBlankline\">%s</p></div></div></div></div>";
	static const char *const who[] = {"HexenzirkeI", "Raiko_", "Shunyumi", "Hexenzirkei",
	                                  "Golem84"};
	static const char *const quoted[] = {
	    "", "",
	    "<blockquote class=\"message__blockquote\"><p class=\"message__noBlankline\">Le 22 "
	    "juillet 2026 à 11:30:12 :<br>Le cadavre commence à sentir mauvais</p></blockquote>",
	    "<blockquote class=\"message__blockquote\"><p class=\"message__noBlankline\">Le 22 "
	    "juillet 2026 à 11:31:12 raiko_ a écrit :</p><blockquote "
	    "class=\"message__blockquote\"><p class=\"message__noBlankline\">Le 22 juillet 2026 à "
	    "11:30:12 Shunyumi a écrit :<br>Il n'y a plus que des bots</p></blockquote><p "
	    "class=\"message__noBlankline\">Des bots partout</p></blockquote>",
	    /* (a post of the day before, on an earlier page: not Shunyumi's here) */
	    "<blockquote class=\"message__blockquote\"><p class=\"message__noBlankline\">Le 21 "
	    "juillet 2026 à 09:00:00 Shunyumi a écrit :</p><p>Rien à voir</p></blockquote>"};
	static const char *const said[] = {
	    "Le cadavre commence à sentir mauvais", "Des bots partout, plus de serveurs français",
	    "Il reste quelques serveurs.", "Ça expliquerait beaucoup de choses.", "Bien, bien."};
	char page[16384];
	int n =
	    snprintf(page, sizeof page,
	             "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
	             "[Blabla] Le cadeau de l'ange - Page 1200</title></head><body>%s<h1>[Blabla] "
	             "Le cadeau de l'ange</h1><div id=\"listMessages\" "
	             "class=\"container__messages\">",
	             area);
	for (int i = 0; i < 5; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, msg, i, i, who[i], i, i, quoted[i],
		              said[i]);
	snprintf(page + n, sizeof page - (size_t)n, "</div>%s</body></html>",
	         *area ? "</div>" : "");
	struct tt_import_report rep;
	tt_import_report_init(&rep, 1);
	tt_thread *t = html(page, &rep);
	assert_string_equal(rep.layout,
	                    *area ? "repeated blocks in a comment box" : "repeated blocks");
	tt_import_report_free(&rep);
	static const char *const heads[] = {"HexenzirkeI", "Raiko_", "Hexenzirkei", "Shunyumi",
	                                    "Golem84"};
	static const unsigned depth[] = {0, 0, 1, 0, 0};
	expect_heads(t, 5, heads, depth);
}

static void test_said_quotation_titles(void **state)
{
	(void)state;
	said_quotation_titles("");
	said_quotation_titles("<div id=\"page-messages-forum\" class=\"layout layout--forum\">");
}

/* An image board's thread (Futaba's): the replies a table each, a "…"
 * cell before the post's cell; its subject in bold ("無念"), then "Name"
 * and the name in bold, every post the board's default name (in a link to
 * mail "sage" in one), the date year first with its weekday and the post's
 * number after it, a picture's file line before the words in some, the
 * words in a blockquote, a line quoted by typing ">" before it. */
static void test_image_board_thread(void **state)
{
	(void)state;
	static const char *const reply =
	    "<table border=0><tr><td nowrap align=right valign=top>\xE2\x80\xA6</td><td "
	    "bgcolor=#F0E0D6>\n<input type=checkbox name=\"130423%d\" value=delete><font "
	    "color=#cc1105 size=+1><b>\xE7\x84\xA1\xE5\xBF\xB5</b></font> \nName <font "
	    "color=#117743><b>%s</b></font> 10/02/27(\xE5\x9C\x9F)%s No.130423%d <a class=del "
	    "href=\"javascript:void(0);\">del</a>&nbsp; \n%s<blockquote>%s</blockquote></td></tr>"
	    "</table>\n";
	static const char *const name[] = {
	    "<b>\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D </b>",
	    "<a href=\"mailto:sage\"><b>\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D </b></a>",
	    "<b>\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D </b>",
	    "<b>\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D </b>",
	    "<b>\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D </b>"};
	static const char *const clock[] = {"08:26:00", "08:30:13", "08:34:08", "10:03:56",
	                                    "10:28:17"};
	static const char *const file =
	    "<br> &nbsp; &nbsp; <a href=\"http://example.net/b/src/12672270%d.jpg\" "
	    "target=_blank>12672270%d.jpg</a>-(42479 B) <small>\xE3\x82\xB5\xE3\x83\xA0\xE3\x83\x8D"
	    "\xE8\xA1\xA8\xE7\xA4\xBA</small><br><a "
	    "href=\"http://example.net/b/src/12672270%d.jpg\">"
	    "<img src=\"http://example.net/b/thumb/12672270%ds.jpg\" alt=\"42479 B\"></a>";
	static const char *const words[] = {
	    "\xE3\x82\xB9\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x82\xB8", /* ストレージ */
	    "\xE4\xBF\xBA\xE3\x81\xAF<br>\xE8\xBF\xB7\xE3\x81\xA3\xE3\x81\xA6\xE3\x82\x8B", /* 俺は
	                                                                                     */
	    "&gt;_&lt;<br>\xE6\xAD\xBB\xE3\x81\xAD", /* a face typed, no quotation; 死ね */
	    "\xE3\x83\x9E\xE3\x82\xB8\xE3\x83\xAC\xE3\x82\xB9\xE3\x81\xA3\xE3\x81\xA6\xE4\xBD\x95",
	    "<font color=789922>&gt;\xE3\x83\x9E\xE3\x82\xB8\xE3\x83\xAC\xE3\x82\xB9\xE3\x81\xA3"
	    "\xE3\x81\xA6\xE4\xBD\x95</font><br>\xE3\x81\x9D\xE3\x82\x8C"}; /* >マジレスって何 それ
	                                                                     */
	char page[16384], pic[512];
	int n = snprintf(page, sizeof page,
	                 "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
	                 "charset=utf-8\"><title>\xE4\xBA\x8C\xE6\xAC\xA1\xE5\x85\x83\xE8\xA3\x8F"
	                 "</title></head><body><form action=\"futaba.php\" method=POST>"
	                 "<input type=hidden name=mode value=usrdel>\xE7\x94\xBB\xE5\x83\x8F"
	                 "\xE3\x83\x95\xE3\x82\xA1\xE3\x82\xA4\xE3\x83\xAB\xE5\x90\x8D<br>"
	                 "<input type=checkbox name=\"13042338\" value=delete><font color=#cc1105 "
	                 "size=+1><b>\xE7\x84\xA1\xE5\xBF\xB5</b></font> \nName <font "
	                 "color=#117743><b>\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D "
	                 "</b></font> 10/02/27(\xE5\x9C\x9F)08:22:14 No.13042338 \n<blockquote>"
	                 "\xE3\x81\x9D\xE3\x82\x8D\xE3\x81\x9D\xE3\x82\x8D</blockquote>");
	for (int i = 0; i < 5; i++) {
		*pic = '\0';
		if (i == 1 || i == 4)
			snprintf(pic, sizeof pic, file, i, i, i, i);
		n += snprintf(page + n, sizeof page - (size_t)n, reply, 40 + i, name[i], clock[i],
		              40 + i, pic, words[i]);
	}
	snprintf(page + n, sizeof page - (size_t)n,
	         "<input type=hidden name=mode value=usrdel>\xE3\x80\x90\xE8\xA8\x98\xE4\xBA\x8B"
	         "\xE5\x89\x8A\xE9\x99\xA4\xE3\x80\x91<input type=password name=pwd "
	         "value=\"\"><input type=submit value=\"\xE5\x89\x8A\xE9\x99\xA4\"></form>"
	         "</body></html>");
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 5);
	static const char *const first[] = {
	    "\xE3\x82\xB9\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x82\xB8",
	    "\xE4\xBF\xBA\xE3\x81\xAF\n\xE8\xBF\xB7\xE3\x81\xA3\xE3\x81\xA6\xE3\x82\x8B",
	    ">_<\n\xE6\xAD\xBB\xE3\x81\xAD",
	    "\xE3\x83\x9E\xE3\x82\xB8\xE3\x83\xAC\xE3\x82\xB9\xE3\x81\xA3\xE3\x81\xA6\xE4\xBD\x95",
	    "> \xE3\x83\x9E\xE3\x82\xB8\xE3\x83\xAC\xE3\x82\xB9\xE3\x81\xA3\xE3\x81\xA6\xE4\xBD\x95"
	    "\n\xE3\x81\x9D\xE3\x82\x8C"};
	static const unsigned depth[] = {0, 0, 0, 0, 1};
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author,
		                    "\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D");
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_true(t->order[i]->body.n >= 1);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
	assert_string_equal(t->order[0]->posted, "10/02/27(\xE5\x9C\x9F)08:26:00");
	assert_string_equal(t->order[0]->time, "2010-02-27T08:26:00");
	assert_ptr_equal(t->order[4]->parent, t->order[3]);
	tt_thread_free(t);
}

/* A widget's own box, unnamed, holding its editor in a box named
 * PREFIX-comment (a textarea, no time) and its cards beside it in a box of
 * the same prefix (Waline: div.wl-comment + div.wl-cards): the comment
 * area, though nothing around the cards says comments. */
static void test_editor_beside_cards(void **state)
{
	(void)state;
	static const char *const card =
	    "<div class=\"qz-item\" id=\"k%d\"><div class=\"qz-head\"><span class=\"qz-nick\">%s"
	    "</span> <span class=\"qz-time\">2024-03-0%d</span></div><div class=\"qz-content\"><p>%s"
	    "</p></div></div>";
	static const char *const who[] = {"Zhang", "Li", "Wu"};
	char page[8192];
	int n = snprintf(page, sizeof page,
	                 WP_HEAD "<div data-widget><div class=\"qz-comment\"><textarea "
	                         "placeholder=\"Say something\"></textarea><button>Send</button></div>"
	                         "<div class=\"qz-count\">3 comments</div><div class=\"qz-cards\">");
	for (int i = 0; i < 3; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, card, i, who[i], i + 3,
		              "Words of a comment, enough of them to be its text.");
	snprintf(page + n, sizeof page - (size_t)n, "</div></div></body></html>");
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->author ? t->order[i]->author : "", who[i]);
	tt_thread_free(t);
}

/* Answers in list items named with the comment's own class word and a
 * camel-cased word after it ("li.commentAnswer" in "li.comment"; WoltLab
 * Suite's li.commentResponse), each holding a time; the words in a
 * box named a message camel-cased after whose it is ("p.userMessage"),
 * apart from the header and the options. */
static void test_answers_named_after_comment(void **state)
{
	(void)state;
	static const char *const inner =
	    "<div class=\"box32\"><div><h3><a href=\"/user/%d\" class=\"userLink\">%s</a> <small> - "
	    "<time datetime=\"2024-03-0%dT10:00:00+01:00\">%d. März 2024, 10:00</time></small></h3>"
	    "<p class=\"userMessage\">%s</p><ul class=\"commentOptions\"><li>Melden</li></ul></div></div>";
	char a[4][1024], page[8192];
	static const char *const who[] = {"Anna", "Bert", "Cora", "Dirk"};
	for (int i = 0; i < 4; i++)
		snprintf(a[i], sizeof a[i], inner, i + 1, who[i], i + 3, i + 3,
		         "Worte eines Kommentars, genug für einen Text.");
	snprintf(page, sizeof page,
	         WP_HEAD "<section id=\"comments\"><ul class=\"commentList\"><li class=\"comment\">%s<ul "
	                 "class=\"commentAnswerList\"><li class=\"commentAnswer\">%s</li><li "
	                 "class=\"commentAnswer\">%s</li></ul></li><li class=\"comment\">%s</li></ul>"
	                 "</section></body></html>",
	         a[0], a[1], a[2], a[3]);
	tt_thread *t = html(page, NULL);
	static const unsigned depth[] = {0, 1, 1, 0};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author ? t->order[i]->author : "", who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_int_equal(t->order[i]->body.n, 1);
	}
	tt_thread_free(t);
}

/* A comment widget whose boxes all open with its long prefix (HashOver's
 * "hashover-comment", "hashover-name", "hashover-content"): the box named
 * "name" after the comment's own prefix is the name (beside "In reply to
 * NAME"), the box named "content" after it the words, apart from the
 * header and the buttons. (Here flat: the nesting is another rule's.) */
static void test_prefixed_name_and_content(void **state)
{
	(void)state;
	static const char *const box =
	    "<div id=\"pw-c%d\" class=\"pwidget-comment\"><div class=\"pwidget-header\"><span "
	    "class=\"pwidget-name\">%s</span>%s</div><div class=\"pwidget-balloon\"><div "
	    "class=\"pwidget-content\"><p>%s</p></div><div class=\"pwidget-footer\"><span "
	    "class=\"pwidget-date\"><a href=\"#pw-c%d\">March %d, 2024 at 10:15 am</a></span> <a "
	    "href=\"#\">Like</a> <a href=\"#\">Reply</a></div></div>%s</div>";
	char a2[1024], a1[1024], a3[1024], page[8192];
	snprintf(a1, sizeof a1, box, 1, "Al", "", "First words of the thread.", 1, 3, "");
	snprintf(a2, sizeof a2, box, 2, "Bea", "<a href=\"#pw-c1\">In reply to Al</a>",
	         "Second words, an answer.", 2, 4, "");
	snprintf(a3, sizeof a3, box, 3, "Cy", "", "Third words, on their own.", 3, 5, "");
	snprintf(page, sizeof page, WP_HEAD "<div id=\"comments\">%s%s%s</div></body></html>", a1,
	         a2, a3);
	tt_thread *t = html(page, NULL);
	static const char *const who[] = {"Al", "Bea", "Cy"};
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author ? t->order[i]->author : "", who[i]);
		assert_int_equal(t->order[i]->body.n, 1);
	}
	tt_thread_free(t);
}

/* Round 23's headers (abclinuxu.cz's shape, old forums' and discussion
 * boards'): a header box (time, name, the comment's title) written before
 * the comment's text box, numbered by its id, side by side; answers as
 * pairs inside the text box. Names as links and written loose, before or
 * after the time; times in three forms; each comment's title its first
 * paragraph. */
static void test_round23_headers(void **state)
{
	(void)state;
	struct tt_import_report r;
#define HEAD(n, line, title) "<div class=\"head\" id=\"" n "\">" line "<br>" title "</div>"
#define BOX(n, text, answers)                                                                      \
	"<div id=\"msg" n "\" class=\"box\"><div class=\"txt\">" text "</div><div class=\"indent\">" \
	answers "</div></div>"
	const char *page =
	    "<html><body>" ARTICLE_P "<h3>Diskussion</h3>" HEAD(
	        "1", "12.03.2015 19:34 <a href=\"/u/anna\">anna</a> | Beitr\xc3\xa4ge: 12",
	        "Re: Kuchen") BOX("1", "Mit Quark statt Schmand geht es auch.",
	                          HEAD("2", "12.03.2015 20:01 Bernd Loose", "Re: Kuchen")
	                              BOX("2", "Quark macht ihn trockener.", ""))
	        HEAD("3", "March 13, 2015 at 7:34 pm <a href=\"/u/carl\">carl</a>", "Mandarinen")
	            BOX("3", "Frische Mandarinen zerfallen im Ofen.", "")
	                HEAD("4", "<a href=\"/u/dora\">dora</a> 2015-03-14 08:15", "Noch eine Frage")
	                    BOX("4", "Wie lange backt er?", "") "</body></html>";
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(t->ncomments, 4);
	static const char *const who[] = {"anna", "Bernd Loose", "carl", "dora"};
	static const char *const when[] = {"12.03.2015 19:34", "12.03.2015 20:01",
	                                   "March 13, 2015 at 7:34 pm", "2015-03-14 08:15"};
	static const char *const title[] = {"Re: Kuchen", "Re: Kuchen", "Mandarinen",
	                                    "Noch eine Frage"};
	static const char *const words[] = {"Mit Quark statt Schmand geht es auch.",
	                                    "Quark macht ihn trockener.",
	                                    "Frische Mandarinen zerfallen im Ofen.", "Wie lange backt er?"};
	for (size_t i = 0; i < 4; i++) {
		const tt_comment *c = t->order[i];
		assert_non_null(c->author);
		assert_string_equal(c->author, who[i]);
		assert_non_null(c->posted);
		assert_string_equal(c->posted, when[i]);
		assert_int_equal(c->body.n, 2); /* the title, the text: no header line */
		assert_string_equal(c->body.v[0], title[i]);
		assert_string_equal(c->body.v[1], words[i]);
	}
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_null(t->order[0]->parent);
	assert_null(t->order[2]->parent);
	assert_null(t->order[3]->parent);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef HEAD
#undef BOX
	/* To Vima's shape: the list beside the form's fields, both in the box
	 * named the comment form; a comment with answers written in a box named
	 * "reply" (its title, time, text and name); the time after a bar; a
	 * sidebar's teaser linking another article's comments ("22"). */
#define ITEM(box, title, when, text, name, more)                                                   \
	"<div class=\"post_comment\"><div class=\"" box "\"><div class=\"post_comment_title\">" title     \
	"<span class=\"datetime\"> | " when "</span></div><div class=\"post_comment_text\">" text       \
	"</div><div class=\"post_comment_owner\"><div class=\"post_comment_name\">" name                 \
	"</div></div>" more "</div></div>"
	const char *form =
	    "<html><head><link rel=\"canonical\" href=\"/news/article/?aid=100\"></head><body>" ARTICLE_P
	    "<div id=\"commentForm\"><div class=\"post_comments\"><div class=\"post_comments_form\">"
	    "<label>Ihr Kommentar</label><textarea id=\"msg\"></textarea><input type=\"text\" "
	    "id=\"name\"><div class=\"note\">Bitte bleiben Sie sachlich.</div></div><div class=\"list\">" ITEM(
	        "post_comment_depth", "Erster", "09/09/2011 09:55", "Der Kuchen ist wirklich gut.", "Anna",
	        "") ITEM("reply", "Zweiter", "08/09/2011 22:36", "Mit Quark wird er besser.", "Bert",
	                 "<div class=\"post_comment_more\">" ITEM(
	                     "reply", "Antwort", "09/09/2011 06:14", "Mit Quark wird er trocken.", "Carl",
	                     "") "</div>") "</div></div></div><div class=\"sidebar-list\"><div "
	                                   "class=\"teaser\"><a href=\"/news/article/?aid=200\">Ein "
	                                   "anderer Artikel</a><div class=\"comments\"><a "
	                                   "href=\"/news/article/?aid=200&amp;h1=true#commentForm\">22"
	                                   "</a></div></div></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(form, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, -1); /* not the other article's 22 */
	static const char *const fwho[] = {"Anna", "Bert", "Carl"};
	static const char *const fwhen[] = {"09/09/2011 09:55", "08/09/2011 22:36", "09/09/2011 06:14"};
	static const char *const fwords[] = {"Der Kuchen ist wirklich gut.", "Mit Quark wird er besser.",
	                                     "Mit Quark wird er trocken."};
	for (size_t i = 0; i < 3; i++) {
		const tt_comment *c = t->order[i];
		assert_non_null(c->author);
		assert_string_equal(c->author, fwho[i]);
		assert_string_equal(c->posted, fwhen[i]);
		assert_int_equal(c->body.n, 2);
		assert_string_equal(c->body.v[1], fwords[i]);
	}
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef ITEM
	/* The header box inside the comment's box, nothing in it named: the
	 * title on a line of its own, then the name and the time, the name
	 * loose before a whole date or a link after "DATE by". */
#define ENTRY(n, title, line, text)                                                                \
	"<div id=\"comment" n "\" class=\"entry\"><div class=\"top\">" title "<br>" line               \
	"</div><div class=\"txt\">" text "</div></div>"
	const char *inside =
	    "<html><body>" ARTICLE_P ENTRY(
	        "1", "Re: Kuchen", "<a href=\"/u/anna\">anna</a> 12.03.2015 19:34",
	        "Mit Quark statt Schmand geht es auch.") ENTRY("2", "Quark?",
	                                                       "Bernd Loose 12.03.2015 20:01",
	                                                       "Quark macht ihn trockener.")
	        ENTRY("3", "Mandarinen", "March 13, 2015 at 7:34 pm by <a href=\"/u/carl\">carl</a>",
	              "Frische Mandarinen zerfallen im Ofen.") "</body></html>";
	tt_import_report_init(&r, 0);
	t = html(inside, &r);
	assert_int_equal(t->ncomments, 3);
	static const char *const iwho[] = {"anna", "Bernd Loose", "carl"};
	static const char *const iwhen[] = {"12.03.2015 19:34", "12.03.2015 20:01",
	                                    "March 13, 2015 at 7:34 pm"};
	static const char *const ititle[] = {"Re: Kuchen", "Quark?", "Mandarinen"};
	for (size_t i = 0; i < 3; i++) {
		const tt_comment *c = t->order[i];
		assert_non_null(c->author);
		assert_string_equal(c->author, iwho[i]);
		assert_non_null(c->posted);
		assert_string_equal(c->posted, iwhen[i]);
		assert_int_equal(c->body.n, 2);
		assert_string_equal(c->body.v[0], ititle[i]);
	}
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef ENTRY
}

/* Round 23's layouts (tests/data/html/round23), worked on since round 24
 * was chosen: each a small page of our own in the shape a rule reads. */
static void test_round23_layouts(void **state)
{
	(void)state;
	static const unsigned flat4[] = {0, 0, 0, 0};
	/* An age hedged ("about a minute ago", "vor etwa 2 Stunden") is a time
	 * as the same age without the hedge: the blocks showing one are
	 * comments as those showing "47 seconds ago" are. */
#define R23_AGE(who, when, text)                                                                    \
	"<li><div class=\"cmt-item\"><cite><a href=\"http://people.example/" who "\"><strong>" who     \
	"</strong></a> <span class=\"cmt-stamp\"><abbr>" when "</abbr></span></cite><blockquote "      \
	"class=\"cmt-text\">" text "</blockquote></div></li>"
	const char *aged =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><ul>" R23_AGE(
	        "wren", "47 seconds ago", "He was an inspiration to many of us.")
	        R23_AGE("ayeaye", "about a minute ago", "From a more informative piece.")
	            R23_AGE("lark", "vor etwa 2 Stunden", "Ein großer Verlust für alle.")
	                R23_AGE("kite", "about an hour ago", "we love you") "</ul></div></body></html>";
	static const char *const aged_names[] = {"wren", "ayeaye", "lark", "kite"};
	tt_thread *t = html(aged, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[1]->posted, "about a minute ago");
	expect_heads(t, 4, aged_names, flat4);

	/* A link acting on the page (a rating box's "Flag as Offensive", a
	 * script's "Melden") is never the name, though it come first in each
	 * block; and a member's name linked, a guest's not, is one template. */
#define R23_FLAG(flag, who, when, text)                                                             \
	"<div class=\"shell\"><div class=\"entry odd\"><div class=\"rating\"><a class=\"up\" "          \
	"href=\"#\"><span>0</span></a><div class=\"clear\">" flag "</div></div><b>" who "</b> "       \
	"<span class=\"smaller\">on <a href=\"http://site.example/c/1\">" when "</a> said:</span><div " \
	"class=\"entry-text\">" text "</div><div class=\"replies\"></div></div></div>"
	const char *flagged =
	    "<html><body>" ARTICLE_P "<div id=\"talk\"><div class=\"inner\">" R23_FLAG(
	        "<a href=\"#\">Flag as Offensive</a>", "tern", "Sep 21, 3:29 PM",
	        "buy the dips, they said, and so I did.")
	        R23_FLAG("<a href=\"#\">Flag as Offensive</a>", "zorba the meek", "Sep 21, 3:38 PM",
	                 "the average souvlaki on the street costs more now.")
	            R23_FLAG("<a href=\"javascript:void(0)\">Melden</a>",
	                     "<a href=\"/commenter?id=4d\">marktheshark</a>", "Sep 21, 4:23 PM",
	                     "Greece will blow up right after the next election.")
	                R23_FLAG("<a href=\"#\">Flag as Offensive</a>", "Jamie Sims",
	                         "Sep 22, 5:00 AM", "Why is it the rich still got away?")
	                    "</div></div></body></html>";
	static const char *const flag_names[] = {"tern", "zorba the meek", "marktheshark",
	                                         "Jamie Sims"};
	expect_heads(html(flagged, NULL), 4, flag_names, flat4);

	/* The same in a comment box read by its class: a link to a page of its
	 * own showing an action's words ("Zgłoś", "Report abuse") heads the
	 * box, the name after it loose in a bold. */
#define R23_REPORT(tool, who, when, text)                                                          \
	"<div class=\"comment\"><div class=\"tools\"><a href=\"/report?c=1\">" tool "</a></div><b>" who \
	"</b> <span class=\"date\">" when "</span><div class=\"comment-text\">" text "</div></div>"
	const char *reported =
	    "<html><body>" ARTICLE_P "<div id=\"comments\">" R23_REPORT(
	        "Zg\xC5\x82o\xC5\x9B", "Jamie Sims", "Sep 22, 2011 5:00 AM",
	        "Why is it the rich still got away?")
	        R23_REPORT("Report abuse", "tern", "Sep 22, 2011 6:00 AM", "buy the dips, they said.")
	            "</div></body></html>";
	static const char *const report_names[] = {"Jamie Sims", "tern"};
	expect_heads(html(reported, NULL), 2, report_names, flat4);

	/* A comment whose text opens with a line linking an earlier comment (a
	 * permalink ending in the number its box's id ends in, or an anchor)
	 * answers it, where words of replying stand right before the link
	 * ("Response to", "Antwort an") or the link comes first and names the
	 * comment's writer; a link after other words answers no one. A
	 * moderator's notice in a comment's place ("This comment was removed by
	 * a moderator...", "Este comentario ha sido eliminado") makes it a
	 * placeholder: no name, no words, its time kept. A menu's item named
	 * "comment" holding only a link is no comment. */
#define R23_GUARD(id, who, when, text)                                                             \
	"<ul class=\"comment b2\" id=\"comment-" id "\"><li class=\"comment-author\"><div "            \
	"class=\"profile\"><a href=\"http://site.example/discussion/user/" who "\">" who "</a><p "     \
	"class=\"date\">" when "</p></div><div class=\"comment-body\">" text "</div></li><li "         \
	"class=\"comment-tools\"><a href=\"http://site.example/discussion/comment-permalink/" id      \
	"\">Link</a></li></ul>"
#define R23_LINK(id, words)                                                                        \
	"<a href=\"http://site.example/discussion/comment-permalink/" id "\">" words "</a>"
	const char *guard =
	    "<html><body><ul class=\"nav\"><li class=\"news\"><a href=\"/world\">World</a></li><li "
	    "class=\"comment\">\n\t\t\t\t<a href=\"/commentisfree\">Comment</a>\n\t\t\t\t</li><li "
	    "class=\"culture\"><a href=\"/culture\">Culture</a></li></ul>" ARTICLE_P
	    "<div id=\"discussion-comments\">" R23_GUARD("1101", "Ada", "18 November 2011 11:26PM",
	                                                 "<p>That is Kristen Wiig? Not so.</p>")
	        R23_GUARD("1102", "Offender", "18 November 2011 11:31PM",
	                  "<p class=\"moderated\">This comment was removed by a moderator because it "
	                  "didn't abide by our <a href=\"/standards\">community standards</a>.</p>")
	            R23_GUARD("1103", "Bea", "18 November 2011 11:38PM",
	                      "<strong>Response to " R23_LINK("1102", "Offender, 18 November 2011 11:31PM")
	                      "</strong><p>Using actor is an established custom.</p>")
	                R23_GUARD("1104", "Cid", "19 November 2011 2:10AM",
	                          "<strong>Antwort an " R23_LINK("1103", "Bea, 18 November 2011 11:38PM")
	                          "</strong><p>Stimmt nicht ganz.</p>")
	                    R23_GUARD("1105", "Dee", "19 November 2011 3:00AM",
	                              "<p>I agree with " R23_LINK("1101", "Ada") " on this.</p>")
	                        R23_GUARD("1106", "Eli", "19 November 2011 3:05AM",
	                                  "<p>" R23_LINK("1101", "Ada") ", well put.</p>")
	                            R23_GUARD("1107", "Fay", "19 November 2011 4:00AM",
	                                      "<p>Este comentario ha sido eliminado por un "
	                                      "moderador.</p>")
	                                "</div></body></html>";
	t = html(guard, NULL);
	assert_int_equal(t->ncomments, 7);
	static const char *const guard_names[] = {"Ada", "Eli", NULL, "Bea", "Cid", "Dee", NULL};
	static const unsigned guard_depths[] = {0, 1, 0, 1, 2, 0, 0};
	for (size_t i = 0; i < 7; i++) {
		const tt_comment *c = t->order[i];
		if (guard_names[i]) {
			assert_non_null(c->author);
			assert_string_equal(c->author, guard_names[i]);
			assert_false(c->flags & TT_C_DELETED);
		} else {
			assert_null(c->author);
			assert_int_equal(c->body.n, 0);
			assert_true(c->flags & TT_C_DELETED);
			assert_non_null(c->posted);
		}
		assert_int_equal(c->depth, guard_depths[i]);
	}
	assert_string_equal(t->order[2]->posted, "18 November 2011 11:31PM");
	tt_thread_free(t);
}

/* Round 23's quotations, times and buttons (tests/data/html/round23),
 * worked on: each rule on a small page of our own, in a shape of its own
 * (class names no page of the round uses). */
#define R23_POST(id, who, when, text)                                                              \
	"<div class=\"post\" id=\"post-" id "\"><span class=\"author\">" who "</span> <span "      \
	"class=\"date\">" when "</span><div class=\"words\">" text "</div></div>"
static void test_round23_quotes_times(void **state)
{
	(void)state;
	/* A short line ending in a colon in a box of its own right before a
	 * quotation is the quotation's title, in any language and any box; a
	 * writer's own paragraph leading into one stays theirs. */
	const char *quotes = "<html><body>" ARTICLE_P "<div id=\"comments\">" R23_POST(
	    "1", "Anna", "3.2.2014 10:00", "Der Kuchen ist zu suess geraten.")
	    R23_POST("2", "Ben", "3.2.2014 11:00",
	             "Na ja. <b>Zitat von Anna:</b><blockquote>Der Kuchen ist zu "
	             "suess.</blockquote>Weniger Zucker hilft.")
	        R23_POST("3", "Cleo", "3.2.2014 12:00",
	                 "<div class=\"qhead\">Ben написал:</div><blockquote>Weniger Zucker "
	                 "hilft.</blockquote>Stimmt.")
	            R23_POST("4", "Dora", "3.2.2014 13:00",
	                     "<p>Auch hier :</p><blockquote>Weniger "
	                     "Zucker.</blockquote><p>Nein.</p>") "</div></body></html>";
	tt_thread *t = html(quotes, NULL);
	assert_int_equal(t->ncomments, 4);
	static const char *const ben[] = {
	    "Na ja.", "> Zitat von Anna:", "> Der Kuchen ist zu suess.", "Weniger Zucker hilft."};
	assert_int_equal(t->order[1]->body.n, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[1]->body.v[i], ben[i]);
	assert_int_equal(t->order[2]->body.n, 3);
	assert_string_equal(t->order[2]->body.v[0], "> Ben написал:");
	assert_string_equal(t->order[3]->body.v[0], "Auch hier :");
	tt_thread_free(t);

	/* A time named by microdata (commentTime) or by the microformats'
	 * <abbr title=ISO>, in a box whose class names no date ("rodape"),
	 * after the text: the time, and its text as shown. */
#define R23_MICRO(who, when, text)                                                                 \
	"<li itemscope itemtype=\"http://schema.org/UserComments\"><strong itemprop=\"name\">" who \
	"</strong><p itemprop=\"commentText\">" text "</p><div class=\"rodape\">\n<abbr "          \
	"itemprop=\"commentTime\" title=\"" when "\">" when "</abbr>\n</div></li>"
	const char *micro = "<html><body>" ARTICLE_P "<ul class=\"lista\">" R23_MICRO(
	    "Olga", "2014-12-27T10:12:48", "Espero que volte logo.")
	    R23_MICRO("Rui", "2014-12-26T19:15:52", "Boa sorte ao jogador.") "</ul></body></html>";
	t = html(micro, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->posted ? t->order[0]->posted : "", "2014-12-27T10:12:48");
	assert_string_equal(t->order[0]->time ? t->order[0]->time : "", "2014-12-27T10:12:48");
	assert_string_equal(t->order[1]->time ? t->order[1]->time : "", "2014-12-26T19:15:52");
	tt_thread_free(t);
#define R23_ABBR(who, iso, when, text)                                                             \
	"<div class=\"post\"><span class=\"author\">" who "</span><div class=\"words\">" text      \
	"</div><div class=\"rodape\">\n<abbr title=\"" iso "\">" when "</abbr>\n</div></div>"
	const char *abbr = "<html><body>" ARTICLE_P "<div id=\"comments\">" R23_ABBR(
	    "Anna", "2015-03-04T08:09", "4. März, 08:09", "Sehr lecker.")
	    R23_ABBR("Ben", "2015-03-05T09:10", "5. März, 09:10",
	             "Zu viel Zucker.") "</div></body></html>";
	t = html(abbr, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->posted ? t->order[0]->posted : "", "4. März, 08:09");
	assert_string_equal(t->order[0]->time ? t->order[0]->time : "", "2015-03-04T08:09");
	assert_string_equal(t->order[1]->time ? t->order[1]->time : "", "2015-03-05T09:10");
	tt_thread_free(t);

	/* A comment's text neither opens nor closes with a row of actions
	 * (links going nowhere or to an anchor, buttons, three short words each;
	 * a vote bar's question and counts beside them), in any language; the
	 * writer's own links to other pages stay, and so does a row amid the
	 * words. */
#define R23_ACTS(n, who, text)                                                                     \
	"<div class=\"comment\" id=\"c" n "\"><header><p><i class=\"userName\">" who               \
	"</i> - <time "                                                                            \
	"datetime=\"2013-05-0" n "T10:00\">0" n ".05.2013 (10:00)</time></p><p><a "                \
	"href=\"/page?report=" n "#abuse" n "\">Signaler</a> <a href=\"#\">Lien</a> <a "           \
	"href=\"#\">Partager</a></p></header><div class=\"texte\"><p>" text                        \
	"</p></div><footer><span>"                                                                 \
	"Utile ?</span> <span>0</span> <a href=\"#ajax\">Oui</a> <a href=\"#ajax\">Non</a> "       \
	"<span>0</span> <a href=\"/page#thread" n "\">Répondre</a></footer></div>"
	const char *acts =
	    "<html><body>" ARTICLE_P
	    "<div id=\"comments\">" R23_ACTS("1", "Anne", "Bon gâteau, merci pour la recette.")
	        R23_ACTS("2", "Paul",
	                 "Voir <a href=\"http://a.example/x\">ici</a> et <a "
	                 "href=\"http://b.example/y\">là</a>")
	            R23_ACTS("3", "Léa",
	                     "Trop sucré.</p><p><a href=\"#a\">Oui</a> <a "
	                     "href=\"#b\">Non</a></p><p>Mais bon.") "</div></body></html>";
	t = html(acts, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Bon gâteau, merci pour la recette.");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0],
	                    "Voir ici (http://a.example/x) et là (http://b.example/y)");
	static const char *const lea[] = {"Trop sucré.", "Oui Non", "Mais bon."};
	assert_int_equal(t->order[2]->body.n, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[2]->body.v[i], lea[i]);
	tt_thread_free(t);
	/* ...links to other pages too, when their words name actions. */
#define R23_TOOLS(id)                                                                               \
	"</p><div class=\"tools\"><a href=\"/reply?id=" id "\">Antworten</a> | <a "                   \
	"href=\"/report?id=" id "\">Melden</a></div><p>"
	const char *tools =
	    "<html><body>" ARTICLE_P "<div id=\"comments\">" R23_POST(
	        "1", "Anna", "3.2.2014 10:00", "<p>Sehr lecker." R23_TOOLS("1") "</p>")
	        R23_POST("2", "Ben", "3.2.2014 11:00", "<p>Zu suess." R23_TOOLS("2") "</p>")
	            "</div></body></html>";
	t = html(tools, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Zu suess.");
	assert_int_equal(t->order[1]->body.n, 1);
	tt_thread_free(t);
}

/* Worked-on rounds' last misses, round 24's cycle (doc/import.md): each
 * page is read by a rule of structure that it fails without. */
#define WR_ITEM(id, who, text)                                                                     \
	"<li id=\"comment-" id "\" class=\"comment depth-1\"><article class=\"comment-body\">"     \
	"<footer><b class=\"fn\">" who "</b> <time datetime=\"2021-05-0" id                        \
	"T10:00\">May " id ", 2021</time></footer><div class=\"comment-content\">" text              \
	"</div></article></li>"
static void test_worked_rounds_rest23(void **state)
{
	(void)state;
	/* A count in the headline's box that links the list ("7 COMMENTS")
	 * gives way to the list's own box naming its count. */
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html("<html><body>" ARTICLE_P "<div class=\"comments-count-container\">"
	                    "<a class=\"comments_header\" href=\"#comments\">7 COMMENTS</a></div>"
	                    "<div id=\"comments\"><div class=\"list-comment-count\"><span>3 comments"
	                    "</span></div><ol class=\"commentlist\">" WR_ITEM("1", "Ann", "<p>One.</p>")
	                        WR_ITEM("2", "Bob", "<p>Two.</p>") WR_ITEM("3", "Cid", "<p>Three.</p>")
	                            "</ol></div></body></html>",
	                    &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Under the text, a row of buttons whose words are numbers (votes
	 * for and against) and a box the markup names a signature: neither
	 * is the comment's words. A number written as the text stays. */
	t = html("<html><body>" ARTICLE_P "<ol class=\"commentlist\">" WR_ITEM(
	             "1", "Ann",
	             "<p>One.</p><div class=\"votes\"><a href=\"#\">reply</a><a href=\"#\">3</a>"
	             "<a href=\"#\">0</a></div>") WR_ITEM("2", "Bob",
	                                               "<p>Two.</p><div class=\"signature\">-- "
	                                               "<a href=\"https://example.org\">Bob's "
	                                               "garage</a> | open daily</div>")
	             WR_ITEM("3", "Cid", "<p>42</p>") "</ol></body></html>",
	         NULL);
	static const char *const last[] = {"One.", "Two.", "42"};
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->body.n, 1);
		assert_string_equal(t->order[i]->body.v[0], last[i]);
	}
	tt_thread_free(t);

	/* The writer's card, a box of a comment's shape alone before the
	 * comments and showing no time, is no comment; the comments after it
	 * are read. */
#define WR_CARD_COMMENT(who, when, text)                                                           \
	"<div class=\"comment\"><a class=\"author\" href=\"/users/" who "\">" who "</a><div "       \
	"class=\"meta\"><time datetime=\"2024-05-1" when "T10:00\">May 1" when "</time></div>"     \
	"<div class=\"text\">" text "</div></div>"
	t = html("<html><body>" ARTICLE_P "<div class=\"ui comments\"><div class=\"comment\"><a "
	         "class=\"author\" href=\"/users/ann\">Ann</a><div class=\"text\">Dreams and "
	         "horses</div></div></div><div class=\"comments-feed\">" WR_CARD_COMMENT(
	             "Bob", "3", "First comment.") WR_CARD_COMMENT("Cid", "4", "Second comment.")
	             WR_CARD_COMMENT("Dee", "5", "Third comment.") "</div></body></html>",
	         NULL);
	static const char *const feed[] = {"Bob", "Cid", "Dee"};
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->author, feed[i]);
	tt_thread_free(t);
#undef WR_CARD_COMMENT

	/* Answers found as repeated blocks, and before them a comment on the
	 * question alone in its list, numbered "comment-N": read first. */
#define WR_BLOCK(i, who, w)                                                                        \
	"<div class=\"item\" id=\"p-" i "\"><div class=\"meta\"><a href=\"/u/" who "\">" who         \
	"</a> wrote " i " years ago</div><div class=\"content\"><p>" w                              \
	" words of the reply here.</p></div></div>"
	t = html("<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer "
	         "einen Kuchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p><div "
	         "class=\"notes\"><div class=\"note-comment\" id=\"comment-7\"><div "
	         "class=\"note-comment-meta\"><a href=\"/u/Dee\">Dee</a> replied 4 years ago</div>"
	         "<p>Looks fine.</p></div></div></article><div class=\"list\">" WR_BLOCK(
	             "1", "Ann", "First") WR_BLOCK("2", "Bob", "Second") WR_BLOCK("3", "Cid", "Third")
	             "</div></body></html>",
	         NULL);
	static const char *const asked[] = {"Dee", "Ann", "Bob", "Cid"};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[i]->author, asked[i]);
	assert_string_equal(t->order[0]->body.v[0], "Looks fine.");
	tt_thread_free(t);
#undef WR_BLOCK

	/* Blocks with no class naming what they are: a badge ("TS") before the
	 * name on some of them and not on others, and the first, showing the
	 * page's title in a box of its own, the thread's opening post. */
#define WR_POST(badge, who, when, title, text)                                                     \
	"<div><div class=\"w-full bg-white\"><div class=\"flex px-4\"><div class=\"flex gap-2\"><div " \
	"class=\"flex gap-1\">" badge "<div class=\"font-medium\">" who "</div></div><time "          \
	"class=\"text-xs\">" when "</time></div><a href=\"/show_post/" who "\">#</a></div>" title     \
	"<div class=\"w-full px-4\"><div class=\"break-words\">" text "</div></div></div></div>"
#define WR_TS "<span class=\"badge\">TS</span>"
	t = html("<html><head><title>Toys for the children of the town | FORUM</title></head><body>"
	         "<main><div class=\"relative\">" WR_POST(
	             WR_TS, "ann", "12-03-2024 20:23",
	             "<div class=\"text-lg\"><div>Toys for the children of the town</div></div>",
	             "We gather parents and children to swap the toys they no longer play with.")
	             WR_POST(WR_TS, "ann", "12-03-2024 20:34", "",
	                     "I was tired of seeing piles of forgotten toys, so here we are.")
	                 WR_POST("", "bob", "23-03-2024 12:15", "",
	                         "If there is an address, please post it: my nephews have toys.")
	                     "</div></main></body></html>",
	         NULL);
	static const char *const posters[] = {"ann", "bob"};
	assert_int_equal(t->ncomments, 2);
	for (size_t i = 0; i < 2; i++)
		assert_string_equal(t->order[i]->author, posters[i]);
	assert_string_equal(t->order[0]->body.v[0],
	                    "I was tired of seeing piles of forgotten toys, so here we are.");
	tt_thread_free(t);
#undef WR_TS
#undef WR_POST
}
#undef WR_ITEM

/* Round 24's layouts (tests/data/html/round24), worked on since round 25
 * was chosen (Newsvine's and Baidu Tieba's shapes): each a small page of
 * our own in the shape a rule reads, and one of another site's shape. */
static void test_round24_layouts_a(void **state)
{
	(void)state;
	/* A thread's box holding a pager and the comments, its first class
	 * word theirs, has no time but theirs: it is their list, not a comment
	 * around them all; and a permalink's "#N" label before the time is no
	 * part of it. */
#define R24_PAGER                                                                                  \
	"<div class=\"box nav\"><span>Jump to discussion page:</span> <b>1</b> <a "                 \
	"href=\"?sp=25\">2</a> <a href=\"?sp=50\">3</a></div>"
#define R24_VINE(id, num, who, when, text, answers)                                                \
	"<div class=\"box note\" id=\"c" id "\"><div class=\"user\"><a href=\"http://" who             \
	".example/\">" who "</a></div><div class=\"body\"><p>" text "</p><span class=\"cdate\"><a " \
	"href=\"#c" id "\">#" num "</a> - " when "</span>" answers "</div></div>"
	const char *vine =
	    "<html><body>" ARTICLE_P "<div class=\"discussion\"><div class=\"box thread\">" R24_PAGER
	    R24_VINE("1", "1", "deb", "Mon Jan 16, 2012 4:32 PM EST", "No big deal for them.",
	             R24_VINE("2", "1.1", "newt", "Mon Jan 16, 2012 5:23 PM EST",
	                      "Let the states do it then.", "")
	                 R24_VINE("3", "1.2", "robert", "Mon Jan 16, 2012 5:50 PM EST",
	                          "Not a worthy charity.", ""))
	        R24_VINE("4", "2", "ourdoc", "Mon Jan 16, 2012 7:09 PM EST", "Give it back?", "")
	            R24_PAGER "</div></div></body></html>";
	static const char *const vine_names[] = {"deb", "newt", "robert", "ourdoc"};
	static const unsigned vine_depths[] = {0, 1, 1, 0};
	tt_thread *t = html(vine, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[1]->posted, "Mon Jan 16, 2012 5:23 PM EST");
	assert_string_equal(t->order[3]->posted, "Mon Jan 16, 2012 7:09 PM EST");
	expect_heads(t, 4, vine_names, vine_depths);
	/* An answer of the comments' kind showing only the member's name and
	 * "Deleted", no time, no text, keeps its place as a placeholder, not
	 * as words of the comment before it; "Usunięty" the same. */
#define R24_GONE(id, who, status)                                                                  \
	"<div class=\"box note\" id=\"c" id "\"><div class=\"user\"><a href=\"http://" who         \
	".example/\">" who "</a><span class=\"via\">via Facebook</span><span class=\"state\">" status  \
	"</span></div><div><div></div></div></div>"
	const char *gone =
	    "<html><body>" ARTICLE_P "<div class=\"discussion\"><div class=\"box thread\">" R24_PAGER
	    R24_VINE("1", "1", "deb", "Mon Jan 16, 2012 4:32 PM EST", "No big deal for them.",
	             R24_VINE("2", "1.1", "newt", "Mon Jan 16, 2012 5:23 PM EST",
	                      "Let the states do it then.", "") R24_GONE("3", "demi", "Deleted")
	                 R24_GONE("4", "ola", "Usunięty"))
	        R24_VINE("5", "2", "ourdoc", "Mon Jan 16, 2012 7:09 PM EST", "Give it back?", "")
	            "</div></div></body></html>";
	t = html(gone, NULL);
	assert_int_equal(t->ncomments, 5);
	assert_string_equal(t->order[0]->body.v[t->order[0]->body.n - 1], "No big deal for them.");
	for (size_t i = 2; i < 4; i++) {
		assert_null(t->order[i]->author);
		assert_int_equal(t->order[i]->body.n, 0);
		assert_true(t->order[i]->flags & TT_C_DELETED);
		assert_int_equal(t->order[i]->depth, 1);
	}
	assert_string_equal(t->order[4]->author, "ourdoc");
	tt_thread_free(t);
	/* The same in another site's shape: sections, a Polish pager with
	 * "następna", the number after a bar before a day-first date. */
#define R24_PL(id, num, who, when, text, answers)                                                  \
	"<section class=\"mod wpis\" id=\"k" id "\"><h4 class=\"nick\">" who "</h4><div "          \
	"class=\"tresc\">" text "</div><p class=\"wpis-date\"><a href=\"#k" id "\">#" num "</a> | " when \
	"</p>" answers "</section>"
	const char *pl =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><section class=\"mod lista\"><p "
	    "class=\"mod strony\">Strona: <b>1</b> <a href=\"?s=2\">2</a> <a "
	    "href=\"?s=2\">następna</a></p>" R24_PL("1", "1", "kasia", "12.01.2012 14:05",
	                                            "Zgadzam się z autorem w całości.",
	                                            R24_PL("2", "1.1", "marek", "12.01.2012 15:10",
	                                                   "A ja nie, to przesada.", ""))
	        R24_PL("3", "2", "ola", "13.01.2012 08:00", "Dobry tekst, dziękuję.", "")
	            "</section></div></body></html>";
	static const char *const pl_names[] = {"kasia", "marek", "ola"};
	static const unsigned pl_depths[] = {0, 1, 0};
	t = html(pl, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "12.01.2012 15:10");
	expect_heads(t, 3, pl_names, pl_depths);

	/* A forum thread under its title's heading: the first post is the
	 * topic; the name is the link beside the avatar, not the client's
	 * link in the time's row; a box the page hides is no text; a list of
	 * small posts ("NAME: TEXT", then the time) inside a post answers it,
	 * the separator after the name no word of the answer. */
#define R24_FLOOR(uid, who, text, num, when, answers)                                              \
	"<div class=\"floor\"><div class=\"who\"><ul class=\"card\"><li class=\"pic\"><a "          \
	"href=\"/home?id=" uid "\"><img src=\"/p/" uid ".png\"></a></li><li class=\"nick\"><a "      \
	"href=\"/home?id=" uid "\">" who "</a></li></ul></div><div class=\"main\"><div "            \
	"class=\"folded\" style=\"display:none\">该楼层疑似违规已被系统折叠 <a href=\"#\">查看此楼</a></div><div " \
	"class=\"words\">" text "</div><div class=\"tail\"><span class=\"info\">来自<a "             \
	"href=\"http://app.example/download\">Android客户端</a></span><span class=\"info\">" num     \
	"楼</span><span class=\"info\">" when "</span></div>" answers "</div></div>"
#define R24_SMALL(uid, who, text, when)                                                            \
	"<li class=\"small\"><a href=\"/home?id=" uid "\"><img src=\"/p/" uid ".png\"></a><div "     \
	"class=\"cnt\"><a href=\"/home?id=" uid "\">" who "</a>:&nbsp;<span class=\"say\">" text    \
	"</span><div class=\"foot\"><span class=\"at\">" when "</span><a href=\"#\">回复</a></div>" \
	"</div></li>"
	const char *floors =
	    "<html><head><title>什么样的人才算是佛系？_佛系吧_贴吧</title></head><body><div "
	    "class=\"left\"><div class=\"titlebox\"><h3 class=\"t\">什么样的人才算是佛系？</h3><a "
	    "href=\"?lz=1\">只看楼主</a></div><div class=\"list\">" R24_FLOOR(
	        "a1", "逝者", "#佛系# 在线等", "1", "2022-10-02 23:02", "")
	        R24_FLOOR("a1", "逝者", "我就很佛系", "2", "2022-11-26 15:19",
	                  "<div class=\"sub\"><ul class=\"smalls\">" R24_SMALL(
	                      "b2", "张无极", "其实就是不和别人攀比", "2023-3-8 13:30") "</ul></div>")
	            R24_FLOOR("c3", "Molkt", "现在这社会佛系别想了，大家都在卷，谁也躲不开", "3",
	                      "2022-11-27 21:26", "")
	                R24_FLOOR("d4", "agrdcgy", "随缘吧", "4", "2023-02-01 21:54", "")
	                    "</div></div></body></html>";
	static const char *const floor_names[] = {"逝者", "张无极", "Molkt", "agrdcgy"};
	static const unsigned floor_depths[] = {0, 1, 0, 0};
	t = html(floors, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->body.v[0], "我就很佛系");
	assert_string_equal(t->order[1]->body.v[0], "其实就是不和别人攀比");
	assert_string_equal(t->order[3]->body.v[0], "随缘吧");
	expect_heads(t, 4, floor_names, floor_depths);
	/* The same in another forum's shape: German, articles, the title's
	 * heading before " - SITE", "gesendet mit <a>Forum-App</a>", the
	 * answers in an ordered list, "NAME – TEXT". */
#define R24_POST(uid, who, text, when, answers)                                                    \
	"<article class=\"beitrag\"><header class=\"kopf\"><a href=\"/u/" uid "\"><img src=\"/a/" uid \
	".jpg\"></a> <a href=\"/u/" uid "\">" who "</a></header><section class=\"inhalt\">" text     \
	"</section><footer class=\"fuss\"><small>gesendet mit <a "                                  \
	"href=\"http://app.example/\">Forum-App</a></small> <span class=\"wann\">" when             \
	"</span></footer><div class=\"antw\">" answers "</div></article>"
	const char *forum =
	    "<html><head><title>Wasserkocher entkalken - Haushaltsforum</title></head><body><main><div "
	    "class=\"kopfzeile\"><h1>Wasserkocher entkalken</h1><a href=\"/neu\">Antworten</a></div><div "
	    "class=\"beitraege\">" R24_POST("k1", "kalkfrei",
	                                    "Womit entkalkt ihr euren Wasserkocher am besten?",
	                                    "12.03.2023 14:05", "")
	        R24_POST("e2", "Essigfan", "Mit Essig, das geht schnell und kostet fast nichts.",
	                 "12.03.2023 15:10",
	                 "<ol><li><a href=\"/u/z3\">Zitrone</a> – <span class=\"t\">Zitronensäure riecht "
	                 "weniger.</span> <small>12.03.2023 16:00</small></li></ol>")
	            R24_POST("o4", "Oma Erna",
	                     "Ich koche einfach zweimal Wasser mit Backpulver auf, seit Jahren.",
	                     "13.03.2023 08:30", "")
	                R24_POST("t5", "Tom", "Gar nicht, der Kalk stört mich nicht.",
	                         "13.03.2023 09:45", "") "</div></main></body></html>";
	static const char *const forum_names[] = {"Essigfan", "Zitrone", "Oma Erna", "Tom"};
	t = html(forum, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[1]->body.v[0], "Zitronensäure riecht weniger.");
	expect_heads(t, 4, forum_names, floor_depths);
}

/* Round 24's authors and headers (tests/data/html/round24), worked on since
 * round 25 was chosen: each a small page of our own in the shape a rule
 * reads, and a second in another site's markup and language where cheap. */
static void test_round24_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat3[] = {0, 0, 0};
	/* A label ending in a colon before the name ("Posted by: NAME | DATE",
	 * "Autor: NAME") is the template's, not the name's. */
#define R24_LABEL(id, who, when, text)                                                             \
	"<div class=\"comment depth-1\" id=\"div-comment-" id "\"><div class=\"comment-text\" "       \
	"id=\"comment-" id "\"><p>" text "</p></div><p class=\"author-info\">Posted by: " who " | "   \
	when "</p></div>"
	const char *label = "<html><body>" ARTICLE_P "<div class=\"commentlist\">" R24_LABEL(
	    "1", "Nothing new !", "January 16, 2012, 7:28 am", "And, this is news?")
	    R24_LABEL("2", "Bob", "January 16, 2012, 8:29 am", "Hospitals are out of control.")
	        R24_LABEL("3", "A Cynic", "January 16, 2012, 9:31 am", "This was a billing error.")
	            "</div></body></html>";
	static const char *const label_names[] = {"Nothing new !", "Bob", "A Cynic"};
	expect_heads(html(label, NULL), 3, label_names, flat3);
#define R24_AUTOR(who, when, text)                                                                 \
	"<div class=\"komentarz\"><div class=\"naglowek\"><span class=\"kto\">Autor: " who         \
	"</span> <time datetime=\"2012-01-04T11:57\">" when "</time></div><div class=\"tresc\"><p>"  \
	text "</p></div></div>"
	const char *autor = "<html><body>" ARTICLE_P "<div id=\"komentarze\">" R24_AUTOR(
	    "Staszek", "04.01.2012 11:57", "Tak było, widziałem to sam.")
	    R24_AUTOR("Anabel", "04.01.2012 12:03", "Nie wierzę w ani jedno słowo.")
	        R24_AUTOR("maciej w uszance", "04.01.2012 12:10", "Cofnij się do artykułu.")
	            "</div></body></html>";
	static const char *const autor_names[] = {"Staszek", "Anabel", "maciej w uszance"};
	expect_heads(html(autor, NULL), 3, autor_names, flat3);

	/* A link to sign up or log in ("ЗАРЕГИСТРИРОВАТЬСЯ" in a guest's status
	 * pop-up, "Sign up" in a hover card) is never the name, though it come
	 * first in the comment's header; the name after it is. */
#define R24_GUEST(who, when, text)                                                                 \
	"<li id=\"comment-1\" class=\"anonymous\"><div class=\"status-div\"><div class=\"top\"><div " \
	"class=\"medal\"><span class=\"guest\">Гость</span><div class=\"all_popup-status\"><h4>Как " \
	"поменять статус?</h4><p>Есть два способа.</p><a href=\"http://my.example/login.do\" "       \
	"class=\"regi-left\">ЗАРЕГИСТРИРОВАТЬСЯ</a></div></div><span class=\"name\">" who           \
	"</span></div><div class=\"txt\"><span class=\"date\">" when "</span><p>" text "</p></div>"  \
	"</div><ul></ul></li>"
	const char *guest = "<html><body>" ARTICLE_P "<ul id=\"comments\">" R24_GUEST(
	    "дед", "09.01.2012, 12:18", "лишать лицензии курящих врачей")
	    R24_GUEST("Ялот", "08.01.2012, 18:51", "Говорят о дискриминации прав.")
	        R24_GUEST("Вега", "08.01.2012, 2:34", "Это не дискриминация.") "</ul></body></html>";
	static const char *const guest_names[] = {"дед", "Ялот", "Вега"};
	expect_heads(html(guest, NULL), 3, guest_names, flat3);
#define R24_CARD(who, when, text)                                                                  \
	"<div class=\"post-item\"><div class=\"head\"><div class=\"card\"><a href=\"/join\">Sign up</a>"  \
	"</div><em class=\"who\">" who "</em></div><div "               \
	"class=\"post-body\"><small class=\"stamp\">" when "</small><p>" text "</p></div></div>"
	const char *card = "<html><body>" ARTICLE_P "<div id=\"comments\">" R24_CARD(
	    "wren", "March 3, 2012 10:15 AM", "Nice write-up, thank you.")
	    R24_CARD("kite", "March 3, 2012 11:40 AM", "I disagree with the second half.")
	        R24_CARD("lark", "March 4, 2012 9:02 AM", "Sources, please.") "</div></body></html>";
	static const char *const card_names[] = {"wren", "kite", "lark"};
	expect_heads(html(card, NULL), 3, card_names, flat3);

	/* A pager's range states its total, never its first number: "Comments:
	 * Displaying 1 - 3 of 3", "Komentarze 1–3 z 3". */
	const char *const ranged[] = {
	    "<h5>Comments: <span class=\"shown\">Displaying 1 &#45; 3 of 3</span></h5>",
	    "<h2 class=\"naglowek\">Komentarze 1\xE2\x80\x93" "3 z 3</h2>"};
	for (size_t i = 0; i < 2; i++) {
		char page[2048];
		snprintf(page, sizeof page, "%s%s%s",
		         "<html><body>" ARTICLE_P "<div class=\"commentlist\">", ranged[i],
		         R24_LABEL("1", "Nothing new !", "January 16, 2012, 7:28 am", "And, this is news?")
		             R24_LABEL("2", "Bob", "January 16, 2012, 8:29 am", "Out of control.")
		                 R24_LABEL("3", "A Cynic", "January 16, 2012, 9:31 am", "A billing error.")
		                     "</div></body></html>");
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		tt_thread *t = html(page, &r);
		assert_int_equal(t->ncomments, 3);
		assert_int_equal(r.stated, 3);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}

	/* A header made of lines, read by place (the number, the name, the
	 * time): the comment's number alone on its line ("<div>8</div>", "№ 3")
	 * is no title, no text and no name. */
#define R24_NUMBERED(no, who, when, text)                                                          \
	"<div class=\"comment\"><div class=\"commentHead\"><div class=\"commentNo\">" no            \
	"</div><div><h3>" who "</h3><span>" when " </span></div></div><div class=\"commentBody\"><p>" \
	text "</p></div></div>"
	const char *numbered = "<html><body>" ARTICLE_P "<div id=\"commentsPanel\">" R24_NUMBERED(
	    "3", "pallionlad", "Thursday, January 12, 2012 at 10:40 AM", "Stalelox, if I bought a car.")
	    R24_NUMBERED("2", "r00ster", "Thursday, January 12, 2012 at 10:25 AM", "Four grades, Madam.")
	        R24_NUMBERED("1", "loll01", "Wednesday, January 11, 2012 at 05:33 PM",
	                     "Unless it was reconstructive.") "</div></body></html>";
#define R24_HASH(no, who, when, text)                                                              \
	"<div class=\"otzyv\"><div class=\"shapka\"><div class=\"n\">\xE2\x84\x96 " no "</div><div><b>" \
	who "</b> <span>" when "</span></div></div><div class=\"soderzhanie\"><p>" text "</p></div></div>"
	const char *hashed = "<html><body>" ARTICLE_P "<div id=\"otzyvy\">" R24_HASH(
	    "1", "Вася", "12.01.2012, 10:40", "Совершенно согласен с автором.")
	    R24_HASH("2", "Петя", "12.01.2012, 11:15", "А я не согласен.")
	        R24_HASH("3", "Маша", "12.01.2012, 12:01", "Спорить не о чем.") "</div></body></html>";
	const char *const heads[] = {numbered, hashed};
	const char *const firsts[][3] = {
	    {"Stalelox, if I bought a car.", "Four grades, Madam.", "Unless it was reconstructive."},
	    {"Совершенно согласен с автором.", "А я не согласен.", "Спорить не о чем."}};
	const char *const writers[][3] = {{"pallionlad", "r00ster", "loll01"},
	                                  {"Вася", "Петя", "Маша"}};
	for (size_t i = 0; i < 2; i++) {
		tt_thread *t = html(heads[i], NULL);
		assert_int_equal(t->ncomments, 3);
		for (size_t k = 0; k < 3; k++) {
			assert_non_null(t->order[k]->posted);
			assert_string_equal(t->order[k]->author, writers[i][k]);
			assert_true(t->order[k]->body.n >= 1);
			assert_string_equal(t->order[k]->body.v[0], firsts[i][k]);
		}
		tt_thread_free(t);
	}

	/* A badge in brackets after the name ("(gość),", "(guest)") is no part
	 * of the time written after it. */
#define R24_BADGE(who, badge, when, text)                                                          \
	"<div class=\"wiersz\"><p class=\"metryka\"><b>" who "</b> " badge "\n   " when "</p><p " \
	"class=\"tresc\">" text "</p></div>"
	const char *badged[] = {
	    "<html><body>" ARTICLE_P "<div id=\"art-komentarze\">" R24_BADGE(
	        "uszka", "(go\xC5\x9B\xC4\x87),", "16.01.12,&nbsp;16:13:22", "Wielka radość, że idzie.")
	        R24_BADGE("Gucio", "(go\xC5\x9B\xC4\x87),", "03.01.12,&nbsp;20:38:44", "Maja ugryzła mnie.")
	            R24_BADGE("spinka", "(go\xC5\x9B\xC4\x87),", "03.01.12,&nbsp;20:26:23",
	                      "Przecież to zwykła sprawa.") "</div></body></html>",
	    "<html><body>" ARTICLE_P "<div id=\"talk\">" R24_BADGE(
	        "wren", "(guest)", "3 May 2012 10:15", "Nice write-up, thank you.")
	        R24_BADGE("kite", "(guest)", "3 May 2012 11:40", "I disagree with the second half.")
	            R24_BADGE("lark", "(guest)", "4 May 2012 09:02", "Sources, please.")
	                "</div></body></html>"};
	const char *const badge_times[][3] = {
	    {"16.01.12, 16:13:22", "03.01.12, 20:38:44", "03.01.12, 20:26:23"},
	    {"3 May 2012 10:15", "3 May 2012 11:40", "4 May 2012 09:02"}};
	for (size_t i = 0; i < 2; i++) {
		tt_thread *t = html(badged[i], NULL);
		assert_int_equal(t->ncomments, 3);
		for (size_t k = 0; k < 3; k++) {
			assert_non_null(t->order[k]->posted);
			assert_string_equal(t->order[k]->posted, badge_times[i][k]);
			assert_non_null(t->order[k]->time);
		}
		tt_thread_free(t);
	}

	/* A heading over a repeated block's name, before it in the block, is
	 * the comment's own title: its first paragraph. */
#define R24_TITLED(title, who, when, text)                                                         \
	"<div class=\"wpis\"><div class=\"wiersz\"><header><h1>" title "</h1><p class=\"tools\"><a " \
	"href=\"#\" onclick=\"zglos(1)\">zgłoś</a></p></header><p class=\"metryka\"><b>" who        \
	"</b> " when "</p><p class=\"tresc\">" text "</p></div></div>"
#define R24_TITLED_EN(title, who, when, text)                                                      \
	"<article class=\"note\"><h3 class=\"subject\">" title "</h3><div class=\"line\"><i>" who   \
	"</i> <span>" when "</span></div><div class=\"words\">" text "</div></article>"
	const char *titled[] = {
	    "<html><body>" ARTICLE_P "<div id=\"art-komentarze\">" R24_TITLED(
	        "radość", "uszka", "16.01.12, 16:13:22", "Wielka radość, że idzie.")
	        R24_TITLED("Pokora", "Gucio", "03.01.12, 20:38:44", "Maja ugryzła mnie.")
	            R24_TITLED("Berecik", "spinka", "03.01.12, 20:26:23", "Przecież to zwykła sprawa.")
	                "</div></body></html>",
	    "<html><body>" ARTICLE_P "<section id=\"notes\">" R24_TITLED_EN(
	        "Nice", "wren", "3 May 2012 10:15", "Nice write-up, thank you.")
	        R24_TITLED_EN("Half right", "kite", "3 May 2012 11:40", "I disagree with the rest.")
	            R24_TITLED_EN("Sources?", "lark", "4 May 2012 09:02", "Sources, please.")
	                "</section></body></html>"};
	const char *const titles[][3] = {{"radość", "Pokora", "Berecik"},
	                                 {"Nice", "Half right", "Sources?"}};
	for (size_t i = 0; i < 2; i++) {
		tt_thread *t = html(titled[i], NULL);
		assert_int_equal(t->ncomments, 3);
		for (size_t k = 0; k < 3; k++) {
			assert_true(t->order[k]->body.n == 2);
			assert_string_equal(t->order[k]->body.v[0], titles[i][k]);
		}
		tt_thread_free(t);
	}

	/* ...though the title be longer than each line of the text under it:
	 * a heading's words are the text only where nothing else is written. */
	const char *long_titled =
	    "<html><body>" ARTICLE_P "<div id=\"art-komentarze\">" R24_TITLED(
	        "Do Mai kiedyś Agnieszki Frytki (Srytki)", "Gucio", "03.01.12, 20:38:44",
	        "Maja ugryzła mnie.<br />Ha ha ha !!!")
	        R24_TITLED("Do Mai kiedyś Agnieszki Frytki i innych", "spinka", "03.01.12, 20:26:23",
	                   "Przecież to zwykła.<br />Fuuu.")
	            R24_TITLED("Do Anabel, która pyta o beret", "Anabel", "03.01.12, 17:04:04",
	                       "A moherowy beret?<br />Osoba posiada?") "</div></body></html>";
	tt_thread *lt = html(long_titled, NULL);
	assert_int_equal(lt->ncomments, 3);
	for (size_t k = 0; k < 3; k++) {
		assert_int_equal(lt->order[k]->body.n, 2);
		assert_string_equal(lt->order[k]->body.v[1],
		                    k == 0 ? "Maja ugryzła mnie.\nHa ha ha !!!"
		                    : k == 1 ? "Przecież to zwykła.\nFuuu."
		                             : "A moherowy beret?\nOsoba posiada?");
	}
	tt_thread_free(lt);

	/* A link to the page's comments by an anchor in the page's language
	 * ("#art-komentarze", "#kommentare") states their count. */
	const char *const anchors[] = {
	    "<div class=\"narzedzia\"><a href=\"#art-komentarze\" id=\"narzedzia-komentarze\"><span>3"
	    "</span>Komentarzy</a></div>",
	    "<p class=\"meta\"><a href=\"#kommentare\">3 Kommentare</a></p>"};
	for (size_t i = 0; i < 2; i++) {
		char page[4096];
		snprintf(page, sizeof page, "%s%s%s", "<html><body>" ARTICLE_P, anchors[i],
		         "<div id=\"art-komentarze\">" R24_TITLED(
		             "radość", "uszka", "16.01.12, 16:13:22", "Wielka radość, że idzie.")
		             R24_TITLED("Pokora", "Gucio", "03.01.12, 20:38:44", "Maja ugryzła mnie.")
		                 R24_TITLED("Berecik", "spinka", "03.01.12, 20:26:23",
		                            "Przecież to zwykła sprawa.") "</div></body></html>");
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		tt_thread *t = html(page, &r);
		assert_int_equal(t->ncomments, 3);
		assert_int_equal(r.stated, 3);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}
#undef R24_TITLED
#undef R24_TITLED_EN

	/* A short text in bold where the blocks show their name, though it
	 * read as a short age ("24h", "3d"), is the name: the time follows. */
	const char *aged_names[] = {
	    "<html><body>" ARTICLE_P "<div id=\"art-komentarze\">" R24_BADGE(
	        "uszka", "(go\xC5\x9B\xC4\x87),", "16.01.12,&nbsp;16:13:22", "Wielka radość, że idzie.")
	        R24_BADGE("24h", "(go\xC5\x9B\xC4\x87),", "03.01.12,&nbsp;17:02:22", "Jaka jest różnica?")
	            R24_BADGE("spinka", "(go\xC5\x9B\xC4\x87),", "03.01.12,&nbsp;20:26:23",
	                      "Przecież to zwykła sprawa.") "</div></body></html>",
	    "<html><body>" ARTICLE_P "<div id=\"talk\">" R24_BADGE(
	        "wren", "", "3 May 2012 10:15", "Nice write-up, thank you.")
	        R24_BADGE("3d", "", "3 May 2012 11:40", "I disagree with the second half.")
	            R24_BADGE("lark", "", "4 May 2012 09:02", "Sources, please.") "</div></body></html>"};
	static const char *const aged_writers[][3] = {{"uszka", "24h", "spinka"},
	                                              {"wren", "3d", "lark"}};
	for (size_t i = 0; i < 2; i++)
		expect_heads(html(aged_names[i], NULL), 3, aged_writers[i], flat3);
#undef R24_BADGE
#undef R24_NUMBERED
#undef R24_HASH
#undef R24_LABEL
#undef R24_AUTOR
#undef R24_GUEST
#undef R24_CARD
}

/* Round 24's layouts read by structure (tests/data/html/round24: Podrobnosti.ua,
 * Newsland), each a small page of our own, and one shaped like another site
 * the same rule reads. */
static void test_round24_layouts_c(void **state)
{
	(void)state;
	static const unsigned steps[] = {0, 1, 2, 0};
	struct tt_import_report r;
	/* Answers drawn by the padding of the one box inside each comment's box,
	 * 20 pixels a level, the boxes listed flat; the count a heading states
	 * in Cyrillic capitals, its figure past 40 bytes but not 40 letters. */
#define R24_PAD(pad, vote, who, when, text)                                                        \
	"<a name=\"c\"></a><div class=\"cm-item\"><div style=\"padding-left:" pad "px\"><div "          \
	"class=\"cm-vote\"><span>" vote "</span></div><div class=\"cm-who\"><a class=\"nick\">" who    \
	"</a></div><div class=\"cm-when\">" when " &nbsp; <a href=\"javascript:;\">#</a> &nbsp; <a "    \
	"href=\"javascript:;\">\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C</a>"   \
	"</div><div class=\"cm-txt\">" text "</div></div></div>"
	const char *padded =
	    "<html><body>" ARTICLE_P "<div class=\"comments-list\"><h3>"
	    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8 "
	    "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB9 \xD0\xBA "
	    "\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 (<span>4</span>)</h3>" /* Комментарии читателей к новости */
	    R24_PAD("0", "+ 3", "Ivan", "16.01.2012 20:56", "Lekarstva nynche dorogie.")
	        R24_PAD("20", "- 1", "Petro", "16.01.2012 21:06", "A komu seichas legko?")
	            R24_PAD("40", "+ 2", "Ivan", "16.01.2012 21:45", "Tem, kto ne boleet.")
	                R24_PAD("0", "+ 1", "Olga", "16.01.2012 22:34", "Soglasna s vami.")
	                    "</div></body></html>";
	static const char *const pad_names[] = {"Ivan", "Petro", "Ivan", "Olga"};
	tt_import_report_init(&r, 0);
	tt_thread *t = html(padded, &r);
	assert_int_equal(r.stated, 4);
	tt_import_report_free(&r);
	expect_heads(t, 4, pad_names, steps);
#undef R24_PAD

	/* The same by the left margin of the inner box, in em, in a comment box
	 * read by its time's class; a rating in a box of its own over the name
	 * ("+ 3", "\xE2\x88\x92" "1") is no text, and the time box's links after the
	 * time ("#", "Responder") are no part of the time. */
#define R24_EM(em, vote, who, when, text)                                                          \
	"<div class=\"c-box\"><div style=\"margin-left:" em "em\"><div class=\"c-rate\"><span>" vote  \
	"</span></div><b class=\"c-nick\">" who "</b><div class=\"c-date\">" when                      \
	" &nbsp; <a href=\"#c1\">#</a> <a href=\"javascript:;\">Responder</a></div><div "              \
	"class=\"c-body\">" text "</div></div></div>"
	const char *em = "<html><body>" ARTICLE_P "<div id=\"comments\">" R24_EM(
	    "0", "+ 3", "ana", "12.03.2015 19:34", "Muy buena receta.")
	    R24_EM("1.5", "&minus;1", "luis", "12.03.2015 20:01", "Le falta az\xC3\xBA" "car.")
	        R24_EM("3", "+ 12", "ana", "12.03.2015 20:15", "A m\xC3\xAD me gusta as\xC3\xAD.")
	            R24_EM("0", "+ 0", "eva", "13.03.2015 08:00", "Con harina de trigo?")
	                "</div></body></html>";
	static const char *const em_names[] = {"ana", "luis", "ana", "eva"};
	static const char *const em_when[] = {"12.03.2015 19:34", "12.03.2015 20:01",
	                                      "12.03.2015 20:15", "13.03.2015 08:00"};
	t = html(em, NULL);
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, em_when[i]);
		assert_int_equal(t->order[i]->body.n, 1);
	}
	assert_string_equal(t->order[0]->body.v[0], "Muy buena receta.");
	expect_heads(t, 4, em_names, steps);
#undef R24_EM

	/* A header line naming what the comment answers, a verb and a link
	 * between the name and the time ("kim commented on <a>the story</a>
	 * TIME #", "lee replied to <a>kim</a> TIME"), is no text; nesting by the
	 * box's own margin written as a shorthand ("margin: 0 0 0 1.5em"); a
	 * score under the text ("\xE2\x96\xB2 12") is no text, but a comment saying
	 * "+1" alone keeps its words. */
#define R24_LINE(em, who, verb, when, text, score)                                                  \
	"<div class=\"entry\" style=\"margin: 0 0 0 " em "em\"><div class=\"byline\"><a "              \
	"class=\"author\" href=\"/u/" who "\">" who "</a> " verb " <time>" when "</time> <a "           \
	"href=\"#c1\">#</a></div><div class=\"words\"><p>" text "</p></div><div class=\"score\"><a "    \
	"class=\"up\" href=\"#\"></a><span>" score "</span></div></div>"
	const char *line =
	    "<html><body>" ARTICLE_P "<div class=\"comments\">" R24_LINE(
	        "0", "kim", "commented on <a href=\"/story\">the story</a>", "3 May 2012 14:05",
	        "The bridge should have been finished years ago.", "&#9650; 12")
	        R24_LINE("1.5", "lee", "replied to <a href=\"/u/kim\">kim</a>", "3 May 2012 15:10",
	                 "It was the money, not the years.", "&#9650; 3")
	            R24_LINE("3", "kim", "replied to <a href=\"/u/lee\">lee</a>", "3 May 2012 15:30",
	                     "+1", "&#9650; 0")
	                R24_LINE("0", "max", "commented on <a href=\"/story\">the story</a>",
	                         "4 May 2012 09:00", "Nice photos.", "&#9660; 2") "</div></body></html>";
	static const char *const line_names[] = {"kim", "lee", "kim", "max"};
	t = html(line, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "The bridge should have been finished years ago.");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "It was the money, not the years.");
	assert_true(t->order[2]->body.n >= 1);
	assert_string_equal(t->order[2]->body.v[0], "+1");
	assert_int_equal(t->order[3]->body.n, 1);
	expect_heads(t, 4, line_names, steps);
#undef R24_LINE

	/* The same header line in Russian, the names in boxes named "user":
	 * "NAME комментирует материал TIME #", "NAME отвечает <a>NAME</a> на
	 * <a>комментарий</a> TIME #". */
#define R24_RU(px, who, verb, when, text)                                                          \
	"<div class=\"item\" style=\"margin-left:" px "px;\"><div class=\"info\"><a href=\"/p/" who    \
	"\" class=\"user\">" who "</a> " verb " <span class=\"pubDate\">" when "</span> <a "           \
	"href=\"#c\" class=\"link\">#</a></div><div class=\"text\"><p>" text "</p></div></div>"
	const char *ru = "<html><body>" ARTICLE_P "<div class=\"commentsList\">" R24_RU(
	    "0", "Leo", "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB8\xD1\x80\xD1\x83"
	    "\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB", /* комментирует материал */
	    "17.01.2012 9:36", "Gonite samogon.")
	    R24_RU("10", "Kamak",
	           "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x87\xD0\xB0\xD0\xB5\xD1\x82 <a href=\"/p/Leo\" "
	           "class=\"user\">Leo</a> \xD0\xBD\xD0\xB0 <a href=\"#c1\" class=\"link\">"
	           "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9"
	           "</a>", /* отвечает Leo на комментарий */
	           "17.01.2012 12:45", "Vykhod stal menshe.") "</div></body></html>";
	static const char *const ru_names[] = {"Leo", "Kamak"};
	t = html(ru, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Gonite samogon.");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Vykhod stal menshe.");
	expect_heads(t, 2, ru_names, steps);
#undef R24_RU

	/* Answers drawn by an empty spacer opening each row, wider a level:
	 * a table's empty cell ("<td width=30></td>"), a floated box's width in
	 * em; not an avatar's picture. */
#define R24_TD(w, who, when, text)                                                                 \
	"<tr class=\"reactie\"><td width=\"" w "\"></td><td><b class=\"naam\">" who "</b> <span "       \
	"class=\"datum\">" when "</span><div>" text "</div></td></tr>"
	const char *td = "<html><body>" ARTICLE_P "<table id=\"reacties\">" R24_TD(
	    "0", "Joop", "12-03-2015 19:34", "Lekker recept, dank je.")
	    R24_TD("30", "Els", "12-03-2015 20:01", "Met kwark gaat het ook.")
	        R24_TD("60", "Joop", "12-03-2015 20:15", "Dat ga ik proberen.")
	            R24_TD("0", "Kees", "13-03-2015 08:00", "Kan het zonder suiker?")
	                "</table></body></html>";
	static const char *const td_names[] = {"Joop", "Els", "Joop", "Kees"};
	expect_heads(html(td, NULL), 4, td_names, steps);
#undef R24_TD
#define R24_SPACER(w, who, when, text)                                                             \
	"<div class=\"comment-row\"><div style=\"float:left;width:" w "em\"></div><div "              \
	"class=\"inner\"><a href=\"/u/" who "\" class=\"author\">" who "</a> <span class=\"date\">"   \
	when "</span><p>" text "</p></div></div>"
	const char *spacer = "<html><body>" ARTICLE_P "<div id=\"comments\">" R24_SPACER(
	    "0", "amy", "May 3, 2012 2:05 pm", "Great recipe, thanks.")
	    R24_SPACER("2", "bob", "May 3, 2012 3:10 pm", "Works with quark too.")
	        R24_SPACER("4", "amy", "May 3, 2012 3:30 pm", "I will try that.")
	            R24_SPACER("0", "cat", "May 4, 2012 9:00 am", "Without sugar?")
	                "</div></body></html>";
	static const char *const spacer_names[] = {"amy", "bob", "amy", "cat"};
	expect_heads(html(spacer, NULL), 4, spacer_names, steps);
#undef R24_SPACER
}

/* ---- leaning on class names: the rounds read with their vocabulary gone ---- */

/* A page's class and id names made meaningless tokens: each class word and
 * each id becomes "c" and seven letters that spell nothing ("cjqxvzkj"),
 * the same name the same token within the page (so what repeats still
 * repeats), and an href "#ID" pointing at a renamed id is renamed with it
 * (so anchors still match). Every other attribute is kept: itemprop,
 * itemtype, rel, role and aria-* are standards every site shares, not one
 * site's vocabulary; name, data-*, style, tags and text are kept too. */
struct scramble {
	xmlHashTablePtr tok;  /* name -> token */
	xmlHashTablePtr used; /* token -> name, to step past a collision */
};

static const char *scramble_token(struct scramble *s, const char *name)
{
	const char *t = xmlHashLookup(s->tok, (const xmlChar *)name);
	if (t)
		return t;
	static const char letters[] = "jkqvxz"; /* no vowel: no word */
	uint64_t h = 0xcbf29ce484222325ULL;
	for (const char *p = name; *p; p++)
		h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
	char buf[16];
	do {
		buf[0] = 'c';
		uint64_t v = h;
		for (int i = 1; i < 8; i++, v /= 6)
			buf[i] = letters[v % 6];
		buf[8] = '\0';
		h = h * 0x100000001b3ULL + 1;
	} while (xmlHashLookup(s->used, (const xmlChar *)buf));
	char *tok = tt_xstrdup(buf);
	xmlHashAddEntry(s->tok, (const xmlChar *)name, tok);
	xmlHashAddEntry(s->used, (const xmlChar *)tok, tok);
	return tok;
}

/* The value v with every space-separated word (one word for an id) made
 * its token. Caller frees. */
static xmlChar *scramble_words(struct scramble *s, const char *v, int one)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	while (*v) {
		size_t sp = one ? 0 : strspn(v, " \t\r\n\f");
		tt_buf_add(&b, v, sp);
		v += sp;
		size_t n = one ? strlen(v) : strcspn(v, " \t\r\n\f");
		if (!n)
			break;
		char *w = tt_xstrndup(v, n);
		tt_buf_printf(&b, "%s", scramble_token(s, w));
		free(w);
		v += n;
	}
	xmlChar *out = xmlStrdup((const xmlChar *)b.data);
	tt_buf_free(&b);
	return out;
}

static void scramble_attr(struct scramble *s, xmlNode *n, const char *attr, int one)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	if (!v)
		return;
	xmlChar *w = scramble_words(s, (const char *)v, one);
	xmlSetProp(n, (const xmlChar *)attr, w);
	xmlFree(w), xmlFree(v);
}

/* An href "#ID" whose ID is a renamed id: the fragment renamed too. */
static void scramble_fragment(struct scramble *s, xmlNode *n)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)"href");
	const char *hash = v ? strchr((const char *)v, '#') : NULL;
	const char *tok = hash && hash[1] ? xmlHashLookup(s->tok, (const xmlChar *)hash + 1) : NULL;
	if (tok) {
		char *w = tt_xasprintf("%.*s#%s", (int)(hash - (const char *)v), (const char *)v, tok);
		xmlSetProp(n, (const xmlChar *)"href", (const xmlChar *)w);
		free(w);
	}
	xmlFree(v);
}

static void scramble_free(void *payload, const xmlChar *name)
{
	(void)name;
	free(payload);
}

/* The page at buf written out again by libxml2 as UTF-8, its class and id
 * names scrambled (scrambled 0: only parsed and written, the control that
 * tells what the writing itself costs). NULL if it does not parse. */
static char *scramble_page(const char *buf, size_t len, int scrambled, size_t *outlen)
{
	/* As the importer reads it: bytes that are UTF-8 as UTF-8 whatever the
	 * <meta> says, and an </li> the HTML standard ignores ignored. */
	htmlParserCtxtPtr c = htmlNewParserCtxt();
	assert_non_null(c);
	tt_hstray stray = {0};
	c->_private = &stray;
	c->sax->endElement = stray_li_end;
	int utf8 = xmlCheckUTF8((const xmlChar *)buf);
	xmlDoc *d = htmlCtxtReadMemory(c, buf, (int)len, NULL, utf8 ? "UTF-8" : NULL,
	                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	                                   HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	                                   HTML_PARSE_COMPACT);
	htmlFreeParserCtxt(c);
	if (!d)
		return NULL;
	struct scramble s = {xmlHashCreate(64), xmlHashCreate(64)};
	for (int pass = 0; scrambled && pass < 2; pass++) /* ids first, then their links */
		for (xmlNode *n = d->children; n; n = xml_next(n)) {
			if (n->type != XML_ELEMENT_NODE)
				continue;
			if (pass == 0)
				scramble_attr(&s, n, "id", 1), scramble_attr(&s, n, "class", 0);
			else
				scramble_fragment(&s, n);
		}
	xmlHashFree(s.tok, NULL);
	xmlHashFree(s.used, scramble_free);
	xmlFree((xmlChar *)d->encoding);
	d->encoding = xmlStrdup((const xmlChar *)"UTF-8");
	htmlSetMetaEncoding(d, (const xmlChar *)"UTF-8");
	xmlChar *out = NULL;
	int n = 0;
	htmlDocDumpMemoryFormat(d, &out, &n, 0);
	xmlFreeDoc(d);
	char *copy = out ? tt_xstrndup((const char *)out, (size_t)n) : NULL;
	xmlFree(out);
	*outlen = copy ? (size_t)n : 0;
	return copy;
}

/* With TT_SCRAMBLE_DIR set, the page as read is written there under its
 * name too, for `threadtag import --explain` to show how it was taken. */
static void scramble_keep(const char *page, size_t len, const char *base)
{
	const char *dir = getenv("TT_SCRAMBLE_DIR");
	if (!dir || !page)
		return;
	char *path = tt_xasprintf("%s/%s", dir, base);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(page, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	free(path);
}

/* Every page of a folder scrambled (or, scrambled 0, only written out
 * again) and scored as score_dir scores it; a page refused counts none. */
static void score_dir_scrambled(const char *rel, int scrambled, size_t *right, size_t *total)
{
	char *dir = tt_test_src(rel);
	glob_t g;
	char *pat = tt_xasprintf("%s/*.html", dir);
	*right = *total = 0;
	if (glob(pat, 0, NULL, &g) != 0)
		g.gl_pathc = 0;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		const char *path = g.gl_pathv[i], *base = strrchr(path, '/') + 1;
		char *exp = tt_xasprintf("%.*s.expect", (int)(strlen(path) - 5), path);
		struct expect e;
		read_expect(exp, &e);
		size_t len = 0, n = 0, r = 0;
		char *page = tt_test_slurp(path);
		assert_non_null(page);
		char *mixed = scramble_page(page, strlen(page), scrambled, &len);
		struct tt_import_opts o = {.kind = TT_IMPORT_AUTO};
		tt_error err;
		scramble_keep(mixed, len, base);
		tt_thread *t = mixed ? tt_import_mem(base, mixed, len, &o, &err) : NULL;
		if (t) {
			r = score_page(t, &e, base), n = t->ncomments;
			tt_test_assert_round_trip(t);
		}
		say("%-44s %3zu of %3zu comments right (found %zu)%s\n", base, r, e.n, n,
		    t ? "" : ", refused");
		*right += r;
		*total += e.n > n ? e.n : n;
		tt_thread_free(t);
		free_expect(&e);
		free(mixed), free(page), free(exp);
	}
	if (g.gl_pathc)
		globfree(&g);
	free(pat), free(dir);
}

/* The floors of the scrambled reading, per folder: what it read when first
 * measured (2026-11-27, 1,223 of 3,866 in all), raised as rules of
 * structure land (1,595 once a box of answers at a block's end was no part
 * of its shape; test_blind_layouts), 1,674 once a date and its clock in
 * two boxes were one time, 1,736 once a name loose in the box of the time
 * was that text alone, 1,840 once repeated blocks answered the block their
 * text opens by linking (or sit under by their margin), 2,008 once the
 * line of a block's name that links the comment answered set it under
 * that one, a link to a place in a page naming no writer, 2,031 once a
 * date written between marks took its clock too, so that a change can
 * only raise it. Merged with round 24's rules (2026-11-27): 2,090 of 4,076
 * with round 24 read too (56 of 214); round 4's Kinja page lost its two
 * (236 -> 234), rounds 15, 16 and 22 gained 1, 2 and 2. The page
 * template pass merged with round 25's rules (2026-11-27): 2,683 of 4,181,
 * round 4 at 236 again, round 24 69, round 25 57. Round 26 joined when
 * round 27 was chosen, at its first figure read this way. Records found
 * by their repeats where nothing else found comments (html_records):
 * 2,775 of 4,184 without round 26 (rounds 6, 9, 10, 17, 19, 21, 23 and the
 * template pages raised).
 * Held-out rounds (round 12's HTML, the round being chosen) are not read
 * this way. */
static const struct {
	const char *dir, *name;
	size_t total, right;
} scrambled_floors[] = {
    {"tests/data/html", "development pages", 443, 385}, /* a writer signing after a dash, the time shown beside an empty <time> (Stack Exchange, round 35's cycle, scrambled); RDFa comments (round 29, scrambled); answers inside their comment's body, a bold link the name however long (round 32, scrambled); a heading of a member's link the name (round 32, scrambled); a reply button numbered by the comment no comment, answers in boxes of their own (round 33, scrambled); every post's text a blockquote of its own (round 35's cycle, scrambled); 385 after round 44's work */
    {"tests/data/html/heldout", "round 4", 297, 276}, /* an answer signed after the text (round 31, scrambled); 276 after round 44's work */
    {"tests/data/html/round5", "round 5", 208, 179},
    {"tests/data/html/round6", "round 6", 112, 100},
    {"tests/data/html/round7", "round 7", 109, 77}, /* joined dates no post time (round 26, b); a level label no name (round 32, scrambled) */
    {"tests/data/html/round8", "round 8", 210, 194}, /* a name in the time's line, no label for words (round 29, scrambled); words every block shows, whatever their length, the template's (round 29, a); a list of buttons before the answers' no part of a block's shape (round 33, scrambled) */
    {"tests/data/html/round9", "round 9", 103, 61}, /* a nickname of six words (round 30, b); an age without "ago" in a box of its own (round 32) */
    {"tests/data/html/round10", "round 10", 87, 78}, /* 78 after round 44's work */
    {"tests/data/html/round11", "round 11", 91, 77}, /* a nickname of six words (round 30, b) */
    {"tests/data/html/round13", "round 13", 170, 156}, /* 156 after round 44's work */
    {"tests/data/html/round14", "round 14", 235, 190}, /* rails of a thread set answers in (round 29, scrambled); a placeholder of a thread kept (round 33, scrambled) */
    {"tests/data/html/round15", "round 15", 44, 25}, /* the writer's pane and dated line before the words no text (round 41, scrambled); a word before the name's element (round 31, scrambled); a heading of a member's link the name (round 32, scrambled); runs sought in a form (round 33, scrambled); 25 after round 44's work */
    {"tests/data/html/round16", "round 16", 80, 55}, /* a writer signing after a dash (round 35's cycle, scrambled) */
    {"tests/data/html/round17", "round 17", 106, 101}, /* joined dates no post time (round 26, b), records by their repeats; no label for words (round 29, scrambled); words every block shows the template's (round 29, a) */
    {"tests/data/html/round18", "round 18", 159, 107}, /* the same (round 41, scrambled); joined dates no post time (round 26, b); a writer signing after a dash, the time shown beside an empty <time> (round 35's cycle, scrambled) ; Turkish's ages (Haber7, round 40's cycle) */
    {"tests/data/html/round19", "round 19", 228, 221}, /* answers straight in their comment, blocks of its tag; a linked name after the time in a heading (round 32, scrambled) */
    {"tests/data/html/round20", "round 20", 252, 244},
    {"tests/data/html/round21", "round 21", 247, 110}, /* a thread of one, its answers the run; a run split in two boxes; words before the name (round 30, scrambled) */
    {"tests/data/html/round22", "round 22", 234, 183},
    {"tests/data/html/round23", "round 23", 275, 172}, /* the Guardian's .expect corrected (a quotation line after its <br>) */
    {"tests/data/html/round24", "round 24", 213, 180}, /* the microblog rules (round 27, b); a bold name of marks (round 30, b); answers inside their comment's body (round 32, scrambled) */
    {"tests/data/html/round25", "round 25", 104, 84}, /* 84 after round 44's work */
    {"tests/data/html/round26", "round 26", 67, 37}, /* a bold name of marks (round 30, b) */
    {"tests/data/html/round27", "round 27", 90, 41}, /* a tweet's handle no words (round 29, a) */
    {"tests/data/html/round28", "round 28", 57, 28}, /* a span's name and a link's one template (round 31, half b) */
    {"tests/data/html/round29", "round 29", 54, 39}, /* its first run, as it began to be worked on */
    {"tests/data/html/round30", "round 30", 110, 96}, /* a thread of one, its answers the run; a run split in two boxes; words before the name (round 30, scrambled); a word before the name's element (round 31, scrambled); a bold name after the time; runs sought in a form (round 33, scrambled) */
    {"tests/data/html/round31", "round 31", 90, 79}, /* both halves merged; half b of its working: names in spans and links, tooltip anchors, invisible marks, attachments; half a: the name under the time, a title of marks kept, "15 Oct 18" a date (Fakt, 9GAG) */
    {"tests/data/html/round32", "round 32", 31, 31}, /* an age without "ago" in a box of its own, an answer as a wrapped comment's box; a label every name opens with; a long name the picture names (round 32) */
    {"tests/data/html/round33", "round 33", 220, 199}, /* 220 counted since ForumEngine's topic is no comment (a heading box of status lines, round 45); its first scrambled figure 73, as it came to be worked on; a score's label no name (odkrywcy.pl, round 33, s); a loose text, a script's label, a link-opened answer (WeddingBee, round 33, w); a block opened by its title's link (DailyTech, round 35's cycle); a member's link after the time, in a column of its own; a quotation's button to the post quoted (vBulletin 4, round 35's cycle) */
    {"tests/data/html/round34", "round 34", 23, 21}, /* 21 after round 44's work */
    {"tests/data/html/round36", "round 36", 561, 561}, /* its first scrambled figure 1, as it came to be worked on; the talk pages' reader (round 36) */
    {"tests/data/html/round37", "round 37", 366, 356}, /* its first scrambled figure 321, as it came to be worked on; a short year after an apostrophe and a week-based year (Qaru, round 37) */
    {"tests/data/html/round38", "round 38", 478, 470}, /* its first scrambled figure 157, as it came to be worked on; a signature's project pages, a wiki told by its links, a member card's day (round 38) */
    {"tests/data/html/round40", "round 40", 72, 67}, /* its first scrambled figure 30, as it came to be worked on; NodeBB 4's copy of the post answered, a quotation's title one line; a name with its server one name (round 40); 66 after round 42's work; 67 after round 44's work */
    {"tests/data/html/round41", "round 41", 72, 28}, /* its first scrambled figure 11, as it came to be worked on; a quotation of a post in boxes in boxes, the thread's title deep in the first block (vBulletin 4, round 41); a writer's pane and a dated line no text, the JSON-LD posting's opening post the topic (Invision, round 41) */
    {"tests/data/html/round43", "round 43", 70, 55}, /* its first scrambled figure 14, as it came to be worked on; 55 once worked on (round 43) */
    {"tests/data/html/round44", "round 44", 63, 39}, /* its first scrambled figure 22, as it came to be worked on; 39 once its image board was read (round 44) */
    {"tests/data/html/round45", "round 45", 66, 61}, /* its first scrambled figure 24 (67 counted), as it came to be worked on; 49 once rows of a message read as one record, newest first (AMSEL, round 45); 56 once a table's rows under a heading box read as a thread (Inyoka, round 45); 61 once a schema.org Answer was never the topic (paradisi.de, round 45) */
    {"tests/data/html/round42", "round 42", 60, 46}, /* its first scrambled figure 31, as it came to be worked on; 41 once worked on (round 42); 46 after round 44's work */
    {"tests/data/html/round39", "round 39", 411, 401}, /* its first scrambled figure 0, as it came to be worked on; Slovak's ages; a form showing no field no opaque box; a script's link no block's words (round 39); 401 after round 44's work */
    {"tests/data/html/round35", "round 35", 59, 16}, /* its first scrambled figure 4, as it came to be worked on; a shown time titled with its machine form (Stackoverrun, round 35) */ /* its first scrambled figure 8, as it came to be worked on; XenForo 1's posts read (round 34, a3); a box not drawn naming no writer (round 34, a4) */
    {"tests/data/html/templates", "template pages", 152, 125}, /* vBulletin 4's quotation in boxes in boxes (round 41, scrambled); a span's name and a link's one template (round 31, half b); runs sought in a form (round 33, scrambled); 119 after round 42's work; 125 after round 44's work */
};

/* How much the HTML importer leans on class names (doc/import.md, "Leaning
 * on class names"): every worked-on round and the development pages read
 * with their class and id names scrambled, against the same .expect files.
 * TT_ROUNDS picks rounds as for test_fidelity_rounds ("html" names the
 * development pages); TT_SCRAMBLE=0 reads the pages only written out again,
 * unscrambled, the control (its figures are printed, no floor checked). */
static void test_fidelity_scrambled(void **state)
{
	(void)state;
	const char *only = getenv("TT_ROUNDS"), *mode = getenv("TT_SCRAMBLE");
	int scrambled = !mode || strcmp(mode, "0") != 0;
	const char *label = scrambled ? "fidelity-scrambled" : "fidelity-rewritten";
	size_t all = 0, all_total = 0;
	for (size_t k = 0; k < sizeof scrambled_floors / sizeof *scrambled_floors; k++) {
		if (!round_chosen(only, scrambled_floors[k].dir))
			continue;
		size_t right, total;
		score_dir_scrambled(scrambled_floors[k].dir, scrambled, &right, &total);
		print_message("%s (%s): %zu of %zu = %.1f%%\n", label, scrambled_floors[k].name,
		              right, total, total ? 100.0 * (double)right / (double)total : 0.0);
		all += right, all_total += total;
		assert_true(total >= scrambled_floors[k].total);
		if (scrambled)
			assert_true(right >= scrambled_floors[k].right);
	}
	print_message("%s (total): %zu of %zu = %.1f%%\n", label, all, all_total,
	              all_total ? 100.0 * (double)all / (double)all_total : 0.0);
}

/* Pages whose class and id names mean nothing (as test_fidelity_scrambled
 * reads every round): each layout is read by its structure alone. */
static void expect_blind_at(tt_thread *t, const char *const who[], const unsigned depth[],
                            const char *const first[], const char *const when[], size_t n)
{
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_non_null(t->order[i]->posted);
		if (when)
			assert_string_equal(t->order[i]->posted, when[i]);
		assert_true(t->order[i]->body.n >= 1);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
	tt_thread_free(t);
}

static void expect_blind(tt_thread *t, const char *const who[], const unsigned depth[],
                         const char *const first[], size_t n)
{
	expect_blind_at(t, who, depth, first, NULL, n);
}

#define BL_HEAD(lang)                                                                              \
	"<!DOCTYPE html><html lang=\"" lang "\"><head><meta charset=\"utf-8\"><title>Kites</title>"  \
	"</head><body><div class=\"cqzvkjx\"><h1>Kites</h1><p>The kite festival on the dunes "      \
	"drew a crowd of flyers from every town along the coast this year.</p></div>"
/* A WordPress-like list item: the name (in <b>, or a link in <b>), the time,
 * the text, a reply link; answers in a list at the item's end. */
#define BL_LI(who, when, text, answers)                                                            \
	"<li class=\"ckvx cjjq\"><article class=\"cqqz\"><footer class=\"cxzq\"><div "              \
	"class=\"cvvj\"><img src=\"a.png\" alt=\"\"><b class=\"czxk\">" who "</b> "                  \
	"<span>says:</span></div><div class=\"ckkq\"><a href=\"#cxx\"><time>" when                    \
	"</time></a></div></footer><div class=\"cjvq\"><p>" text "</p></div><div class=\"cqjv\">" \
	"<a href=\"#cvq\">Reply</a></div></article>" answers "</li>"
/* Another site's box: a header of a linked name and a time, the text in a
 * paragraph, and the answers in a box at its end. */
#define BL_BOX(who, when, text, answers)                                                           \
	"<div class=\"cxjz\"><div class=\"cqvk\"><a href=\"/u/" who "\">" who "</a> <span "          \
	"class=\"cjkq\">" when "</span></div><p class=\"cvzx\">" text "</p>" answers "</div>"
/* A block whose header holds the name, the date and the clock, each in a
 * box of its own; the same as an item of a list, the clock first. */
#define BL_SPLIT(who, date, clock, text)                                                           \
	"<div class=\"cxjz\"><div class=\"cqvk\"><b>" who "</b><small class=\"cjkq\">" date    \
	"</small><small class=\"cjkq\">" clock "</small></div><div class=\"cvzx\"><p>" text      \
	"</p></div></div>"
#define BL_SPLIT_LI(who, clock, date, text)                                                        \
	"<li class=\"cxjz\"><p class=\"cqvk\"><a href=\"/u/" who "\">" who "</a> <span>" clock     \
	"</span> <span>" date "</span></p><div class=\"cvzx\">" text "</div></li>"
/* The name loose in a box beside a link of the time; a paragraph holding
 * a name and a span of the time. */
#define BL_LOOSE(who, when, text)                                                                  \
	"<li class=\"cxjz\"><div class=\"ckqz\"><div class=\"cqvk\">\n" who " <span>\n<a "       \
	"href=\"#\"><time>" when "</time></a>\n</span>\n</div>\n<p>" text "</p></div></li>"
#define BL_LOOSE_RU(who, when, text)                                                               \
	"<div class=\"cxjz\"><p class=\"cqvk\">" who " <span class=\"cjjv\">" when "</span></p>"  \
	"<div class=\"cvzx\">" text "</div></div>"
/* A flat list's item with an id; a box set in by its own left margin. */
#define BL_FLAT(id, who, when, text)                                                               \
	"<li id=\"" id "\" class=\"cxjz\"><div class=\"cqvk\"><b>" who "</b> <span>" when         \
	"</span></div><p class=\"cvzx\">" text "</p></li>"
#define BL_MARGIN(margin, who, when, text)                                                         \
	"<div class=\"cxjz\" style=\"margin-left: " margin "\"><div class=\"cqvk\"><b>" who      \
	"</b> <span>" when "</span></div><div class=\"cvzx\">" text "</div></div>"
/* A block whose header holds the writer's profile link, what stands
 * between it and the time (a link to the comment answered), the time. */
#define BL_HEADER(id, who, between, when, text)                                                    \
	"<div id=\"" id "\" class=\"cxjz\"><div class=\"cqvk\"><a "                               \
	"href=\"https://example.org/people/" who "\">" who "</a>" between "<span>" when             \
	"</span></div><div class=\"cvzx\"><p>" text "</p></div></div>"
static void test_blind_layouts(void **state)
{
	(void)state;
	static const char *const who[] = {"Maren", "Oskar", "Lidia", "Tomas", "Ines"};
	static const unsigned depth[] = {0, 1, 0, 1, 0}, depth0[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Too windy on Sunday.", "Saturday was calmer.",
	                                 "See you next year."};
	/* Comments whose answers sit in a list at the item's end: an item
	 * with answers and one without are one kind of block (the list of
	 * answers is no part of a block's shape), the answers its replies. */
	expect_blind(html(BL_HEAD("en") "<ol class=\"cjzk\">" BL_LI(
	                      "Maren", "March 3, 2021 at 10:00 am", "The red one flew highest.",
	                      "<ol class=\"cvkx\">" BL_LI("<a href=\"https://oskar.example\">Oskar</a>",
	                                                  "March 3, 2021 at 11:00 am",
	                                                  "It was mine, thank you!", "") "</ol>")
	                      BL_LI("Lidia", "March 4, 2021 at 9:30 am", "Too windy on Sunday.",
	                            "<ol class=\"cvkx\">" BL_LI("Tomas", "March 4, 2021 at 9:45 am",
	                                                        "Saturday was calmer.", "") "</ol>")
	                          BL_LI("Ines", "March 5, 2021 at 8:00 pm", "See you next year.",
	                                "") "</ol></body></html>",
	                  NULL),
	             who, depth, en, 5);
	/* The same rule on boxes of another site, in Polish: answers in a box
	 * of boxes at the end of the box they answer. */
	static const char *const pl[] = {"Czerwony latał najwyżej.", "To był mój, dziękuję!",
	                                 "W niedzielę za mocno wiało.", "Sobota była spokojniejsza.",
	                                 "Do zobaczenia za rok."};
	expect_blind(
	    html(BL_HEAD("pl") "<div class=\"cqqv\">" BL_BOX(
	             "Maren", "12.03.2021 10:15", "Czerwony latał najwyżej.",
	             "<div class=\"cxqq\">" BL_BOX("Oskar", "12.03.2021 11:20",
	                                           "To był mój, dziękuję!", "") "</div>")
	             BL_BOX("Lidia", "13.03.2021 09:05", "W niedzielę za mocno wiało.",
	                    "<div class=\"cxqq\">" BL_BOX("Tomas", "13.03.2021 09:40",
	                                                  "Sobota była spokojniejsza.", "") "</div>")
	                 BL_BOX("Ines", "14.03.2021 20:00", "Do zobaczenia za rok.",
	                        "") "</div></body></html>",
	         NULL),
	    who, depth, pl, 5);
	/* A date and its clock in two boxes side by side (in either order):
	 * the comment's time is the two, as a reader reads them. */
	static const char *const at_en[] = {"March 3, 2021 10:00 am", "March 3, 2021 11:00 am",
	                                    "March 4, 2021 9:30 am"};
	expect_blind_at(
	    html(BL_HEAD("en") "<div class=\"cqqv\">" BL_SPLIT("Maren", "March 3, 2021", "10:00 am",
	                                                      "The red one flew highest.")
	             BL_SPLIT("Oskar", "March 3, 2021", "11:00 am", "It was mine, thank you!")
	                 BL_SPLIT("Lidia", "March 4, 2021", "9:30 am",
	                          "Too windy on Sunday.") "</div></body></html>",
	         NULL),
	    who, depth0, en, at_en, 3);
	static const char *const at_de[] = {"10:15 12.03.2021", "11:20 12.03.2021",
	                                    "09:05 13.03.2021"};
	static const char *const de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                 "Am Sonntag war es zu windig."};
	expect_blind_at(
	    html(BL_HEAD("de") "<ul class=\"cqqv\">" BL_SPLIT_LI("Maren", "10:15", "12.03.2021",
	                                                        "Der rote flog am höchsten.")
	             BL_SPLIT_LI("Oskar", "11:20", "12.03.2021", "Das war meiner, danke!")
	                 BL_SPLIT_LI("Lidia", "09:05", "13.03.2021",
	                             "Am Sonntag war es zu windig.") "</ul></body></html>",
	         NULL),
	    who, depth0, de, at_de, 3);
	/* A name written loose in the box that also holds the time: the name
	 * is that text alone, not the box's text with the time run in. */
	static const char *const at_sl[] = {"29.07.2020 // 12:56", "23.07.2020 // 12:59",
	                                    "15.07.2020 // 12:00"};
	expect_blind_at(html(BL_HEAD("de") "<ol class=\"cqqv\">" BL_LOOSE(
	                         "Maren", "29.07.2020 // 12:56", "Der rote flog am höchsten.")
	                         BL_LOOSE("Oskar", "23.07.2020 // 12:59", "Das war meiner, danke!")
	                             BL_LOOSE("Lidia", "15.07.2020 // 12:00",
	                                      "Am Sonntag war es zu windig.") "</ol></body></html>",
	                     NULL),
	                who, depth0, de, at_sl, 3);
	static const char *const ru_who[] = {"Иван Петров", "Ольга", "Сергей"};
	static const char *const ru[] = {"Красный летал выше всех.", "Это был мой, спасибо!",
	                                 "В воскресенье было слишком ветрено."};
	static const char *const at_ru[] = {"12 марта 2021 в 14:30", "12 марта 2021 в 15:10",
	                                    "13 марта 2021 в 09:45"};
	expect_blind_at(
	    html(BL_HEAD("ru") "<div class=\"cqqv\">" BL_LOOSE_RU("Иван Петров",
	                                                         "12 марта 2021 в 14:30",
	                                                         "Красный летал выше всех.")
	             BL_LOOSE_RU("Ольга", "12 марта 2021 в 15:10", "Это был мой, спасибо!")
	                 BL_LOOSE_RU("Сергей", "13 марта 2021 в 09:45",
	                             "В воскресенье было слишком ветрено.") "</div></body></html>",
	         NULL),
	    ru_who, depth0, ru, at_ru, 3);
	/* A flat list whose answers open by linking the answered block's id
	 * ("<a href=#ID>@NAME</a>: ..."), or stand under it by their own left
	 * margin: each answers that block. */
	static const char *const an_who[] = {"Maren", "Lidia", "Tomas", "Oskar"};
	static const unsigned an_depth[] = {0, 1, 2, 0};
	static const char *const an[] = {"The red one flew highest.",
	                                 "@Maren: It was mine, thank you!",
	                                 "@Lidia: Not for the red one.", "Too windy on Sunday."};
	expect_blind(
	    html(BL_HEAD("en") "<ul class=\"cqqv\">" BL_FLAT(
	             "cjxq", "Maren", "March 3, 2021", "The red one flew highest.")
	             BL_FLAT("czzk", "Oskar", "March 4, 2021", "Too windy on Sunday.")
	                 BL_FLAT("cxvv", "Lidia", "March 5, 2021",
	                         "<a href=\"#cjxq\">@Maren</a>: It was mine, thank you!")
	                     BL_FLAT("ckkj", "Tomas", "March 6, 2021",
	                             "<a href=\"#cxvv\">@Lidia</a>: Not for the red one.")
	                         "</ul></body></html>",
	         NULL),
	    an_who, an_depth, an, 4);
	static const unsigned mg_depth[] = {0, 1, 2, 0}; /* Maren, Oskar, Lidia, Tomas */
	static const char *const mg[] = {"El rojo voló más alto.", "Era mío, ¡gracias!",
	                                 "¿De verdad?", "Demasiado viento el domingo."};
	expect_blind(
	    html(BL_HEAD("es") "<div class=\"cqqv\">" BL_MARGIN(
	             "0", "Maren", "3 de marzo de 2021", "El rojo voló más alto.")
	             BL_MARGIN("30px", "Oskar", "3 de marzo de 2021", "Era mío, ¡gracias!")
	                 BL_MARGIN("60px", "Lidia", "4 de marzo de 2021", "¿De verdad?")
	                     BL_MARGIN("0", "Tomas", "5 de marzo de 2021",
	                               "Demasiado viento el domingo.") "</div></body></html>",
	         NULL),
	    who, mg_depth, mg, 4);
	/* A flat list whose header line links the comment answered, the link
	 * naming its writer ("NAME replied to <a href=PAGE#ID>comment from
	 * X</a>"): the block answers it, and that link, pointing at a place in
	 * the page, is not the writer's profile though it is nearer the time. */
	static const char *const hd_who[] = {"Maren", "Lidia", "Oskar"};
	static const unsigned hd_depth[] = {0, 1, 0};
	static const char *const hd[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Too windy on Sunday."};
	expect_blind(
	    html(BL_HEAD("en") "<div class=\"cqqv\">" BL_HEADER(
	             "cjxq", "Maren", "", "March 3, 2021", "The red one flew highest.")
	             BL_HEADER("czzk", "Oskar", "", "March 4, 2021", "Too windy on Sunday.")
	                 BL_HEADER("cxvv", "Lidia",
	                           " replied to <a href=\"https://example.org/kites.html#cjxq\">"
	                           "comment from Maren</a> &bull; ",
	                           "March 5, 2021", "It was mine, thank you!") "</div></body></html>",
	         NULL),
	    hd_who, hd_depth, hd, 3);
	static const char *const hd_de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                    "Am Sonntag war es zu windig."};
	expect_blind(
	    html(BL_HEAD("de") "<div class=\"cqqv\">" BL_HEADER(
	             "cjxq", "Maren", "", "3. März 2021", "Der rote flog am höchsten.")
	             BL_HEADER("czzk", "Oskar", "", "4. März 2021", "Am Sonntag war es zu windig.")
	                 BL_HEADER("cxvv", "Lidia",
	                           " &ndash; <a href=\"/drachen.html#cjxq\">Kommentar von Maren</a> ",
	                           "5. März 2021", "Das war meiner, danke!") "</div></body></html>",
	         NULL),
	    hd_who, hd_depth, hd_de, 3);
	/* The same with the date written between marks ("— 17.07, 2011 @",
	 * "12.03.2021 o godz."): a date all the same, the clock its. */
	static const char *const at_mk[] = {"— 17.07, 2011 @ 13:04", "— 17.07, 2011 @ 13:22",
	                                    "— 18.07, 2011 @ 09:10"};
	expect_blind_at(
	    html(BL_HEAD("de") "<div class=\"cqqv\">" BL_SPLIT("Maren", "— 17.07, 2011 @", "13:04",
	                                                      "Der rote flog am höchsten.")
	             BL_SPLIT("Oskar", "— 17.07, 2011 @", "13:22", "Das war meiner, danke!")
	                 BL_SPLIT("Lidia", "— 18.07, 2011 @", "09:10",
	                          "Am Sonntag war es zu windig.") "</div></body></html>",
	         NULL),
	    who, depth0, de, at_mk, 3);
	static const char *const at_pl[] = {"12.03.2021 o godz. 10:15", "12.03.2021 o godz. 11:20",
	                                    "13.03.2021 o godz. 09:05"};
	static const char *const pl3[] = {"Czerwony latał najwyżej.", "To był mój, dziękuję!",
	                                  "W niedzielę za mocno wiało."};
	expect_blind_at(
	    html(BL_HEAD("pl") "<div class=\"cqqv\">" BL_SPLIT("Maren", "12.03.2021 o godz.", "10:15",
	                                                      "Czerwony latał najwyżej.")
	             BL_SPLIT("Oskar", "12.03.2021 o godz.", "11:20", "To był mój, dziękuję!")
	                 BL_SPLIT("Lidia", "13.03.2021 o godz.", "09:05",
	                          "W niedzielę za mocno wiało.") "</div></body></html>",
	         NULL),
	    who, depth0, pl3, at_pl, 3);
}
#undef BL_HEADER
#undef BL_FLAT
#undef BL_MARGIN
#undef BL_LOOSE
#undef BL_LOOSE_RU
#undef BL_HEAD
#undef BL_LI
#undef BL_BOX
#undef BL_SPLIT
#undef BL_SPLIT_LI

/* Layouts read by structure alone, second set (doc/import.md, "Leaning on
 * class names"). */
#define BL2_HEAD(lang)                                                                             \
	"<!DOCTYPE html><html lang=\"" lang "\"><head><meta charset=\"utf-8\"><title>Kites</title>"  \
	"</head><body><div class=\"cqzvkjx\"><h1>Kites</h1><p>The kite festival on the dunes "      \
	"drew a crowd of flyers from every town along the coast this year.</p></div>"
/* A block whose header shows a score beside the name ("12pts", "5 Pkt")
 * before its time: a count with a short word that is no unit of time is
 * no time, and the date after it is. */
#define BL_SCORE(who, score, when, text)                                                           \
	"<div class=\"cxjz\"><div class=\"cqvk\"><a href=\"/u/" who "\">" who "</a> <span "          \
	"class=\"cjkq\">" score "</span> <span class=\"cvjj\">" when "</span></div><p "              \
	"class=\"cvzx\">" text "</p></div>"
#define BL_SCORE_LI(who, score, when, text)                                                        \
	"<li class=\"cxjz\"><p class=\"cqvk\"><b>" who "</b> <small>" score "</small> <small>" when \
	"</small></p><div class=\"cvzx\">" text "</div></li>"
/* A comment as two sibling boxes, a header (name, time) and then its
 * text: a definition list's term and description; two <div>s. */
#define BL_PAIR_DL(who, when, text)                                                                \
	"<dt class=\"cxjz\"><span class=\"cqvk\">" who "</span> <span class=\"cjkq\"><a "          \
	"href=\"#c\">" when "</a></span></dt><dd class=\"cxjz\"><div class=\"cvzx\"><p>" text        \
	"</p></div></dd>"
#define BL_PAIR_DIV(who, when, text)                                                               \
	"<div class=\"cxjz\"><a href=\"/u/" who "\">" who "</a> <small>" when "</small></div><div "  \
	"class=\"cvzx\"><p>" text "</p><p><a href=\"#r\">Rispondi</a></p></div>"
/* A table's row per comment, a first cell holding a spacer picture as wide
 * as the answer is deep, then the header (a name linked, an age) and the
 * text. */
#define BL_ROW(width, who, when, text)                                                             \
	"<tr class=\"cxjz\"><td><table><tr><td class=\"cqvk\"><img src=\"s.gif\" height=\"1\" "       \
	"width=\"" width "\"></td><td class=\"cjkq\"><span><a href=\"user?id=" who "\">" who         \
	"</a> <a href=\"item?id=1\">" when "</a></span><div class=\"cvzx\"><p>" text                 \
	"</p></div></td></tr></table></td></tr>"
#define BL_ROW_DE(width, who, when, text)                                                          \
	"<tr><td><img src=\"leer.gif\" width=\"" width "\" height=\"1\" alt=\"\"></td><td><b><a "   \
	"href=\"/profil/" who "\">" who "</a></b> <i>schrieb am " when "</i><br><font size=\"2\">"    \
	text "</font></td></tr>"
/* A block opening with its writer's name in a heading, then the time, then
 * the text. */
#define BL_HEADING(who, when, text)                                                                \
	"<div class=\"cxjz\"><div class=\"cqvk\"><h4>" who "</h4></div><div class=\"cjkq\">" when   \
	"</div><div class=\"cvzx\"><p>" text "</p></div></div>"
#define BL_HEADING_LI(who, when, text)                                                             \
	"<li class=\"cxjz\"><h3><a href=\"https://example.org/" who "\">" who "</a></h3><p "         \
	"class=\"cjkq\"><span>" when "</span></p><p>" text "</p></li>"

/* A form shows a field to fill or press when it holds a text box, a list
 * to pick from, a button or an input of any type but hidden. */
static void test_form_to_fill(void **state)
{
	(void)state;
	static const struct {
		const char *form;
		int fill;
	} cases[] = {
	    {"<form><input type=\"hidden\" name=\"id\" value=\"1\"><div><p>Words</p></div></form>", 0},
	    {"<form><div><p>Words alone</p></div></form>", 0},
	    {"<form><input type=\"text\" name=\"q\"></form>", 1},
	    {"<form><input name=\"q\"></form>", 1},
	    {"<form><input type=\"HIDDEN\" name=\"a\"><input type=\"submit\"></form>", 1},
	    {"<form><textarea>Write here</textarea></form>", 1},
	    {"<form><select><option>One</option></select></form>", 1},
	    {"<form><button>Save</button></form>", 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *page = tt_xasprintf("<html><body>%s</body></html>", cases[i].form);
		int dense;
		tt_hdoc *doc = tt_html_parse(page, strlen(page), "UTF-8", &dense);
		assert_non_null(doc);
		tt_hnode *form = tt_html_find_tag(tt_html_doc_node(doc), "form");
		assert_non_null(form);
		if (tt_html_form_to_fill(form) != cases[i].fill)
			print_error("%s: %d\n", cases[i].form, !cases[i].fill);
		assert_int_equal(tt_html_form_to_fill(form), cases[i].fill);
		tt_html_free(doc);
		free(page);
	}
}

/* A comment whose words sit in a form showing no field, to edit them in
 * place once a script adds a box (old Reddit's, round 39 scrambled): the
 * words are the comment's; a form with a box to write in (the reply form)
 * holds none; a script's link under a short comment ("load more
 * comments") is none of its words, though longer. */
#define BL_FORMED(id, who, when, text, kids)                                                      \
	"<div class=\"cxjz\" id=\"" id "\"><div class=\"cqvk\"><p class=\"cjkq\"><a href=\"#\">"   \
	"[-]</a><a href=\"https://example.org/user/" who "\">" who "</a> <span>3 points</span> "    \
	"<time datetime=\"2016-10-13T11:39:02+00:00\">" when "</time></p><form action=\"#\">"      \
	"<input type=\"hidden\" name=\"thing_id\" value=\"" id "\"><div class=\"cvzx\"><div>"      \
	"<p>" text "</p></div></div></form><ul class=\"cvjj\"><li><a href=\"#p\">permalink</a>"   \
	"</li><li><a href=\"#r\">reply</a></li></ul></div><div class=\"cqqz\">" kids "</div></div>"
static void test_blind_form_words(void **state)
{
	(void)state;
	static const char *const who[] = {"Maren", "Oskar", "Lidia", "Tomas"};
	static const unsigned depth[] = {0, 1, 0, 0};
	static const char *const words[] = {"The red one flew highest.", "It was mine, thank you!",
	                                    "Too windy on Sunday.", "Next year, then."};
	static const char *const at[] = {"3 hours ago", "2 hours ago", "1 hour ago",
	                                  "40 minutes ago"};
	expect_blind_at(
	    html(BL2_HEAD("en") "<form action=\"#\"><textarea name=\"text\">Write a comment</textarea>"
	                        "<button>save</button></form><div class=\"cqqv\">" BL_FORMED(
	             "t1", "Maren", "3 hours ago", "The red one flew highest.",
	             BL_FORMED("t2", "Oskar", "2 hours ago", "It was mine, thank you!", ""))
	             BL_FORMED("t3", "Lidia", "1 hour ago", "Too windy on Sunday.",
	                       "<div><a href=\"javascript:void(0)\">load more comments (2 "
	                       "replies, hidden)</a></div>")
	                 BL_FORMED("t4", "Tomas", "40 minutes ago", "Next year, then.",
	                           "") "</div></body></html>",
	         NULL),
	    who, depth, words, at, 4);
}
#undef BL_FORMED

/* A federated account's name with its server in a box of its own inside
 * the name's link ("<a><span>db0</span><small>@lemmy.dbzer0.com</small>
 * </a>", round 40's Lemmy scrambled): the name is the link's words, the
 * server no words of the comment however short these are ("Done."). */
#define BL_FED(who, server, when, text, kids)                                                    \
	"<li class=\"cxjz\"><article class=\"cqvk\"><div class=\"cjkq\"><a class=\"cvvq\" "         \
	"href=\"/u/" who server "\"><img src=\"a.png\" alt=\"\"><span>" who "</span><small "       \
	"class=\"czzq\">" server "</small></a> <span>"                                            \
	when "</span></div><div class=\"cvzx\"><p>" text "</p></div></article><ul class=\"cqqz\">"   \
	kids "</ul></li>"
static void test_blind_server_name(void **state)
{
	(void)state;
	static const char *const who[] = {"db0@lemmy.dbzer0.com",     "Dessalines",
	                                  "Corgana@startrek.website", "db0@lemmy.dbzer0.com",
	                                  "Blaze@feddit.org",         "Nutomic"};
	static const unsigned depth[] = {0, 1, 0, 1, 0, 1};
	static const char *const words[] = {"Adding local site settings to reject votes.",
	                                    "Yep this has been a growing problem.",
	                                    "Post scheduling is huge!",
	                                    "Done.",
	                                    "Thanks for sharing and your work!",
	                                    "In principle it is finished."};
	static const char *const at[] = {"1 year ago",   "11 months ago", "10 months ago",
	                                 "9 months ago", "8 months ago",  "7 months ago"};
	expect_blind_at(
	    html(BL2_HEAD("en") "<ul class=\"cqqv\">" BL_FED(
	             "db0", "@lemmy.dbzer0.com", "1 year ago",
	             "Adding local site settings to reject votes.",
	             BL_FED("Dessalines", "", "11 months ago", "Yep this has been a growing problem.", ""))
	             BL_FED("Corgana", "@startrek.website", "10 months ago", "Post scheduling is huge!",
	                    BL_FED("db0", "@lemmy.dbzer0.com", "9 months ago", "Done.", ""))
	                 BL_FED("Blaze", "@feddit.org", "8 months ago",
	                        "Thanks for sharing and your work!",
	                        BL_FED("Nutomic", "", "7 months ago", "In principle it is finished.",
	                               "")) "</ul></body></html>",
	         NULL),
	    who, depth, words, at, 6);
}
#undef BL_FED

/* Invision's posts, names meaning nothing (round 41, scrambled): each
 * post a pane for small screens (the name, "Posted <time>"), the writer's
 * pane (the name, a rank, a count linking the profile) and the post's own
 * box, its dated line ("Posted <time>") over the words: the words alone
 * are the text, neither pane nor dated line. The page's JSON-LD describes
 * the thread's posting, its "text" the first post's: that post is the
 * topic, no comment. */
#define BL_IPS(id, who, iso, shown, text)                                                          \
	"<article class=\"cqvj\"><div class=\"cqjv\"><a href=\"/profile/" id "-" who "/\">" who      \
	"</a> <div class=\"cxzq\"><a href=\"#c" id "\">Posted <time datetime=\"" iso "\">" shown     \
	"</time></a></div></div><aside class=\"cjxk\"><h3><strong><a href=\"/profile/" id "-" who    \
	"/\">" who "</a></strong></h3><ul class=\"cxjz\"><li>Members</li><li><a href=\"/profile/" id \
	"-" who "/content/\">360</a></li></ul></aside><div class=\"ckzj\"><div class=\"cqqx\"><div "  \
	"class=\"ckjx\">Posted <time datetime=\"" iso "\">" shown "</time></div></div><div "        \
	"class=\"cjkv\"><div data-role=\"commentContent\" class=\"cvkv\"><p>" text "</p></div></div>" \
	"</div></article>"
static void test_blind_writer_pane(void **state)
{
	(void)state;
	static const char *const who[] = {"Daresh", "alex", "ErnestQ"};
	static const unsigned depth[] = {0, 0, 0};
	static const char *const words[] = {"It is not easy because payment modules keep their own data.",
	                                    "Most likely the module has its own table in the database.",
	                                    "Yeah, the module usually stores its payment data apart."};
	static const char *const at[] = {"October 29, 2025", "October 30, 2025", "October 31, 2025"};
	const char *page =
	    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Payment issues"
	    "</title><script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\", "
	    "\"headline\": \"Payment issues\", \"text\": \"Hi, I have a few orders the customer did "
	    "not pay by card.\", \"author\": {\"name\": \"GrinGEO\"}}</script></head><body><h1>General "
	    "topics</h1><div class=\"cvvq\">" BL_IPS("16", "GrinGEO", "2025-10-29T12:07:52Z",
	                                          "October 29, 2025",
	                                          "Hi, I have a few orders the customer did not pay by card.")
	        BL_IPS("65", "Daresh", "2025-10-29T12:17:58Z", "October 29, 2025",
	               "It is not easy because payment modules keep their own data.")
	            BL_IPS("14", "alex", "2025-10-30T09:01:00Z", "October 30, 2025",
	                   "Most likely the module has its own table in the database.")
	                BL_IPS("19", "ErnestQ", "2025-10-31T10:11:00Z", "October 31, 2025",
	                       "Yeah, the module usually stores its payment data apart.")
	                    "</div></body></html>";
	expect_blind_at(html(page, NULL), who, depth, words, at, 3);
}
#undef BL_IPS

/* vBulletin 4's posts, names meaning nothing (round 41, scrambled): each
 * a schema.org Comment; the first shows the thread's title deep in its
 * boxes (its h2): the topic, no comment. A quotation is boxes in boxes,
 * an empty one first, then "Originally Posted by NAME" with a button
 * linking the post quoted ("#post2"), then the words, the answer after
 * the outer box: a quotation, and the post answers the one linked, not
 * its writer's latest. */
#define BL_VB(n, who, when, title, text)                                                           \
	"<li class=\"cpbt\" id=\"cp_" n "\" itemscope itemtype=\"http://schema.org/Comment\"><div "    \
	"class=\"cph\"><span class=\"cdt\" itemprop=\"datePublished\">" when "</span> <a name=\"post" n \
	"\" "                                                                                       \
	"href=\"showthread.php?p=" n "#post" n "\">#" n "</a></div><div class=\"cpd\"><div "           \
	"class=\"cui\"><a class=\"cun\" href=\"member.php?u=" n "\"><strong itemprop=\"author\">" who \
	"</strong></a>"                                                                              \
	"</div><div class=\"cpb\"><div class=\"cpr\">" title "<div class=\"cct\"><blockquote "        \
	"class=\"cpc\"><span itemprop=\"text\">" text "</span></blockquote></div></div></div></div>"  \
	"</li>"
#define BL_VBQ(who, n, words)                                                                      \
	"<div class=\"cbc\"><div class=\"cbq\"><div class=\"cqc\"><div class=\"cqe\"></div><div "       \
	"class=\"cpo\"><img src=\"q.png\" alt=\"Quote\"> Originally Posted by <strong>" who          \
	"</strong> <a href=\"showthread.php?p=" n "#post" n "\"><img src=\"v.png\" alt=\"View "        \
	"Post\"></a></div><div class=\"cms\">" words "</div></div></div></div>"
static void test_blind_quoted_posts(void **state)
{
	(void)state;
	static const char *const who[] = {"ben", "cleo", "dan", "ben"};
	static const unsigned depth[] = {0, 1, 1, 0};
	static const char *const words[] = {"Support matters most, then the price.",
	                                    "> Originally Posted by ben", "> Originally Posted by ben",
	                                    "Uptime first, always."};
	const char *page =
	    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Which host do you "
	    "choose? | Hosting Talk</title></head><body><div class=\"cnv\"><a href=\"/\">Forum</a></div>"
	    "<ol class=\"cps\">" BL_VB("1", "anna", "11-29-2024, 09:03 AM",
	                              "<h2 class=\"ctt\">Which host do you choose?</h2>",
	                              "What do you look at when you buy hosting? The disk, the "
	                              "bandwidth, the support, the uptime, the place of the servers, "
	                              "the control panel, the backups, the price of the renewal after "
	                              "the first year, the way they answer a ticket at night? I have "
	                              "been burnt twice already and would rather ask before I pay.")
	        BL_VB("2", "ben", "11-29-2024, 01:50 PM", "", "Support matters most, then the price.")
	            BL_VB("3", "cleo", "11-29-2024, 02:43 PM", "",
	                  BL_VBQ("ben", "2", "Support matters most") "Agreed, and backups.")
	                BL_VB("4", "ben", "11-29-2024, 04:40 PM", "", "Uptime first, always.")
	                    BL_VB("5", "dan", "11-29-2024, 08:24 PM", "",
	                          BL_VBQ("ben", "2", "Support matters most") "Price for me.")
	                        "</ol></body></html>";
	tt_thread *t = html(page, NULL);
	assert_true(t->ncomments == 4 && t->order[1]->body.n >= 3);
	assert_string_equal(t->order[1]->body.v[1], "> Support matters most");
	assert_string_equal(t->order[1]->body.v[2], "Agreed, and backups.");
	expect_blind(t, who, depth, words, 4);
	/* (a link named by the title, "In reply to: TITLE", shows none: the
	 * first comment stays one) */
	t = html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Which host "
	         "do you choose? | Hosting Talk</title></head><body><ol class=\"cps\">" BL_VB(
	             "1", "anna", "11-29-2024, 09:03 AM",
	             "<span>In reply to: <a href=\"/t/1\">Which host do you choose?</a></span>",
	             "The support, first of all.")
	             BL_VB("2", "ben", "11-29-2024, 01:50 PM", "", "Support matters most, then the price.")
	                 BL_VB("3", "cleo", "11-29-2024, 02:43 PM", "", "Uptime first, always.")
	                     "</ol></body></html>",
	         NULL);
	assert_int_equal(t->ncomments, 3);
	tt_thread_free(t);
}
#undef BL_VB
#undef BL_VBQ

static void test_blind_layouts_2(void **state)
{
	(void)state;
	static const char *const who[] = {"Maren", "Oskar", "Lidia"};
	static const unsigned depth0[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Too windy on Sunday."};
	static const char *const at_en[] = {"March 3, 2021", "March 4, 2021", "March 5, 2021"};
	expect_blind_at(
	    html(BL2_HEAD("en") "<div class=\"cqqv\">" BL_SCORE("Maren", "12pts", "March 3, 2021",
	                                                        "The red one flew highest.")
	             BL_SCORE("Oskar", "5pts", "March 4, 2021", "It was mine, thank you!")
	                 BL_SCORE("Lidia", "1pt", "March 5, 2021",
	                          "Too windy on Sunday.") "</div></body></html>",
	         NULL),
	    who, depth0, en, at_en, 3);
	static const char *const de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                 "Am Sonntag war es zu windig."};
	static const char *const at_de[] = {"12.03.2021", "13.03.2021", "14.03.2021"};
	expect_blind_at(html(BL2_HEAD("de") "<ul class=\"cqqv\">" BL_SCORE_LI(
	                         "Maren", "5 Pkt", "12.03.2021", "Der rote flog am höchsten.")
	                         BL_SCORE_LI("Oskar", "12 Pkt", "13.03.2021", "Das war meiner, danke!")
	                             BL_SCORE_LI("Lidia", "3 Pkt", "14.03.2021",
	                                         "Am Sonntag war es zu windig.") "</ul></body></html>",
	                     NULL),
	                who, depth0, de, at_de, 3);
	/* Comments as pairs of sibling boxes, a header with the name and the
	 * time, then the text: each pair one comment. */
	expect_blind_at(
	    html(BL2_HEAD("en") "<dl class=\"cqqv\">" BL_PAIR_DL("Maren", "March 3, 2021",
	                                                         "The red one flew highest.")
	             BL_PAIR_DL("Oskar", "March 4, 2021", "It was mine, thank you!")
	                 BL_PAIR_DL("Lidia", "March 5, 2021",
	                            "Too windy on Sunday.") "</dl></body></html>",
	         NULL),
	    who, depth0, en, at_en, 3);
	static const char *const it[] = {"Il rosso volava più in alto.", "Era mio, grazie!",
	                                 "Domenica c'era troppo vento."};
	static const char *const at_it[] = {"3 marzo 2021 alle 10:15", "4 marzo 2021 alle 11:20",
	                                    "5 marzo 2021 alle 09:05"};
	expect_blind_at(
	    html(BL2_HEAD("it") "<div class=\"cqqv\">" BL_PAIR_DIV("Maren", "3 marzo 2021 alle 10:15",
	                                                           "Il rosso volava più in alto.")
	             BL_PAIR_DIV("Oskar", "4 marzo 2021 alle 11:20", "Era mio, grazie!")
	                 BL_PAIR_DIV("Lidia", "5 marzo 2021 alle 09:05",
	                             "Domenica c'era troppo vento.") "</div></body></html>",
	         NULL),
	    who, depth0, it, at_it, 3);
	/* A table whose rows are comments, each answer set in by a spacer
	 * picture in its first cell: on a page that names itself Hacker News'
	 * (<html op=item>) but whose rows that reader cannot find, and on a
	 * forum's table of another shape. */
	static const char *const sp_who[] = {"Maren", "Oskar", "Lidia", "Tomas"};
	static const unsigned sp_depth[] = {0, 1, 2, 0};
	static const char *const sp_en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                    "Too windy on Sunday.", "See you next year."};
	expect_blind(html("<!DOCTYPE html><html lang=\"en\" op=\"item\"><head><title>Kites | "
	                  "News</title></head><body><table class=\"cqqv\">" BL_ROW(
	                      "0", "Maren", "3 hours ago", "The red one flew highest.")
	                      BL_ROW("40", "Oskar", "2 hours ago", "It was mine, thank you!")
	                          BL_ROW("80", "Lidia", "1 hour ago", "Too windy on Sunday.")
	                              BL_ROW("0", "Tomas", "5 minutes ago",
	                                     "See you next year.") "</table></body></html>",
	                  NULL),
	             sp_who, sp_depth, sp_en, 4);
	static const char *const sp_de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                    "Am Sonntag war es zu windig.", "Bis nächstes Jahr."};
	expect_blind(html(BL2_HEAD("de") "<table class=\"cqqv\">" BL_ROW_DE(
	                      "0", "Maren", "12.03.2021 10:15", "Der rote flog am höchsten.")
	                      BL_ROW_DE("20", "Oskar", "12.03.2021 11:20", "Das war meiner, danke!")
	                          BL_ROW_DE("40", "Lidia", "13.03.2021 09:05",
	                                    "Am Sonntag war es zu windig.")
	                              BL_ROW_DE("0", "Tomas", "14.03.2021 20:00",
	                                        "Bis nächstes Jahr.") "</table></body></html>",
	                  NULL),
	             sp_who, sp_depth, sp_de, 4);
	/* The name in a short heading opening each block, the time after it:
	 * the heading is the writer's, not a title. */
	static const char *const hn_who[] = {"Maren Holm", "Oskar", "Lidia"};
	expect_blind_at(html(BL2_HEAD("en") "<div class=\"cqqv\">" BL_HEADING(
	                         "Maren Holm", "3/3/2021, 10:00:00 AM", "The red one flew highest.")
	                         BL_HEADING("Oskar", "3/4/2021, 11:00:00 AM", "It was mine, thank you!")
	                             BL_HEADING("Lidia", "3/5/2021, 9:30:00 AM",
	                                        "Too windy on Sunday.") "</div></body></html>",
	                     NULL),
	                hn_who, depth0, en, NULL, 3);
	static const char *const fr[] = {"Le rouge volait le plus haut.", "C'était le mien, merci !",
	                                 "Trop de vent dimanche."};
	expect_blind_at(html(BL2_HEAD("fr") "<ul class=\"cqqv\">" BL_HEADING_LI(
	                         "Maren", "le 3 mars 2021 à 10h15", "Le rouge volait le plus haut.")
	                         BL_HEADING_LI("Oskar", "le 4 mars 2021 à 11h20",
	                                       "C'était le mien, merci !")
	                             BL_HEADING_LI("Lidia", "le 5 mars 2021 à 09h05",
	                                           "Trop de vent dimanche.") "</ul></body></html>",
	                     NULL),
	                who, depth0, fr, NULL, 3);
}

#undef BL_SCORE
#undef BL_SCORE_LI
#undef BL_PAIR_DL
#undef BL_PAIR_DIV
#undef BL_ROW
#undef BL_ROW_DE
#undef BL_HEADING
#undef BL_HEADING_LI
#undef BL2_HEAD

/* Layouts read by structure alone once their class names are gone
 * (doc/import.md, "Class names scrambled: structure that carries"). */
#define SL_HEAD(lang)                                                                              \
	"<!DOCTYPE html><html lang=\"" lang "\"><head><meta charset=\"utf-8\"><title>Kites</title>"  \
	"</head><body><div class=\"cqzvkjx\"><h1>Kites</h1><p>The kite festival on the dunes "      \
	"drew a crowd of flyers from every town along the coast this year.</p></div>"
/* One rail of a thread's lines: an empty box holding an icon. */
#define SL_RAIL "<div class=\"cjkv\"><i class=\"cxqz\"></i></div>"
/* A block opening with a box of rails, one per level (Reddit's redesign
 * draws them so), then the header (a linked name, an age) and the text. */
#define SL_RAILS(rails, who, when, text)                                                           \
	"<div><div><div class=\"cqvz\" tabindex=\"-1\"><div class=\"cvxz\">" rails "</div><div "    \
	"class=\"cxvq\"><div class=\"cqqk\"><a href=\"/user/" who "\">" who "</a> <span>12 "        \
	"points</span> <a href=\"/c/1\"><span>" when "</span></a></div><div class=\"cqvq\"><p>"     \
	text "</p></div><div><button>Reply</button></div></div></div></div></div>"
/* A tree's row: a box of empty guides, one per level, then the name, the
 * time and the text, in a flat list. */
#define SL_GUIDES(guides, who, when, text)                                                         \
	"<li class=\"cxjz\"><span class=\"cvkk\">" guides "</span><strong>" who "</strong> "        \
	"<small>" when "</small><p>" text "</p></li>"

static void test_scrambled_layouts_rails(void **state)
{
	(void)state;
	/* Answers set in by rails, one per level, before each block: a
	 * block answers the latest before it drawn with fewer rails. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia", "Tomas", "Ines"};
	static const unsigned depth[] = {0, 1, 2, 1, 0};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Lucky you.", "Too windy on Sunday.", "See you next year."};
	expect_blind(
	    html(SL_HEAD("en") "<div class=\"cqqv\">" SL_RAILS(SL_RAIL, "Maren", "1 day ago",
	                                                      "The red one flew highest.")
	             SL_RAILS(SL_RAIL SL_RAIL, "Oskar", "1 day ago", "It was mine, thank you!")
	                 SL_RAILS(SL_RAIL SL_RAIL SL_RAIL, "Lidia", "20 hours ago", "Lucky you.")
	                     SL_RAILS(SL_RAIL SL_RAIL, "Tomas", "18 hours ago", "Too windy on Sunday.")
	                         SL_RAILS(SL_RAIL, "Ines", "2 hours ago",
	                                  "See you next year.") "</div></body></html>",
	         NULL),
	    who, depth, en, 5);
	static const char *const de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                 "Glück gehabt.", "Am Sonntag war es zu windig.",
	                                 "Bis nächstes Jahr."};
	expect_blind(
	    html(SL_HEAD("de") "<ul class=\"cqqv\">" SL_GUIDES(
	             "", "Maren", "3. März 2021, 10:00", "Der rote flog am höchsten.")
	             SL_GUIDES("<b></b>", "Oskar", "3. März 2021, 11:00", "Das war meiner, danke!")
	                 SL_GUIDES("<b></b><b></b>", "Lidia", "3. März 2021, 12:00", "Glück gehabt.")
	                     SL_GUIDES("<b></b>", "Tomas", "4. März 2021, 09:00",
	                               "Am Sonntag war es zu windig.")
	                         SL_GUIDES("", "Ines", "5. März 2021, 08:00",
	                                   "Bis nächstes Jahr.") "</ul></body></html>",
	         NULL),
	    who, depth, de, 5);
	/* A box of no text opening some blocks and not others (an empty
	 * score beside a count) is no level: those blocks stay on top. */
	static const unsigned flat[] = {0, 0, 0};
	expect_blind(
	    html(SL_HEAD("en") "<ul class=\"cqqv\">" SL_GUIDES(
	             "7", "Maren", "March 3, 2021", "The red one flew highest.")
	             SL_GUIDES("<b></b>", "Oskar", "March 3, 2021", "It was mine, thank you!")
	                 SL_GUIDES("", "Lidia", "March 3, 2021", "Lucky you.") "</ul></body></html>",
	         NULL),
	    who, flat, en, 3);
}
/* A comment as RDFa writes it (Drupal's RDF module: typeof
 * "sioct:Comment", the name FOAF's, the comment answered named by
 * SIOC's reply_of beside the article; a title over the name). */
#define SL_SIOC(id, title, who, when, text, answers)                                               \
	"<article class=\"cjqz\" about=\"/comment/" id "#cxq" id "\" typeof=\"sioc:Post "           \
	"sioct:Comment\"><h3 property=\"dc:title\"><a href=\"/comment/" id "\">" title "</a></h3>"  \
	"<div class=\"cvvk\">Submitted by <span rel=\"sioc:has_creator\"><span "                    \
	"typeof=\"sioc:UserAccount\" property=\"foaf:name\">" who "</span></span> on <span "        \
	"property=\"dc:date dc:created\" content=\"2021-03-03T10:00:00\">" when "</span></div>"     \
	"<span rel=\"sioc:reply_of\" resource=\"/node/7\" class=\"cvqq\"></span>" answers          \
	"<div property=\"content:encoded\"><p>" text "</p></div><ul class=\"cxxz\"><li><a "          \
	"href=\"/comment/reply/7/" id "\">reply</a></li></ul></article>"
#define SL_ANSWERS(id) "<span rel=\"sioc:reply_of\" resource=\"/comment/" id "#cxq" id "\"></span>"
/* schema.org's vocabulary as RDFa: the time first, the name after it. */
#define SL_SCHEMA(who, when, text)                                                                 \
	"<div class=\"cxjz\" typeof=\"schema:Comment\"><p class=\"cqvk\"><span "                    \
	"property=\"schema:dateCreated\" content=\"2021-03-03T10:15\">" when "</span>, par <span "  \
	"property=\"schema:author\">" who "</span></p><div property=\"schema:text\"><p>" text      \
	"</p></div></div>"

static void test_scrambled_layouts_rdfa(void **state)
{
	(void)state;
	/* Comments typed as such by RDFa are comments whatever their class;
	 * FOAF's name is the writer's (not the title over it), and a
	 * reply_of naming another comment's resource sets it under that. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia"};
	static const unsigned depth[] = {0, 1, 0}, flat[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Too windy on Sunday."};
	static const char *const at_en[] = {"March 3, 2021 - 10:00", "March 3, 2021 - 11:00",
	                                    "March 4, 2021 - 09:00"};
	expect_blind_at(
	    html(SL_HEAD("en") "<section class=\"cqqv\">" SL_SIOC(
	             "1", "The red one", "Maren", "March 3, 2021 - 10:00", "The red one flew highest.", "")
	             SL_SIOC("2", "It was mine", "Oskar", "March 3, 2021 - 11:00",
	                     "It was mine, thank you!", SL_ANSWERS("1"))
	                 SL_SIOC("3", "Too windy", "Lidia", "March 4, 2021 - 09:00",
	                         "Too windy on Sunday.", "") "</section></body></html>",
	         NULL),
	    who, depth, en, at_en, 3);
	static const char *const fr[] = {"Le rouge volait le plus haut.", "C'était le mien, merci !",
	                                 "Trop de vent dimanche."};
	static const char *const at_fr[] = {"le 3 mars 2021 à 10h15", "le 4 mars 2021 à 11h20",
	                                    "le 5 mars 2021 à 09h05"};
	expect_blind_at(
	    html(SL_HEAD("fr") "<div class=\"cqqv\">" SL_SCHEMA("Maren", "le 3 mars 2021 à 10h15",
	                                                       "Le rouge volait le plus haut.")
	             SL_SCHEMA("Oskar", "le 4 mars 2021 à 11h20", "C'était le mien, merci !")
	                 SL_SCHEMA("Lidia", "le 5 mars 2021 à 09h05",
	                           "Trop de vent dimanche.") "</div></body></html>",
	         NULL),
	    who, flat, fr, at_fr, 3);
}
/* A block whose name is written in the time's own line, between words
 * every block repeats ("geschrieben von NAME am DATE"), a title over it. */
#define SL_LINE_DE(title, who, when, text)                                                         \
	"<li class=\"cxjz\"><div class=\"cqvk\"><img src=\"a.png\" alt=\"\"><h2>" title "</h2><span " \
	"class=\"cjkq\">geschrieben von " who " am " when "</span><span class=\"cvvq\">[ <a "       \
	"href=\"/konto/login/\">antworten</a> ]</span></div><p>" text "</p></li>"
#define SL_LINE_PL(title, who, when, text)                                                         \
	"<div class=\"cxjz\"><h4 class=\"cqvk\">" title "</h4><div class=\"cjkq\">Dodane przez " who \
	" dnia " when "</div><div class=\"cvzx\"><p>" text "</p></div></div>"

static void test_scrambled_layouts_line(void **state)
{
	(void)state;
	/* The part of the line that differs from block to block is the
	 * name, the time what follows the word after it; the title over
	 * it the comment's first line. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const de[] = {"Ein Argument", "Einwand", "Wind"};
	static const char *const at_de[] = {"3. März 2021, 10:00", "3. März 2021, 11:00",
	                                    "4. März 2021, 09:00"};
	expect_blind_at(
	    html(SL_HEAD("de") "<ul class=\"cqqv\">" SL_LINE_DE("Ein Argument", "Maren",
	                                                       "3. März 2021, 10:00",
	                                                       "Der rote flog am höchsten.")
	             SL_LINE_DE("Einwand", "Oskar", "3. März 2021, 11:00", "Das war meiner, danke!")
	                 SL_LINE_DE("Wind", "Lidia", "4. März 2021, 09:00",
	                            "Am Sonntag war es zu windig.") "</ul></body></html>",
	         NULL),
	    who, flat, de, at_de, 3);
	static const char *const pl[] = {"Latawce", "Mój", "Wiatr"};
	static const char *const at_pl[] = {"3 marca 2021 o 10:15", "4 marca 2021 o 11:20",
	                                    "5 marca 2021 o 09:05"};
	expect_blind_at(
	    html(SL_HEAD("pl") "<div class=\"cqqv\">" SL_LINE_PL(
	             "Latawce", "Maren", "3 marca 2021 o 10:15", "Czerwony latał najwyżej.")
	             SL_LINE_PL("Mój", "Oskar", "4 marca 2021 o 11:20", "To był mój, dziękuję!")
	                 SL_LINE_PL("Wiatr", "Lidia", "5 marca 2021 o 09:05",
	                            "W niedzielę za mocno wiało.") "</div></body></html>",
	         NULL),
	    who, flat, pl, at_pl, 3);
}
#undef SL_LINE_DE
#undef SL_LINE_PL
/* A block whose reply label, every block's, stands in its header beside
 * the name and the time, the text in a box of its own after it. */
#define SL_SHORT_DE(who, when, text)                                                               \
	"<li class=\"cxjz\"><article class=\"cqqz\"><header class=\"cvvj\"><span class=\"czxk\"><a " \
	"href=\"https://" who ".example\">" who "</a></span> <time class=\"ckkq\">" when "</time>"   \
	"<div class=\"cqjv\"><a href=\"#cvq\">Antworten</a></div></header><section "                \
	"class=\"cjvq\"><p>" text "</p></section></article></li>"
#define SL_SHORT_PL(who, when, text)                                                               \
	"<div class=\"cxjz\"><p class=\"cqvk\"><b>" who "</b> <span class=\"cjkq\">" when "</span> " \
	"<a href=\"#r\">Odpowiedz</a></p><div class=\"cvzx\"><p>" text "</p></div></div>"

static void test_scrambled_layouts_short(void **state)
{
	(void)state;
	/* A comment shorter than the label every block shows ("❤️",
	 * "Tak!" against "Antworten", "Odpowiedz") keeps its words: the
	 * label is never a block's text. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const de[] = {"Der rote flog am höchsten.", "❤️",
	                                 "Am Sonntag war es zu windig."};
	expect_blind(html(SL_HEAD("de") "<ol class=\"cqqv\">" SL_SHORT_DE(
	                      "Maren", "3. März 2021 um 10:00", "Der rote flog am höchsten.")
	                      SL_SHORT_DE("Oskar", "3. März 2021 um 11:00", "❤️")
	                          SL_SHORT_DE("Lidia", "4. März 2021 um 09:00",
	                                      "Am Sonntag war es zu windig.") "</ol></body></html>",
	                  NULL),
	             who, flat, de, 3);
	static const char *const pl[] = {"Czerwony latał najwyżej.", "Tak!",
	                                 "W niedzielę za mocno wiało."};
	expect_blind(html(SL_HEAD("pl") "<div class=\"cqqv\">" SL_SHORT_PL(
	                      "Maren", "3.03.2021 10:15", "Czerwony latał najwyżej.")
	                      SL_SHORT_PL("Oskar", "4.03.2021 11:20", "Tak!")
	                          SL_SHORT_PL("Lidia", "5.03.2021 09:05",
	                                      "W niedzielę za mocno wiało.") "</div></body></html>",
	                  NULL),
	             who, flat, pl, 3);
}
#undef SL_SHORT_DE
#undef SL_SHORT_PL
/* A list item holding a comment (the name, "says:", a linked time, the
 * text) and, at its end, a list of the answers to it. */
#define SL_ITEM(who, when, text, answers)                                                          \
	"<li class=\"cqjx\"><article class=\"cvzk\"><footer><div class=\"cxkq\"><img "          \
	"src=\"a.png\" alt=\"\"><b class=\"czzq\">" who "</b> <span>says:</span></div><div><a "     \
	"href=\"#cq" who "\"><time>" when "</time></a></div></footer><div class=\"cjkz\"><p>" text \
	"</p></div></article>" answers "</li>"
/* Another site's box: a linked name and a time over the text, the
 * answers in a box closing it. */
#define SL_NESTED(who, when, text, answers)                                                        \
	"<div class=\"cvqz\"><div class=\"cjjx\"><a href=\"/u/" who "\">" who "</a> <span>" when \
	"</span></div><p class=\"ckxv\">" text "</p>" answers "</div>"

static void test_scrambled_layouts_thread(void **state)
{
	(void)state;
	/* The only thread of a page, a comment and the answers nested in
	 * it, has no sibling block to repeat: its answers, blocks of its
	 * kind and shape in the box closing it, are the run. */
	static const char *const who[] = {"Maren", "Oskar", "Maren"};
	static const unsigned depth[] = {0, 1, 2};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Lucky you."};
	expect_blind(html(SL_HEAD("en") "<ol class=\"ckqv\">" SL_ITEM(
	                      "Maren", "March 3, 2021 at 10:00", "The red one flew highest.",
	                      "<ol class=\"cvvx\">" SL_ITEM(
	                          "Oskar", "March 3, 2021 at 11:00", "It was mine, thank you!",
	                          "<ol class=\"cvvx\">" SL_ITEM("Maren", "March 4, 2021 at 09:00",
	                                                         "Lucky you.", "") "</ol>") "</ol>")
	                      "</ol></body></html>",
	                  NULL),
	             who, depth, en, 3);
	static const char *const es[] = {"El rojo voló más alto.", "¡Era el mío, gracias!"};
	expect_blind(html(SL_HEAD("es") "<div class=\"ckqv\">" SL_NESTED(
	                      "Maren", "3 de marzo de 2021 a las 10:15", "El rojo voló más alto.",
	                      "<div class=\"cvvx\">" SL_NESTED("Oskar", "4 de marzo de 2021 a las 11:20",
	                                                        "¡Era el mío, gracias!", "") "</div>")
	                      "</div></body></html>",
	                  NULL),
	             who, depth, es, 2);
}
#undef SL_ITEM
#undef SL_NESTED
/* A list item: the linked name and the age, then the text. */
#define SL_NAME_FIRST(who, when, text)                                                             \
	"<li class=\"cqjx\"><div class=\"cxkq\"><a href=\"/user/" who "\">" who "</a> <span>"      \
	when "</span></div><div class=\"cvzk\"><p>" text "</p></div></li>"
/* Another site's block: a bold name and a time over the text. */
#define SL_BOLD(who, when, text)                                                                   \
	"<div class=\"cvqz\"><p class=\"cjjx\"><b>" who "</b> <small>" when "</small></p><div "     \
	"class=\"ckxv\">" text "</div></div>"

static void test_scrambled_layouts_split(void **state)
{
	(void)state;
	/* A run's list split in two by the page, each part under a heading
	 * in a box of its own ("top comments" over "all comments"): the
	 * blocks of the run's kind and shape in the other box are comments
	 * too, in the page's order. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia", "Tomas", "Ines"};
	static const unsigned flat[] = {0, 0, 0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Lucky you.", "Too windy on Sunday.", "See you next year."};
	expect_blind(
	    html(SL_HEAD("en") "<div class=\"cjvv\"><div class=\"cqkz\"><h4>Top comments</h4><ul "
	                       "class=\"cxxq\">" SL_NAME_FIRST("Maren", "2 months ago",
	                                                        "The red one flew highest.")
	             SL_NAME_FIRST("Oskar", "2 months ago", "It was mine, thank you!")
	                 "</ul></div><div class=\"cqkz\"><h4>All comments (5)</h4><ul "
	                 "class=\"cxxq\">" SL_NAME_FIRST("Lidia", "10 minutes ago", "Lucky you.")
	                     SL_NAME_FIRST("Tomas", "2 days ago", "Too windy on Sunday.")
	                         SL_NAME_FIRST("Ines", "1 week ago", "See you next year.")
	                             "</ul></div></div></body></html>",
	         NULL),
	    who, flat, en, 5);
	static const char *const de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                 "Glück gehabt.", "Am Sonntag war es zu windig."};
	expect_blind(html(SL_HEAD("de") "<main><section><h3>Seite 1</h3><div>" SL_BOLD(
	                      "Maren", "3. März 2021, 10:00", "Der rote flog am höchsten.")
	                      SL_BOLD("Oskar", "3. März 2021, 11:00", "Das war meiner, danke!")
	                          SL_BOLD("Lidia", "3. März 2021, 12:00", "Glück gehabt.")
	                              "</div></section><section><h3>Seite 2</h3><div>" SL_BOLD(
	                                  "Tomas", "4. März 2021, 09:00", "Am Sonntag war es zu windig.")
	                                  "</div></section></main></body></html>",
	                  NULL),
	             who, flat, de, 4);
	/* The best comments shown again over all of them: a block of the
	 * other box repeating a text of the run's is a copy, no comment. */
	static const char *const who2[] = {"Maren", "Lidia", "Tomas", "Ines"};
	static const char *const en2[] = {"The red one flew highest.", "Lucky you.",
	                                  "Too windy on Sunday.", "See you next year."};
	expect_blind(
	    html(SL_HEAD("en") "<div class=\"cjvv\"><div class=\"cqkz\"><h4>Top comments</h4><ul "
	                       "class=\"cxxq\">" SL_NAME_FIRST("Maren", "2 months ago",
	                                                        "The red one flew highest.")
	             SL_NAME_FIRST("Lidia", "10 minutes ago", "Lucky you.")
	                 "</ul></div><div class=\"cqkz\"><h4>All comments</h4><ul "
	                 "class=\"cxxq\">" SL_NAME_FIRST("Lidia", "10 minutes ago", "Lucky you.")
	                     SL_NAME_FIRST("Tomas", "2 days ago", "Too windy on Sunday.")
	                         SL_NAME_FIRST("Ines", "1 week ago", "See you next year.")
	                             "</ul></div></div></body></html>",
	         NULL),
	    who2, flat, en2, 4);
}
#undef SL_NAME_FIRST
#undef SL_BOLD
/* A block whose text comes first, then the linked name and the age. */
#define SL_WORDS_FIRST(who, when, text)                                                            \
	"<li class=\"cqjx\"><div class=\"cvzk\"><p>" text "</p></div><div class=\"cxkq\"><a "      \
	"href=\"/user/" who "\">" who "</a> <span>" when "</span></div></li>"
#define SL_WORDS_FIRST_PL(who, when, text)                                                         \
	"<div class=\"cvqz\"><div class=\"ckxv\">" text "</div><p class=\"cjjx\"><a "             \
	"href=\"/profil/" who "\">" who "</a>, <time>" when "</time></p></div>"

static void test_scrambled_layouts_words_first(void **state)
{
	(void)state;
	/* A short text written before the name ("Lucky you.", "Super!"),
	 * taken for the name until the profile link after it came, is the
	 * block's words: the block keeps its text and is read. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const en[] = {"Lucky you.", "Too windy on Sunday.", "See you next year."};
	expect_blind(html(SL_HEAD("en") "<ul class=\"cxxq\">" SL_WORDS_FIRST(
	                      "Maren", "10 minutes ago", "Lucky you.")
	                      SL_WORDS_FIRST("Oskar", "2 days ago", "Too windy on Sunday.")
	                          SL_WORDS_FIRST("Lidia", "1 week ago",
	                                         "See you next year.") "</ul></body></html>",
	                  NULL),
	             who, flat, en, 3);
	static const char *const pl[] = {"Czerwony latał najwyżej.", "Super!",
	                                 "W niedzielę za mocno wiało."};
	expect_blind(html(SL_HEAD("pl") "<div class=\"cxxq\">" SL_WORDS_FIRST_PL(
	                      "Maren", "3.03.2021 10:15", "Czerwony latał najwyżej.")
	                      SL_WORDS_FIRST_PL("Oskar", "4.03.2021 11:20", "Super!")
	                          SL_WORDS_FIRST_PL("Lidia", "5.03.2021 09:05",
	                                            "W niedzielę za mocno wiało.") "</div></body></html>",
	                  NULL),
	             who, flat, pl, 3);
}
/* A blog's comment with its owner's answer written inside it, in a box
 * after the comment's text, signed with a linked name and a time ("NAME
 * 於 DATE 回覆"); the same as boxes of a German blog ("NAME am DATE"). */
#define SL_SIGNED_ZH(who, when, text, answer, owner, at)                                           \
	"<ul class=\"cqjz\"><li class=\"cvkx\"><span class=\"cjjq\"><a href=\"/u/" who "\">" who     \
	"</a></span> <span class=\"cxqv\">於 " when "</span></li><li class=\"cqqz\"><p></p>" text   \
	"</li><li class=\"czkv\">" answer "<p><a href=\"/blog\">" owner "</a> 於 " at " 回覆 </p>"  \
	"</li></ul>"
#define SL_SIGNED_DE(who, when, text, answer, owner, at)                                           \
	"<div class=\"cqjz\"><div class=\"cvkx\"><a href=\"/u/" who "\">" who "</a> <span>" when     \
	"</span></div><div class=\"cqqz\"><p>" text "</p></div><div class=\"czkv\"><p>" answer     \
	"</p><div><a href=\"/blog\">" owner "</a> am " at "</div></div></div>"

static void test_scrambled_layouts_signed(void **state)
{
	(void)state;
	/* The box after the text that ends in a signature (a link, short,
	 * then a time) is an answer by that name at that time, one level
	 * down, not the comment's words. */
	static const char *const who[] = {"小鳳", "藍天", "茜媽咪", "藍天"};
	static const unsigned depth[] = {0, 1, 0, 1};
	static const char *const zh[] = {"露營兼賞楓，好棒的生活", "謝謝小鳳的來訪！",
	                                 "嚮往大自然，再濕冷的天依舊衝衝衝", "您過獎了，我們只是喜歡拍照而已"};
	expect_blind(html(SL_HEAD("zh") "<div class=\"cxxq\">" SL_SIGNED_ZH(
	                      "小鳳", "2013/12/28 10:28", "露營兼賞楓，好棒的生活", "謝謝小鳳的來訪！",
	                      "藍天", "2014/01/01 20:31")
	                      SL_SIGNED_ZH("茜媽咪", "2013/12/28 10:42",
	                                   "嚮往大自然，再濕冷的天依舊衝衝衝",
	                                   "您過獎了，我們只是喜歡拍照而已", "藍天",
	                                   "2014/01/01 20:37") "</div></body></html>",
	                  NULL),
	             who, depth, zh, 4);
	static const char *const who_de[] = {"Maren", "Kai", "Oskar", "Kai"};
	static const char *const de[] = {"Der rote flog am höchsten.", "Danke, Maren!",
	                                 "Am Sonntag war es zu windig.", "Stimmt, leider."};
	expect_blind(html(SL_HEAD("de") "<section class=\"cxxq\">" SL_SIGNED_DE(
	                      "Maren", "3. März 2021, 10:00", "Der rote flog am höchsten.",
	                      "Danke, Maren!", "Kai", "3. März 2021, 12:00")
	                      SL_SIGNED_DE("Oskar", "4. März 2021, 09:00",
	                                   "Am Sonntag war es zu windig.", "Stimmt, leider.", "Kai",
	                                   "4. März 2021, 18:30") "</section></body></html>",
	                  NULL),
	             who_de, depth, de, 4);
}
/* A name written after a word the template puts before it, in the same
 * box ("by <b>NAME</b>", the time loose after the box); the same as a
 * forum's line ("przez <strong>NAME</strong> » <time>"). */
#define SL_LEAD_EN(who, when, text)                                                                \
	"<dl class=\"cqjz\"><dt class=\"cvkx\"> <span>by <b>" who "</b></span> " when " </dt><dd>"  \
	text "</dd><dd class=\"czkv\"><a class=\"cjjq\">Reply to this comment</a></dd></dl>"
#define SL_LEAD_PL(who, when, text)                                                                \
	"<div class=\"cqjz\"><p class=\"cvkx\"><span>przez <strong>" who "</strong> » </span><time " \
	"datetime=\"2021-03-03T10:15\">" when "</time></p><div class=\"cqqz\">" text "</div></div>"

static void test_scrambled_layouts_lead(void **state)
{
	(void)state;
	/* The word before the element holding the name is the template's:
	 * the name is the element's text alone. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest of them all.", "It was far too windy on Sunday for mine.",
	                                 "See you all again next year on the dunes."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cxxq\">" SL_LEAD_EN(
	                      "Maren", "July 19, 2013 3:21 AM EDT", "The red one flew highest of them all.")
	                      SL_LEAD_EN("Oskar", "July 19, 2013 3:06 AM EDT", "It was far too windy on Sunday for mine.")
	                          SL_LEAD_EN("Lidia", "July 18, 2013 9:00 PM EDT",
	                                     "See you all again next year on the dunes.") "</div></body></html>",
	                  NULL),
	             who, flat, en, 3);
	static const char *const pl[] = {"Czerwony latał najwyżej.", "W niedzielę za mocno wiało.",
	                                 "Do zobaczenia za rok."};
	expect_blind(html(SL_HEAD("pl") "<section class=\"cxxq\">" SL_LEAD_PL(
	                      "Maren", "2021-03-03 10:15", "Czerwony latał najwyżej.")
	                      SL_LEAD_PL("Oskar", "2021-03-04 11:20", "W niedzielę za mocno wiało.")
	                          SL_LEAD_PL("Lidia", "2021-03-05 09:05",
	                                     "Do zobaczenia za rok.") "</section></body></html>",
	                  NULL),
	             who, flat, pl, 3);
}
/* A comment whose answers sit inside its own body's box, after its text
 * and its time (not in a box closing it): a linked name over the body,
 * the number and the time under the text. */
#define SL_INSIDE_EN(who, when, text, answers)                                                     \
	"<div class=\"cqkj cvvk\"><div class=\"cqvz\"><a href=\"/u/" who "\">" who "</a></div><div " \
	"class=\"cjqz\"><div class=\"cqjx\"><div class=\"cvxx\"><p>" text "</p></div><span>"         \
	"<a href=\"#c\">#1</a> - " when "</span>" answers "</div></div></div>"
/* Another site's: a section, its header of a bold name and a time, its
 * text and the answers in the box after the header. */
#define SL_INSIDE_DE(who, when, text, answers)                                                     \
	"<section class=\"cqkj\"><header class=\"cxvz\"><strong>" who "</strong> <time>" when       \
	"</time></header><div class=\"cjqz\"><p>" text "</p>" answers "</div></section>"

static void test_scrambled_layouts_inside(void **state)
{
	(void)state;
	/* The answers of one comment outnumber the comments: the run of
	 * blocks of one kind and shape is the comments around them, the
	 * answers nested in them, not those answers alone. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia", "Kai", "Jonas"};
	static const unsigned depth[] = {0, 1, 1, 1, 0};
	static const char *const en[] = {"The red one flew highest.", "It was mine, thank you!",
	                                 "Mine was the blue one.", "Too windy on Sunday.",
	                                 "See you all next year."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cxxq\">" SL_INSIDE_EN(
	                      "Maren", "Mon Jan 16, 2012 4:32 PM EST", "The red one flew highest.",
	                      SL_INSIDE_EN("Oskar", "Mon Jan 16, 2012 5:23 PM EST", "It was mine, thank you!", "")
	                          SL_INSIDE_EN("Lidia", "Mon Jan 16, 2012 5:50 PM EST", "Mine was the blue one.", "")
	                              SL_INSIDE_EN("Kai", "Mon Jan 16, 2012 7:02 PM EST", "Too windy on Sunday.", ""))
	                      SL_INSIDE_EN("Jonas", "Tue Jan 17, 2012 9:10 AM EST", "See you all next year.", "")
	                          "</div></body></html>",
	                  NULL),
	             who, depth, en, 5);
	static const char *const de[] = {"Der rote flog am höchsten.", "Das war meiner, danke!",
	                                 "Meiner war der blaue.", "Am Sonntag zu windig.",
	                                 "Bis nächstes Jahr!"};
	expect_blind(html(SL_HEAD("de") "<div class=\"cxxq\">" SL_INSIDE_DE(
	                      "Maren", "3. März 2021 um 10:00", "Der rote flog am höchsten.",
	                      SL_INSIDE_DE("Oskar", "3. März 2021 um 11:00", "Das war meiner, danke!", "")
	                          SL_INSIDE_DE("Lidia", "3. März 2021 um 12:00", "Meiner war der blaue.", "")
	                              SL_INSIDE_DE("Kai", "3. März 2021 um 13:00", "Am Sonntag zu windig.", ""))
	                      SL_INSIDE_DE("Jonas", "4. März 2021 um 09:00", "Bis nächstes Jahr!", "")
	                          "</div></body></html>",
	                  NULL),
	             who, depth, de, 5);
}
#undef SL_INSIDE_EN
#undef SL_INSIDE_DE
/* A comment whose answers are set straight in it, blocks of its own tag
 * after its header and its text (no box around them). */
#define SL_STRAIGHT_EN(who, when, text, answers)                                                   \
	"<article class=\"cqjv\"><div class=\"cjkz\"><a href=\"/u/" who "\">" who "</a> <a "        \
	"href=\"#c\">" when "</a></div><div class=\"cvxv\">" text "</div>" answers "</article>"
/* Another site's element of its own, its header a bold name and a time. */
#define SL_STRAIGHT_PL(who, when, text, answers)                                                   \
	"<c-post class=\"cqjv\"><div class=\"cjkz\"><p><b>" who "</b> <span>" when "</span></p>"     \
	"<p class=\"cvxv\">" text "</p></div>" answers "</c-post>"

static void test_scrambled_layouts_straight(void **state)
{
	(void)state;
	/* Answers straight in a block, after its own boxes, are no part of
	 * its shape: a comment with answers and one without are one kind. */
	static const char *const who[] = {"Maren", "Oskar", "Lidia", "Kai", "Jonas"};
	static const unsigned depth[] = {0, 0, 1, 1, 0};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "It was mine, thank you!", "Too windy on Sunday.",
	                                 "See you all next year."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cxxq\">" SL_STRAIGHT_EN(
	                      "Maren", "March 3, 2021 at 10:00", "The red one flew highest.", "")
	                      SL_STRAIGHT_EN("Oskar", "March 3, 2021 at 11:00", "Mine was the blue one.",
	                                     SL_STRAIGHT_EN("Lidia", "March 3, 2021 at 12:00",
	                                                    "It was mine, thank you!", "")
	                                         SL_STRAIGHT_EN("Kai", "March 3, 2021 at 13:00",
	                                                        "Too windy on Sunday.", ""))
	                          SL_STRAIGHT_EN("Jonas", "March 4, 2021 at 09:00", "See you all next year.", "")
	                              "</div></body></html>",
	                  NULL),
	             who, depth, en, 5);
	static const char *const pl[] = {"Czerwony latał najwyżej.", "Mój był niebieski.",
	                                 "To był mój, dziękuję!", "W niedzielę za mocno wiało.",
	                                 "Do zobaczenia za rok."};
	expect_blind(html(SL_HEAD("pl") "<section class=\"cxxq\">" SL_STRAIGHT_PL(
	                      "Maren", "3 marca 2021, 10:00", "Czerwony latał najwyżej.", "")
	                      SL_STRAIGHT_PL("Oskar", "3 marca 2021, 11:00", "Mój był niebieski.",
	                                     SL_STRAIGHT_PL("Lidia", "3 marca 2021, 12:00",
	                                                    "To był mój, dziękuję!", "")
	                                         SL_STRAIGHT_PL("Kai", "3 marca 2021, 13:00",
	                                                        "W niedzielę za mocno wiało.", ""))
	                          SL_STRAIGHT_PL("Jonas", "4 marca 2021, 09:00", "Do zobaczenia za rok.", "")
	                              "</section></body></html>",
	                  NULL),
	             who, depth, pl, 5);
}
#undef SL_STRAIGHT_EN
#undef SL_STRAIGHT_PL
/* A list item: a bold name (or a bold link to another site) and the time
 * loose after it, a reply link, then the text. */
#define SL_BOLD_DE(name, when, text)                                                               \
	"<li class=\"cqqj\"><div class=\"cjjk\"><div class=\"cxkj\"><strong>" name "</strong> " when \
	" <a rel=\"nofollow\" href=\"?replytocom=1#cx\"> - Antworten</a></div><div class=\"cjzv\">"  \
	"<p>" text "</p></div></div></li>"
/* Another site's box: a bold name linked to the writer's site over a
 * span of the time, the text below. */
#define SL_BOLD_EN(name, when, text)                                                               \
	"<div class=\"cqqj\"><p class=\"cxkj\"><b>" name "</b> <span>" when "</span></p><div "       \
	"class=\"cjzv\">" text "</div></div>"

static void test_scrambled_layouts_bold_link(void **state)
{
	(void)state;
	/* A link to a page of its own that fills a bold box is the
	 * template's name however long (a citing page's title where a
	 * comment's name stands), and a date in it after three words or
	 * more is the title's, not the time: the blocks that cite the page
	 * are comments of the run, not strangers that outnumber it. */
	static const char *const who_de[] = {
	    "Ben", "Naturkosmetik Neuheiten & Linkliebe im Mai & Juni 2018",
	    "Drachen am Strand und was wir diesen Sommer gelernt haben", "Anne",
	    "Blog Glück Juni 2018 – Seitenglueck"};
	static const unsigned flat[] = {0, 0, 0, 0, 0};
	static const char *const de[] = {"Der rote flog am höchsten.", "[…] Alles Werbung oder was?",
	                                 "[…] Der erste Text beschäftigt sich damit.",
	                                 "Am Sonntag war es zu windig.", "[…] Das Drachenfest am Meer."};
	expect_blind(html(SL_HEAD("de") "<ol class=\"cvkk\">" SL_BOLD_DE(
	                      "Ben", "19. Juni 2018 um 15:28 Uhr", "Der rote flog am höchsten.")
	                      SL_BOLD_DE("<a href=\"https://green.example/2018/06/27/neu/\" "
	                                 "rel=\"external nofollow\">Naturkosmetik Neuheiten &amp; "
	                                 "Linkliebe im Mai &amp; Juni 2018</a>",
	                                 "27. Juni 2018 um 14:17 Uhr", "[…] Alles Werbung oder was?")
	                          SL_BOLD_DE("<a href=\"https://kite.example/sommer/\" rel=\"external "
	                                     "nofollow\">Drachen am Strand und was wir diesen Sommer "
	                                     "gelernt haben</a>",
	                                     "28. Juni 2018 um 9:02 Uhr",
	                                     "[…] Der erste Text beschäftigt sich damit.")
	                              SL_BOLD_DE("Anne", "29. Juni 2018 um 10:00 Uhr",
	                                         "Am Sonntag war es zu windig.")
	                                  SL_BOLD_DE("<a href=\"https://glueck.example/juni/\" "
	                                             "rel=\"external nofollow\">Blog Glück Juni 2018 "
	                                             "– Seitenglueck</a>",
	                                             "1. Juli 2018 um 11:08 Uhr",
	                                             "[…] Das Drachenfest am Meer.") "</ol></body></html>",
	                  NULL),
	             who_de, flat, de, 5);
	static const char *const who_en[] = {"Kai", "Weekend links on kites, dunes and the long walk home",
	                                     "Reading list for March 2021 at the Kite Journal"};
	static const char *const en[] = {"The red one flew highest.", "[…] a fine day on the dunes.",
	                                 "[…] the festival drew a crowd."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cvkk\">" SL_BOLD_EN(
	                      "<a href=\"https://kai.example/\">Kai</a>", "March 3, 2021 at 10:00 am",
	                      "The red one flew highest.")
	                      SL_BOLD_EN("<a href=\"https://walk.example/links/\">Weekend links on kites, "
	                                 "dunes and the long walk home</a>",
	                                 "March 4, 2021 at 8:12 pm", "[…] a fine day on the dunes.")
	                          SL_BOLD_EN("<a href=\"https://journal.example/march/\">Reading list "
	                                     "for March 2021 at the Kite Journal</a>",
	                                     "March 5, 2021 at 9:30 am", "[…] the festival drew a crowd.")
	                              "</div></body></html>",
	                  NULL),
	             who_en, flat, en, 3);
}
#undef SL_BOLD_DE
#undef SL_BOLD_EN
/* A header line written as a heading: the time, then the linked name
 * ("On DATE, at TIME, NAME wrote:"), the text below. */
#define SL_HEADLINE_EN(who, when, text)                                                            \
	"<li class=\"cvzx\"><div class=\"cjxq\"><h6><a href=\"#\" title=\"Report\"><span>Report"     \
	"</span></a> On " when ", <a href=\"https://boards.example/Profile.asp?uid=1\"><strong>"    \
	who "</strong></a> wrote:</h6></div><div class=\"cjjq\"><p>" text "</p></div></li>"
/* Another site's: an article, its header a heading opening with a
 * control ("Signaler"), then "Le DATE, NAME a écrit :". */
#define SL_HEADLINE_FR(who, when, text)                                                            \
	"<article class=\"cvzx\"><header class=\"ckk\"><h5><a href=\"#\" title=\"Signaler\"><span>" \
	"Signaler</span></a> Le " when ", <a href=\"/membre/" who "\">" who "</a> a écrit :</h5>"   \
	"</header><div class=\"cjjq\"><p>" text "</p></div></article>"

static void test_scrambled_layouts_headline(void **state)
{
	(void)state;
	/* The linked name after the time in a heading that holds the time
	 * is the writer's: the heading is the comment's header line. */
	static const char *const who[] = {"argusdc", "SuntanIronMan", "papsrus"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "Too windy on Sunday."};
	expect_blind(html(SL_HEAD("en") "<ul class=\"cqqx\">" SL_HEADLINE_EN(
	                      "argusdc", "December 23, 2014, at 10:07 PM", "The red one flew highest.")
	                      SL_HEADLINE_EN("SuntanIronMan", "December 23, 2014, at 10:41 PM",
	                                     "Mine was the blue one.")
	                          SL_HEADLINE_EN("papsrus", "December 25, 2014, at 9:57 AM",
	                                         "Too windy on Sunday.") "</ul></body></html>",
	                  NULL),
	             who, flat, en, 3);
	static const char *const fr[] = {"Le rouge a volé le plus haut.", "Le mien était le bleu.",
	                                 "Trop de vent dimanche."};
	expect_blind(html(SL_HEAD("fr") "<section class=\"cqqx\">" SL_HEADLINE_FR(
	                      "argusdc", "3 mars 2021 à 10:00", "Le rouge a volé le plus haut.")
	                      SL_HEADLINE_FR("SuntanIronMan", "3 mars 2021 à 11:20",
	                                     "Le mien était le bleu.")
	                          SL_HEADLINE_FR("papsrus", "4 mars 2021 à 09:05",
	                                         "Trop de vent dimanche.") "</section></body></html>",
	                  NULL),
	             who, flat, fr, 3);
}
/* A forum post: the member's column (a picture; the name a heading
 * holding only a link to the member's page; the member's title and
 * details, a joined date and a count, in definition lists), then the
 * time in a list and the text. */
#define SL_MEMBER_DE(who, id, joined, posts, when, text)                                            \
	"<article class=\"cqvz\"><div class=\"cjjx\"><section class=\"ckq\"><div class=\"cvv\">"   \
	"<span class=\"cqx\" title=\"" who "\"><img src=\"/a/" id ".jpg\" alt=\"" who "\"></span>" \
	"</div><div class=\"czz\"><h4 class=\"cxk\"><a href=\"/members/" who "." id "/\">" who     \
	"</a></h4><h5 class=\"cvk\">Forenprofi</h5></div><div class=\"cjq\"><dl class=\"ckk\">"    \
	"<dt>Mitglied seit</dt><dd>" joined "</dd></dl><dl class=\"ckk\"><dt>Beitr\xC3\xA4ge</dt>"  \
	"<dd>" posts "</dd></dl></div></section></div><div class=\"cqq\"><header class=\"cvq\">"   \
	"<ul><li><time datetime=\"\">" when "</time></li></ul></header><div class=\"cxx\"><div "   \
	"class=\"czq\">" text "</div></div></div></article>"
/* Another forum's post: a heading with the linked name in a span, the
 * member's details in a list (a joined date, a count of posts), the
 * time and the text in the post's body. */
#define SL_MEMBER_EN(who, joined, posts, when, text)                                                \
	"<div class=\"cqvz\"><div class=\"cjjx\"><img src=\"/a/" who ".png\" alt=\"\"><h3><span>"   \
	"<a href=\"/user/" who "\">" who "</a></span></h3><ul class=\"ckk\"><li><span>Joined</span> " \
	"<span>" joined "</span></li><li>" posts " posts</li></ul></div><div class=\"cqq\"><div "   \
	"class=\"cvq\">" when "</div><p>" text "</p></div></div>"

static void test_scrambled_layouts_member(void **state)
{
	(void)state;
	/* A heading holding only a link to a member's page is the post's
	 * name, and the member's details after it (the joined date, the
	 * count of posts) are not. */
	static const char *const who[] = {"Pepemaus", "yellowkitty", "Lov100"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const de[] = {"Pepe schl\xC3\xA4" "ft nachts bei mir.",
	                                 "Hat er evtl. Milben?", "Meiner schleppt auch Dreck herein."};
	expect_blind(html(SL_HEAD("de") "<div class=\"cqzz\">" SL_MEMBER_DE(
	                      "Pepemaus", "81656", "28. Juni 2014", "2.206", "27. September 2018",
	                      "Pepe schl\xC3\xA4" "ft nachts bei mir.")
	                      SL_MEMBER_DE("yellowkitty", "100882", "18. September 2018", "14",
	                                   "27. September 2018", "Hat er evtl. Milben?")
	                          SL_MEMBER_DE("Lov100", "5512", "5. August 2016", "311",
	                                       "28. September 2018",
	                                       "Meiner schleppt auch Dreck herein.") "</div></body></html>",
	                  NULL),
	             who, flat, de, 3);
	static const char *const who_en[] = {"Bibi", "Bluerider", "Nixe"};
	static const char *const en[] = {"The rune lights are a pity.", "It is nice, but too slow.",
	                                 "Yes, sadly they are gone."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cqzz\">" SL_MEMBER_EN(
	                      "Bibi", "2015-03-03", "1,204", "June 14, 2019 at 9:12 AM",
	                      "The rune lights are a pity.")
	                      SL_MEMBER_EN("Bluerider", "2017-05-20", "87", "June 14, 2019 at 10:40 AM",
	                                   "It is nice, but too slow.")
	                          SL_MEMBER_EN("Nixe", "2012-01-02", "3,310",
	                                       "June 15, 2019 at 8:05 PM",
	                                       "Yes, sadly they are gone.") "</div></body></html>",
	                  NULL),
	             who_en, flat, en, 3);
}
#undef SL_MEMBER_DE
#undef SL_MEMBER_EN
/* A comment whose only short text is its thread's level, said for
 * screen readers ("level 1"), over its score, its age and its text; its
 * answers inside it. */
#define SL_LEVEL_EN(level, when, text, answers)                                                      \
	"<div class=\"cqx\"><div class=\"cvv\"><span class=\"czj\">level " level "</span><div "      \
	"class=\"cjv\"><span>39 points</span><span> \xC2\xB7 </span><a href=\"/r/kites/c" level      \
	"/\"><span>" when "</span></a></div><div class=\"cqv\"><p>" text "</p></div></div>" answers  \
	"</div>"
/* Another site's: a list item, the level in bold ("Ebene 2") before the
 * time, the answers in a list inside it. */
#define SL_LEVEL_DE(level, when, text, answers)                                                      \
	"<li class=\"cqx\"><b class=\"czj\">Ebene " level "</b> <time>" when "</time><div "         \
	"class=\"cqv\">" text "</div>" answers "</li>"

/* The page's comments, no writer shown: each comment's depth and first
 * paragraph, and no author. */
static void expect_nameless(tt_thread *t, const unsigned depth[], const char *const first[],
                            size_t n)
{
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		assert_null(t->order[i]->author);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_true(t->order[i]->body.n >= 1);
		assert_string_equal(t->order[i]->body.v[0], first[i]);
	}
	tt_thread_free(t);
}

static void test_scrambled_layouts_level(void **state)
{
	(void)state;
	/* Every block's same words before a number that differs from block
	 * to block are the thread's level, a label, no writer's name. */
	static const unsigned nest[] = {0, 1, 0, 1};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "Too windy on Sunday.", "Not at the harbour."};
	expect_nameless(html(SL_HEAD("en") "<div class=\"cqzz\">" SL_LEVEL_EN(
	                         "1", "6 years ago", "The red one flew highest.",
	                         SL_LEVEL_EN("2", "6 years ago", "Mine was the blue one.", ""))
	                         SL_LEVEL_EN("1", "5 years ago", "Too windy on Sunday.",
	                                     SL_LEVEL_EN("2", "5 years ago", "Not at the harbour.",
	                                                 "")) "</div></body></html>",
	                     NULL),
	                nest, en, 4);
	static const char *const de[] = {"Der rote flog am h\xC3\xB6" "chsten.", "Meiner war der blaue.",
	                                 "Am Sonntag war es zu windig.", "Am Hafen nicht."};
	expect_nameless(html(SL_HEAD("de") "<ul class=\"cqzz\">" SL_LEVEL_DE(
	                         "1", "vor 3 Jahren", "Der rote flog am h\xC3\xB6" "chsten.",
	                         "<ul>" SL_LEVEL_DE("2", "vor 3 Jahren", "Meiner war der blaue.",
	                                            "") "</ul>")
	                         SL_LEVEL_DE("1", "vor 2 Jahren", "Am Sonntag war es zu windig.",
	                                     "<ul>" SL_LEVEL_DE("2", "vor 2 Jahren", "Am Hafen nicht.",
	                                                        "") "</ul>") "</ul></body></html>",
	                     NULL),
	                nest, de, 4);
}
/* A comment as a box of its own around an article: the footer (a linked
 * name, a dot, the time in a link), the text, a list holding the reply
 * link (its item numbered by the comment's id); answers each in a box of
 * their own after the article, boxes of one class. */
#define SL_BOXED_EN(cid, who, when, text, answers)                                                \
	"<div data-comment-id=\"" cid "\"><article class=\"ckxv\"><footer class=\"cjqz\"><div "    \
	"class=\"cjzx\"><a href=\"https://" who ".example/\" rel=\"nofollow\">" who "</a> <span>"  \
	"\xC2\xB7</span> <a href=\"#cq" cid "\"><time datetime=\"\">" when "</time></a></div>"     \
	"</footer><div class=\"cxzj\"><p>" text "</p></div><ul class=\"cxqk\"><li class=\"czzx\" " \
	"data-comment-id=\"" cid "\"><a rel=\"nofollow\" href=\"?replytocom=" cid "\">Reply</a>"   \
	"</li></ul></article>" answers "</div>"
#define SL_ANSWER_BOX(answer) "<div class=\"czjk cqqz\">" answer "</div>"
/* Another site's item: a linked name holding a heading, the time, the
 * text; a list of buttons, then (on some items) the list of answers. */
#define SL_BUTTONS_DE(who, when, text, answers)                                                   \
	"<li class=\"ckvx\"><a class=\"cxvj\" href=\"/!ku" who "/\"><h4>" who "</h4></a><time "     \
	"datetime=\"\">" when "</time><div class=\"cxzq\"><p>" text "</p></div><ul class=\"cqvk\">" \
	"<li class=\"ckvv\"><a title=\"antworten\">antworten</a></li><li class=\"czzq\"><a "       \
	"title=\"melden\">melden</a></li></ul>" answers "</li>"

static void test_scrambled_layouts_answer_boxes(void **state)
{
	(void)state;
	/* Every box at a block's end that holds blocks of its tag is its
	 * answers' (or its buttons', on every block alike), no part of its
	 * shape: a comment answered twice, in two boxes of one class, is of
	 * the kind of those never answered. */
	static const char *const who[] = {"Sallie", "Rarst", "Barry", "Ahmad", "Rick", "Jeff", "Slava"};
	static const unsigned nest[] = {0, 0, 1, 1, 0, 0, 1};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "Too windy on Sunday.", "Not at the harbour.",
	                                 "The tails were too short.", "We flew at dawn.",
	                                 "So did we."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cvxx\">" SL_BOXED_EN(
	                      "101", "Sallie", "March 10, 2017 at 12:20 AM", "The red one flew highest.",
	                      "")
	                      SL_BOXED_EN(
	                          "102", "Rarst", "March 10, 2017 at 1:26 AM", "Mine was the blue one.",
	                          SL_ANSWER_BOX(SL_BOXED_EN("103", "Barry", "March 10, 2017 at 2:56 AM",
	                                                    "Too windy on Sunday.", ""))
	                              SL_ANSWER_BOX(SL_BOXED_EN("104", "Ahmad",
	                                                        "March 10, 2017 at 11:55 AM",
	                                                        "Not at the harbour.", "")))
	                          SL_BOXED_EN("105", "Rick", "March 10, 2017 at 2:18 PM",
	                                      "The tails were too short.", "")
	                              SL_BOXED_EN("106", "Jeff", "March 10, 2017 at 3:19 PM",
	                                          "We flew at dawn.",
	                                          SL_ANSWER_BOX(SL_BOXED_EN(
	                                              "107", "Slava", "March 10, 2017 at 4:51 PM",
	                                              "So did we.", ""))) "</div></body></html>",
	                  NULL),
	             who, nest, en, 7);
	static const char *const who_de[] = {"Martinxyz", "Opossum", "albert992", "Mitch", "MB996"};
	static const unsigned nest_de[] = {0, 0, 0, 1, 0};
	static const char *const de[] = {"Der rote flog am h\xC3\xB6" "chsten.",
	                                 "Meiner war der blaue.", "Am Sonntag war es zu windig.",
	                                 "Am Hafen nicht.", "Die Schw\xC3\xA4nze waren zu kurz."};
	expect_blind(html(SL_HEAD("de") "<ul class=\"cvxx\">" SL_BUTTONS_DE(
	                      "Martinxyz", "14. 01. 2020, 13:47", "Der rote flog am h\xC3\xB6" "chsten.",
	                      "") SL_BUTTONS_DE("Opossum", "14. 01. 2020, 13:07",
	                                        "Meiner war der blaue.", "")
	                      SL_BUTTONS_DE("albert992", "14. 01. 2020, 13:08",
	                                    "Am Sonntag war es zu windig.",
	                                    "<ul class=\"cvvz\">" SL_BUTTONS_DE(
	                                        "Mitch", "14. 01. 2020, 20:52", "Am Hafen nicht.",
	                                        "") "</ul>")
	                          SL_BUTTONS_DE("MB996", "14. 01. 2020, 21:10",
	                                        "Die Schw\xC3\xA4nze waren zu kurz.", "") "</ul></body></html>",
	                  NULL),
	             who_de, nest_de, de, 5);
}

/* Another site's comment: a header of a bold name and a time, the text,
 * a list of one item numbered by the comment's id holding its reply
 * link. */
#define SL_REPLY_ITEM_FR(cid, who, when, text)                                                     \
	"<section class=\"cqjv\"><header class=\"cvkz\"><strong>" who "</strong> <span>" when      \
	"</span></header><div class=\"czqx\"><p>" text "</p></div><ul><li data-comment-id=\"" cid  \
	"\"><a href=\"?repondre=" cid "#form\">R\xC3\xA9pondre</a></li></ul></section>"

static void test_scrambled_layouts_reply_item(void **state)
{
	(void)state;
	/* A list item numbered by a comment's id whose words are all a
	 * link's is the comment's reply button, not the comment: the
	 * blocks around it are read as they repeat. */
	static const char *const who[] = {"Sallie", "Rarst", "Rick"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "Too windy on Sunday."};
	expect_blind(html(SL_HEAD("en") "<div class=\"cvxx\">" SL_BOXED_EN(
	                      "101", "Sallie", "March 10, 2017 at 12:20 AM", "The red one flew highest.",
	                      "") SL_BOXED_EN("102", "Rarst", "March 10, 2017 at 1:26 AM",
	                                      "Mine was the blue one.", "")
	                      SL_BOXED_EN("105", "Rick", "March 10, 2017 at 2:18 PM",
	                                  "Too windy on Sunday.", "") "</div></body></html>",
	                  NULL),
	             who, flat, en, 3);
	static const char *const who_fr[] = {"Margaux", "Pierre", "Anouk"};
	static const char *const fr[] = {"Le rouge a vol\xC3\xA9 le plus haut.",
	                                 "Le mien \xC3\xA9tait le bleu.", "Trop de vent dimanche."};
	expect_blind(html(SL_HEAD("fr") "<div class=\"cvxx\">" SL_REPLY_ITEM_FR(
	                      "3101", "Margaux", "3 mars 2021 \xC3\xA0 10:00",
	                      "Le rouge a vol\xC3\xA9 le plus haut.")
	                      SL_REPLY_ITEM_FR("3102", "Pierre", "3 mars 2021 \xC3\xA0 11:20",
	                                       "Le mien \xC3\xA9tait le bleu.")
	                          SL_REPLY_ITEM_FR("3103", "Anouk", "4 mars 2021 \xC3\xA0 09:05",
	                                           "Trop de vent dimanche.") "</div></body></html>",
	                  NULL),
	             who_fr, flat, fr, 3);
}

/* A list item: a header box (a heading of a linked name, the time in a
 * link), a text box, the answers in a list; a placeholder's header holds a
 * notice where the name stands, and its text box no words. */
#define SL_KEPT_EN(who, when, text, answers)                                                      \
	"<li class=\"cvqz\"><div class=\"cjkx\">" who " <a href=\"/c/1\"><time>" when "</time></a>" \
	"</div><div class=\"cxzk\">" text "</div>" answers "</li>"
/* Another site's block: a header paragraph (a bold name or an italic
 * notice, a dot, the date), the text box, the answers in a box at its
 * end. */
#define SL_KEPT_DE(who, when, text, answers)                                                      \
	"<div class=\"cqjz\"><p class=\"ckvx\">" who " \xC2\xB7 <span>" when "</span></p><div "     \
	"class=\"cvvj\">" text "</div>" answers "</div>"

/* Comments as expect_blind checks them, a NULL name or first words a
 * placeholder's: no author, no words. */
static void expect_kept(tt_thread *t, const char *const who[], const unsigned depth[],
                        const char *const first[], size_t n)
{
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		const tt_comment *c = t->order[i];
		if (who[i])
			assert_string_equal(c->author ? c->author : "", who[i]);
		else
			assert_true(!c->author || !*c->author);
		assert_int_equal(c->depth, depth[i]);
		assert_non_null(c->posted);
		if (first[i])
			assert_string_equal(c->body.n ? c->body.v[0] : "", first[i]);
		else
			assert_int_equal(c->body.n, 0);
	}
	tt_thread_free(t);
}

static void test_scrambled_layouts_placeholder(void **state)
{
	(void)state;
	/* A block of the run's kind with the time where the run's blocks
	 * show it but no words (a short notice at most) and no linked name
	 * is a comment kept as its place in the thread: its answers stay
	 * under it. */
	static const char *const who[] = {"Kai", NULL, "Ann", "Ben"};
	static const unsigned nest[] = {0, 0, 1, 0};
	static const char *const en[] = {"The red one flew highest.", NULL, "Mine was the blue one.",
	                                 "Too windy on Sunday."};
	expect_kept(html(SL_HEAD("en") "<ul class=\"cvxx\">" SL_KEPT_EN(
	                     "<h4><a href=\"/user/Kai\">Kai</a></h4>", "2 days ago",
	                     "<p>The red one flew highest.</p>", "")
	                     SL_KEPT_EN("<span>Comment removed by moderator</span>", "2 days ago", "",
	                                "<ul>" SL_KEPT_EN("<h4><a href=\"/user/Ann\">Ann</a></h4>", "1 day ago",
	                                                  "<p>Mine was the blue one.</p>", "") "</ul>")
	                         SL_KEPT_EN("<h4><a href=\"/user/Ben\">Ben</a></h4>", "20 hours ago",
	                                    "<p>Too windy on Sunday.</p>", "") "</ul></body></html>",
	                 NULL),
	            who, nest, en, 4);
	static const char *const who_de[] = {"Anna", NULL, "Jens", "Mia"};
	static const char *const de[] = {"Der rote flog am h\xC3\xB6" "chsten.", NULL,
	                                 "Meiner war der blaue.", "Am Sonntag war es zu windig."};
	expect_kept(html(SL_HEAD("de") "<div class=\"cvxx\">" SL_KEPT_DE(
	                     "<b>Anna</b>", "12.03.2021 10:00",
	                     "<p>Der rote flog am h\xC3\xB6" "chsten.</p>", "")
	                     SL_KEPT_DE("<i>Kommentar gel\xC3\xB6scht</i>", "12.03.2021 10:20", "",
	                                "<div class=\"ckkq\">" SL_KEPT_DE(
	                                    "<b>Jens</b>", "12.03.2021 11:00",
	                                    "<p>Meiner war der blaue.</p>", "") "</div>")
	                         SL_KEPT_DE("<b>Mia</b>", "13.03.2021 09:05",
	                                    "<p>Am Sonntag war es zu windig.</p>", "") "</div></body></html>",
	                 NULL),
	            who_de, nest, de, 4);
}

/* A list item: a box of the writer's picture, then a box of the time in a
 * span, the bold name after it and the text. */
#define SL_BOLD_AFTER_EN(who, when, text)                                                         \
	"<li class=\"cvkz\"><div class=\"cjqx\"><img src=\"/a.gif\" alt=\"\"></div><div "          \
	"class=\"cvzx\"><span class=\"czxv\">" when "</span> <strong>" who "</strong><p>" text    \
	"</p></div></li>"
/* Another site's block: a header line of the time in italics and the bold
 * name after it, the text in a box of its own. */
#define SL_BOLD_AFTER_ES(who, when, text)                                                         \
	"<div class=\"cqkz\"><div class=\"cjvv\"><em>" when "</em> \xE2\x80\x94 <b>" who "</b></div>" \
	"<div class=\"czkq\"><p>" text "</p></div></div>"

static void test_scrambled_layouts_bold_after(void **state)
{
	(void)state;
	/* A bold text after the time, beside the time's element in one box,
	 * where no name came before the time, is the name. */
	static const char *const who[] = {"Joe Gomer", "Kimm Bellotto", "Erlinda"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "Too windy on Sunday."};
	expect_blind(html(SL_HEAD("en") "<ul class=\"cvxx\">" SL_BOLD_AFTER_EN(
	                      "Joe Gomer", "January 16, 2012 - 8:06am", "The red one flew highest.")
	                      SL_BOLD_AFTER_EN("Kimm Bellotto", "January 15, 2012 - 10:00am",
	                                       "Mine was the blue one.")
	                          SL_BOLD_AFTER_EN("Erlinda", "January 14, 2012 - 11:43pm",
	                                           "Too windy on Sunday.") "</ul></body></html>",
	                  NULL),
	             who, flat, en, 3);
	static const char *const who_es[] = {"Pilar", "Jordi Puig", "Marta"};
	static const char *const es[] = {"La roja vol\xC3\xB3 m\xC3\xA1s alto.", "La m\xC3\xAD" "a era la azul.",
	                                 "Demasiado viento el domingo."};
	expect_blind(html(SL_HEAD("es") "<div class=\"cvxx\">" SL_BOLD_AFTER_ES(
	                      "Pilar", "12 de marzo de 2021, 10:00", "La roja vol\xC3\xB3 m\xC3\xA1s alto.")
	                      SL_BOLD_AFTER_ES("Jordi Puig", "12 de marzo de 2021, 11:20",
	                                       "La m\xC3\xAD" "a era la azul.")
	                          SL_BOLD_AFTER_ES("Marta", "13 de marzo de 2021, 09:05",
	                                           "Demasiado viento el domingo.") "</div></body></html>",
	                  NULL),
	             who_es, flat, es, 3);
}

/* A page written as one form (ASP.NET wraps a whole page so): a block of
 * a picture's box, then a box of the name's span, the time's span of a
 * date and a clock, and the text. */
#define SL_FORM_EN(who, day, clock, text)                                                         \
	"<div class=\"cvqz\"><div class=\"cxqk\"><span class=\"cxxz\"></span></div><div "           \
	"class=\"cqvj\"><div class=\"cvxz\"><span class=\"ckjv\">" who "</span><span "              \
	"class=\"cqxj\"><span>" day "</span><span>" clock "</span></span></div><div "               \
	"class=\"czzq\">" text "</div></div></div>"
/* Another site's block in its page's form: a header of a member's link
 * and a small box of the date and the clock, the text in a box below. */
#define SL_FORM_FR(who, day, clock, text)                                                         \
	"<div class=\"ckqz\"><div class=\"cjvk\"><a href=\"/membre/" who "\">" who "</a> "         \
	"<small><span>" day "</span> <span>" clock "</span></small></div><div class=\"cvzq\"><p>"  \
	text "</p></div></div>"

static void test_scrambled_layouts_page_form(void **state)
{
	(void)state;
	/* A form is no box of comments when it is one to fill, but a page
	 * may be written whole inside one: the blocks of a run are sought
	 * in forms too (what each block shows is still read without the
	 * forms inside it). */
	static const char *const who[] = {"th3Chris", "maculi", "Arapahoe"};
	static const char *const when[] = {"28.09.19 13:39", "28.09.19 13:55", "29.09.19 11:20"};
	static const unsigned flat[] = {0, 0, 0};
	static const char *const en[] = {"The red one flew highest.", "Mine was the blue one.",
	                                 "Too windy on Sunday."};
	expect_blind_at(html(SL_HEAD("en") "<form method=\"post\" action=\"/t\"><input type=\"hidden\" "
	                                "name=\"s\" value=\"x\"><h2>Comments</h2>" SL_FORM_EN(
	                      "th3Chris", "28.09.19", "13:39", "The red one flew highest.")
	                      SL_FORM_EN("maculi", "28.09.19", "13:55", "Mine was the blue one.")
	                          SL_FORM_EN("Arapahoe", "29.09.19", "11:20",
	                                     "Too windy on Sunday.") "</form></body></html>",
	                  NULL),
	             who, flat, en, when, 3);
	static const char *const who_fr[] = {"Margaux", "Pierre", "Luc"};
	static const char *const when_fr[] = {"12/03/2021 10:00", "12/03/2021 11:20", "13/03/2021 09:05"};
	static const char *const fr[] = {"Le rouge a vol\xC3\xA9 le plus haut.", "Le mien \xC3\xA9tait le bleu.",
	                                 "Trop de vent dimanche."};
	expect_blind_at(html(SL_HEAD("fr") "<form action=\"/m\" method=\"post\"><div class=\"cvxx\">" SL_FORM_FR(
	                         "Margaux", "12/03/2021", "10:00", "Le rouge a vol\xC3\xA9 le plus haut.")
	                         SL_FORM_FR("Pierre", "12/03/2021", "11:20", "Le mien \xC3\xA9tait le bleu.")
	                             SL_FORM_FR("Luc", "13/03/2021", "09:05",
	                                        "Trop de vent dimanche.") "</div></form></body></html>",
	                     NULL),
	                who_fr, flat, fr, when_fr, 3);
}

#undef SL_FORM_EN
#undef SL_FORM_FR
#undef SL_LEVEL_EN
#undef SL_LEVEL_DE
#undef SL_HEADLINE_EN
#undef SL_BOLD_AFTER_EN
#undef SL_BOLD_AFTER_ES
#undef SL_KEPT_EN
#undef SL_KEPT_DE
#undef SL_REPLY_ITEM_FR
#undef SL_BOXED_EN
#undef SL_ANSWER_BOX
#undef SL_BUTTONS_DE
#undef SL_HEADLINE_FR
#undef SL_LEAD_EN
#undef SL_LEAD_PL
#undef SL_SIGNED_ZH
#undef SL_SIGNED_DE
#undef SL_WORDS_FIRST
#undef SL_WORDS_FIRST_PL
#undef SL_SIOC
#undef SL_ANSWERS
#undef SL_SCHEMA
#undef SL_RAIL
#undef SL_RAILS
#undef SL_GUIDES
#undef SL_HEAD

/* An answer box named after the id of a toggle link inside another answer
 * beside it answers that answer (To Vima's "a#pd_N" and
 * "div.article_comment.pd_N", every answer side by side in the first
 * comment's list); the same with a button and list items in English. */
static void test_tovima_toggle_answers(void **state)
{
	(void)state;
#define TV_HEAD(title, when, text, who)                                                             \
	"<div class=\"article_comment_title\">" title "<span class=\"datetime\"> | " when            \
	"</span></div><div class=\"article_comment_text\">" text "</div><div "                      \
	"class=\"article_comment_owner\"><div class=\"article_comment_name\">" who "</div>"
#define TV_MORE(id)                                                                                 \
	"<div class=\"article_comment_more\"><div class=\"article_comment_more_link\">Απαντήσεις 1 " \
	"| <a id=\"pd_" id "\" href=\"/a/\" class=\"openclose\">Εμφάνιση όλων</a></div>"
	const char *el =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><div class=\"article_comment\"><div "
	    "class=\"reply\">" TV_HEAD("Πότε θα φορολογηθούν;", "08/09/2011 20:46",
	                               "Από ότι ξέρουμε, υπάρχει ένας νόμος.", "G")
	        "</div>" TV_MORE("1") "<div class=\"article_comment pd_1 apantisi\"><div class=\"reply\">" TV_HEAD(
	            "Απάντηση σε G", "09/09/2011 06:14", "Αντιγράφω από το διάταγμα του 1978.",
	            "Κοινός Νους") TV_MORE("2") "</div></div></div></div>"
	        "<div class=\"article_comment pd_2 apantisi\"><div class=\"reply\">" TV_HEAD(
	            "Απάντηση σε Κοινός Νους", "10/09/2011 11:07", "Πίσω στις τρύπες σας, λέω.",
	            "Τάσος") "</div></div></div></div></div></div>"
	    "<div class=\"article_comment\"><div class=\"reply\">" TV_HEAD(
	        "Το μαύρο χρήμα!", "08/09/2011 17:46", "Αυτό κινείται όπως πάντα.",
	        "rovespiere") "</div></div></div></div></body></html>";
	static const char *const el_names[] = {"G", "Κοινός Νους", "Τάσος", "rovespiere"};
	static const unsigned el_depths[] = {0, 1, 2, 0};
	tt_thread *t = html(el, NULL);
	assert_int_equal(t->ncomments, 4);
	expect_heads(t, 4, el_names, el_depths);
	/* Another site's shape and language: posts with the name and the time in
	 * boxes of their own, the toggle link among the answer's tools. */
#define TV_POST(cls, who, when, text)                                                               \
	"<div class=\"" cls "\"><div class=\"who\">" who "</div><div class=\"when\">" when       \
	"</div><div class=\"words\"><p>" text "</p></div>"
	const char *en =
	    "<html><body>" ARTICLE_P "<h3>Comments</h3><div class=\"posts\">" TV_POST(
	        "post", "Anna", "March 3, 2012 10:15 AM", "The bridge was closed for a week.")
	        "<div class=\"answers\">" TV_POST("post", "Bob", "March 3, 2012 11:02 AM",
	                                           "It was two weeks, not one.")
	            "<div class=\"tools\"><a id=\"more-21\" href=\"/t/\">1 reply</a></div></div>" TV_POST(
	                "post more-21", "Cleo", "March 3, 2012 12:40 PM",
	                "Nine days, to be exact about it.") "</div></div></div>" TV_POST("post", "Dan",
	                                                                               "March 4, 2012 8:05 AM",
	                                                                               "Good to see it open again.") "</div></div></body></html>";
	static const char *const en_names[] = {"Anna", "Bob", "Cleo", "Dan"};
	t = html(en, NULL);
	assert_int_equal(t->ncomments, 4);
	expect_heads(t, 4, en_names, el_depths);
#undef TV_POST
#undef TV_HEAD
#undef TV_MORE
}

static void test_round25_layouts_a(void **state)
{
	(void)state;
	/* A signature closing each comment under its text, "Posted by: NAME |
	 * DATE" (the name a link or loose): the name is the author's, the line
	 * no text of the comment. */
#define R25_SIG(id, who, when, text)                                                               \
	"<div class=\"comment\" id=\"comment-" id "\"><div class=\"commentContent\"><span "        \
	"class=\"commentNumber\">" id "</span><p>" text "</p><p class=\"commentFooter\">Posted by: " \
	who "  | <a href=\"#comment-" id "\">" when "</a></p></div></div>"
	const char *sig =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><h3>Comments</h3>" R25_SIG(
	        "1", "<a href=\"http://anna.example/\" rel=\"nofollow\">Anna</a>",
	        "January 12, 2012 6:11 AM", "If he has liver cancer, he has lived long.")
	        R25_SIG("2", "D. C. Sessions", "January 12, 2012 7:15 AM",
	                "Stayin' Alive is noteworthy in another regard.")
	            R25_SIG("3", "LW", "January 12, 2012 7:20 AM", "I went to the website.")
	                "</div></body></html>";
	static const char *const sig_names[] = {"Anna", "D. C. Sessions", "LW"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(sig, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "January 12, 2012 7:15 AM");
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->body.n, 1);
		assert_null(strstr(t->order[i]->body.v[0], "Posted"));
	}
	expect_heads(t, 3, sig_names, flat3);
	/* The same in another site's shape and language: list items, a German
	 * label and a middle dot, the name bold, the date day first. */
#define R25_DE(id, who, when, text, more)                                                          \
	"<li class=\"kommentar\" id=\"k" id "\"><div class=\"inhalt\"><p>" text "</p><p>" more     \
	"</p><div class=\"fuss\">Geschrieben von: " who " \xC2\xB7 <a href=\"#k" id "\">" when      \
	"</a></div></div></li>"
	const char *de =
	    "<html><body>" ARTICLE_P "<h3>Kommentare</h3><ol class=\"kommentarliste\">" R25_DE(
	        "1", "<b>Hans Meier</b>", "12.01.2012 06:11", "Das sehe ich ganz anders als Sie.",
	        "Noch etwas dazu.")
	        R25_DE("2", "Grete", "12.01.2012 07:40", "Danke für den guten Artikel!",
	               "Bitte mehr davon.")
	            R25_DE("3", "<a href=\"http://k.example/\">Karl</a>", "13.01.2012 09:02",
	                   "Wo kann man das nachlesen?", "Ich finde nichts dazu.") "</ol></body></html>";
	static const char *const de_names[] = {"Hans Meier", "Grete", "Karl"};
	t = html(de, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->posted, "13.01.2012 09:02");
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->body.n, 2);
		assert_null(strstr(t->order[i]->body.v[1], "Geschrieben"));
	}
	expect_heads(t, 3, de_names, flat3);

	/* A link every block shows, before the name (the action row's "Add
	 * your comment" under the text), is furniture, never the name: the
	 * short line that differs from block to block is. */
#define R25_EDP(who, when, text)                                                                   \
	"<li><div class=\"comment-detail\"><p>" text "</p><p><a href=\"#postview\">Add your "       \
	"comment</a> | <a href=\"/report?c=1\" rel=\"nofollow\">Report this comment</a></p></div><div " \
	"class=\"comment-data\"><p class=\"author\">" who "</p><p>" when "</p></div></li>"
	const char *edp =
	    "<html><body>" ARTICLE_P "<div class=\"article-comments\"><ul>" R25_EDP(
	        "Maya Smith", "Monday, January 16, 2012", "New Year can be a very good reason to start.")
	        R25_EDP("LARSON.E. WHIPSNADE", "Monday, January 16, 2012",
	                "This is of course nonsense, an idea promoted by a film maker.")
	            R25_EDP("John L Norton", "Tuesday, January 17, 2012",
	                    "This really is old news, as it was reported last year.")
	                "</ul></div></body></html>";
	static const char *const edp_names[] = {"Maya Smith", "LARSON.E. WHIPSNADE", "John L Norton"};
	t = html(edp, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->posted, "Tuesday, January 17, 2012");
	assert_string_equal(t->order[2]->body.v[0], "This really is old news, as it was reported last year.");
	expect_heads(t, 3, edp_names, flat3);
	/* The same in another site's shape and language: the action link
	 * inside the text's box ("Napisz opinię"), the name and the date in a
	 * box after it, apart by a line break. */
#define R25_PL(who, when, text)                                                                    \
	"<div class=\"op\"><div class=\"txt\">" text "<div class=\"akcje\"><a href=\"#dodaj\">Napisz " \
	"opini\xC4\x99</a></div></div><div class=\"kto\"><span>" who "</span><br><span>" when          \
	"</span></div></div>"
	const char *pl = "<html><body>" ARTICLE_P "<div class=\"opinie\">" R25_PL(
	    "kasia", "16.01.2012 14:05", "Zgadzam si\xC4\x99 z autorem w ca\xC5\x82o\xC5\x9B" "ci.")
	    R25_PL("marek", "16.01.2012 15:10", "A ja nie, to przesada i tyle.")
	        R25_PL("ola", "17.01.2012 08:00", "Ciekawe, czy kto\xC5\x9B to sprawdzi\xC5\x82 naprawd\xC4\x99.")
	            "</div></body></html>";
	static const char *const pl_names[] = {"kasia", "marek", "ola"};
	t = html(pl, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->body.v[0], "A ja nie, to przesada i tyle.");
	expect_heads(t, 3, pl_names, flat3);

	/* A header line "by NAME | DATE - CLOCK" gives the name and the time,
	 * never the time alone; a heading over the text box is the comment's
	 * title, its first line, even where it opens the text as well, when
	 * other comments of the page have titles of their own. */
#define R25_CH(id, who, when, title, text)                                                         \
	"<a id=\"comment-" id "\"></a><div class=\"comment comment-published\"><div "                \
	"class=\"comment-bar\"><span class=\"submitted\">by <strong><a href=\"/users/" who "\" "      \
	"title=\"View user profile.\">" who "</a></strong> | " when "</span></div><h3><a "            \
	"href=\"/opinion/1-health#comment-" id "\" class=\"active\">" title "</a></h3><div "          \
	"class=\"content\"><p>" text "</p></div></div>"
	const char *ch =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><h2 class=\"comments\">Comments(3)</h2>" R25_CH(
	        "4285", "tiredofitall", "January 11, 2012 - 9:27am", "Firsthand experience",
	        "15 Yrs ago, it was discovered one day I had two masses.")
	        R25_CH("4301", "henry", "January 11, 2012 - 9:58am", "..here we go",
	               "....we let this go too long.")
	            R25_CH("4330", "worldly", "January 11, 2012 - 1:41pm", "Correct me if",
	                   "Correct me if I am wrong, but is there no funding mechanism?")
	                "</div></body></html>";
	static const char *const ch_names[] = {"tiredofitall", "henry", "worldly"};
	t = html(ch, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_non_null(t->order[1]->posted);
	assert_string_equal(t->order[1]->posted, "January 11, 2012 - 9:58am");
	assert_string_equal(t->order[2]->posted, "January 11, 2012 - 1:41pm");
	assert_string_equal(t->order[0]->body.v[0], "Firsthand experience");
	assert_string_equal(t->order[2]->body.v[0], "Correct me if");
	assert_int_equal(t->order[2]->body.n, 2);
	expect_heads(t, 3, ch_names, flat3);
	/* The header line in another site's shape and language: "par NAME |
	 * DATE - CLOCK" in French, the title in an h4. */
#define R25_FR(id, who, when, title, text)                                                         \
	"<div class=\"commentaire\" id=\"c" id "\"><div class=\"entete\"><span>par <a "              \
	"href=\"/membres/" who "\">" who "</a> | " when "</span></div><h4><a href=\"#c" id "\">"      \
	title "</a></h4><div class=\"texte\"><p>" text "</p></div></div>"
	const char *fr =
	    "<html><body>" ARTICLE_P "<div id=\"commentaires\"><h2>Commentaires (3)</h2>" R25_FR(
	        "1", "Marie", "12 janvier 2012 - 09:58", "Bravo", "Tr\xC3\xA8s bon article, merci.")
	        R25_FR("2", "Jean-Luc", "12 janvier 2012 - 10:20", "Pas d'accord",
	               "Je ne suis pas du tout d'accord avec vous.")
	            R25_FR("3", "Sophie", "13 janvier 2012 - 08:05", "Une question",
	                   "O\xC3\xB9 trouver les chiffres ?") "</div></body></html>";
	static const char *const fr_names[] = {"Marie", "Jean-Luc", "Sophie"};
	t = html(fr, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->posted, "13 janvier 2012 - 08:05");
	assert_string_equal(t->order[2]->body.v[0], "Une question");
	expect_heads(t, 3, fr_names, flat3);
	/* The same in another site's shape and language: list items, "von
	 * NAME • DATE, CLOCK", the title in an h5 over the text's box. */
#define R25_KOPF(id, who, when, title, text)                                                       \
	"<li class=\"kommentar\" id=\"k" id "\"><div class=\"kopf\">von <strong><a "                \
	"href=\"/nutzer/" who "\">" who "</a></strong> \xE2\x80\xA2 " when "</div><h5><a "           \
	"href=\"/rezepte/kuchen#k" id "\">" title "</a></h5><div class=\"text\"><p>" text            \
	"</p></div></li>"
	const char *kopf =
	    "<html><body>" ARTICLE_P "<h2>Kommentare</h2><ol class=\"kommentare\">" R25_KOPF(
	        "1", "Petra", "12. Januar 2012, 09:58", "Lecker", "Lecker, den backe ich am Sonntag.")
	        R25_KOPF("2", "Uwe", "12. Januar 2012, 10:20", "Frage zum Rezept",
	                 "Kann man statt Schmand auch Quark nehmen?")
	            R25_KOPF("3", "Anke", "13. Januar 2012, 08:05", "Pfirsiche?",
	                     "Geht es auch mit Pfirsichen?") "</ol></body></html>";
	static const char *const kopf_names[] = {"Petra", "Uwe", "Anke"};
	t = html(kopf, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "12. Januar 2012, 10:20");
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(t->order[i]->body.n, 2);
	assert_string_equal(t->order[1]->body.v[0], "Frage zum Rezept");
	expect_heads(t, 3, kopf_names, flat3);

	/* A count standing alone in a box of its own right before the
	 * comments' list ("6 comments" over the list) is the page's count. */
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	const char *edp_count =
	    "<html><body>" ARTICLE_P "<div class=\"article-comments\"><p class=\"sign-in\"><a "
	    "href=\"#postview\">Sign in to leave your comment</a></p><p class=\"view-count\">\n6\n"
	    "comments\n</p><ul>" R25_EDP("Maya Smith", "Monday, January 16, 2012",
	                                   "New Year can be a very good reason to start.")
	        R25_EDP("John L Norton", "Tuesday, January 17, 2012",
	                "This really is old news, as it was reported last year.")
	            "</ul></div></body></html>";
	t = html(edp_count, &r);
	assert_int_equal(r.stated, 6);
	assert_int_equal(t->ncomments, 2);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* The same in another site's shape and language: "3 commentaires" in
	 * a paragraph before the comments, no heading stating it. */
	tt_import_report_init(&r, 1);
	const char *fr_count =
	    "<html><body>" ARTICLE_P "<div id=\"commentaires\"><p class=\"nb\">3 commentaires</p>" R25_FR(
	        "1", "Marie", "12 janvier 2012 - 09:58", "Bravo", "Tr\xC3\xA8s bon article, merci.")
	        R25_FR("2", "Jean-Luc", "12 janvier 2012 - 10:20", "Pas d'accord",
	               "Je ne suis pas du tout d'accord avec vous.")
	            R25_FR("3", "Sophie", "13 janvier 2012 - 08:05", "Une question",
	                   "O\xC3\xB9 trouver les chiffres ?") "</div></body></html>";
	t = html(fr_count, &r);
	assert_int_equal(r.stated, 3);
	assert_int_equal(t->ncomments, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* Blocks showing a name alone in its box, then words, no time at all
	 * (Disqus written into the page without its times), are the comments
	 * when nothing else is: a member's name linked, a guest's a span. */
#define R25_DSQ(id, who, text)                                                                     \
	"<div id=\"comment-" id "\"></div><li id=\"dsq-comment-" id "\"><div "                      \
	"class=\"dsq-comment-header\"><cite>" who "</cite></div><div class=\"dsq-comment-body\"><div " \
	"class=\"dsq-comment-message\">" text "</div></div></li>"
	const char *dsq =
	    "<html><body>" ARTICLE_P "<h2>Comments [<a href=\"/.xml\">rss</a>]</h2><div "
	    "id=\"disqus_thread\"><ul id=\"dsq-comments\">" R25_DSQ(
	        "1", "<a href=\"http://pulse.example/ole\" rel=\"nofollow\">OleS</a>",
	        "That's weird. Never felt better actually.")
	        R25_DSQ("2", "<span>nomadnewyork</span>", "That explains it! <br>I'm a believer!")
	            R25_DSQ("3", "<span>Dead Himmler</span>",
	                    "I actually find myself hating sad panda at times.")
	                "</ul></div><ul class=\"related\"><li><a href=\"/2012/01/a.php\">Bridges "
	                "closed</a><p>The city closes two bridges.</p></li><li><a "
	                "href=\"/2012/01/b.php\">Snow day</a><p>More snow is coming "
	                "tonight.</p></li><li><a href=\"/2012/01/c.php\">Rats</a><p>The rats "
	                "are back in the park.</p></li></ul></body></html>";
	static const char *const dsq_names[] = {"OleS", "nomadnewyork", "Dead Himmler"};
	t = html(dsq, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->body.v[0], "That's weird. Never felt better actually.");
	assert_int_equal(t->order[1]->body.n, 1);
	expect_heads(t, 3, dsq_names, flat3);
	/* The same in another site's shape and language: sections, the name
	 * bold in a paragraph, the words in paragraphs after it. */
#define R25_ES(who, text)                                                                          \
	"<section class=\"op\"><p class=\"quien\"><b>" who "</b></p><div class=\"dice\"><p>" text      \
	"</p></div></section>"
	const char *es = "<html><body>" ARTICLE_P "<div class=\"opiniones\">" R25_ES(
	    "Lucía", "Muy buen artículo, gracias por escribirlo.")
	    R25_ES("Pedro G.", "No estoy de acuerdo con nada de esto.")
	        R25_ES("marta_77", "¿Dónde se pueden ver los datos?") R25_ES(
	            "Lucía", "Los datos están en la web del ministerio.") "</div></body></html>";
	static const char *const es_names[] = {"Lucía", "Pedro G.", "marta_77", "Lucía"};
	static const unsigned flat4[] = {0, 0, 0, 0};
	t = html(es, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[2]->body.v[0], "¿Dónde se pueden ver los datos?");
	expect_heads(t, 4, es_names, flat4);
	/* ...but not a list of the same label over each block, nor a numbered
	 * one ("Bieg 15", "Bieg 14": a race's heats), nor links to the site's
	 * articles with their teasers. */
#define R25_HEAT(n, text)                                                                          \
	"<div class=\"bieg\"><h6><span>Bieg " n "</span></h6><div><p>" text "</p></div></div>"
	const char *heats = "<html><body>" ARTICLE_P "<div class=\"biegi\">" R25_HEAT(
	    "15", "Dominik Kubera za Emila Sajfutdinowa i Piotra Protasiewicza") R25_HEAT("14",
	    "Michael Jepsen Jensen przed Bartoszem Smektałą") R25_HEAT("13",
	    "Janusz Kołodziej przed Patrykiem Dudkiem") "</div></body></html>";
	t = html(heats, NULL);
	assert_int_equal(t->ncomments, 0);
	tt_thread_free(t);
	const char *more = "<html><body>" ARTICLE_P "<div class=\"mehr\">" R25_ES(
	    "Mehr zum Thema", "Was neuen Spielen heute fehlt, von Schuhmann")
	    R25_ES("Mehr zum Thema", "Meine erste Beziehung in einem Spiel, von Linda")
	        R25_ES("Mehr zum Thema", "Ein niedliches Spiel auf Steam, von Cortyn")
	            "</div></body></html>";
	t = html(more, NULL);
	assert_int_equal(t->ncomments, 0);
	tt_thread_free(t);
}

/* Pages whose comments the readers find but give a field the wrong role,
 * set right by what the page's records repeat (src/html_slots.c, doc/import.md
 * "Learning each page's template"): three shapes in three languages, with
 * class names that mean nothing, each read wrong without the pass; and a
 * fourth the pass must leave as read. */
#define PS_HEAD(lang, title, text)                                                                 \
	"<!DOCTYPE html><html lang=\"" lang "\"><head><meta charset=\"utf-8\"><title>" lang        \
	"</title></head><body>\n<div class=\"zq\"><h1>" title "</h1><p>" text "</p></div>\n"
/* German: a share link (its icon, then its words) in every comment's first
 * box, the name and age after it: the link's words are no leaf of their own,
 * so the repeated blocks take them for the name; the pass reads the name. */
#define PS_SHARE(n, who, when, text)                                                               \
	"<div class=\"vj\"><div class=\"jq\"><a class=\"wq\" href=\"#s" n "\"><i class=\"ic\">"    \
	"</i> Diesen Kommentar teilen</a></div><div class=\"qz\"><span class=\"zv\">" who          \
	"</span><span class=\"zj\">" when "</span></div><div class=\"xk\"><p>" text "</p></div>"   \
	"</div>\n"
/* Spanish: every name ends with the header's separator mark. */
#define PS_MARK(who, when, text)                                                                   \
	"<div class=\"vj\"><div class=\"qz\"><b>" who " |</b> <span>" when "</span></div><p>" text \
	"</p></div>\n"
/* Russian: a help box for guests in every comment, before the name and the text. */
/* clang-format off: it aligns the marks by bytes, not by letters */
#define PS_GUEST(who, when, text) \
	"<li class=\"vj\"><div class=\"qa\"><span class=\"qz\">Гость</span><div " \
	"class=\"hp\"><h4>Как перестать быть гостем на нашем сайте?</h4><p>" \
	"Зарегистрируйтесь, это займёт пару минут.</p></div><span class=\"nm\">" who \
	"</span></div><div class=\"tx\"><span class=\"tm\">" when "</span><p>" text \
	"</p></div></li>\n"
/* clang-format on */
/* Dutch: one writer answers three comments of four, each answer a short line
 * alone: the name the same in most records, the text no name. */
#define PS_SHORT(who, when, text)                                                                  \
	"<div class=\"vj\"><div class=\"qz\"><b>" who "</b> <span>" when "</span></div><p>" text   \
	"</p></div>\n"

static void expect_slots(tt_thread *t, const char *const who[], const char *const first[],
                         const char *const when[], size_t n)
{
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		const tt_comment *c = t->order[i];
		assert_non_null(c->author);
		assert_string_equal(c->author, who[i]);
		assert_non_null(c->posted);
		assert_string_equal(c->posted, when[i]);
		assert_true(c->body.n >= 1);
		assert_string_equal(c->body.v[0], first[i]);
	}
}

static const char ps_share_page[] =
    PS_HEAD("de", "Drachen am Deich",
            "Das Drachenfest am Deich zog in diesem Jahr Flieger aus allen Orten entlang der "
            "Küste an, bei bestem Wind.")
    "<div class=\"kx\"><h3>4 Kommentare</h3>"
    PS_SHARE("1", "Nibelung", "vor 3 Stunden",
             "Gewisse Ähnlichkeiten mit dem letzten Jahr sind zu erkennen.")
    PS_SHARE("2", "Bummi", "vor 4 Stunden",
             "Ich sehe das grundsätzlich positiv, der Wind war gut.")
    PS_SHARE("3", "Mayor Quimby", "vor 5 Stunden",
             "Und er hatte gelernt, dass man früh kommen muss.")
    PS_SHARE("4", "Schonclode", "vor 6 Stunden", "Komisch, an wen erinnert mich das gerade?")
    "</div></body></html>";
static const char ps_mark_page[] =
    PS_HEAD("es", "Cometas en las dunas",
            "El festival de cometas en las dunas reunió este año a voladores de todos los "
            "pueblos de la costa, con un viento excelente.")
    "<div class=\"kx\"><h3>4 comentarios</h3>"
    PS_MARK("Marta López", "12 de marzo de 2024",
            "La cometa del dragón rojo fue lo mejor del verano.")
    PS_MARK("Jorge", "13 de marzo de 2024", "Condujimos cuatro horas y valió cada minuto.")
    PS_MARK("Ana B.", "14 de marzo de 2024",
            "El año que viene deberían abrir también la playa norte.")
    PS_MARK("pepe_r", "15 de marzo de 2024", "Mi hijo todavía habla del pulpo gigante.")
    "</div></body></html>";
static const char ps_guest_page[] =
    PS_HEAD("ru", "Змеи над дюнами",
            "Фестиваль воздушных змеев на дюнах собрал в этом году любителей со всего "
            "побережья, ветер был отличный.")
    "<ul class=\"kx\">"
    PS_GUEST("Ялот", "08.01.2024, 18:51", "Красный дракон был лучше всех этим летом.")
    PS_GUEST("дед", "09.01.2024, 12:18", "Мы ехали четыре часа, и оно того стоило.")
    PS_GUEST("Андрей", "09.01.2024, 14:02", "В следующем году надо открыть и северный пляж.")
    PS_GUEST("Ирина", "10.01.2024, 09:30",
             "Сын до сих пор рассказывает про гигантского осьминога.")
    PS_GUEST("Пётр", "11.01.2024, 10:05", "Ветер был такой, что змей порвался.")
    PS_GUEST("Ольга", "12.01.2024, 16:45", "Приедем снова, только возьмём куртки потеплее.")
    "</ul></body></html>";
static const char ps_short_page[] =
    PS_HEAD("nl", "Vliegers op de dijk",
            "Het vliegerfeest op de dijk trok dit jaar vliegers uit alle dorpen langs de kust, "
            "bij een prima wind.")
    "<div class=\"kx\">"
    PS_SHORT("Wiebke", "12-03-2024 10:15", "Graag gedaan!")
    PS_SHORT("Wiebke", "12-03-2024 11:20", "Morgen weer.")
    PS_SHORT("Ole", "12-03-2024 12:05", "Wanneer is het volgende feest?")
    PS_SHORT("Wiebke", "12-03-2024 12:40", "In september.")
    "</div></body></html>";

static void test_page_slots(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	tt_thread *t = html(ps_share_page, &r);
	static const char *const who1[] = {"Nibelung", "Bummi", "Mayor Quimby", "Schonclode"};
	static const char *const first1[] = {
	    "Gewisse Ähnlichkeiten mit dem letzten Jahr sind zu erkennen.",
	    "Ich sehe das grundsätzlich positiv, der Wind war gut.",
	    "Und er hatte gelernt, dass man früh kommen muss.",
	    "Komisch, an wen erinnert mich das gerade?"};
	static const char *const when1[] = {"vor 3 Stunden", "vor 4 Stunden", "vor 5 Stunden",
	                                    "vor 6 Stunden"};
	expect_slots(t, who1, first1, when1, 4);
	/* --explain says the name came from the page's template */
	size_t said = 0;
	for (size_t i = 0; i < r.nblocks; i++)
		said += strstr(r.blocks[i], "comment author (page template): Bummi") != NULL;
	assert_int_equal(said, 1);
	tt_thread_free(t);
	tt_import_report_free(&r);

	t = html(ps_mark_page, NULL);
	static const char *const who2[] = {"Marta López", "Jorge", "Ana B.", "pepe_r"};
	static const char *const first2[] = {
	    "La cometa del dragón rojo fue lo mejor del verano.",
	    "Condujimos cuatro horas y valió cada minuto.",
	    "El año que viene deberían abrir también la playa norte.",
	    "Mi hijo todavía habla del pulpo gigante."};
	static const char *const when2[] = {"12 de marzo de 2024", "13 de marzo de 2024",
	                                    "14 de marzo de 2024", "15 de marzo de 2024"};
	expect_slots(t, who2, first2, when2, 4);
	tt_thread_free(t);

	t = html(ps_guest_page, NULL);
	static const char *const who3[] = {"Ялот", "дед", "Андрей", "Ирина", "Пётр", "Ольга"};
	static const char *const first3[] = {
	    "Красный дракон был лучше всех этим летом.",
	    "Мы ехали четыре часа, и оно того стоило.",
	    "В следующем году надо открыть и северный пляж.",
	    "Сын до сих пор рассказывает про гигантского осьминога.",
	    "Ветер был такой, что змей порвался.",
	    "Приедем снова, только возьмём куртки потеплее."};
	static const char *const when3[] = {"08.01.2024, 18:51", "09.01.2024, 12:18",
	                                    "09.01.2024, 14:02", "10.01.2024, 09:30",
	                                    "11.01.2024, 10:05", "12.01.2024, 16:45"};
	expect_slots(t, who3, first3, when3, 6);
	tt_thread_free(t);

	/* the short answers keep their words and their writer's name */
	t = html(ps_short_page, NULL);
	static const char *const who4[] = {"Wiebke", "Wiebke", "Ole", "Wiebke"};
	static const char *const first4[] = {"Graag gedaan!", "Morgen weer.",
	                                     "Wanneer is het volgende feest?", "In september."};
	static const char *const when4[] = {"12-03-2024 10:15", "12-03-2024 11:20",
	                                    "12-03-2024 12:05", "12-03-2024 12:40"};
	expect_slots(t, who4, first4, when4, 4);
	tt_thread_free(t);
}

/* Round 25's layouts worked on since round 26 was chosen (Wirtualna
 * Polska, wnp.pl, Glavred, developers.pub): each a small page of our own
 * that a rule reads, and one of another site's shape and language. */
static void test_round25_layouts_b(void **state)
{
	(void)state;
	/* Answers in a box right after the comment they answer, the box's id
	 * naming the comment's id, past a short "show the answers" link. */
#define R25_OP(id, who, when, text)                                                                \
	"<div id=\"" id "\" class=\"op\"><div class=\"hd\">~<span class=\"nm\">" who "</span> "    \
	"<span>[" when "]</span></div><div class=\"tx\"><p>" text                                  \
	"</p><p class=\"odp\"><a href=\"#" id "\">odpowiedz</a></p></div></div>"
	const char *idbox = "<html><body>" ARTICLE_P "<div class=\"ops\">" R25_OP(
	    "901", "olek", "2012-01-01 01:08", "Wszystko jak co roku.")
	    R25_OP(
	        "902", "kanadyjczyk", "2011-12-31 19:49",
	        "U nas Nowy Rok dopiero rano.") "<p class=\"more\"><a href=\"#\">pokaż 2 ukryte "
	                                        "odpowiedzi</a></p><div "
	                                        "id=\"w_55_902\" class=\"lvl2\" "
	                                        "style=\"display:none\">" R25_OP(
	                                            "903", "sonia", "2011-12-31 20:31",
	                                            "@kanadyjczyk Nie wierz we wszystko.")
	                                            R25_OP("904", "ala", "2011-12-31 22:30", "@kanadyjczyk Szczęśliwego!") "</div>" R25_OP(
	                                                "905", "aga", "2011-12-31 18:00",
	                                                "Z czego się cieszycie?") "</div></body></"
	                                                                          "html>";
	static const char *const idbox_names[] = {"olek", "kanadyjczyk", "sonia", "ala", "aga"};
	static const unsigned idbox_depths[] = {0, 0, 1, 1, 0};
	tt_thread *t = html(idbox, NULL);
	assert_int_equal(t->ncomments, 5);
	assert_string_equal(t->order[2]->body.v[0], "@kanadyjczyk Nie wierz we wszystko.");
	expect_heads(t, 5, idbox_names, idbox_depths);
	/* The same in another shape, German, no ids: the boxes of answers,
	 * each after a comment, show the shape again among the comments. */
#define R25B_DE(who, when, text)                                                                    \
	"<article class=\"beitrag\"><header><b>" who "</b> <time>" when "</time></header><div "    \
	"class=\"inhalt\"><p>" text "</p></div></article>"
	const char *shapebox =
	    "<html><body>" ARTICLE_P
	    "<section class=\"stimmen\">" R25B_DE("Hanna", "3. Januar 2012, 10:15", "Endlich wieder Schnee!") "<div class=\"folgen\">" R25B_DE(
	        "Jörg", "3. Januar 2012, 11:02",
	        "Für Kinder schön, für Pendler nicht.") "</div>" R25B_DE("Uwe",
	                                                                "3. Januar 2012, 12:40",
	                                                                "Die Streudienste sind "
	                                                                "wieder nicht bereit.")
	        R25B_DE(
	            "Petra", "3. Januar 2012, 13:05",
	            "Ich freue mich auf den Winter.") "<div class=\"folgen\">" R25B_DE("Klaus",
	                                                                              "3. Januar "
	                                                                              "2012, 14:20",
	                                                                              "Ich auch, "
	                                                                              "Petra.")
	            R25B_DE("Mia", "3. Januar 2012, 15:00",
	                   "Und ich erst recht nicht.") "</div></section></body></html>";
	static const char *const shape_names[] = {"Hanna", "Jörg", "Uwe", "Petra", "Klaus", "Mia"};
	static const unsigned shape_depths[] = {0, 1, 0, 0, 1, 1};
	t = html(shapebox, NULL);
	assert_string_equal(t->order[5]->body.v[0], "Und ich erst recht nicht.");
	expect_heads(t, 6, shape_names, shape_depths);

	/* A header line of two boxes, a short one then the time, nothing else
	 * in it: the short box is the name (its words differ between the
	 * comments), not the text's first line, whatever its class. */
#define R25_WNP(who, when, text)                                                                   \
	"<div class=\"h\"><div class=\"r\"><div class=\"p\">" who                                  \
	"</div><div class=\"wpisDate\">" when                                                      \
	"</div></div><p><a href=\"http://forum.example/t/1#e\">" text "</a></p></div>"
	const char *wnp =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><div class=\"lista\">" R25_WNP(
	        "miki", "07.01.2012 07:00", "Toś Jorguś podważył działalność firm (...)")
	        R25_WNP("jorguś", "07.01.2012 01:49", "studenciak - mi nie chodzi o geologię (...)")
	            R25_WNP("gleba", "05.01.2012 12:51",
	                    "Cóż za odkrywczy wniosek (...)") "</div></div></body></html>";
	static const char *const wnp_names[] = {"miki", "jorguś", "gleba"};
	static const unsigned flat3[] = {0, 0, 0};
	t = html(wnp, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->posted, "07.01.2012 01:49");
	expect_heads(t, 3, wnp_names, flat3);
	/* A comment whose box the markup names holds only its text, the
	 * header (name, time, a vote box) written before the boxes wrapping
	 * it: the header is the comment's; the name boxed beside the time
	 * (named a title) is the name, no title; the vote box no text. */
#define R25_GLAV(who, when, votes, text)                                                           \
	"<li class=\"it\"><div><div class=\"shapka\"><div class=\"podp\"><span "                   \
	"class=\"title\">" who "</span> <span class=\"date\">" when                                \
	"</span></div><div class=\"golos\"><a "                                                    \
	"href=\"javascript:void(0)\">Не согласен</a> <span>" votes "</span> <a "                   \
	"href=\"javascript:void(0)\">Согласен</a></div></div><div class=\"telo\"><div "    \
	"class=\"obertka\"><div class=\"comment\"><div class=\"comment-text\">" text               \
	"</div></div><div "                                                                        \
	"class=\"razd\"></div></div></div></div></li>"
	const char *glav = "<html><body>" ARTICLE_P "<ul class=\"spisok\">" R25_GLAV(
	    "Брандивайн", "20 января, 15:49", "0", "Спасибо, это очень помогло.")
	    R25_GLAV("Василиса", "19 января, 12:31", "2", "А чего только два раза в неделю?")
	        R25_GLAV(".....", "6 января, 14:15", "1",
	                 "гооость шизуешь...") "</ul></body></html>";
	static const char *const glav_names[] = {"Брандивайн", "Василиса", "....."};
	t = html(glav, NULL);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Спасибо, это очень помогло.");
	assert_string_equal(t->order[2]->posted, "6 января, 14:15");
	expect_heads(t, 3, glav_names, flat3);
	/* The same in another shape, English: an article per comment, its
	 * header before a section wrapping the comment's box. */
#define R25_EN(who, when, text)                                                                    \
	"<article class=\"entry\"><header class=\"top\"><div class=\"who-when\"><span "            \
	"class=\"title\">" who "</span> <span>" when "</span></div><div class=\"thumbs\"><a "      \
	"href=\"#\">Like</a> 4</div></header><section class=\"inner\"><div class=\"comment\"><p "  \
	"class=\"comment-content\">" text "</p></div></section></article>"
	const char *en = "<html><body>" ARTICLE_P "<section class=\"readers\">" R25_EN(
	    "Hannah", "Jan 3, 2012 10:15 AM", "Finally snow again, the children are happy.")
	    R25_EN("George", "Jan 3, 2012 11:02 AM",
	           "Not for commuters.") "</section></body></html>";
	static const char *const en_names[] = {"Hannah", "George"};
	t = html(en, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Finally snow again, the children are happy.");
	assert_string_equal(t->order[1]->posted, "Jan 3, 2012 11:02 AM");
	expect_heads(t, 2, en_names, flat3);

	/* An icon (an <i> or a box of an svg, no word) named by what it stands
	 * for ("anticon-message") is never the text's box; a row of icons
	 * and counts at the text's edge ("1 |") is no text. */
#define R25_SVG "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"></path></svg>"
#define R25_ZH(who, when, text, likes)                                                             \
	"<div class=\"comment-main-container\"><div class=\"c-avatar\"><img src=\"/a.png\" "       \
	"alt=\"" who                                                                               \
	"\"></div><div class=\"c-info\"><div class=\"base\"><span class=\"user-name\">" who        \
	"</span> <span>|</span> <span class=\"c-time\">" when "</span></div><div "                 \
	"class=\"c-detail\"><div class=\"md\"><p>" text                                            \
	"</p></div></div><div class=\"c-action\"><span "                                           \
	"class=\"act\"><i aria-label=\"图标: like\" class=\"anticon anticon-like\">" R25_SVG       \
	"</i> " likes                                                                              \
	"</span> <span>|</span> <span class=\"act\"><i aria-label=\"图标: message\" "            \
	"class=\"anticon anticon-message\">" R25_SVG "</i></span></div></div></div>"
	const char *zh =
	    "<html><body><h1>简历下载问题</h1><div "
	    "class=\"q\"><p>为什么简历下载这么慢，好几次都失败了，有人知道吗？</p></div>"
	    "<div class=\"library-comment-list\">" R25_ZH("客栈小K", "6天前", "已优化下载体验",
	                                                  "<span>1</span>")
	        R25_ZH("ZG", "1周前", "哈哈 下载好了", "") "</div></body></html>";
	static const char *const zh_names[] = {"客栈小K", "ZG"};
	t = html(zh, NULL);
	assert_int_equal(t->ncomments, 2);
	for (size_t i = 0; i < 2; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "已优化下载体验");
	assert_string_equal(t->order[1]->body.v[0], "哈哈 下载好了");
	expect_heads(t, 2, zh_names, flat3);
	/* The same in other shapes, German: an empty <i> named a comment's
	 * message in the footer; a row of drawn icons and counts, "3 · 12". */
#define R25_DE_I(who, when, text, a, b)                                                            \
	"<li class=\"comment\"><div class=\"kopf\"><b>" who "</b> · <span class=\"zeit\">" when    \
	"</span></div><p>" text "</p><div class=\"leiste\"><a href=\"#\"><i class=\"icon "         \
	"comment-message\"></i></a> " a " | <a href=\"#\"><i class=\"icon daumen\"></i></a> " b    \
	"</div></li>"
	const char *de_i = "<html><body>" ARTICLE_P "<ol class=\"comments\">" R25_DE_I(
	    "Hanna", "3. Januar 2012, 10:15", "Endlich wieder Schnee.", "3", "12")
	    R25_DE_I("Jörg", "3. Januar 2012, 11:02", "Für Pendler ist das nichts.", "0",
	             "1") "</ol></body></html>";
	static const char *const de_names[] = {"Hanna", "Jörg"};
	t = html(de_i, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Endlich wieder Schnee.");
	expect_heads(t, 2, de_names, flat3);
#define R25_DE_S(who, when, text, a, b)                                                            \
	"<div class=\"eintrag\"><div class=\"kopf\"><span class=\"wer\">" who "</span> <span "     \
	"class=\"datum\">" when "</span></div><div class=\"inhalt\"><p>" text "</p></div><div "    \
	"class=\"leiste\"><span>" R25_SVG " " a "</span> · <span>" R25_SVG " " b                   \
	"</span></div></div>"
	const char *de_s = "<html><body>" ARTICLE_P "<div id=\"kommentare\">" R25_DE_S(
	    "Hanna", "3. Januar 2012, 10:15", "Endlich wieder Schnee.", "3", "12")
	    R25_DE_S("Jörg", "3. Januar 2012, 11:02", "Für Pendler ist das nichts.", "0",
	             "1") "</div></body></html>";
	t = html(de_s, NULL);
	assert_int_equal(t->ncomments, 2);
	for (size_t i = 0; i < 2; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Für Pendler ist das nichts.");
	expect_heads(t, 2, de_names, flat3);

	/* A comment shown deleted, its notice in the text's place ("该评论已删除",
	 * the name and time still shown), is a placeholder without name or
	 * words; an answer whose last paragraph, wholly in quotation marks,
	 * repeats an answer before it in the same list answers that one, the
	 * copy no word of its own. */
#define R25_ZH_ANS(who, when, text, copy)                                                          \
	"<div class=\"comment-item-container\"><div class=\"c-info\"><div class=\"base\"><b "      \
	"class=\"user-name\">" who "</b> <span>|</span> <span class=\"c-time\">" when              \
	"</span></div>"                                                                            \
	"<div class=\"c-detail\">" text "</div>" copy "</div></div>"
#define R25_ZH_K(who, when, text, kids)                                                            \
	"<div class=\"comment-main-container\"><div class=\"c-info\"><div class=\"base\"><span "   \
	"class=\"user-name\">" who "</span> <span>|</span> <span class=\"c-time\">" when           \
	"</span></div><div class=\"c-detail\"><p>" text "</p></div><div "                          \
	"class=\"comment-children\">" kids "</div></div></div>"
	const char *zh2 =
	    "<html><body><h1>简历下载问题</h1><div "
	    "class=\"q\"><p>为什么简历下载这么慢，好几次都失败了，有人知道吗？</p></div>"
	    "<div class=\"library-comment-list\">" R25_ZH("客栈小K", "1周前", "该评论已删除", "")
	        R25_ZH("客栈小K", "1周前", "人太多，容易崩，我优化下", "")
	            R25_ZH_K("ZG", "1周前", "哈哈",
	                     R25_ZH_ANS("ZG", "1周前", "为啥", "")
	                         R25_ZH_ANS("ZG", "1周前", "怎么会这样",
	                                    "<p "
	                                    "class=\"respondent-content\">\"<span>为啥</span>\"</"
	                                    "p>")) "</div></body></html>";
	t = html(zh2, NULL);
	assert_int_equal(t->ncomments, 5);
	assert_null(t->order[0]->author);
	assert_int_equal(t->order[0]->body.n, 0);
	assert_true(t->order[0]->flags & TT_C_DELETED);
	assert_string_equal(t->order[0]->posted, "1周前");
	assert_string_equal(t->order[1]->author, "客栈小K");
	assert_int_equal(t->order[4]->body.n, 1);
	assert_string_equal(t->order[4]->body.v[0], "怎么会这样");
	assert_int_equal(t->order[3]->depth, 1);
	assert_int_equal(t->order[4]->depth, 2);
	tt_thread_free(t);
	/* The same in another shape, German: WordPress's answers list, the
	 * copy in „…“ after the answer's words. */
#define R25_WP(id, who, when, text, more)                                                          \
	"<li class=\"comment\" id=\"comment-" id "\"><div class=\"comment-author\"><cite "         \
	"class=\"fn\">" who "</cite></div><div class=\"comment-meta\"><a href=\"#comment-" id      \
	"\">" when "</a></div><div class=\"comment-content\"><p>" text "</p>" more "</div></li>"
	const char *wp =
	    "<html><body>" ARTICLE_P "<ol class=\"commentlist\"><li class=\"comment\" "
	    "id=\"comment-1\"><div class=\"comment-author\"><cite "
	    "class=\"fn\">Hanna</cite></div><div class=\"comment-meta\"><a "
	    "href=\"#comment-1\">3. Januar 2012 um 10:15</a></div><div "
	    "class=\"comment-content\"><p>Endlich wieder Schnee.</p></div><ul "
	    "class=\"children\">" R25_WP("2", "Uwe", "3. Januar 2012 um 11:00",
	                                 "Warum freust du dich?", "")
	        R25_WP("3", "Petra", "3. Januar 2012 um 11:30", "Ich mich auch.", "") R25_WP(
	            "4", "Hanna", "3. Januar 2012 um 12:00", "Weil die Kinder rodeln können.",
	            "<p class=\"antwort-auf\">„Warum freust du dich?“</p>") "</ul></li></ol></"
	                                                                    "body></html>";
	static const char *const wp_names[] = {"Hanna", "Uwe", "Hanna", "Petra"};
	static const unsigned wp_depths[] = {0, 1, 2, 1};
	t = html(wp, NULL);
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "Weil die Kinder rodeln können.");
	expect_heads(t, 4, wp_names, wp_depths);
	/* (traditional Chinese: "該評論已刪除") */
	const char *tw =
	    "<html><body><h1>簡歷下載問題</h1><div "
	    "class=\"q\"><p>為什麼簡歷下載這麼慢，好幾次都失敗了，有人知道嗎？</p></div>"
	    "<div class=\"library-comment-list\">" R25_ZH("小K", "2天前", "該評論已刪除", "")
	        R25_ZH("ZG", "1周前", "哈哈", "") "</div></body></html>";
	t = html(tw, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_null(t->order[0]->author);
	assert_true(t->order[0]->flags & TT_C_DELETED);
	assert_string_equal(t->order[1]->author, "ZG");
	tt_thread_free(t);

	/* The title bar of the comments' box, "WORD (N)" alone in a box before
	 * them, states their count, in whatever words; a count below the
	 * comments found is none. */
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	const char *tab =
	    "<html><body>" ARTICLE_P "<div id=\"s\"><div class=\"z\"><span class=\"hd\">Opinie "
	    "(135)</span></div><div class=\"w\"><div class=\"ops\">" R25_OP(
	        "901", "olek", "2012-01-01 01:08", "Wszystko jak co roku.")
	        R25_OP("902", "kanadyjczyk", "2011-12-31 19:49",
	               "U nas Nowy Rok dopiero rano.") "</div></div></div></body></html>";
	t = html(tab, &r);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(r.stated, 135);
	tt_thread_free(t);
	tt_import_report_free(&r);
	tt_import_report_init(&r, 0);
	const char *bar =
	    "<html><body>" ARTICLE_P "<section class=\"stimmen\"><h4><span>Leserstimmen "
	    "(3)</span></h4>" R25B_DE("Hanna", "3. Januar 2012, 10:15", "Endlich wieder Schnee!")
	        R25B_DE("Uwe", "3. Januar 2012, 12:40", "Die Streudienste schlafen.") R25B_DE(
	            "Petra", "3. Januar 2012, 13:05", "Ich freue mich.") "</section></body></html>";
	t = html(bar, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);
	tt_import_report_init(&r, 0);
	const char *few =
	    "<html><body>" ARTICLE_P "<section class=\"stimmen\"><h4><span>Fotos "
	    "(1)</span></h4>" R25B_DE("Hanna", "3. Januar 2012, 10:15", "Endlich wieder Schnee!")
	        R25B_DE("Uwe", "3. Januar 2012, 12:40",
	               "Die Streudienste schlafen.") "</section></body></html>";
	t = html(few, &r);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(r.stated, -1);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Round 26's layouts, half a (tests/data/html/round26: Objectiv.tv's and
 * We-Dwoje.pl's pages), worked on since round 27 was chosen: each rule a
 * small page of the shape and one of another site's shape and language. */
static void test_round26_layouts_a(void **state)
{
	(void)state;
	/* No name read by any reader: the name is the short text each comment
	 * shows at one place before its time, a guest's bare, a member's a
	 * link, whatever it is made of ("1715"); the number before it ("#3")
	 * is none. */
#define R26A_OBJ(n, who, when, text)                                                               \
	"<li><i class=\"cnt\">#" n "</i> <b>" who "</b>  <i>" when "</i> <div class=\"clearing\">"  \
	"&nbsp;</div><div class=\"text\"><p>" text "</p></div></li>"
	const char *obj =
	    "<html><body>" ARTICLE_P "<div id=\"comments_list\"><h2>Комментарии:</h2><ul "
	    "class=\"comments\">" R26A_OBJ("4", "Допа", "06.01.12, 10:32",
	                                   "Дефолт однозначно будет, но после выборов.")
	        R26A_OBJ("3", "<a href=\"/user/3967.html\">Володя</a>", "05.01.12, 23:35",
	                 "Хорошо делать заявления и не нести за это ответственности.")
	            R26A_OBJ("2", "1715", "05.01.12, 15:19", "Тупо сливают валюту, чтобы к Евро.")
	                R26A_OBJ("1", "фыва", "05.01.12, 11:39",
	                         "Яценюк уже забыл, как доллар прыгал?") "</ul></div></body></html>";
	static const char *const obj_names[] = {"Допа", "Володя", "1715", "фыва"};
	static const unsigned flat4[] = {0, 0, 0, 0};
	tt_thread *t = html(obj, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[2]->body.v[0], "Тупо сливают валюту, чтобы к Евро.");
	expect_heads(t, 4, obj_names, flat4);
	/* Another site's shape and language: a definition list, each term a
	 * number, the name in a "strong" (a member's linked) and the time
	 * in a box after it, each text the description after it. */
#define R26A_DE(n, who, when, text)                                                                \
	"<dt><span>#" n "</span> <strong>" who "</strong> <span>" when "</span></dt><dd><p>" text  \
	"</p></dd>"
	const char *de =
	    "<html><body>" ARTICLE_P "<dl class=\"leserbriefe\">" R26A_DE(
	        "4", "Maren", "12.03.2011 10:15", "Der rote Drachen flog am höchsten von allen.")
	        R26A_DE("3", "<a href=\"/u/oskar\">Oskar</a>", "12.03.2011 11:20",
	                "Das war meiner, danke fürs Finden!")
	            R26A_DE("2", "7", "13.03.2011 09:05", "Am Sonntag war es viel zu windig.")
	                R26A_DE("1", "Lidia", "14.03.2011 20:00",
	                        "Bis nächstes Jahr am Strand, ihr alle.") "</dl></body></html>";
	static const char *const de_names[] = {"Maren", "Oskar", "7", "Lidia"};
	t = html(de, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[1]->posted, "12.03.2011 11:20");
	assert_string_equal(t->order[2]->body.v[0], "Am Sonntag war es viel zu windig.");
	expect_heads(t, 4, de_names, flat4);
	/* A comment's box holding its header and its text: the time, a vote
	 * bar, the name, then a linked title run into the text with no space.
	 * The bar between the time and the name is the header's (its words
	 * inside its own boxes), not the text; the title is a paragraph of its
	 * own, the text after it. */
#define R26A_WD(k, when, votes, who, text)                                                         \
	"<div class=\"comment \"><div class=\"card\"><img alt=\"x\" src=\"a.jpg\"><br></div><div "     \
	"class=\"txt\"><span class=\"date\"><span class=\"gray\">Środa</span> | <b>" when "</b>, "     \
	"13:53</span><div class=\"vote\"><b>0</b>&nbsp;&nbsp;<span class=\"for\" "                     \
	"onClick=\"commentVote('" k "', 1);\"></span><span class=\"against\" onClick=\"commentVote('" \
	k "', -1);\"></span>&nbsp;&nbsp;<span class=\"info\">" votes "</span></div><span "             \
	"class=\"nick\">" who "</span><br><div class=\"c_b\"></div><a class=\"title\" "                 \
	"href=\"/re;kac,komentarz,2930.html?k=" k "\">Re: Kac - syndrom dnia</a>" text "<div "          \
	"class=\"btn_sub\"><a href=\"/re;kac,komentarz,2930.html?k=" k "\">Skomentuj</a></div></div>" \
	"</div>"
	const char *wd =
	    "<html><body>" ARTICLE_P "<div id=\"comments_0\"><h3>Komentarze (3)</h3><div "
	    "class=\"comments\">" R26A_WD("1", "4 Sty 12", "nie oceniono", "Gość",
	                                  "czym się strułeś, tym się lecz ;P")
	        R26A_WD("2", "1 Sty 12", "oceniono 1 raz", "ClauduSu",
	                "my się leczymy gorącym bulionem z warzyw")
	            R26A_WD("3", "14 Cze 11", "oceniono 2 razy", "okulary",
	                    "Jak się pije bez opamiętania, takie są skutki.") "</div></div></body></html>";
	static const char *const wd_names[] = {"Gość", "ClauduSu", "okulary"};
	static const unsigned flat3[] = {0, 0, 0};
	t = html(wd, NULL);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->body.n, 2);
		assert_string_equal(t->order[i]->body.v[0], "Re: Kac - syndrom dnia");
	}
	assert_string_equal(t->order[1]->body.v[1], "my się leczymy gorącym bulionem z warzyw");
	expect_heads(t, 3, wd_names, flat3);
	/* The bar alone, in another site's shape and language: the time, a
	 * rating box saying in words how readers rated, the name linked, the
	 * text loose after a line break. */
#define R26A_RATE(who, when, votes, text)                                                          \
	"<div class=\"comment\"><div class=\"body\"><span class=\"date\">" when "</span><div "       \
	"class=\"rating\"><span class=\"up\" onclick=\"rate(1)\"></span><span class=\"score\">"      \
	votes "</span></div><a class=\"author\" href=\"/profil/" who "\">" who "</a><br>" text      \
	"</div></div>"
	const char *rate =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><h3>Kommentare</h3>" R26A_RATE(
	        "Maren", "12.03.2011 10:15", "noch keine Bewertung",
	        "Der rote Drachen flog am höchsten von allen.")
	        R26A_RATE("Oskar", "12.03.2011 11:20", "3 Leser finden das gut",
	                  "Das war meiner, danke fürs Finden!")
	            R26A_RATE("Lidia", "13.03.2011 09:05", "1 Leser findet das gut",
	                      "Am Sonntag war es viel zu windig.") "</div></body></html>";
	static const char *const rate_names[] = {"Maren", "Oskar", "Lidia"};
	t = html(rate, NULL);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->body.n, 1);
		assert_null(strstr(t->order[i]->body.v[0], "Bewertung"));
		assert_null(strstr(t->order[i]->body.v[0], "Leser"));
	}
	expect_heads(t, 3, rate_names, flat3);
	/* The linked title alone, in another site's shape and language: list
	 * items, the name in a "strong", the time, and a paragraph whose title
	 * links the comment's page, its words run onto the link. */
#define R26A_ES(who, when, title, text)                                                            \
	"<li class=\"review\"><div class=\"inner\"><strong class=\"who\">" who "</strong> <span "   \
	"class=\"when\">" when "</span><p><a href=\"/opinion/" who "\">" title "</a>" text           \
	"</p></div></li>"
	const char *es =
	    "<html><body>" ARTICLE_P "<h3>Opiniones</h3><ul class=\"comments\">" R26A_ES(
	        "Marta", "03.03.2011 10:15", "Muy buen artículo", "Me gustó mucho, gracias.")
	        R26A_ES("Pablo", "04.03.2011 11:20", "No estoy de acuerdo",
	                "El viento del domingo fue peor.")
	            R26A_ES("Lucía", "05.03.2011 09:05", "Una pregunta",
	                    "¿Dónde se compran esas cometas?")
	                R26A_ES("Jorge", "06.03.2011 18:30", "La tienda del puerto",
	                        "&nbsp;las vende baratas.") R26A_ES("Ana", "07.03.2011 08:10",
	                                                           "En la playa ", "hay otra.")
	                    "</ul></body></html>";
	static const char *const es_names[] = {"Marta", "Pablo", "Lucía", "Jorge", "Ana"};
	static const unsigned flat5[] = {0, 0, 0, 0, 0};
	t = html(es, NULL);
	assert_int_equal(t->ncomments, 5);
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[0], "Muy buen artículo");
	assert_string_equal(t->order[1]->body.v[1], "El viento del domingo fue peor.");
	/* (a no-break space after the link, or a space ending its text, parts
	 * the words already: one paragraph) */
	assert_int_equal(t->order[3]->body.n, 1);
	assert_int_equal(t->order[4]->body.n, 1);
	expect_heads(t, 5, es_names, flat5);
#undef R26A_WD
#undef R26A_RATE
#undef R26A_ES
#undef R26A_OBJ
#undef R26A_DE
}

/* Round 27's layouts, half a (tests/data/html/round27: UBB.threads',
 * Sabai Discuss', Simple:Press' and nnz-online's pages), worked on since
 * round 28 was chosen: each rule a small page of the shape and one of
 * another site's shape and language. */
static void test_round27_layouts_a(void **state)
{
	(void)state;
	/* A date of two-digit year taken as the time ("03/12/15", its box
	 * named so), the clock in the box after it: the time is both, and the
	 * clock's box no text of the comment. */
	const char *ubb =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article><div id=\""
	    "comments\"><div class=\"post-box\"><div class=\"subject\"><span class=\"date\">03/12"
	    "/15</span> <span class=\"time\">03:28 PM</span></div><div class=\"author-name\">Angi"
	    "e</div><div class=\"post-body\">Some of these dream descriptions sound like novels.<"
	    "/div></div><div class=\"post-box\"><div class=\"subject\"><span class=\"date\">03/12"
	    "/15</span> <span class=\"time\">04:39 PM</span></div><div class=\"author-name\">Jana"
	    "</div><div class=\"post-body\">I thought so myself, the one before was better.</div>"
	    "</div><div class=\"post-box\"><div class=\"subject\"><span class=\"date\">03/13/15</"
	    "span> <span class=\"time\">09:39 AM</span></div><div class=\"author-name\">Nancy</di"
	    "v><div class=\"post-body\">I remember two dreams from last night.</div></div></div><"
	    "/body></html>";
	static const char *const ubb_names[] = {"Angie", "Jana", "Nancy"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(ubb, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "03/12/15 03:28 PM");
	assert_string_equal(t->order[0]->body.v[0], "Some of these dream descriptions sound like novels.");
	expect_heads(t, 3, ubb_names, flat3);
	/* Another site's shape and language: a comment list's item, the date
	 * dotted in a box named so, the clock in a plain box after it. */
	const char *de1 =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article><ol class"
	    "=\"commentlist\"><li class=\"comment\" id=\"comment-1\"><div class=\"comment-meta\">"
	    "<cite class=\"fn\">Hanna</cite> <span class=\"comment-date\">12.03.15</span> <span>1"
	    "5:28</span></div><div class=\"comment-content\"><p>Der Kuchen ist wunderbar gelungen"
	    ".</p></div></li><li class=\"comment\" id=\"comment-2\"><div class=\"comment-meta\"><"
	    "cite class=\"fn\">Uwe</cite> <span class=\"comment-date\">13.03.15</span> <span>09:0"
	    "5</span></div><div class=\"comment-content\"><p>Mit Schmand schmeckt er noch besser."
	    "</p></div></li></ol></body></html>";
	static const char *const de1_names[] = {"Hanna", "Uwe"};
	static const unsigned flat2[] = {0, 0};
	t = html(de1, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->posted, "12.03.15 15:28");
	assert_string_equal(t->order[1]->posted, "13.03.15 09:05");
	expect_heads(t, 2, de1_names, flat2);

	/* The generic reader of repeated blocks, where no markup names the
	 * fields: a clock taken as the time (a date of two-digit year is no
	 * time alone among words) takes the date in the box right before it. */
	const char *rep =
	    "<html><head><title>T</title></head><body><h1>Topic</h1><p>Article text here that is "
	    "long enough to be an article paragraph.</p><div class=\"posts\"><div class=\"post\">"
	    "<div class=\"author-name\">Angie</div><span class=\"small\"><span class=\"date\">03/"
	    "12/15</span> <span class=\"time\">03:28 PM</span></span><div class=\"body\">Some of "
	    "these dream descriptions sound like novels.</div></div><div class=\"post\"><div clas"
	    "s=\"author-name\">Jana</div><span class=\"small\"><span class=\"date\">03/12/15</spa"
	    "n> <span class=\"time\">04:39 PM</span></span><div class=\"body\">I thought so mysel"
	    "f, the one before.</div></div><div class=\"post\"><div class=\"author-name\">Nancy</"
	    "div><span class=\"small\"><span class=\"date\">03/13/15</span> <span class=\"time\">"
	    "09:39 AM</span></span><div class=\"body\">I remember two dreams from last night.</di"
	    "v></div></div></body></html>";
	t = html(rep, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "03/12/15 03:28 PM");
	assert_string_equal(t->order[2]->posted, "03/13/15 09:39 AM");
	expect_heads(t, 3, ubb_names, flat3);
	/* Another site's shape and language: the name bold, the date and the
	 * clock in two boxes of a line under it, day first. */
	const char *es =
	    "<html><body><article><h1>La feria del barrio</h1><p>La feria del barrio será el sá"
	    "bado en la plaza, con música y comida para todos.</p></article><div class=\"lista\""
	    "><div class=\"c\"><b>Lucía</b><div class=\"m\"><em>12/03/15</em> <em>15:28</em></di"
	    "v><p>Iremos con los niños y una tarta de manzana.</p></div><div class=\"c\"><b>Pedr"
	    "o</b><div class=\"m\"><em>13/03/15</em> <em>09:05</em></div><p>Ojalá no llueva como"
	    " el año pasado.</p></div><div class=\"c\"><b>Marta</b><div class=\"m\"><em>14/03/15"
	    "</em> <em>18:40</em></div><p>Gracias a la comisión por organizarla.</p></div></div>"
	    "</body></html>";
	static const char *const es_names[] = {"Lucía", "Pedro", "Marta"};
	t = html(es, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "12/03/15 15:28");
	assert_string_equal(t->order[1]->body.v[0], "Ojalá no llueva como el año pasado.");
	expect_heads(t, 3, es_names, flat3);

	/* A question page's answers: boxes of one kind side by side, each with
	 * a time and words of its own beside the comments found in them by
	 * their markup (the question's own box stands alone: its comments stay
	 * at depth 0). Each answer is a comment at depth 0, its comments under
	 * it; an answer whose one comment the markup knows by its pair alone
	 * has it marked as the others' kind. The answer's time is the link
	 * titled with the full date ("16 years ago"), its author the link the
	 * system names its user by ("a.sb-user"), not a profile's link in the
	 * text; a badge opening it ("Good Answer", titled with a sentence) no
	 * text of it. */
	const char *qa =
	    "<html><body><h1>Is there any CMS better than WordPress?</h1><div id=\"content\" clas"
	    "s=\"sabai-main\"><div id=\"body\"><div id=\"e-1\" class=\"entity entity-questions\">"
	    "<div class=\"q-body\"><p>I am developing a small business website and want to give s"
	    "ome control to the client.</p></div><ul class=\"activity\"><li><a href=\"/\" class=\""
	    "sb-user\" data-popover-url=\"/profile/dove/\">dove</a> asked <a href=\"/q/1\" title="
	    "\"October 30, 2008 4:45 pm\">16 years ago</a></li></ul><div class=\"q-comments\"><ul"
	    " class=\"comment-comments\"><li id=\"sb-comment-11\"><ul class=\"comment-meta\"><li "
	    "class=\"comment-author\"><a class=\"sb-user\" href=\"/\">Annette</a></li><li class=\""
	    "comment-date\"><span title=\"October 30, 2008 4:51 pm\">16 years ago</span></li></ul"
	    "><div class=\"comment-main\">Give Django a serious look, it is a nice light framewor"
	    "k.</div></li><li id=\"sb-comment-12\"><ul class=\"comment-meta\"><li class=\"comment"
	    "-author\"><a class=\"sb-user\" href=\"/\">Jimmy</a></li><li class=\"comment-date\"><"
	    "span title=\"October 30, 2008 5:22 pm\">16 years ago</span></li></ul><div class=\"co"
	    "mment-main\">It is both, and I am starting to get weirded out.</div></li></ul></div>"
	    "</div></div><div id=\"inline\"><h2>Answers (3)</h2><div class=\"answers\"><div id=\""
	    "e-2\" class=\"entity entity-answers\"><div class=\"status\"><span class=\"label\" ti"
	    "tle=\"This answer has been accepted.\"><i class=\"fa fa-check\"></i> Good Answer</sp"
	    "an></div><div class=\"a-body\"><p>Given that the question is tagged ASP.NET, I would"
	    " recommend looking at N2.</p><p>NOTE: This answer was originally posted by <a href=\""
	    "http://stackoverflow.com/users/5744/harriyott\">harriyott</a></p></div><ul class=\"a"
	    "ctivity\"><li><a href=\"/\" class=\"sb-user\" data-popover-url=\"/profile/arthur/\">"
	    "Arthur</a> answered <a href=\"/a/2\" title=\"October 30, 2008 5:28 pm\">16 years ago"
	    "</a></li></ul><div class=\"a-comments\"><ul class=\"comment-comments\"><li id=\"sb-c"
	    "omment-21\"><ul class=\"comment-meta\"><li class=\"comment-author\"><a class=\"sb-us"
	    "er\" href=\"/\">Judith</a></li><li class=\"comment-date\"><span title=\"January 11, "
	    "2009 4:12 pm\">15 years ago</span></li></ul><div class=\"comment-main\">Having writt"
	    "en my own CMS, it is an ordeal.</div></li><li id=\"sb-comment-22\"><ul class=\"comme"
	    "nt-meta\"><li class=\"comment-author\"><a class=\"sb-user\" href=\"/\">Vicki</a></li"
	    "><li class=\"comment-date\"><span title=\"June 9, 2009 12:30 pm\">15 years ago</span"
	    "></li></ul><div class=\"comment-main\">From all .net cms I tried, N2 is by far the b"
	    "est.</div></li></ul></div></div><div id=\"e-3\" class=\"entity entity-answers\"><div"
	    " class=\"a-body\"><p>Try a real CMS like Textpattern, simple and fast but powerful.<"
	    "/p></div><ul class=\"activity\"><li><a href=\"/\" class=\"sb-user\" data-popover-url"
	    "=\"/profile/douglas/\">Douglas</a> answered <a href=\"/a/3\" title=\"October 30, 200"
	    "8 6:02 pm\">16 years ago</a></li></ul></div><div id=\"e-4\" class=\"entity entity-an"
	    "swers\"><div class=\"a-body\"><p>Umbraco was suggested in one of the answers, we hav"
	    "e had good experience.</p></div><ul class=\"activity\"><li><a href=\"/\" class=\"sb-"
	    "user\" data-popover-url=\"/profile/ricky/\">Ricky</a> answered <a href=\"/a/4\" titl"
	    "e=\"November 2, 2008 9:10 am\">16 years ago</a></li></ul><div class=\"a-comments\"><"
	    "ul class=\"comment-comments\"><li id=\"sb-comment-41\"><ul class=\"comment-meta\"><l"
	    "i class=\"comment-author\"><a class=\"sb-user\" href=\"/\">Tammy</a></li><li class=\""
	    "comment-date\"><span title=\"March 3, 2009 1:00 pm\">15 years ago</span></li></ul><d"
	    "iv class=\"comment-main\">I have only seen the demos for Umbraco.</div></li></ul></d"
	    "iv></div></div></div></div></body></html>";
	static const char *const qa_names[] = {"Annette", "Jimmy",   "Arthur", "Judith",
	                                       "Vicki",   "Douglas", "Ricky",  "Tammy"};
	static const unsigned qa_depths[] = {0, 0, 0, 1, 1, 0, 0, 1};
	t = html(qa, NULL);
	assert_int_equal(t->ncomments, 8);
	assert_string_equal(t->order[2]->posted, "16 years ago");
	assert_string_equal(t->order[2]->body.v[0],
	                    "Given that the question is tagged ASP.NET, I would recommend looking at N2.");
	expect_heads(t, 8, qa_names, qa_depths);
	/* Another site's shape and language: sections of answers, the author
	 * a prefixed "-user" link before the verb, the time a link titled with
	 * the date, the comments a WordPress-like list inside. */
	const char *fr =
	    "<html><body><h1>Quel logiciel pour un petit site ?</h1><div class=\"question\"><p>Je"
	    " cherche un logiciel simple pour le site de mon association de quartier.</p></div><d"
	    "iv class=\"reponses\"><section class=\"reponse\"><div class=\"reponse-texte\"><p>Ess"
	    "ayez Dotclear, il est simple et très bien documenté en français.</p></div><p clas"
	    "s=\"par\"><a class=\"qa-user\" href=\"/membres/Marie\">Marie</a> a répondu <a href="
	    "\"/r/Marie\" title=\"12 mars 2015 à 14:05\">il y a 9 ans</a></p><ol class=\"comment"
	    "aires\"><li class=\"comment\" id=\"comment-1\"><div class=\"comment-author\">Paul</d"
	    "iv><span class=\"comment-date\">13 mars 2015</span><div class=\"comment-content\"><p"
	    ">Merci, je vais regarder cela ce soir.</p></div></li><li class=\"comment\" id=\"comm"
	    "ent-2\"><div class=\"comment-author\">Luc</div><span class=\"comment-date\">14 mars "
	    "2015</span><div class=\"comment-content\"><p>Dotclear est aussi très léger.</p></d"
	    "iv></li></ol></section><section class=\"reponse\"><div class=\"reponse-texte\"><p>Po"
	    "ur un petit site, un wiki suffit souvent, pensez à DokuWiki.</p></div><p class=\"pa"
	    "r\"><a class=\"qa-user\" href=\"/membres/Sophie\">Sophie</a> a répondu <a href=\"/r"
	    "/Sophie\" title=\"15 mars 2015 à 09:30\">il y a 9 ans</a></p></section><section cla"
	    "ss=\"reponse\"><div class=\"reponse-texte\"><p>SPIP reste un bon choix pour une asso"
	    "ciation, avec sa communauté.</p></div><p class=\"par\"><a class=\"qa-user\" href=\""
	    "/membres/Hugo\">Hugo</a> a répondu <a href=\"/r/Hugo\" title=\"16 mars 2015 à 18:4"
	    "5\">il y a 9 ans</a></p><ol class=\"commentaires\"><li class=\"comment\" id=\"commen"
	    "t-3\"><div class=\"comment-author\">Anne</div><span class=\"comment-date\">17 mars 2"
	    "015</span><div class=\"comment-content\"><p>Je confirme, SPIP marche bien chez nous."
	    "</p></div></li></ol></section></div></body></html>";
	static const char *const fr_names[] = {"Marie", "Paul", "Luc", "Sophie", "Hugo", "Anne"};
	static const unsigned fr_depths[] = {0, 1, 1, 0, 0, 1};
	t = html(fr, NULL);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[0]->posted, "il y a 9 ans");
	assert_string_equal(t->order[3]->body.v[0],
	                    "Pour un petit site, un wiki suffit souvent, pensez à DokuWiki.");
	expect_heads(t, 6, fr_names, fr_depths);

	/* A forum's post numbered "postN", its first class a camel-cased name
	 * holding "Post" (Simple:Press): the post's box, the first the topic.
	 * A camel-cased "UserName" box names the author, a "PostContent" box
	 * holds the text (the user column's rank and counts are none of it);
	 * a paragraph all in bold ending in a colon right before a quotation
	 * is its title, quoted with it. */
	const char *sp =
	    "<html><body><h1>Need some help setting up data on Android phone</h1><div id=\"spForu"
	    "m\"><div class=\"spTopicPostSection spOdd spType-User\" id=\"post1\"><a id=\"p1\"></"
	    "a><div class=\"spUserSection spLeft\"><div class=\"spPostUserDate spCenter\">August "
	    "29, 2011<br>6:24 am</div><div class=\"spPostUserName spCenter\">wup</div><div class="
	    "\"spPostUserRank spCenter\">Member</div><div class=\"spPostUserPosts\">Forum Posts: "
	    "12</div><div class=\"spPostUserRegistered\">Member Since:<br> April 22, 2009</div></"
	    "div><div class=\"spPostSection spRight\"><div class=\"spPostActionSection\"><span cl"
	    "ass=\"spLabelBordered\">1</span></div><div class=\"spPostContentSection\"><div class"
	    "=\"spPostContent\"><p>Wondering if you guys could help me with my new phone and its "
	    "settings.</p></div></div></div></div><div class=\"spTopicPostSection spOdd spType-Us"
	    "er\" id=\"post2\"><a id=\"p2\"></a><div class=\"spUserSection spLeft\"><div class=\""
	    "spPostUserDate spCenter\">August 29, 2011<br>6:45 am</div><div class=\"spPostUserNam"
	    "e spCenter\">bridonca</div><div class=\"spPostUserRank spCenter\">Member</div><div c"
	    "lass=\"spPostUserPosts\">Forum Posts: 12</div><div class=\"spPostUserRegistered\">Me"
	    "mber Since:<br> April 22, 2009</div></div><div class=\"spPostSection spRight\"><div "
	    "class=\"spPostActionSection\"><span class=\"spLabelBordered\">2</span></div><div cla"
	    "ss=\"spPostContentSection\"><div class=\"spPostContent\"><p>I was looking at the red"
	    "flagdeals thread, there seems to be an issue.</p></div></div></div></div><div class="
	    "\"spTopicPostSection spOdd spType-User\" id=\"post3\"><a id=\"p3\"></a><div class=\""
	    "spUserSection spLeft\"><div class=\"spPostUserDate spCenter\">August 31, 2011<br>9:5"
	    "9 am</div><div class=\"spPostUserName spCenter\">rockford</div><div class=\"spPostUs"
	    "erRank spCenter\">Member</div><div class=\"spPostUserPosts\">Forum Posts: 12</div><d"
	    "iv class=\"spPostUserRegistered\">Member Since:<br> April 22, 2009</div></div><div c"
	    "lass=\"spPostSection spRight\"><div class=\"spPostActionSection\"><span class=\"spLa"
	    "belBordered\">3</span></div><div class=\"spPostContentSection\"><div class=\"spPostC"
	    "ontent\"><p>From another thread:</p><p><strong>streaker said: </strong></p><blockquo"
	    "te><p>I have a factory unlocked Dell Streak.</p></blockquote><hr><p>That is how it w"
	    "orked for me too.</p></div></div></div></div><div class=\"spTopicPostSection spOdd s"
	    "pType-User\" id=\"post4\"><a id=\"p4\"></a><div class=\"spUserSection spLeft\"><div "
	    "class=\"spPostUserDate spCenter\">September 2, 2011<br>7:10 pm</div><div class=\"spP"
	    "ostUserName spCenter\">kenwood</div><div class=\"spPostUserRank spCenter\">Member</d"
	    "iv><div class=\"spPostUserPosts\">Forum Posts: 12</div><div class=\"spPostUserRegist"
	    "ered\">Member Since:<br> April 22, 2009</div></div><div class=\"spPostSection spRigh"
	    "t\"><div class=\"spPostActionSection\"><span class=\"spLabelBordered\">4</span></div"
	    "><div class=\"spPostContentSection\"><div class=\"spPostContent\"><p>How do you do t"
	    "he last step of the setup?</p></div></div></div></div></div></body></html>";
	static const char *const sp_names[] = {"bridonca", "rockford", "kenwood"};
	t = html(sp, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "August 29, 2011 6:45 am");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_int_equal(t->order[1]->body.n, 4);
	assert_string_equal(t->order[1]->body.v[1], "> streaker said:");
	assert_string_equal(t->order[1]->body.v[3], "That is how it worked for me too.");
	expect_heads(t, 3, sp_names, flat3);
	/* Another site's shape and language: table rows of a German forum,
	 * "div.forumPostRow#post501", the title "<p><b>NAME schrieb:</b></p>". */
	const char *de3 =
	    "<html><body><h1>Welcher Dünger für Tomaten?</h1><div class=\"thread\"><div class=\""
	    "forumPostRow\" id=\"post501\"><table><tr><td class=\"userCol\"><div class=\"forumUse"
	    "rName\">Gärtnerin</div><div class=\"forumRank\">Mitglied</div><div class=\"forumPos"
	    "tDate\">12.05.2014, 08:15</div></td><td><div class=\"forumPostContent\"><p>Welchen D"
	    "ünger nehmt ihr für eure Tomaten auf dem Balkon?</p></div></td></tr></table></div>"
	    "<div class=\"forumPostRow\" id=\"post502\"><table><tr><td class=\"userCol\"><div cla"
	    "ss=\"forumUserName\">Bernd</div><div class=\"forumRank\">Mitglied</div><div class=\""
	    "forumPostDate\">12.05.2014, 09:40</div></td><td><div class=\"forumPostContent\"><p>I"
	    "ch nehme Brennnesseljauche, das klappt seit Jahren gut.</p></div></td></tr></table><"
	    "/div><div class=\"forumPostRow\" id=\"post503\"><table><tr><td class=\"userCol\"><di"
	    "v class=\"forumUserName\">Anke</div><div class=\"forumRank\">Mitglied</div><div clas"
	    "s=\"forumPostDate\">12.05.2014, 11:02</div></td><td><div class=\"forumPostContent\">"
	    "<p><b>Bernd schrieb:</b></p><blockquote><p>Ich nehme Brennnesseljauche.</p></blockqu"
	    "ote><p>Stinkt die nicht fürchterlich auf dem Balkon?</p></div></td></tr></table></d"
	    "iv></div></body></html>";
	static const char *const de3_names[] = {"Bernd", "Anke"};
	t = html(de3, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->body.v[0], "> Bernd schrieb:");
	assert_string_equal(t->order[1]->body.v[2], "Stinkt die nicht fürchterlich auf dem Balkon?");
	expect_heads(t, 2, de3_names, flat2);

	/* A comment item named in the site's language ("div.kommentar-item"),
	 * alone before a sidebar's list of the latest comments (links named
	 * "kommentar" too): kept, as its shape shows a name, a time and text
	 * though no markup names its time; the time in a box of its own, its
	 * clock dotted ("06.11.2023, 13.47 Uhr"), not split into a name; the
	 * name the box right before the time's; the h5 its title, the first
	 * paragraph. */
	const char *nnz =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article><div clas"
	    "s=\"kommentare\"><div class=\"rubrik\">Kommentare</div><div class=\"kommentar-item\""
	    "><a name=\"167559\" id=\"167559\"></a><div class=\"kommentar-info\"><div class=\"ben"
	    "utzer\">Kritiker2010</div><div class=\"datum\">06.11.2023, 13.47 Uhr</div></div><h5>"
	    "Quantensprung? Wohl eher ein kleiner Schritt.</h5><div class=\"kommentar-text\">Ich "
	    "will den Nordhäusern ihre neue Attraktion gar nicht madig machen.</div></div></div>"
	    "<div class=\"box\"><h1>Letzte Kommentare</h1><ul><li class=\"kommentar\"><a href=\"/"
	    "n?kom=1#167559\" title=\"06.11.2023, 13.47 Uhr\">Quantensprung? Wohl eher ein kleine"
	    "r Schritt.</a></li><li class=\"kommentar\"><a href=\"/n?kom=1#167558\" title=\"06.11"
	    ".2023, 13.09 Uhr\">Gut gemeint ist nicht gut gemacht</a></li><li class=\"kommentar\""
	    "><a href=\"/n?kom=1#167557\" title=\"06.11.2023, 12.22 Uhr\">Ebbe und Flut</a></li><"
	    "/ul></div></body></html>";
	static const char *const nnz_names[] = {"Kritiker2010"};
	static const unsigned flat1[] = {0};
	t = html(nnz, NULL);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->posted, "06.11.2023, 13.47 Uhr");
	assert_string_equal(t->order[0]->body.v[0], "Quantensprung? Wohl eher ein kleiner Schritt.");
	expect_heads(t, 1, nnz_names, flat1);
	/* Another site's shape and language: "div.commentaire-item", the clock
	 * "14.05 h", a sidebar of the latest comments in an aside. */
	const char *fr5 =
	    "<html><body><article><h1>La fête du quartier</h1><p>La fête du quartier aura lieu "
	    "samedi sur la place du marché, avec musique et repas.</p></article><section class=\""
	    "commentaires\"><div class=\"commentaire-item\"><div class=\"entete\"><div class=\"qu"
	    "i\">Marie</div><div class=\"quand\">12.03.2015, 14.05 h</div></div><h5>Enfin une bon"
	    "ne nouvelle</h5><div class=\"commentaire-corps\">Nous viendrons avec les enfants et "
	    "un gâteau.</div></div></section><aside class=\"colonne\"><h2>Derniers commentaires<"
	    "/h2><ul><li class=\"commentaire\"><a href=\"/a/1#c9\">Enfin une bonne nouvelle</a></"
	    "li><li class=\"commentaire\"><a href=\"/a/2#c8\">Trop de bruit</a></li><li class=\"c"
	    "ommentaire\"><a href=\"/a/3#c7\">Merci au comité</a></li></ul></aside></body></html"
	    ">";
	static const char *const fr5_names[] = {"Marie"};
	t = html(fr5, NULL);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->posted, "12.03.2015, 14.05 h");
	assert_string_equal(t->order[0]->body.v[0], "Enfin une bonne nouvelle");
	expect_heads(t, 1, fr5_names, flat1);
}

/* A page whose <title> is its heading's words, the heading in a box with
 * the article's lede or first paragraph, over repeated comment blocks: the
 * heading is an article's, not a forum thread's over its topic post, and the
 * first block is a comment like the others. */
static void test_title_heading_with_lede(void **state)
{
	(void)state;
	const char *en =
	    "<html><head><title>Winter in the city</title></head><body><div class=\"main\">"
	    "<h1>Winter in the city</h1><p>The first snow came early this year, and the "
	    "streets were white by morning. Everyone talked about it at work.</p></div>"
	    "<ul class=\"cl\"><li><b>Anna</b> <i>March 3, 2024 at 10:15</i><p>Lovely pictures "
	    "of the snow, thanks.</p></li><li><b>Ben</b> <i>March 3, 2024 at 11:02</i><p>We had "
	    "none here at all this week.</p></li><li><b>Cara</b> <i>March 3, 2024 at 12:40</i>"
	    "<p>The buses stopped for an hour in the morning.</p></li></ul></body></html>";
	static const char *const en_names[] = {"Anna", "Ben", "Cara"};
	static const unsigned flat[] = {0, 0, 0};
	tt_thread *t = html(en, NULL);
	assert_string_equal(t->order[0]->body.v[0], "Lovely pictures of the snow, thanks.");
	expect_heads(t, 3, en_names, flat);
	/* German, the heading an h2 in a header with a lede written without
	 * its full stop, the comments articles with a <time>. */
#define TL_DE(who, when, text)                                                                     \
	"<article class=\"st\"><header><a href=\"/u/" who "\">" who "</a> <time>" when             \
	"</time></header><div class=\"txt\">" text "</div></article>"
	const char *de = "<html><head><title>Hochwasser an der Elbe</title></head><body>"
	                 "<header class=\"kopf\"><h2>Hochwasser an der Elbe</h2><div "
	                 "class=\"vorspann\">Die Pegel steigen seit Tagen, die Stadt baut "
	                 "Sandsäcke auf</div></header><section class=\"stimmen\">" TL_DE(
	                     "Hanna", "3. Januar 2012, 10:15",
	                     "Bei uns steht der Keller schon unter Wasser.")
	                     TL_DE("Jörg", "3. Januar 2012, 11:02",
	                           "Die Helfer sind seit gestern im Einsatz.")
	                         TL_DE("Uwe", "3. Januar 2012, 12:40",
	                               "Hoffentlich hält der Damm diesmal.") "</section></body></html>";
	static const char *const de_names[] = {"Hanna", "Jörg", "Uwe"};
	t = html(de, NULL);
	assert_string_equal(t->order[0]->body.v[0], "Bei uns steht der Keller schon unter Wasser.");
	expect_heads(t, 3, de_names, flat);
#undef TL_DE
}

/* A numeric date with its clock after a dash ("12/01/2012 - 09:58",
 * Drupal's) is one time, as the date reader takes it: a header line
 * "NAME – DATE - CLOCK" parts at the first separator that is not inside
 * the time. */
static void test_dashed_clock_one_time(void **state)
{
	(void)state;
#define DC_EN(who, when, text)                                                                     \
	"<li class=\"comment\"><header>" who " \xE2\x80\x93 " when "</header><p>" text "</p></li>"
	const char *en = "<html><head><title>Notes</title></head><body><h1>Bridges</h1><p>The old "
	                 "bridge, built of sandstone, carried carts and trams for two hundred "
	                 "years.</p><ol class=\"commentlist\">" DC_EN(
	                     "Anna", "12/01/2012 - 09:58", "Lovely pictures of the bridge, thanks.")
	                     DC_EN("Ben", "12/01/2012 - 10:20", "We crossed it last summer by bike.")
	                         DC_EN("Cara", "13/01/2012 - 08:05",
	                               "The trams were better than the buses.") "</ol></body></html>";
	static const char *const en_names[] = {"Anna", "Ben", "Cara"};
	static const unsigned flat[] = {0, 0, 0};
	tt_thread *t = html(en, NULL);
	assert_string_equal(t->order[0]->posted, "12/01/2012 - 09:58");
	assert_string_equal(t->order[2]->posted, "13/01/2012 - 08:05");
	expect_heads(t, 3, en_names, flat);
	/* French, dotted dates, the header line a heading in a div.comment. */
#define DC_FR(who, when, text)                                                                     \
	"<div class=\"comment\"><h3>" who " \xE2\x80\x93 " when "</h3><div class=\"content\"><p>"  \
	text "</p></div></div>"
	const char *fr =
	    "<html><head><title>Notes de voyage</title></head><body><h1>Les ponts de Lyon</h1><p>Le "
	    "vieux pont de pierre a porté les charrettes et les tramways pendant deux "
	    "siècles.</p><div id=\"comments\">" DC_FR("Muriel", "12.01.2012 - 09:58",
	                                              "Très belles photos du pont, merci.")
	        DC_FR("Paul", "12.01.2012 - 10:20", "Nous l'avons traversé à vélo cet été.")
	            DC_FR("Claire", "13.01.2012 - 08:05",
	                  "Le tramway était mieux que le bus.") "</div></body></html>";
	static const char *const fr_names[] = {"Muriel", "Paul", "Claire"};
	t = html(fr, NULL);
	assert_string_equal(t->order[1]->posted, "12.01.2012 - 10:20");
	assert_non_null(t->order[1]->time);
	assert_string_equal(t->order[1]->time, "2012-01-12T10:20");
	expect_heads(t, 3, fr_names, flat);
#undef DC_EN
#undef DC_FR
}

/* Round 26's layouts, half b (tests/data/html/round26), worked on since
 * round 27 was chosen: each a small page of our own in the shape a rule
 * reads, and one of another site's shape and language. */
static void test_round26_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat3[] = {0, 0, 0};
	/* A comment box that is all a comment item holds, through wrappers of
	 * one child each: the same comment marked twice, not an answer. */
#define R26B_TWICE(id, who, when, text)                                                            \
	"<li class=\"li-comment\" id=\"li-comment-" id "\"><div class=\"div-comment\"><div "        \
	"id=\"comment-" id "\" class=\"comment depth-1\"><div class=\"meta\"><div class=\"author\">" \
	who "</div><div class=\"timestamp\">" when "</div><div class=\"reply\"><a "                 \
	"href=\"#respond\">Reply</a></div></div><div class=\"content\"><p>" text                    \
	"</p></div></div></div></li>"
	const char *twice =
	    "<html><body>" ARTICLE_P "<h2>Reader Comments (3)</h2><ul class=\"commentlist\">" R26B_TWICE(
	        "11", "<a href=\"http://z.example/\">Zora</a>", "Jan 17, 2012 - 1:01PM",
	        "Vitamin D is always good in moderate amounts.")
	        R26B_TWICE("12", "Ali", "Jan 17, 2012 - 4:23PM", "I take it daily for a year now.")
	            R26B_TWICE("13", "ameen", "Jan 17, 2012 - 8:52PM", "Poor vitamin D.") "</ul></body></html>";
	static const char *const twice_names[] = {"Zora", "Ali", "ameen"};
	tt_thread *t = html(twice, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "Jan 17, 2012 - 4:23PM");
	expect_heads(t, 3, twice_names, flat3);
	/* The same in another site's shape and language: an item named so in
	 * German, the comment box two wrappers down, the time day first. */
#define R26B_DE(id, who, when, text)                                                               \
	"<li class=\"kommentar\" id=\"k-" id "\"><section class=\"rahmen\"><div class=\"innen\"><div " \
	"id=\"comment-" id "\" class=\"comment depth-1\"><div class=\"meta\"><span class=\"author\">"  \
	who "</span> <span class=\"timestamp\">" when "</span> <a href=\"#antworten\">Antworten</a>"  \
	"</div><div class=\"inhalt\"><p>" text "</p></div></div></div></section></li>"
	const char *de =
	    "<html><body>" ARTICLE_P "<h3>Kommentare (3)</h3><ol class=\"kommentare\">" R26B_DE(
	        "1", "Maren", "17. Jan. 2012 - 13:01", "Der rote flog am höchsten.")
	        R26B_DE("2", "Oskar", "17. Jan. 2012 - 16:23", "Das war meiner, danke!")
	            R26B_DE("3", "Lidia", "18. Jan. 2012 - 09:05", "Am Sonntag war es zu windig.")
	                "</ol></body></html>";
	static const char *const de_names[] = {"Maren", "Oskar", "Lidia"};
	t = html(de, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->posted, "18. Jan. 2012 - 09:05");
	expect_heads(t, 3, de_names, flat3);
	/* A date the footer or the member's card labels as the day the writer
	 * joined ("10 posts | registered <time>") is no time of the post: the
	 * time is the one shown beside the name. */
#define R26B_REG(id, who, when, text, reg)                                                         \
	"<li class=\"comment\" id=\"comment-" id "\"><header class=\"byline\"><span "                 \
	"class=\"author\"><a href=\"/civis/memberlist.php?u=" id "\">" who "</a></span><span "        \
	"class=\"rank\">Ars Scholae</span><aside class=\"icons\"><a href=\"#comment-" id "\" "        \
	"class=\"timeago datetime\">" when "</a></aside></header><div class=\"body\">" text           \
	"</div><footer><span class=\"userinfo\">12 posts | registered <time class=\"reg-date\">" reg \
	"</time></span></footer></li>"
	const char *reg =
	    "<html><body>" ARTICLE_P "<h2>3 Reader Comments</h2><ol id=\"comments\">" R26B_REG(
	        "1", "Helais", "Wed Mar 19, 2014 6:44 pm", "That image looks like a board game.",
	        "Dec 19, 2012") R26B_REG("2", "spotter", "Wed Mar 19, 2014 7:00 pm",
	                                 "The chief executive say what?", "Sep 29, 1999")
	        R26B_REG("3", "zzyss", "Wed Mar 19, 2014 7:01 pm", "Spot the error in the caption.",
	                 "Jan 11, 2001") "</ol></body></html>";
	static const char *const reg_names[] = {"Helais", "spotter", "zzyss"};
	t = html(reg, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "Wed Mar 19, 2014 6:44 pm");
	assert_string_equal(t->order[2]->posted, "Wed Mar 19, 2014 7:01 pm");
	expect_heads(t, 3, reg_names, flat3);
	/* The same in another site's shape and language: a forum's post, the
	 * member's card a definition list ("Registrado"), the post's time in
	 * its head. */
#define R26B_ES(id, who, when, text, reg)                                                          \
	"<div class=\"post\" id=\"post-" id "\"><dl class=\"perfil\"><dt><a href=\"/miembro/" id "\">" \
	who "</a></dt><dd>Mensajes: 40</dd><dd><span>Registrado:</span> <time>" reg "</time></dd>"    \
	"</dl><div class=\"cuerpo\"><div class=\"cabecera\"><time>" when "</time></div><div "         \
	"class=\"texto\"><p>" text "</p></div></div></div>"
	const char *es =
	    "<html><body>" ARTICLE_P "<div class=\"hilo\">" R26B_ES(
	        "1", "Marta", "12/03/2021 10:15", "El rojo volaba más alto.", "01/02/2015")
	        R26B_ES("2", "Octavio", "12/03/2021 11:20", "Era el mío, gracias.", "05/06/2018")
	            R26B_ES("3", "Lisa", "13/03/2021 09:05", "Demasiado viento el domingo.",
	                    "07/08/2019") "</div></body></html>";
	static const char *const es_names[] = {"Marta", "Octavio", "Lisa"};
	t = html(es, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "12/03/2021 10:15");
	assert_string_equal(t->order[2]->posted, "13/03/2021 09:05");
	expect_heads(t, 3, es_names, flat3);
#undef R26B_REG
#undef R26B_ES
	/* A quotation a forum draws as two boxes named for their parts, its
	 * title ("Quote:") and the words quoted, not as a blockquote: both are
	 * quoted ("> "), the writer's words after them not. */
#define R26B_QUOTE(id, who, quoted, text)                                                           \
	"<li class=\"comment\" id=\"comment-" id "\"><header><span class=\"author\">" who           \
	"</span> <time>Wed Mar 19, 2014 7:0" id " pm</time></header><div class=\"body\"><div "       \
	"class=\"quotetitle\"><b>Quote:</b></div><div class=\"quotecontent\">" quoted                 \
	"</div><br /><br />" text "</div></li>"
	const char *quote =
	    "<html><body>" ARTICLE_P "<ol id=\"comments\">" R26B_QUOTE(
	        "1", "Baumi", "Watson was set loose on the database.", "Wow, this reads like Asimov.")
	        R26B_QUOTE("2", "figo", "It can start adding the full text.", "I am glad they work on it.")
	            R26B_QUOTE("3", "zzyss", "Watson has a good grip on cells.", "Spot the error here.")
	                "</ol></body></html>";
	static const char *const quote_names[] = {"Baumi", "figo", "zzyss"};
	t = html(quote, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->order[0]->body.n, 3);
	assert_string_equal(t->order[0]->body.v[0], "> Quote:");
	assert_string_equal(t->order[0]->body.v[1], "> Watson was set loose on the database.");
	assert_string_equal(t->order[0]->body.v[2], "Wow, this reads like Asimov.");
	expect_heads(t, 3, quote_names, flat3);
	/* The same in another site's shape and language: the parts named with a
	 * dash ("quote-header", "quote-body"), a Polish title naming the writer. */
#define R26B_PL(id, who, whom, quoted, text)                                                              \
	"<div class=\"wpis\" id=\"post-" id "\"><div class=\"naglowek\"><a href=\"/profil/" id "\">"   \
	who "</a> <span class=\"data\">1" id ".03.2021 10:15</span></div><div class=\"tresc\"><div "   \
	"class=\"quote-header\">" whom " napisa\xC5\x82" "a:</div><div class=\"quote-body\">" quoted         \
	"</div><p>" text "</p></div></div>"
	const char *pl =
	    "<html><body>" ARTICLE_P "<div class=\"watek\">" R26B_PL(
	        "1", "Oskar", "Marta", "Czerwony latał najwyżej.", "To był mój, dziękuję.")
	        R26B_PL("2", "Lidia", "Ewa", "W sobotę było pięknie.", "W niedzielę za bardzo wiało.")
	            R26B_PL("3", "Tomasz", "Zofia", "Do zobaczenia za rok.", "Będę na pewno.")
	                "</div></body></html>";
	static const char *const pl_names[] = {"Oskar", "Lidia", "Tomasz"};
	t = html(pl, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->order[1]->body.n, 3);
	assert_string_equal(t->order[1]->body.v[0], "> Ewa napisa\xC5\x82" "a:");
	assert_string_equal(t->order[1]->body.v[1], "> W sobotę było pięknie.");
	assert_string_equal(t->order[1]->body.v[2], "W niedzielę za bardzo wiało.");
	expect_heads(t, 3, pl_names, flat3);
#undef R26B_QUOTE
#undef R26B_PL
	/* A comment answering another shows a copy of it in a pop-up (a box
	 * named a tooltip: its writer, its time, its first words) and "do
	 * NAME:" before its own text: neither is the comment's (its own time
	 * is after its text); a guest's "~" is no part of the name where
	 * members' names go without; a web address linked in the text is no
	 * name. */
#define R26B_POP(who, whom, copied, text, when)                                                    \
	"<div class=\"item\"><div class=\"note\"><span class=\"k_author\">" who " </span>do "        \
	"<span class=\"parent\">" whom ":</span><div class=\"parentTooltipHolder nTooltip\"><div "    \
	"class=\"info\"><span>3&nbsp;sty&nbsp;12,&nbsp;10:46 u\xC5\xBCytkownik " whom                  \
	" napisa\xC5\x82:</span><span class=\"lead\">" copied "</span></div></div><span "             \
	"class=\"content\">" text "</span></div><div class=\"tools\"><span>" when                     \
	"</span> | <a href=\"#odp\">odpowiedz</a></div></div>"
	const char *pop =
	    "<html><body>" ARTICLE_P "<div class=\"items\">" R26B_POP(
	        "~trix", "~jan", "W momencie, w którym zaatakował Kuwejt.",
	        "To raczej marny argument przyjacielu, jak zawsze.", "3 sty 12, 11:09")
	        R26B_POP("~omega", "~jerzy", "Wojna to zawsze zło.",
	                 "Obawiam się, że więcej ludzi zginęło niż podają.", "3 sty 12, 11:19")
	            R26B_POP("dal_jfp", "~asd", "Wierzysz w te bajki?",
	                     "Bredzisz co najmniej. Wypowiedź idiotyczna, świadcząca o braku "
	                     "oczytania i nie tylko tego. Link : <a "
	                     "href=\"http://example.pl/a?id=1\">http://example.pl</a><br />Wiesz o "
	                     "czym to świadczy?",
	                     "3 sty 12, 14:23") "</div></body></html>";
	static const char *const pop_names[] = {"trix", "omega", "dal_jfp"};
	t = html(pop, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "3 sty 12, 11:09");
	assert_string_equal(t->order[2]->posted, "3 sty 12, 14:23");
	assert_true(!strncmp(t->order[0]->body.v[0], "To raczej", 9));
	assert_true(!strncmp(t->order[2]->body.v[0], "Bredzisz", 8));
	expect_heads(t, 3, pop_names, flat3);
	/* The same in another site's shape and language: a member's hover card
	 * after the name, "an NAME:" before the text box, the time in the
	 * footer, a web address linked in a sentence. */
#define R26B_CARD(who, whom, copied, text, when)                                                   \
	"<article class=\"beitrag\"><b>" who "</b><span class=\"user-popover\"><b>" whom          \
	"</b><em>12.03.2021 08:00</em><q>" copied "</q></span> an <i>" whom ":</i><div "              \
	"class=\"text\">" text "</div><footer><span>" when "</span> | <a href=\"#a\">Antworten</a>"  \
	"</footer></article>"
	const char *card =
	    "<html><body>" ARTICLE_P "<section class=\"diskussion\">" R26B_CARD(
	        "~Maren", "~Peter", "Der rote flog am höchsten.",
	        "Das stimmt so nicht, der blaue flog höher als alle anderen.", "12.03.2021 10:15")
	        R26B_CARD("Oskar", "~Maren", "Das stimmt so nicht.",
	                  "Ich war dabei und habe es selbst gesehen, nachzulesen ist es unter "
	                  "<a href=\"https://example.de/drachen\">https://example.de</a> und dort.",
	                  "12.03.2021 11:20")
	            R26B_CARD("~Lidia", "Oskar", "Ich war dabei.",
	                      "Am Sonntag war es aber viel zu windig für alle Drachen.",
	                      "13.03.2021 09:05") "</section></body></html>";
	static const char *const card_names[] = {"Maren", "Oskar", "Lidia"};
	t = html(card, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "12.03.2021 11:20");
	assert_true(!strncmp(t->order[1]->body.v[0], "Ich war dabei", 13));
	expect_heads(t, 3, card_names, flat3);
#undef R26B_POP
#undef R26B_CARD
	/* A time standing alone as a paragraph of the text, after its title,
	 * where the header shows none (the name signed under the text): the
	 * comment's time, no paragraph of its text. */
#define R26B_EXP(who, title, when, text)                                                           \
	"<div class=\"comment\"><a href=\"/users/profile/" who "\"><div class=\"photo\"><img "        \
	"src=\"/u.gif\" alt=\"User Image\"></div></a><div class=\"commentsTextContainer\"><h3>" title \
	"</h3><p>" when "</p><p>" text "</p><p>&#149; Posted by: <a href=\"/users/profile/" who       \
	"\"> " who "</a> &#149; <a href=\"/comments/view/1\">Report Comment</a></p></div></div>"
	const char *exp =
	    "<html><body>" ARTICLE_P "<div class=\"comments\">" R26B_EXP(
	        "Truthseeker", "OBESITY!", "11.01.12, 11:44pm",
	        "Whatever happened to good old-fashioned personal responsibility?")
	        R26B_EXP("Jasmin", "SIMPLE JAB", "11.01.12, 10:03pm",
	                 "Enough of these clinical trials, let us get on with it.")
	            R26B_EXP("Chandler", "PREVENTION IS BETTER", "11.01.12, 8:55am",
	                     "Once again time and money has been spent on this.") "</div></body></html>";
	static const char *const exp_names[] = {"Truthseeker", "Jasmin", "Chandler"};
	t = html(exp, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "11.01.12, 11:44pm");
	assert_string_equal(t->order[2]->posted, "11.01.12, 8:55am");
	assert_int_equal(t->order[1]->body.n, 2);
	assert_string_equal(t->order[1]->body.v[0], "SIMPLE JAB");
	expect_heads(t, 3, exp_names, flat3);
	/* The same in another site's shape and language: a list, no title, the
	 * date first in the text's box, the name in a line of its own after. */
#define R26B_IT(who, when, text)                                                                   \
	"<li class=\"commento\"><div class=\"testo\"><p>" when "</p><p>" text "</p><p "               \
	"class=\"author\">Scritto da <a href=\"/utenti/" who "\">" who "</a></p></div></li>"
	const char *it =
	    "<html><body>" ARTICLE_P "<ul class=\"commenti\">" R26B_IT(
	        "Giulia", "12/01/2012 10:15", "Il rosso volava più in alto di tutti.")
	        R26B_IT("Marco", "12/01/2012 11:20", "Era il mio, grazie mille a tutti.")
	            R26B_IT("Lucia", "13/01/2012 09:05", "Domenica c'era troppo vento per volare.")
	                "</ul></body></html>";
	static const char *const it_names[] = {"Giulia", "Marco", "Lucia"};
	t = html(it, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "12/01/2012 11:20");
	assert_string_equal(t->order[1]->body.v[0], "Era il mio, grazie mille a tutti.");
	expect_heads(t, 3, it_names, flat3);
#undef R26B_EXP
#undef R26B_IT
	/* An answer one level under its comment whose header shows its writer,
	 * a word ("评论", "commented") and whom it answers, three boxes alike,
	 * then the time; a liker's name and the action row after its text: the
	 * writer is the first name. */
#define R26B_ACTS(pre, like, say, flag)                                                            \
	"<div class=\"" pre "actions\"><div class=\"" pre "actions-list\"><div "                       \
	"class=\"support-btn-comp\"><div class=\"actions-list\"><span>" like "</span></div></div></div>" \
	"<div class=\"" pre "actions-list\"> " say "</div><div class=\"" pre "actions-list\"><div "    \
	"class=\"inform-btn-comp\"><div class=\"actions-list\">" flag "</div></div></div></div><div>"  \
	"</div>"
#define R26B_SUB(who, say, whom, when, text, like, flag)                                           \
	"<div class=\"sub-comment-list-item\"><div class=\"sub-comment-user-wrap\"><div "             \
	"class=\"cursor-pointer\"><div class=\"sub-comment-user-title cursor-pointer\">" who          \
	"</div></div><div class=\"sub-comment-user-title\">" say "</div><div "                         \
	"class=\"cursor-pointer\"><div class=\"sub-comment-user-title cursor-pointer\">" whom         \
	"</div></div><div class=\"sub-comment-user-time\">" when " </div></div><div "                  \
	"class=\"expandable-area\"><div class=\"content-wrap\"><div><div class=\"rich-text-content-wrap " \
	"sub-comment-content\"><p>" text "</p></div></div></div></div><div "                            \
	"class=\"sub-supporter-warp\"><div class=\"supporter-list-comp\"><span "                       \
	"class=\"cursor-pointer\">yuann</span></div></div>" R26B_ACTS("sub-comment-", like, say, flag) \
	"</div>"
#define R26B_BBS(n, who, when, text, answer, like, say, flag)                                      \
	"<div id=\"comment-list-item-" n "\" class=\"comment-list-item-comp\"><div "                  \
	"class=\"comment-item-user-card-wrap\"><div class=\"align-start\"><div "                       \
	"class=\"cursor-pointer\"><div class=\"align-start\"><div class=\"comment-user-title "        \
	"cursor-pointer\">" who "</div></div></div><div class=\"comment-user-time\">" when            \
	"</div></div><div class=\"floor-id\">#" n "</div></div><div class=\"expandable-area\"><div "   \
	"class=\"content-wrap\"><div><div class=\"rich-text-content-wrap comment-comment\"><p>" text   \
	"</p></div></div></div></div>" R26B_ACTS("comment-", like, say, flag)                          \
	"<div class=\"sub-comment-warp\">" answer "</div></div>"
#define R26B_ZH "\xE8\xAF\x84\xE8\xAE\xBA" /* 评论 */
	const char *bbs =
	    "<html><body>" ARTICLE_P "<div class=\"comment-list-comp\"><ul class=\"ant-list-items\">" R26B_BBS(
	        "1", "香樟树", "2020.06.09 09:42 发布", "想听听关于生物医药类专利的改写",
	        R26B_SUB("知产人李鑫", R26B_ZH, "香樟树", "2020.06.11 11:40 发布",
	                 "可惜，我生物的不怎么熟悉啊。", "点赞", "举报"),
	        "首赞", R26B_ZH, "举报")
	        R26B_BBS("2", "资料搬运工", "2020.06.09 09:57 发布", "我感觉可以讲机械类的，因为最常用。",
	                 R26B_SUB("知产人李鑫", R26B_ZH, "资料搬运工", "2020.06.11 11:39 发布",
	                          "机械的会有。", "点赞", "举报"),
	                 "首赞", R26B_ZH, "举报") "</ul></div></body></html>";
	static const char *const bbs_names[] = {"香樟树", "知产人李鑫", "资料搬运工", "知产人李鑫"};
	static const unsigned depth01[] = {0, 1, 0, 1};
	expect_heads(html(bbs, NULL), 4, bbs_names, depth01);
	/* The same in another language: Russian words, the date day first. */
	const char *ru =
	    "<html><body>" ARTICLE_P "<div class=\"comment-list-comp\"><ul class=\"ant-list-items\">" R26B_BBS(
	        "1", "Кедр", "09.06.2020 09:42", "Хотелось бы послушать о патентах в медицине",
	        R26B_SUB("Патентовед", "ответил", "Кедр", "11.06.2020 11:40",
	                 "Увы, в биологии я не силён.", "Нравится", "Пожаловаться"),
	        "Нравится", "ответил", "Пожаловаться")
	        R26B_BBS("2", "Грузчик", "09.06.2020 09:57", "Я бы рассказал о механике, она нужнее.",
	                 R26B_SUB("Патентовед", "ответил", "Грузчик", "11.06.2020 11:39",
	                          "Механика будет.", "Нравится", "Пожаловаться"),
	                 "Нравится", "ответил", "Пожаловаться") "</ul></div></body></html>";
	static const char *const ru_names[] = {"Кедр", "Патентовед", "Грузчик", "Патентовед"};
	expect_heads(html(ru, NULL), 4, ru_names, depth01);
#undef R26B_TWICE
#undef R26B_SUB
#undef R26B_BBS
#undef R26B_ACTS
#undef R26B_ZH
#undef R26B_DE
}

/* Round 27's layouts, half b (tests/data/html/round27), worked on since
 * round 28 was chosen: each a small page of our own in the shape a rule
 * reads, and one of another site's shape and language. */
static void test_round27_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat3[] = {0, 0, 0};
	/* A badge's icon after the name, in the name's box, draws a zero-width
	 * space: no letter of the name. Microdata answers, the time only in a
	 * <meta>: the answer's time, but no time shown. The site's search
	 * links on words of the text are the words alone. */
#define R27B_ANS(who, when, text)                                                                  \
	"<div class=\"item\" itemprop=\"answer\" itemscope itemtype=\"http://schema.org/Answer\">"  \
	"<div class=\"who\"><span class=\"author-name\"><a href=\"/people/" who "\">" who "</a><a " \
	"href=\"/badge\" aria-label=\"Top writer\"><span>&#8203;<svg width=\"1\"></svg></span></a>" \
	"</span></div><meta itemprop=\"dateCreated\" content=\"" when "\"><span "                   \
	"itemprop=\"text\"><p>" text "</p></span></div>"
	const char *ans =
	    "<html><body>" ARTICLE_P "<div class=\"answers\">" R27B_ANS(
	        "Anna", "2024-04-03T01:55:18.000Z",
	        "The quake was felt far away because of <a "
	        "href=\"https://qa.example.com/search?q=long+period+waves&amp;src=entity\">long period "
	        "waves</a> travelling in soft ground.")
	        R27B_ANS("Ben", "2024-04-03T02:37:54.000Z", "Soft basins shake longer than rock.")
	            R27B_ANS("Cara", "2024-04-03T03:07:34.000Z", "It was the largest in years.")
	                "</div></body></html>";
	static const char *const ans_names[] = {"Anna", "Ben", "Cara"};
	tt_thread *t = html(ans, NULL);
	assert_string_equal(t->order[0]->body.v[0], "The quake was felt far away because of long "
	                                            "period waves travelling in soft ground.");
	assert_null(t->order[1]->posted);
	assert_non_null(t->order[1]->time);
	assert_string_equal(t->order[1]->time, "2024-04-03T02:37:54.000Z");
	expect_heads(t, 3, ans_names, flat3);
	/* The same in another site's shape and language: French comments of
	 * schema.org, a word joiner after the name in a <strong>, the time in
	 * a <meta itemprop=datePublished>, a search link with its words
	 * percent-encoded. */
#define R27B_FR(who, when, text)                                                                   \
	"<li itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\"><meta "            \
	"itemprop=\"datePublished\" content=\"" when "\"><strong itemprop=\"author\">" who           \
	"<i class=\"ico\">&#8288;</i></strong><div itemprop=\"text\"><p>" text "</p></div></li>"
	const char *fr =
	    "<html><body>" ARTICLE_P "<ol class=\"avis\">" R27B_FR(
	        "Muriel", "2021-05-02T10:15:00+02:00",
	        "La <a href=\"https://www.example.fr/recherche?mot=cr%C3%A8me+br%C3%BBl%C3%A9e\">crème "
	        "brûlée</a> était parfaite.")
	        R27B_FR("Paul", "2021-05-02T11:20:00+02:00", "Nous l'avons faite dimanche.")
	            R27B_FR("Claire", "2021-05-03T08:05:00+02:00", "Trop sucrée pour moi.")
	                "</ol></body></html>";
	static const char *const fr_names[] = {"Muriel", "Paul", "Claire"};
	t = html(fr, NULL);
	assert_string_equal(t->order[0]->body.v[0], "La crème brûlée était parfaite.");
	assert_null(t->order[2]->posted);
	assert_non_null(t->order[2]->time);
	expect_heads(t, 3, fr_names, flat3);
#undef R27B_ANS
#undef R27B_FR
	/* A comment item its system names with a prefix of its own
	 * ("div.ttp-comment-item"), the like count in the header, the time in
	 * the footer after a reply button ("回复·05月10日"): one comment each. */
#define R27B_ITEM(who, likes, text, when)                                                          \
	"<li><div class=\"ttp-comment-item\"><a href=\"/u/1\"><div class=\"ttp-avatar\"><img "        \
	"src=\"a.png\" alt=\"\"></div></a><div class=\"comment-info\"><div class=\"header\"><div "    \
	"class=\"user-info\"><a href=\"/u/1\"><span class=\"name\">" who "</span></a></div><div "     \
	"class=\"right-action\"><div role=\"button\" aria-label=\"like\"><span>" likes "</span>"      \
	"</div></div></div><div class=\"body\"><p class=\"content\">" text "</p></div><div "         \
	"class=\"footer\"><button class=\"reply-btn\">回复</button><span>·</span><span "             \
	"class=\"time\">" when "</span></div></div></div></li>"
	const char *item =
	    "<html><body>" ARTICLE_P "<div class=\"side\"><ul class=\"hot\"><li><a href=\"/a/1\">"
	    "汇价（5月24日）</a><span>21分钟前</span><p>94阅读</p></li><li><a href=\"/a/2\">文旅合作新前景"
	    "</a><span>37分钟前</span><p>87阅读</p></li><li><a href=\"/a/3\">出租屋发生火灾</a><span>"
	    "38分钟前</span><p>82阅读</p></li></ul></div><ul class=\"comment-list\">" R27B_ITEM(
	        "辽阔", "12", "对共建一带一路国家进出口分别增长11.7%。", "05月10日")
	        R27B_ITEM("诗和远方", "147", "今年前4个月，我国货物贸易进出口总值13.81万亿元。", "05月10日")
	            R27B_ITEM("冰雪之石", "184", "外贸增长将持续焕发新活力。", "05月11日")
	                "</ul></body></html>";
	static const char *const item_names[] = {"辽阔", "诗和远方", "冰雪之石"};
	t = html(item, NULL);
	assert_string_equal(t->order[1]->body.v[0], "今年前4个月，我国货物贸易进出口总值13.81万亿元。");
	assert_string_equal(t->order[2]->posted, "05月11日");
	expect_heads(t, 3, item_names, flat3);
	/* The same in another site's shape and language: Spanish, articles
	 * named "xc-comment-item", the date under the text after "Responder ·"
	 * in a box named nothing: the footer's line read for the time, the
	 * button's word and the dot no part of it. */
#define R27B_ES(who, text, when)                                                                   \
	"<article class=\"xc-comment-item\"><header><strong>" who "</strong> <span "                  \
	"class=\"votos\">+3</span></header><div class=\"cuerpo\">" text "</div><footer><a "          \
	"href=\"#r\">Responder</a> · <span>" when "</span></footer></article>"
	const char *es =
	    "<html><body>" ARTICLE_P "<aside><ul class=\"lo-mas\"><li><a href=\"/n/1\">El dólar hoy"
	    "</a><span>hace 21 minutos</span><p>94 lecturas</p></li><li><a href=\"/n/2\">Turismo y "
	    "cultura</a><span>hace 37 minutos</span><p>87 lecturas</p></li><li><a href=\"/n/3\">Incendio "
	    "en Hanói</a><span>hace 38 minutos</span><p>82 lecturas</p></li></ul></aside><section "
	    "class=\"opiniones\">" R27B_ES("Marta", "El rojo volaba más alto que los demás.", "10/05/2024")
	        R27B_ES("Octavio", "Era el mío, gracias por la foto.", "10/05/2024")
	            R27B_ES("Lisa", "Demasiado viento el domingo.", "11/05/2024") "</section></body></html>";
	static const char *const es_names[] = {"Marta", "Octavio", "Lisa"};
	t = html(es, NULL);
	assert_string_equal(t->order[0]->body.v[0], "El rojo volaba más alto que los demás.");
	assert_string_equal(t->order[2]->posted, "11/05/2024");
	expect_heads(t, 3, es_names, flat3);
	/* The button's word before a separator and a time, in a German
	 * comment's last line ("Antworten | 10.05.2024 14:02"). */
#define R27B_DE(who, text, when)                                                                   \
	"<li class=\"kommentar\"><div class=\"kopf\"><a href=\"/m/1\">" who "</a></div><div "      \
	"class=\"txt\"><p>" text "</p><p><a href=\"#a\">Antworten</a> | " when "</p></div></li>"
	const char *de =
	    "<html><body>" ARTICLE_P "<ol class=\"kommentare\">" R27B_DE(
	        "Maren", "Der rote Drachen flog am höchsten.", "10.05.2024 14:02")
	        R27B_DE("Oskar", "Das war meiner, danke!", "10.05.2024 15:20")
	            R27B_DE("Lidia", "Am Sonntag war es zu windig.", "11.05.2024 09:05")
	                "</ol></body></html>";
	static const char *const de_names[] = {"Maren", "Oskar", "Lidia"};
	t = html(de, NULL);
	assert_non_null(t->order[1]->posted);
	assert_string_equal(t->order[1]->posted, "10.05.2024 15:20");
	expect_heads(t, 3, de_names, flat3);
#undef R27B_ITEM
#undef R27B_ES
	/* A box dressed as a button by its class ("div.wgt-best-showbtn",
	 * "展开全部" over a folded answer; "span.morebtn") is an action, no
	 * words of the text, as a <button> is none. */
#define R27B_FOLD(who, when, text)                                                                 \
	"<div class=\"answer\"><div class=\"replyer\"><span class=\"uname\">" who "</span><br><span " \
	"class=\"replyer-time\">" when "</span></div><div class=\"line content\"><div "              \
	"class=\"best-mask\"><div class=\"wgt-best-showbtn\">展开全部<span "                        \
	"class=\"arrowdown\"></span></div></div><div class=\"rich-content\"><p>" text "</p></div>"  \
	"</div></div>"
	const char *fold =
	    "<html><body>" ARTICLE_P "<div class=\"answers\">" R27B_FOLD(
	        "青灯教育笔记", "2021-10-19", "中国地震预警网能在地震发生前83秒做出正确的预警。")
	        R27B_FOLD("莫九牧", "2021-10-20", "据报道，中国地震预警网的预告是十分精准的。")
	            R27B_FOLD("宏盛宏盛99", "2021-10-21", "地震预警网的预告非常的精准。")
	                "</div></body></html>";
	static const char *const fold_names[] = {"青灯教育笔记", "莫九牧", "宏盛宏盛99"};
	t = html(fold, NULL);
	assert_string_equal(t->order[0]->body.v[0], "中国地震预警网能在地震发生前83秒做出正确的预警。");
	assert_int_equal(t->order[2]->body.n, 1);
	expect_heads(t, 3, fold_names, flat3);
	/* The same in another site's shape and language: Italian comments,
	 * "Leggi tutto" a span named "morebtn" closing the text's box. */
#define R27B_IT(who, when, text)                                                                   \
	"<li class=\"comment\"><div class=\"comment-author\"><a href=\"/u/" who "\">" who "</a>"     \
	"</div><time>" when "</time><div class=\"comment-content\"><p>" text " <span "               \
	"class=\"morebtn\">Leggi tutto</span></p></div></li>"
	const char *it =
	    "<html><body>" ARTICLE_P "<ol class=\"commenti\">" R27B_IT(
	        "Giulia", "12/03/2021 10:15", "Il rosso volava più in alto.")
	        R27B_IT("Marco", "12/03/2021 11:20", "Era il mio, grazie.")
	            R27B_IT("Sara", "13/03/2021 09:05", "Troppo vento domenica.") "</ol></body></html>";
	static const char *const it_names[] = {"Giulia", "Marco", "Sara"};
	t = html(it, NULL);
	assert_string_equal(t->order[1]->body.v[0], "Era il mio, grazie.");
	expect_heads(t, 3, it_names, flat3);
	/* A count over the answers in the first box of a line that goes on with
	 * a link to another question ("<div><span>2个回答</span><a>#热议#
	 * …</a></div>"), 回答 (answers) its word: the count the page states. */
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	const char *cnt =
	    "<html><body>" ARTICLE_P "<div class=\"all-answers\"><span class=\"title\">2个回答</span>"
	    "<a href=\"/q/9\"><span>#热议#</span> <span>普通体检能查出癌症吗？这个问题大家怎么看？"
	    "</span></a></div><div class=\"answers\">" R27B_FOLD("青灯教育笔记", "2021-10-19",
	                                                        "中国地震预警网能在地震发生前83秒做出正确的预警。")
	        R27B_FOLD("莫九牧", "2021-10-20", "据报道，中国地震预警网的预告是十分精准的。")
	            "</div></body></html>";
	t = html(cnt, &r);
	assert_int_equal(r.stated, 2);
	assert_int_equal(t->ncomments, 2);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* The same in another site's shape and language: German, the count in
	 * a heading's first box, a link to the rules beside it. */
	tt_import_report_init(&r, 0);
	const char *de_cnt =
	    "<html><body>" ARTICLE_P "<div class=\"kopf\"><strong>3 Kommentare</strong> <a "
	    "href=\"/regeln\">Bitte beachten Sie beim Kommentieren unsere Regeln für einen "
	    "respektvollen Umgang miteinander</a></div><ol class=\"kommentare\">" R27B_DE(
	        "Maren", "Der rote Drachen flog am höchsten.", "10.05.2024 14:02")
	        R27B_DE("Oskar", "Das war meiner, danke!", "10.05.2024 15:20")
	            R27B_DE("Lidia", "Am Sonntag war es zu windig.", "11.05.2024 09:05")
	                "</ol></body></html>";
	t = html(de_cnt, &r);
	assert_int_equal(r.stated, 3);
	assert_int_equal(t->ncomments, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef R27B_FOLD
#undef R27B_IT
#undef R27B_DE
	/* Replies of a microblog: a month and a day alone for the time ("Jul
	 * 10"), in a link carrying its tip in a title and named a tooltip; a
	 * "Replying to @NAME" line over the words; counts for screen readers
	 * only; a confirmation every reply carries for later, longer than the
	 * words of most (a reply longer than it tells the run). Each reply a
	 * comment, the words its own. */
#define R27B_TW(who, handle, when, text)                                                           \
	"<li class=\"item\"><div class=\"tweet\"><div class=\"content\"><div class=\"head\"><a "       \
	"class=\"account\" href=\"/" handle "\"><img class=\"avatar\" src=\"a.jpg\" alt=\"\"><span "  \
	"class=\"FullNameGroup\"><strong class=\"fullname\">"     \
	who "</strong><span>&rlm;</span><span class=\"brk\">&nbsp;</span></span><span "               \
	"class=\"username\">@<b>" handle "</b></span></a> "                                           \
	"<small class=\"time\"><a href=\"/s/1\" class=\"timestamp js-tooltip\" title=\"11:26 PM - "    \
	when " 2020\"><span>" when "</span></a></small></div><div class=\"replying\">Replying to <a "    \
	"href=\"/Reuters\">@<b>Reuters</b></a></div><div class=\"text-container\"><p "                 \
	"class=\"tweet-text\">" text "</p></div><div class=\"footer\"><span "                          \
	"class=\"u-hiddenVisually\">2 likes</span></div></div></div><div class=\"dismiss\"><div "       \
	"class=\"confirmation\">Thanks. Twitter will use this to make your timeline better. "          \
	"<span>Undo</span></div></div></li>"
	const char *tw =
	    "<html><body>" ARTICLE_P "<ol class=\"stream\">" R27B_TW(
	        "rafael", "rafel212", "Jul 10", "Ya no mamen, de verdad")
	        R27B_TW("Terri", "Terri_Malon", "Jul 10", "And you have the nerve")
	            R27B_TW("julie", "Juli1shadows", "Jul 10", "Just 2? Hard to believe")
	                R27B_TW("Sammy", "sammylam911", "Jul 11", "200+ is more like it")
	                    R27B_TW("Matt", "mmogg", "Jul 11",
	                            "Come to China! We've got noodles and spring rolls and sweet "
	                            "and sour pork!") "</ol></body></html>";
	static const char *const tw_names[] = {"rafael", "Terri", "julie", "Sammy", "Matt"};
	static const unsigned flat5[] = {0, 0, 0, 0, 0};
	t = html(tw, NULL);
	assert_string_equal(t->order[0]->body.v[0], "Ya no mamen, de verdad");
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[3]->posted, "Jul 11");
	expect_heads(t, 5, tw_names, flat5);
	/* The same in another site's shape and language: German posts, the
	 * day first ("10. Jul"), "Antwort an @NAME", a hint every post carries
	 * beside its box. */
#define R27B_MB(who, handle, when, text)                                                           \
	"<li class=\"eintrag\"><div class=\"post\"><div class=\"kopf\"><a class=\"konto\" href=\"/"   \
	handle "\"><img class=\"bild\" src=\"b.png\" alt=\"\"><span class=\"VollerName\"><b>" who        \
	"</b></span> <span class=\"kennung\">@" handle "</span></a> <span class=\"zeit\"><a "          \
	"class=\"tip-tooltip\" href=\"/x\" title=\"" when " 2020, 23:26\"><span>" when "</span></a>"  \
	"</span></div><div class=\"antwort\">Antwort an <a href=\"/tagesschau\">@tagesschau</a></div>"  \
	"<div class=\"txt\"><p>" text "</p></div><div class=\"fuss\"><span "                           \
	"class=\"visuallyHidden\">3 Gefällt mir</span></div></div><div class=\"hinweis\">Danke. Wir "   \
	"zeigen dir künftig weniger Beiträge wie diesen. <span>Rückgängig</span></div></li>"
	const char *mb =
	    "<html><body>" ARTICLE_P "<ol class=\"antworten\">" R27B_MB(
	        "Maren", "maren_k", "10. Jul", "Das glaube ich erst, wenn ich es sehe.")
	        R27B_MB("Oskar", "oskar77", "10. Jul", "Endlich mal gute Nachrichten.")
	            R27B_MB("Lidia", "lidia_b", "10. Jul", "Und morgen wieder andere Zahlen.")
	                R27B_MB("Jörg", "joerg", "11. Jul", "Wer zählt da eigentlich?")
	                    R27B_MB("Uwe", "uwe2", "11. Jul",
	                            "Zwei Fälle, na klar. Und morgen sind es wieder zwei, und "
	                            "übermorgen auch, wetten?") "</ol></body></html>";
	static const char *const mb_names[] = {"Maren", "Oskar", "Lidia", "Jörg", "Uwe"};
	t = html(mb, NULL);
	assert_string_equal(t->order[1]->body.v[0], "Endlich mal gute Nachrichten.");
	assert_int_equal(t->order[3]->body.n, 1);
	assert_string_equal(t->order[3]->posted, "11. Jul");
	expect_heads(t, 5, mb_names, flat5);
#undef R27B_TW
#undef R27B_MB
}

/* Round 28's layouts, half a (tests/data/html/round28: 360 kuai's and
 * CareerCup's pages), worked on since round 29 was chosen: each rule a
 * small page of the shape and one of another site's shape and language. */
static void test_round28_layouts_a(void **state)
{
	(void)state;
	/* A toolbar's button named for the comments, showing their number
	 * alone ("div.bar__item.comment" holding "13"), is no comment: its
	 * siblings ("Save", "Share") are not taken as comments after it, and
	 * the repeated blocks under it are read. */
	const char *bar =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article><div clas"
	    "s=\"bar\"><div class=\"bar__item like\"><p>451</p></div><div class=\"bar__item comme"
	    "nt\">13</div><div class=\"bar__item collect\">Save</div><div class=\"bar__item share"
	    "\">Share</div></div><h3>Comments</h3><div class=\"cm\"><div class=\"cm__head\"><div "
	    "class=\"cm__name\">Yang7569</div><div class=\"cm__time\">2024-05-11 10:46</div></div"
	    "><div class=\"cm__body\">The harbour was frozen for a week.</div></div><div class=\""
	    "cm\"><div class=\"cm__head\"><div class=\"cm__name\">zzf12345</div><div class=\"cm__"
	    "time\">2024-05-10 17:46</div></div><div class=\"cm__body\">Then the boats stayed in."
	    "</div></div><div class=\"cm\"><div class=\"cm__head\"><div class=\"cm__name\">Lena</"
	    "div><div class=\"cm__time\">2024-05-10 16:08</div></div><div class=\"cm__body\">Not "
	    "on our side of the bay.</div></div></body></html>";
	static const char *const bar_names[] = {"Yang7569", "zzf12345", "Lena"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(bar, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->body.v[0], "The harbour was frozen for a week.");
	expect_heads(t, 3, bar_names, flat3);
	/* Another site's shape and language: a list of actions under the
	 * article, its "li.comment" the count, the comments plain boxes. */
	const char *acts =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p><ul class=\"aktione"
	    "n\"><li class=\"comment\">5</li><li class=\"teilen\">Teilen</li><li class=\"mail\">E"
	    "-Mail</li></ul></article><h3>Leserstimmen</h3><section><div class=\"box\"><b>Hanna</"
	    "b> <span>12.03.2015 10:15</span><div>Der Kuchen ist wunderbar gelungen.</div></div><"
	    "div class=\"box\"><b>Uwe</b> <span>12.03.2015 11:20</span><div>Mit Schmand schmeckt "
	    "er noch besser.</div></div><div class=\"box\"><b>Marta</b> <span>13.03.2015 09:05</s"
	    "pan><div>Ich backe ihn am Sonntag.</div></div></section></body></html>";
	static const char *const acts_names[] = {"Hanna", "Uwe", "Marta"};
	t = html(acts, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->body.v[0], "Der Kuchen ist wunderbar gelungen.");
	expect_heads(t, 3, acts_names, flat3);

	/* A box beside the time's of its very tag and class (the writer's
	 * place, "from Henan province", longer than the words "No.") is a
	 * field of the header, not the comment's words. */
	const char *twin =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article><h3>Comme"
	    "nts</h3><div class=\"item\"><div class=\"item__head\"><div class=\"item__name\">Yang"
	    "7569</div><div><div class=\"item__time\">2024-05-11 10:46</div><div class=\"item__ti"
	    "me\">from Fujian province</div></div></div><div class=\"item__body\">Frozen.</div></"
	    "div><div class=\"item\"><div class=\"item__head\"><div class=\"item__name\">zzf12345"
	    "</div><div><div class=\"item__time\">2024-05-10 17:46</div><div class=\"item__time\""
	    ">from Liaoning province</div></div></div><div class=\"item__body\">Not here.</div></"
	    "div><div class=\"item\"><div class=\"item__head\"><div class=\"item__name\">Lena</di"
	    "v><div><div class=\"item__time\">2024-05-10 16:08</div><div class=\"item__time\">fro"
	    "m Henan province</div></div></div><div class=\"item__body\">No.</div></div></body></"
	    "html>";
	t = html(twin, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->body.v[0], "Frozen.");
	assert_string_equal(t->order[2]->body.v[0], "No.");
	assert_int_equal(t->order[2]->body.n, 1);
	expect_heads(t, 3, bar_names, flat3);
	/* Another site's shape and language: spans in a paragraph, the name
	 * bold before them, the words in a box after. */
	const char *wann =
	    "<html><body><article><h1 class=\"entry-title\">Kuchen</h1><p>Ein Rezept fuer einen K"
	    "uchen mit Mandarinen, Schmand und Pudding, der jedem gelingt.</p></article><h3>Leser"
	    "stimmen</h3><section><div class=\"box\"><b>Hanna</b><p class=\"meta\"><span class=\""
	    "wann\">12.03.2015 10:15</span> <span class=\"wann\">aus Berlin-Mitte</span></p><div>"
	    "Ja.</div></div><div class=\"box\"><b>Uwe</b><p class=\"meta\"><span class=\"wann\">1"
	    "2.03.2015 11:20</span> <span class=\"wann\">aus Hamburg</span></p><div>Nein.</div></"
	    "div><div class=\"box\"><b>Marta</b><p class=\"meta\"><span class=\"wann\">13.03.2015"
	    " 09:05</span> <span class=\"wann\">aus Leipzig</span></p><div>Gut.</div></div></sect"
	    "ion></body></html>";
	t = html(wann, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->body.v[0], "Ja.");
	assert_string_equal(t->order[1]->body.v[0], "Nein.");
	assert_int_equal(t->order[1]->body.n, 1);
	expect_heads(t, 3, acts_names, flat3);

	/* CareerCup's shape: a signature's dash before the name written after
	 * the text ("- Anonymous"); a vote widget of scripted arrows and
	 * counts ("of 0 vote") beside or above the text; an answer marked by
	 * its class word alone ("div.childComment"), each comment in a wrapper
	 * of its own after a notice of it hidden. */
	const char *cup =
	    "<html><body><h1>Find whether two people are friends of friends</h1><p>Lets say A is "
	    "a friend of B and B is a friend of C, then A and C are friends of second degree.</p>"
	    "<h3>3 Answers</h3><div id=\"thread1\"><div class=\"collapsedComment\" onclick=\"unco"
	    "llapse(1)\">Comment hidden because of low score. Click to expand.</div><div class=\""
	    "uncollapsedComment\"><div class=\"comment\"><div class=\"votesWrapper\"><div class=\""
	    "arrowUp\" onclick=\"vote(1, 1)\"></div><div class=\"votesNet\">0</div><div class=\"a"
	    "rrowDown\" onclick=\"vote(-1, 1)\"></div><div class=\"votesCount\">of 0 vote</div></"
	    "div><div class=\"commentMain\"><div class=\"commentBody\"><p>Sort both lists of frie"
	    "nds and walk them together.</p><span class=\"author\">- Anonymous <abbr class=\"time"
	    "ago\" title=\"2008-05-15T02:37:53Z\">May 15, 2008</abbr> <span><a href=\"/flag?id=1\""
	    ">Flag</a></span></span></div></div></div></div><div class=\"collapsedComment collaps"
	    "edCommentChild\" onclick=\"uncollapse(2)\">Comment hidden because of low score. Clic"
	    "k to expand.</div><div class=\"uncollapsedComment\"><div class=\"childComment\"><div"
	    " class=\"commentMain\"><div class=\"commentBody\"><div class=\"votesWrapperSub\"><di"
	    "v class=\"arrowUp\" onclick=\"vote(1, 2)\"></div><div class=\"votesNet\">2</div><div"
	    " class=\"arrowDown\" onclick=\"vote(-1, 2)\"></div><div class=\"votesCount\">of 2 vo"
	    "tes</div></div><p>A hash set of the first list does it in linear time.</p><span clas"
	    "s=\"author\">- <a href=\"/user?id=5\">gaurav</a> <abbr class=\"timeago\" title=\"200"
	    "8-05-17T20:40:51Z\">May 17, 2008</abbr> <span><a href=\"/flag?id=2\">Flag</a></span>"
	    "</span></div></div></div></div></div><div id=\"thread3\"><div class=\"collapsedComme"
	    "nt\" onclick=\"uncollapse(3)\">Comment hidden because of low score. Click to expand."
	    "</div><div class=\"uncollapsedComment\"><div class=\"comment\"><div class=\"votesWra"
	    "pper\"><div class=\"arrowUp\" onclick=\"vote(1, 3)\"></div><div class=\"votesNet\">1"
	    "</div><div class=\"arrowDown\" onclick=\"vote(-1, 3)\"></div><div class=\"votesCount"
	    "\">of 1 vote</div></div><div class=\"commentMain\"><div class=\"commentBody\"><p>Bre"
	    "adth first search from A, two levels deep.</p><span class=\"author\">- Charlie <abbr"
	    " class=\"timeago\" title=\"2008-05-31T10:00:00Z\">May 31, 2008</abbr> <span><a href="
	    "\"/flag?id=3\">Flag</a></span></span></div></div></div></div></div></body></html>";
	static const char *const cup_names[] = {"Anonymous", "gaurav", "Charlie"};
	static const unsigned cup_depths[] = {0, 1, 0};
	t = html(cup, NULL);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(t->order[i]->body.n, 1);
		assert_null(strstr(t->order[i]->body.v[0], "vote"));
	}
	assert_string_equal(t->order[1]->body.v[0], "A hash set of the first list does it in linear time.");
	expect_heads(t, 3, cup_names, cup_depths);
	/* The dash, in another site's shape and language: a WordPress list,
	 * the name a cite after the text, after a long or a middle dash. */
	const char *fr =
	    "<html><body><article><h1 class=\"entry-title\">La tarte</h1><p>Une recette de tarte "
	    "aux pommes que tout le monde réussit du premier coup.</p></article><ol class=\"comme"
	    "ntlist\"><li class=\"comment\" id=\"comment-1\"><div class=\"comment-content\"><p>Dé"
	    "licieuse, merci pour la recette !</p></div><div class=\"comment-author vcard\"><cite"
	    " class=\"fn\">— Marie</cite> <time datetime=\"2015-03-12T15:28\">12 mars 2015</time>"
	    "</div></li><li class=\"comment\" id=\"comment-2\"><div class=\"comment-content\"><p>"
	    "Avec de la cannelle, encore mieux.</p></div><div class=\"comment-author vcard\"><cit"
	    "e class=\"fn\">– Paul</cite> <time datetime=\"2015-03-13T09:05\">13 mars 2015</time>"
	    "</div></li></ol></body></html>";
	static const char *const fr_names[] = {"Marie", "Paul"};
	static const unsigned flat2[] = {0, 0};
	expect_heads(html(fr, NULL), 2, fr_names, flat2);
	/* The vote widget, in another site's shape and language: spans with
	 * handlers around a count in words ("3 głosy"), under the text. */
	const char *pl =
	    "<html><body><article><h1 class=\"entry-title\">Szarlotka</h1><p>Przepis na szarlotkę"
	    ", która zawsze się udaje, nawet za pierwszym razem w piekarniku.</p></article><ul cl"
	    "ass=\"komentarze\"><li class=\"comment\" id=\"comment-1\"><span class=\"nick\">Ola</"
	    "span> <time datetime=\"2015-03-12T15:28\">12.03.2015</time><div class=\"tresc\"><p>P"
	    "yszna, dziękuję za przepis!</p><div class=\"ocena\"><span class=\"plus\" onclick=\"g"
	    "los(1, 1)\"></span><span>3 głosy</span><span class=\"minus\" onclick=\"glos(-1, 1)\""
	    "></span></div></div></li><li class=\"comment\" id=\"comment-2\"><span class=\"nick\""
	    ">Piotr</span> <time datetime=\"2015-03-13T09:05\">13.03.2015</time><div class=\"tres"
	    "c\"><p>Z cynamonem jeszcze lepsza.</p><div class=\"ocena\"><span class=\"plus\" oncl"
	    "ick=\"glos(1, 2)\"></span><span>1 głos</span><span class=\"minus\" onclick=\"glos(-1"
	    ", 2)\"></span></div></div></li></ul></body></html>";
	static const char *const pl_names[] = {"Ola", "Piotr"};
	t = html(pl, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_int_equal(t->order[1]->body.n, 1);
	expect_heads(t, 2, pl_names, flat2);
	/* The answer's class, in another site's shape and language: list
	 * items, a "subComment" in the next items answering the comment
	 * before them. */
	const char *es =
	    "<html><body><article><h1 class=\"entry-title\">La tarta</h1><p>Una receta de tarta d"
	    "e manzana que sale bien a la primera, incluso sin batidora.</p></article><h3>Comenta"
	    "rios</h3><ul class=\"lista\"><li><div class=\"comment\"><span class=\"author\">Marta"
	    "</span> <time datetime=\"2015-03-12T15:28\">12/03/2015</time><p>Me salió riquísima, "
	    "gracias.</p></div></li><li><div class=\"subComment\"><span class=\"author\">Pablo</s"
	    "pan> <time datetime=\"2015-03-12T18:00\">12/03/2015</time><p>¿Con qué manzanas la hi"
	    "ciste?</p></div></li><li><div class=\"subComment\"><span class=\"author\">Marta</spa"
	    "n> <time datetime=\"2015-03-12T19:00\">12/03/2015</time><p>Con reinetas del mercado."
	    "</p></div></li><li><div class=\"comment\"><span class=\"author\">Lucía</span> <time "
	    "datetime=\"2015-03-13T09:05\">13/03/2015</time><p>La haré el domingo.</p></div></li>"
	    "</ul></body></html>";
	static const char *const es_names[] = {"Marta", "Pablo", "Marta", "Lucía"};
	static const unsigned es_depths[] = {0, 1, 1, 0};
	t = html(es, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[2]->body.v[0], "Con reinetas del mercado.");
	expect_heads(t, 4, es_names, es_depths);

	/* A first class word of one capitalised word and "Comment" (Imgur's
	 * "GalleryComment") marks one comment, though most show a video alone
	 * and no words, so that no reader of repeated blocks takes them. */
	const char *gal =
	    "<html><body><h1>Mother's day</h1><p>A post about a hard day for many people, and the"
	    " comments under it.</p><div class=\"List\"><div class=\"GalleryComment\"><div class="
	    "\"GalleryComment-byLine\"><a class=\"author-name\" href=\"/user/ZK383\">ZK383</a> <s"
	    "pan class=\"date\" title=\"Mon May 13 2024 13:44:31\">14d ago</span></div><div class"
	    "=\"GalleryComment-body\">We had two, in their 40s now.</div></div><div class=\"Galle"
	    "ryComment\"><div class=\"GalleryComment-byLine\"><a class=\"author-name\" href=\"/us"
	    "er/terwashere\">terwashere</a> <span class=\"date\" title=\"Mon May 13 2024 15:10:00"
	    "\">14d ago</span></div><div class=\"GalleryComment-body\"><div class=\"commentVideo\""
	    "><video src=\"/v/1.mp4\"></video></div></div></div><div class=\"GalleryComment\"><di"
	    "v class=\"GalleryComment-byLine\"><a class=\"author-name\" href=\"/user/Dusty\">Dust"
	    "y</a> <span class=\"date\" title=\"Mon May 13 2024 16:20:00\">14d ago</span></div><d"
	    "iv class=\"GalleryComment-body\"><div class=\"commentVideo\"><video src=\"/v/2.mp4\""
	    "></video></div></div></div></div></body></html>";
	static const char *const gal_names[] = {"ZK383", "terwashere", "Dusty"};
	t = html(gal, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "14d ago");
	assert_int_equal(t->order[1]->body.n, 0);
	expect_heads(t, 3, gal_names, flat3);
	/* Another site's shape and language: list items, pictures alone in
	 * two of them. */
	const char *it =
	    "<html><body><article><h1 class=\"entry-title\">La torta</h1><p>Una ricetta di torta "
	    "di mele che riesce sempre, anche la prima volta che si accende il forno.</p></articl"
	    "e><h3>Commenti</h3><ul class=\"elenco\"><li class=\"BlogComment\"><span class=\"auth"
	    "or\">Giulia</span> <time datetime=\"2015-03-12T15:28\">12/03/2015</time><p>Buonissim"
	    "a, grazie!</p></li><li class=\"BlogComment\"><span class=\"author\">Marco</span> <ti"
	    "me datetime=\"2015-03-12T18:00\">12/03/2015</time><p><img src=\"/img/torta.jpg\" alt"
	    "=\"\"></p></li><li class=\"BlogComment\"><span class=\"author\">Sara</span> <time da"
	    "tetime=\"2015-03-13T09:05\">13/03/2015</time><p><img src=\"/img/fetta.jpg\" alt=\"\""
	    "></p></li></ul></body></html>";
	static const char *const it_names[] = {"Giulia", "Marco", "Sara"};
	expect_heads(html(it, NULL), 3, it_names, flat3);

	/* A count labelled by Chinese portals' word for their comments, 跟贴
	 * or 跟帖, in a box of its own, the number in the link after it
	 * ("<span>跟贴</span><a>1918</a><span>参与</span><a>…</a>", NetEase's
	 * bar over its list): the page says 1918. */
	struct tt_import_report r;
	const char *gt =
	    "<html><body>" ARTICLE_P "<div id=\"tie\"><div class=\"bar\"><h3>网易跟贴</h3><div "
	    "class=\"info\"><span>跟贴</span><a href=\"/c/1.html\">1918</a><span>参与</span><a "
	    "href=\"/c/1.html\">30247</a></div></div><ol class=\"commentlist\"><li class=\"co"
	    "mment\" id=\"comment-1\"><cite class=\"fn\">丰羽煊</cite><time datetime=\"2024-"
	    "05-13T09:58\">2024-05-13 09:58</time><div class=\"comment-content\"><p>挺急的</p>"
	    "</div></li></ol></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(gt, &r);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(r.stated, 1918);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* Another site's shape: a forum's figures, the label with a colon
	 * and the number in the box after it. */
	const char *gt2 =
	    "<html><body>" ARTICLE_P "<ul class=\"figures\"><li><span>跟帖:</span> <span>42</sp"
	    "an></li><li><span>浏览:</span> <span>9001</span></li></ul><ol class=\"commentlist\"><li "
	    "class=\"comment\" id=\"comment-1\"><cite class=\"fn\">小王</cite><time datetime="
	    "\"2024-05-13T09:58\">2024-05-13 09:58</time><div class=\"comment-content\"><p>同意"
	    "楼上</p></div></li></ol></body></html>";
	tt_import_report_init(&r, 0);
	t = html(gt2, &r);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(r.stated, 42);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Round 28's layouts, half b (tests/data/html/round28), worked on since
 * round 29 was chosen: each a small page of our own in the shape a rule
 * reads, and one of another site's shape and language. */
static void test_round28_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat4[] = {0, 0, 0, 0};
	/* Rows tinted in turn, their class ending in a stripe's figure
	 * ("li.ac_comment1", "li.ac_comment2"): one kind of block. */
#define R28B_ROW(k, who, when, text)                                                               \
	"<li class=\"ac_comment" k "\"><p class=\"ac-status\"><span class=\"ac-author\">" who        \
	"</span><span class=\"ac-data\">" when "</span> </p><p class=\"ac_text\">" text "</p></li>"
	const char *rows =
	    "<html><body>" ARTICLE_P "<div class=\"article_comments\"><ul class=\"ac_list\">" R28B_ROW(
	        "1", "~Ola", "2012-01-03 18:47", "Nie wiedziałam o tym.")
	        R28B_ROW("2", "~Jan", "2012-01-03 18:12", "Szczoteczka to podstawa.")
	            R28B_ROW("1", "~Ewa", "2012-01-03 14:45", "Dentysta mówił to samo.")
	                R28B_ROW("2", "~Piotr", "2012-01-02 19:43", "Sto lat temu już wiedziano.")
	                    "</ul></div></body></html>";
	static const char *const row_names[] = {"~Ola", "~Jan", "~Ewa", "~Piotr"};
	expect_heads(html(rows, NULL), 4, row_names, flat4);
	/* The same in another shape and language: German posts in <div>s
	 * tinted "odd" and "even", the time before the name. */
#define R28B_ODD(k, who, when, text)                                                               \
	"<div class=\"beitrag-" k "\"><div class=\"kopf\"><span class=\"zeit\">" when              \
	"</span> <b>" who "</b></div><div class=\"inhalt\">" text "</div></div>"
	const char *odd =
	    "<html><body>" ARTICLE_P "<div id=\"kommentare\">" R28B_ODD(
	        "odd", "Heike", "12.03.2019 14:03", "Sehr lecker, danke!")
	        R28B_ODD("even", "Tom", "12.03.2019 15:10", "Mit Quark geht es auch.")
	            R28B_ODD("odd", "Lena", "13.03.2019 09:20", "Der Boden war zu weich.")
	                R28B_ODD("even", "Uwe", "14.03.2019 19:45", "Schmeckt auch kalt.")
	                    "</div></body></html>";
	static const char *const odd_names[] = {"Heike", "Tom", "Lena", "Uwe"};
	expect_heads(html(odd, NULL), 4, odd_names, flat4);
#undef R28B_ROW
#undef R28B_ODD
	/* A row of actions in the header, one of them a link to another page
	 * whose three words open with an action's ("Zgłoś do usunięcia"):
	 * no words of the comment. */
#define R28B_PL(who, when, text)                                                                   \
	"<div class=\"comment threadRoot\"><header><p><i class=\"userName\">" who "</i> - <time "    \
	"datetime=\"2012-01-02T10:01:29.000+01:00\">" when "</time></p><p><a rel=\"nofollow\" "      \
	"href=\"/zglos-naduzycie/komentarz,pId,1\">Zgłoś do usunięcia</a> <a href=\"#\">Link</a> "    \
	"<a href=\"#\">Podziel się</a></p></header><div class=\"tresc\"><p>" text "</p></div></div>"
	const char *pl = "<html><body>" ARTICLE_P "<div id=\"komentarze\">" R28B_PL(
	    "~antyUE", "02.01.2012 (10:31)", "To ten sztucznie wyhodowany wirus.")
	    R28B_PL("~Ewa", "02.01.2012 (11:02)", "Nie wierzę w to.") "</div></body></html>";
	tt_thread *t = html(pl, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "To ten sztucznie wyhodowany wirus.");
	tt_thread_free(t);
	/* The same in another shape and language: English, the actions after
	 * the words in the text's box, each going to a page of its own ("Flag
	 * as offensive", "Share this"). */
#define R28B_EN(who, when, text)                                                                   \
	"<article class=\"comment\"><div class=\"byline\"><b>" who "</b> <time>" when "</time>"      \
	"</div><div class=\"comment-body\"><p>" text "</p><p class=\"tools\"><a "                     \
	"href=\"/flag?note=7\">Flag as offensive</a> <a href=\"/share?note=7\">Share this</a></p>"     \
	"</div></article>"
	const char *en = "<html><body>" ARTICLE_P "<section id=\"comments\">" R28B_EN(
	    "Walter", "March 3, 2015 at 4:10 pm", "The second step needs more salt.")
	    R28B_EN("Jo", "March 4, 2015 at 9:12 am", "Worked well for me.") "</section></body></html>";
	t = html(en, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Worked well for me.");
	tt_thread_free(t);
#undef R28B_PL
#undef R28B_EN
	/* A one-word label before a time whose first word is a month's
	 * ("Updated May 17"), on one answer of several: the time as shown, the
	 * label aside; the answer one of the run. */
#define R28B_ANS(who, when, text)                                                                  \
	"<div class=\"x1\"><div class=\"x2\"><a href=\"/profile/" who "\">" who "</a> <span>"      \
	"\xC2\xB7</span> <a href=\"/answer/" who "\">" when "</a></div><div class=\"x3\"><span>"      \
	"<p>" text "</p></span></div></div>"
	const char *qa = "<html><body>" ARTICLE_P "<div class=\"x0\">" R28B_ANS(
	    "Mohan", "Mar 24", "Sport teaches teamwork and discipline.")
	    R28B_ANS("Onish", "May 3", "It builds character in children.")
	        R28B_ANS("Keyser", "Updated May 17", "It really is a costly feel good item.")
	            R28B_ANS("Felix", "Mar 28", "Exercise, but not nearly enough of it.") "</div></body></html>";
	static const char *const qa_names[] = {"Mohan", "Onish", "Keyser", "Felix"};
	t = html(qa, NULL);
	assert_non_null(t->order[2]->posted);
	assert_string_equal(t->order[2]->posted, "May 17");
	expect_heads(t, 4, qa_names, flat4);
	/* The same in another shape and language: German comments in a list,
	 * their ages shown, "Bearbeitet vor 2 Tagen" on one of them. */
#define R28B_DE(who, when, text)                                                                   \
	"<li><span><b>" who "</b></span><em>" when "</em><div>" text "</div></li>"
	const char *de = "<html><body>" ARTICLE_P "<ul>" R28B_DE(
	    "Heike", "vor 5 Tagen", "Sehr lecker, danke f\xC3\xBCr das Rezept!")
	    R28B_DE("Tom", "vor 4 Tagen", "Mit Quark geht es auch ganz gut.")
	        R28B_DE("Lena", "Bearbeitet vor 2 Tagen", "Der Boden war mir zu weich geraten.")
	            R28B_DE("Uwe", "vor 1 Tag", "Schmeckt auch am n\xC3\xA4" "chsten Tag.") "</ul></body></html>";
	static const char *const de_names[] = {"Heike", "Tom", "Lena", "Uwe"};
	t = html(de, NULL);
	assert_non_null(t->order[2]->posted);
	assert_string_equal(t->order[2]->posted, "vor 2 Tagen");
	expect_heads(t, 4, de_names, flat4);
#undef R28B_ANS
#undef R28B_DE
	/* A conversation under a comment, in a box after it wrapping a list
	 * of lighter blocks of its kind (no avatar box), each answer's text
	 * opening with its writer's linked name and a colon ("NAME："): one
	 * level under the comment, the name its author. */
#define R28B_ZH(who, text, when)                                                                   \
	"<div class=\"item clearfix\"><div class=\"head\"><a href=\"https://weibo.example/u/" who   \
	"\"><img src=\"a.png\"></a></div><div class=\"cont\"><div class=\"info\"><span "              \
	"class=\"name\"><a href=\"https://weibo.example/u/" who "\">" who "</a></span></div><div "      \
	"class=\"txt\">" text "</div><div class=\"action\"><span class=\"time\">" when "</span> <a "  \
	"class=\"reply\" href=\"javascript:;\">\xE5\x9B\x9E\xE5\xA4\x8D</a></div></div></div>"
#define R28B_ZHREPLY(who, text, when)                                                              \
	"<div class=\"item clearfix\"><div class=\"cont\"><div class=\"txt\"><span class=\"name\">"  \
	"<a href=\"https://weibo.example/u/" who "\">" who "\xEF\xBC\x9A</a></span>" text "</div><div "  \
	"class=\"action\"><span class=\"time\">" when "</span></div></div></div>"
	const char *zh =
	    "<html><body>" ARTICLE_P "<div class=\"comment-list\"><div class=\"list\">" R28B_ZH(
	        "cqh4910", "\xE6\x8A\x98\xE8\x85\xBE", "5\xE6\x9C\x88" "10\xE6\x97\xA5" "07:04")
	        "<div class=\"dialog-wrap\"><div class=\"dialog\">" R28B_ZHREPLY(
	            "user79", "\xE6\x9C\x89\xE8\xBD\xA8\xE7\x94\xB5\xE8\xBD\xA6",
	            "5\xE6\x9C\x88" "10\xE6\x97\xA5" "08:38") "</div></div>" R28B_ZH("feifei",
	            "\xE5\xB9\xBF\xE5\xB7\x9E", "5\xE6\x9C\x88" "11\xE6\x97\xA5" "13:52")
	            R28B_ZH("yuanqi", "\xE7\x8F\xA0\xE6\xB5\xB7", "5\xE6\x9C\x88" "11\xE6\x97\xA5" "09:37")
	                "</div></div></body></html>";
	static const char *const zh_names[] = {"cqh4910", "user79", "feifei", "yuanqi"};
	static const unsigned zh_depths[] = {0, 1, 0, 0};
	t = html(zh, NULL);
	assert_string_equal(t->order[1]->body.v[0], "\xE6\x9C\x89\xE8\xBD\xA8\xE7\x94\xB5\xE8\xBD\xA6");
	expect_heads(t, 4, zh_names, zh_depths);
	/* The same in another shape and language: English notes, the
	 * conversation's answers "<b><a>NAME</a>:</b> words", their time
	 * after the words. */
#define R28B_NOTE(who, when, text)                                                                 \
	"<div class=\"entry\"><div class=\"pic\"><img src=\"p.png\"></div><div class=\"main\"><div " \
	"class=\"meta\"><a href=\"/u/" who "\">" who "</a> <span class=\"date\">" when "</span>"       \
	"</div><div class=\"words\">" text "</div></div></div>"
#define R28B_NOTEREPLY(who, when, text)                                                            \
	"<div class=\"entry\"><div class=\"main\"><div class=\"words\"><b><a href=\"/u/" who "\">"   \
	who "</a>:</b> " text "</div><div class=\"meta\"><span class=\"date\">" when "</span></div>"  \
	"</div></div>"
	const char *notes = "<html><body>" ARTICLE_P "<div id=\"comments\"><div class=\"notes\">" R28B_NOTE(
	    "anna", "March 3, 2015 at 4:10 pm", "The second step needs more salt.")
	    "<div class=\"convo\"><div class=\"convo-list\">" R28B_NOTEREPLY(
	        "bob", "March 3, 2015 at 6:02 pm", "I found it salty enough.") R28B_NOTEREPLY("cleo",
	        "March 4, 2015 at 8:15 am", "Try it with butter.") "</div></div>" R28B_NOTE("dan",
	        "March 5, 2015 at 9:00 am", "Worked well for me.") "</div></div></body></html>";
	static const char *const en_names[] = {"anna", "bob", "cleo", "dan"};
	static const unsigned en_depths[] = {0, 1, 1, 0};
	t = html(notes, NULL);
	assert_string_equal(t->order[1]->body.v[0], "I found it salty enough.");
	expect_heads(t, 4, en_names, en_depths);
#undef R28B_ZH
#undef R28B_ZHREPLY
#undef R28B_NOTE
#undef R28B_NOTEREPLY
	/* A schema.org Question whose answers are the comments read: its
	 * answerCount states their count, its commentCount counts the
	 * comments on the question; a related question's answerCount after
	 * it is that question's. */
#define R28B_QA(who, when, text)                                                                   \
	"<div itemprop=\"answer\" itemscope itemtype=\"http://schema.org/Answer\"><span "            \
	"itemprop=\"author\">" who "</span> <time datetime=\"" when "\">" when "</time><div "         \
	"itemprop=\"text\"><p>" text "</p></div></div>"
#define R28B_Q(lang, count, answers, related)                                                      \
	"<html lang=\"" lang "\"><body><div itemscope itemtype=\"http://schema.org/Question\"><meta " \
	"itemprop=\"answerCount\" content=\"" count "\"><meta itemprop=\"commentCount\" "            \
	"content=\"2\"><h1 itemprop=\"name\">Q</h1>" answers "</div><div itemscope "                \
	"itemtype=\"http://schema.org/Question\"><meta itemprop=\"answerCount\" content=\"" related   \
	"\"><a href=\"/q/2\">Other</a></div></body></html>"
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	t = html(R28B_Q("zh", "56",
	                R28B_QA("Anna", "2024-04-03", "\xE5\x9C\xB0\xE9\x9C\x87\xE4\xBA\x86\xE3\x80\x82")
	                    R28B_QA("Ben", "2024-04-04", "\xE6\x88\x91\xE4\xB9\x9F\xE6\x84\x9F\xE8\xA7\x89\xE5\x88\xB0\xE4\xBA\x86\xE3\x80\x82"),
	                "7"),
	         &r);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(r.stated, 56);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* The same in another language: Spanish answers, 12 stated. */
	tt_import_report_init(&r, 0);
	t = html(R28B_Q("es", "12",
	                R28B_QA("Lucía", "2021-05-02", "Depende del suelo.")
	                    R28B_QA("Pablo", "2021-05-03", "Las ondas largas viajan lejos."),
	                "3"),
	         &r);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(r.stated, 12);
	tt_thread_free(t);
	tt_import_report_free(&r);
#undef R28B_QA
#undef R28B_Q
}

/* Round 28's layouts, NetEase's page (tests/data/html/round28), worked on
 * since round 29 was chosen: each rule a small page of the shape and one
 * of another site's shape and language. */
static void test_round28_layouts_c(void **state)
{
	(void)state;
	/* The writer's place in square brackets after the name link, in a box
	 * of its own inside the header box read for the name ("<a
	 * class=name>NAME</a><span>[网易甘肃兰州手机网友]</span>"): no part of
	 * the name, as a thread starter's "(楼主)" is not. */
	const char *place =
	    "<html><body>" ARTICLE_P
	    "<div class=\"tie-areas post_comment\" id=\"post_comment_area\"><h3>网易跟"
	    "贴</h3><div class=\"tie-list\"><div class=\"single-tie\"><div class=\"tie-au"
	    "thor\"><div class=\"f-lft\"><a class=\"name\" href=\"/u/1\">丰羽煊</a><span "
	    "class=\"name-desp\">[网易甘肃兰州手机网友]</span></div><div clas"
	    "s=\"f-rgt\"><span class=\"tie-time\">2024-05-13 09:58:13</span></div></div><"
	    "p class=\"tie-cnt\">空气怎么计量收费？</p></div><div class=\"singl"
	    "e-tie\"><div class=\"tie-author\"><div class=\"f-lft\"><a class=\"name\" href=\""
	    "/u/2\">扑啦扑啦的e</a><span class=\"name-desp\">[网易吉林四平手"
	    "机网友]</span></div><div class=\"f-rgt\"><span class=\"tie-time\">2024-05"
	    "-13 13:52:01</span></div></div><p class=\"tie-cnt\">咱就想知道。</p>"
	    "</div></div></div>"
	    "</body></html>";
	static const char *const place_names[] = {"丰羽煊", "扑啦扑啦的e"};
	static const unsigned flat2[] = {0, 0};
	expect_heads(html(place, NULL), 2, place_names, flat2);
	/* Another site's shape and language: the name link and the city in
	 * full-width or square brackets in a span of the header, the time in
	 * the span beside it. */
	const char *ciudad =
	    "<html><body>" ARTICLE_P
	    "<section class=\"comments\" id=\"comentarios\"><h3>Opiniones</h3><div class="
	    "\"opinion\"><div class=\"opinion-author\"><span class=\"quien\"><a href=\"/perf"
	    "il/ana\">Ana López</a> <em>【Sevilla】</em></span> <span class=\"fecha\""
	    ">13/05/2024 09:58</span></div><div class=\"texto\">Muy buen artículo.</di"
	    "v></div><div class=\"opinion\"><div class=\"opinion-author\"><span class=\"qu"
	    "ien\"><a href=\"/perfil/jorge\">Jorge</a> <em>[Madrid]</em></span> <span cl"
	    "ass=\"fecha\">13/05/2024 10:20</span></div><div class=\"texto\">No estoy de "
	    "acuerdo.</div></div></section>"
	    "</body></html>";
	static const char *const ciudad_names[] = {"Ana López", "Jorge"};
	tt_thread *t = html(ciudad, NULL);
	assert_string_equal(t->order[0]->body.v[0], "Muy buen artículo.");
	expect_heads(t, 2, ciudad_names, flat2);
	/* A box before the reply's own text box holding a name link and a box
	 * of that text box's very tag and class, and no time (NetEase's
	 * quoted floor, "div.floor-tie > a.name + p.tie-cnt", then the reply's
	 * "p.tie-cnt"): a copy of the post answered, no words of the reply;
	 * the reply goes under that post, on the page before it. */
	const char *floor =
	    "<html><body>" ARTICLE_P
	    "<div class=\"tie-areas\" id=\"post_comment_area\"><h3>网易跟贴</h3><div "
	    "class=\"tie-list\"><div class=\"single-tie\"><div class=\"tie-author\"><div cl"
	    "ass=\"f-lft\"><a class=\"name\" href=\"/u/1\">丰羽煊</a></div><div class=\"f"
	    "-rgt\"><span class=\"tie-time\">2024-05-13 09:58:13</span></div></div><p cl"
	    "ass=\"tie-cnt\">空气怎么计量收费？</p></div><div class=\"single-ti"
	    "e\"><div class=\"tie-author\"><div class=\"f-lft\"><a class=\"name\" href=\"/u/2"
	    "\">非法昵称952-7</a></div><div class=\"f-rgt\"><span class=\"tie-time\">2"
	    "024-05-13 10:07:07</span></div></div><div class=\"floor-tie\"><div class=\""
	    "tie-author\"><a class=\"name\" href=\"/u/1\">丰羽煊</a><span>1</span></div"
	    "><p class=\"tie-cnt\">空气怎么计量收费？</p></div><p class=\"tie-c"
	    "nt\">根据肺活量收。</p></div></div></div>"
	    "</body></html>";
	static const char *const floor_names[] = {"丰羽煊", "非法昵称952-7"};
	static const unsigned nested2[] = {0, 1};
	t = html(floor, NULL);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "根据肺活量收。");
	expect_heads(t, 2, floor_names, nested2);
	/* Another site's shape and language: the quoted post's name link and
	 * "napisała:" in a div before the reply's text, its words in a box
	 * of the text's class. */
	const char *cytat =
	    "<html><body>" ARTICLE_P
	    "<section class=\"comments\" id=\"komentarze\"><h3>Komentarze</h3><div class="
	    "\"wpis\"><div class=\"wpis-author\"><span class=\"kto\"><a href=\"/u/anna\">Anna"
	    "</a></span> <span class=\"kiedy\">13.05.2024 09:58</span></div><div class="
	    "\"tresc\">Dobry artykuł, dziękuję.</div></div><div class=\"wpis\"><div cl"
	    "ass=\"wpis-author\"><span class=\"kto\"><a href=\"/u/piotr\">Piotr</a></span> "
	    "<span class=\"kiedy\">13.05.2024 10:20</span></div><div class=\"cytat\"><a h"
	    "ref=\"/u/anna\">Anna</a> napisała: <div class=\"tresc\">Dobry artykuł, dzi"
	    "ękuję.</div></div><div class=\"tresc\">Nie zgadzam się z tym.</div></di"
	    "v></section>"
	    "</body></html>";
	static const char *const cytat_names[] = {"Anna", "Piotr"};
	t = html(cytat, NULL);
	assert_int_equal(t->order[1]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "Nie zgadzam się z tym.");
	expect_heads(t, 2, cytat_names, nested2);
	/* The quoted floor's post not on the page (the floor before it not
	 * shown): a comment of its own at the top level before the reply,
	 * with the name and words the copy shows and no time, the reply
	 * under it. */
	const char *lost =
	    "<html><body>" ARTICLE_P
	    "<div class=\"tie-areas\" id=\"post_comment_area\"><h3>网易跟贴</h3><div "
	    "class=\"tie-list\"><div class=\"single-tie\"><div class=\"tie-author\"><div cl"
	    "ass=\"f-lft\"><a class=\"name\" href=\"/u/1\">丰羽煊</a></div><div class=\"f"
	    "-rgt\"><span class=\"tie-time\">2024-05-13 09:58:13</span></div></div><p cl"
	    "ass=\"tie-cnt\">空气怎么计量收费？</p></div><div class=\"single-ti"
	    "e\"><div class=\"tie-author\"><div class=\"f-lft\"><a class=\"name\" href=\"/u/2"
	    "\">非法昵称952-7</a></div><div class=\"f-rgt\"><span class=\"tie-time\">2"
	    "024-05-13 10:07:07</span></div></div><div class=\"floor-tie\"><div class=\""
	    "tie-author\"><a class=\"name\" href=\"/u/3\">消灭美狗刻不容缓</a><spa"
	    "n>2</span></div><p class=\"tie-cnt\">反正不是美狗的国家</p></div>"
	    "<p class=\"tie-cnt\">根据肺活量收。</p></div></div></div>"
	    "</body></html>";
	static const char *const lost_names[] = {"丰羽煊", "消灭美狗刻不容缓", "非法昵称952-7"};
	static const unsigned lost_depths[] = {0, 0, 1};
	t = html(lost, NULL);
	assert_string_equal(t->order[1]->body.v[0], "反正不是美狗的国家");
	assert_null(t->order[1]->time);
	assert_string_equal(t->order[2]->body.v[0], "根据肺活量收。");
	expect_heads(t, 3, lost_names, lost_depths);
	/* Another site's shape and language. */
	const char *ewa =
	    "<html><body>" ARTICLE_P
	    "<section class=\"comments\" id=\"komentarze\"><h3>Komentarze</h3><div class="
	    "\"wpis\"><div class=\"wpis-author\"><span class=\"kto\"><a href=\"/u/anna\">Anna"
	    "</a></span> <span class=\"kiedy\">13.05.2024 09:58</span></div><div class="
	    "\"tresc\">Dobry artykuł, dziękuję.</div></div><div class=\"wpis\"><div cl"
	    "ass=\"wpis-author\"><span class=\"kto\"><a href=\"/u/piotr\">Piotr</a></span> "
	    "<span class=\"kiedy\">13.05.2024 10:20</span></div><div class=\"cytat\"><a h"
	    "ref=\"/u/ewa\">Ewa</a> napisała: <div class=\"tresc\">Autor się myli.</div"
	    "></div><div class=\"tresc\">Nie zgadzam się z tym.</div></div></section>"
	    "</body></html>";
	static const char *const ewa_names[] = {"Anna", "Ewa", "Piotr"};
	t = html(ewa, NULL);
	assert_string_equal(t->order[1]->body.v[0], "Autor się myli.");
	assert_int_equal(t->order[2]->body.n, 1);
	expect_heads(t, 3, ewa_names, lost_depths);
	/* A field's label shown without its value, in a box of its own at the
	 * end of the name's box ("<span>NAME</span><span>ip:</span>", the
	 * writer's address left empty): no part of the name. */
	const char *label =
	    "<html><body>" ARTICLE_P
	    "<div class=\"tie-areas post_comment\" id=\"post_comment_area\"><h3>网易跟"
	    "贴</h3><div class=\"tie-list\"><div class=\"single-tie\"><div class=\"tie-au"
	    "thor\"><div class=\"f-lft\"><a class=\"name\" href=\"/u/1\">丰羽煊</a><span "
	    "class=\"name-desp\">[网易甘肃兰州手机网友]</span></div><div clas"
	    "s=\"f-rgt\"><span class=\"tie-time\">2024-05-13 09:58:13</span></div></div><"
	    "p class=\"tie-cnt\">空气怎么计量收费？</p></div><div class=\"singl"
	    "e-tie\"><div class=\"tie-author\"><div class=\"f-lft\"><span class=\"name-desp"
	    "\">网易来自火星手机网友</span><span class=\"name-ip\">ip:</span><"
	    "/div><div class=\"f-rgt\"><span class=\"tie-time\">2024-05-13 13:52:01</span"
	    "></div></div><p class=\"tie-cnt\">咱就想知道。</p></div></div></div>"
	    "</body></html>";
	static const char *const label_names[] = {"丰羽煊", "网易来自火星手机网友"};
	expect_heads(html(label, NULL), 2, label_names, flat2);
	/* Another site's shape and language: "Ciudad:" after the name link. */
	const char *ciudad_vacia =
	    "<html><body>" ARTICLE_P
	    "<section class=\"comments\" id=\"comentarios\"><h3>Opiniones</h3><div class="
	    "\"opinion\"><div class=\"opinion-author\"><span class=\"quien\"><a href=\"/perf"
	    "il/ana\">Ana López</a> <em>Ciudad:</em></span> <span class=\"fecha\">13/05"
	    "/2024 09:58</span></div><div class=\"texto\">Muy buen artículo.</div></di"
	    "v><div class=\"opinion\"><div class=\"opinion-author\"><span class=\"quien\"><"
	    "a href=\"/perfil/jorge\">Jorge</a> <em>Ciudad:</em></span> <span class=\"fe"
	    "cha\">13/05/2024 10:20</span></div><div class=\"texto\">No estoy de acuerdo"
	    ".</div></div></section>"
	    "</body></html>";
	expect_heads(html(ciudad_vacia, NULL), 2, ciudad_names, flat2);
}

/* Round 28's layouts (tests/data/html/round28), worked on since round 29
 * was chosen, part d: each a small page of our own in the shape a rule
 * reads. */
static void test_round28_layouts_d(void **state)
{
	(void)state;
	/* A conversation listed newest first, an answer opening by naming a
	 * writer listed after it ("回复@NAME："): under that writer's answer. */
#define R28D_ZH(who, text, when)                                                                   \
	"<div class=\"item clearfix\"><div class=\"head\"><a href=\"https://weibo.example/u/" who   \
	"\"><img src=\"a.png\"></a></div><div class=\"cont\"><div class=\"info\"><span "              \
	"class=\"name\"><a href=\"https://weibo.example/u/" who "\">" who "</a></span></div><div "      \
	"class=\"txt\">" text "</div><div class=\"action\"><span class=\"time\">" when "</span> <a "  \
	"class=\"reply\" href=\"javascript:;\">\xE5\x9B\x9E\xE5\xA4\x8D</a></div></div></div>"
#define R28D_ZHREPLY(who, text, when)                                                              \
	"<div class=\"item clearfix\"><div class=\"cont\"><div class=\"txt\"><span class=\"name\">"  \
	"<a href=\"https://weibo.example/u/" who "\">" who "\xEF\xBC\x9A</a></span>" text "</div><div "  \
	"class=\"action\"><span class=\"time\">" when "</span></div></div></div>"
	const char *zh =
	    "<html><body>" ARTICLE_P "<div class=\"comment-list\"><div class=\"list\">" R28D_ZH(
	        "cqh4910", "\xE6\x8A\x98\xE8\x85\xBE", "5\xE6\x9C\x88" "10\xE6\x97\xA5" "07:04")
	        "<div class=\"dialog-wrap\"><div class=\"dialog\">" R28D_ZHREPLY(
	            "user88", "\xE5\x9B\x9E\xE5\xA4\x8D@user79\xEF\xBC\x9A\xE5\xAF\xB9",
	            "5\xE6\x9C\x88" "11\xE6\x97\xA5" "09:12") R28D_ZHREPLY("user79",
	            "\xE6\x9C\x89\xE8\xBD\xA8\xE7\x94\xB5\xE8\xBD\xA6", "5\xE6\x9C\x88" "10\xE6\x97\xA5"
	            "08:38") "</div></div>" R28D_ZH("feifei", "\xE5\xB9\xBF\xE5\xB7\x9E",
	            "5\xE6\x9C\x88" "11\xE6\x97\xA5" "13:52") "</div></div></body></html>";
	static const char *const zh_names[] = {"cqh4910", "user79", "user88", "feifei"};
	static const unsigned zh_depths[] = {0, 1, 2, 0};
	expect_heads(html(zh, NULL), 4, zh_names, zh_depths);
	/* The same in another shape and language: English notes, newest
	 * first, an answer opening "@NAME:". */
#define R28D_NOTE(who, when, text)                                                                 \
	"<div class=\"entry\"><div class=\"pic\"><img src=\"p.png\"></div><div class=\"main\"><div " \
	"class=\"meta\"><a href=\"/u/" who "\">" who "</a> <span class=\"date\">" when "</span>"       \
	"</div><div class=\"words\">" text "</div></div></div>"
#define R28D_NOTEREPLY(who, when, text)                                                            \
	"<div class=\"entry\"><div class=\"main\"><div class=\"words\"><b><a href=\"/u/" who "\">"   \
	who "</a>:</b> " text "</div><div class=\"meta\"><span class=\"date\">" when "</span></div>"  \
	"</div></div>"
	const char *notes = "<html><body>" ARTICLE_P "<div id=\"comments\"><div class=\"notes\">" R28D_NOTE(
	    "anna", "March 3, 2015 at 4:10 pm", "The second step needs more salt.")
	    "<div class=\"convo\"><div class=\"convo-list\">" R28D_NOTEREPLY(
	        "cleo", "March 4, 2015 at 8:15 am", "@bob: Try it with butter.") R28D_NOTEREPLY("bob",
	        "March 3, 2015 at 6:02 pm", "I found it salty enough.") "</div></div>" R28D_NOTE("dan",
	        "March 5, 2015 at 9:00 am", "Worked well for me.") "</div></div></body></html>";
	static const char *const en_names[] = {"anna", "bob", "cleo", "dan"};
	static const unsigned en_depths[] = {0, 1, 2, 0};
	expect_heads(html(notes, NULL), 4, en_names, en_depths);
	/* Named before it, the answer stays where the page nests it (a flat
	 * list of comments under a post, "@bob:" answering the one above). */
	const char *flat = "<html><body>" ARTICLE_P "<div id=\"comments\"><div class=\"notes\">" R28D_NOTE(
	    "anna", "March 3, 2015 at 4:10 pm", "The second step needs more salt.")
	    "<div class=\"convo\"><div class=\"convo-list\">" R28D_NOTEREPLY(
	        "bob", "March 3, 2015 at 6:02 pm", "I found it salty enough.") R28D_NOTEREPLY("cleo",
	        "March 4, 2015 at 8:15 am", "@bob: Try it with butter.") "</div></div>" R28D_NOTE("dan",
	        "March 5, 2015 at 9:00 am", "Worked well for me.") "</div></div></body></html>";
	static const char *const flat_names[] = {"anna", "bob", "cleo", "dan"};
	static const unsigned flat_depths[] = {0, 1, 1, 0};
	expect_heads(html(flat, NULL), 4, flat_names, flat_depths);
#undef R28D_ZH
#undef R28D_ZHREPLY
#undef R28D_NOTE
#undef R28D_NOTEREPLY
	/* A box named a count of replies outside every comment, its number in
	 * words ("33 replies", the tweet's own, in an id holding "reply" and
	 * "count"): the page's count, as a number alone there is. */
	assert_int_equal(
	    stated_of("<div class=\"countList\"><span class=\"action--reply\"><span class=\"actionCount\">"
	              "<span id=\"tweet-action-reply-count-aria-12\">33 replies</span></span></span> "
	              "<span class=\"action--like\"><span class=\"actionCount\"><span "
	              "id=\"tweet-action-like-count-aria-12\">97 likes</span></span></span></div>"),
	    33);
	/* The same in another shape and language: German, a class naming it,
	 * beside a count of shares. */
	assert_int_equal(stated_of("<div class=\"zahlen\"><span class=\"reply-count\">12 Antworten</span> "
	                           "<span class=\"share-count\">4 Mal geteilt</span></div>"),
	                 12);
}

/* Checks that comment i of t reads the n paragraphs want, in order. */
static void expect_body_a(const tt_thread *t, size_t i, size_t n, const char *const *want)
{
	assert_true(i < t->ncomments);
	const tt_comment *c = t->order[i];
	for (size_t k = 0; k < n && k < c->body.n; k++)
		if (strcmp(c->body.v[k], want[k]) != 0)
			print_error("comment %zu paragraph %zu: %s, not %s\n", i, k, c->body.v[k], want[k]);
	assert_int_equal(c->body.n, n);
	for (size_t k = 0; k < n; k++)
		assert_string_equal(c->body.v[k], want[k]);
}

/* Round 29's layouts, half a (tests/data/html/round29: AppleInsider's,
 * RMF24's, GSMArena's, The Register's and Reuters' pages), worked on since
 * round 30 was chosen: each rule a small page of the shape and one of
 * another site's shape and language. */
static void test_round29_layouts_a(void **state)
{
	(void)state;
	/* A quotation's boxes named by the class word "quote" and their part
	 * ("div.quote-container > div.quote-block", AppleInsider's forum) are
	 * quoted, title, attribution and words; a paragraph of U+FFFD alone
	 * (a character the page lost) is no text. */
	const char *huddler =
	    "<html><body><article><h1 class=\"entry-title\">VLC returns</h1><p>The video player is "
	    "back in the store after two years away, now under a dual licence.</p></article><h3>Pre"
	    "vious Comments</h3><div id=\"cmts\"><div class=\"comment\"><div class=\"comment-meta\""
	    "><div class=\"left\"><a href=\"/u/1/anna\">anna</a></div><div class=\"right\">2013/07/"
	    "18 02:26pm</div></div><p><p>This would be a perfect app for the TV box.</p></p></div><"
	    "div class=\"comment\"><div class=\"comment-meta\"><div class=\"left\"><a href=\"/u/2/b"
	    "ob\">bob</a></div><div class=\"right\">2013/07/18 02:28pm</div></div><p><p><div class="
	    "\"quote-container\">Quote:<div class=\"quote-block\">Originally Posted by anna<br><br>"
	    "This would be a perfect app for the TV box.</div></div><p>�</p><p>Why don't we have "
	    "it yet?</p></p></p></div><div class=\"comment\"><div class=\"comment-meta\"><div class"
	    "=\"left\"><a href=\"/u/3/carl\">carl</a></div><div class=\"right\">2013/07/18 03:43pm<"
	    "/div></div><p><p>I never used it.</p></p></div></div></body></html>";
	static const char *const huddler_names[] = {"anna", "bob", "carl"};
	static const char *const huddler_bob[] = {
	    "> Quote:", "> Originally Posted by anna", "> This would be a perfect app for the TV box.",
	    "Why don't we have it yet?"};
	static const unsigned flat3[] = {0, 0, 0}, flat4[] = {0, 0, 0, 0};
	tt_thread *t = html(huddler, NULL);
	expect_body_a(t, 1, 4, huddler_bob);
	expect_heads(t, 3, huddler_names, flat3);
	/* Another site's shape and language: "quote_container" and
	 * "quote_block" in a forum's posts, German, the words after the box. */
	const char *zitat =
	    "<html><body><article><h1 class=\"entry-title\">Die neue Brücke</h1><p>Die Stadt hat d"
	    "ie neue Brücke über die Elbe nach drei Jahren Bauzeit eröffnet.</p></article><h3>Be"
	    "iträge</h3><div class=\"forum\"><div class=\"beitrag\"><div class=\"kopf\"><span clas"
	    "s=\"name\">Hanna</span> <span class=\"zeit\">12.03.2015 10:15</span></div><div class="
	    "\"text\">Die Brücke ist wunderbar gelungen.</div></div><div class=\"beitrag\"><div cl"
	    "ass=\"kopf\"><span class=\"name\">Uwe</span> <span class=\"zeit\">12.03.2015 11:20</sp"
	    "an></div><div class=\"text\"><div class=\"quote_container\">Zitat:<div class=\"quote_b"
	    "lock\">Hanna schrieb<br><br>Die Brücke ist wunderbar gelungen.</div></div>Nur der Rad"
	    "weg ist zu schmal.</div></div><div class=\"beitrag\"><div class=\"kopf\"><span class="
	    "\"name\">Marta</span> <span class=\"zeit\">13.03.2015 09:05</span></div><div class=\"t"
	    "ext\">Ich fahre am Sonntag hin.</div></div></div></body></html>";
	static const char *const zitat_names[] = {"Hanna", "Uwe", "Marta"};
	static const char *const zitat_uwe[] = {"> Zitat:", "> Hanna schrieb",
	                                        "> Die Brücke ist wunderbar gelungen.",
	                                        "Nur der Radweg ist zu schmal."};
	t = html(zitat, NULL);
	expect_body_a(t, 1, 4, zitat_uwe);
	expect_heads(t, 3, zitat_names, flat3);

	/* A span of a quotation's class word cut short ("span.quo") holding
	 * words of its own is a quotation, inline as it is: its words end
	 * their paragraph with it, and the name opening it, run into the
	 * quoted words with no space, is its title line (RMF24's answers). */
	const char *quo =
	    "<html><body><article><h1 class=\"entry-title\">Znamy tajemnice wirusa</h1><p>Naukowcy "
	    "z dwóch uniwersytetów odkryli, jak wirus żółtaczki typu C się namnaża.</p></art"
	    "icle><h3>Wasze komentarze (4)</h3><div class=\"list\"><div class=\"kom\"><div class=\""
	    "nick\"><a href=\"/profil/andy\">~andy</a></div><div class=\"date\">03.01.2012 (11:07)<"
	    "/div><div class=\"postText\"><span class=\"quo\"><span class=\"user\">~w</span>Kiedy t"
	    "en lek będzie dostępny?</span><br>Pij zieloną herbatę.</div></div><div class=\"kom"
	    "\"><div class=\"nick\"><a href=\"/profil/maciek\">~Maciek</a></div><div class=\"date\""
	    ">03.01.2012 (10:44)</div><div class=\"postText\"><span class=\"quo\"><span class=\"use"
	    "r\">~w</span>Kiedy ten lek będzie dostępny?</span>Na liście go nie będzie.</div></"
	    "div><div class=\"kom\"><div class=\"nick\"><a href=\"/profil/lku\">~lku</a></div><div "
	    "class=\"date\">03.01.2012 (10:31)</div><div class=\"postText\">Teleskop też jest drog"
	    "i.</div></div><div class=\"kom\"><div class=\"nick\"><a href=\"/profil/w\">~w</a></div"
	    "><div class=\"date\">03.01.2012 (10:17)</div><div class=\"postText\">Kiedy ten lek bę"
	    "dzie w aptekach?</div></div></div></body></html>";
	static const char *const quo_names[] = {"~andy", "~Maciek", "~lku", "~w"};
	static const char *const quo_andy[] = {"> ~w", "> Kiedy ten lek będzie dostępny?",
	                                       "Pij zieloną herbatę."};
	static const char *const quo_maciek[] = {"> ~w", "> Kiedy ten lek będzie dostępny?",
	                                         "Na liście go nie będzie."};
	t = html(quo, NULL);
	expect_body_a(t, 0, 3, quo_andy);
	expect_body_a(t, 1, 3, quo_maciek);
	expect_heads(t, 4, quo_names, flat4);
	/* Another site's shape and language: "span.quotation > b" in French
	 * reactions, a lost character's paragraph after it. */
	const char *citation =
	    "<html><body><article><h1 class=\"entry-title\">Le pont fermé</h1><p>Le vieux pont de "
	    "la ville restera fermé aux voitures pendant tout l'été pour des travaux.</p></artic"
	    "le><h3>Réactions</h3><section><div class=\"reaction\"><p class=\"qui\"><b>Marie</b> <"
	    "i>le 4 mai 2016 à 10:15</i></p><div class=\"message\">Le pont était fermé hier auss"
	    "i.</div></div><div class=\"reaction\"><p class=\"qui\"><b>Paul</b> <i>le 4 mai 2016 à"
	    " 11:20</i></p><div class=\"message\"><span class=\"quotation\"><b>Marie</b>Le pont ét"
	    "ait fermé hier aussi.</span><br><br>�<br><br>Pas de notre côté.</div></div><div c"
	    "lass=\"reaction\"><p class=\"qui\"><b>Lucie</b> <i>le 5 mai 2016 à 09:05</i></p><div "
	    "class=\"message\">J'y passe demain.</div></div></section></body></html>";
	static const char *const citation_names[] = {"Marie", "Paul", "Lucie"};
	static const char *const citation_paul[] = {"> Marie", "> Le pont était fermé hier aussi.",
	                                            "Pas de notre côté."};
	t = html(citation, NULL);
	expect_body_a(t, 1, 3, citation_paul);
	expect_heads(t, 3, citation_names, flat3);
	/* A guest's plain name where members' are linked and dressed in the
	 * link ("<li><a><b>NAME</b></a></li>" and "<li>Carol</li>",
	 * GSMArena's): the template's place of the name, the link and what it
	 * holds taken as one, gives the guest's; the header's other fields
	 * after it (an encoded place, "mgK") are no text. */
	const char *arena =
	    "<html><body><article><h1 class=\"entry-title\">TCL signs a footballer</h1><p>The phone"
	    " maker has signed a Premier League striker to front its new campaign this winter.</p><"
	    "/article><h2>Reader comments</h2><div id=\"comments\"><div class=\"user-thread\"><div "
	    "class=\"uavatar\"><span class=\"avatar-box\">J</span></div><ul class=\"uinfo2\"><li cl"
	    "ass=\"uname\"><a href=\"user.php?id=1\"><b>Johnrb</b></a></li><li class=\"ulocation\">"
	    "<span title=\"Encoded location\">3Wt</span></li><li class=\"upost\"><time>30 Nov 2020<"
	    "/time></li></ul><p class=\"uopin\">So a footballer is going to give up his phone.</p><"
	    "ul class=\"uinfo\"><li><a href=\"post.php?r=1\">Reply</a></li></ul></div><div class=\""
	    "user-thread\"><div class=\"uavatar\"><span class=\"avatar-box\">V</span></div><ul clas"
	    "s=\"uinfo2\"><li class=\"uname\"><a href=\"user.php?id=2\"><b>Vegetaholic</b></a></li>"
	    "<li class=\"ulocation\"><span title=\"Encoded location\">nEE</span></li><li class=\"up"
	    "ost\"><time>22 Jul 2020</time></li></ul><p class=\"uopin\">Perfect brand match for his"
	    " abilities.</p><ul class=\"uinfo\"><li><a href=\"post.php?r=2\">Reply</a></li></ul></d"
	    "iv><div class=\"user-thread\"><div class=\"uavatar\"><span class=\"avatar-box\">C</spa"
	    "n></div><ul class=\"uinfo2\"><li class=\"uname2\">Carol</li><li class=\"ulocation\"><s"
	    "pan title=\"Encoded location\">mgK</span></li><li class=\"upost\"><time>22 Jul 2020</t"
	    "ime></li></ul><p class=\"uopin\">These brands are like copies in the store.</p><ul cla"
	    "ss=\"uinfo\"><li><a href=\"post.php?r=3\">Reply</a></li></ul></div><div class=\"user-t"
	    "hread\"><div class=\"uavatar\"><span class=\"avatar-box\">D</span></div><ul class=\"ui"
	    "nfo2\"><li class=\"uname\"><a href=\"user.php?id=4\"><b>Dan</b></a></li><li class=\"ul"
	    "ocation\"><span title=\"Encoded location\">pQ2</span></li><li class=\"upost\"><time>21"
	    " Jul 2020</time></li></ul><p class=\"uopin\">Nobody buys them here.</p><ul class=\"uin"
	    "fo\"><li><a href=\"post.php?r=4\">Reply</a></li></ul></div></div></body></html>";
	static const char *const arena_names[] = {"Johnrb", "Vegetaholic", "Carol", "Dan"};
	static const char *const arena_carol[] = {"These brands are like copies in the store."};
	t = html(arena, NULL);
	expect_body_a(t, 2, 1, arena_carol);
	expect_heads(t, 4, arena_names, flat4);
	/* Another site's shape and language: the guest's name loose in the
	 * meta line, the place after it taken for the name where the other
	 * records' place is no name. */
	const char *puente =
	    "<html><body><article><h1 class=\"entry-title\">El nuevo puente</h1><p>El ayuntamiento "
	    "abrió el nuevo puente sobre el río tras tres años de obras y retrasos.</p></article"
	    "><h2>Comentarios</h2><section class=\"coments\"><div class=\"comment\"><div class=\"me"
	    "ta\"><a href=\"/perfil/ana\"><em>Ana</em></a> <span class=\"ciudad\"><i class=\"icon-l"
	    "ocation\"></i>Sevilla</span> <span class=\"fecha\">12/03/2015 10:15</span></div><div c"
	    "lass=\"comment-text\">El puente quedó precioso.</div></div><div class=\"comment\"><di"
	    "v class=\"meta\"><a href=\"/perfil/luis\"><em>Luis</em></a> <span class=\"ciudad\"><i "
	    "class=\"icon-location\"></i>Cádiz</span> <span class=\"fecha\">12/03/2015 11:20</span"
	    "></div><div class=\"comment-text\">Falta un carril bici.</div></div><div class=\"comme"
	    "nt\"><div class=\"meta\">Marta <span class=\"ciudad\"><i class=\"icon-location\"></i>H"
	    "uelva</span> <span class=\"fecha\">13/03/2015 09:05</span></div><div class=\"comment-t"
	    "ext\">Iré el domingo a verlo.</div></div><div class=\"comment\"><div class=\"meta\"><"
	    "a href=\"/perfil/pepe\"><em>Pepe</em></a> <span class=\"ciudad\"><i class=\"icon-locat"
	    "ion\"></i>Jaén</span> <span class=\"fecha\">13/03/2015 12:40</span></div><div class="
	    "\"comment-text\">Tres años para esto.</div></div></section></body></html>";
	static const char *const puente_names[] = {"Ana", "Luis", "Marta", "Pepe"};
	t = html(puente, NULL);
	expect_heads(t, 4, puente_names, flat4);
	/* A short box all of whose words are a link to another story's
	 * comments ("div.commentcount > a[href=.../other/#comments]", 149, in
	 * a list of stories) counts that story's: the comments' own header
	 * ("Comments (4)") states this page's. */
	const char *most =
	    "<html><head><link rel=\"canonical\" href=\"http://www.example.com/article/2013/05/15/h"
	    "ealthcare-models-id1\"></head><body><article><h1>Health care models</h1><p>The governm"
	    "ent is testing new ways to pay doctors and hospitals for the care they give.</p></arti"
	    "cle><ul class=\"most\"><li><div class=\"commentcount\"><a href=\"http://blogs.example."
	    "com/article-comments/2013/05/25/immigration-reform/#comments\">149</a></div><a href=\""
	    "/article/2013/05/25/immigration-reform\">Immigration reform</a></li></ul><div class=\""
	    "articleComments\"><div class=\"commentsHeader\">Comments (4)</div><div class=\"singleC"
	    "omment\"><div class=\"commentAuthor\"><a href=\"/profile/unionwv\">unionwv</a> wrote:<"
	    "/div><div class=\"commentsBody\"><p>Models will become edicts.</p></div><div class=\"t"
	    "imestamp\">May 15, 2013 10:53am EDT</div></div><div class=\"singleComment\"><div class"
	    "=\"commentAuthor\"><a href=\"/profile/inertia\">Inertia</a> wrote:</div><div class=\"c"
	    "ommentsBody\"><p>The program was based on a model.</p></div><div class=\"timestamp\">M"
	    "ay 15, 2013 10:58am EDT</div></div><div class=\"singleComment\"><div class=\"commentAu"
	    "thor\"><a href=\"/profile/ron\">Ron4Sure</a> wrote:</div><div class=\"commentsBody\"><"
	    "p>Instead of wasting time.</p></div><div class=\"timestamp\">May 15, 2013 11:07am EDT<"
	    "/div></div></div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	t = html(most, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 4);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* Another site's shape and language: a teaser's count in a span named
	 * a count of comments, German, its anchor "#kommentare". */
	const char *meistgelesen =
	    "<html><head><link rel=\"canonical\" href=\"https://www.beispiel.de/politik/die-neue-br"
	    "uecke-a-1234.html\"></head><body><article><h1>Die neue Brücke</h1><p>Die Stadt hat di"
	    "e neue Brücke über die Elbe nach drei Jahren Bauzeit eröffnet.</p></article><aside>"
	    "<h3>Meistgelesen</h3><p class=\"teaser\"><span class=\"comment-count\"><a href=\"https"
	    "://www.beispiel.de/sport/der-pokal-a-999.html#kommentare\">87</a></span> <a href=\"htt"
	    "ps://www.beispiel.de/sport/der-pokal-a-999.html\">Der Pokal</a></p></aside><section cl"
	    "ass=\"diskussion\"><div class=\"comments-title\">Kommentare (3)</div><div class=\"comm"
	    "ent\"><div class=\"comment-meta\"><a href=\"/nutzer/hanna\">Hanna</a> <span class=\"ze"
	    "it\">12.03.2015 10:15</span></div><div class=\"comment-text\">Die Brücke ist wunderba"
	    "r gelungen.</div></div><div class=\"comment\"><div class=\"comment-meta\"><a href=\"/n"
	    "utzer/uwe\">Uwe</a> <span class=\"zeit\">12.03.2015 11:20</span></div><div class=\"com"
	    "ment-text\">Nur der Radweg ist zu schmal.</div></div><div class=\"comment\"><div class"
	    "=\"comment-meta\"><a href=\"/nutzer/marta\">Marta</a> <span class=\"zeit\">13.03.2015 "
	    "09:05</span></div><div class=\"comment-text\">Ich fahre am Sonntag hin.</div></div></s"
	    "ection></body></html>";
	tt_import_report_init(&r, 0);
	t = html(meistgelesen, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A title bar right before the comments, of boxes side by side, the
	 * count in its first ("All Reader Comments (17)" beside the tab shown,
	 * "Highly Rated"): the count the page states. */
	const char *tabbed =
	    "<html><body><article><h1>Publishers gave Amazon an ultimatum</h1><p>The retailer told "
	    "the court that publishers forced it to accept their ebook prices or lose their books.<"
	    "/p></article><div class=tabbed><div class=right><a href=\"http://forums.example.co.uk/"
	    "forum/1/2013/06/06/publishers_ultimatum/\">All Reader Comments (17)</a></div><div clas"
	    "s=left>Highly Rated</div></div><div id=highly_rated_posts><div class=\"post\"><div cla"
	    "ss=dateline><a class=permalink href=\"http://forums.example.co.uk/forum/containing/185"
	    "0813\">Posted Thursday 6th June 2013 13:42 GMT</a></div><div class=author><a href=\"ht"
	    "tp://forums.example.co.uk/user/57250/\">Squander Two</a></div><div class=body><p>The l"
	    "aw is clear here.</p></div></div><div class=\"post\"><div class=dateline><a class=perm"
	    "alink href=\"http://forums.example.co.uk/forum/containing/1850700\">Posted Thursday 6t"
	    "h June 2013 12:44 GMT</a></div><div class=author><a href=\"http://forums.example.co.uk"
	    "/user/1234/\">Justicesays</a></div><div class=body><p>Oh, they brought it on themselve"
	    "s.</p></div></div><div class=\"post\"><div class=dateline><a class=permalink href=\"ht"
	    "tp://forums.example.co.uk/forum/containing/1850650\">Posted Thursday 6th June 2013 12:"
	    "35 GMT</a></div><div class=author><a href=\"http://forums.example.co.uk/user/999/\">Gr"
	    "aham Marsden</a></div><div class=body><p>No comment on the author's cut.</p></div></di"
	    "v></div></body></html>";
	tt_import_report_init(&r, 0);
	t = html(tabbed, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 17);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* Another site's shape and language: a <nav> of tabs in French. */
	const char *onglets =
	    "<html><body><article><h1>Le pont fermé</h1><p>Le vieux pont de la ville restera ferm"
	    "é aux voitures pendant tout l'été pour des travaux.</p></article><nav class=\"ongle"
	    "ts\"><span class=\"onglet\"><a href=\"/forum/pont-ferme/\">Tous les commentaires (12)<"
	    "/a></span><span class=\"onglet\">Les mieux notés</span></nav><section class=\"reactio"
	    "ns\"><div class=\"reaction\"><p class=\"qui\"><b>Marie</b> <i>le 4 mai 2016 à 10:15</"
	    "i></p><div class=\"message\">Le pont était fermé hier aussi.</div></div><div class="
	    "\"reaction\"><p class=\"qui\"><b>Paul</b> <i>le 4 mai 2016 à 11:20</i></p><div class="
	    "\"message\">Pas de notre côté.</div></div><div class=\"reaction\"><p class=\"qui\"><"
	    "b>Lucie</b> <i>le 5 mai 2016 à 09:05</i></p><div class=\"message\">J'y passe demain.<"
	    "/div></div></section></body></html>";
	tt_import_report_init(&r, 0);
	t = html(onglets, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 12);
	tt_thread_free(t);
	tt_import_report_free(&r);

	/* A link stating a count alone ("Comments (8)") far from the comments,
	 * in the article's info line, going where a link of the comments' own
	 * box goes (its heading "Reader comments", "Read all comments"): the
	 * comments' full page, so this page's count. */
	const char *infoline =
	    "<html><body><article><h1>TCL signs a footballer</h1><ul class=\"article-info\"><li><a "
	    "href=\"post.php?id=44391\">Post your comment</a></li><li><a href=\"newscomm-44391.php"
	    "\"><i class=\"icon\"></i>Comments (8)</a></li></ul><p>The phone maker has signed a Pre"
	    "mier League striker to front its new campaign this winter.</p></article><div id=\"user"
	    "-comments\"><h2><a href=\"newscomm-44391.php\">Reader comments</a></h2><div class=\"th"
	    "read\"><ul class=\"info\"><li class=\"name\"><a href=\"user.php?id=1\">Johnrb</a></li>"
	    "<li class=\"when\"><time>30 Nov 2020</time></li></ul><p class=\"message\">So a footbal"
	    "ler is going to give up his phone.</p></div><div class=\"thread\"><ul class=\"info\"><"
	    "li class=\"name\"><a href=\"user.php?id=2\">Vegetaholic</a></li><li class=\"when\"><ti"
	    "me>22 Jul 2020</time></li></ul><p class=\"message\">Perfect brand match for his abilit"
	    "ies.</p></div><div class=\"thread\"><ul class=\"info\"><li class=\"name\"><a href=\"us"
	    "er.php?id=3\">Carol</a></li><li class=\"when\"><time>22 Jul 2020</time></li></ul><p cl"
	    "ass=\"message\">These brands are like copies in the store.</p></div><div class=\"more"
	    "\"><a class=\"button\" href=\"newscomm-44391.php\">Read all comments</a></div></div></"
	    "body></html>";
	tt_import_report_init(&r, 0);
	t = html(infoline, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 8);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* Another site's shape and language: "Commenti: 6" in the byline,
	 * the discussion's "Leggi tutta la discussione" after the comments. */
	const char *discussione =
	    "<html><body><article><h1>Il nuovo ponte</h1><p class=\"info\">di Redazione · <a href="
	    "\"/discussioni/ponte-nuovo/\">Commenti: 6</a></p><p>Il comune ha aperto il nuovo ponte"
	    " sul fiume dopo tre anni di lavori e ritardi continui.</p></article><section class=\"d"
	    "iscussione\"><div class=\"voce\"><b>Giulia</b> <span class=\"data\">12/03/2015 10:15</"
	    "span><div class=\"testo\">Il ponte è bellissimo.</div></div><div class=\"voce\"><b>Ma"
	    "rco</b> <span class=\"data\">12/03/2015 11:20</span><div class=\"testo\">Manca una pis"
	    "ta ciclabile.</div></div><div class=\"voce\"><b>Sara</b> <span class=\"data\">13/03/20"
	    "15 09:05</span><div class=\"testo\">Ci vado domenica.</div></div><p class=\"tutti\"><a"
	    " href=\"/discussioni/ponte-nuovo/\">Leggi tutta la discussione</a></p></section></body"
	    "></html>";
	tt_import_report_init(&r, 0);
	t = html(discussione, &r);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(r.stated, 6);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* A tweet's short words ("LOL", "200+") under a header that shows a
	 * handle after the mention mark ("@<b>steveTHEbacon_</b>"), a line
	 * "Replying to @<b>Reuters</b>", a count hidden from the eye
	 * ("span.u-hiddenVisually"), and an "Undo" every block shows: the
	 * handle is no one's words, the hidden count no text, the words every
	 * block shows the template's whatever their length, and a paragraph
	 * of digits ("<p>200+</p>") the writer's, no counter. */
#define R29A_TW(who, handle, when, text)                                                           \
	"<li class=\"item\"><div class=\"tweet\"><div class=\"content\"><div class=\"head\"><a "       \
	"class=\"account\" href=\"/" handle "\"><img class=\"avatar\" src=\"a.jpg\" alt=\"\"><span "  \
	"class=\"FullNameGroup\"><strong class=\"fullname\">"     \
	who "</strong><span>&rlm;</span><span class=\"brk\">&nbsp;</span></span><span "               \
	"class=\"username\">@<b>" handle "</b></span></a> "                                           \
	"<small class=\"time\"><a href=\"/s/1\" class=\"timestamp js-tooltip\" title=\"11:26 PM - "    \
	when " 2020\"><span>" when "</span></a></small></div><div class=\"replying\">Replying to <a "    \
	"href=\"/Reuters\">@<b>Reuters</b></a></div><div class=\"text-container\"><p "                 \
	"class=\"tweet-text\">" text "</p></div><div class=\"footer\"><span "                          \
	"class=\"u-hiddenVisually\">0 replies</span></div></div></div><div class=\"dismiss\"><div "       \
	"class=\"confirmation\">Thanks. Twitter will use this to make your timeline better. "          \
	"<span>Undo</span></div></div></li>"
	const char *tweets =
	    "<html><body>" ARTICLE_P "<ol class=\"stream\">" R29A_TW(
	        "rafael", "rafel212", "Jul 10", "Ya no mamen, de verdad")
	        R29A_TW("J B", "steveTHEbacon_", "Jul 10", "LOL")
	            R29A_TW("Terri", "Terri_Malon", "Jul 10", "And you have the nerve")
	                R29A_TW("Sammy", "sammylam911", "Jul 11", "200+")
	                    R29A_TW("Matt", "mmogg", "Jul 11",
	                            "Come to China! We've got noodles and spring rolls and sweet "
	                            "and sour pork!") "</ol></body></html>";
#undef R29A_TW
	static const char *const tweet_names[] = {"rafael", "J B", "Terri", "Sammy", "Matt"};
	static const unsigned flat5[] = {0, 0, 0, 0, 0};
	static const char *const tweet_jb[] = {"LOL"};
	static const char *const tweet_sammy[] = {"200+"};
	t = html(tweets, NULL);
	expect_body_a(t, 1, 1, tweet_jb);
	expect_body_a(t, 3, 1, tweet_sammy);
	expect_heads(t, 5, tweet_names, flat5);
}

/* Checks comment i of t shows the time when as the page writes it. */
static void expect_posted_a(const tt_thread *t, size_t i, const char *when)
{
	assert_true(i < t->ncomments);
	if (!t->order[i]->posted || strcmp(t->order[i]->posted, when) != 0)
		print_error("comment %zu: posted %s, not %s\n", i, t->order[i]->posted, when);
	assert_non_null(t->order[i]->posted);
	assert_string_equal(t->order[i]->posted, when);
}

/* Round 30's layouts, half a (tests/data/html/round30: MacTechNews' forum
 * thread and Us Weekly's comments), worked on since round 31 was chosen:
 * each rule a small page of the shape and one of another site's shape and
 * language. */
static void test_round30_layouts_a(void **state)
{
	(void)state;
	/* Posts the page names alike ("div.MtnComment"), the first right under
	 * the heading showing the page's title: the topic, not a comment; a
	 * time whose date and clock are boxes of their own, read apart; a box
	 * of a camel-cased class word ending in "Quote" is a quotation. */
#define R30A_POST(id, who, date, clock, text)                                                      \
	"<div class=\"MtnComment\" id=\"" id "\"><div class=\"MtnCommentContent\"><div "             \
	"class=\"MtnCommentInformation\"><span class=\"MtnCommentAccountName\">" who "</span><span " \
	"class=\"MtnCommentTime\"><span>" date "</span><span>" clock "</span></span></div><div "      \
	"class=\"MtnCommentText\">" text "</div></div></div>"
	const char *mtn =
	    "<html><head><title>Kein Netz seit dem Update | Forum | Beispiel</title></head><body><main>"
	    "<h2 class=\"Title\">Kein Netz seit dem Update</h2>" R30A_POST(
	        "first", "anna", "28.09.19", "12:44", "Seit dem Update habe ich kein Netz mehr.")
	        "<h2 class=\"Title\">Kommentare</h2>" R30A_POST("c0", "bernd", "28.09.19", "13:39",
	                                                          "Bei mir geht alles.") R30A_POST(
	            "c1", "clara", "28.09.19", "13:55",
	            "<div class=\"TexticonQuote\"><div class=\"TexticonQuoteName\">bernd</div><div "
	            "class=\"TexticonQuoteText\">Bei mir geht alles.</div></div>Bei mir nicht.")
	            R30A_POST("c2", "dora", "29.09.19", "11:20", "Ein Neustart half mir.")
	                "</main></body></html>";
	static const char *const mtn_names[] = {"bernd", "clara", "dora"};
	static const char *const mtn_clara[] = {"> bernd", "> Bei mir geht alles.", "Bei mir nicht."};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(mtn, NULL);
	expect_posted_a(t, 0, "28.09.19 13:39");
	expect_body_a(t, 1, 3, mtn_clara);
	expect_heads(t, 3, mtn_names, flat3);
#undef R30A_POST
	/* Another site's shape and language: French, articles named
	 * "FilComment" under the h1 of the title (the first outside the
	 * answers' box), the date and the clock in two <b>, a "postQuote" box. */
#define R30A_ITEM(who, date, clock, text)                                                          \
	"<article class=\"FilComment\"><header class=\"FilCommentHead\"><a "                         \
	"class=\"FilCommentUser\" href=\"/u/" who "\">" who "</a><span class=\"FilCommentDate\"><b>" \
	date "</b><b>" clock "</b></span></header><div class=\"FilCommentBody\">" text "</div></article>"
	const char *fr =
	    "<html><head><title>Le pont est fermé - Forum Ville</title></head><body><h1>Le pont est "
	    "fermé</h1>" R30A_ITEM("Luc", "12/03/2015", "10:15",
	                            "Le pont est fermé depuis lundi.") "<section class=\"reponses\">"
	        R30A_ITEM("Marie", "12/03/2015", "11:20", "Oui, pour des travaux.") R30A_ITEM(
	            "Paul", "12/03/2015", "12:05",
	            "<div class=\"postQuote\">Oui, pour des travaux.</div>Jusqu'à quand ?")
	            R30A_ITEM("Zoé", "13/03/2015", "09:05", "Jusqu'à vendredi.")
	                "</section></body></html>";
	static const char *const fr_names[] = {"Marie", "Paul", "Zoé"};
	static const char *const fr_paul[] = {"> Oui, pour des travaux.", "Jusqu'à quand ?"};
	t = html(fr, NULL);
	expect_posted_a(t, 0, "12/03/2015 11:20");
	expect_body_a(t, 1, 2, fr_paul);
	expect_heads(t, 3, fr_names, flat3);
#undef R30A_ITEM

	/* A comment's box of boxes: the time ("January 13, 2012 - 10:56pm",
	 * a date, a dash, its clock: one time), then a short box, the name,
	 * then the text (Us Weekly's "div.comment-info > span.date + strong +
	 * p"). */
#define R30A_INFO(who, when, text)                                                                 \
	"<li class=\"clearfix\"><div class=\"avatar\"><img src=\"a.jpg\" alt=\"\"></div><div "       \
	"class=\"comment-info\"><span class=\"date\">" when "</span><strong>" who "</strong><p>" text \
	"</p></div></li>"
	const char *info =
	    "<html><body>" ARTICLE_P "<div id=\"comments\"><ul class=\"comments-list\">" R30A_INFO(
	        "Joe Gomer", "January 16, 2012 - 8:06am", "A good time to teach.")
	        R30A_INFO("Eric Walker", "January 13, 2012 - 10:56pm", "Botulism is natural too...")
	            R30A_INFO("Linda Taylor", "January 13, 2012 - 9:14pm", "Leave her alone.")
	                "</ul></div></body></html>";
	static const char *const info_names[] = {"Joe Gomer", "Eric Walker", "Linda Taylor"};
	static const char *const info_eric[] = {"Botulism is natural too..."};
	t = html(info, NULL);
	expect_posted_a(t, 1, "January 13, 2012 - 10:56pm");
	expect_body_a(t, 1, 1, info_eric);
	expect_heads(t, 3, info_names, flat3);
#undef R30A_INFO
	/* Another site's shape and language: German, a <time>, a <b> name, a
	 * <div> text, in a box named the comment's meta. */
#define R30A_DE(n, who, when, text)                                                                \
	"<div class=\"eintrag\" id=\"comment-" n "\"><div class=\"kommentar-meta\"><time>" when      \
	"</time> <b>" who "</b> <div>" text "</div></div></div>"
	const char *de = "<html><body>" ARTICLE_P "<section class=\"leser\">" R30A_DE(
	    "1", "Hanna", "13. Januar 2012 - 22:56", "Die Brücke ist gelungen.")
	    R30A_DE("2", "Uwe", "14. Januar 2012 - 08:10", "Der Radweg ist zu schmal.")
	        R30A_DE("3", "Marta", "14. Januar 2012 - 09:30", "Ich fahre hin.") "</section></body></html>";
	static const char *const de_names[] = {"Hanna", "Uwe", "Marta"};
	static const char *const de_uwe[] = {"Der Radweg ist zu schmal."};
	t = html(de, NULL);
	expect_posted_a(t, 0, "13. Januar 2012 - 22:56");
	expect_body_a(t, 1, 1, de_uwe);
	expect_heads(t, 3, de_names, flat3);
#undef R30A_DE
	/* And Spanish, the date and its clock after a dash in a span.date, an
	 * <i> name: one time, no name before it. */
#define R30A_ES(n, who, when, text)                                                                \
	"<div class=\"opinion\" id=\"comment-" n "\"><div class=\"info\"><span class=\"date\">" when \
	"</span> <i>" who "</i> <div>" text "</div></div></div>"
	const char *es = "<html><body>" ARTICLE_P "<section class=\"lectores\">" R30A_ES(
	    "1", "Lucía", "3 de marzo de 2015 - 16:10", "Muy bonito.")
	    R30A_ES("2", "Pablo", "4 de marzo de 2015 - 8:15", "Demasiado caro.")
	        R30A_ES("3", "Marta", "5 de marzo de 2015 - 9:00", "Iré el domingo.") "</section></body></html>";
	static const char *const es_names[] = {"Lucía", "Pablo", "Marta"};
	static const char *const es_pablo[] = {"Demasiado caro."};
	t = html(es, NULL);
	expect_posted_a(t, 0, "3 de marzo de 2015 - 16:10");
	expect_body_a(t, 1, 1, es_pablo);
	expect_heads(t, 3, es_names, flat3);
#undef R30A_ES

	/* A box named a count right after a heading, in the comments' box:
	 * the heading's badge ("Tell Us What You Think" 24). */
	assert_int_equal(stated_of("<div id=\"comments\"><div id=\"comments-header\"><h3>Tell Us What "
	                           "You Think</h3><span class=\"count\">24</span></div></div>"),
	                 24);
	/* The same in another shape and language: Spanish, an h2 and an em. */
	assert_int_equal(stated_of("<section class=\"comment-area\"><h2>Deja tu opinión</h2><em "
	                           "class=\"count\">7</em></section>"),
	                 7);
}

/* Round 31's layouts, half a (tests/data/html/round31: Fakt's two pages),
 * worked on since round 32 was chosen: each rule a small page of the shape
 * and one of another site's shape and language. */
static void test_round31_layouts_a(void **state)
{
	(void)state;
	/* Comments never wrapped in a box of their own: a text box (a title,
	 * then the text) and, right after it, the box signing it (the time,
	 * then the name under it, a reply button), a rule between comments:
	 * each signature is the header of the text before it, the title the
	 * text's first paragraph, even where it reads as the name. */
#define R31A_FAKT(title, text, when, who)                                                          \
	"<div class=\"l\"><h5>" title "</h5><p>" text "</p></div><div class=\"r\">" when "<br/>" who \
	"<br/><a href=\"#Odpowiedz\"><img class=\"bt\" src=\"/i/odp.gif\" alt=\"Odp\"/></a><br/>"      \
	"</div><div class=\"clr\"></div><div class=\"ModerateThis\"><a href=\"javascript:void(0);\" " \
	"rel=\"nofollow\">Zgłoś do moderacji</a></div><div class=\"clr\"></div><hr/>"
	const char *fakt =
	    "<html><body>" ARTICLE_P "<div id=\"Comments\"><div class=\"list\"><a name=\"List\"></a>"
	    R31A_FAKT("lody", "zielona budka", "08.01.2012&nbsp;00:08", "prz")
	        R31A_FAKT("noki", "wiecie<br/> co jest demokracja", "03.01.2012&nbsp;19:27", "noki")
	            R31A_FAKT("hehehehe", "Spokojnie, nie będziesz na miejscu", "21.02.2012&nbsp;08:44",
	                      "wow") "<table class=\"subPages\"><tr><td><b>1</b> | <a "
	                             "href=\"?s=2\">2</a></td></tr></table></div></div></body></html>";
#undef R31A_FAKT
	static const char *const fakt_names[] = {"prz", "noki", "wow"};
	static const char *const fakt_noki[] = {"noki", "wiecie\nco jest demokracja"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(fakt, NULL);
	expect_posted_a(t, 0, "08.01.2012 00:08");
	expect_body_a(t, 1, 2, fakt_noki);
	expect_heads(t, 3, fakt_names, flat3);
	/* Another site's shape and language: French, the text in paragraphs
	 * under an <h4> title, the signature "DATE<br>NAME<br>" and a reply
	 * link, no rule between comments. */
#define R31A_FR(title, text, when, who)                                                            \
	"<div class=\"msg\"><h4>" title "</h4><p>" text "</p></div><div class=\"sig\">" when      \
	"<br>" who "<br><a href=\"#repondre\">Répondre</a></div>"
	const char *fr = "<html><body>" ARTICLE_P "<div class=\"commentaires\">" R31A_FR(
	    "Travaux", "Le pont est fermé depuis lundi.", "12/03/2015 10:15", "Luc")
	    R31A_FR("Marie", "Oui, pour des travaux.</p><p>Jusqu'à vendredi.", "12/03/2015 11:20",
	            "Marie") R31A_FR("Merci", "Merci pour l'info.", "13/03/2015 09:05", "Zoé")
	        "</div></body></html>";
#undef R31A_FR
	static const char *const fr_names[] = {"Luc", "Marie", "Zoé"};
	static const char *const fr_marie[] = {"Marie", "Oui, pour des travaux.", "Jusqu'à vendredi."};
	t = html(fr, NULL);
	expect_posted_a(t, 1, "12/03/2015 11:20");
	expect_body_a(t, 1, 3, fr_marie);
	expect_heads(t, 3, fr_names, flat3);

	/* Where nothing names the comments' box (class names that mean
	 * nothing), the repeated blocks: a short text alone on the line under
	 * the time, in the time's own box, is the name where none came before
	 * the time; a heading of marks alone ("<h5>.........</h5>") is the
	 * writer's title, no counter of likes. */
#define R31A_FAKT(title, text, when, who)                                                          \
	"<div class=\"qv\"><h5>" title "</h5><p>" text "</p></div><div class=\"qz\">" when "<br/>" \
	who "<br/><a href=\"#q\"><img src=\"/i/odp.gif\" alt=\"Odp\"/></a><br/></div><div "        \
	"class=\"qc\"></div><div class=\"qm\"><a href=\"javascript:void(0);\">Zgłoś do "           \
	"moderacji</a></div><div class=\"qc\"></div><hr/>"
	const char *plain = "<html><body>" ARTICLE_P "<div id=\"qa\"><div class=\"qk\">" R31A_FAKT(
	    ".........", "Krytykuje wszystkich a sama nie lepsza.", "03.03.2012&nbsp;18:46", "www")
	    R31A_FAKT("no", "wreszcie znalazla sie jedna madra", "19.01.2012&nbsp;16:32", "n")
	        R31A_FAKT("lody", "zielona budka", "08.01.2012&nbsp;00:08", "prz") "</div></div></body></html>";
#undef R31A_FAKT
	static const char *const plain_names[] = {"www", "n", "prz"};
	static const char *const plain_www[] = {".........", "Krytykuje wszystkich a sama nie lepsza."};
	t = html(plain, NULL);
	expect_posted_a(t, 2, "08.01.2012 00:08");
	expect_body_a(t, 0, 2, plain_www);
	expect_heads(t, 3, plain_names, flat3);
	/* The name under the time in another site's shape and language:
	 * English, each comment one box (its meta box, then its text), a
	 * votes box, an empty box and a rule after it. */
#define R31A_EN(who, when, text)                                                                   \
	"<div class=\"entry\"><div class=\"meta\">" when "<br>" who "<br><a "                       \
	"href=\"#reply\">Reply</a></div><div class=\"text\"><p>" text "</p></div></div><div "         \
	"class=\"votes\"><a href=\"#up\">Like</a></div><div class=\"clear\"></div><hr>"
	const char *en = "<html><body>" ARTICLE_P "<div class=\"guestbook\">" R31A_EN(
	    "Tom Baker", "March 3, 2012 9:15 pm", "Lovely little place, we stayed two nights.")
	    R31A_EN("Sue", "March 5, 2012 10:02 am", "The breakfast was great.")
	        R31A_EN("Ann Lee", "March 9, 2012 8:40 pm", "We will come back in May.") "</div></body></html>";
#undef R31A_EN
	static const char *const en_names[] = {"Tom Baker", "Sue", "Ann Lee"};
	static const char *const en_sue[] = {"The breakfast was great."};
	t = html(en, NULL);
	expect_posted_a(t, 1, "March 5, 2012 10:02 am");
	expect_body_a(t, 1, 1, en_sue);
	expect_heads(t, 3, en_names, flat3);
	/* The title of marks in another site's shape and language: French, an
	 * <h4> "+1" over the text, the signature after it. */
#define R31A_FR(title, text, when, who)                                                            \
	"<div class=\"xm\"><h4>" title "</h4><p>" text "</p></div><div class=\"xs\">" when "<br>"   \
	who "<br><a href=\"#repondre\">Répondre</a></div>"
	const char *fr_plain = "<html><body>" ARTICLE_P "<div class=\"xf\">" R31A_FR(
	    "+1", "Le pont est fermé depuis lundi.", "12/03/2015 10:15", "Luc")
	    R31A_FR("Travaux", "Oui, pour des travaux.", "12/03/2015 11:20", "Marie")
	        R31A_FR("Merci", "Merci pour l'info.", "13/03/2015 09:05", "Zoé") "</div></body></html>";
#undef R31A_FR
	static const char *const fr_luc[] = {"+1", "Le pont est fermé depuis lundi."};
	t = html(fr_plain, NULL);
	expect_body_a(t, 0, 2, fr_luc);
	expect_heads(t, 3, fr_names, flat3);

	/* A day, a month's short name and a two-digit year alone ("15 Oct
	 * 18", 9GAG's) is a time where nothing names it one. */
#define R31A_9G(who, when, text)                                                                   \
	"<div class=\"k1\"><div class=\"k2\"><a class=\"k3\" href=\"https://ex.com/u/" who "\">" who \
	"</a><span class=\"k4\">\xF0\x9F\x87\xB9\xF0\x9F\x87\xBB </span><a class=\"k5\" "           \
	"href=\"https://ex.com/gag/a#c_" who "\">" when "</a></div><div class=\"k6\">" text          \
	"</div><div class=\"k7\"><a href=\"javascript:void(0);\">Reply</a></div></div>"
	const char *gag = "<html><body>" ARTICLE_P "<section class=\"k0\">" R31A_9G(
	    "chronicbreak", "15 Oct 18", "He's the best pilot in his branch")
	    R31A_9G("mrdumbguy", "16 Oct 18", "Ok so we all agree on that")
	        R31A_9G("hachman", "2 Nov 18", "Trees are the best toys") "</section></body></html>";
#undef R31A_9G
	static const char *const gag_names[] = {"chronicbreak", "mrdumbguy", "hachman"};
	t = html(gag, NULL);
	expect_posted_a(t, 0, "15 Oct 18");
	expect_posted_a(t, 2, "2 Nov 18");
	expect_heads(t, 3, gag_names, flat3);
	/* Another site's shape and language: German, a list of items, the
	 * name in bold and the date in a span after it ("12 März 13"). */
#define R31A_DE(who, when, text)                                                                   \
	"<li class=\"m1\"><p class=\"m2\"><b>" who "</b> <span class=\"m3\">" when                 \
	"</span></p><div class=\"m4\"><p>" text "</p></div></li>"
	const char *de = "<html><body>" ARTICLE_P "<ul class=\"m0\">" R31A_DE(
	    "Hanna", "12 März 13", "Die Brücke ist gelungen.")
	    R31A_DE("Uwe", "14 März 13", "Der Radweg ist zu schmal.")
	        R31A_DE("Marta", "2 April 13", "Ich fahre hin.") "</ul></body></html>";
#undef R31A_DE
	static const char *const de_names[] = {"Hanna", "Uwe", "Marta"};
	t = html(de, NULL);
	expect_posted_a(t, 1, "14 März 13");
	expect_heads(t, 3, de_names, flat3);
}

/* Round 29's layouts, half b (tests/data/html/round29), worked on since
 * round 30 was chosen: each a small page of our own in the shape a rule
 * reads, and one of another site's shape and language. */
static void test_round29_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat3[] = {0, 0, 0};
	/* Comments side by side with the form's box, all in the box the page
	 * names its comment form: the comments without answers are comments
	 * too, not the form's instructions. */
#define R29B_GR(who, when, text)                                                                   \
	"<div class=\"article_comment\"><div class=\"article_comment_depth\"><div class=\"article_"  \
	"comment_title\">Σχόλιο<span class=\"datetime\"> | " when "</span></div><div class=\"art"  \
	"icle_comment_text\">" text "</div><div class=\"article_comment_owner\"><div class=\"art"  \
	"icle_comment_name\">" who "</div></div></div></div>"
	const char *gr =
	    "<html><body>" ARTICLE_P "<div id=\"commentForm\"><div class=\"article_comments\"><div "
	    "class=\"article_comments_form\"><label>Τίτλος σχολίου</label><input type=\"text\" id="
	    "\"Comment-Title\"><textarea id=\"Comment-Message\"></textarea><a href=\"#\">Αποστολή</a>"
	    "</div>" R29B_GR("Ανδρέας", "05/12/2011, 21:14", "Ωραίο βιβλίο, το έχω κι εγώ.")
	        R29B_GR("Εμμανουέλα", "05/12/2011, 20:10", "Διαφωνώ με την άποψή σας.")
	            R29B_GR("Νίκος", "05/12/2011, 19:23", "Καλό άρθρο, ευχαριστώ.")
	    "</div></div></body></html>";
	static const char *const gr_names[] = {"Ανδρέας", "Εμμανουέλα", "Νίκος"};
	expect_heads(html(gr, NULL), 3, gr_names, flat3);
	/* Another site's shape and language: German posts in list items
	 * beside the form's box, the time after the name. */
#define R29B_DE(who, when, text)                                                                   \
	"<li class=\"eintrag\"><b class=\"autor\">" who "</b> <span class=\"zeit\">" when          \
	"</span><p>" text "</p></li>"
	const char *de =
	    "<html><body>" ARTICLE_P "<div id=\"kommentar-commentform\"><ul class=\"kommentare\">"
	    "<li class=\"eingabe\"><textarea name=\"text\"></textarea><input type=\"submit\" value="
	    "\"Senden\"></li>" R29B_DE("Heike", "12.03.2019 14:03", "Sehr lecker, danke!")
	        R29B_DE("Tom", "12.03.2019 15:10", "Mit Quark geht es auch.")
	            R29B_DE("Lena", "13.03.2019 09:20", "Der Boden war zu weich.")
	    "</ul></div></body></html>";
	static const char *const de_names[] = {"Heike", "Tom", "Lena"};
	expect_heads(html(de, NULL), 3, de_names, flat3);
#undef R29B_GR
#undef R29B_DE
	/* The comments' section names itself and its count, "WORD (N)", the
	 * number in an inline box of its own: the count, whatever the word. */
	static const struct {
		const char *page;
		long stated;
	} counts[] = {
	    {"<html><body>" ARTICLE_P "<div class=\"article_comments\"><div class=\"article_comm"
	     "ents_counter\">σχόλια <span>(8)</span></div><div class=\"article_comment\"><div cla"
	     "ss=\"article_comment_title\">Σχόλιο<span class=\"datetime\"> | 05/12/2011, 21:14</sp"
	     "an></div><div class=\"article_comment_text\">Ωραίο βιβλίο, το έχω κι εγώ.</div><div "
	     "class=\"article_comment_name\">Ανδρέας</div></div><div class=\"article_comment\"><di"
	     "v class=\"article_comment_title\">Σχόλιο<span class=\"datetime\"> | 05/12/2011, 20:1"
	     "0</span></div><div class=\"article_comment_text\">Διαφωνώ με την άποψή σας.</div><di"
	     "v class=\"article_comment_name\">Εμμανουέλα</div></div></div></body></html>",
	     8},
	    /* Another site's shape and language: Finnish, the number bold, a
	     * list of comments after the title. */
	    {"<html><body>" ARTICLE_P "<section class=\"keskustelu\"><div class=\"otsikko\">Komme"
	     "ntit <b>(5)</b></div><ol class=\"commentlist\"><li class=\"comment\" id=\"comment-1\""
	     "><cite class=\"fn\">Matti</cite><time datetime=\"2019-03-12T14:03\">12.3.2019</time>"
	     "<div class=\"comment-content\"><p>Hyvä kirjoitus.</p></div></li></ol></section></bod"
	     "y></html>",
	     5},
	    /* Two figures in one box, the first counting something else: the
	     * count is the number the count word follows ("249人参与49评论",
	     * 249 taking part, 49 comments). */
	    {"<html><body>" ARTICLE_P "<div class=\"index_comment_box\"><h5 class=\"index_commen"
	     "t\"><a href=\"/c/1\"><span>249</span><span>人参与</span></a><a href=\"/c/1\"><span"
	     ">49</span><span>评论</span></a></h5></div><ol class=\"commentlist\"><li class=\"com"
	     "ment\" id=\"comment-1\"><cite class=\"fn\">洪荒</cite><time datetime=\"2024-01-25T19"
	     ":47\">2024-01-25 19:47</time><div class=\"comment-content\"><p>写得好</p></div></li>"
	     "</ol></body></html>",
	     49},
	    /* Another site's shape and language: German, readers then
	     * comments in one line, the first number with a thousands mark. */
	    {"<html><body>" ARTICLE_P "<p class=\"comment-count\">1.204 Leser · 37 Kommentare</p>"
	     "<ol class=\"commentlist\"><li class=\"comment\" id=\"comment-1\"><cite class=\"fn\">"
	     "Heike</cite><time datetime=\"2019-03-12T14:03\">12.03.2019</time><div class=\"comme"
	     "nt-content\"><p>Sehr lecker, danke!</p></div></li></ol></body></html>",
	     37},
	};
	/* A mark in brackets beside the name, in the name's box (the writer's
	 * place, "<a>NAME</a> <span>[广东网友]</span>"), the boxes' class names
	 * a build's, no word of them read: the header's, no words of the
	 * comment. */
#define R29B_ZH(who, when, text)                                                                   \
	"<div class=\"index_comment_box_Qz81k\"><p class=\"index_username_x7Lq2\"><a href=\"//u.ifeng.com/"   \
	"c?guid=1\">" who "</a><span> [广东网友]</span></p><p class=\"index_content_txt_Pw3e9\">" text     \
	"</p><div class=\"index_bottom_bar\"><span><span><a><span>推荐</span><em>25</em></a><em>/</em" \
	"><a>回复</a><em>/</em><a>举报</a></span></span><span class=\"index_comment_t"                    \
	"ime\">" when "</span></div><div class=\"index_bottom_box\" style=\"display: none;\"><text" \
	"area>文明上网</textarea><a>发表评论</a></div></div>"
	const char *zh = "<html><body>" ARTICLE_P "<div class=\"index_comment_wrap\"><div>最热评论"
	                 "</div><div class=\"index_hotList\">" R29B_ZH(
	                     "洪荒吧唧", "2024-01-25 19:47", "胡说八道，只有中国的货船才可以过！")
	                     R29B_ZH("小王", "2024-01-25 19:51", "写这个文章的人不是蠢就是坏！")
	                         R29B_ZH("老李", "2024-01-25 20:03", "说得对。") "</div></div></body></html>";
	/* Another site's shape and language: English posts in <section>s, the
	 * rank in a <small> beside the name, the votes after the time. */
#define R29B_RANK(who, when, text)                                                                 \
	"<section class=\"post_Qz81k\"><p class=\"who_x7Lq2\"><a href=\"/profile/"                  \
	who "\">" who "</a> <small>(Moderator)</small></p><div class=\"say_Pw3e9\">" text "</div>"   \
	"<footer class=\"bar_T5pRa\"><span class=\"post_time_U3k\">" when "</span> <span><a>Like</a>" \
	"<em>3</em></span></footer></section>"
	const char *rank =
	    "<html><body>" ARTICLE_P "<div class=\"comments_W2e4r\"><div class=\"list_Bb2Xc\">" R29B_RANK(
	        "Walter", "March 3, 2015 at 4:10 pm", "Keep to the topic, please.")
	        R29B_RANK("Jo", "March 4, 2015 at 9:12 am", "Worked well for me.")
	            R29B_RANK("Sam", "March 5, 2015 at 1:00 pm", "Too sweet for my taste.")
	    "</div></div></body></html>";
	const char *const marked[] = {zh, rank};
	const char *const first[] = {"胡说八道，只有中国的货船才可以过！", "Keep to the topic, please."};
	for (size_t i = 0; i < 2; i++) {
		tt_thread *t = html(marked[i], NULL);
		assert_int_equal(t->ncomments, 3);
		if (!t->order[0]->body.n || strcmp(t->order[0]->body.v[0], first[i]) != 0)
			print_error("marked page %zu: %s\n", i,
			            t->order[0]->body.n ? t->order[0]->body.v[0] : "(none)");
		assert_true(t->order[0]->body.n >= 1);
		assert_string_equal(t->order[0]->body.v[0], first[i]);
		tt_thread_free(t);
	}
#undef R29B_ZH
#undef R29B_RANK
	/* A box named "comment", its id a word, holding the list of comments
	 * (a heading, div.comment__list, a link to all of them): the section,
	 * its items ("commentItem") the comments. */
	const char *id_ =
	    "<html><body>" ARTICLE_P "<div id=\"komentar\" class=\"row comment --newcomment\"><div c"
	    "lass=\"commentHead\"><div class=\"commentHead-title\">Komentar</div></div><div id=\"for"
	    "_comment_widget\"><div class=\"comment__list --first_comment\"><div class=\"commentItem"
	    "\"><div class=\"commentAvatar\" data-init=\"SM\"></div><div class=\"commentRow\"><div c"
	    "lass=\"commentContent\"><div class=\"commentContent-inner\">ada orang di luar sana yg b"
	    "erbuat baik.</div></div></div></div></div></div><div class=\"commentMore\"><a href=\"ht"
	    "tps://example.com/komentar/1\" class=\"commentMore-link\">16 Komentar</a></div></div></"
	    "body></html>";
	tt_thread *k = html(id_, NULL);
	assert_int_equal(k->ncomments, 1);
	assert_true(k->order[0]->body.n >= 1);
	assert_string_equal(k->order[0]->body.v[0], "ada orang di luar sana yg berbuat baik.");
	tt_thread_free(k);
	/* Another site's shape and language: Spanish, a section of <div>s,
	 * each a name, a time and words. */
#define R29B_ES(who, when, text)                                                                   \
	"<div class=\"commentItem\"><span class=\"author\">" who "</span> <time>" when "</time><p>" \
	text "</p></div>"
	const char *es =
	    "<html><body>" ARTICLE_P "<div id=\"comentarios\" class=\"comment\"><h3>Comentarios</h3><"
	    "div class=\"comments-list\">" R29B_ES("Ana", "12/03/2019 14:03", "Muy rica, gracias.")
	        R29B_ES("Luis", "12/03/2019 15:10", "Con nata también sale bien.")
	    "</div></div></body></html>";
	static const char *const es_names[] = {"Ana", "Luis"};
	static const unsigned flat2[] = {0, 0};
	expect_heads(html(es, NULL), 2, es_names, flat2);
#undef R29B_ES
	for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		tt_thread *t = html(counts[i].page, &r);
		assert_true(t->ncomments >= 1);
		if (r.stated != counts[i].stated)
			print_error("count page %zu: %ld\n", i, (long)r.stated);
		assert_int_equal(r.stated, counts[i].stated);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}
}


/* A year in a heading read as the page's count: "Ihre Meinung zum
 * iPhone-Event 2019?" (MacTechNews.de's poll over its article), "Your
 * thoughts on the 2020 budget?", a count word and a year apart, no count
 * beside the word. Neither page states a count. */
#define R30C_PAGE(heading, name1, name2)                                                     \
	"<html><body><article><h1>T</h1><p>Article text long enough to be read as the "          \
	"article body here.</p><h3>" heading "</h3></article><ol class=\"commentlist\">"           \
	"<li id=\"comment-1\" class=\"comment depth-1\"><article class=\"comment-body\"><footer "  \
	"class=\"comment-meta\"><div class=\"comment-author\"><b class=\"fn\">" name1 "</b></div>" \
	"<div class=\"comment-metadata\"><time datetime=\"2019-10-01T10:00:00\">1.10.2019</time>" \
	"</div></footer><div class=\"comment-content\"><p>First words.</p></div></article></li>" \
	"<li id=\"comment-2\" class=\"comment depth-1\"><article class=\"comment-body\"><footer "  \
	"class=\"comment-meta\"><div class=\"comment-author\"><b class=\"fn\">" name2 "</b></div>" \
	"<div class=\"comment-metadata\"><time datetime=\"2019-10-02T10:00:00\">2.10.2019</time>" \
	"</div></footer><div class=\"comment-content\"><p>Second words.</p></div></article></li>" \
	"</ol></body></html>"

static void test_round30_layouts_c(void **state)
{
	(void)state;
	static const char *const pages[] = {
	    R30C_PAGE("Ihre Meinung zum iPhone-Event 2019?", "Hans", "Grete"),
	    R30C_PAGE("Your thoughts on the 2020 budget?", "Ann", "Bob"),
	};
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		struct tt_import_report r;
		tt_import_report_init(&r, 1);
		tt_thread *t = html(pages[i], &r);
		assert_int_equal(t->ncomments, 2);
		assert_int_equal(r.stated, -1);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}
}

/* Round 30's layouts, half b (tests/data/html/round30), worked on since
 * round 31 was chosen: each a small page of our own in the shape a rule
 * reads, and one of another site's shape and language. */
static void test_round30_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat3[] = {0, 0, 0};
	/* The time written loose in the name's box after a byline's own box
	 * ("<dt class=author><span>by <b>NAME</b></span> TIME</dt>"): the
	 * name is the words before the time. */
#define R30B_DL(who, when, text)                                                                   \
	"<dl class=\"msg\"><dt class=\"subj\"></dt><dt class=\"author\"> <span>by <b>" who          \
	"</b></span> " when " </dt><dd>" text "</dd><dd class=\"tool\"><a class=\"reply\">Reply to" \
	" this comment</a></dd></dl>"
	const char *dl =
	    "<html><body>" ARTICLE_P "<div id=\"postComments\"><div class=\"userComments\">"
	    R30B_DL("carl", "July 19, 2013 3:21 AM EDT", "I have been to Aleppo twice.")
	        R30B_DL("Sunny12", "July 19, 2013 3:06 AM EDT", "Oh please, not again.")
	            R30B_DL("joe-greene", "July 18, 2013 9:53 PM EDT", "Seriously? Not this time.")
	    "</div></div></body></html>";
	static const char *const dl_names[] = {"carl", "Sunny12", "joe-greene"};
	expect_heads(html(dl, NULL), 3, dl_names, flat3);
	/* Another site's shape and language: French posts, the byline a
	 * box named the user's, its name bold in a span of its own. */
#define R30B_FR(who, when, text)                                                                   \
	"<div class=\"commentaire\"><div class=\"user\"><span>par <strong>" who "</strong></span> " \
	when "</div><div class=\"texte\">" text "</div></div>"
	const char *fr =
	    "<html><body>" ARTICLE_P "<div class=\"commentaires\">"
	    R30B_FR("Anne", "15/05/2019 10:12", "Très bonne recette, merci.")
	        R30B_FR("Paul", "15/05/2019 11:40", "Trop sucré pour moi.")
	            R30B_FR("Marie", "16/05/2019 08:05", "Je l'ai faite hier soir.")
	    "</div></body></html>";
	static const char *const fr_names[] = {"Anne", "Paul", "Marie"};
	expect_heads(html(fr, NULL), 3, fr_names, flat3);
#undef R30B_DL
#undef R30B_FR
	/* A header line of the name's box and the time's, written by a
	 * template indenting every line: hundreds of bytes for a few words
	 * shown, still a header line. */
#define R30B_IND "\n                                                                          "
#define R30B_UL(who, when, text)                                                                   \
	"<div class=\"comment-row\"><img src=\"a.jpg\" alt=\"\"><div class=\"content\"><div class=" \
	"\"comment\"><ul class=\"user-info\"><li class=\"name\">" R30B_IND R30B_IND "<a href=\"/p/" \
	who "\" title=\"" who "\">" R30B_IND who R30B_IND "</a>" R30B_IND R30B_IND "</li><li "     \
	"class=\"date\">" when "</li></ul><p>" R30B_IND text R30B_IND "</p><div class=\"actions\">" \
	"<a href=\"#r\">Answer</a></div></div></div></div>"
	const char *ul =
	    "<html><body>" ARTICLE_P "<div id=\"comments_box\"><p class=\"h2\">Comments</p>"
	    R30B_UL("Marck", "Wed, 08/09/2023 09:55", "Ánimo y gracias, cuídate mucho.")
	        R30B_UL("Alvaro", "Wed, 08/09/2023 09:27", "Muchos ánimos y fuerza.")
	            R30B_UL("Lucia", "Tue, 07/09/2023 21:04", "Gran episodio, como siempre.")
	    "</div></body></html>";
	static const char *const ul_names[] = {"Marck", "Alvaro", "Lucia"};
	expect_heads(html(ul, NULL), 3, ul_names, flat3);
	/* Another site's shape and language: Polish posts beside an avatar,
	 * the header a list of the name's link and the time, as deep. */
#define R30B_PL(who, when, text)                                                                   \
	"<div class=\"comment\"><img src=\"a.jpg\" alt=\"\"><div class=\"tresc\"><ul class=\"meta" \
	"\"><li class=\"osoba\">" R30B_IND R30B_IND "<a href=\"/u/" who "\">" R30B_IND who R30B_IND \
	"</a>" R30B_IND R30B_IND "</li><li class=\"date\">" when "</li></ul><p>" text "</p><div "     \
	"class=\"akcje\"><a href=\"#o\">Odpowiedz</a></div></div></div>"
	const char *pl =
	    "<html><body>" ARTICLE_P "<section class=\"komentarze\">"
	    R30B_PL("miki", "07.01.2012 07:00", "Dobry artykuł, dziękuję.")
	        R30B_PL("Ania", "07.01.2012 08:15", "Nie zgadzam się z autorem.")
	            R30B_PL("Tomek", "08.01.2012 10:30", "Czekam na ciąg dalszy.")
	    "</section></body></html>";
	static const char *const pl_names[] = {"miki", "Ania", "Tomek"};
	expect_heads(html(pl, NULL), 3, pl_names, flat3);
#undef R30B_UL
#undef R30B_PL
#undef R30B_IND
	/* A number alone in a box named a comment's, its tooltip (its own or
	 * its box's) stating the count in words with the same number: the
	 * count. */
	static const struct {
		const char *counter;
		long stated;
	} counters[] = {
	    {"<span class=\"smooth\" title=\"Número de comentarios 3\"><span class=\"icon-comment"
	     "s\">3</span></span>",
	     3},
	    {"<b class=\"ico-comment\" title=\"3 Kommentare\">3</b>", 3},
	};
	for (size_t i = 0; i < sizeof counters / sizeof *counters; i++) {
		char page[2048];
		snprintf(page, sizeof page,
		         "<html><body><article><h1>Kuchen</h1><ul class=\"bar\"><li>%s</li></ul><p>Ein "
		         "Rezept fuer einen Kuchen mit Mandarinen, Schmand und Pudding.</p></article>"
		         "<div class=\"comments\"><div class=\"comment\"><b>Heike</b> <span class=\"date"
		         "\">12.03.2019 14:03</span><p>Sehr lecker, danke!</p></div><div class=\"comment"
		         "\"><b>Tom</b> <span class=\"date\">12.03.2019 15:10</span><p>Mit Quark geht es"
		         " auch.</p></div><div class=\"comment\"><b>Lena</b> <span class=\"date\">13.03."
		         "2019 09:20</span><p>Der Boden war zu weich.</p></div></div></body></html>",
		         counters[i].counter);
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		tt_thread *t = html(page, &r);
		assert_int_equal(t->ncomments, 3);
		assert_int_equal(r.stated, counters[i].stated);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}
	/* A nickname of marks alone in the bold box the template writes
	 * names in ("<b>&amp;</b> (gość), 04.01.12"): a name, the block a
	 * comment. */
#define R30B_PP(who, when, text)                                                                   \
	"<div class=\"koment\"><div class=\"wiersz\"><p class=\"metryka\"><b>" who "</b> (gość), " \
	when "</p><p class=\"tresc\">" text "</p><a class=\"odp\" href=\"#\">skomentuj</a></div></div>"
	const char *pp =
	    "<html><body>" ARTICLE_P "<div class=\"komentarze\">"
	    R30B_PP("uszka", "16.01.12, 16:13:22", "Dobry artykuł, dziękuję bardzo.")
	        R30B_PP("&amp;", "04.01.12, 11:56:11", "A co to za różnica w ogóle?")
	            R30B_PP("Ania", "03.01.12, 17:02:52", "Nie zgadzam się z autorem.")
	    "</div></body></html>";
	static const char *const pp_names[] = {"uszka", "&", "Ania"};
	expect_heads(html(pp, NULL), 3, pp_names, flat3);
	/* Another site's shape and language: an English guest book, the
	 * name in a strong before "wrote on DATE". */
#define R30B_GB(who, when, text)                                                                   \
	"<div class=\"entry\"><div class=\"by\"><strong>" who "</strong> wrote on " when "</div>" \
	"<div class=\"words\">" text "</div></div>"
	const char *gb =
	    "<html><body>" ARTICLE_P "<div class=\"guestbook\">"
	    R30B_GB("Bill", "3 May 2019", "Nice site, I like it a lot.")
	        R30B_GB("?!", "4 May 2019", "Who wrote this recipe, then?")
	            R30B_GB("Jane", "5 May 2019", "Baked it twice, both times fine.")
	    "</div></body></html>";
	static const char *const gb_names[] = {"Bill", "?!", "Jane"};
	expect_heads(html(gb, NULL), 3, gb_names, flat3);
#undef R30B_PP
#undef R30B_GB
	/* A nickname of six words, a phrase, the block's first text and all
	 * of its inline box: a name, past the five words of a name's usual
	 * length. */
#define R30B_ON(who, when, text)                                                                   \
	"<div class=\"wpis\"><div class=\"awatar\"><img src=\"a.jpg\" alt=\"\"><span class=\"nic" \
	"k\"><span>" who "</span></span></div><div class=\"info\"><span>" when "</span> | ocena: 8" \
	"4%</div><span class=\"tresc\">" text "</span></div>"
	const char *on =
	    "<html><body>" ARTICLE_P "<div class=\"forum\">"
	    R30B_ON("jan", "3 sty 12, 11:09", "Nie wiem, o co tu chodzi, naprawdę.")
	        R30B_ON("Jak nie wiadomo o co chodzi...", "3 sty 12, 11:40",
	                "Wietnam i Korea to były inne czasy.")
	            R30B_ON("asdasdasd", "3 sty 12, 12:02", "Chodzi o ropę, jak zawsze w takich sprawach.")
	    "</div></body></html>";
	static const char *const on_names[] = {"jan", "Jak nie wiadomo o co chodzi...", "asdasdasd"};
	expect_heads(html(on, NULL), 3, on_names, flat3);
	/* Another site's shape and language: German posts in list items, a
	 * bold name of six words before "am DATE". */
#define R30B_WO(who, when, text)                                                                   \
	"<li class=\"beitrag\"><p class=\"kopf\"><b>" who "</b> am " when "</p><div class=\"inha" \
	"lt\">" text "</div></li>"
	const char *wo =
	    "<html><body>" ARTICLE_P "<ul class=\"beitraege\">"
	    R30B_WO("Heike", "12.03.2019", "Sehr lecker, danke für das Rezept!")
	        R30B_WO("Der mit dem Wolf tanzt heute", "12.03.2019",
	                "Mit Quark geht es auch, probiert es.")
	            R30B_WO("Lena", "13.03.2019", "Der Boden war bei mir zu weich.")
	    "</ul></body></html>";
	static const char *const wo_names[] = {"Heike", "Der mit dem Wolf tanzt heute", "Lena"};
	expect_heads(html(wo, NULL), 3, wo_names, flat3);
#undef R30B_ON
#undef R30B_WO
}

/* The comments of page, their authors names[] (all at depth 0), each
 * name read by the reader of the comment's header (--explain's "comment
 * header: NAME TIME"), not mended afterwards from the page's template. */
static void expect_read_heads_b(const char *page, size_t n, const char *const *names)
{
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	tt_thread *t = html(page, &r);
	assert_int_equal(t->ncomments, n);
	for (size_t i = 0; i < n; i++) {
		char want[96];
		snprintf(want, sizeof want, "comment header: %s ", names[i]);
		size_t said = 0;
		for (size_t k = 0; k < r.nblocks; k++)
			said += strstr(r.blocks[k], want) != NULL;
		if (!said)
			for (size_t k = 0; k < r.nblocks; k++)
				print_error("%s\n", r.blocks[k]);
		assert_true(said >= 1);
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, names[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Round 31's layouts, half b (tests/data/html/round31), worked on since
 * round 32 was chosen: each a small page of our own in the shape a rule
 * reads, and one of another site's shape and language. */
static void test_round31_layouts_b(void **state)
{
	(void)state;
	static const unsigned flat3[] = {0, 0, 0};
	/* The name in the box a tooltip hovers over ("achievements-tooltip-
	 * anchor"), the tip a box of its own inside it: the anchor is shown,
	 * only the tip is no part of the block. */
#define R31B_TIP(who, tip, when, text)                                                             \
	"<div class=\"answer\"><div class=\"votes\">0</div><div class=\"main\"><div class=\"by\">"  \
	"<div class=\"badges-tooltip-zone\"><img src=\"a.gif\" alt=\"\"><div class=\"badges-toolt" \
	"ip-anchor\"><span class=\"username\">" who "</span><div class=\"badges-tooltip-containe" \
	"r\">" tip "</div></div></div><div class=\"modified\">answered on <span class=\"date\"><s" \
	"pan>" when "</span></span></div></div><div class=\"text\">" text "</div></div></div>"
#define R31B_TEAM "<span class=\"title\">Support team</span>"
#define R31B_RANK "<span class=\"title\">Top achievements</span><div><span>Rank 1</span></div>"
	const char *tip =
	    "<html><body>" ARTICLE_P "<div class=\"answers\">"
	    R31B_TIP("Milan", R31B_TEAM, "07 Jan 2010, 09:50 AM", "This is a strange problem.")
	    R31B_TIP("Pedro", R31B_RANK, "07 Mar 2011, 12:17 PM", "Do you have a solution? I have it.")
	    R31B_TIP("Vlad", R31B_TEAM, "07 Mar 2011, 12:47 PM", "Can you post more details?")
	    R31B_TIP("Ed", R31B_RANK, "07 Jul 2011, 12:49 AM", "I'm using the latest version.")
	    "</div></body></html>";
	static const char *const tip_names[] = {"Milan", "Pedro", "Vlad", "Ed"};
	expect_read_heads_b(tip, 4, tip_names);
	/* Another site's shape and language: German posts whose name box
	 * "has" a popover (a member's card shown on hovering over it). */
#define R31B_HAS(who, when, text)                                                                  \
	"<div class=\"beitrag\"><div class=\"kopf\"><div class=\"has-popover\"><a href=\"/mitglied" \
	"/" who "\">" who "</a><div class=\"popover\"><b>Mitglied</b><span>Beitr\xC3\xA4ge: 120<" \
	"/span></div></div><div class=\"datum\">geschrieben <span class=\"zeit\">" when "</span>"  \
	"</div></div><p>" text "</p></div>"
	const char *de =
	    "<html><body>" ARTICLE_P "<div class=\"beitraege\">"
	    R31B_HAS("Hans", "03.05.2019 10:12", "Das Rezept ist wirklich gelungen.")
	        R31B_HAS("Grete", "03.05.2019 11:40", "Bei mir war er zu trocken.")
	            R31B_HAS("Ute", "04.05.2019 08:05", "Mit Quark statt Schmand geht es auch.")
	    "</div></body></html>";
	static const char *const de_names[] = {"Hans", "Grete", "Ute"};
	expect_read_heads_b(de, 3, de_names);
	/* A name in a span of its own beside names that are links (a team
	 * member's "<span class=username>" among the members' "<a
	 * class=username href=/profile/...>"): one template, one run. */
#define R31B_SPAN(who, when, text)                                                                 \
	"<div class=\"answer\"><div class=\"main\"><div class=\"by\"><img src=\"a.gif\" alt=\"\">" \
	who "</div><div class=\"modified\">answered on <span class=\"date\">" when "</span></div>" \
	"<div class=\"text\">" text "</div></div></div>"
	const char *span =
	    "<html><body>" ARTICLE_P "<div class=\"answers\">"
	    R31B_SPAN("<span class=\"username\">Milan</span>", "07 Jan 2010, 09:50 AM",
	              "This is a strange problem.")
	    R31B_SPAN("<a class=\"username\" href=\"/forums/profile/ad\">Pedro</a>",
	              "07 Mar 2011, 12:17 PM", "Do you have a solution? I have it.")
	    R31B_SPAN("<span class=\"username\">Vlad</span>", "07 Mar 2011, 12:47 PM",
	              "Can you post more details?")
	    R31B_SPAN("<a class=\"username\" href=\"/forums/profile/ed\">Ed</a>",
	              "07 Jul 2011, 12:49 AM", "I'm using the latest version.")
	    R31B_SPAN("<a class=\"username\" href=\"/forums/profile/cv\">Calvin</a>",
	              "15 Jul 2011, 08:28 PM", "At your request we have prepared a sample.")
	    "</div></body></html>";
	static const char *const span_names[] = {"Milan", "Pedro", "Vlad", "Ed", "Calvin"};
	expect_read_heads_b(span, 5, span_names);
	/* Another site's shape and language: Spanish comments whose author
	 * line is a paragraph, the name linked to the writer's blog or in a
	 * span where there is none. */
#define R31B_ES(who, when, text)                                                                   \
	"<li class=\"entrada\"><p class=\"quien\">" who "</p><p class=\"fecha\">" when "</p>"  \
	"<div class=\"texto\"><p>" text "</p></div></li>"
	const char *es =
	    "<html><body>" ARTICLE_P "<ul class=\"lista\">"
	    R31B_ES("<a href=\"https://blog.example.es/\">Ana</a>", "12/03/2019 14:03",
	            "Muy rica, gracias por la receta.")
	    R31B_ES("<span>Luis</span>", "12/03/2019 15:10", "Con nata tambi\xC3\xA9n sale bien.")
	    R31B_ES("<a href=\"https://otro.example.es/\">Marta</a>", "13/03/2019 09:12",
	            "La hice ayer y sali\xC3\xB3 perfecta.")
	    "</ul></body></html>";
	static const char *const es_names[] = {"Ana", "Luis", "Marta"};
	expect_read_heads_b(es, 3, es_names);
	/* A name holding a title's short form or an initial ("Mr. Green
	 * Jeans"), in a box an ASP.NET-style id names the user name's: a
	 * name, its full stop no sentence's. */
#define R31B_ROW(who, when, text)                                                                  \
	"<tr class=\"spacer\"><td colspan=\"3\">&nbsp;</td></tr><tr><td id=\"commentUser\"><img " \
	"src=\"a.png\"><div id=\"comment-username\"><a href=\"http://example.com/community/?userid=1\">" who \
	"</a></div></td><td>&nbsp;</td><td id=\"commentBody\"><div class=\"commentTimeStamp\">"   \
	when "</div><div class=\"commentText\">" text "</div><div class=\"commentActions\"><a "    \
	"href=\"javascript:;\">Report Abuse</a></div></td></tr>"
	const char *row =
	    "<html><body>" ARTICLE_P "<div id=\"latest-comments\"><h4>Latest Comments</h4><table "
	    "id=\"commentsTable\"><tbody>"
	    R31B_ROW("FrozenCanad\xE2\x80\x8Bian", "3/23/2010 2:39:43 PM", "Rather pointless.")
	    R31B_ROW("BobbyB", "3/9/2010 6:57:51 PM", "That's what I like to see.")
	    R31B_ROW("bluebeach", "3/9/2010 6:50:50 PM", "Start with the PMO")
	    R31B_ROW("Mr. Green Jeans", "3/9/2010 4:06:42 PM", "Here's hoping they react.")
	    R31B_ROW("Why Not?", "3/9/2010 3:12:10 PM", "Cut the Senate first.")
	    "</tbody></table></div></body></html>";
	tt_thread *t = html(row, NULL);
	assert_int_equal(t->ncomments, 5);
	/* (a name the name box's reader takes for a sentence, "Why Not?", is
	 * read from the page's template: its link's address is no paragraph
	 * of the text) */
	assert_string_equal(t->order[4]->author, "Why Not?");
	assert_string_equal(t->order[4]->body.v[0], "Cut the Senate first.");
	/* (the zero-width space written into a long name to break it: no
	 * letter of the name) */
	assert_string_equal(t->order[0]->author, "FrozenCanadian");
	assert_string_equal(t->order[3]->author, "Mr. Green Jeans");
	assert_string_equal(t->order[3]->body.v[0], "Here's hoping they react.");
	tt_thread_free(t);
	/* Another site's shape and language: German comments, the name a
	 * link in a box whose id ends "username", an initial and a title in
	 * it. */
#define R31B_LBL(who, when, text)                                                                  \
	"<div class=\"kommentar\"><div class=\"kopf\"><div id=\"kommentar-username\"><a href=\"" \
	"https://example.de/profil/?uid=1\">" who "</a></div></div><div class=\"comment-date\">" when "</div><div "    \
	"class=\"inhalt\">" text "</div></div>"
	const char *lbl =
	    "<html><body>" ARTICLE_P "<div id=\"kommentare\"><h3>Kommentare</h3>"
	    R31B_LBL("Hans", "03.05.2019 10:12", "Das Rezept ist wirklich gelungen.")
	    R31B_LBL("Dr. K. M\xC3\xBCller", "03.05.2019 11:40", "Bei mir war er zu trocken.")
	    R31B_LBL("Ute", "04.05.2019 08:05", "Mit Quark statt Schmand geht es auch.")
	    R31B_LBL("Wer wei\xC3\x9F?", "04.05.2019 09:30", "Ich nehme immer Mandeln.")
	    "</div></body></html>";
	t = html(lbl, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[3]->author, "Wer wei\xC3\x9F?");
	assert_string_equal(t->order[3]->body.v[0], "Ich nehme immer Mandeln.");
	assert_string_equal(t->order[1]->author, "Dr. K. M\xC3\xBCller");
	assert_string_equal(t->order[1]->body.v[0], "Bei mir war er zu trocken.");
	tt_thread_free(t);
#undef R31B_LBL
#undef R31B_ROW
	/* Another site's shape and language: Russian comments, a word joiner
	 * and a byte-order mark inside names, shown as nothing. */
#define R31B_RU(who, when, text)                                                                   \
	"<li class=\"otzyv\"><b>" who "</b> <time>" when "</time><p>" text "</p></li>"
	const char *ru =
	    "<html><body>" ARTICLE_P "<ul class=\"otzyvy\">"
	    R31B_RU("\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0\xE2\x81\xA0\xD0\x9F", "12.03.2019 14:03",
	            "\xD0\x9E\xD1\x87\xD0\xB5\xD0\xBD\xD1\x8C \xD0\xB2\xD0\xBA\xD1\x83\xD1\x81\xD0\xBD\xD0\xBE.")
	    R31B_RU("\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD", "12.03.2019 15:10",
	            "\xD0\xA1\xD0\xBF\xD0\xB0\xD1\x81\xD0\xB8\xD0\xB1\xD0\xBE \xD0\xB7\xD0\xB0 \xD1\x80\xD0\xB5\xD1\x86\xD0\xB5\xD0\xBF\xD1\x82.")
	    R31B_RU("\xEF\xBB\xBF\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0", "13.03.2019 09:12",
	            "\xD0\x9F\xD0\xBE\xD0\xBB\xD1\x83\xD1\x87\xD0\xB8\xD0\xBB\xD0\xBE\xD1\x81\xD1\x8C \xD0\xBE\xD1\x82\xD0\xBB\xD0\xB8\xD1\x87\xD0\xBD\xD0\xBE.")
	    "</ul></body></html>";
	static const char *const ru_names[] = {"\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0\xD0\x9F",
	                                       "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD",
	                                       "\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0"};
	expect_heads(html(ru, NULL), 3, ru_names, flat3);
#undef R31B_RU
	/* A box of links to attached files before a post's words (an icon
	 * and "<a href=/attachments/295522>Bug.JPG</a>"): what is attached,
	 * no word of the post. */
#define R31B_ATT(who, when, att, text)                                                             \
	"<div class=\"answer\"><div class=\"by\"><a href=\"/forums/profile/" who "\">" who        \
	"</a></div><div class=\"modified\">answered on <span class=\"date\">" when "</span></div>"  \
	"<div id=\"msg\"><div class=\"row\">" att "</div><div class=\"text\">" text "</div></div>" \
	"</div>"
#define R31B_FILE(name)                                                                            \
	"<div class=\"attachment\"><span><svg><path d=\"M1\"/></svg></span> <a href=\"/forums/att" \
	"achments/1\">" name "</a></div>"
	const char *att =
	    "<html><body>" ARTICLE_P "<div class=\"answers\">"
	    R31B_ATT("Calvin", "15 Jul 2011, 08:28 PM", "", "At your request we have prepared a sample.")
	    R31B_ATT("Mikle", "26 Aug 2011, 09:30 AM", R31B_FILE("GridViewCellTemplateBug.JPG"),
	             "I have a little example of this problem.")
	    R31B_ATT("Tim", "18 Jul 2015, 12:41 AM", R31B_FILE("log.txt") R31B_FILE("trace_2.zip"),
	             "A customer of ours is seeing it too.")
	    R31B_ATT("Ed", "19 Jul 2015, 10:02 AM",
	             "<a href=\"https://example.com/\">example.com</a>", "Our site shows it live.")
	    "</div></body></html>";
	t = html(att, NULL);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[1]->body.v[0], "I have a little example of this problem.");
	assert_string_equal(t->order[2]->body.v[0], "A customer of ours is seeing it too.");
	/* (a link showing the host it leads to is an address, not a file) */
	assert_true(!strncmp(t->order[3]->body.v[0], "example.com", 11));
	tt_thread_free(t);
	/* Another site's shape and language: a French forum's posts, the
	 * attached photo's link over the text in a list of its own. */
#define R31B_PJ(who, when, pj, text)                                                               \
	"<article class=\"message\"><header><b>" who "</b> <span class=\"le\">" when "</span>"     \
	"</header><section>" pj "<p>" text "</p></section></article>"
	const char *pj =
	    "<html><body>" ARTICLE_P "<div class=\"sujet\">"
	    R31B_PJ("Anne", "15/05/2019 10:12", "", "Tr\xC3\xA8s bonne recette, merci.")
	    R31B_PJ("Paul", "15/05/2019 11:40",
	            "<ul class=\"pieces\"><li><img src=\"i.png\"><a href=\"/pj/12\">gateau_rate.jpeg"
	            "</a></li></ul>", "Voici le mien, un peu br\xC3\xBBl\xC3\xA9.")
	    R31B_PJ("Marie", "16/05/2019 08:05", "", "Je l'ai faite hier soir.")
	    "</div></body></html>";
	t = html(pj, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->body.v[0], "Voici le mien, un peu br\xC3\xBBl\xC3\xA9.");
	tt_thread_free(t);
#undef R31B_ATT
#undef R31B_FILE
#undef R31B_PJ
	/* A count of answers over a thread's flat answers ("18 Answers"): the
	 * page's count; over answers holding comments, or after a comment on
	 * the question, it counts no comments and none is stated. */
#define R31B_ANS(who, when, text)                                                                  \
	"<div class=\"post\"><div class=\"by\"><a href=\"/u/" who "\">" who "</a></div><div "      \
	"class=\"when\">" when "</div><div class=\"text\">" text "</div></div>"
	static const struct {
		const char *page;
		long stated;
	} answers[] = {
	    {"<html><body>" ARTICLE_P "<h2 class=\"answers-title\">3 Answers</h2><div class=\"list\">"
	     R31B_ANS("Milan", "07 Jan 2010, 09:50 AM", "This is a strange problem.")
	     R31B_ANS("Pedro", "07 Mar 2011, 12:17 PM", "Do you have a solution?")
	     R31B_ANS("Vlad", "07 Mar 2011, 12:47 PM", "Can you post more details?")
	     "</div></body></html>", 3},
	    /* another site's shape and language: a Polish forum's "Odpowiedzi: 3" */
	    {"<html><body>" ARTICLE_P "<div class=\"watek\"><h3>Odpowiedzi: 3</h3><ul>"
	     "<li>" R31B_ANS("Ania", "03.05.2019 10:12", "Dzi\xC4\x99kuj\xC4\x99 za przepis.") "</li>"
	     "<li>" R31B_ANS("Tomek", "03.05.2019 11:40", "U mnie wysz\xC5\x82o za s\xC5\x82odkie.")
	     "</li><li>" R31B_ANS("Ola", "04.05.2019 08:05", "Zrobi\xC4\x99 w sobot\xC4\x99.") "</li>"
	     "</ul></div></body></html>", 3},
	    /* a comment on the question shown over the count: no count */
	    {"<html><body>" ARTICLE_P "<div class=\"q-comments\">"
	     R31B_ANS("admin", "4 years ago", "Which version do you use?")
	     "</div><div class=\"answers-title\">2 Answers</div><div class=\"list\">"
	     R31B_ANS("Anna", "3 years ago", "The plugin supports it.")
	     R31B_ANS("Ben", "2 years ago", "Update to the last version.")
	     "</div></body></html>", -1},
	};
	for (size_t i = 0; i < sizeof answers / sizeof *answers; i++) {
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		t = html(answers[i].page, &r);
		assert_true(t->ncomments >= 2);
		if (r.stated != answers[i].stated)
			print_error("answers page %zu: %ld\n", i, (long)r.stated);
		assert_int_equal(r.stated, answers[i].stated);
		tt_thread_free(t);
		tt_import_report_free(&r);
	}
#undef R31B_ANS
#undef R31B_SPAN
#undef R31B_ES
#undef R31B_TIP
#undef R31B_TEAM
#undef R31B_RANK
#undef R31B_HAS
}

/* Round 32's layouts (tests/data/html/round32: Vimeo's, Bankfax's and
 * LinkedIn's pages), worked on since round 33 was chosen: each rule a
 * small page of the shape and one of another site's shape and language. */
static void test_round32_layouts(void **state)
{
	(void)state;
	/* An age without its "ago", the whole text of a box of its own in a
	 * comment's header ("6 years"), is the comment's time: with it, a
	 * comment of one word ("Bless") is a comment, not a button's label. */
#define R32_VIDEO(who, when, text)                                                                 \
	"<div><div class=\"c\"><div class=\"av\"><img src=\"/a.png\" alt=\"User avatar\"></div><div " \
	"class=\"m\"><div class=\"h\"><p>" who "</p><div><span>" when "</span></div><button>Copy "  \
	"link to comment</button></div><div><p>" text "</p></div><div><button>Reply</button></div>" \
	"</div></div></div>"
	const char *video = "<html><body>" ARTICLE_P "<div class=\"cl\">" R32_VIDEO(
	    "Prakash Mahji", "2 years", "HiRanguar") R32_VIDEO("Brandon Francis", "3 years", "Bless")
	    R32_VIDEO("Jake white", "6 years", "great video") "</div></body></html>";
#undef R32_VIDEO
	static const char *const video_names[] = {"Prakash Mahji", "Brandon Francis", "Jake white"};
	static const char *const video_bless[] = {"Bless"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(video, NULL);
	expect_posted_a(t, 1, "3 years");
	expect_body_a(t, 1, 1, video_bless);
	expect_heads(t, 3, video_names, flat3);
	/* Another site's shape and language: German, items of a list, the
	 * name in bold, the age in small type after it ("3 Tage"). */
#define R32_DE(who, when, text)                                                                    \
	"<li class=\"e\"><b>" who "</b> <small>" when "</small><p>" text "</p></li>"
	const char *de = "<html><body>" ARTICLE_P "<ul class=\"k\">" R32_DE(
	    "Anna", "3 Tage", "Super!") R32_DE("Jonas", "5 Tage", "Danke")
	    R32_DE("Mia", "2 Wochen", "Wie lange backt der Kuchen?") "</ul></body></html>";
#undef R32_DE
	static const char *const de_names[] = {"Anna", "Jonas", "Mia"};
	static const char *const de_jonas[] = {"Danke"};
	t = html(de, NULL);
	expect_posted_a(t, 0, "3 Tage");
	expect_body_a(t, 1, 1, de_jonas);
	expect_heads(t, 3, de_names, flat3);
	/* A count of a word that only opens like a unit ("2 answers") is no
	 * age. */
	assert_false(tt_dates_is_time("2 answers", TT_DATES_AGE_WORD));
	assert_true(tt_dates_is_time("2 semaines", TT_DATES_AGE_WORD));

	/* A run's block that wraps the comment's own box (a block of no class
	 * around it and the box of its answers): an answer nested there is a
	 * box of that shape, not a wrapper, and answers its block. */
#define R32_BOX(who, when, text)                                                                   \
	"<div class=\"g\"><div class=\"av\"><img src=\"/a.png\" alt=\"\"></div><div class=\"m\">" \
	"<div class=\"h\"><p>" who "</p><div><span>" when "</span></div></div><div><p>" text       \
	"</p></div></div></div>"
#define R32_WRAP(box, answers) "<div><div class=\"w\">" box answers "</div></div>"
	const char *wrap =
	    "<html><body>" ARTICLE_P "<div class=\"cl\">" R32_WRAP(
	        R32_BOX("Travis Wood", "6 years ago", "Solid choices!!"),
	        "<div class=\"r\"><button>1 reply</button></div><div class=\"rc\">" R32_BOX(
	            "Ian Durkin", "6 years ago", "So good!") "</div>")
	        R32_WRAP(R32_BOX("Benoit Berthe", "6 years ago", "Congrats all !"), "")
	            R32_WRAP(R32_BOX("Serafima", "7 years ago", "Yaaay! Congrats!!!"), "") "</div></body></html>";
	static const char *const wrap_names[] = {"Travis Wood", "Ian Durkin", "Benoit Berthe",
	                                         "Serafima"};
	static const char *const wrap_ian[] = {"So good!"};
	static const unsigned wrap_depths[] = {0, 1, 0, 0};
	t = html(wrap, NULL);
	expect_body_a(t, 1, 1, wrap_ian);
	expect_heads(t, 4, wrap_names, wrap_depths);
#undef R32_WRAP
#undef R32_BOX
	/* Another site's shape and language: Spanish, an <article> around
	 * each comment's <article> (its header with a <time>, its text) and
	 * the box of its answers. */
#define R32_ES(who, when, text)                                                                    \
	"<article class=\"o\"><div class=\"meta\"><strong>" who "</strong> <time>" when "</time>"  \
	"</div><div class=\"x\"><p>" text "</p></div></article>"
#define R32_SEC(box, answers) "<article><div class=\"u\">" box answers "</div></article>"
	const char *es = "<html><body>" ARTICLE_P "<div class=\"opiniones\">" R32_SEC(
	    R32_ES("Lucía", "hace 2 días", "Muy bonito el pueblo."),
	    "<div class=\"resp\">" R32_ES("Pablo", "hace 1 día", "Sí, precioso.") "</div>")
	    R32_SEC(R32_ES("Marta", "hace 3 días", "Iré el domingo."), "")
	        R32_SEC(R32_ES("Luis", "hace 4 días", "Demasiado caro."), "") "</div></body></html>";
#undef R32_SEC
#undef R32_ES
	static const char *const es_names[] = {"Lucía", "Pablo", "Marta", "Luis"};
	static const char *const es_pablo[] = {"Sí, precioso."};
	t = html(es, NULL);
	expect_body_a(t, 1, 1, es_pablo);
	expect_heads(t, 4, es_names, wrap_depths);
}

/* Round 32's layouts, half b (Bankfax's page): each rule a small page of
 * the shape and one of another site's shape and language. */
static void test_round32_layouts_b(void **state)
{
	(void)state;
	/* A label every block's name opens with ("LABEL: NAME") is the
	 * template's, the name the rest; two words before the last that end
	 * some blocks' names, not every block's, are a field the template
	 * appends (the writer's town), no part of the name. */
#define R32B_RU(who, text, when)                                                                   \
	"<table border=0 width=\"100%\"><tr><td class=\"content\"><table border=0 width=\"100%\">"  \
	"<tr><td colspan=2><center><hr size=1></center></td></tr><tr><td colspan=2 align=right>"   \
	"<font color=#330033><b>Комментарии нашего читателя: " who "\n</b></font></td></tr><tr>"  \
	"<td class=\"coment\" colspan=2>" text "</td></tr><tr><td align=left>\n</td><td "          \
	"align=right><font size=1 color=#bbbbbb>" when "</font></td></tr></table></td></tr></table>"
	const char *ru = "<html><body><table><tr><td>" ARTICLE_P R32B_RU(
	    "гость", "Может кардиодиспансер? Его давно пора было отремонтировать.", "11:02 17-January-2012")
	    R32B_RU("Андрей из города Барнаул", "Поэтому туда и был поставлен после томографов, все это знают.", "11:30 17-January-2012")
	        R32B_RU("Борис. А.", "Ремонтные работы не сделаны, осталась незавершёнка, а акты подписаны.", "11:42 17-January-2012")
	            R32B_RU("Ольга из города Бийск", "Спасибо врачам кардиодиспансера за их работу и терпение.", "11:49 17-January-2012")
	                "</td></tr></table></body></html>";
#undef R32B_RU
	static const char *const ru_names[] = {"гость", "Андрей", "Борис. А.", "Ольга"};
	static const char *const ru_andrei[] = {"Поэтому туда и был поставлен после томографов, все это знают."};
	static const unsigned flat4[] = {0, 0, 0, 0};
	tt_thread *t = html(ru, NULL);
	expect_posted_a(t, 1, "11:30 17-January-2012");
	expect_body_a(t, 1, 1, ru_andrei);
	expect_heads(t, 4, ru_names, flat4);
	/* Another site's shape and language: German, a box per comment, the
	 * label and name in a <strong>, the time under the text. */
#define R32B_DE(who, text, when)                                                                   \
	"<div class=\"lb\"><strong>Leserbrief: " who "</strong><p>" text "</p><span>" when        \
	"</span></div>"
	const char *de = "<html><body>" ARTICLE_P "<div class=\"briefe\">" R32B_DE(
	    "Anna wohnhaft in Köln", "Sehr gut geschrieben.", "12.03.2015 10:15")
	    R32B_DE("Jonas", "Das sehe ich anders.", "12.03.2015 11:20")
	        R32B_DE("Mia wohnhaft in Bonn", "Danke für den Artikel.", "13.03.2015 09:05")
	            "</div></body></html>";
#undef R32B_DE
	static const char *const de_names[] = {"Anna", "Jonas", "Mia"};
	static const char *const de_jonas[] = {"Das sehe ich anders."};
	static const unsigned flat3[] = {0, 0, 0};
	t = html(de, NULL);
	expect_posted_a(t, 2, "13.03.2015 09:05");
	expect_body_a(t, 1, 1, de_jonas);
	expect_heads(t, 3, de_names, flat3);
}

/* A forum post's head showing the date and the post's number, the
 * writer's column under it, names meaning nothing (vBulletin 4's postbit,
 * FluxBB's): the member's link after the time, in a column of its own, is
 * the writer, though a teaser's "DATE by <a>AUTHOR</a>" is none. Posts of
 * a picture alone are still posts. */
static void test_scrambled_layouts_member_after_time(void **state)
{
	(void)state;
#define MA_EN(n, who, when, text)                                                                  \
	"<li class=\"qa\"><div class=\"hd\"><span class=\"dd\"><span class=\"dt\">" when              \
	"</span></span><span class=\"nr\"><a href=\"showthread.php?p=" n "#post" n "\">#" n          \
	"</a></span></div><div class=\"ui\"><div class=\"uc\"><a class=\"un\" href=\"member.php/8" n  \
	"-" who "\"><strong>" who "</strong></a><ul class=\"pm\"><li><a href=\"member.php/8" n "-" who \
	"\">View Profile</a></li><li><a href=\"search.php?u=8" n "\">View Forum "                     \
	"Posts</a></li></ul></div><span class=\"rk\">Veteran</span></div><div class=\"pb\"><div "     \
	"class=\"pc\">" text "</div></div></li>"
	const char *en =
	    "<html><head><title>Funny pictures - Forums</title></head><body><h1>Funny "
	    "pictures</h1><ol class=\"ps\">" MA_EN("1", "Ixion", "12-08-2011",
	                                           "Nothing like a quiet morning before the match.")
	        MA_EN("2", "podsaurus", "12-08-2011", "<img src=\"a.jpg\">")
	            MA_EN("3", "Rapture", "12-09-2011", "Choo choo, the train is leaving now.")
	                MA_EN("4", "Aldebaran", "12-09-2011", "<img src=\"b.jpg\">")
	                    MA_EN("5", "mickice", "12-10-2011", "That one made me laugh.") "</ol></body></html>";
#undef MA_EN
	static const char *const en_who[] = {"podsaurus", "Rapture", "Aldebaran", "mickice"};
	static const unsigned flat4[] = {0, 0, 0, 0};
	expect_heads(html(en, NULL), 4, en_who, flat4);
	/* Another site's shape and language: German, the time a permalink in
	 * the post's h2, the name a profile link in a <dt> of the column. */
#define MA_DE(n, who, when, text)                                                                  \
	"<div class=\"bp\"><h2><span><span class=\"cn\">#" n "</span> <a "                            \
	"href=\"viewtopic.php?pid=90" n "#p90" n "\">" when "</a></span></h2><div class=\"bx\"><div "  \
	"class=\"pl\"><dl><dt><strong><a href=\"profile.php?id=" n "\">" who "</a></strong></dt><dd>"  \
	"<span>Beiträge: 1" n "</span></dd></dl></div><div class=\"pr\"><div class=\"pm\"><p>" text    \
	"</p></div></div></div></div>"
	const char *de =
	    "<html><head><title>Einen Holzrumpf kleben - Bootsbauer Forum</title></head><body><div "
	    "class=\"wr\"><h1>Einen Holzrumpf kleben</h1><p>Welcher Leim hält am besten an einem alten "
	    "Holzrumpf aus Eiche?</p>" MA_DE("2", "Klara", "2024-03-03 11:02:00",
	                                     "Epoxid, ohne Frage. Die erste Schicht verdünnen.")
	        MA_DE("3", "Lukas", "2024-03-03 13:40:00", "<img src=\"leim.jpg\">")
	            MA_DE("4", "Ines", "2024-03-04 08:05:00", "Resorcin, wenn man es noch bekommt.")
	                MA_DE("5", "Otto", "2024-03-04 09:15:00", "<img src=\"rumpf.jpg\">") "</div></body></html>";
#undef MA_DE
	static const char *const de_who[] = {"Klara", "Lukas", "Ines", "Otto"};
	expect_heads(html(de, NULL), 4, de_who, flat4);
}

/* A post quoting an earlier post of the page, its quotation's button a
 * link to that post's anchor ("Originally Posted by NAME <a
 * href=...#post11><img></a>", vBulletin's, names meaning nothing): it
 * answers that post, and the box is a quotation; a link of words to an
 * anchor (a name mentioned) is no such button. */
static void test_scrambled_layouts_quote_button(void **state)
{
	(void)state;
#define QB_EN(n, who, when, text)                                                                  \
	"<li class=\"qa\"><div class=\"hd\"><span class=\"dt\">" when "</span> <a name=\"post" n      \
	"\" href=\"showthread.php?p=" n "#post" n "\">#" n "</a></div><div class=\"ui\"><a "         \
	"href=\"member.php/8" n "-" who "\"><strong>" who "</strong></a></div><div "                 \
	"class=\"pb\"><div class=\"pc\">" text "</div></div></li>"
#define QB_Q(who, n, text)                                                                         \
	"<div class=\"qc\"><div class=\"qt\">Originally Posted by <strong>" who "</strong> <a "      \
	"href=\"showthread.php?p=" n "#post" n "\"><img src=\"viewpost.gif\" alt=\"View "            \
	"Post\"></a></div><div class=\"qm\">" text "</div></div>"
	const char *en =
	    "<html><head><title>Funny pictures - Forums</title></head><body><h1>Funny pictures</h1><p>Post "
	    "the funniest picture you found this week, one a post please.</p><ol class=\"ps\">" QB_EN(
	        "11", "Ixion", "12-08-2011", "Nothing like a quiet morning before the match.")
	        QB_EN("12", "Rapture", "12-09-2011",
	              QB_Q("Ixion", "11", "Nothing like a quiet morning") "Choo choo, the train is leaving.")
	            QB_EN("13", "Aldebaran", "12-09-2011", "That one made me laugh harder than I should.")
	                QB_EN("14", "mickice", "12-10-2011", QB_Q("Rapture", "12", "Choo choo") "Best one.")
	                    "</ol></body></html>";
#undef QB_EN
#undef QB_Q
	static const char *const en_who[] = {"Ixion", "Rapture", "mickice", "Aldebaran"};
	static const unsigned en_depth[] = {0, 1, 2, 0};
	tt_thread *t = html(en, NULL);
	/* (the quotation a box whose first line names the writer quoted in
	 * bold beside the button, its words under it, the answer after it) */
	assert_true(t->ncomments >= 2 && t->order[1]->body.n == 3);
	assert_string_equal(t->order[1]->body.v[0], "> Originally Posted by Ixion");
	assert_string_equal(t->order[1]->body.v[1], "> Nothing like a quiet morning");
	assert_string_equal(t->order[1]->body.v[2], "Choo choo, the train is leaving.");
	expect_heads(t, 4, en_who, en_depth);
	/* Another site's shape and language: German, the anchors the posts'
	 * ids, "Zitat von NAME" and its button; a post naming another by a
	 * link of words inside its text stays where the page puts it. */
#define QB_DE(n, who, when, text)                                                                  \
	"<div class=\"bp\" id=\"p" n "\"><div class=\"bh\"><b>" who "</b> <span>" when "</span></div>" \
	"<div class=\"bt\">" text "</div></div>"
	const char *de =
	    "<html><head><title>Einen Holzrumpf kleben - Bootsbauer Forum</title></head><body><h1>Einen "
	    "Holzrumpf kleben</h1><p>Welcher Leim hält am besten an einem alten Holzrumpf aus Eiche?</p><div "
	    "class=\"wr\">" QB_DE("901", "Klara", "03.03.2024, 11:02", "Epoxid, ohne Frage, die erste Schicht verdünnt.")
	        QB_DE("902", "Lukas", "03.03.2024, 13:40",
	              "<div class=\"zq\"><p>Zitat von Klara <a href=\"viewtopic.php?pid=901#p901\"><img "
	              "src=\"z.png\"></a></p><p>Epoxid, ohne Frage</p></div><p>Nur wenn das Holz trocken "
	              "ist.</p>")
	            QB_DE("903", "Ines", "04.03.2024, 08:05",
	                  "<p>Resorcin hält genauso gut, schreibt <a href=\"#p901\">Klara</a> doch "
	                  "selbst.</p>")
	                "</div></body></html>";
#undef QB_DE
	static const char *const de_who[] = {"Klara", "Lukas", "Ines"};
	static const unsigned de_depth[] = {0, 1, 0};
	expect_heads(html(de, NULL), 3, de_who, de_depth);
}

/* A comment's time element whose words are the machine form, beside a box
 * whose title is that machine form and whose words are the day as shown
 * (Stackoverrun's "<span title="2010-12-29 18:41:20">29 дек. 10</span>"
 * before its dateCreated hidden by a class): the time as shown is the
 * posted text, the machine form the time; a titled box naming another day
 * is no twin. */
static void test_round35_layouts_titled_time(void **state)
{
	(void)state;
#define TT_RU(who, title, shown, machine, text)                                                    \
	"<div itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\" class=\"pk\"><p " \
	"class=\"pt\" itemprop=\"text\">" text "</p><p class=\"pm\"><small>&ndash; <span "             \
	"itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a itemprop=\"name\" "  \
	"href=\"/users/" who "/\">" who "</a></span> <span title=\"" title "\">" shown               \
	"</span><span class=\"qz\" itemprop=\"dateCreated\" datetime=\"" machine "\">" machine       \
	"</span></small></p></div>"
	const char *ru =
	    "<html><head><title>Будильник на телефоне</title></head><body><h1>Будильник на "
	    "телефоне</h1><p>Как узнать, когда сработает следующий будильник на телефоне?</p><div "
	    "class=\"wq\">" TT_RU("fiction", "2010-12-29 18:27:35", "29 дек. 10", "2010-12-29 18:27:35",
	                          "Вы говорите о будильнике или о другом приложении?")
	        TT_RU("ron", "2010-12-30 13:27:22", "30 дек. 10", "2010-12-30 13:27:22",
	              "Я имею в виду будильник, установленный пользователем.")
	            TT_RU("hopia", "2018-02-15 20:14:10", "16 мар. 18", "2018-02-15 20:14:10",
	                  "Подсказка в заголовке говорит о другом дне.") "</div></body></html>";
#undef TT_RU
	tt_thread *t = html(ru, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const posted[] = {"29 дек. 10", "30 дек. 10", "2018-02-15 20:14:10"};
	static const char *const when[] = {"2010-12-29T18:27:35", "2010-12-30T13:27:22",
	                                   "2018-02-15T20:14:10"};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, posted[i]);
		assert_non_null(t->order[i]->time);
		assert_string_equal(t->order[i]->time, when[i]);
	}
	tt_thread_free(t);
	/* Another shape and language: English, schema.org comments in a list,
	 * the shown date a span before the machine form written with a "T" and
	 * no attribute of its own: the machine form's minute kept. */
#define TT_EN(who, shown, machine, text)                                                           \
	"<li class=\"mo\" itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\"><div " \
	"class=\"mh\"><span itemprop=\"author\">" who "</span> &middot; <span title=\"" machine "\">"  \
	shown "</span><span class=\"mx\" itemprop=\"datePublished\">" machine "</span></div><div "    \
	"class=\"mb\" itemprop=\"text\"><p>" text "</p></div></li>"
	const char *en =
	    "<html><head><title>Winter tyres - Road notes</title></head><body><article><h1>Winter "
	    "tyres</h1><p>Are winter tyres worth it for a mild climate like ours?</p></article><ol "
	    "class=\"mc\">" TT_EN("Mara", "Mar 4, 2021", "2021-03-04T09:15",
	                         "Only if you drive up into the hills often.")
	        TT_EN("Joel", "Mar 5, 2021", "2021-03-05T17:40",
	              "All-season tyres were enough for me for years.")
	            TT_EN("Ines", "Mar 6, 2021", "2021-03-06T08:02",
	                  "We fitted them and never looked back.") "</ol></body></html>";
#undef TT_EN
	t = html(en, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const en_posted[] = {"Mar 4, 2021", "Mar 5, 2021", "Mar 6, 2021"};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, en_posted[i]);
	}
	assert_non_null(t->order[1]->time);
	assert_string_equal(t->order[1]->time, "2021-03-05T17:40");
	tt_thread_free(t);
}

/* Qaru's answers (round 37): the shown time a span titled with its machine
 * form, its year written short after an apostrophe ("05 янв. '10 в 4:13",
 * as Stack Overflow wrote its short dates), the machine form beside it
 * hidden; a formatter's week-based year shows the last days of December
 * with the next year ("31 дек. '16" for 2015-12-31): the box is still the
 * time shown, the machine form the time. A title one year off in June is
 * another day, no twin. English too ("Jan 5 '10 at 4:13"). */
static void test_round37_layouts_short_year(void **state)
{
	(void)state;
#define QA(who, title, shown, text)                                                                \
	"<div class=\"xa\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"http://schema.org/Answer\">" \
	"<div class=\"xb\" itemprop=\"text\"><p>" text "</p></div><div class=\"xc\">ответ дан <span "   \
	"itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">"  \
	"<a href=\"https://example.org/users/1/" who "\">" who "</a></span></span> <span title=\""     \
	title "\"> " shown "</span><span class=\"hidden\" itemprop=\"dateCreated\" datetime=\"" title  \
	"\">" title "</span></div></div>"
	const char *ru =
	    "<html><head><title>Как удалить ветку Git?</title></head><body><div itemscope "
	    "itemtype=\"http://schema.org/Question\"><h1 itemprop=\"name\">Как удалить ветку "
	    "Git?</h1><div itemprop=\"text\"><p>Я хочу удалить ветку и локально, и на "
	    "сервере.</p></div>" QA("rankin", "2010-01-05 04:13", "05 янв. &#39;10 в 4:13",
	                           "Удаление удалённой ветки делается одной командой.")
	        QA("jay", "2015-12-31 12:22", "31 дек. &#39;16 в 12:22",
	           "Начиная с версии 2.8 можно писать короче.")
	            QA("ulysses", "2015-06-30 15:39", "30 июня &#39;16 в 15:39",
	               "Подсказка в заголовке говорит о другом годе.") "</div></body></html>";
#undef QA
	tt_thread *t = html(ru, NULL);
	assert_int_equal(t->ncomments, 3);
	static const char *const posted[] = {"05 янв. '10 в 4:13", "31 дек. '16 в 12:22",
	                                     "2015-06-30 15:39"};
	static const char *const when[] = {"2010-01-05T04:13", "2015-12-31T12:22",
	                                   "2015-06-30T15:39"};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, posted[i]);
		assert_non_null(t->order[i]->time);
		assert_string_equal(t->order[i]->time, when[i]);
	}
	tt_thread_free(t);
	const char *en =
	    "<html><head><title>Rename a branch</title></head><body><h1>Rename a branch</h1><p>How do "
	    "I rename a local branch that was not pushed yet?</p><div class=\"ans\"><div "
	    "class=\"ab\"><p>Use the move flag on the branch command.</p></div><div class=\"ai\">"
	    "answered by <a href=\"/users/7/mara\">mara</a> <span title=\"2010-01-05 04:13:20Z\">Jan 5 "
	    "&#39;10 at 4:13</span><span class=\"hid\">2010-01-05 04:13:20Z</span></div></div><div "
	    "class=\"ans\"><div class=\"ab\"><p>Or rename it in your editor's branch list.</p></div>"
	    "<div class=\"ai\">answered by <a href=\"/users/9/joel\">joel</a> <span "
	    "title=\"2011-12-30 09:02:11Z\">Dec 30 &#39;12 at 9:02</span><span "
	    "class=\"hid\">2011-12-30 09:02:11Z</span></div></div></body></html>";
	t = html(en, NULL);
	assert_int_equal(t->ncomments, 2);
	static const char *const en_posted[] = {"Jan 5 '10 at 4:13", "Dec 30 '12 at 9:02"};
	for (size_t i = 0; i < 2; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, en_posted[i]);
	}
	tt_thread_free(t);
}

/* A talk page as MediaWiki's parser renders it for action=render (round
 * 38's Serbian archive): a bare <div class="mw-parser-output">, no document
 * around it, read as HTML by its content; {{outdent}}'s drawn arrow and the
 * {{Tracked}} template's floated box are no one's words; an em space before
 * a signature's dash reads as a space; the wiki told by its links' titles
 * where its classes are gone. */
static void test_round38_talk_fragment(void **state)
{
	(void)state;
#define SIG_SR(user, when)                                                                         \
	"<a href=\"//sr.wikipedia.org/wiki/%D0%9A%D0%BE%D1%80%D0%B8%D1%81%D0%BD%D0%B8%D0%BA:" user   \
	"\" title=\"Корисник:" user "\">" user "</a> (<a href=\"//sr.wikipedia.org/wiki/Разговор_са_" \
	"корисником:" user "\" title=\"Разговор са корисником:" user "\">разговор</a>) " when      \
	" (CET)"
	const char *sr =
	    "<div class=\"mw-parser-output\"><p>Архива старијих разговора.</p>\n<h2><span "
	    "class=\"mw-headline\">Грб</span></h2>\n<p>Молим да се фајл врати. " SIG_SR(
	        "Alexzr88", "14:11, 15. јануар 2018.") "\n</p>\n<dl><dd>Вратио сам на званичан.&#8195;— " SIG_SR(
	        "Zoran", "18:00, 15. фебруар 2018.") "</dd></dl>\n<p><span class=\"outdent-template\" "
	                                             "style=\"display:block\"><span>┌</span><span>────"
	                                             "</span><span>┘</span></span>Update 1: Као што сам "
	                                             "напоменуо. " SIG_SR("Srdjan",
	                                                                  "13:20, 27. фебруар "
	                                                                  "2018.") "\n</p>\n<h2><span "
	                                                                           "class=\"mw-"
	                                                                           "headline\">Џиџа</"
	                                                                           "span></h2>\n<div "
	                                                                           "style=\"float: "
	                                                                           "right\" "
	                                                                           "class=\"plainlinks "
	                                                                           "mw-trackedTemplate\">"
	                                                                           "Пријављено на "
	                                                                           "Фабрикатору<br>"
	                                                                           "Задатак: T200654</"
	                                                                           "div>\n<p>Да ли неко "
	                                                                           "зна? " SIG_SR(
	        "Nikola", "23:44, 29. јул 2018.") "\n</p></div>\n";
#undef SIG_SR
	assert_int_equal(tt_import_detect(sr, strlen(sr)), TT_IMPORT_HTML);
	tt_thread *t = html(sr, NULL);
	static const char *const who[] = {"Alexzr88", "Zoran", "Srdjan", "Nikola"};
	static const unsigned depth[] = {0, 1, 0, 0};
	assert_int_equal(t->ncomments, 4);
#define STARTS(s, p) assert_true(!strncmp((s), (p), strlen(p)))
	STARTS(t->order[1]->body.v[0], "Вратио сам на званичан. — Zoran");
	STARTS(t->order[2]->body.v[0], "Update 1: Као");
	STARTS(t->order[3]->body.v[0], "Да ли неко зна?");
#undef STARTS
	for (size_t i = 0; i < t->ncomments; i++)
		for (size_t k = 0; k < t->order[i]->body.n; k++)
			assert_null(strstr(t->order[i]->body.v[k], "Фабрикатору"));
	expect_heads(t, 4, who, depth); /* frees t */
	/* Its classes gone (a reader's copy, class names rewritten): the links
	 * the parser writes, each titled with the page its address names, still
	 * mark the wiki. */
	char *bare = tt_xstrdup(sr);
	char *mw = strstr(bare, "mw-parser-output");
	assert_non_null(mw);
	memcpy(mw, "xq-renamed-box00", 16);
	t = html(bare, NULL);
	assert_int_equal(t->ncomments, 4);
	expect_heads(t, 4, who, depth);
	free(bare);
}

/* Old Reddit in Slovak (round 39): an age shown "pred 3 hodiny" ("3 hours
 * ago") is kept whole, its "pred" no verb of what happened (as "asked" is
 * in "asked 3 days ago"); a deleted account's "<em>[vymazané]</em>" is the
 * name the page shows; and the counts of a "read next" list's other
 * threads, each in a link of the list's class, are no count of this page
 * (which names no address of its own to tell them by). A link post's body
 * is the address it links, not the subreddit's rules beside it. */
#define OR_COMMENT(id, who, when, words, kids)                                                    \
	"<div class=\" thing id-t1_" id " comment \" id=\"thing_t1_" id "\" data-type=\"comment\">" \
	"<div class=\"entry unvoted\"><p class=\"tagline\"><a href=\"javascript:void(0)\" "         \
	"class=\"expand\">[–]</a>" who " <span class=\"score unvoted\">4 body</span> <time "        \
	"datetime=\"2016-10-13T11:39:02+00:00\" class=\"live-timestamp\">" when "</time></p>"       \
	"<div class=\"usertext-body\"><div class=\"md\"><p>" words "</p></div></div></div>"         \
	"<div class=\"child\">" kids "</div></div>"
static void test_round39_old_reddit(void **state)
{
	(void)state;
	const char *page =
	    "<!DOCTYPE html><html><head><title>Bob Dylan dostal Nobelovu cenu</title></head><body>"
	    "<div class=\"side\"><div class=\"md\"><p>Links to amusing, interesting, or funny "
	    "news from the web, one a day, are welcome here, as the rules below say.</p><p>Do "
	    "not post news that have already appeared here, or that are older than a week.</p>"
	    "</div></div><div id=\"siteTable\"><div class=\" thing id-t3_579q17 link \">"
	    "<div class=\"entry\"><p class=\"title\"><a class=\"title outbound\" href=\""
	    "http://www.theguardian.com/books/nobel-2016\">Bob Dylan dostal Nobelovu cenu</a></p>"
	    "<p class=\"tagline\">odoslané <time datetime=\"2016-10-13T11:18:01+00:00\">pred 3 "
	    "hodiny</time> by <a href=\"/user/Hugpandas\" class=\"author\">Hugpandas</a></p>"
	    "</div></div></div>"
	    "<div class=\"read-next-list\"><div class=\"listing-contents\">"
	    "<a class=\"read-next-link\" href=\"/r/worldnews/comments/579ugt/other/\"><div>"
	    "<span class=\"score\">4874 points</span> <span class=\"comments\">925 komentárov</span>"
	    "</div><div class=\"read-next-title\">Another thread</div></a>"
	    "<a class=\"read-next-link\" href=\"/r/worldnews/comments/578ags/yet_another/\"><div>"
	    "<span class=\"comments\">1272 komentárov</span></div><div>Yet another</div></a>"
	    "</div></div>"
	    "<div class=\"commentarea\"><div class=\"panestack-title\"><span class=\"title\">všetky "
	    "3 komentáre</span></div><div class=\"sitetable nestedlisting\">" OR_COMMENT(
	        "a1", "<a href=\"/user/dyl40011\" class=\"author\">dyl40011</a>", "pred 3 hodiny",
	        "An english teacher of mine once read lyrics to the class.",
	        OR_COMMENT("a2", "<em>[vymazané]</em>", "pred 55 minút", "[removed]", ""))
	        OR_COMMENT("a3", "<a href=\"/user/dtm106\" class=\"author\">dtm106</a>",
	                   "pred 1 hodina", "Since we are talking literature, note this.", "")
	    "</div></div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	tt_thread *t = html(page, &r);
	assert_int_equal(r.stated, 3);
	/* a link post: its body the address it links, not the subreddit's
	 * rules in the column beside it */
	assert_int_equal(t->article.body.n, 1);
	assert_string_equal(t->article.body.v[0], "http://www.theguardian.com/books/nobel-2016");
	assert_string_equal(t->article.author, "Hugpandas");
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "pred 3 hodiny");
	assert_string_equal(t->order[1]->author, "[vymazané]");
	assert_string_equal(t->order[1]->posted, "pred 55 minút");
	assert_string_equal(t->order[2]->posted, "pred 1 hodina");
	static const char *const who[] = {"dyl40011", "[vymazané]", "dtm106"};
	static const unsigned depth[] = {0, 1, 0};
	expect_heads(t, 3, who, depth); /* frees t */
	tt_import_report_free(&r);
}
#undef OR_COMMENT

/* NodeBB 4 (round 40): each answer opens with a copy of the post it answers
 * (div[component=post/parent] data-parent-pid: that post's name, its time in
 * a hidden link's title, its words' opening), none of the answer's own
 * fields; the number says which post it answers, one naming the topic's
 * post answers none. The header shows an avatar's letter, "This user is
 * from outside of this forum" and a badge around the name microdata gives
 * as <meta itemprop=name content=NAME>: the name. */
#define NB_POST(PID, NAME, WHEN, PARENT, WORDS)                                                 \
	"<li component=\"post\" data-pid=\"" PID "\" itemprop=\"comment\" itemscope>"              \
	"<meta itemprop=\"datePublished\" content=\"" WHEN "\">" PARENT                            \
	"<div class=\"post-container\"><div class=\"post-header\" itemprop=\"author\" itemscope "  \
	"itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"" NAME "\">"     \
	"<span class=\"avatar\">" NAME "</span><span class=\"visually-hidden\">This user is from " \
	"outside of this forum</span><a class=\"fw-bold\" href=\"/user/" NAME "\">" NAME "</a>"    \
	"<a href=\"/groups/x\"><span class=\"badge\">Staff</span></a><span class=\"text-muted\">"  \
	"wrote on <a href=\"/post/" PID "\" class=\"timeago\" title=\"" WHEN "\"></a></span></div>" \
	"<div component=\"post/content\" class=\"content\"><p>" WORDS "</p></div></div></li>"
#define NB_PARENT(PID, NAME, WHEN)                                                              \
	"<div component=\"post/parent\" data-parent-pid=\"" PID "\" class=\"btn btn-ghost\">"      \
	"<a href=\"/user/" NAME "\"><span class=\"avatar\">X</span></a><a class=\"fw-semibold\" "  \
	"href=\"/user/" NAME "\">" NAME "</a><a href=\"/post/" PID "\" class=\"timeago hidden\" "  \
	"title=\"" WHEN "\"></a><div component=\"post/parent/content\" class=\"text-muted\">"      \
	"<p>The opening of the words of the post this one answers, cut short.</p></div></div>"

static void test_round40_nodebb_parent(void **state)
{
	(void)state;
	const char *page =
	    "<!DOCTYPE html><html><head><title>RC1 of NodeBB v4</title></head><body>"
	    "<h1>RC1 of NodeBB v4</h1><ul component=\"topic\">" NB_POST(
	        "100", "julian", "2024-11-27T15:50:23.066Z", "",
	        "I am happy to announce the first release candidate of version four today.")
	        NB_POST("101", "julian", "2024-11-27T19:36:29.906Z",
	                NB_PARENT("100", "julian", "2024-11-27T15:50:23.066Z"),
	                "The second candidate is out already, fixing a regression in deletions.")
	            NB_POST("https://mastodon.scot/users/g/statuses/1", "GunChleoc",
	                    "2024-11-27T19:46:08.000Z",
	                    NB_PARENT("101", "julian", "2024-11-27T19:36:29.906Z"),
	                    "Good luck tracking that one down, and thanks for the quick fix.")
	                NB_POST("103", "Kichae", "2024-11-27T19:50:06.203Z", "",
	                        "Federation with Lemmy seems broken from here, as far as I can tell.")
	                    NB_POST("104", "julian", "2024-11-27T19:52:51.669Z",
	                            NB_PARENT("103", "Kichae", "2024-11-27T19:50:06.203Z"),
	                            "Can you give me an example of a post that did not make it?")
	                        "</ul></body></html>";
	tt_thread *t = html(page, NULL);
	assert_int_equal(t->ncomments, 4);
	static const char *const when[] = {"2024-11-27T19:36:29.906Z", "2024-11-27T19:46:08.000Z",
	                                   "2024-11-27T19:50:06.203Z", "2024-11-27T19:52:51.669Z"};
	static const char *const first[] = {"The second candidate", "Good luck tracking",
	                                    "Federation with Lemmy", "Can you give"};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->posted, when[i]);
		assert_int_equal(strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])), 0);
	}
	static const char *const who[] = {"julian", "GunChleoc", "Kichae", "julian"};
	static const unsigned depth[] = {0, 1, 0, 1};
	expect_heads(t, 4, who, depth); /* frees t */
}
#undef NB_POST
#undef NB_PARENT

/* phpBB's quotation title: "NAME wrote: ↑" and the quoted post's date in a
 * box of its own inside the <cite> (round 40): one line, the title. */
static void test_cite_one_line(void **state)
{
	(void)state;
	const char *page =
	    "<!DOCTYPE html><html><head><title>Turning off all LEDs</title></head><body>"
	    "<div class=\"post\" id=\"p1\"><div class=\"postbody\"><p class=\"author\">by <a "
	    "href=\"./memberlist.php?mode=viewprofile&amp;u=1\" class=\"username\">jahboater</a> "
	    "&raquo; <time datetime=\"2023-12-27T10:00:00+00:00\">Wed Dec 27, 2023 10:00 am</time>"
	    "</p><div class=\"content\">This works on the Pi 5 to turn off both of the leds.</div>"
	    "</div></div>"
	    "<div class=\"post\" id=\"p2\"><div class=\"postbody\"><p class=\"author\">by <a "
	    "href=\"./memberlist.php?mode=viewprofile&amp;u=2\" class=\"username\">sgbeal</a> "
	    "&raquo; <time datetime=\"2023-12-27T11:04:00+00:00\">Wed Dec 27, 2023 11:04 am</time>"
	    "</p><div class=\"content\"><blockquote><div><cite><a href=\"./memberlist.php?mode="
	    "viewprofile&amp;u=1\">jahboater</a> wrote: <a href=\"./viewtopic.php?p=1#p1\" "
	    "data-post-id=\"1\">\xE2\x86\x91</a><div class=\"responsive-hide\">Wed Dec 27, 2023 "
	    "10:00 am</div></cite>This works on the Pi 5 to turn off both of the leds.</div>"
	    "</blockquote>I lay a bandana over mine for that reason and it works quite well."
	    "</div></div></div></body></html>";
	tt_thread *t = html(page, NULL);
	assert_true(t->ncomments >= 1);
	const tt_comment *c = t->order[t->ncomments - 1];
	assert_string_equal(c->author, "sgbeal");
	assert_true(c->body.n >= 3);
	assert_string_equal(c->body.v[0], "> jahboater wrote: \xE2\x86\x91 Wed Dec 27, 2023 10:00 am");
	assert_string_equal(c->body.v[1], "> This works on the Pi 5 to turn off both of the leds.");
	tt_thread_free(t);
}

/* A forum whose class names say nothing (round 38's Something Awful page
 * scrambled): each post a member's card (the name, the day the member
 * joined, a title) beside the text, the post's date and clock under it.
 * The card's day reads as a date as the post's does; it is the member's:
 * the same in every post of one member where members write twice, and a
 * day before the post's (html_slots.c, hs_member_dates). A date repeated
 * within one writer's posts of one day is no member's (Flarum's). */
static void test_member_card_dates(void **state)
{
	(void)state;
	const char *page =
	    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Help desk - The Forums</title></head><body>\n"
	    "<h1>Help desk</h1>\n"
	    "<div class=\"q7\">\n"
	    "<table class=\"z1\" id=\"z101\"><tr><td class=\"k2\"><dl><dt class=\"u3\">Ann Example</dt><dd class=\"r4\">May 22, 2015</dd><dd class=\"t5\">a title of her own</dd></dl></td>\n"
	    "<td class=\"b6\"><p>My phone will not load the internet, what do I do now?</p></td></tr>\n"
	    "<tr><td class=\"d8\">Dec 5, 2024 21:45</td><td class=\"a9\"><a href=\"#\">Quote</a></td></tr></table>\n"
	    "<table class=\"z1\" id=\"z102\"><tr><td class=\"k2\"><dl><dt class=\"u3\">Bob Builder</dt><dd class=\"r4\">Nov 21, 2022</dd><dd class=\"t5\">fixes things</dd></dl></td>\n"
	    "<td class=\"b6\"><p>Try turning it off and on again, it works for me every time.</p></td></tr>\n"
	    "<tr><td class=\"d8\">Dec 5, 2024 21:46</td><td class=\"a9\"><a href=\"#\">Quote</a></td></tr></table>\n"
	    "<table class=\"z1\" id=\"z103\"><tr><td class=\"k2\"><dl><dt class=\"u3\">Ann Example</dt><dd class=\"r4\">May 22, 2015</dd><dd class=\"t5\">a title of her own</dd></dl></td>\n"
	    "<td class=\"b6\"><p>I did that and now it shows a blue screen with words.</p></td></tr>\n"
	    "<tr><td class=\"d8\">Dec 5, 2024 21:50</td><td class=\"a9\"><a href=\"#\">Quote</a></td></tr></table>\n"
	    "<table class=\"z1\" id=\"z104\"><tr><td class=\"k2\"><dl><dt class=\"u3\">Carla</dt><dd class=\"r4\">Mar 6, 2006</dd><dd class=\"t5\">old hand</dd></dl></td>\n"
	    "<td class=\"b6\"><p>The blue screen means it is updating, just wait a little.</p></td></tr>\n"
	    "<tr><td class=\"d8\">Dec 5, 2024 22:23</td><td class=\"a9\"><a href=\"#\">Quote</a></td></tr></table>\n"
	    "<table class=\"z1\" id=\"z105\"><tr><td class=\"k2\"><dl><dt class=\"u3\">Bob Builder</dt><dd class=\"r4\">Nov 21, 2022</dd><dd class=\"t5\">fixes things</dd></dl></td>\n"
	    "<td class=\"b6\"><p>Carla is right, give it an hour and it will be fine again.</p></td></tr>\n"
	    "<tr><td class=\"d8\">Dec 6, 2024 08:31</td><td class=\"a9\"><a href=\"#\">Quote</a></td></tr></table>\n"
	    "<table class=\"z1\" id=\"z106\"><tr><td class=\"k2\"><dl><dt class=\"u3\">Carla</dt><dd class=\"r4\">Mar 6, 2006</dd><dd class=\"t5\">old hand</dd></dl></td>\n"
	    "<td class=\"b6\"><p>Told you so. Updates always take longer than anyone expects.</p></td></tr>\n"
	    "<tr><td class=\"d8\">Dec 6, 2024 09:05</td><td class=\"a9\"><a href=\"#\">Quote</a></td></tr></table>\n"
	    "</div></body></html>\n";
	tt_thread *t = html(page, NULL);
	static const char *const when[] = {"Dec 5, 2024 21:46", "Dec 5, 2024 21:50",
	                                   "Dec 5, 2024 22:23", "Dec 6, 2024 08:31",
	                                   "Dec 6, 2024 09:05"};
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, when[i]);
	}
	assert_string_equal(t->order[4]->time, "2024-12-06T09:05");
	tt_thread_free(t);
	/* The day beside each post its own day (each member writing twice on
	 * one day, as on Flarum's page): no member's date, left as read. */
	char *same = tt_xstrdup(page);
	static const char *const joined[][2] = {{"May 22, 2015", "Dec  5, 2024"},
	                                        {"Nov 21, 2022", "Dec  5, 2024"},
	                                        {"Mar 6, 2006", "Dec 5, 2024"}};
	for (size_t j = 0; j < 3; j++)
		for (char *at = strstr(same, joined[j][0]); at; at = strstr(at, joined[j][0]))
			memcpy(at, joined[j][1], strlen(joined[j][1]));
	for (char *at = strstr(same, "Dec 6, 2024 08:31"); at; at = NULL)
		memcpy(at, "Dec 5, 2024 23:31", 17);
	for (char *at = strstr(same, "Dec 6, 2024 09:05"); at; at = NULL)
		memcpy(at, "Dec 5, 2024 23:55", 17);
	t = html(same, NULL);
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, "Dec 5, 2024");
	}
	tt_thread_free(t);
	free(same);
}

/* Wiki talk pages (round 36, import_html_talk.c): comments signed with a
 * link to the writer's user page, talk page or contributions and a time
 * closed by its zone in brackets, answers indented by lists, each heading
 * a new discussion; no namespace's name is read. Parsoid's page in French
 * (an address's contributions, a postscript signed again, a framed <div>,
 * the page's head the article), the parser's page in Polish (links to
 * /wiki/ and to a missing page's edit form, a custom signature showing
 * another name, an indentation skipping a level, a subpage's link by a
 * time no signature, times in Eastern Arabic digits after a mark); a page
 * signed so but not a wiki's is no talk page. */
static void test_round36_talk_pages(void **state)
{
	(void)state;
#define SIG_FR(user, shown, when)                                                                  \
	"<a rel=\"mw:WikiLink\" href=\"./Utilisateur:" user "\" title=\"Utilisateur:" user "\">" shown  \
	"</a> (<a rel=\"mw:WikiLink\" href=\"./Discussion_utilisateur:" user "\">discuter</a>) " when \
	" (CEST)"
	const char *fr =
	    "<!DOCTYPE html><html prefix=\"mw: http://mediawiki.org/rdf/\"><head><meta "
	    "charset=\"utf-8\"/><meta property=\"mw:pageNamespace\" content=\"1\"/><title>Discussion:Le "
	    "Fleuve</title></head><body><section data-mw-section-id=\"0\"><p>Cette page sert à discuter "
	    "de l'article sur le fleuve.</p></section><section data-mw-section-id=\"1\"><h2>Le "
	    "débit</h2><p>Le débit donné en tête est faux, la source dit autre chose. " SIG_FR(
	        "Alice_Martin", "Alice Martin", "9 octobre 2017 à 14:39") "</p><dl><dd>C'est corrigé, "
	                                                                  "merci. " SIG_FR(
	        "Bob", "<b>B.</b>", "9 octobre 2017 à 17:16") "<dl><dd>Parfait ainsi. <a "
	                                                       "rel=\"mw:WikiLink\" "
	                                                       "href=\"./Sp%C3%A9cial:Contributions/"
	                                                       "192.0.2.7\">192.0.2.7</a> 10 octobre "
	                                                       "2017 à 10:04 (CEST)</dd></dl></dd></dl><p>Un "
	                                                       "autre point sur la crue. " SIG_FR(
	        "Alice_Martin", "Alice Martin", "11 octobre 2017 à 08:00") " Et la carte aussi. " SIG_FR(
	        "Alice_Martin", "Alice Martin",
	        "11 octobre 2017 à 08:05") "</p></section><section data-mw-section-id=\"2\"><h2>La "
	                                   "carte</h2><dl><dd>La carte manque de légende. " SIG_FR(
	        "Bob", "B.", "12 octobre 2017 à 09:30") "</dd></dl><div style=\"border: 1px dashed "
	                                                 "gray\">Je la refais demain. " SIG_FR(
	        "Carla", "Carla", "12 octobre 2017 à 11:45") "</div></section></body></html>";
#undef SIG_FR
	tt_thread *t = html(fr, NULL);
	static const char *const fr_who[] = {"Alice Martin", "Bob", "192.0.2.7", "Alice Martin",
	                                     "Bob", "Carla"};
	static const unsigned fr_depth[] = {0, 1, 2, 0, 0, 0};
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->article.body.v[0], "Cette page sert à discuter de l'article sur le fleuve.");
	assert_string_equal(t->order[0]->posted, "9 octobre 2017 à 14:39 (CEST)");
	assert_true(!strncmp(t->order[0]->body.v[0], "Le débit donné en tête est faux", 31));
	assert_int_equal(t->order[3]->body.n, 2); /* the postscript, signed again */
	assert_true(!strncmp(t->order[3]->body.v[1], "Et la carte aussi.", 18));
	assert_true(!strncmp(t->order[5]->body.v[0], "Je la refais demain.", 20));
	expect_heads(t, 6, fr_who, fr_depth);
	/* The parser's page, Polish. */
#define SIG_PL(user, shown, when)                                                                  \
	"<a href=\"/wiki/Wikipedysta:" user "\" title=\"Wikipedysta:" user "\">" shown "</a> (<a "    \
	"href=\"/w/index.php?title=Dyskusja_wikipedysty:" user "&amp;action=edit&amp;redlink=1\" "   \
	"class=\"new\">dyskusja</a>) " when
	const char *pl =
	    "<html><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"MediaWiki "
	    "1.35.0\"><title>Wikipedia:Kawiarenka - Wikipedia</title></head><body><div "
	    "class=\"mw-parser-output\"><h2>Interwiki</h2><p>Zmiany interwiki są mniej widoczne niż "
	    "kiedyś. " SIG_PL("Stok", "StoK", "08:23, 29 wrz 2018 (CEST)") "</p><dl><dd><dl><dd>Warto "
	    "to sprawdzić, zob. <a href=\"/wiki/Wikipedia:Interwiki/Zasady\">Wikipedia:Interwiki/"
	    "Zasady</a> 09:06, 29 wrz 2018 (CEST). Sprawdzę jutro. " SIG_PL("Cybularny", "Cybularny",
	                                                                  "09:10, 29 wrz 2018 "
	                                                                  "(CEST)") "</dd></dl></dd></dl>"
	    "<p>Dziękuję za pomoc wszystkim. " SIG_PL(
	        "Zwiadowca21", "Zwiadowca21",
	        "\xE2\x80\x8F\xD9\xA2\xD9\xA0:\xD9\xA2\xD9\xA0\xD8\x8C \xD9\xA1 "
	        "pa\xC5\xBA \xD9\xA2\xD9\xA0\xD9\xA1\xD9\xA8 (CEST)") "</p></div><div "
	                                                        "id=\"mw-panel\"><ul><li>Ostatnio: " SIG_PL(
	        "Ghost", "Ghost", "10:00, 1 pa\xC5\xBA 2018 (CEST)") "</li></ul></div></body></html>";
#undef SIG_PL
	t = html(pl, NULL);
	static const char *const pl_who[] = {"Stok", "Cybularny", "Zwiadowca21"};
	static const unsigned pl_depth[] = {0, 1, 0};
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->posted, "09:10, 29 wrz 2018 (CEST)");
	assert_true(!strncmp(t->order[1]->body.v[0], "Warto to sprawdzić", 19));
	assert_non_null(t->order[2]->posted);
	assert_true(!strncmp(t->order[2]->posted, "\xD9\xA2\xD9\xA0:", 5)); /* the mark left off */
	expect_heads(t, 3, pl_who, pl_depth);
	/* Arabic: the zone's letters not Latin, the time read without it. */
#define SIG_AR(user, when)                                                                         \
	"<a rel=\"mw:WikiLink\" href=\"./%D9%85%D8%B3%D8%AA%D8%AE%D8%AF%D9%85:" user "\">" user   \
	"</a> (<a rel=\"mw:WikiLink\" href=\"./%D9%86%D9%82%D8%A7%D8%B4_%D8%A7%D9%84%D9%85%D8%B3%D8%AA" \
	"%D8%AE%D8%AF%D9%85:" user "\">\xD9\x86\xD9\x82\xD8\xA7\xD8\xB4</a>) " when               \
	" (\xD8\xAA \xD8\xB9 \xD9\x85)"
	const char *ar =
	    "<html><head><meta charset=\"utf-8\"><meta property=\"mw:pageNamespace\" "
	    "content=\"4\"><title>\xD9\x86\xD9\x82\xD8\xA7\xD8\xB4</title></head><body><h2>IP</h2><p>"
	    "\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7. " SIG_AR(
	        "Johan", "22:51\xD8\x8C 21 \xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84 2020") "</p><p>"
	    "\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7. " SIG_AR(
	        "Nehaoua", "22:55\xD8\x8C 29 \xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84 2020") "</p></body></html>";
#undef SIG_AR
	t = html(ar, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Johan");
	assert_non_null(t->order[0]->time);
	assert_string_equal(t->order[0]->time, "2020-04-21T22:51");
	tt_thread_free(t);
	/* Signed so, but no wiki's page: read as any other page. */
	const char *blog =
	    "<html><head><title>Notes</title></head><body><article><h1>Notes</h1><p>A post about "
	    "rivers and their floods, long enough to be the article of the page.</p></article><div "
	    "id=\"replies\"><p>Nice one. <a href=\"/wiki/User:Ann\">Ann</a> (<a "
	    "href=\"/wiki/User_talk:Ann\">talk</a>) 10:00, 1 May 2020 (UTC)</p><p>Agreed. <a "
	    "href=\"/wiki/User:Ben\">Ben</a> (<a href=\"/wiki/User_talk:Ben\">talk</a>) 11:00, 1 May "
	    "2020 (UTC)</p></div></body></html>";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	t = html(blog, &r);
	assert_string_not_equal(r.layout, "wiki talk page (signed comments)");
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* A comment's box holding its words, a box of a dash and the writer's
 * link, then the time (Stack Exchange's comments, names meaning nothing):
 * the writer signs after the words; and an answer whose time element is
 * an empty "<time datetime>" beside the time as shown elsewhere in it: the
 * time as shown. */
static void test_scrambled_layouts_dash_signed(void **state)
{
	(void)state;
#define DS_EN(text, who, slug, when)                                                               \
	"<li class=\"qq\" data-comment-id=\"1\"><div class=\"sc\"><div class=\"sv\"></div></div><div " \
	"class=\"cb\"><div class=\"cc\"><span class=\"ct\">" text "</span><div class=\"cu\">&ndash; " \
	"<a href=\"/users/29/" slug "\" title=\"669 reputation\" class=\"cl\">" who "</a></div><span "  \
	"class=\"cd\" dir=\"ltr\"><span title=\"2019-09-25 12:22:29Z\" class=\"ce\">" when           \
	"</span></span></div></div></li>"
	const char *en =
	    "<html><head><title>Passive voice</title></head><body><div itemscope "
	    "itemtype=\"https://schema.org/QAPage\"><div itemprop=\"mainEntity\" itemscope "
	    "itemtype=\"https://schema.org/Question\"><h1 itemprop=\"name\">Passive voice</h1><div "
	    "itemprop=\"text\"><p>Why do they say one form and not the other one here?</p></div></div><div "
	    "class=\"xa\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\"><time "
	    "itemprop=\"dateCreated\" datetime=\"2014-02-06T23:35:45\"></time><div class=\"xb\" "
	    "itemprop=\"text\"><p>I do not quite agree with the other two answers.</p></div><div "
	    "class=\"xu\">answered <span title=\"2014-02-06 23:35:45Z\">Feb 6, 2014 at 23:35</span></div><div "
	    "class=\"xm\"><ul class=\"xl\">" DS_EN("I found this answer very helpful, thank you.",
	                                         "Tony Marsh", "tony-marsh", "Sep 25, 2019 at 12:22")
	        DS_EN("Exactly, that one is simply not correct.", "Earth Ling", "earth-ling",
	              "Sep 27, 2019 at 0:14") "</ul></div></div></div></body></html>";
#undef DS_EN
	tt_thread *t = html(en, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_non_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->posted, "Feb 6, 2014 at 23:35");
	static const char *const who[] = {"Tony Marsh", "Earth Ling"};
	static const char *const first[] = {"I found this answer very helpful, thank you.",
	                                    "Exactly, that one is simply not correct."};
	for (size_t i = 0; i < 2; i++) {
		const tt_comment *c = t->order[i + 1];
		assert_non_null(c->author);
		assert_string_equal(c->author, who[i]);
		assert_int_equal(c->body.n, 1);
		assert_string_equal(c->body.v[0], first[i]);
		assert_int_equal(c->depth, 1);
	}
	tt_thread_free(t);
	/* Another site's shape and language: Spanish, schema.org comments, an
	 * em dash. */
#define DS_ES(text, who, slug, when)                                                               \
	"<li class=\"rr\" itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\"><div "  \
	"class=\"rc\"><span class=\"rt\">" text "</span> <div class=\"rf\">&mdash; <a "              \
	"href=\"/perfil/" slug "\">" who "</a></div> <span class=\"rh\"><span>" when                 \
	"</span></span></div></li>"
	const char *es =
	    "<html><head><title>El puente</title></head><body><article itemscope "
	    "itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">El puente</h1><div "
	    "itemprop=\"articleBody\"><p>El puente del río estará cerrado por obras durante todo el mes "
	    "de marzo.</p></div><ul class=\"cs\">" DS_ES("Otra vez cerrado, qué desastre.", "Lucía Pérez",
	                                                 "lucia-perez", "12/03/2015 10:15")
	        DS_ES("Por fin lo arreglan, ya era hora.", "Mateo Ruiz", "mateo-ruiz", "12/03/2015 11:20")
	            DS_ES("¿Y los autobuses por dónde pasarán?", "Sofía Gil", "sofia-gil",
	                  "13/03/2015 09:05") "</ul></article></body></html>";
#undef DS_ES
	static const char *const es_who[] = {"Lucía Pérez", "Mateo Ruiz", "Sofía Gil"};
	static const char *const es_first[] = {"Otra vez cerrado, qué desastre.",
	                                       "Por fin lo arreglan, ya era hora.",
	                                       "¿Y los autobuses por dónde pasarán?"};
	static const unsigned flat3[] = {0, 0, 0};
	t = html(es, NULL);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	expect_blind(t, es_who, flat3, es_first, 3);
}

/* Posts of a picture alone among posts of words, the writer's column
 * (rank, date joined, count) beside each post's text box: the picture's
 * post has no words, not the column's. */
static void test_scrambled_layouts_picture_post(void **state)
{
	(void)state;
#define PP_DE(n, who, when, rank, text)                                                            \
	"<div class=\"bp\"><h2><span><span class=\"cn\">#" n "</span> <a "                            \
	"href=\"viewtopic.php?pid=90" n "#p90" n "\">" when "</a></span></h2><div class=\"bx\"><div "  \
	"class=\"pl\"><dl><dt><strong><a href=\"profile.php?id=" n "\">" who "</a></strong></dt><dd>"  \
	rank "</dd><dd><span>Beiträge: 1" n "</span></dd></dl></div><div class=\"pr\"><div "           \
	"class=\"pm\">" text "</div></div></div></div>"
	const char *de =
	    "<html><head><title>Einen Holzrumpf kleben - Bootsbauer Forum</title></head><body><div "
	    "class=\"wr\"><h1>Einen Holzrumpf kleben</h1><p>Welcher Leim hält am besten an einem alten "
	    "Holzrumpf aus Eiche?</p>" PP_DE("2", "Klara", "2024-03-03 11:02:00", "Mitglied",
	                                     "<p>Epoxid, ohne Frage. Die erste Schicht verdünnen.</p>")
	        PP_DE("3", "Lukas", "2024-03-03 13:40:00", "Neuling", "<img src=\"leim.jpg\">")
	            PP_DE("4", "Ines", "2024-03-04 08:05:00", "Moderatorin",
	                  "<p>Resorcin, wenn man es noch bekommt.</p>")
	                PP_DE("5", "Otto", "2024-03-04 09:15:00", "Mitglied",
	                      "<p>Ich nehme seit Jahren nur noch Epoxid.</p>")
	                    PP_DE("6", "Jonas", "2024-03-04 10:30:00", "Neuling", "<img src=\"rumpf.jpg\">")
	                        "</div></body></html>";
#undef PP_DE
	static const char *const who[] = {"Klara", "Lukas", "Ines", "Otto", "Jonas"};
	static const unsigned flat5[] = {0, 0, 0, 0, 0};
	tt_thread *t = html(de, NULL);
	assert_int_equal(t->order[1]->body.n, 0);
	assert_int_equal(t->order[4]->body.n, 0);
	assert_string_equal(t->order[2]->body.v[0], "Resorcin, wenn man es noch bekommt.");
	expect_heads(t, 5, who, flat5);
	/* Another site's shape and language: English, the date over the post,
	 * the writer's column of a rank and a date joined, the text in a box in
	 * a box beside it. */
#define PP_EN(n, who, when, rank, text)                                                            \
	"<li class=\"qa\"><div class=\"hd\"><span class=\"dt\">" when "</span> <a "                   \
	"href=\"showthread.php?p=" n "#post" n "\">#" n "</a></div><div class=\"dx\"><div "            \
	"class=\"ui\"><a href=\"member.php/8" n "-" who "\"><strong>" who "</strong></a><span>" rank  \
	"</span><dl><dt>Join Date</dt><dd>Jul 200" n "</dd></dl></div><div class=\"pb\"><div "         \
	"class=\"pc\">" text "</div></div></div></li>"
	const char *en =
	    "<html><head><title>Funny pictures - Forums</title></head><body><h1>Funny pictures</h1><p>Post "
	    "the funniest picture you found this week, one a post please.</p><ol class=\"ps\">" PP_EN(
	        "1", "Ixion", "12-08-2011", "Veteran", "Nothing like a quiet morning before the match.")
	        PP_EN("2", "podsaurus", "12-08-2011", "Forum Sage", "<img src=\"a.jpg\">")
	            PP_EN("3", "Rapture", "12-09-2011", "Member", "Choo choo, the train is leaving now.")
	                PP_EN("4", "Aldebaran", "12-09-2011", "Veteran", "That one made me laugh.")
	                    PP_EN("5", "mickice", "12-10-2011", "Member", "<img src=\"b.jpg\">")
	                        "</ol></body></html>";
#undef PP_EN
	static const char *const en_who[] = {"Ixion", "podsaurus", "Rapture", "Aldebaran", "mickice"};
	t = html(en, NULL);
	assert_int_equal(t->order[1]->body.n, 0);
	assert_int_equal(t->order[4]->body.n, 0);
	assert_string_equal(t->order[2]->body.v[0], "Choo choo, the train is leaving now.");
	expect_heads(t, 5, en_who, flat5);
}

/* A post's heading repeating the thread's subject past a short label
 * ("AW: Einen Holzrumpf kleben", the topic's post's own heading the subject
 * alone, so that no text is in every block): the forum's, no words of the
 * writer's. */
static void test_scrambled_layouts_subject_heading(void **state)
{
	(void)state;
#define SH_DE(re, who, when, text)                                                                 \
	"<div class=\"bp\"><div class=\"pl\"><b>" who "</b> <span>" when "</span></div><div "         \
	"class=\"pr\"><h3>" re "Einen Holzrumpf kleben</h3><div class=\"pm\">" text "</div></div></div>"
	const char *de =
	    "<html><head><title>Einen Holzrumpf kleben - Bootsbauer Forum</title></head><body><div "
	    "class=\"wr\"><h1>Einen Holzrumpf kleben</h1><p>Welcher Leim hält am besten an einem alten "
	    "Holzrumpf aus Eiche?</p>" SH_DE("", "Klara", "03.03.2024, 11:02",
	                                     "Epoxid, ohne Frage. Die erste Schicht verdünnen.")
	        SH_DE("AW: ", "Lukas", "03.03.2024, 13:40", "Nur wenn das Holz trocken ist.")
	            SH_DE("AW: ", "Ines", "04.03.2024, 08:05", "Resorcin, wenn man es noch bekommt.")
	                SH_DE("AW: ", "Otto", "04.03.2024, 09:15", "Ich nehme seit Jahren nur Epoxid.")
	                    "</div></body></html>";
#undef SH_DE
	static const char *const who[] = {"Lukas", "Ines", "Otto"};
	static const char *const first[] = {"Nur wenn das Holz trocken ist.",
	                                    "Resorcin, wenn man es noch bekommt.",
	                                    "Ich nehme seit Jahren nur Epoxid."};
	static const unsigned flat3[] = {0, 0, 0};
	expect_blind(html(de, NULL), who, flat3, first, 3);
}

/* Posts whose every text is written in a blockquote of its own, its class
 * meaningless (vBulletin 4's blockquote.postcontent scrambled): the
 * writer's words, not a quotation; a blockquote alone in one post of a run
 * whose others write their words loose stays a quotation. */
static void test_scrambled_layouts_text_quote(void **state)
{
	(void)state;
#define TQ_DE(who, when, text)                                                                     \
	"<table class=\"qa\"><tr><td class=\"ui\"><b>" who "</b><br><span>" when "</span></td><td>"    \
	"<blockquote class=\"zq\">" text "</blockquote></td></tr></table>"
	const char *de = "<html><body>" ARTICLE_P "<div class=\"pl\">" TQ_DE(
	    "Chatfix", "03.03.2011, 14:27", "Das war nur die Vorbereitung, nicht das Update.")
	    TQ_DE("sunset", "03.03.2011, 14:37", "Bekomme immer noch den Fehler nach dem Neustart.")
	        TQ_DE("Predator", "03.03.2011, 14:39", "Also bis gestern ging es noch ohne Probleme.")
	            TQ_DE("mad-jo", "03.03.2011, 14:43", "Habs grad installiert und es ging problemlos.")
	                "</div></body></html>";
#undef TQ_DE
	static const char *const de_who[] = {"Chatfix", "sunset", "Predator", "mad-jo"};
	static const char *const de_first[] = {
	    "Das war nur die Vorbereitung, nicht das Update.",
	    "Bekomme immer noch den Fehler nach dem Neustart.",
	    "Also bis gestern ging es noch ohne Probleme.", "Habs grad installiert und es ging problemlos."};
	static const unsigned flat4[] = {0, 0, 0, 0};
	expect_blind(html(de, NULL), de_who, flat4, de_first, 4);
	/* Another site's shape and language: English, list items, the name bold
	 * in a line with the time, the blockquote in a box of its own. */
#define TQ_EN(who, when, text)                                                                     \
	"<li class=\"qa\"><p class=\"ui\"><b>" who "</b> &middot; <span>" when "</span></p><div "      \
	"class=\"tx\">" text "</div></li>"
#define TQ_Q(text) "<blockquote class=\"zq\">" text "</blockquote>"
	const char *en = "<html><body>" ARTICLE_P "<ul class=\"pl\">" TQ_EN(
	    "Anna", "March 3, 2011 at 2:27 pm", TQ_Q("The ferry was late again this morning."))
	    TQ_EN("Tom", "March 3, 2011 at 2:37 pm", TQ_Q("Mine too, and nobody told us why."))
	        TQ_EN("Lena", "March 3, 2011 at 2:39 pm", TQ_Q("They say the engine was repaired."))
	            TQ_EN("Raj", "March 3, 2011 at 2:43 pm", TQ_Q("Then it should run on time now."))
	                "</ul></body></html>";
	static const char *const en_who[] = {"Anna", "Tom", "Lena", "Raj"};
	static const char *const en_first[] = {
	    "The ferry was late again this morning.", "Mine too, and nobody told us why.",
	    "They say the engine was repaired.", "Then it should run on time now."};
	expect_blind(html(en, NULL), en_who, flat4, en_first, 4);
	/* One post of four quoting, the others writing loose: a quotation. */
	const char *one = "<html><body>" ARTICLE_P "<ul class=\"pl\">" TQ_EN(
	    "Anna", "March 3, 2011 at 2:27 pm", "The ferry was late again this morning.")
	    TQ_EN("Tom", "March 3, 2011 at 2:37 pm", TQ_Q("The ferry was late again this morning."))
	        TQ_EN("Lena", "March 3, 2011 at 2:39 pm", "They say the engine was repaired.")
	            TQ_EN("Raj", "March 3, 2011 at 2:43 pm", "Then it should run on time now.")
	                "</ul></body></html>";
#undef TQ_EN
#undef TQ_Q
	static const char *const one_first[] = {
	    "The ferry was late again this morning.", "> The ferry was late again this morning.",
	    "They say the engine was repaired.", "Then it should run on time now."};
	expect_blind(html(one, NULL), en_who, flat4, one_first, 4);
}

/* Blocks whose first words shown are a link of their own, the comment's
 * title ("RE: Deep disappointment", linked to the comment), over "By NAME
 * on DATE" and the text, names meaning nothing (DailyTech's threads read
 * by structure alone): the title is the comment's first paragraph. */
static void test_round33_layouts_t(void **state)
{
	(void)state;
#define R33T_EN(id, title, who, when, text)                                                        \
	"<div class=\"qz\"><div class=\"kx\"><a class=\"jv\"><img src=\"c.gif\"></a><div "            \
	"style=\"display: none;\"><span>(2 Hidden)</span></div><a class=\"vq\" "                       \
	"href=\"/article.aspx?newsid=31563&amp;commentid=" id "#comments\">" title "</a></div><div "  \
	"class=\"zj\"><span>By <a href=\"/CommentUser.aspx?user=" id "\">" who "</a> on <span>" when \
	"</span></span><div><span class=\"xk\">" text "</span></div></div></div>"
	const char *en = "<html><body>" ARTICLE_P "<div class=\"cw\">" R33T_EN(
	    "861", "Deep disappointment", "karim", "5/15/2013 2:04:01 PM",
	    "I wanted a Nexus 5 more than this.") R33T_EN("862", "RE: Deep disappointment", "Goty",
	                                                  "5/15/2013 2:51:58 PM", "Nothing like a price premium.")
	    R33T_EN("863", "Battery life", "EnzoFX", "5/15/2013 3:22:26 PM", "It lasts two days for me.")
	        "</div></body></html>";
#undef R33T_EN
	static const char *const en_who[] = {"karim", "Goty", "EnzoFX"};
	static const char *const en_first[] = {"Deep disappointment", "RE: Deep disappointment",
	                                       "Battery life"};
	static const unsigned flat3[] = {0, 0, 0};
	expect_blind(html(en, NULL), en_who, flat3, en_first, 3);
	/* Another site's shape and language: German, the title a link to the
	 * post's own page and anchor in a box of its own, "Von NAME am DATE". */
#define R33T_DE(id, title, who, when, text)                                                        \
	"<div class=\"vv\" id=\"x" id "\"><div class=\"tt\"><a href=\"?seite=2&amp;beitrag=" id       \
	"#x" id "\">" title "</a></div><div class=\"mm\">Von <a href=\"/nutzer/1" id "\">" who       \
	"</a> am <span>" when "</span></div><div class=\"bb\">" text "</div></div>"
	const char *de = "<html><body>" ARTICLE_P "<div class=\"ww\">" R33T_DE(
	    "1", "Schade eigentlich", "Klara", "12.03.2015, 10:15", "Die Brücke ist heute gesperrt.")
	    R33T_DE("2", "AW: Schade eigentlich", "Lukas", "12.03.2015, 11:20",
	            "Ab Montag soll sie wieder offen sein.")
	        R33T_DE("3", "Endlich gute Nachrichten", "Ines", "13.03.2015, 09:05",
	                "Danke für den klaren Artikel.") "</div></body></html>";
#undef R33T_DE
	static const char *const de_who[] = {"Klara", "Lukas", "Ines"};
	static const char *const de_first[] = {"Schade eigentlich", "AW: Schade eigentlich",
	                                       "Endlich gute Nachrichten"};
	expect_blind(html(de, NULL), de_who, flat3, de_first, 3);
}

/* Round 33's layouts, half b (DailyTech's, WeddingBee's, GeoEnergyMath's,
 * DevDojo's pages): each rule a small page of the shape and one of another
 * site's shape and language. */
static void test_round33_layouts_b(void **state)
{
	(void)state;
	/* A link to an anchor of the page itself whose words open with a
	 * number a count word follows states the page's count, whatever the
	 * anchor is named ("#cmt12", the first comment's). */
#define R33B_EN(id, who, text, when)                                                               \
	"<a id=\"cmt" id "\"></a><div class=\"ch\"><b>Title " id "</b></div><div><span>By <a "      \
	"href=\"/u/" who "\">" who "</a> on <span>" when "</span></span><p>" text "</p></div>"
	const char *en = "<html><body>" ARTICLE_P "<table><tr><td><a href=\"#cmt12\"><strong>3</strong> "
	                 "comment(s) - last by Cleo on May 22</a></td></tr></table><div>" R33B_EN(
	                     "12", "Anna", "I cannot tell you how much I wanted this.", "5/15/2013 2:04:01 PM")
	                     R33B_EN("13", "Ben", "Nothing like a good phone to start the day.", "5/15/2013 3:10:00 PM")
	                         R33B_EN("14", "Cleo", "Sorry, but I disagree with both of you.", "5/16/2013 9:41:20 AM")
	                             "</div></body></html>";
#undef R33B_EN
	struct tt_import_report r;
	tt_import_report_init(&r, 1);
	tt_thread *t = html(en, &r);
	assert_int_equal(r.stated, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);
	/* Another site's shape and language: German, the count's link to the
	 * list's own anchor ("#k7") over boxes of a name, a text and a time. */
#define R33B_DE(who, text, when)                                                                   \
	"<div class=\"lb\"><strong>" who "</strong><p>" text "</p><span>" when "</span></div>"
	const char *de = "<html><body>" ARTICLE_P "<div><span class=\"meta\">Zürich · <a href=\"#k7\">3 Kommentare, zuletzt von Mia</a></span></div>"
	                 "<div id=\"k7\">" R33B_DE("Anna", "Sehr gut geschrieben.", "12.03.2015 10:15")
	                     R33B_DE("Jonas", "Das sehe ich anders.", "12.03.2015 11:20")
	                         R33B_DE("Mia", "Danke für den Artikel.", "13.03.2015 09:05") "</div></body></html>";
#undef R33B_DE
	tt_import_report_init(&r, 1);
	t = html(de, &r);
	assert_int_equal(r.stated, 3);
	tt_thread_free(t);
	tt_import_report_free(&r);
}

/* Round 32's layouts, half c (LinkedIn's page): each rule a small page of
 * the shape and one of another site's shape and language. */
static void test_round32_layouts_c(void **state)
{
	(void)state;
	/* A name with titles after it, too long for a name alone, is the
	 * name where the writer's picture in the comment says the same words
	 * in its alt text. */
#define R32C_EN(who, text)                                                                         \
	"<section class=\"comment\"><article class=\"comment__content-wrapper\"><div class=\"pic\">" \
	"<a href=\"https://example.com/in/x\"><img src=\"/p.jpg\" alt=\"" who "\"></a></div><div "  \
	"class=\"comment__body-wrapper\"><div class=\"comment__actor-name-wrapper\"><a class=\""   \
	"comment__actor-name\" href=\"https://example.com/in/x\">\n" who "\n</a></div><span class=" \
	"\"comment__message\"><span>" text "</span></span></div></article><div class=\""           \
	"comment__meta\"><time class=\"comment__time\">6y</time></div></section>"
	const char *en = "<html><body>" ARTICLE_P "<div class=\"comments\">" R32C_EN(
	    "Zoe Kibbey", "Thank you for sharing your what sets your soul on fire.")
	    R32C_EN("Heather Bordo, Thinking Partner, Alignment Builder, Certified Executive Coach",
	            "I love this way of framing how to think about 2017.")
	        R32C_EN("Seleena Juma", "Love this article and the inspiring quotes.") "</div></body></html>";
#undef R32C_EN
	static const char *const en_names[] = {
	    "Zoe Kibbey", "Heather Bordo, Thinking Partner, Alignment Builder, Certified Executive Coach",
	    "Seleena Juma"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(en, NULL);
	expect_posted_a(t, 1, "6y");
	expect_heads(t, 3, en_names, flat3);
	/* Another site's shape and language: French, items of a list, the
	 * picture loose in the header beside a link to the member with the
	 * writer's trades after the name, the time in a span. */
#define R32C_FR(who, when, text)                                                                   \
	"<li class=\"comment\"><div class=\"entete\"><img class=\"photo\" src=\"/a.png\" alt=\"" who \
	"\"> <a href=\"/membres/m\">" who "</a> <span class=\"date\">" when "</span></div><div "   \
	"class=\"comment-content\"><p>" text "</p></div></li>"
	const char *fr = "<html><body>" ARTICLE_P "<ol class=\"commentaires\">" R32C_FR(
	    "Luc Martin", "12/03/2015 10:15", "Le pont est fermé depuis lundi, quel dommage.")
	    R32C_FR("Marie Dupont, architecte, urbaniste, conseillère municipale", "12/03/2015 11:20",
	            "Oui, pour des travaux qui dureront jusqu'à vendredi.")
	        R32C_FR("Zoé", "13/03/2015 09:05", "Merci pour l'info, je passerai par le nord.")
	            "</ol></body></html>";
#undef R32C_FR
	static const char *const fr_names[] = {
	    "Luc Martin", "Marie Dupont, architecte, urbaniste, conseillère municipale", "Zoé"};
	t = html(fr, NULL);
	expect_posted_a(t, 1, "12/03/2015 11:20");
	expect_heads(t, 3, fr_names, flat3);

	/* Where no class names the parts (the repeated blocks), the same: a
	 * text too long for a name is the name where the block's picture of
	 * its writer says it in its alt text. */
#define R32C_Q(who, text)                                                                          \
	"<section class=\"q1\"><article class=\"q2\"><div class=\"q3\"><a href=\"https://"         \
	"example.com/in/x\"><img src=\"/p.jpg\" alt=\"" who "\"></a></div><div class=\"q4\"><div "   \
	"class=\"q5\"><a class=\"q6\" href=\"https://example.com/in/x\">\n" who "\n</a></div><span "   \
	"class=\"q7\"><span>" text "</span></span></div></article><div class=\"q8\"><time class=\""  \
	"q9\">6y</time></div></section>"
	const char *q = "<html><body>" ARTICLE_P "<div class=\"q0\">" R32C_Q(
	    "Zoe Kibbey", "Thank you for sharing your what sets your soul on fire.")
	    R32C_Q("Heather Bordo, Thinking Partner, Alignment Builder, Certified Executive Coach",
	           "I love this way of framing how to think about 2017.")
	        R32C_Q("Seleena Juma", "Love this article and the inspiring quotes.") "</div></body></html>";
#undef R32C_Q
	t = html(q, NULL);
	expect_heads(t, 3, en_names, flat3);
	/* Another site's shape and language: Spanish, items of a list, the
	 * picture after the bold name, the time in a span. */
#define R32C_ES(who, when, text)                                                                   \
	"<li class=\"z1\"><div class=\"z2\"><b>" who "</b> <img src=\"/a.png\" alt=\"" who "\"> "  \
	"<span>" when "</span></div><p>" text "</p></li>"
	const char *es = "<html><body>" ARTICLE_P "<ul class=\"z0\">" R32C_ES(
	    "Lucía Gómez", "hace 2 días", "Muy bonito el pueblo, volveremos en verano.")
	    R32C_ES("Pablo Ruiz, profesor de historia y guía del museo municipal", "hace 3 días",
	            "Sí, precioso, y el museo abre los domingos.")
	        R32C_ES("Marta", "hace 4 días", "Iré el domingo con mis hijos.") "</ul></body></html>";
#undef R32C_ES
	static const char *const es_names[] = {
	    "Lucía Gómez", "Pablo Ruiz, profesor de historia y guía del museo municipal", "Marta"};
	t = html(es, NULL);
	expect_posted_a(t, 1, "hace 3 días");
	expect_heads(t, 3, es_names, flat3);

	/* A bar of counts side by side before the comments, the comments'
	 * count not the first ("361" reactions, then "48 Comments"), the bar
	 * of actions between it and the list: the count the page states. */
	assert_int_equal(stated_of("<div class=\"social-counts\"><a href=\"/signup\" "
	                           "aria-label=\"361 Reactions\"><span>361</span></a>\n<a "
	                           "href=\"/signup\">48 Comments</a></div><div class=\"bar\"><a "
	                           "href=\"/s\">Like</a> <a href=\"/s\">Comment</a> <a "
	                           "href=\"/s\">Share</a></div>"),
	                 48);
	/* The same in another shape and language: German, items of a list,
	 * shares before the comments. */
	assert_int_equal(stated_of("<ul class=\"leiste\"><li>5 Teilen</li><li>14 Kommentare</li></ul>"),
	                 14);
}

/* Round 33's layouts (Wirtualna Polska's opinions on odkrywcy.pl): a
 * score's label opening every block is no name. Each rule a small page of
 * the shape and one of another site's shape and language. */
static void test_round34_layouts_a(void **state)
{
	(void)state;
	/* "NAME said, on August 3, 2019 at <a href=#comment-1>3:12 pm</a>": the
	 * permalink shows the clock alone, its date written loose before it
	 * after a verb and a label, no separator after the name: the time is
	 * the date as written and the clock, the label left off. */
#define R34A_EN(id, who, date, clock, text)                                                        \
	"<li id=\"comment-" id "\" class=\"comment depth-1\"><div class=\"comment_author vcard\">"        \
	"<strong class=\"fn\"><a href=\"http://x.example/\">" who "</a></strong> said, on " date        \
	" at <a href=\"#comment-" id "\">" clock "</a></div><p>" text "</p></li>"
	const char *en = "<html><body>" ARTICLE_P "<ol class=\"commentlist\">" R34A_EN(
	    "11", "stephan", "August 3, 2019", "3:12 pm", "Thanks for all the good posts on this.")
	    R34A_EN("12", "damian", "August 4, 2019", "9:05 am", "All will be well, I wrote, because.")
	        "</ol></body></html>";
#undef R34A_EN
	static const char *const en_names[] = {"stephan", "damian"};
	static const unsigned flat2[] = {0, 0};
	tt_thread *t = html(en, NULL);
	expect_posted_a(t, 0, "August 3, 2019 at 3:12 pm");
	expect_posted_a(t, 1, "August 4, 2019 at 9:05 am");
	expect_heads(t, 2, en_names, flat2);
	/* Another site's shape and language: German, a theme's own boxes in
	 * the list items, the name a cite, "schrieb am" and the day-first date
	 * loose, the clock the link to the item's anchor. */
#define R34A_DE(id, who, date, clock, text)                                                        \
	"<li id=\"comment-" id "\" class=\"comment\"><div class=\"kopf\"><cite>" who "</cite> schrieb " \
	"am " date " um <a href=\"#comment-" id "\">" clock "</a></div><div class=\"inhalt\"><p>" text  \
	"</p></div></li>"
	const char *de = "<html><body>" ARTICLE_P "<ol class=\"kommentare\">" R34A_DE(
	    "1", "Anna", "3. August 2019", "15:12", "Die Brücke ist seit Montag gesperrt.")
	    R34A_DE("2", "Jonas", "4. August 2019", "09:20", "Das sehe ich anders, leider.")
	        R34A_DE("3", "Mia", "5. August 2019", "11:05", "Danke für den Artikel, sehr gut.")
	            "</ol></body></html>";
#undef R34A_DE
	static const char *const de_names[] = {"Anna", "Jonas", "Mia"};
	static const unsigned flat3[] = {0, 0, 0};
	t = html(de, NULL);
	expect_posted_a(t, 0, "3. August 2019 um 15:12");
	expect_posted_a(t, 2, "5. August 2019 um 11:05");
	expect_heads(t, 3, de_names, flat3);
}

static void test_round34_layouts_a2(void **state)
{
	(void)state;
	/* The author's box opening with the text's paragraphs and closing with
	 * "Comment by NAME — DATE @ <a>clock</a>": a short text beside the
	 * fields is the comment's, and the header's line, the date written
	 * loose before the clock, is none of it. */
#define R34A2_EN(id, who, date, clock, text)                                                       \
	"<li id=\"comment-" id "\" class=\"comment depth-1\"><div class=\"comment-author vcard\"><p>"    \
	text "</p><p><cite>Comment by <span class=\"fn\"><a href=\"http://x.example/\">" who            \
	"</a></span> \xE2\x80\x94 " date " @ <a href=\"#comment-" id "\">" clock "</a></cite></p></div></li>"
	const char *en = "<html><body>" ARTICLE_P "<ol class=\"commentlist\">" R34A2_EN(
	    "1", "Margit", "2019-01-01", "00:39", "I can only sign your last paragraph.")
	    R34A2_EN("2", "jancak", "2019-01-01", "00:45", "Happy new year to you too!")
	        "</ol></body></html>";
#undef R34A2_EN
	static const char *const en_names[] = {"Margit", "jancak"};
	static const char *const en_text[] = {"Happy new year to you too!"};
	static const unsigned flat2[] = {0, 0};
	tt_thread *t = html(en, NULL);
	expect_posted_a(t, 1, "2019-01-01 @ 00:45");
	expect_body_a(t, 1, 1, en_text);
	expect_heads(t, 2, en_names, flat2);
	/* Another site's shape and language: French, divs, the name a bold
	 * link, an en dash before the day-first date. */
#define R34A2_FR(id, who, date, clock, text)                                                       \
	"<div id=\"comment-" id "\" class=\"comment\"><div class=\"comment-author\"><p>" text           \
	"</p><p><cite>Commentaire de <span class=\"fn\"><b>" who "</b></span> \xE2\x80\x93 " date       \
	" @ <a href=\"#comment-" id "\">" clock "</a></cite></p></div></div>"
	const char *fr = "<html><body>" ARTICLE_P "<div class=\"commentaires\">" R34A2_FR(
	    "1", "Anne", "03/05/2019", "10:05", "Merci pour cet article.")
	    R34A2_FR("2", "Paul", "03/05/2019", "11:20", "Je ne suis pas d'accord.")
	        R34A2_FR("3", "Marie", "04/05/2019", "09:15", "Très juste, bravo.")
	            "</div></body></html>";
#undef R34A2_FR
	static const char *const fr_names[] = {"Anne", "Paul", "Marie"};
	static const char *const fr_text[] = {"Merci pour cet article."};
	static const unsigned flat3[] = {0, 0, 0};
	t = html(fr, NULL);
	expect_posted_a(t, 0, "03/05/2019 @ 10:05");
	expect_body_a(t, 0, 1, fr_text);
	expect_heads(t, 3, fr_names, flat3);
}

static void test_round34_layouts_a3(void **state)
{
	(void)state;
	/* A forum thread whose posts are items of a list in a form to tick
	 * them, under the thread's title: the post's heading line shows the
	 * time first, the writer's heading (a link to the member's page,
	 * relative to the page's folder) after it, the text a blockquote alone
	 * in an <article>. The first post is the topic; the writer is the
	 * name though the time came first; the blockquote is the text, no
	 * quotation. */
#define R34A3_EN(id, who, when, text)                                                              \
	"<li id=\"post-" id "\" class=\"message\"><div class=\"hd\"><span class=\"dt\">" when        \
	"</span> <a href=\"t/#post-" id "\">#" id "</a></div><div class=\"ui\"><h3><a "                 \
	"href=\"members/" who ".1" id "/\">" who "</a></h3></div><div class=\"mi\"><article><blockquote " \
	"class=\"mt\">" text "</blockquote></article></div></li>"
	const char *en =
	    "<html><head><title>Help with a lens question | Forums</title></head><body><div "
	    "class=\"pc\"><div class=\"tb\"><h1>Help with a lens question</h1></div><div "
	    "class=\"nav\"></div><form action=\"mod\"><ol class=\"ml\">" R34A3_EN(
	        "1", "Zeta", "Jun 17, 2008", "A woman stands in front of a convex mirror two meters away.")
	        R34A3_EN("2", "lzk", "Jun 17, 2008", "Why not look in your book for the index?")
	            R34A3_EN("3", "gendou", "Jun 18, 2008", "This website has the information you need.")
	                R34A3_EN("4", "Zeta", "Jun 18, 2008", "Is number one right then?")
	                    "</ol></form></div></body></html>";
#undef R34A3_EN
	static const char *const en_names[] = {"lzk", "gendou", "Zeta"};
	static const char *const en_text[] = {"Why not look in your book for the index?"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(en, NULL);
	expect_body_a(t, 0, 1, en_text);
	expect_heads(t, 3, en_names, flat3);
	/* Another site's shape and language: German, divs, the time in a
	 * span, the writer a link to "user/NAME" in an h4 (without the name
	 * after the time, the record reader still finds these writers: the
	 * topic and the blockquote are what this page checks). */
#define R34A3_DE(id, who, when, text)                                                              \
	"<div class=\"beitrag\" id=\"b" id "\"><p class=\"zeit\"><span>" when "</span></p><h4><a "      \
	"href=\"user/" who "\">" who "</a></h4><article><blockquote class=\"btext\">" text            \
	"</blockquote></article></div>"
	const char *de =
	    "<html><head><title>Frage zur Linse - Forum</title></head><body><div class=\"inhalt\"><h1>Frage "
	    "zur Linse</h1><form action=\"mod\"><div class=\"beitraege\">" R34A3_DE(
	        "1", "Zeta", "12.03.2015 10:15", "Eine Frau steht vor einem gewölbten Spiegel.")
	        R34A3_DE("2", "Anna", "12.03.2015 11:20", "Schau doch im Buch unter Brechungsindex nach.")
	            R34A3_DE("3", "Jonas", "13.03.2015 09:05", "Diese Seite hat alles, was du brauchst.")
	                "</div></form></div></body></html>";
#undef R34A3_DE
	static const char *const de_names[] = {"Anna", "Jonas"};
	static const char *const de_text[] = {"Diese Seite hat alles, was du brauchst."};
	static const unsigned flat2[] = {0, 0};
	t = html(de, NULL);
	expect_body_a(t, 1, 1, de_text);
	expect_heads(t, 2, de_names, flat2);
}

static void test_round34_layouts_a4(void **state)
{
	(void)state;
	/* Each block opens with a box not drawn ("style=display: none"), the
	 * form to write the writer a private message ("Enviar mensaje a
	 * <strong>NAME</strong>"), before the drawn name and time: the words
	 * of a box not drawn name no writer. */
#define R34A4_ES(id, who, when, text)                                                              \
	"<li><div class=\"mp\" style=\"display: none;\"><h5>Redactar mensaje privado</h5><p>Enviar "   \
	"mensaje a <strong>" who "</strong></p><form><textarea></textarea></form></div><div "         \
	"class=\"u\"><div class=\"un\"><strong>" who "</strong> <span class=\"fh\">" when              \
	"</span></div><h4>#" id "</h4></div><p>" text "</p></li>"
	const char *es = "<html><body>" ARTICLE_P "<div class=\"cl\"><ol>" R34A4_ES(
	    "11", "PepeChan", "28.oct.2012 | 11:26", "Su cara lo dice todo, la verdad.")
	    R34A4_ES("12", "ponsshan1", "28.oct.2012 | 11:30", "En unas horas saldrán los amiguetes.")
	        R34A4_ES("13", "Fran1968", "28.oct.2012 | 11:46", "Que la hagan un buen chequeo.")
	            "</ol></div></body></html>";
#undef R34A4_ES
	static const char *const es_names[] = {"PepeChan", "ponsshan1", "Fran1968"};
	static const unsigned flat3[] = {0, 0, 0};
	expect_heads(html(es, NULL), 3, es_names, flat3);
	/* Another site's shape and language: Italian, divs, the hidden box a
	 * heading and "Scrivi a <b>NAME</b>", the name bold in a line with the
	 * time. */
#define R34A4_IT(who, when, text)                                                                  \
	"<div class=\"commento\"><div class=\"pop\" style=\"display:none\"><h5>Nuovo "                 \
	"messaggio</h5><p>Scrivi a <b>" who "</b></p></div><p class=\"autore\"><b>" who              \
	"</b> &middot; <span>" when "</span></p><p>" text "</p></div>"
	const char *it = "<html><body>" ARTICLE_P "<div class=\"commenti\">" R34A4_IT(
	    "Giulia", "12/03/2015 10:15", "Il ponte è chiuso da lunedì.")
	    R34A4_IT("Marco", "12/03/2015 11:20", "Non sono d'accordo, purtroppo.")
	        R34A4_IT("Sara", "13/03/2015 09:05", "Grazie per l'articolo, molto utile.")
	            "</div></body></html>";
#undef R34A4_IT
	static const char *const it_names[] = {"Giulia", "Marco", "Sara"};
	expect_heads(html(it, NULL), 3, it_names, flat3);
}

/* A topic's table of figures, each label in a cell and its number in a
 * box in a box in the next cell, markup comments beside them (WP
 * Discussion Board's "Replies | 1 | Voices | 1"): the replies' label
 * states the count. */
static void test_round34_layouts_a5(void **state)
{
	(void)state;
	assert_int_equal(
	    stated_of("<div class=\"figs\"><div class=\"t\"><span class=\"icon\"></span>Replies</div><!-- "
	              ".t --><div class=\"w\"><div class=\"m\">1</div><!-- .m --></div><!-- .w --><div "
	              "class=\"t\"><span class=\"icon\"></span>Voices</div><div class=\"w\"><div "
	              "class=\"m\">1</div><!-- .m --></div></div>"),
	    1);
	/* Another site's shape and language: Chinese, table cells, the
	 * number in a span in a link. */
	assert_int_equal(
	    stated_of("<table><tr><td>\xE5\x9B\x9E\xE5\xA4\x8D</td><!-- n --><td><a href=\"#c\"><span>1</span>"
	              "</a><!-- /n --></td><td>\xE6\x9F\xA5\xE7\x9C\x8B</td><td><span>88</span></td></tr></table>"),
	    1);
}

static void test_round33_layouts_s(void **state)
{
	(void)state;
	/* "Ocena: 0 [0]" over the header: a label whose box goes on with
	 * figures and marks only is a field's (the score), no name; the name
	 * is the text after it. */
#define R33S_PL(who, when, score, text)                                                            \
	"<div class=\"op\"><div class=\"oc\">Ocena: <span>" score " <em>[0]</em></span></div><div "  \
	"class=\"hd\">~<span>" who "</span> <span>[" when "]</span></div><div class=\"tr\"><p>" text \
	"</p><p><a href=\"#1\">odpowiedz</a></p></div></div>"
	const char *pl = "<html><body>" ARTICLE_P "<div class=\"ops\">" R33S_PL(
	    "pseba", "2011-12-30 10:47", "0", "Piękne zdjęcia, aż chce się tam jechać.")
	    R33S_PL("Ar", "2011-12-27 07:18", "+1", "Niemal każda organizacja ma swoje powody.")
	        R33S_PL("seb", "2011-12-27 02:04", "-2", "Oby tylko nic mi kompa nie zainfekowało.")
	            "</div></body></html>";
#undef R33S_PL
	static const char *const pl_names[] = {"pseba", "Ar", "seb"};
	static const unsigned flat3[] = {0, 0, 0};
	tt_thread *t = html(pl, NULL);
	expect_heads(t, 3, pl_names, flat3);
	/* Another site's shape and language: German, items of a list, the
	 * votes' label and its count in bold in a box over the header's name
	 * and time, both in spans. */
#define R33S_DE(who, when, votes, text)                                                            \
	"<li class=\"k\"><div class=\"s\">Stimmen: <b>" votes "</b></div><div class=\"m\"><span>" \
	who "</span> <span>" when "</span></div><p>" text "</p></li>"
	const char *de = "<html><body>" ARTICLE_P "<ul class=\"ks\">" R33S_DE(
	    "Anna", "12.03.2015 10:15", "12", "Die Brücke ist seit Montag gesperrt.")
	    R33S_DE("Jonas", "12.03.2015 11:20", "+3", "Das sehe ich anders, leider.")
	        R33S_DE("Mia", "13.03.2015 09:05", "0", "Danke für den Artikel, sehr gut.")
	            "</ul></body></html>";
#undef R33S_DE
	static const char *const de_names[] = {"Anna", "Jonas", "Mia"};
	t = html(de, NULL);
	expect_posted_a(t, 2, "13.03.2015 09:05");
	expect_heads(t, 3, de_names, flat3);
}

/* Round 33's layouts, part w (WeddingBee's answers): a text loose in the
 * box of the name and the time is read from the text itself; a box of a
 * short label beside an empty one a script fills is no word of it; a
 * text opening with the link to another block's anchor answers it. Each a
 * small page of the shape and one of another site's shape and language. */
static void test_round33_layouts_w(void **state)
{
	(void)state;
	/* The post's text loose after the header's list, an empty paragraph
	 * and "View original reply" over an empty box before the mention. */
#define R33W_EN(id, who, pre, text)                                                               \
	"<article class=\"p\" id=\"post-" id "\"><div class=\"n\">Post # " id "</div><div "          \
	"class=\"f\"><a href=\"/members/" who "\"><img src=\"/m.gif\"></a>Member<br><div>15 "         \
	"posts</div></div><div class=\"h\"><ul class=\"d\"><li><a href=\"/members/" who "\" "         \
	"class=\"nm\">" who "</a></li><li class=\"t\">2 weeks ago</li></ul>" pre text                 \
	"<footer><a href=\"#new\" class=\"r\">Reply</a></footer></div></article>"
#define R33W_REPLY(to, name)                                                                       \
	"<p></p><div class=\"rr\"><div class=\"rt\">View original reply</div><div "                  \
	"class=\"ro\"></div></div><a href=\"https://example.com/topic/x/#post-" to "\"> @" name     \
	":</a>&nbsp; "
	const char *en =
	    "<html><body>" ARTICLE_P "<div class=\"posts\">" R33W_EN(
	        "2", "anna", "", "<p>Love this colour, it suits the ring so well.</p>")
	        R33W_EN("3", "mia", "", "<p>I just love an ombre french, so chic and calm.</p>")
	            R33W_EN("4", "zoe", R33W_REPLY("2", "anna"),
	                    "Love the tattoos with the nail colour, they pop!<p></p>")
	                R33W_EN("5", "ben", "", "<p>Classic but with a twist, a great shade.</p>")
	                    "</div></body></html>";
#undef R33W_EN
#undef R33W_REPLY
	static const char *const en_names[] = {"anna", "zoe", "mia", "ben"};
	static const unsigned en_depths[] = {0, 1, 0, 0};
	static const char *const en_zoe[] = {"@anna:", "Love the tattoos with the nail colour, they pop!"};
	tt_thread *t = html(en, NULL);
	expect_body_a(t, 1, 2, en_zoe);
	expect_heads(t, 4, en_names, en_depths);
	/* Another site's shape and language: German, the text loose in the
	 * header's box after the name and the time, "Übersetzung anzeigen"
	 * in bold beside an empty span, the mention a link to the block's id. */
#define R33W_DE(id, who, when, text)                                                               \
	"<div class=\"k\" id=\"k-" id "\"><div class=\"kopf\"><span class=\"wer\">" who "</span> "   \
	"<span class=\"wann\">" when "</span>" text "</div></div>"
	const char *de =
	    "<html><body>" ARTICLE_P "<div class=\"ks\">" R33W_DE(
	        "1", "Anna", "12.03.2015 10:15", "<p>Die Brücke ist seit Montag gesperrt, leider.</p>")
	        R33W_DE("2", "Jonas", "12.03.2015 11:20",
	                "<p>Das sehe ich anders, sie ist nur halb gesperrt.</p>")
	            R33W_DE("3", "Mia", "13.03.2015 09:05",
	                    "<span class=\"x\"><b>Übersetzung anzeigen</b><span></span></span><a "
	                    "href=\"#k-1\">@Anna</a> Danke, dann fahre ich morgen doch über die Brücke.")
	                "</div></body></html>";
#undef R33W_DE
	static const char *const de_names[] = {"Anna", "Mia", "Jonas"};
	static const unsigned de_depths[] = {0, 1, 0};
	static const char *const de_mia[] = {"@Anna", "Danke, dann fahre ich morgen doch über die Brücke."};
	t = html(de, NULL);
	expect_body_a(t, 1, 2, de_mia);
	expect_heads(t, 3, de_names, de_depths);
}

static void test_zhidao_card_title(void **state)
{
	(void)state;
	/* A writer's card over each answer (name, badge, time, then a rank in
	 * a "title" box over the answerer's figures), the text in a box of its
	 * own after the card: the rank is the writer's, not the answer's
	 * title, and no words of it. */
#define ZD_CARD(id, who, rank, text)                                                               \
	"<div class=\"bd answer\" id=\"answer-" id "\"><div class=\"hd line\"></div><div "         \
	"class=\"wgt-replyer-all\"><a href=\"/usercenter?uid=" id "\" class=\"reply-user\"><span "  \
	"class=\"wgt-replyer-all-uname\">" who "</span></a><div class=\"user-tag\">\xE6\xB4\xBB"    \
	"\xE8\xB7\x83\xE7\xAD\x94\xE4\xB8\xBB</div><br><span class=\"wgt-replyer-all-box\"><span "  \
	"class=\"wgt-replyer-all-time\">2021-10-19</span></span><div class=\"level-rank\"><div "    \
	"class=\"title\"><span class=\"rank-title\">" rank "</span></div><div class=\"user-detail\">" \
	"\xE5\x9B\x9E\xE7\xAD\x94\xE9\x87\x8F\xEF\xBC\x9A<span>4932</span></div></div></div><div "  \
	"class=\"line content\"><div class=\"rich-content-container\">" text "</div></div></div>"
	const char *zd =
	    "<html><body>" ARTICLE_P "<div id=\"wgt-answers\">" ZD_CARD(
	        "1", "\xE8\x8E\xAB\xE4\xB9\x9D\xE7\x89\xA7",
	        "\xE7\x9F\xA5\xE9\x81\x93\xE5\xB0\x8F\xE6\x9C\x89\xE5\xBB\xBA\xE6\xA0\x91\xE7\xAD\x94\xE4\xB8\xBB",
	        "\xE6\x8D\xAE\xE6\x8A\xA5\xE9\x81\x93\xEF\xBC\x8C\xE9\xA2\x84\xE5\x91\x8A\xE5\x8D\x81\xE5\x88\x86\xE7\xB2\xBE\xE5\x87\x86\xE3\x80\x82")
	        ZD_CARD("2", "\xE5\xAE\x8F\xE7\x9B\x9B\x39\x39", "\xE7\x9F\xA5\xE9\x81\x93\xE7\xAD\x94\xE4\xB8\xBB",
	                "\xE5\x9C\xB0\xE9\x9C\x87\xE9\xA2\x84\xE8\xAD\xA6\xE7\xBD\x91\xE9\x9D\x9E\xE5\xB8\xB8\xE7\xB2\xBE\xE5\x87\x86\xE3\x80\x82")
	            "</div></body></html>";
	tt_thread *t = html(zd, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "\xE8\x8E\xAB\xE4\xB9\x9D\xE7\x89\xA7");
	assert_string_equal(t->order[0]->body.v[0],
	                    "\xE6\x8D\xAE\xE6\x8A\xA5\xE9\x81\x93\xEF\xBC\x8C\xE9\xA2\x84\xE5\x91\x8A\xE5\x8D\x81\xE5\x88\x86\xE7\xB2\xBE\xE5\x87\x86\xE3\x80\x82");
	assert_string_equal(t->order[1]->body.v[0],
	                    "\xE5\x9C\xB0\xE9\x9C\x87\xE9\xA2\x84\xE8\xAD\xA6\xE7\xBD\x91\xE9\x9D\x9E\xE5\xB8\xB8\xE7\xB2\xBE\xE5\x87\x86\xE3\x80\x82");
	tt_thread_free(t);
	/* The same in another site's shape and language: a comment's author
	 * box (the name a link, the date, then the rank "Stammgast" in a box
	 * titled so over the post count), the text in a box after it. */
#define ZD_DE(id, who, rank, text)                                                                 \
	"<div class=\"kommentar comment\" id=\"comment-" id "\"><div class=\"autor\"><a "          \
	"class=\"user\" href=\"/mitglied/" id "\">" who "</a> <span class=\"datum\">12.01.2012 "   \
	"06:11</span><div class=\"rang\"><div class=\"title\">" rank "</div><div>Beitr\xC3\xA4ge: " \
	"512</div></div></div><div class=\"content\"><p>" text "</p></div></div>"
	const char *de = "<html><body>" ARTICLE_P "<div id=\"posts\">" ZD_DE(
	    "1", "Hans Meier", "Stammgast", "Das sehe ich ganz anders als Sie.")
	    ZD_DE("2", "Grete", "Neuling", "Danke f\xC3\xBCr den guten Artikel!") "</div></body></html>";
	t = html(de, NULL);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Hans Meier");
	assert_string_equal(t->order[0]->body.v[0], "Das sehe ich ganz anders als Sie.");
	assert_string_equal(t->order[1]->body.v[0], "Danke f\xC3\xBCr den guten Artikel!");
	tt_thread_free(t);
#undef ZD_CARD
#undef ZD_DE
}

static void test_zhidao_best_answer(void **state)
{
	(void)state;
	/* The best answer set apart above the others: of their kind
	 * ("div.bd.answer"), but its writer's card (name, time) the box right
	 * before it in a wrapper of the two, where the others hold theirs. */
#define ZD_ANS(id, who, text)                                                                      \
	"<div class=\"bd answer\" id=\"answer-" id "\"><div class=\"wgt-replyer-all\"><a "          \
	"href=\"/usercenter?uid=" id "\"><span class=\"uname\">" who "</span></a><span "            \
	"class=\"time\">2021-10-19</span></div><div class=\"line content\"><div "                    \
	"class=\"rich-content-container\">" text "</div></div></div>"
	const char *zd =
	    "<html><body>" ARTICLE_P "<div id=\"wgt-best\"><div class=\"wgt-best\"><div "
	    "class=\"wgt-replyer-all\"><a href=\"/usercenter?uid=1\"><span class=\"uname\">\xE9\x9D\x92"
	    "\xE7\x81\xAF</span></a><span class=\"time\">2021-10-19</span></div><div class=\"bd "
	    "answer\" id=\"answer-1\"><div class=\"line content\"><div class=\"best-text\"><div "
	    "class=\"rich-content-container\"><p>\xE8\x83\xBD\xE6\x8F\x90\xE5\x89\x8D\xE9\xA2\x84"
	    "\xE8\xAD\xA6\xE3\x80\x82</p></div></div></div></div></div></div><div id=\"wgt-answers\">" ZD_ANS(
	        "2", "\xE8\x8E\xAB\xE4\xB9\x9D\xE7\x89\xA7", "\xE9\xA2\x84\xE5\x91\x8A\xE5\x8D\x81\xE5\x88\x86\xE7\xB2\xBE\xE5\x87\x86\xE3\x80\x82")
	        ZD_ANS("3", "\xE5\xAE\x8F\xE7\x9B\x9B", "\xE9\x9D\x9E\xE5\xB8\xB8\xE7\xB2\xBE\xE5\x87\x86\xE3\x80\x82")
	            "</div></body></html>";
	tt_thread *t = html(zd, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "\xE9\x9D\x92\xE7\x81\xAF");
	assert_string_equal(t->order[0]->posted, "2021-10-19");
	assert_string_equal(t->order[0]->body.v[0], "\xE8\x83\xBD\xE6\x8F\x90\xE5\x89\x8D\xE9\xA2\x84\xE8\xAD\xA6\xE3\x80\x82");
	assert_string_equal(t->order[1]->author, "\xE8\x8E\xAB\xE4\xB9\x9D\xE7\x89\xA7");
	tt_thread_free(t);
	/* The same in another site's shape and language: an accepted answer
	 * in a section of its own, its author box beside it, over a list of
	 * answers each holding its author box, Spanish. */
#define ZD_ES(id, who, when, text)                                                                 \
	"<div class=\"respuesta answer\" id=\"answer-" id "\"><div class=\"autor\"><a "           \
	"href=\"/usuario/" id "\">" who "</a> <span>" when "</span></div><p>" text "</p></div>"
	const char *es =
	    "<html><body>" ARTICLE_P "<section class=\"aceptada\"><div class=\"caja\"><div "
	    "class=\"autor\"><a href=\"/usuario/9\">Luc\xC3\xAD" "a</a> <span>03/02/2020 10:15</span></div>"
	    "<div class=\"respuesta answer\" id=\"answer-9\"><p>Hay que reiniciar el servicio "
	    "primero.</p></div></div></section><div class=\"respuestas\">" ZD_ES(
	        "10", "Pedro", "04/02/2020 11:20", "A m\xC3\xAD me funcion\xC3\xB3 as\xC3\xAD tambi\xC3\xA9n.")
	        ZD_ES("11", "Marta", "05/02/2020 09:05", "Gracias, resuelto.") "</div></body></html>";
	t = html(es, NULL);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Luc\xC3\xAD" "a");
	assert_string_equal(t->order[0]->posted, "03/02/2020 10:15");
	assert_string_equal(t->order[0]->body.v[0], "Hay que reiniciar el servicio primero.");
	assert_string_equal(t->order[1]->author, "Pedro");
	tt_thread_free(t);
#undef ZD_ANS
#undef ZD_ES
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_wordpress_page),
	    cmocka_unit_test(test_report_warnings),
	    cmocka_unit_test(test_detect),
	    cmocka_unit_test(test_binary_refused),
	    cmocka_unit_test(test_encodings),
	    cmocka_unit_test(test_deep_nesting),
	    cmocka_unit_test(test_more_layouts),
	    cmocka_unit_test(test_relative_times),
	    cmocka_unit_test(test_generic_blocks),
	    cmocka_unit_test(test_round4_layouts),
	    cmocka_unit_test(test_round5_layouts),
	    cmocka_unit_test(test_round6_layouts),
	    cmocka_unit_test(test_round7_layouts),
	    cmocka_unit_test(test_round8_layouts),
	    cmocka_unit_test(test_round9_layouts),
	    cmocka_unit_test(test_round10_layouts),
	    cmocka_unit_test(test_round11_layouts),
	    cmocka_unit_test(test_template_layouts),
	    cmocka_unit_test(test_name_before_permalink),
	    cmocka_unit_test(test_round13_layouts),
	    cmocka_unit_test(test_round14_layouts),
	    cmocka_unit_test(test_stated_counts),
	    cmocka_unit_test(test_other_pages_counts),
	    cmocka_unit_test(test_round15_layouts),
	    cmocka_unit_test(test_round16_layouts),
	    cmocka_unit_test(test_round17_layouts),
	    cmocka_unit_test(test_round18_layouts),
	    cmocka_unit_test(test_round19_layouts),
	    cmocka_unit_test(test_round20_layouts),
	    cmocka_unit_test(test_round21_layouts),
	    cmocka_unit_test(test_fidelity_dev),
	    cmocka_unit_test(test_fidelity_rounds),
	    cmocka_unit_test(test_fidelity_rounds_text),
	    cmocka_unit_test(test_lean_tree_is_libxml2s),
	    cmocka_unit_test(test_dense_markup),
	    cmocka_unit_test(test_read_attributes_are_kept),
	    cmocka_unit_test(test_foreign_dates),
	    cmocka_unit_test(test_json_ld),
	    cmocka_unit_test(test_json_ld_deep),
	    cmocka_unit_test(test_smf_and_new_reddit),
	    cmocka_unit_test(test_bad_machine_times),
	    cmocka_unit_test(test_json_ld_too_costly),
	    cmocka_unit_test(test_page_date_order),
	    cmocka_unit_test(test_round22_layouts),
	    cmocka_unit_test(test_lean_tree_stray_li),
	    cmocka_unit_test(test_lean_tree_li_closes_li),
	    cmocka_unit_test(test_numeric_c1_references),
	    cmocka_unit_test(test_worked_rounds_rest),
	    cmocka_unit_test(test_round22_answers),
	    cmocka_unit_test(test_widget_cards),
	    cmocka_unit_test(test_alone_numbered_answers),
	    cmocka_unit_test(test_level_classes_and_heading_names),
	    cmocka_unit_test(test_numbered_definition_list),
	    cmocka_unit_test(test_posts_by_anchor_and_cite),
	    cmocka_unit_test(test_quote_title_link),
	    cmocka_unit_test(test_table_thread_rows),
	    cmocka_unit_test(test_schema_question_answers),
	    cmocka_unit_test(test_doubled_headers_dropped),
	    cmocka_unit_test(test_titled_forum_opening),
	    cmocka_unit_test(test_microdata_table_posts),
	    cmocka_unit_test(test_numbered_floor_answers),
	    cmocka_unit_test(test_quote_id_board),
	    cmocka_unit_test(test_citation_table_posts),
	    cmocka_unit_test(test_marked_names_and_role_badge),
	    cmocka_unit_test(test_quotation_named_by_test_id),
	    cmocka_unit_test(test_continued_posts_and_titled_days),
	    cmocka_unit_test(test_phpbb_permalink_icon_byline),
	    cmocka_unit_test(test_said_quotation_titles),
	    cmocka_unit_test(test_image_board_thread),
	    cmocka_unit_test(test_editor_beside_cards),
	    cmocka_unit_test(test_answers_named_after_comment),
	    cmocka_unit_test(test_prefixed_name_and_content),
	    cmocka_unit_test(test_round23_headers),
	    cmocka_unit_test(test_round23_layouts),
	    cmocka_unit_test(test_round23_quotes_times),
	    cmocka_unit_test(test_worked_rounds_rest23),
	    cmocka_unit_test(test_round24_layouts_a),
	    cmocka_unit_test(test_round24_layouts_b),
	    cmocka_unit_test(test_round24_layouts_c),
	    cmocka_unit_test(test_fidelity_scrambled),
	    cmocka_unit_test(test_blind_layouts),
	    cmocka_unit_test(test_blind_layouts_2),
	    cmocka_unit_test(test_scrambled_layouts_rails),
	    cmocka_unit_test(test_scrambled_layouts_rdfa),
	    cmocka_unit_test(test_scrambled_layouts_line),
	    cmocka_unit_test(test_scrambled_layouts_short),
	    cmocka_unit_test(test_scrambled_layouts_thread),
	    cmocka_unit_test(test_scrambled_layouts_split),
	    cmocka_unit_test(test_scrambled_layouts_words_first),
	    cmocka_unit_test(test_scrambled_layouts_signed),
	    cmocka_unit_test(test_scrambled_layouts_lead),
	    cmocka_unit_test(test_scrambled_layouts_inside),
	    cmocka_unit_test(test_scrambled_layouts_straight),
	    cmocka_unit_test(test_scrambled_layouts_bold_link),
	    cmocka_unit_test(test_scrambled_layouts_headline),
	    cmocka_unit_test(test_scrambled_layouts_member),
	    cmocka_unit_test(test_scrambled_layouts_level),
	    cmocka_unit_test(test_scrambled_layouts_answer_boxes),
	    cmocka_unit_test(test_scrambled_layouts_reply_item),
	    cmocka_unit_test(test_scrambled_layouts_placeholder),
	    cmocka_unit_test(test_scrambled_layouts_bold_after),
	    cmocka_unit_test(test_scrambled_layouts_page_form),
	    cmocka_unit_test(test_tovima_toggle_answers),
	    cmocka_unit_test(test_round25_layouts_a),
	    cmocka_unit_test(test_page_slots),
	    cmocka_unit_test(test_round25_layouts_b),
	    cmocka_unit_test(test_round26_layouts_a),
	    cmocka_unit_test(test_round27_layouts_a),
	    cmocka_unit_test(test_title_heading_with_lede),
	    cmocka_unit_test(test_dashed_clock_one_time),
	    cmocka_unit_test(test_round26_layouts_b),
	    cmocka_unit_test(test_round27_layouts_b),
	    cmocka_unit_test(test_round28_layouts_a),
	    cmocka_unit_test(test_round28_layouts_b),
	    cmocka_unit_test(test_round28_layouts_c),
	    cmocka_unit_test(test_round28_layouts_d),
	    cmocka_unit_test(test_round29_layouts_a),
	    cmocka_unit_test(test_round29_layouts_b),
	    cmocka_unit_test(test_round30_layouts_b),
	    cmocka_unit_test(test_round31_layouts_b),
	    cmocka_unit_test(test_round30_layouts_c),
	    cmocka_unit_test(test_round30_layouts_a),
	    cmocka_unit_test(test_round31_layouts_a),
	    cmocka_unit_test(test_round32_layouts),
	    cmocka_unit_test(test_round32_layouts_b),
	    cmocka_unit_test(test_round32_layouts_c),
	    cmocka_unit_test(test_round33_layouts_s),
	    cmocka_unit_test(test_round34_layouts_a),
	    cmocka_unit_test(test_round34_layouts_a2),
	    cmocka_unit_test(test_round34_layouts_a3),
	    cmocka_unit_test(test_round34_layouts_a4),
	    cmocka_unit_test(test_round34_layouts_a5),
	    cmocka_unit_test(test_round33_layouts_w),
	    cmocka_unit_test(test_round33_layouts_b),
	    cmocka_unit_test(test_round33_layouts_t),
	    cmocka_unit_test(test_scrambled_layouts_text_quote),
	    cmocka_unit_test(test_scrambled_layouts_member_after_time),
	    cmocka_unit_test(test_scrambled_layouts_subject_heading),
	    cmocka_unit_test(test_scrambled_layouts_picture_post),
	    cmocka_unit_test(test_scrambled_layouts_dash_signed),
	    cmocka_unit_test(test_scrambled_layouts_quote_button),
	    cmocka_unit_test(test_round35_layouts_titled_time),
	    cmocka_unit_test(test_round37_layouts_short_year),
	    cmocka_unit_test(test_round36_talk_pages),
	    cmocka_unit_test(test_round38_talk_fragment),
	    cmocka_unit_test(test_round39_old_reddit),
	    cmocka_unit_test(test_round40_nodebb_parent),
	    cmocka_unit_test(test_cite_one_line),
	    cmocka_unit_test(test_blind_form_words),
	    cmocka_unit_test(test_blind_server_name),
	    cmocka_unit_test(test_blind_writer_pane),
	    cmocka_unit_test(test_blind_quoted_posts),
	    cmocka_unit_test(test_form_to_fill),
	    cmocka_unit_test(test_member_card_dates),
	    cmocka_unit_test(test_zhidao_card_title),
	    cmocka_unit_test(test_zhidao_best_answer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
