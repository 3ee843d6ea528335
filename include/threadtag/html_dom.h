/* html_dom: a page's lean HTML tree and helpers over it (classes, attributes, walks, paragraphs).
 */
#ifndef THREADTAG_HTML_DOM_H
#define THREADTAG_HTML_DOM_H

#include <stddef.h>

#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

/* The kinds of node the tree keeps (libxml2's tree has more). */
enum tt_hnode_type {
	TT_HNODE_ELEMENT = 1,
	TT_HNODE_TEXT,
	TT_HNODE_CDATA,   /* the content of <script> and <style> */
	TT_HNODE_COMMENT, /* content kept only above the root element */
	TT_HNODE_PI,
	TT_HNODE_DOC,
};

/* One node of the lean tree libxml2's SAX events build (src/html_sax.c):
 * libxml2's own tree costs about 15 times the page, this one about 4. */
typedef struct tt_hnode {
	struct tt_hnode *parent, *children, *last, *prev, *next;
	const char *name;    /* an element's tag in lower case; "" for the others */
	const char *content; /* text, CDATA, a top-level comment; else NULL */
	const char **attrs;  /* an element's kept attributes: name, value, name... */
	void *user;          /* the importer's notes on this node */
	unsigned line;       /* of the input, as libxml2 counts it */
	unsigned short nattrs;
	unsigned char type;
} tt_hnode;

/* A parsed page: the document node (its children: top-level comments and
 * the root element) and the memory its nodes and strings live in. */
typedef struct tt_hdoc tt_hdoc;

/* The bytes the tree of a page of len bytes may take: the import of a page
 * must stay within 10 times its size, and the page itself, the importer's
 * notes and the thread take the rest. Pages run 2-4 times their size; only
 * markup denser than any page (a tag every few bytes) reaches this. */
#define TT_HTML_TREE_MAX(len) ((size_t)(len)*5 + ((size_t)1 << 20))

/* Parses HTML bytes (any encoding libxml2 knows; enc NULL lets libxml2 decide
 * from the BOM and <meta charset>) with libxml2's HTML parser, recovering,
 * with no network and no messages, into the lean tree. Only the attributes
 * the importer reads are kept (tt_html_kept_attr). NULL when nothing could be
 * parsed, when bytes are not valid in the encoding (as with one libxml2 does
 * not know), or when the tree would pass TT_HTML_TREE_MAX (*too_dense is then
 * 1). Free with tt_html_free. */
tt_hdoc *tt_html_parse(const char *buf, size_t len, const char *enc, int *too_dense);
void tt_html_free(tt_hdoc *doc);
/* The state tt_html_stray_li keeps over one parse; zeroed before it. */
typedef struct {
	unsigned long at; /* the input offset of the last end event */
	int seen, swallow;
} tt_hstray;
/* Called first in a SAX endElement handler of libxml2's HTML parser (parser:
 * its htmlParserCtxtPtr): 1 when the event comes from an </li> the HTML
 * standard ignores, which the handler then ignores too (the parser goes on
 * as if the tag were not there). The lean tree uses it, and so can a tree of
 * libxml2's own built for comparison. */
int tt_html_stray_li(void *parser, tt_hstray *s);
/* The document node, and its first element child (NULL when none). */
tt_hnode *tt_html_doc_node(tt_hdoc *doc);
tt_hnode *tt_html_root(tt_hdoc *doc);
/* The bytes the tree holds (nodes, attributes, text), for measurements. */
size_t tt_html_tree_bytes(const tt_hdoc *doc);
/* 1 when the parser keeps attribute name (lower case). */
int tt_html_kept_attr(const char *name);
/* The input line of n, as libxml2's xmlGetLineNo gives it. */
unsigned tt_html_line(const tt_hnode *n);
/* Text s (len bytes of UTF-8) with each C1 control U+0080-U+009F written
 * as the character Windows-1252 gives that byte, into out (emptied first):
 * the HTML standard reads "&#147;" as U+201C, libxml2 as U+0093. 0 when s
 * holds none (out untouched), else 1. The lean tree's text and attributes
 * are read so. */
int tt_html_c1_as_cp1252(const char *s, size_t len, tt_buf *out);

/* The encoding a page declares in <meta charset> or http-equiv within its
 * first 4 KiB, copied into out ("" when none). */
void tt_html_declared_charset(const char *buf, size_t len, char out[40]);

/* 1 when element n has the tag name (lower case). */
int tt_html_is(const tt_hnode *n, const char *tag);
/* The attribute's value (a kept one: tt_html_kept_attr), or NULL; points into
 * the tree. A boolean attribute without a value has its name as value, any
 * other one "". */
const char *tt_html_attr(const tt_hnode *n, const char *name);
/* 1 when the space-separated list (NULL: none) holds token, case-sensitively;
 * also as a CSS-modules name, token and a hash ("username--2Y8YKhbw"). */
int tt_html_token_in(const char *list, const char *token);
/* 1 when the space-separated list in attribute attr of n holds token. */
int tt_html_has_token(const tt_hnode *n, const char *attr, const char *token);
/* 1 when n's class attribute holds the class. */
int tt_html_has_class(const tt_hnode *n, const char *cls);
/* 1 when some class word of n (under 64 bytes) holds both a and b,
 * case-insensitive ("comment__list": "comment" and "list"). */
int tt_html_class_word_with(const tt_hnode *n, const char *a, const char *b);
/* 1 when form n shows a field to fill or press (a text box, a list to
 * pick from, a button, any input but a hidden one); 0 for a form that
 * shows only its text (old Reddit wraps each comment's words in one, to
 * edit them in place once its script adds a box). */
int tt_html_form_to_fill(const tt_hnode *n);
/* 1 when n's class hides it from the eye, kept for screen readers alone:
 * "visually-hidden", "visuallyhidden", "u-hiddenVisually", "sr-only". */
int tt_html_visually_hidden(const tt_hnode *n);
/* 1 when n's own style draws it not at all ("display:none", "display:
 * none"). */
int tt_html_style_hidden(const tt_hnode *n);

/* 1 when some class of n starts with prefix. */
int tt_html_class_prefix(const tt_hnode *n, const char *prefix);
/* 1 when n's class or id contains word (case-insensitive substring). */
int tt_html_classid_has(const tt_hnode *n, const char *word);
/* 1 when n is a <blockquote> holding someone else's words: not one a theme
 * uses as the box of a comment's own text (class "entry-content",
 * "postcontent": "content" named without "quote"). */
int tt_html_quotation(const tt_hnode *n);
/* 1 when n is a quotation or a box its class names one ("div.quote",
 * "table.citation"): someone else's words. */
int tt_html_quotation_box(const tt_hnode *n);
/* A box whose id or test id names a quotation's container ("quote-container"). */
int tt_html_quotation_named(const tt_hnode *n);
/* A line naming a writer and ending in a time in a box of its own, first
 * in its box, before a box holding a quotation ("<p>NAME · <span>TIME
 * </span></p><div><div id=quoteContainer>"): the quotation's title. */
int tt_html_dated_quotation_title(const tt_hnode *n);

/* A box opening with a short line that holds a button to a place in a
 * page (an image linking "#post5726099"), then a box of words, the
 * writer's words after it: a quotation of a post, its title and words
 * (vBulletin's, whatever its classes). */
int tt_html_quoted_post_box(const tt_hnode *n);

/* Preorder walk of root's descendants without recursion. enter returns 0 to
 * skip the node's children (leave is then not called for it); leave (may be
 * NULL) is called after the children of every node enter accepted. */
typedef int (*tt_html_enter_fn)(tt_hnode *n, void *u);
typedef void (*tt_html_leave_fn)(tt_hnode *n, void *u);
void tt_html_walk(tt_hnode *root, tt_html_enter_fn enter, tt_html_leave_fn leave, void *u);

/* The first descendant element of root (root excluded) for which match is 1. */
tt_hnode *tt_html_find(tt_hnode *root, int (*match)(const tt_hnode *n, const void *arg),
                       const void *arg);
/* The first descendant element with the class. */
tt_hnode *tt_html_find_class(tt_hnode *root, const char *cls);
/* The first descendant element with the tag. */
tt_hnode *tt_html_find_tag(tt_hnode *root, const char *tag);
/* n's one child element when it has no other and no words beside it (white
 * space aside): a box that only wraps another; else NULL. */
const tt_hnode *tt_html_sole_child(const tt_hnode *n);
/* 1 when n (a text, or an element outside scripts and styles) holds a
 * character other than white space, a no-break space counted as one. */
int tt_html_holds_words(const tt_hnode *n);
/* 1 when n is a box the page shows only while the pointer rests on
 * something (a tooltip, a popover, a member's hover card: its class names
 * it so) and it holds boxes of its own: a copy of a name, of an answered
 * comment, never what the page shows in place. (A word alone in a span
 * named "tooltip" is what is shown; its title is the tip. A box named the
 * tip's place, "tooltip-anchor", "tooltip-zone", "has-popover", is what
 * the pointer rests on, shown: the name the tip is about.) */
int tt_html_popup(const tt_hnode *n);
/* The bytes of a zero-width space, word joiner or byte-order mark at p,
 * else 0: nothing a reader sees. */
size_t tt_html_invisible(const char *p);
/* 1 when n is a heading element, h1 to h6. */
int tt_html_heading(const tt_hnode *n);
/* The element before n among its siblings (text between skipped), or NULL. */
tt_hnode *tt_html_prev_elem(const tt_hnode *n);

/* The text of n with white space collapsed and trimmed. Caller frees. */
char *tt_html_text(const tt_hnode *n);
/* The same, a space put between two boxes whose texts would glue a digit
 * to a digit: a date and a clock in boxes of their own, set apart by the
 * page's style ("<span>28.09.19</span><span>13:39</span>"). Caller frees. */
char *tt_html_text_parted(const tt_hnode *n);

/* The same up to the first line break or block inside n, once text was
 * found ("Anna<br>Author" gives "Anna"). Caller frees. */
char *tt_html_first_line(const tt_hnode *n);

/* Skips a node (and its subtree) while collecting paragraphs. */
typedef int (*tt_html_skip_fn)(const tt_hnode *n, void *u);
/* Turns the content of root into paragraphs pushed to out (in t's arena):
 * block elements end a paragraph, <br> is a line break, white space is
 * collapsed outside <pre>, a link whose text is a shortened URL becomes its
 * href (other links "TEXT (HREF)"), a <blockquote> becomes paragraphs
 * starting "> ". Elements for which skip returns 1 are left out. The line of
 * each paragraph's first text goes to lines (when non-NULL, one per
 * paragraph, in the same order). */
void tt_html_paragraphs(tt_thread *t, tt_hnode *root, tt_html_skip_fn skip, void *u, tt_strv *out,
                        unsigned **lines, size_t *nlines);
/* The same, the <blockquote> own (inside root, or NULL) read as the
 * writer's own words, not as a quotation: the caller knows it is where the
 * text is written. */
void tt_html_paragraphs_own(tt_thread *t, tt_hnode *root, const tt_hnode *own, tt_html_skip_fn skip,
                            void *u, tt_strv *out, unsigned **lines, size_t *nlines);

#endif
