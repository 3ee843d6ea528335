/* html_dom: helpers over a page's lean HTML tree (classes, attributes, walks, paragraphs). */
#include "threadtag/html_dom.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/text.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"

/* Copies a charset name (letters, digits, - _ : .) at p into out. */
static void copy_charset(const char *p, const char *end, char out[40])
{
	size_t n = 0;
	while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
		p++;
	while (p < end && n < 39 && (isalnum((unsigned char)*p) || strchr("-_:.", *p)))
		out[n++] = *p++;
	out[n] = '\0';
}

void tt_html_declared_charset(const char *buf, size_t len, char out[40])
{
	out[0] = '\0';
	const char *end = buf + (len < 4096 ? len : 4096);
	/* Both <meta charset=X> and the http-equiv content "...; charset=X". */
	for (const char *p = buf; p + 8 < end; p++) {
		if (strncasecmp(p, "charset", 7) != 0)
			continue;
		const char *q = p + 7;
		while (q < end && *q == ' ')
			q++;
		if (q < end && *q == '=') {
			copy_charset(q, end, out);
			if (out[0])
				return;
		}
	}
}

int tt_html_is(const tt_hnode *n, const char *tag)
{
	/* libxml2's HTML parser writes every tag name in lower case. */
	return n && n->type == TT_HNODE_ELEMENT && n->name[0] == tag[0] && !strcmp(n->name, tag);
}

const char *tt_html_attr(const tt_hnode *n, const char *name)
{
	if (!n || n->type != TT_HNODE_ELEMENT)
		return NULL;
	/* Attribute names too are stored in lower case. */
	for (unsigned i = 0; i < n->nattrs; i++)
		if (n->attrs[2 * i][0] == name[0] && !strcmp(n->attrs[2 * i], name))
			return n->attrs[2 * i + 1];
	return NULL;
}

/* The hash a CSS-modules build appends to a class name ("username--2Y8YKhbw",
 * "comment--2g6iCC-R"): 5 to 12 letters, digits, "-" or "_", with a capital and
 * a digit among them, which BEM modifiers ("comment--indented") do not have. */
static int module_hash(const char *p)
{
	size_t n = 0;
	int upper = 0, digit = 0;
	for (; p[n] && !isspace((unsigned char)p[n]); n++) {
		unsigned char c = (unsigned char)p[n];
		if (!isalnum(c) && c != '-' && c != '_')
			return 0;
		upper |= isupper(c) != 0;
		digit |= isdigit(c) != 0;
	}
	return n >= 5 && n <= 12 && upper && digit;
}

int tt_html_token_in(const char *list, const char *token)
{
	size_t tl = strlen(token);
	/* Class names are case-sensitive: a plain search, then word bounds. */
	for (const char *p = list ? strstr(list, token) : NULL; p; p = strstr(p + 1, token))
		if ((p == list || isspace((unsigned char)p[-1])) &&
		    (!p[tl] || isspace((unsigned char)p[tl]) ||
		     (p[tl] == '-' && p[tl + 1] == '-' && module_hash(p + tl + 2))))
			return 1;
	return 0;
}

int tt_html_has_token(const tt_hnode *n, const char *attr, const char *token)
{
	return tt_html_token_in(tt_html_attr(n, attr), token);
}

int tt_html_has_class(const tt_hnode *n, const char *cls)
{
	return tt_html_has_token(n, "class", cls);
}

/* 1 when n holds a character other than white space, stopping at the
 * first (a no-break space's bytes count as white space here). */
static int holds_words(const tt_hnode *n)
{
	if (n->type == TT_HNODE_TEXT) {
		for (const unsigned char *p = (const unsigned char *)n->content; p && *p; p++)
			if (!isspace(*p) && *p != 0xC2 && *p != 0xA0)
				return 1;
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (holds_words(c))
			return 1;
	return 0;
}

int tt_html_holds_words(const tt_hnode *n)
{
	return holds_words(n);
}

/* 1 when no sibling of n holds a word. */
static int alone_in_box(const tt_hnode *n)
{
	for (const tt_hnode *s = n->parent ? n->parent->children : NULL; s; s = s->next)
		if (s != n && holds_words(s))
			return 0;
	return 1;
}

int tt_html_quotation(const tt_hnode *n)
{
	/* A blockquote alone in an <article> of its own ("<article><blockquote
	 * class=messageText>", XenForo 1's post) is where the post's text is
	 * written, not what it quotes: a quotation stands in the text that
	 * answers it. */
	return tt_html_is(n, "blockquote") &&
	       !(tt_html_classid_has(n, "content") && !tt_html_classid_has(n, "quote")) &&
	       !(n->parent && tt_html_is(n->parent, "article") && alone_in_box(n));
}

int tt_html_class_word_with(const tt_hnode *n, const char *a, const char *b)
{
	const char *v = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "class") : NULL;
	while (v && *v) {
		v += strspn(v, " \t\r\n");
		size_t l = strcspn(v, " \t\r\n");
		char word[64];
		if (l < sizeof word) {
			memcpy(word, v, l);
			word[l] = '\0';
			if (strcasestr(word, a) && strcasestr(word, b))
				return 1;
		}
		v += l;
	}
	return 0;
}

static int shown_field(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *type = tt_html_is(n, "input") ? tt_html_attr(n, "type") : NULL;
	return tt_html_is(n, "textarea") || tt_html_is(n, "select") || tt_html_is(n, "button") ||
	       (tt_html_is(n, "input") && !(type && !strcasecmp(type, "hidden")));
}

int tt_html_form_to_fill(const tt_hnode *n)
{
	return tt_html_find((tt_hnode *)n, shown_field, NULL) != NULL;
}

int tt_html_visually_hidden(const tt_hnode *n)
{
	return tt_html_has_class(n, "sr-only") || tt_html_class_word_with(n, "hidden", "visually");
}

int tt_html_style_hidden(const tt_hnode *n)
{
	const char *st = tt_html_attr(n, "style");
	return st && (strcasestr(st, "display:none") || strcasestr(st, "display: none"));
}

int tt_html_class_prefix(const tt_hnode *n, const char *prefix)
{
	const char *v = tt_html_attr(n, "class");
	size_t pl = strlen(prefix);
	while (v && *v) {
		while (*v && isspace((unsigned char)*v))
			v++;
		if (!strncasecmp(v, prefix, pl))
			return 1;
		while (*v && !isspace((unsigned char)*v))
			v++;
	}
	return 0;
}

int tt_html_classid_has(const tt_hnode *n, const char *word)
{
	const char *c = tt_html_attr(n, "class"), *id = tt_html_attr(n, "id");
	return (c && strcasestr(c, word)) || (id && strcasestr(id, word));
}

void tt_html_walk(tt_hnode *root, tt_html_enter_fn enter, tt_html_leave_fn leave, void *u)
{
	tt_hnode *n = root ? root->children : NULL;
	while (n) {
		int go = enter(n, u);
		if (go && n->children) {
			n = n->children;
			continue;
		}
		if (go && leave)
			leave(n, u);
		while (!n->next) {
			n = n->parent;
			if (!n || n == root)
				return;
			if (leave)
				leave(n, u);
		}
		n = n->next;
	}
}

struct find_state {
	int (*match)(const tt_hnode *n, const void *arg);
	const void *arg;
	tt_hnode *found;
};

static int find_enter(tt_hnode *n, void *u)
{
	struct find_state *s = u;
	if (s->found)
		return 0;
	if (n->type == TT_HNODE_ELEMENT && s->match(n, s->arg)) {
		s->found = n;
		return 0;
	}
	return 1;
}

tt_hnode *tt_html_find(tt_hnode *root, int (*match)(const tt_hnode *n, const void *arg),
                       const void *arg)
{
	struct find_state s = {match, arg, NULL};
	tt_html_walk(root, find_enter, NULL, &s);
	return s.found;
}

static int match_class(const tt_hnode *n, const void *arg)
{
	return tt_html_has_class(n, arg);
}

static int match_tag(const tt_hnode *n, const void *arg)
{
	return tt_html_is(n, arg);
}

tt_hnode *tt_html_find_class(tt_hnode *root, const char *cls)
{
	return tt_html_find(root, match_class, cls);
}

tt_hnode *tt_html_find_tag(tt_hnode *root, const char *tag)
{
	return tt_html_find(root, match_tag, tag);
}

int tt_html_heading(const tt_hnode *n)
{
	return n->type == TT_HNODE_ELEMENT && n->name[0] == 'h' && n->name[1] >= '1' &&
	       n->name[1] <= '6' && !n->name[2];
}

tt_hnode *tt_html_prev_elem(const tt_hnode *n)
{
	tt_hnode *p = n ? n->prev : NULL;
	while (p && p->type != TT_HNODE_ELEMENT)
		p = p->prev;
	return p;
}

/* Whether the class word w (l bytes) names a pop-up's place, not the
 * pop-up: the word followed by a part saying where the pointer rests
 * ("achievements-tooltip-anchor", "tooltip-zone", "popover-trigger") or
 * preceded by one saying the box has one ("has-tooltip", "with-popover"):
 * the box shown in place, around the name the tip hovers over. */
static int popup_place(const char *w, size_t l, const char *at, size_t wl)
{
	static const char *const after[] = {"anchor", "zone", "trigger", "target", "toggle"};
	static const char *const before[] = {"has", "with"};
	const char *e = at + wl;
	if (e < w + l && (*e == '-' || *e == '_'))
		for (size_t i = 0; i < sizeof after / sizeof *after; i++)
			if ((size_t)(w + l - e - 1) >= strlen(after[i]) &&
			    !strncasecmp(e + 1, after[i], strlen(after[i])))
				return 1;
	for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
		size_t bl = strlen(before[i]);
		if (at >= w + bl + 1 && (at[-1] == '-' || at[-1] == '_') &&
		    !strncasecmp(at - bl - 1, before[i], bl))
			return 1;
	}
	return 0;
}

/* Whether a word of class c names a pop-up ("tooltip", "popover",
 * "hovercard"), its place (popup_place) aside. */
static int popup_named(const char *c)
{
	static const char *const words[] = {"tooltip", "popover", "hovercard"};
	for (const char *p = c; p && *p;) {
		p += strspn(p, " \t\r\n");
		size_t l = strcspn(p, " \t\r\n");
		for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
			size_t wl = strlen(words[i]);
			for (size_t k = 0; k + wl <= l; k++)
				if (!strncasecmp(p + k, words[i], wl) &&
				    !popup_place(p, l, p + k, wl))
					return 1;
		}
		p += l;
	}
	return 0;
}

int tt_html_popup(const tt_hnode *n)
{
	const char *c = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "class") : NULL;
	/* A box carrying its tip in a title ("<a class='tweet-timestamp
	 * js-tooltip' title='11:26 PM - 10 Jul 2020'>") is what the tip shows
	 * over, shown in place: not the tip. */
	if (c && tt_html_attr(n, "title"))
		return 0;
	int named = popup_named(c);
	for (const tt_hnode *k = named ? n->children : NULL; k; k = k->next)
		if (k->type == TT_HNODE_ELEMENT)
			return 1;
	return 0;
}

const tt_hnode *tt_html_sole_child(const tt_hnode *n)
{
	const tt_hnode *only = NULL;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT) {
			if (only)
				return NULL;
			only = c;
		} else if (c->type == TT_HNODE_TEXT && c->content &&
		           c->content[strspn(c->content, " \t\r\n")]) {
			return NULL;
		}
	return only;
}

/* Text nodes in a subtree, white space collapsed; script and style left out. */
static int text_enter(tt_hnode *n, void *u)
{
	tt_buf *b = u;
	if (n->type == TT_HNODE_TEXT || n->type == TT_HNODE_CDATA) {
		for (const char *p = n->content; p && *p; p++) {
			int sp = isspace((unsigned char)*p);
			size_t us = tt_utf8_space(p); /* a no-break space is a space */
			if (us)
				sp = 1, p += us - 1;
			if (sp && (!b->len || b->data[b->len - 1] == ' '))
				continue;
			tt_buf_addc(b, sp ? ' ' : *p);
		}
		return 0;
	}
	/* (a drawing's words are its tooltip, "<svg><title>message-square",
	 * Lemmy's icons: no text shown) */
	if (tt_html_is(n, "script") || tt_html_is(n, "style") || tt_html_is(n, "br") ||
	    tt_html_is(n, "svg")) {
		if (tt_html_is(n, "br") && b->len && b->data[b->len - 1] != ' ')
			tt_buf_addc(b, ' ');
		return 0;
	}
	return 1;
}

char *tt_html_text(const tt_hnode *n)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	if (n && (n->type == TT_HNODE_TEXT))
		text_enter((tt_hnode *)n, &b);
	else if (n)
		tt_html_walk((tt_hnode *)n, text_enter, NULL, &b);
	while (b.len && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	return b.data;
}

/* tt_html_text_parted's state: the text so far and the box of its last text. */
struct parted {
	tt_buf b;
	const tt_hnode *last;
};

/* As text_enter, a space put first where a text of another box than the
 * last text's would glue a digit to a digit. */
static int parted_enter(tt_hnode *n, void *u)
{
	struct parted *s = u;
	/* (a box the page keeps hidden shows nothing: "<span hidden>.
	 * Modified: 10:31am</span>" after a post's time, Nairaland's) */
	if (n->type == TT_HNODE_ELEMENT && tt_html_attr(n, "hidden"))
		return 0;
	if (n->type != TT_HNODE_TEXT || !n->content || !n->content[strspn(n->content, " \t\r\n")])
		return text_enter(n, &s->b);
	const char *c = n->content + strspn(n->content, " \t\r\n");
	if (s->last && s->last != n->parent && s->b.len &&
	    isdigit((unsigned char)s->b.data[s->b.len - 1]) && isdigit((unsigned char)*c))
		tt_buf_addc(&s->b, ' ');
	s->last = n->parent;
	return text_enter(n, &s->b);
}

char *tt_html_text_parted(const tt_hnode *n)
{
	struct parted s = {{0}, NULL};
	tt_buf_add(&s.b, NULL, 0);
	if (n && n->type == TT_HNODE_ELEMENT)
		tt_html_walk((tt_hnode *)n, parted_enter, NULL, &s);
	else if (n)
		parted_enter((tt_hnode *)n, &s);
	while (s.b.len && s.b.data[s.b.len - 1] == ' ')
		s.b.data[--s.b.len] = '\0';
	return s.b.data;
}

/* The state of tt_html_paragraphs: the paragraph being built and where it is. */
struct para {
	tt_thread *t;
	tt_html_skip_fn skip;
	void *u;
	tt_strv *out;
	unsigned **lines;
	size_t *nlines;
	tt_buf cur;
	unsigned line; /* of the current paragraph's first text */
	int pre, quote, space;
	int title;      /* inside a quotation's header: its boxes one line */
	int said_p;     /* inside a title the forum wrote as a paragraph of links
	                 * (quote_title): their addresses left out */
	size_t link_at; /* where the open link's text starts in cur */
	const tt_hnode *own; /* a quotation that is the writer's own words */
};

/* A box standing for a link, its words alone ("<div role=link>Original
 * post</div> by NAME", The Student Room's quotation title): a link's line
 * goes on after it, as an <a>'s does. */
static int link_role_words(const tt_hnode *n)
{
	const char *role = tt_html_attr(n, "role");
	if (!role || strcasecmp(role, "link") != 0)
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT)
			return 0;
	return 1;
}

static int is_block(const tt_hnode *n)
{
	if (link_role_words(n))
		return 0;
	static const char *const blocks[] = {
	    "p",      "div",        "li",      "ul",         "ol",      "h1",     "h2",
	    "h3",     "h4",         "h5",      "h6",         "pre",     "table",  "tr",
	    "dl",     "dt",         "dd",      "section",    "article", "header", "footer",
	    "figure", "figcaption", "hr",      "blockquote", "aside",   "main",   "center",
	    "form",   "address",    "details", "summary"};
	for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
		if (!strcasecmp(n->name, blocks[i]))
			return 1;
	return 0;
}

/* 1 when text is nothing but U+FFFD, the mark of a character the page lost
 * to a wrong encoding, and spaces: no words to keep ("<p>\uFFFD</p>" where
 * an editor's empty line was). */
static int lost_only(const char *text)
{
	for (const char *p = text; *p; p++)
		if (!strncmp(p, "\xEF\xBF\xBD", 3))
			p += 2;
		else if (*p != ' ' && *p != '\n')
			return 0;
	return 1;
}

static void flush(struct para *s)
{
	tt_buf *c = &s->cur;
	while (c->len && (c->data[c->len - 1] == ' ' || c->data[c->len - 1] == '\n'))
		c->data[--c->len] = '\0';
	s->space = 0;
	if (c->len && lost_only(c->data))
		c->data[c->len = 0] = '\0';
	if (!c->len)
		return;
	const char *text = c->data;
	tt_buf q = {0};
	if (s->quote) {
		/* Quoted words are someone else's: marked so, line by line. */
		tt_buf_adds(&q, "> ");
		for (const char *p = c->data; *p; p++) {
			tt_buf_addc(&q, *p);
			if (*p == '\n')
				tt_buf_adds(&q, "> ");
		}
		text = q.data;
	}
	tt_strv_push(s->t, s->out, tt_thread_strdup(s->t, text, (size_t)-1));
	tt_buf_free(&q);
	if (s->lines) {
		*s->lines = tt_xrealloc(*s->lines, (*s->nlines + 1) * sizeof **s->lines);
		(*s->lines)[(*s->nlines)++] = s->line;
	}
	c->len = 0;
	c->data[0] = '\0';
}

/* The bytes of a zero-width space, word joiner or byte-order mark at p, else
 * 0: nothing a reader sees, and before a paragraph's first letter not even
 * a place to break a line (an editor's leftover, "\u200bhalah gantung"). */
size_t tt_html_invisible(const char *p)
{
	return !strncmp(p, "\xE2\x80\x8B", 3) || !strncmp(p, "\xE2\x81\xA0", 3) ||
	               !strncmp(p, "\xEF\xBB\xBF", 3)
	           ? 3
	           : 0;
}

static void add_text(struct para *s, const tt_hnode *n)
{
	const char *p = n->content;
	for (; p && *p; p++) {
		int sp = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
		char ch = *p;
		/* A no-break space keeps words together on screen, nothing more: in a
		 * <pre>, which never wraps, a space as any other. A typographic
		 * space (an em space, a thin space) sets a width: a space too. */
		size_t u = tt_utf8_space(p);
		if (u) {
			p += u - 1;
			sp = !s->pre;
			ch = ' ';
		}
		if (!s->cur.len && tt_html_invisible(p)) {
			p += tt_html_invisible(p) - 1;
			continue;
		}
		if (s->pre) {
			if (!s->cur.len && *p == '\n')
				continue;
		} else if (sp) {
			s->space = 1;
			continue;
		}
		if (!s->cur.len)
			s->line = tt_html_line(n);
		if (s->space && s->cur.len && s->cur.data[s->cur.len - 1] != '\n')
			tt_buf_addc(&s->cur, ' ');
		s->space = 0;
		tt_buf_addc(&s->cur, ch);
	}
}

/* A text with an ellipsis; an address cut short so is one word, words cut
 * short ("Jeste se musime hodne ucit...", a comment's title) are not. */
static int cut_short(const char *text)
{
	return strstr(text, "...") || strstr(text, "\xE2\x80\xA6");
}

/* 1 when text, spaces around it aside, holds no space. */
static int one_word(const char *text)
{
	const char *sp = strchr(text + strspn(text, " "), ' ');
	return !sp || !sp[strspn(sp, " ")];
}

/* A link text a forum shortened ("https://docs.google.com/d/1OrBr3...") or
 * wrote as an address stands for the address. */
static int url_like(const char *text)
{
	return !strncasecmp(text, "http://", 7) || !strncasecmp(text, "https://", 8) ||
	       !strncasecmp(text, "www.", 4) || (cut_short(text) && one_word(text));
}

/* 1 when the query value at v (up to '&' or '#'), percent-decoded with '+'
 * for a space, is text. */
static int query_is(const char *v, const char *text)
{
	for (; *v && *v != '&' && *v != '#'; text++) {
		int c = (unsigned char)*v;
		if (c == '%' && isxdigit((unsigned char)v[1]) && isxdigit((unsigned char)v[2])) {
			char hex[3] = {v[1], v[2], 0};
			c = (int)strtol(hex, NULL, 16);
			v += 3;
		} else {
			c = c == '+' ? ' ' : c;
			v++;
		}
		if ((unsigned char)*text != c)
			return 0;
	}
	return !*text;
}

/* A link to the site's own search for the link's words ("<a
 * href=https://site/search?q=%E5%9C%B0%E9%9C%87>地震</a>"): a keyword the
 * site links on its own in the writer's text, not a link the writer gave;
 * its words are all it shows and all there is to keep. */
static int search_of_words(const char *href, const char *text)
{
	const char *q = strchr(href, '?');
	if (!q || !*text || strlen(text) > 200)
		return 0;
	for (const char *p = q + 1; *p && *p != '#'; p += strcspn(p, "&#"), p += *p == '&') {
		const char *eq = p + strcspn(p, "=&#");
		if (*eq == '=' && query_is(eq + 1, text))
			return 1;
	}
	return 0;
}

static void end_link(struct para *s, const tt_hnode *n)
{
	const char *href = tt_html_attr(n, "href");
	/* (such a title links the quoted writer and post: the forum's links,
	 * not the writer's, as its name is no words of theirs) */
	if (!href || s->said_p ||
	    (strncasecmp(href, "http://", 7) && strncasecmp(href, "https://", 8)))
		return;
	char *text = s->cur.data + s->link_at;
	if (!*text || !strcmp(text, href) || search_of_words(href, text))
		return;
	if (url_like(text)) {
		s->cur.len = s->link_at;
		tt_buf_adds(&s->cur, href);
	} else {
		tt_buf_printf(&s->cur, " (%s)", href);
	}
}

/* The node after n that is an element or words, skipping spaces and
 * markup comments. */
static const tt_hnode *next_shown(const tt_hnode *n)
{
	while (n && n->type != TT_HNODE_ELEMENT &&
	       !(n->type == TT_HNODE_TEXT && n->content && n->content[strspn(n->content, " \t\r\n")]))
		n = n->next;
	return n;
}

/* A paragraph that opens with a mention and ends in a colon, right before a
 * quotation ("@Anna said in TOPIC:", NodeBB's quoting): the quotation's
 * title line, as SMF's quoteheader before its quote. */
static int mention_title(const tt_hnode *n)
{
	if (!tt_html_is(n, "p"))
		return 0;
	const tt_hnode *q = next_shown(n->next), *a = next_shown(n->children);
	if (!q || !tt_html_quotation(q) || !a || !tt_html_is(a, "a"))
		return 0;
	const tt_hnode *at = next_shown(a->children);
	if (!at || at->type != TT_HNODE_TEXT || at->content[strspn(at->content, " \t\r\n")] != '@')
		return 0;
	const tt_hnode *end = n->last;
	while (end && end->type != TT_HNODE_TEXT)
		end = end->prev;
	if (!end || !end->content)
		return 0;
	size_t l = strlen(end->content);
	while (l && strchr(" \t\r\n", end->content[l - 1]))
		l--;
	return l && end->content[l - 1] == ':';
}

/* The header of a quotation's box, naming the quoted post in boxes of its
 * own (Vanilla's quote embed: article.quoteEmbed-body > header, the name and
 * the date): the quotation's title, one line. */
static int quote_header(const tt_hnode *n)
{
	const char *c = n->parent ? tt_html_attr(n->parent, "class") : NULL;
	return tt_html_is(n, "header") && c && strcasestr(c, "quote");
}

/* A cite right before a quotation ("div.quotebox > cite + blockquote",
 * FluxBB; "<cite>NAME posted...</cite><br><blockquote>", GameFAQs, a line
 * break between): the line naming whose words follow, quoted with them. */
static int cite_before_quotation(const tt_hnode *n)
{
	if (!tt_html_is(n, "cite"))
		return 0;
	const tt_hnode *q = n->next;
	while (q && (q->type != TT_HNODE_ELEMENT || tt_html_is(q, "br")))
		q = q->next;
	return q && tt_html_quotation(q);
}

/* A short line ending in a colon in a box of its own right before a
 * quotation ("Цитата:", "Цитирую NAME:", "Anna wrote:", "Zitat von NAME:"):
 * the quotation's title, whatever the language or the box (JComments'
 * span.quote, a <b>, a <div>), as SMF's quoteheader and FluxBB's cite
 * are. Not a <p>: that is how an editor writes the writer's own paragraph,
 * and a writer's words leading into a quotation ("Auch hier :", "Lieber
 * Herr Herzke, nur hierzu noch kurz :") are theirs; a <p> all in bold is
 * the forum's title ("<p><strong>NAME said:</strong></p>", Simple:Press),
 * no writer's words. Eight words at most: a title names a person and a
 * verb, a date at most. */
static int quote_title(const tt_hnode *n)
{
	const tt_hnode *only = tt_html_is(n, "p") ? tt_html_sole_child(n) : NULL;
	int para =
	    tt_html_is(n, "p") && !(only && (tt_html_is(only, "strong") || tt_html_is(only, "b")));
	if (n->type != TT_HNODE_ELEMENT || !n->children || tt_html_quotation(n))
		return 0;
	const tt_hnode *q = next_shown(n->next);
	if (!q || q->type != TT_HNODE_ELEMENT || !tt_html_quotation(q))
		return 0;
	char *t = tt_html_text(n);
	size_t l = strlen(t), words = 0;
	for (const char *p = t; *p; p++)
		words += *p != ' ' && (p == t || p[-1] == ' ');
	int title = l > 1 && l <= 120 && words <= 8 &&
	            (t[l - 1] == ':' || (l > 3 && !strcmp(t + l - 3, "\xEF\xBC\x9A")));
	/* (a <p> is the title when the forum wrote it: a verb of saying
	 * closing it and a link in it, Inyoka's "<a>NAME</a> <a>schrieb</a>:") */
	if (title && para)
		title = tt_html_find_tag((tt_hnode *)n, "a") && tt_textline_said_head(t, l) > 0;
	free(t);
	return title;
}

/* A box a forum names as a quotation's part, its class word "quote" and
 * the part ("div.quotetitle + div.quotecontent", phpBB 2's and Ars
 * Technica's; "quote-content", "quote_body"): the title and the words
 * quoted. A span is a phrase, not a quotation. */
static int quote_part(const tt_hnode *n)
{
	static const char *const parts[] = {"title",  "content",   "body",
	                                    "header", "container", "block"};
	const char *v = tt_html_is(n, "span") ? NULL : tt_html_attr(n, "class");
	while (v && *v) {
		v += strspn(v, " \t\r\n");
		size_t l = strcspn(v, " \t\r\n");
		if (l > 5 && !strncasecmp(v, "quote", 5)) {
			const char *r = v + 5 + (v[5] == '-' || v[5] == '_');
			size_t rl = (size_t)(v + l - r);
			for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
				if (rl == strlen(parts[i]) && !strncasecmp(r, parts[i], rl))
					return 1;
		}
		v += l;
	}
	return 0;
}

/* A class word naming a quotation, whole or cut short as styles name it:
 * "quote", or a prefix of "quotation" three letters long at least ("quo",
 * "quot", "quotation"), or a camel-cased name whose last part is "Quote"
 * ("TexticonQuote", "postQuote": the site's prefix, then the quotation). */
static int quotation_word(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "class");
	while (v && *v) {
		v += strspn(v, " \t\r\n");
		size_t l = strcspn(v, " \t\r\n");
		/* (French's "citation" a box's, forum.hardware.fr's table.citation;
		 * a <cite class=citation> is a reference's, Wikipedia's) */
		if ((l == 5 && !strncasecmp(v, "quote", 5)) ||
		    (l >= 3 && l <= 9 && !strncasecmp(v, "quotation", l)) ||
		    (l == 8 && !strncasecmp(v, "citation", 8) &&
		     (tt_html_is(n, "table") || tt_html_is(n, "div"))) ||
		    (l > 5 && !strncmp(v + l - 5, "Quote", 5) && islower((unsigned char)v[l - 6])))
			return 1;
		v += l;
	}
	return 0;
}

/* A box whose id or test id names it a quotation's container, its classes
 * generated (The Student Room's div[data-testid=quote-container], emotion's
 * "custom-wopgf3"; Mumsnet's div#quoteContainer, Tailwind's utilities): the
 * name, its case, hyphens and underscores aside, "quote" and one word of a
 * box at most. */
int tt_html_quotation_named(const tt_hnode *n)
{
	static const char *const names[] = {"quote", "quotecontainer", "quotebox", "quoteblock"};
	static const char *const attrs[] = {"id", "data-testid"};
	if (n->type != TT_HNODE_ELEMENT || !(tt_html_is(n, "div") || tt_html_is(n, "blockquote")))
		return 0;
	for (size_t a = 0; a < sizeof attrs / sizeof *attrs; a++) {
		const char *v = tt_html_attr(n, attrs[a]);
		char w[24];
		size_t l = 0;
		for (; v && *v && l + 1 < sizeof w; v++)
			if (*v != '-' && *v != '_')
				w[l++] = (char)tolower((unsigned char)*v);
		w[l] = '\0';
		for (size_t i = 0; v && !*v && i < sizeof names / sizeof *names; i++)
			if (!strcmp(w, names[i]))
				return 1;
	}
	return 0;
}

/* 1 when n holds words of its own, not only in the boxes it holds. */
static int own_words(const tt_hnode *n)
{
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content &&
		    c->content[strspn(c->content, " \t\r\n")])
			return 1;
	return 0;
}

/* The quotation n opens with or is, through boxes of one shown element
 * each, two at most ("div.post-body > div#quoteContainer"); NULL when none. */
static const tt_hnode *holds_quotation(const tt_hnode *n)
{
	for (int k = 0; k < 3 && n && n->type == TT_HNODE_ELEMENT; k++) {
		if (tt_html_quotation(n) || tt_html_quotation_named(n))
			return n;
		const tt_hnode *c = next_shown(n->children);
		if (!c || c->type != TT_HNODE_ELEMENT ||
		    (c->next && next_shown(c->next) && next_shown(c->next)->type == TT_HNODE_TEXT))
			return NULL;
		n = c;
	}
	return NULL;
}

/* A line naming a writer and a time, then a box holding a quotation, first
 * in a box of their own ("<div class=border-l-4><p>Seaside3 · <span>
 * 03/03/2026 20:20</span></p><div><div id=quoteContainer>...", Mumsnet's
 * quotation of a post): the quotation's title, whose words are quoted
 * under it. The line ends with its time in a box of its own. */
int tt_html_dated_quotation_title(const tt_hnode *n)
{
	if (!tt_html_is(n, "p") && !tt_html_is(n, "div"))
		return 0;
	if (!n->parent || next_shown(n->parent->children) != n ||
	    !holds_quotation(next_shown(n->next)))
		return 0;
	const tt_hnode *last = n->last;
	while (last && last->type != TT_HNODE_ELEMENT &&
	       !(last->type == TT_HNODE_TEXT && last->content[strspn(last->content, " \t\r\n")]))
		last = last->prev;
	if (!last || last->type != TT_HNODE_ELEMENT || last == next_shown(n->children))
		return 0;
	char *all = tt_html_text(n), *when = tt_html_text(last), iso[32];
	int yes = strlen(all) <= 80 && strlen(when) < 40 && tt_dates_parse(when, iso) == 0;
	free(all), free(when);
	return yes;
}

/* A box of a quotation's class word: someone else's words. A span so named
 * is one only when it holds words of its own ("span.quo > span.user + the
 * quoted words", RMF24's answers): one holding a link alone names the
 * writer answered (Guancha's span.quote > a), it quotes nothing. */
static int quotation_class(const tt_hnode *n)
{
	return (quotation_word(n) || tt_html_quotation_named(n)) &&
	       (!tt_html_is(n, "span") || own_words(n));
}

int tt_html_quotation_box(const tt_hnode *n)
{
	return n->type == TT_HNODE_ELEMENT && (tt_html_quotation(n) || quotation_class(n));
}

/* A link to a place in a page showing no words: a button (an image). */
static int wordless_anchor_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	return frag && frag[1] && !holds_words(n);
}

static int bold_words(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return (tt_html_is(n, "b") || tt_html_is(n, "strong")) && holds_words(n);
}

static int worded_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "a") && holds_words(n);
}

/* A box opening with a short line that holds a button to a place in a
 * page, then a box of words, the writer's words following the box
 * ("<div><div>Originally Posted by <b>NAME</b> <a
 * href=showthread.php?p=5726099#post5726099><img></a></div><div>WORDS
 * </div></div> ANSWER", vBulletin's quotation of a post whatever its
 * classes): the quoted post's title and words. The line names the writer
 * quoted in bold and links nothing else (a post's own head, "Posted <a>May
 * 7</a>" and a share button, is none). */
int tt_html_quoted_post_box(const tt_hnode *n)
{
	if (!tt_html_is(n, "div") || !n->parent)
		return 0;
	const tt_hnode *line = next_shown(n->children);
	if (line && !holds_words(line) && !tt_html_find((tt_hnode *)line, wordless_anchor_link, NULL))
		line = next_shown(line->next); /* (an empty box first, vBulletin 4's) */
	/* (the button first: it is rare, and the words' walks are not) */
	if (!line || line->type != TT_HNODE_ELEMENT ||
	    !tt_html_find((tt_hnode *)line, wordless_anchor_link, NULL))
		return 0;
	const tt_hnode *words = next_shown(line->next), *after = next_shown(n->next);
	/* (the writer's words after the boxes around it, it the only one
	 * shown in each: vBulletin 4's div.bbcode_container > div.bbcode_quote
	 * > div.quote_container, two levels up at most) */
	const tt_hnode *box = n;
	for (int up = 0; !after && up < 2 && box->parent && next_shown(box->parent->children) == box;
	     up++, box = box->parent)
		after = next_shown(box->parent->next);
	if (!words || !holds_words(words) || !after || !holds_words(after) ||
	    !tt_html_find((tt_hnode *)line, bold_words, NULL) ||
	    tt_html_find((tt_hnode *)line, worded_link, NULL))
		return 0;
	char *t = tt_html_text(line);
	size_t len = strlen(t), spaces = 0;
	for (const char *p = t; *p; p++)
		spaces += *p == ' ';
	free(t);
	return len && len <= 120 && spaces <= 9;
}

/* Someone else's words: a quotation (a <blockquote>, or a box of class
 * "quote": MacRumors' p.quote), and SMF's line naming it (before it). */
static int quote_box(const tt_hnode *n)
{
	return tt_html_quotation(n) || tt_html_dated_quotation_title(n) ||
	       tt_html_has_class(n, "bbcode_quote") || quote_part(n) || quotation_class(n) ||
	       tt_html_quoted_post_box(n) || tt_html_has_class(n, "quoteheader") ||
	       mention_title(n) || quote_header(n) || cite_before_quotation(n) || quote_title(n);
}

/* The line a quotation opens with to name whose words they are
 * (<blockquote><cite>Anna wrote:</cite>...), or its title right before it:
 * forums show it as a line of its own, above the words. */
static int quote_cite(const struct para *s, const tt_hnode *n)
{
	return (s->quote && tt_html_is(n, "cite")) || quote_title(n);
}

/* A box dressed as a button, a class word ending in "btn" ("wgt-best-showbtn",
 * "morebtn") or "-button", holding a few words ("展开全部", "Read more"): an
 * action, no words of the text, as a <button> is none. */
static int button_box(const tt_hnode *n)
{
	const char *c = tt_html_attr(n, "class");
	int named = 0;
	for (const char *p = c; !named && p && *p;) {
		p += strspn(p, " \t\r\n");
		size_t l = strcspn(p, " \t\r\n");
		named = (l >= 3 && !strncasecmp(p + l - 3, "btn", 3)) ||
		        (l > 7 && !strncasecmp(p + l - 7, "-button", 7));
		p += l;
	}
	if (!named)
		return 0;
	char *t = tt_html_text(n);
	size_t len = strlen(t);
	free(t);
	return len <= 40;
}

static int para_enter(tt_hnode *n, void *u)
{
	struct para *s = u;
	if (n->type == TT_HNODE_TEXT || n->type == TT_HNODE_CDATA) {
		add_text(s, n);
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    tt_html_is(n, "template") || tt_html_is(n, "button") || tt_html_is(n, "select") ||
	    tt_html_is(n, "textarea") || tt_html_is(n, "svg") || tt_html_is(n, "iframe") ||
	    button_box(n) || (s->skip && s->skip(n, s->u)))
		return 0;
	if (tt_html_is(n, "br")) {
		/* Two line breaks in a row are how many editors write a paragraph. */
		if (!s->pre && s->cur.len && s->cur.data[s->cur.len - 1] == '\n')
			flush(s);
		else if (s->cur.len)
			tt_buf_addc(&s->cur, '\n');
		s->space = 0;
		return 0;
	}
	if (s->title && is_block(n))
		s->space = 1; /* a box of the quotation's header: same line */
	else if (is_block(n) || quote_cite(s, n))
		flush(s);
	/* (a quotation's title is one line: a box inside a <cite>, phpBB's
	 * "NAME wrote: ↑<div class=responsive-hide>DATE</div>", stays on it) */
	if (quote_header(n) || quote_cite(s, n))
		s->title++;
	if (tt_html_is(n, "p") && quote_title(n))
		s->said_p++;
	if ((tt_html_is(n, "td") || tt_html_is(n, "th")) && s->cur.len) {
		tt_buf_adds(&s->cur, " | "); /* a table row stays one line */
		s->space = 0;
	}
	if (tt_html_is(n, "pre"))
		s->pre++;
	if (quote_box(n) && n != s->own) {
		if (!s->quote)
			flush(s); /* the writer's words before a quotation are theirs */
		s->quote++;
	}
	if (tt_html_is(n, "a")) {
		if (s->space && s->cur.len)
			tt_buf_addc(&s->cur, ' ');
		s->space = 0;
		s->link_at = s->cur.len;
	}
	return 1;
}

/* 1 when the character at p is a letter or digit of any script: not a
 * no-break space nor Latin-1's marks (U+0080-00BF), general punctuation
 * and symbols (U+2000-2BFF), CJK marks (U+3000-303F). */
static int word_at(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	if (u[0] < 0x80)
		return isalnum(u[0]);
	return u[0] != 0xC2 && u[0] != 0xE2 && !(u[0] == 0xE3 && u[1] == 0x80) &&
	       !(u[0] == 0xEF && u[1] == 0xBB);
}

/* The start of the last character of the l bytes at t (l > 0). */
static const char *last_char(const char *t, size_t l)
{
	while (l > 1 && ((unsigned char)t[l - 1] & 0xC0) == 0x80)
		l--;
	return t + l - 1;
}

/* A link of two words or more opening its paragraph, run into the words
 * after it with no space between ("<a class=title href=...>Re: SUBJECT
 * </a>czym się strułeś", We-Dwoje.pl's comment title over its text): a
 * title the page's style sets on a line of its own, since no writer
 * links a word's half; its own paragraph. */
static int title_run_in(const struct para *s, const tt_hnode *n)
{
	const tt_hnode *next = n->next;
	const char *t = s->cur.data;
	size_t l = s->cur.len;
	/* (a space ending the link's text, pending in s->space, parts them) */
	return s->link_at == 0 && !s->space && !s->quote && !s->pre && !s->title &&
	       tt_html_attr(n, "href") &&
	       next && next->type == TT_HNODE_TEXT && next->content && word_at(next->content) && l &&
	       word_at(last_char(t, l)) && strchr(t, ' ');
}

/* A box opening a quotation, its words run into the quoted words after it
 * with no space between ("<span class=quo><span class=user>~w</span>Kiedy
 * ten lek...", RMF24): the name of whose words they are, set on a line of
 * its own by the page's style, since no writer glues two words; the
 * quotation's title line, as a <cite> is. */
static int quote_name_run_in(const struct para *s, const tt_hnode *n)
{
	const tt_hnode *next = n->next;
	const char *t = s->cur.data;
	size_t l = s->cur.len;
	return s->quote && !s->title && !s->pre && !is_block(n) && n->parent &&
	       quote_box(n->parent) && next_shown(n->parent->children) == n && next &&
	       next->type == TT_HNODE_TEXT && next->content && word_at(next->content) && l &&
	       word_at(last_char(t, l));
}

static void para_leave(tt_hnode *n, void *u)
{
	struct para *s = u;
	if (n->type != TT_HNODE_ELEMENT)
		return;
	if (tt_html_is(n, "a")) {
		int title = title_run_in(s, n);
		end_link(s, n);
		if (title)
			flush(s);
	}
	if ((quote_header(n) || quote_cite(s, n)) && s->title)
		s->title--;
	if (s->said_p && tt_html_is(n, "p") && quote_title(n))
		s->said_p--;
	if (s->title && is_block(n))
		s->space = 1;
	else if (is_block(n) || quote_cite(s, n))
		flush(s);
	if (tt_html_is(n, "pre") && s->pre)
		s->pre--;
	if (quote_name_run_in(s, n))
		flush(s);
	if (quote_box(n) && n != s->own && s->quote) {
		if (s->quote == 1)
			flush(s); /* quoted words end with their box, inline or not */
		s->quote--;
	}
}

static int names_source(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "cite") || tt_html_is(n, "header") || tt_html_is(n, "footer");
}

/* A text box holding nothing but one bare <blockquote> (no class, no cite
 * address, no line naming whose words they are) holds its writer's words
 * set apart by the editor's button, not someone else's: with nothing of
 * the writer's own around it there is nothing it is quoted for (DW
 * Question & Answer's third answer). NULL when root holds anything else. */
static const tt_hnode *own_quotation(const tt_hnode *root)
{
	const tt_hnode *q = NULL;
	for (const tt_hnode *c = root->children; c; c = c->next) {
		if (c->type == TT_HNODE_TEXT && c->content[strspn(c->content, " \t\r\n")])
			return NULL;
		if (c->type != TT_HNODE_ELEMENT)
			continue;
		if (q || !tt_html_is(c, "blockquote"))
			return NULL;
		q = c;
	}
	if (!q || tt_html_attr(q, "class") || tt_html_attr(q, "cite") ||
	    tt_html_find((tt_hnode *)q, names_source, NULL))
		return NULL;
	return q;
}

void tt_html_paragraphs(tt_thread *t, tt_hnode *root, tt_html_skip_fn skip, void *u, tt_strv *out,
                        unsigned **lines, size_t *nlines)
{
	tt_html_paragraphs_own(t, root, NULL, skip, u, out, lines, nlines);
}

void tt_html_paragraphs_own(tt_thread *t, tt_hnode *root, const tt_hnode *own, tt_html_skip_fn skip,
                            void *u, tt_strv *out, unsigned **lines, size_t *nlines)
{
	struct para s = {
	    .t = t, .skip = skip, .u = u, .out = out, .lines = lines, .nlines = nlines};
	tt_buf_add(&s.cur, NULL, 0);
	if (tt_html_is(root, "pre"))
		s.pre = 1;
	s.own = own ? own : own_quotation(root);
	tt_html_walk(root, para_enter, para_leave, &s);
	flush(&s);
	tt_buf_free(&s.cur);
}

/* tt_html_first_line's state: the text so far, and whether a break ended it. */
struct line_state {
	tt_buf b;
	int done;
};

static int line_enter(tt_hnode *n, void *u)
{
	struct line_state *s = u;
	if (s->done)
		return 0;
	if (n->type == TT_HNODE_ELEMENT && (tt_html_is(n, "br") || is_block(n)) && s->b.len) {
		s->done = 1;
		return 0;
	}
	return text_enter(n, &s->b);
}

char *tt_html_first_line(const tt_hnode *n)
{
	struct line_state s = {{0}, 0};
	tt_buf_add(&s.b, NULL, 0);
	tt_html_walk((tt_hnode *)n, line_enter, NULL, &s);
	while (s.b.len && s.b.data[s.b.len - 1] == ' ')
		s.b.data[--s.b.len] = '\0';
	return s.b.data;
}
