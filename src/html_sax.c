/* html_sax: builds the lean page tree (html_dom.h) from libxml2's SAX events. */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/dict.h>
#include <libxml/parserInternals.h>

#include "threadtag/html_dom.h"
#include "threadtag/import.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* Nodes and strings are carved from chunks of this size; a string longer
 * than a quarter of it gets a chunk of its own. */
#define CHUNK (64 * 1024)

struct chunk {
	struct chunk *next;
	size_t used, size;
	max_align_t data[]; /* size bytes */
};

struct tt_hdoc {
	tt_hnode node;        /* the document itself */
	struct chunk *chunks; /* the newest first */
	size_t bytes;         /* in all chunks */
	xmlDictPtr names;     /* tag names, each stored once */
};

/* The attributes the importer reads (import_html.c, html_dom.c); the others
 * (src, srcset, data-*, on*...) are most of a page's markup and are dropped. */
static const char *const kept_attrs[] = {"about", /* RDFa: the resource a box is */
                                         "alt",   /* a writer's picture naming the writer */
                                         "aria-hidden",
                                         "aria-label",
                                         "author",
                                         "class",
                                         "cite",
                                         "comment-count",
                                         "component",
                                         "content",
                                         "created",
                                         "created-timestamp",
                                         "data-answerid",
                                         "data-author",
                                         "data-comment-id",
                                         "data-id",
                                         "data-ipsquote-contentcommentid",
                                         "data-ipsquote-username",
                                         "data-mention",
                                         "data-name",
                                         "data-parent-pid", /* NodeBB 4: the post answered */
                                         "data-pid",
                                         "data-quote",
                                         "data-quote-id", /* GameFAQs: the message quoted */
                                         "data-reply-to-id",
                                         "data-role",
                                         "data-test-id",
                                         "data-testid",
                                         "data-topid",
                                         "data-username",
                                         "datetime",
                                         "hidden",
                                         "href",
                                         "http-equiv",
                                         "id",
                                         "indent",
                                         "itemprop",
                                         "itemscope",
                                         "itemtype",
                                         "lang",
                                         "name",
                                         "onclick",
                                         "op",
                                         "post-title",
                                         "property",
                                         "rel",
                                         "resource", /* RDFa: the one a rel names */
                                         "role",     /* a box standing for a link */
                                         "style",
                                         "subreddit-prefixed-name",
                                         "title",
                                         "type",
                                         "typeof",
                                         "width",
                                         NULL};

/* The whitespace a tree-building libxml2 drops as ignorable: it decides
 * from the node it is building, so a SAX user has to decide again
 * (libxml2 2.9's areBlanks in HTMLparser.c, its allowPCData list). */
static const char *const allow_pcdata[] = {
    "a",        "abbr",     "acronym", "address", "applet", "b",    "bdo",   "big",    "blockquote",
    "body",     "button",   "caption", "center",  "cite",   "code", "dd",    "del",    "dfn",
    "div",      "dt",       "em",      "font",    "form",   "h1",   "h2",    "h3",     "h4",
    "h5",       "h6",       "i",       "iframe",  "ins",    "kbd",  "label", "legend", "li",
    "noframes", "noscript", "object",  "p",       "pre",    "q",    "s",     "samp",   "small",
    "span",     "strike",   "strong",  "td",      "th",     "tt",   "u",     "var",    NULL};

/* One parse: the tree so far and the text not yet stored. */
struct builder {
	tt_hdoc *doc;
	htmlParserCtxtPtr ctxt;
	tt_hnode *cur;     /* the open element; NULL at the document level */
	tt_hnode *pending; /* the text node whose bytes are still in text */
	tt_buf text;
	tt_buf c1; /* a text with C1 controls, rewritten (page_str) */
	int started, html4; /* a document began; its doctype is HTML 4.01 strict */
	size_t limit;       /* bytes the tree may take (TT_HTML_TREE_MAX) */
	int too_dense;      /* it wanted more: the parse was stopped */
	int undecodable;    /* a byte the encoding cannot decode stopped the parse */
	unsigned depth;     /* elements open */
	tt_hstray stray;    /* end tags the standard ignores (tt_html_stray_li) */
	const tt_hnode *cut; /* the item whose list a start tag closed (li_closes_open_li) */
};

/* n bytes aligned for pointers (strings need no alignment: align 1). */
static void *arena_alloc(tt_hdoc *d, size_t n, size_t align)
{
	struct chunk *c = d->chunks;
	if (c)
		c->used = (c->used + align - 1) / align * align;
	if (!c || c->used > c->size || c->size - c->used < n) {
		size_t size = n > CHUNK / 4 ? n : CHUNK;
		struct chunk *big = tt_xmalloc(sizeof *big + size);
		big->used = 0;
		big->size = size;
		d->bytes += size;
		if (size == n && c) { /* behind the current chunk, which keeps its room */
			big->next = c->next;
			c->next = big;
		} else {
			big->next = c;
			d->chunks = big;
		}
		c = big;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

static const char *arena_str(tt_hdoc *d, const char *s, size_t n)
{
	char *p = arena_alloc(d, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* The parser's current line (libxml2 stamps each node with it). */
static unsigned cur_line(const struct builder *b)
{
	return b->ctxt && b->ctxt->input && b->ctxt->input->line > 0
	           ? (unsigned)b->ctxt->input->line
	           : 0;
}

/* 1 when the tree has outgrown its budget; stops the parser the first time. */
static int over_budget(struct builder *b)
{
	if (b->doc->bytes <= b->limit)
		return 0;
	if (!b->too_dense && b->ctxt)
		xmlStopParser(b->ctxt);
	b->too_dense = 1;
	return 1;
}

static tt_hnode *add_node(struct builder *b, int type)
{
	tt_hnode *n = arena_alloc(b->doc, sizeof *n, sizeof(void *));
	memset(n, 0, sizeof *n);
	n->type = (unsigned char)type;
	n->name = "";
	n->line = cur_line(b);
	tt_hnode *p = b->cur ? b->cur : &b->doc->node;
	n->parent = p;
	n->prev = p->last;
	if (p->last)
		p->last->next = n;
	else
		p->children = n;
	p->last = n;
	return n;
}

int tt_html_c1_as_cp1252(const char *s, size_t len, tt_buf *out)
{
	const char *c1 = NULL;
	for (const char *p = s; !c1 && (p = memchr(p, 0xC2, len - (size_t)(p - s))); p++)
		if (p + 1 < s + len && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] < 0xA0)
			c1 = p;
	if (!c1)
		return 0;
	out->len = 0;
	tt_buf_add(out, s, (size_t)(c1 - s));
	for (const char *p = c1, *end = s + len; p < end; p++) {
		if ((unsigned char)*p == 0xC2 && p + 1 < end && (unsigned char)p[1] >= 0x80 &&
		    (unsigned char)p[1] < 0xA0) {
			tt_utf8_encode(out, tt_import_cp1252((unsigned char)p[1]));
			p++;
		} else {
			tt_buf_addc(out, *p);
		}
	}
	return 1;
}

/* The page's copy of n bytes of text, its C1 controls read as HTML reads
 * numeric references (tt_html_c1_as_cp1252). */
static const char *page_str(struct builder *b, const char *s, size_t n)
{
	if (tt_html_c1_as_cp1252(s, n, &b->c1))
		return arena_str(b->doc, b->c1.data, b->c1.len);
	return arena_str(b->doc, s, n);
}

/* Stores the pending text node's bytes: any event but more text ends it. */
static void flush_text(struct builder *b)
{
	if (!b->pending)
		return;
	b->pending->content = page_str(b, b->text.data, b->text.len);
	b->pending = NULL;
	b->text.len = 0;
}

static int in_list(const char *name, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (!strcmp(name, list[i]))
			return 1;
	return 0;
}

/* The elements that bound list-item scope in the HTML standard's tree
 * construction (the default scope's HTML ones, ol and ul), and those an end
 * tag of libxml2 2.9 never closes by mistake (a priority above an li's in
 * its htmlEndPriority; it ignores the end tag itself at those). */
static const char *const li_scope_bounds[] = {"applet", "caption", "html", "marquee", "object",
                                              "ol",     "table",   "td",   "template", "th",
                                              "ul",     NULL};
static const char *const end_priority_above_li[] = {
    "body", "div", "head", "html", "table", "tbody", "td", "tfoot", "th", "thead", "tr", NULL};

/* 1 when the input just read ends with the end tag of name (two letters,
 * blanks allowed before its '>'), within the bytes the parser still holds. */
static int after_end_tag(const xmlParserInput *in, const char *name)
{
	const xmlChar *p = in ? in->cur : NULL;
	if (!p || !in->base || p - in->base < 5 || p[-1] != '>')
		return 0;
	p--;
	while (p - in->base > 4 && IS_BLANK_CH(p[-1]))
		p--;
	return p - in->base >= 4 && (p[-1] | 0x20) == name[1] && (p[-2] | 0x20) == name[0] &&
	       p[-3] == '/' && p[-4] == '<';
}

/* 1 when libxml2 is closing the open elements up to an <li> while a list (or
 * another scope bound) stands between: the standard ignores that </li>. */
static int li_out_of_scope(const htmlParserCtxt *c)
{
	int bound = 0;
	for (int i = c->nameNr - 1; i >= 0; i--) {
		const char *n = (const char *)c->nameTab[i];
		if (!n || in_list(n, end_priority_above_li))
			return 0;
		if (!strcmp(n, "li"))
			return bound;
		bound |= in_list(n, li_scope_bounds);
	}
	return 0;
}

/* Puts the parser's stack of open elements back as it was, with an "li" and
 * a copy of the top above it: libxml2 pops the copy and then the "li", as
 * it would the elements the </li> closed, and goes on as if it had ignored
 * the tag. 0 when no room could be made. */
static int keep_stack(htmlParserCtxt *c)
{
	int n = c->nameNr;
	const xmlChar *li = c->dict ? xmlDictLookup(c->dict, BAD_CAST "li", 2) : NULL;
	if (!li || n < 1 || n > 0x3fffffff)
		return 0;
	if (n + 2 > c->nameMax) {
		const xmlChar **t = xmlRealloc((void *)c->nameTab, (size_t)(n + 2) * 2 * sizeof *t);
		if (!t)
			return 0;
		c->nameTab = t;
		c->nameMax = (n + 2) * 2;
	}
	c->nameTab[n] = li;
	c->nameTab[n + 1] = c->nameTab[n - 1];
	c->nameNr = n + 2;
	c->name = c->nameTab[n + 1];
	return 1;
}

/* The HTML standard ignores an </li> with no <li> in list-item scope (a
 * list between: "<li>A<ul><li>B</li></li>"); libxml2 2.9 closes up to the
 * outer <li> and the lists between (htmlAutoCloseOnClose), so every item
 * after it lands a level or more too shallow (ZDNet's comment lists). Its
 * first end event at the tag's position says so: the stack is put back
 * and that event and the "li" one that follows are to be ignored. */
int tt_html_stray_li(void *parser, tt_hstray *s)
{
	htmlParserCtxt *c = parser;
	if (s->swallow) {
		s->swallow = 0;
		return 1;
	}
	const xmlParserInput *in = c ? c->input : NULL;
	if (!in || !in->cur || !in->base)
		return 0;
	unsigned long at = in->consumed + (unsigned long)(in->cur - in->base);
	int first = !s->seen || s->at != at;
	s->seen = 1;
	s->at = at;
	if (!first || !c->name || !strcmp((const char *)c->name, "li") ||
	    !after_end_tag(in, "li") || !li_out_of_scope(c) || !keep_stack(c))
		return 0;
	s->swallow = 1;
	return 1;
}

static void on_start_document(void *u)
{
	((struct builder *)u)->started = 1;
}

static void on_internal_subset(void *u, const xmlChar *name, const xmlChar *external,
                               const xmlChar *system)
{
	struct builder *b = u;
	(void)name;
	(void)system;
	b->html4 = external && (!xmlStrcasecmp(external, BAD_CAST "-//W3C//DTD HTML 4.01//EN") ||
	                        !xmlStrcasecmp(external, BAD_CAST "-//W3C//DTD HTML 4//EN"));
}

/* The table's copy of an attribute name, or NULL when it is not kept. */
static const char *kept(const char *name)
{
	for (size_t i = 0; kept_attrs[i]; i++)
		if (name[0] == kept_attrs[i][0] && !strcmp(name, kept_attrs[i]))
			return kept_attrs[i];
	return NULL;
}

static void keep_attrs(struct builder *b, tt_hnode *n, const xmlChar **atts)
{
	size_t k = 0;
	for (size_t i = 0; atts && atts[i]; i += 2)
		k += kept((const char *)atts[i]) != NULL;
	if (!k)
		return;
	k = k > 0xffff ? 0xffff : k;
	n->attrs = arena_alloc(b->doc, 2 * k * sizeof *n->attrs, sizeof(void *));
	for (size_t i = 0; atts[i] && n->nattrs < k; i += 2) {
		const char *name = (const char *)atts[i], *v = (const char *)atts[i + 1];
		if (!kept(name))
			continue;
		/* As libxml2's tree: a bare boolean attribute ("checked") has its
		 * name for value, another bare one has none. */
		if (!v)
			v = htmlIsBooleanAttr(atts[i]) ? name : "";
		n->attrs[2 * n->nattrs] = kept(name);
		n->attrs[2 * n->nattrs + 1] = page_str(b, v, strlen(v));
		n->nattrs++;
	}
}

/* Elements an <li> start tag looks through for an open <li> to close, in
 * the HTML standard's tree construction: div, p and address, and the
 * elements it does not call special (phrasing ones). */
static const char *const li_see_through[] = {
    "div", "p",   "address", "span", "a",    "b",     "i",    "em",   "strong", "font", "small",
    "big", "u",   "s",       "abbr", "cite", "code",  "time", "sub",  "sup",    "label", "q",
    "tt",  "var", "kbd",     "samp", "mark", "strike", "bdi", "bdo",  "data",   "nobr",  NULL};

/* An <li> while an earlier one is still open with only div, p or phrasing
 * elements between (a post's box left unclosed before its "</li>", which
 * libxml2 2.9 then ignores: a <div> outranks an <li> in its htmlEndPriority):
 * the standard closes the earlier <li> and all above it, so the items stay
 * siblings as a browser shows them (XenForo 1's posts); libxml2 nests every
 * later one in the one before. Its stack (the new "li" on top) and the
 * builder's open node are both brought down to the earlier item's list. */
static void li_closes_open_li(struct builder *b, htmlParserCtxt *c)
{
	int top = c ? c->nameNr - 1 : -1, i = top - 1;
	while (i >= 0 && c->nameTab[i] && in_list((const char *)c->nameTab[i], li_see_through))
		i--;
	if (top < 1 || i < 0 || i == top - 1 || !c->nameTab[i] ||
	    strcmp((const char *)c->nameTab[i], "li") != 0)
		return;
	tt_hnode *n = b->cur;
	for (int k = top - 1; k >= i; k--, n = n->parent)
		if (!n || n->type != TT_HNODE_ELEMENT ||
		    strcmp(n->name, (const char *)c->nameTab[k]) != 0 || n == b->cut)
			return; /* the builder's nodes are not the parser's stack */
	b->cur = n && n->type == TT_HNODE_ELEMENT ? n : NULL;
	b->depth -= (unsigned)(top - i);
	c->nameTab[i] = c->nameTab[top];
	c->nameNr = i + 1;
	c->name = c->nameTab[i];
}

static void on_start_element(void *u, const xmlChar *name, const xmlChar **atts)
{
	struct builder *b = u;
	flush_text(b);
	if (over_budget(b))
		return;
	/* As libxml2's tree builder: past 256 open elements the parse stops
	 * (xmlParserMaxDepth), which also bounds every walk up the tree. */
	if (b->depth > 256) {
		xmlStopParser(b->ctxt);
		return;
	}
	if (b->ctxt && !strcmp((const char *)name, "li"))
		li_closes_open_li(b, b->ctxt);
	b->depth++;
	tt_hnode *n = add_node(b, TT_HNODE_ELEMENT);
	int known = xmlDictSize(b->doc->names);
	/* libxml2's tree builder names <gcse:search> "search": the prefix goes. */
	xmlChar *prefix = NULL, *local = strchr((const char *)name, ':')
	                                     ? xmlSplitQName(b->ctxt, name, &prefix)
	                                     : NULL;
	n->name = (const char *)xmlDictLookup(b->doc->names, local ? local : name, -1);
	xmlFree(local);
	xmlFree(prefix);
	if (!n->name)
		n->name = "";
	else if (xmlDictSize(b->doc->names) != known) /* a new name: the dict's cost */
		b->doc->bytes += strlen(n->name) + 64;
	keep_attrs(b, n, atts);
	b->cur = n;
}

/* A list closed by another element's start tag (libxml2 2.9 lets a <form>
 * close a <ul>; the standard keeps it open): the items after it are not
 * the enclosing item's siblings, so that item is not one an <li> closes. */
static void list_cut(struct builder *b, const xmlChar *name)
{
	const char *tag = (const char *)name;
	if (strcmp(tag, "ul") != 0 && strcmp(tag, "ol") != 0)
		return;
	if (after_end_tag(b->ctxt ? b->ctxt->input : NULL, tag))
		return;
	for (const tt_hnode *n = b->cur->parent; n && n->type == TT_HNODE_ELEMENT; n = n->parent)
		if (!strcmp(n->name, "li")) {
			b->cut = n;
			return;
		}
}

static void on_end_element(void *u, const xmlChar *name)
{
	struct builder *b = u;
	(void)name; /* libxml2's tree builder, too, closes the open node */
	if (b->ctxt && tt_html_stray_li(b->ctxt, &b->stray))
		return; /* no end at all: the text around it stays one node */
	flush_text(b);
	if (b->cur && !b->too_dense) {
		list_cut(b, name);
		b->cur = b->cur->parent->type == TT_HNODE_DOC ? NULL : b->cur->parent;
		b->depth--;
	}
}


/* White space libxml2's tree builder would drop (see allow_pcdata). */
static int ignorable(const struct builder *b, const xmlChar *ch, int len)
{
	for (int i = 0; i < len; i++)
		if (!IS_BLANK_CH(ch[i]))
			return 0;
	const htmlParserCtxt *c = b->ctxt;
	const char *name = (const char *)c->name;
	if (!c->input->cur[0])
		return 1;
	if (c->input->cur[0] != '<')
		return 0;
	if (!name || !strcmp(name, "html") || !strcmp(name, "head"))
		return 1;
	if (!strcmp(name, "body") && b->html4)
		return 1;
	if (!b->cur)
		return 0;
	const tt_hnode *last = b->cur->last;
	while (last && last->type == TT_HNODE_COMMENT)
		last = last->prev;
	if (!last)
		return !in_list(name, allow_pcdata);
	if (last->type == TT_HNODE_TEXT)
		return 0;
	return !in_list(last->name, allow_pcdata);
}

static void add_text(struct builder *b, const xmlChar *ch, int len, int type)
{
	if (!b->cur || len <= 0 || over_budget(b))
		return; /* libxml2 drops text outside any element too */
	if (!b->pending || b->cur->last != b->pending || b->pending->type != type) {
		flush_text(b);
		b->pending = add_node(b, type);
	}
	tt_buf_add(&b->text, ch, (size_t)len);
}

static void on_characters(void *u, const xmlChar *ch, int len)
{
	struct builder *b = u;
	if (!ignorable(b, ch, len))
		add_text(b, ch, len, TT_HNODE_TEXT);
}

static void on_cdata(void *u, const xmlChar *ch, int len)
{
	add_text(u, ch, len, TT_HNODE_CDATA);
}

static void on_comment(void *u, const xmlChar *value)
{
	struct builder *b = u;
	flush_text(b);
	if (over_budget(b))
		return;
	tt_hnode *n = add_node(b, TT_HNODE_COMMENT);
	/* Only a comment above the page (SingleFile's "saved date:") is read. */
	if (!b->cur && value)
		n->content = arena_str(b->doc, (const char *)value, strlen((const char *)value));
}

static void on_pi(void *u, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	(void)data;
	flush_text(u);
	if (!over_budget(u))
		add_node(u, TT_HNODE_PI);
}

static void on_ignorable(void *u, const xmlChar *ch, int len)
{
	(void)u;
	(void)ch;
	(void)len;
}

static void set_handler(htmlSAXHandler *sax)
{
	memset(sax, 0, sizeof *sax);
	sax->startDocument = on_start_document;
	sax->internalSubset = on_internal_subset;
	sax->startElement = on_start_element;
	sax->endElement = on_end_element;
	sax->characters = on_characters;
	sax->ignorableWhitespace = on_ignorable;
	sax->cdataBlock = on_cdata;
	sax->comment = on_comment;
	sax->processingInstruction = on_pi;
}

/* The parse itself, as htmlReadMemory does it but with our handler; the
 * input is read in place where it can be. */
static void run_parser(struct builder *b, const char *buf, int len, const char *enc)
{
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		return;
	/* Always a buffer of libxml2's own, never the page read in place
	 * (xmlParserInputBufferCreateStatic): libxml2 2.9's HTML parser reads
	 * past the input's end expecting the NUL its own buffers end with, and
	 * a page buffer holds none (a fuzzed page read uninitialised bytes and
	 * crashed under ASan). The copy costs the page's size once. */
	xmlParserInputBufferPtr in = xmlParserInputBufferCreateMem(buf, len, XML_CHAR_ENCODING_NONE);
	xmlParserInputPtr input = in ? xmlNewIOInputStream(ctxt, in, XML_CHAR_ENCODING_NONE) : NULL;
	if (!input) {
		if (in)
			xmlFreeParserInputBuffer(in);
		htmlFreeParserCtxt(ctxt);
		return;
	}
	inputPush(ctxt, input);
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	           HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT |
	           XML_PARSE_BIG_LINES;
	htmlCtxtUseOptions(ctxt, opts);
	set_handler(ctxt->sax); /* after the options, which set handlers of their own */
	ctxt->userData = b;
	b->ctxt = ctxt;
	if (enc && enc[0]) {
		xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(enc);
		/* As htmlReadMemory: the encoding given wins over <meta charset>. */
		if (h && !xmlSwitchToEncoding(ctxt, h)) {
			xmlFree((xmlChar *)ctxt->input->encoding);
			ctxt->input->encoding = xmlStrdup((const xmlChar *)enc);
		}
	}
	htmlParseDocument(ctxt);
	flush_text(b);
	b->ctxt = NULL;
	htmlFreeParserCtxt(ctxt);
}

/* libxml2 2.9 raises encoding errors without the parser's context, so
 * HTML_PARSE_NOERROR does not reach them: they went to stderr in libxml2's
 * words, and the parse stopped there, the rest of the page silently lost.
 * Taken here instead; the parse reports the page undecodable. */
static void on_global_error(void *u, xmlErrorPtr e)
{
	struct builder *b = u;
	if (e && (e->domain == XML_FROM_I18N || e->code == XML_IO_ENCODER))
		b->undecodable = 1;
}

/* run_parser with libxml2's context-less errors taken by on_global_error
 * (the handler is libxml2's per-thread global: restored after). */
static void run_parser_quiet(struct builder *b, const char *buf, int len, const char *enc)
{
	xmlStructuredErrorFunc old = xmlStructuredError;
	void *old_ctx = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(b, on_global_error);
	run_parser(b, buf, len, enc);
	xmlSetStructuredErrorFunc(old_ctx, old);
}

tt_hdoc *tt_html_parse(const char *buf, size_t len, const char *enc, int *too_dense)
{
	*too_dense = 0;
	if (len > (size_t)0x7fffffff || !len)
		return NULL; /* libxml2 takes an int length, and an empty one is no page */
	xmlInitParser();
	struct builder b = {.limit = TT_HTML_TREE_MAX(len)};
	b.doc = tt_xcalloc(1, sizeof *b.doc);
	b.doc->node.type = TT_HNODE_DOC;
	b.doc->node.name = "";
	b.doc->names = xmlDictCreate();
	if (b.doc->names)
		run_parser_quiet(&b, buf, (int)len, enc);
	tt_buf_free(&b.text);
	tt_buf_free(&b.c1);
	*too_dense = b.too_dense;
	if (!b.started || b.too_dense || b.undecodable) {
		tt_html_free(b.doc);
		return NULL;
	}
	return b.doc;
}

void tt_html_free(tt_hdoc *doc)
{
	if (!doc)
		return;
	for (struct chunk *c = doc->chunks, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	if (doc->names)
		xmlDictFree(doc->names);
	free(doc);
}

tt_hnode *tt_html_doc_node(tt_hdoc *doc)
{
	return &doc->node;
}

tt_hnode *tt_html_root(tt_hdoc *doc)
{
	tt_hnode *n = doc ? doc->node.children : NULL;
	while (n && n->type != TT_HNODE_ELEMENT)
		n = n->next;
	return n;
}

size_t tt_html_tree_bytes(const tt_hdoc *doc)
{
	return doc ? doc->bytes + (size_t)xmlDictSize(doc->names) * 16 : 0;
}

int tt_html_kept_attr(const char *name)
{
	return kept(name) != NULL;
}

unsigned tt_html_line(const tt_hnode *n)
{
	/* xmlGetLineNo: a node without a line of its own (CDATA) takes its
	 * previous sibling's, else its parent's. */
	if (n->type != TT_HNODE_CDATA)
		return n->line;
	if (n->prev && n->prev->type != TT_HNODE_CDATA)
		return n->prev->line;
	return n->parent && n->parent->type == TT_HNODE_ELEMENT ? n->parent->line : 0;
}
