/* import_html: a saved web page (article and comment section) into a thread, through libxml2. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/datetime.h"
#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* What the importer knows about one element; node->user points here. */
struct ninfo {
	tt_comment *c;             /* the comment this element carries, when it is one */
	float score;               /* article score (paragraph text gathered below) */
	unsigned char root;        /* a comment's outermost element (2: shown collapsed) */
	unsigned char used;        /* read into the article */
	unsigned textlen, linklen; /* bytes of text below, and of that inside links */
};

/* One import: the tree, the per-element notes and what was found. */
struct html {
	tt_thread *t;
	struct tt_import_report *r;
	tt_hdoc *doc;
	struct ninfo *info;
	size_t ninfo;
	tt_hnode **roots;
	size_t nroots, caproots;
	const char *layout; /* what carried the comments */
	long stated;        /* the count the page gives, or -1 */
	time_t saved;       /* when the page was saved, as it says (0: unknown) */
	int stated_rank;    /* how sure that count is (lower is surer) */
	char *og_title, *doc_title, *h1, *site, *url, *section, *author, *published;
	char *generator, *ld_headline;
	int se;             /* a Stack Exchange question page */
	int h1_strong;      /* h1 is the post's own heading */
	int generic;        /* the comments are repeated blocks in a comment box */
	struct tt_repeat rep; /* or repeated blocks found by their shape alone */
	const char *forum;  /* the forum software, when the roots are forum posts */
	tt_comment **posts; /* forum posts so far, for replies by quotation */
	size_t nposts, capposts;
	unsigned bodytext; /* bytes of text in the body */
	struct ld *ld;     /* the page's JSON-LD blocks, parsed */
	size_t nld;
	int time_published;      /* published came from a <time>, not from metadata */
	size_t pagelen, ld_cost; /* the page's bytes; what its JSON-LD trees may cost */
};

/* A <script type="application/ld+json"> block and the line it starts on. */
struct ld {
	tt_json_doc *doc;
	unsigned line;
};

static struct ninfo *info(const tt_hnode *n)
{
	return n && n->type == TT_HNODE_ELEMENT ? n->user : NULL;
}

static int is_root(const tt_hnode *n)
{
	struct ninfo *i = info(n);
	return i && i->root;
}

/* Gives every element its ninfo (one walk, one allocation). */
static int count_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (h->info)
		n->user = &h->info[h->ninfo];
	h->ninfo++;
	return 1;
}

static void number_elements(struct html *h, tt_hnode *top)
{
	tt_html_walk(top, count_enter, NULL, h);
	size_t n = h->ninfo + 1; /* and top itself, which the walk does not visit */
	h->info = tt_xcalloc(n, sizeof *h->info);
	h->ninfo = 0;
	count_enter(top, h);
	tt_html_walk(top, count_enter, NULL, h);
}

/* Keeps s (trimmed) in *slot unless something is there already. */
static void keep(char **slot, const char *s)
{
	if (*slot || !s)
		return;
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n)
		*slot = tt_xstrndup(s, n);
}

/* ---- the comment count a page states ---------------------------------- */

static const char *const count_words[] = {
    "comment", "kommentar", "commentaire", "comentario", "commenti", "reactie", "reaction",
    "response", "repl", "réponse", "antwort", "thought", "meinung", "reaktion", "respuesta",
    "risposte", "reacties",
    /* with their accents and other languages' stems: "2 comentários", "10
     * réactions", "Liczba komentarzy: 6", "91 Ergänzungen" (netzpolitik.org),
     * "Комментарии" */
    "comentári", "réaction", "komentarz", "ergänzung",
    "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82",
    /* Chinese: "留言列表 (42)" (PIXNET), 评论 and 評論 */
    "\xE7\x95\x99\xE8\xA8\x80", "\xE8\xAF\x84\xE8\xAE\xBA", "\xE8\xA9\x95\xE8\xAB\x96", NULL};

/* The number in "80 Comments", "80 thoughts on “X”", "Kommentare (12)". */
static long count_in(const char *text)
{
	const char *p = text;
	while (*p && !isdigit((unsigned char)*p))
		p++;
	if (!*p || p - text > 40)
		return -1;
	long n = strtol(p, NULL, 10);
	/* a thousands separator: "1.977 commentaires", "1,977 comments" */
	for (const char *q = p + strspn(p, "0123456789");
	     (*q == '.' || *q == ',') && strspn(q + 1, "0123456789") == 3 && n < 1000000; q += 4)
		n = n * 1000 + strtol(q + 1, NULL, 10);
	for (size_t i = 0; count_words[i]; i++)
		if (strcasestr(text, count_words[i]))
			return n;
	return -1;
}

/* A box naming comments whose own text states a count. */
static int count_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	if (!tt_html_classid_has(n, "comment"))
		return 0;
	char *text = tt_html_text(n);
	long c = strlen(text) < 120 ? count_in(text) : -1;
	free(text);
	return c >= 0;
}

/* 1 when a count word comes before the first digit of text. */
static int count_word_first(const char *text)
{
	size_t d = strcspn(text, "0123456789");
	for (size_t i = 0; count_words[i] && text[d] && d < 60; i++) {
		const char *w = strcasestr(text, count_words[i]);
		if (w && (size_t)(w - text) < d)
			return 1;
	}
	return 0;
}

/* A link to the page's comments ("#comments", "#sf_comment_list"). */
static int comments_link(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *hash = href ? strchr(href, '#') : NULL;
	return hash && (strcasestr(hash, "comment") || strcasestr(hash, "reaction"));
}

/* A box whose class or id names the count of comments or replies
 * ("span#js_reply-count", Kinja), or a link to the comments, showing
 * nothing but a number other than 0: that number. */
static long named_count(const tt_hnode *n, const char *text)
{
	size_t d = strspn(text, "0123456789");
	if (!d || d > 7 || text[d] ||
	    !(comments_link(n) ||
	      (tt_html_classid_has(n, "count") &&
	       (tt_html_classid_has(n, "repl") || tt_html_classid_has(n, "comment")))))
		return -1;
	/* "0" is what a script fills in later (Livefyre's commentcount box) */
	long c = strtol(text, NULL, 10);
	return c ? c : -1;
}

/* The number alone in a text node or a box of one text node: the number,
 * else -1. */
static long bare_number(const tt_hnode *n)
{
	if (n && n->type == TT_HNODE_ELEMENT && n->children && n->children == n->last)
		n = n->children;
	if (!n || n->type != TT_HNODE_TEXT || !n->content)
		return -1;
	const char *p = n->content + strspn(n->content, " \t\r\n");
	size_t d = strspn(p, "0123456789");
	if (!d || d > 7 || p[d + strspn(p + d, " \t\r\n")])
		return -1;
	return strtol(p, NULL, 10);
}

static const tt_hnode *shown_sibling(const tt_hnode *n, int forward)
{
	for (n = forward ? n->next : n->prev; n; n = forward ? n->next : n->prev)
		if (n->type == TT_HNODE_ELEMENT ||
		    (n->type == TT_HNODE_TEXT && n->content[strspn(n->content, " \t\r\n")]))
			return n;
	return NULL;
}

/* The one text of a label's box, empty boxes beside it allowed (an anchor
 * to jump to: "<p><span id=...></span>全部评论</p>"), else NULL. */
static const tt_hnode *label_text(const tt_hnode *n)
{
	const tt_hnode *t = NULL;
	for (const tt_hnode *c = n->children; c; c = c->next) {
		if (c->type == TT_HNODE_TEXT && c->content && !t)
			t = c;
		else if (c->type != TT_HNODE_ELEMENT || c->children)
			return NULL;
	}
	return t;
}

/* A count shown as a label and a number in boxes side by side: Discuz!'s
 * topic figures ("<span>回复:</span> <span>3</span>"), Kaskus' "42<div>
 * Balasan</div>". The label is a plural count word alone, a colon after it
 * or not; the number the box or words right before or after it. */
static long labelled_count(const tt_hnode *n)
{
	static const char *const labels[] = {"\xE5\x9B\x9E\xE5\xA4\x8D" /* 回复 */, "balasan",
	                                     "replies", "comments",
	                                     /* 全部评论, "all comments" (南生论坛) */
	                                     "\xE5\x85\xA8\xE9\x83\xA8\xE8\xAF\x84\xE8\xAE\xBA"};
	const tt_hnode *t = label_text(n);
	if (!t)
		return -1;
	const char *p = t->content + strspn(t->content, " \t\r\n");
	size_t l = strlen(p);
	while (l && strchr(" \t\r\n:", p[l - 1]))
		l--;
	size_t i = 0;
	while (i < sizeof labels / sizeof *labels &&
	       !(strlen(labels[i]) == l && !strncasecmp(p, labels[i], l)))
		i++;
	if (i == sizeof labels / sizeof *labels)
		return -1;
	/* (no colon: the number before it, else, the label a box of words and
	 * not a link or button, which name an action, the one after it) */
	long c = p[l] == ':' ? bare_number(shown_sibling(n, 1)) : bare_number(shown_sibling(n, 0));
	if (c < 0 && p[l] != ':' && !shown_sibling(n, 0) && !tt_html_is(n, "a") &&
	    !tt_html_is(n, "button"))
		c = bare_number(shown_sibling(n, 1));
	return c > 0 ? c : -1;
}

static int time_or_field(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "time") || tt_html_is(n, "textarea");
}

static int relative_words(const char *text, long *count, long *secs);

/* A box named a comment that holds a <time> (one comment: "Thanks very much
 * karilito • Feb 22 Reply", Apache Answer) or a field to write one in
 * ("0/200 ... 发表评论"), or whose number is an age ("admin replied 4 years
 * ago", DW Question & Answer), states no count, whatever numbers it shows. */
static int comment_not_count(tt_hnode *n, const char *text)
{
	long count, secs;
	const char *d = text + strcspn(text, "0123456789");
	return relative_words(d, &count, &secs) || tt_html_find(n, time_or_field, NULL) != NULL;
}

/* bbPress' topic summary, "This topic has 3 replies, 3 voices, and was last
 * updated ..." (li.bbp-topic-description): the count of the topic's
 * answers. */
static long topic_summary_count(const tt_hnode *n)
{
	/* (asked of every box a count is looked for in: one plain search) */
	const char *cls = tt_html_attr(n, "class");
	if (!cls || !strstr(cls, "topic-description"))
		return -1;
	char *text = tt_html_text(n);
	long c = strlen(text) < 200 ? count_in(text) : -1;
	free(text);
	return c;
}

static void consider_count(struct html *h, tt_hnode *n)
{
	if (h->stated < 0 || h->stated_rank > 1) {
		long c = topic_summary_count(n);
		if (c >= 0) {
			h->stated = c;
			h->stated_rank = 1;
			return;
		}
	}
	if (h->stated < 0) {
		long c = labelled_count(n);
		if (c > 0) {
			h->stated = c;
			h->stated_rank = 2;
			return;
		}
	}
	/* (and a box named a headline, "p.headline": "3 Kommentare", taz) */
	int heading =
	    (n->name[0] == 'h' && n->name[1] >= '1' && n->name[1] <= '4' && !n->name[2]) ||
	    tt_html_has_class(n, "headline");
	/* (a box named a count of replies is read only as a number alone,
	 * Kinja's: words in a box named replies are one comment's answers) */
	int replies = tt_html_classid_has(n, "repl") && tt_html_classid_has(n, "count");
	int rank = heading                                                            ? 1
	           : tt_html_classid_has(n, "comment") || comments_link(n) || replies ? 2
	                                                                              : 0;
	if (!rank && !tt_html_is(n, "h5"))
		return;
	if (h->stated >= 0 && h->stated_rank <= (rank ? rank : 1))
		return;
	char *text = tt_html_text(n);
	long c = rank && !replies && strlen(text) < 120 ? count_in(text) : -1;
	if (c >= 0 && rank == 2 && comment_not_count(n, text))
		c = -1;
	if (c < 0 && rank == 2)
		c = named_count(n, text);
	/* An h5 states it after the word only ("<h5>Komentarze <small>Liczba
	 * komentarzy: 6</small></h5>"), not a date over a post ("17. Februar"). */
	if (!rank && tt_html_is(n, "h5") && strlen(text) < 120 && count_word_first(text))
		c = count_in(text), rank = 1;
	free(text);
	/* A short and a long form side by side, one hidden by the style sheet
	 * ("<span>123</span><span>123 comments</span>", LiveJournal), read
	 * together as "123123 comments": the inner box stating it counts. */
	tt_hnode *inner = c >= 0 && rank == 2 ? tt_html_find(n, count_box, NULL) : NULL;
	if (inner) {
		text = tt_html_text(inner);
		c = count_in(text);
		free(text);
	}
	if (c >= 0) {
		h->stated = c;
		h->stated_rank = rank;
	}
}

/* ---- furniture: what is neither the article nor a comment ------------- */

static int hidden(const tt_hnode *n)
{
	const char *st = tt_html_attr(n, "style");
	return tt_html_attr(n, "hidden") || tt_html_has_token(n, "aria-hidden", "true") ||
	       tt_html_has_class(n, "visually-hidden") || tt_html_has_class(n, "sr-only") ||
	       (st && (strcasestr(st, "display:none") || strcasestr(st, "display: none")));
}

/* A form that holds the page rather than a form to fill: ASP.NET wraps a
 * whole page in one ("form#aspnetForm"), so its text is most of the page's. */
static int page_form(const struct html *h, const tt_hnode *n)
{
	return tt_html_is(n, "form") && info(n) && h->bodytext &&
	       info(n)->textlen * 2 > h->bodytext;
}

/* A form to fill (a comment box, a search field): never content. */
static int input_form(const struct html *h, const tt_hnode *n)
{
	return tt_html_is(n, "form") && !page_form(h, n);
}

/* Readability's idea: class or id words that mark page furniture, unless the
 * same element also says it is the content. */
static int furniture(const struct html *h, const tt_hnode *n)
{
	static const char *const tags[] = {"nav",  "aside",    "footer", "form",   "header",
	                                   "menu", "noscript", "button", "select", "iframe"};
	static const char *const bad[] = {
	    "sidebar",    "widget",        "share",    "social",     "related",      "breadcrumb",
	    "advert",     "newsletter",    "cookie",   "comment",    "respond",      "footer",
	    "navigation", "menu",          "promo",    "sponsor",    "subscribe",    "popup",
	    "banner",     "recipe",        "masthead", "author-bio", "authorbox",    "pagination",
	    "skip-link",  "screen-reader", "tags",     "signup",     "teaser",       "nav-",
	    "-nav",       "ad-",           "-ad",      "byline",     "postmetadata", "entry-meta",
	    "post-meta",  "print",         "disqus",   "rating"};
	static const char *const good[] = {"article",    "content",   "entry-body", "post-body",
	                                   "story-body", "main-text", "column",     "main"};
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "html") || tt_html_is(n, "body") ||
	    tt_html_is(n, "main") || tt_html_is(n, "article") || tt_html_has_class(n, "hentry") ||
	    tt_html_has_class(n, "Blog")) /* Blogger's posts are its "widget Blog" */
		return 0; /* their classes describe the whole page or post ("tag-social") */
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]) && !page_form(h, n))
			return 1;
	if (hidden(n))
		return 1;
	if (!tt_html_attr(n, "class") && !tt_html_attr(n, "id"))
		return 0;
	int neg = 0;
	for (size_t i = 0; !neg && i < sizeof bad / sizeof *bad; i++)
		neg = tt_html_classid_has(n, bad[i]);
	/* A wrapper holding most of the page's text is the page, whatever its
	 * classes say ("l-outer--nav", "right-sidebar" on the main column). */
	if (!neg || (info(n) && info(n)->textlen * 2 > h->bodytext))
		return 0;
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		if (tt_html_classid_has(n, good[i]) && !tt_html_classid_has(n, "comment"))
			return 0;
	return 1;
}

/* ---- page metadata: <title>, <meta>, <link rel=canonical>, <h1> ---------- */

/* "Tue Mar 03 2020 10:00:00 GMT+0100 (...)", as SingleFile and Save Page WE
 * note when a page was saved; 0 when it is not that. */
static time_t parse_saved(const char *s)
{
	struct tm tm = {0};
	while (s && isspace((unsigned char)*s))
		s++;
	const char *rest = s ? strptime(s, "%a %b %d %Y %H:%M:%S", &tm) : NULL;
	if (!rest)
		return 0;
	time_t t = timegm(&tm);
	const char *z = strstr(rest, "GMT");
	if (z && (z[3] == '+' || z[3] == '-') && strspn(z + 4, "0123456789") >= 4) {
		int off = ((z[4] - '0') * 10 + (z[5] - '0')) * 3600 +
		          ((z[6] - '0') * 10 + (z[7] - '0')) * 60;
		t -= z[3] == '-' ? -off : off; /* local time less its offset is UTC */
	}
	return t;
}

/* SingleFile writes "saved date: ..." in a comment atop the page. */
static time_t saved_comment(tt_hdoc *doc)
{
	for (const tt_hnode *n = tt_html_doc_node(doc)->children; n; n = n->next) {
		const char *c = n->type == TT_HNODE_COMMENT ? n->content : NULL;
		const char *at = c ? strstr(c, "saved date:") : NULL;
		if (at)
			return parse_saved(at + 11);
	}
	return 0;
}

static void meta_tag(struct html *h, tt_hnode *n)
{
	const char *k = tt_html_attr(n, "property");
	if (!k)
		k = tt_html_attr(n, "name");
	if (!k)
		k = tt_html_attr(n, "itemprop");
	const char *v = tt_html_attr(n, "content");
	if (!k || !v)
		return;
	if (!strcasecmp(k, "commentCount") && isdigit((unsigned char)v[0])) {
		/* schema.org microdata: the count stated outright */
		h->stated = strtol(v, NULL, 10);
		h->stated_rank = 0;
	} else if (!strcasecmp(k, "og:title") || !strcasecmp(k, "twitter:title"))
		keep(&h->og_title, v);
	else if (!strcasecmp(k, "og:site_name") || !strcasecmp(k, "application-name"))
		keep(&h->site, v);
	else if (!strcasecmp(k, "og:url"))
		keep(&h->url, v);
	else if (!strcasecmp(k, "article:section"))
		keep(&h->section, v);
	else if (!strcasecmp(k, "article:published_time") || !strcasecmp(k, "datePublished") ||
	         !strcasecmp(k, "date") || !strcasecmp(k, "dc.date"))
		keep(&h->published, v);
	else if ((!strcasecmp(k, "author") || !strcasecmp(k, "article:author")) &&
	         strncasecmp(v, "http", 4) != 0)
		keep(&h->author, v);
	else if (!strcasecmp(k, "generator"))
		keep(&h->generator, v);
	else if (!strcasecmp(k, "savepage-date") && !h->saved)
		h->saved = parse_saved(v); /* Save Page WE */
}

/* An h1 that names the post rather than the site. */
static int strong_h1(const tt_hnode *n)
{
	if (tt_html_classid_has(n, "title") || tt_html_has_token(n, "itemprop", "headline") ||
	    tt_html_has_token(n, "itemprop", "name"))
		return 1;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (tt_html_is(a, "article") || tt_html_has_class(a, "hentry"))
			return 1;
	return 0;
}

static void read_ld(struct html *h, const tt_hnode *script);

static int meta_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (tt_html_is(n, "script") &&
	    tt_html_token_in(tt_html_attr(n, "type"), "application/ld+json"))
		read_ld(h, n);
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	if (is_root(n))
		return 0;
	if (tt_html_is(n, "meta")) {
		meta_tag(h, n);
	} else if (tt_html_is(n, "title") && !h->doc_title) {
		h->doc_title = tt_html_text(n);
	} else if (tt_html_is(n, "link") && tt_html_has_token(n, "rel", "canonical")) {
		keep(&h->url, tt_html_attr(n, "href"));
	} else if (tt_html_is(n, "h1") && (!h->h1 || (!h->h1_strong && strong_h1(n))) &&
	           !hidden(n) && !furniture(h, n)) {
		char *s = tt_html_text(n);
		if (s[0]) {
			free(h->h1);
			h->h1 = s;
			h->h1_strong = strong_h1(n);
		} else {
			free(s);
		}
	} else if (tt_html_is(n, "time") && !h->published) {
		keep(&h->published, tt_html_attr(n, "datetime"));
		h->time_published = h->published != NULL;
	}
	if (!tt_html_is(n, "head") && !tt_html_is(n, "html") && !tt_html_is(n, "body"))
		consider_count(h, n);
	return 1;
}

/* The page title without the site's name: "Post | Site" gives "Post". */
static char *strip_site(const char *title, const char *site)
{
	const char *at = site && *site ? strstr(title, site) : NULL;
	if (at && at > title && !at[strlen(site)]) {
		/* "Post - Site Name": cut before the separator that leads to the site. */
		const char *e = at;
		while (e > title && strchr(" -|:\xC2\xBB\xB7\xE2\x80\x93\x94", e[-1]))
			e--;
		if (e > title)
			return tt_xstrndup(title, (size_t)(e - title));
	}
	static const char *const seps[] = {" | ",  " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
	                                   " :: ", " \xC2\xBB ", " \xC2\xB7 ",     NULL};
	for (size_t i = 0; seps[i]; i++) {
		const char *p = strstr(title, seps[i]);
		const char *last = NULL;
		for (; p; p = strstr(p + 1, seps[i]))
			last = p;
		if (!last)
			continue;
		const char *tail = last + strlen(seps[i]);
		/* Only a short tail or the site's own name is taken for the site. */
		if ((site && strcasestr(tail, site)) || strlen(tail) < 40)
			return tt_xstrndup(title, (size_t)(last - title));
	}
	return tt_xstrdup(title);
}

static const char *choose_title(struct html *h, char **owned)
{
	*owned = NULL;
	if (h->h1 && h->h1_strong)
		return h->h1;
	/* og:title sometimes carries the site's name too; the h1 never does. */
	if (h->og_title && h->h1 && strlen(h->og_title) > strlen(h->h1) &&
	    !strncmp(h->og_title, h->h1, strlen(h->h1)))
		return h->h1;
	if (h->og_title && h->site && strstr(h->og_title, h->site))
		return *owned = strip_site(h->og_title, h->site);
	if (h->og_title)
		return h->og_title;
	if (h->ld_headline)
		return h->ld_headline;
	if (h->h1 && h->doc_title && strstr(h->doc_title, h->h1))
		return h->h1;
	if (h->doc_title && h->doc_title[0])
		return *owned = strip_site(h->doc_title, h->site);
	return h->h1;
}

/* ---- the article body: a readability-style score over paragraphs ------ */

static size_t text_len(const tt_hnode *n, size_t *commas)
{
	char *s = tt_html_text(n);
	size_t len = strlen(s);
	for (const char *p = s; *p; p++)
		*commas += *p == ',';
	free(s);
	return len;
}

/* Text written straight into a div between <br>s (Blogger, old forums) is
 * scored like paragraphs, for the div itself and half for its parent. */
static void score_loose_text(tt_hnode *n)
{
	size_t len = 0, commas = 0;
	for (tt_hnode *c = n->children; c; c = c->next) {
		if (c->type != TT_HNODE_TEXT || !c->content)
			continue;
		for (const char *p = c->content; *p; p++) {
			len += !isspace((unsigned char)*p);
			commas += *p == ',';
		}
	}
	if (len < 25)
		return;
	float s = 1.0f + (float)commas + (float)(len / 100 < 3 ? len / 100 : 3);
	info(n)->score += s;
	if (info(n->parent))
		info(n->parent)->score += s / 2;
}

static int score_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT || is_root(n) || furniture(h, n) ||
	    tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	if (tt_html_is(n, "div") || tt_html_is(n, "td") || tt_html_is(n, "section")) {
		score_loose_text(n);
		return 1;
	}
	if (!tt_html_is(n, "p") && !tt_html_is(n, "pre") && !tt_html_is(n, "blockquote"))
		return 1;
	size_t commas = 0, len = text_len(n, &commas);
	if (len < 25)
		return 0;
	float s = 1.0f + (float)commas + (float)(len / 100 < 3 ? len / 100 : 3);
	struct ninfo *p = info(n->parent), *g = n->parent ? info(n->parent->parent) : NULL;
	if (p)
		p->score += s;
	if (g)
		g->score += s / 2;
	return 0;
}

static int best_enter(tt_hnode *n, void *u)
{
	tt_hnode **best = u;
	if (n->type != TT_HNODE_ELEMENT || is_root(n))
		return 0;
	struct ninfo *i = info(n);
	if (i->score > 0 && (!*best || i->score > info(*best)->score))
		*best = n;
	return 1;
}

/* Text lengths below each element, and how much of it is link text, in one
 * walk: a block that is mostly links is a menu, a share bar or a list of
 * related articles. */
static int measure_enter(tt_hnode *n, void *u)
{
	int *in_link = u;
	if (n->type == TT_HNODE_TEXT && n->content && info(n->parent)) {
		unsigned len = (unsigned)strlen(n->content);
		info(n->parent)->textlen += len;
		if (*in_link)
			info(n->parent)->linklen += len;
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	*in_link += tt_html_is(n, "a");
	return 1;
}

static void measure_leave(tt_hnode *n, void *u)
{
	int *in_link = u;
	if (n->type != TT_HNODE_ELEMENT)
		return;
	*in_link -= tt_html_is(n, "a");
	struct ninfo *i = info(n), *p = info(n->parent);
	if (p) {
		p->textlen += i->textlen;
		p->linklen += i->linklen;
	}
}

static int link_heavy(const tt_hnode *n)
{
	if (!tt_html_is(n, "ul") && !tt_html_is(n, "ol") && !tt_html_is(n, "div") &&
	    !tt_html_is(n, "section") && !tt_html_is(n, "table") && !tt_html_is(n, "dl"))
		return 0;
	struct ninfo *i = info(n);
	return i && i->textlen && i->linklen * 2 > i->textlen;
}

static int skip_in_article(const tt_hnode *n, void *u)
{
	struct html *h = u;
	if (is_root(n) || furniture(h, n) || link_heavy(n))
		return 1;
	/* The title is the thread's title, not its first paragraph. */
	return tt_html_is(n, "h1");
}

/* Readability's sibling rule: a neighbour of the best block scoring at least a
 * fifth of it (or a long paragraph beside it) belongs to the article too. */
static int article_sibling(const struct html *h, const tt_hnode *n, const tt_hnode *best)
{
	if (n == best)
		return 1;
	if (n->type != TT_HNODE_ELEMENT || is_root(n) || furniture(h, n))
		return 0;
	float b = info(best)->score, s = info(n)->score;
	if (s >= (b * 0.2f > 10 ? b * 0.2f : 10))
		return 1;
	if (!tt_html_is(n, "p"))
		return 0;
	size_t commas = 0;
	return text_len(n, &commas) >= 80;
}

static void article_from(struct html *h, tt_hnode *n)
{
	unsigned *lines = NULL;
	size_t nlines = 0;
	tt_article *a = &h->t->article;
	size_t first = a->body.n;
	/* The walk reads n's content, so a lone paragraph gives itself. */
	tt_html_paragraphs(h->t, n, skip_in_article, h, &a->body, &lines, &nlines);
	for (size_t i = 0; i < nlines && first + i < a->body.n; i++)
		tt_import_explain(h->r, lines[i], lines[i], "article", a->body.v[first + i],
		                  strlen(a->body.v[first + i]));
	free(lines);
	info(n)->used = 1;
}

static void read_article(struct html *h, tt_hnode *top)
{
	tt_hnode *body = tt_html_find_tag(top, "body");
	tt_html_walk(top, score_enter, NULL, h);
	tt_hnode *best = NULL;
	tt_html_walk(top, best_enter, NULL, &best);
	if (!best) /* no paragraph anywhere: whatever the body holds, less furniture */
		best = body;
	if (!best)
		return;
	if (!best->parent) {
		article_from(h, best);
		return;
	}
	for (tt_hnode *n = best->parent->children; n; n = n->next)
		if (article_sibling(h, n, best))
			article_from(h, n);
}

/* ---- comments carried by marked-up blocks ------------------------------ */

static int schema_comment(const tt_hnode *n)
{
	const char *type = tt_html_attr(n, "itemtype");
	return (type && (strcasestr(type, "schema.org/Comment") ||
	                 strcasestr(type, "schema.org/UserComments") ||
	                 strcasestr(type, "schema.org/Answer"))) ||
	       tt_html_has_token(n, "itemprop", "comment") ||
	       tt_html_has_token(n, "itemprop", "suggestedAnswer") ||
	       tt_html_has_token(n, "itemprop", "acceptedAnswer");
}

/* The outermost element of one comment: WordPress, Blogger, Drupal and many
 * themes mark it class "comment" (li.pingback/trackback for WordPress links
 * to the post), schema.org marks it Comment, Stack Exchange "answer". */
/* An SMF post: div.post_wrapper holding the poster's box and the post's
 * (themes use "post_wrapper" for other things too). */
static int smf_post(const tt_hnode *n)
{
	if (!tt_html_is(n, "div") || !tt_html_has_class(n, "post_wrapper"))
		return 0;
	const tt_hnode *c = n->children, *poster = NULL, *area = NULL;
	for (; c; c = c->next) {
		if (tt_html_has_class(c, "poster"))
			poster = c;
		if (tt_html_has_class(c, "postarea"))
			area = c;
	}
	return poster && area;
}

/* Flarum's post as its server writes it for readers without JavaScript:
 * a div holding the name's h3 and div.Post-body. */
static int flarum_post(const tt_hnode *n)
{
	if (!tt_html_is(n, "div") || tt_html_attr(n, "class"))
		return 0;
	const tt_hnode *c = n->children;
	while (c && c->type != TT_HNODE_ELEMENT)
		c = c->next;
	if (!c || !tt_html_is(c, "h3"))
		return 0;
	for (c = c->next; c && c->type != TT_HNODE_ELEMENT; c = c->next)
		;
	return c && tt_html_is(c, "div") && tt_html_has_class(c, "Post-body");
}

/* wpForo (a WordPress forum plugin): div.post-wrap#post-93. */
static int wpforo_post(const tt_hnode *n, const char *id)
{
	return id && !strncmp(id, "post-", 5) && isdigit((unsigned char)id[5]) &&
	       tt_html_is(n, "div") && tt_html_has_class(n, "post-wrap");
}

/* Kunena (Joomla): div.row.message holding the text's div.kmsg. */
static int kunena_message(const tt_hnode *n)
{
	return tt_html_is(n, "div") && tt_html_has_class(n, "message") &&
	       tt_html_has_class(n, "row") && tt_html_find_class((tt_hnode *)n, "kmsg");
}

/* Misago: ul.posts-list > li.post#post-6343. */
static int misago_post(const tt_hnode *n, const char *id)
{
	return id && !strncmp(id, "post-", 5) && isdigit((unsigned char)id[5]) &&
	       tt_html_is(n, "li") && tt_html_has_class(n, "post") && n->parent &&
	       tt_html_has_class(n->parent, "posts-list");
}

/* Flarum's post as the browser draws it: div.PostStream-item >
 * article.CommentPost. */
static int flarum_drawn_post(const tt_hnode *n)
{
	return tt_html_is(n, "article") && tt_html_has_class(n, "CommentPost") && n->parent &&
	       tt_html_has_class(n->parent, "PostStream-item");
}

/* Discourse's post as the browser draws it: article.onscreen-post#post_3
 * holding the text's div.cooked (a small action, "closed" or "pinned",
 * holds none). */
static int discourse_drawn_post(const tt_hnode *n, const char *id)
{
	return id && !strncmp(id, "post_", 5) && isdigit((unsigned char)id[5]) &&
	       tt_html_is(n, "article") && tt_html_has_class(n, "onscreen-post") &&
	       tt_html_find_class((tt_hnode *)n, "cooked");
}

/* The Asgaros forum (a WordPress plugin): div.post-element#postid-119146. */
static int asgaros_post(const tt_hnode *n, const char *id)
{
	return id && !strncmp(id, "postid-", 7) && isdigit((unsigned char)id[7]) &&
	       tt_html_is(n, "div") && tt_html_has_class(n, "post-element");
}

/* A forum's post: XenForo, vBulletin, phpBB and SMF mark each one so. */
static int forum_post(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	if (tt_html_has_class(n, "message--post") || tt_html_has_class(n, "postcontainer") ||
	    tt_html_has_class(n, "timeline-comment") || tt_html_has_class(n, "crawler-post"))
		return 1; /* ...and GitHub's issue timeline, Discourse's page for crawlers */
	if (smf_post(n) || flarum_post(n))
		return 1;
	/* Invision Community's article.cPost, Discuz!'s table.plhin#pid123,
	 * vBulletin 5's li.b-post, NodeBB's li[component=post]. */
	const char *component = tt_html_attr(n, "component");
	if ((tt_html_is(n, "article") && tt_html_has_class(n, "cPost")) ||
	    (tt_html_is(n, "table") && tt_html_has_class(n, "plhin")) ||
	    (tt_html_is(n, "li") && tt_html_has_class(n, "b-post")) ||
	    (component && !strcmp(component, "post")))
		return 1;
	if (wpforo_post(n, id) || kunena_message(n) || misago_post(n, id) || flarum_drawn_post(n) ||
	    asgaros_post(n, id) || discourse_drawn_post(n, id))
		return 1;
	/* phpBB: div.post#p123; MyBB: div.post#post_123. */
	return tt_html_is(n, "div") && tt_html_has_class(n, "post") && id &&
	       ((id[0] == 'p' && isdigit((unsigned char)id[1])) ||
	        (!strncmp(id, "post_", 5) && isdigit((unsigned char)id[5])));
}

static int class_suffix(const tt_hnode *n, const char *suffix);

/* 1 when a class of n is a word for "comment" in another language followed
 * by suffix ("commentaire" with suffix "", "commentaire-text" with "-text"). */
static int foreign_comment(const tt_hnode *n, const char *suffix)
{
	static const char *const words[] = {"commentaire", "comentario", "commento",
	                                    "kommentar",   "komentarz",  "reactie"};
	const char *p = tt_html_attr(n, "class");
	size_t sl = strlen(suffix);
	while (p && *p) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		for (size_t i = 0; l > sl && i < sizeof words / sizeof *words; i++) {
			size_t wl = strlen(words[i]);
			if (l == wl + sl && !strncmp(p, words[i], wl) &&
			    !strncmp(p + wl, suffix, sl))
				return 1;
		}
		p += l;
	}
	return 0;
}

/* 1 when a class of n is PREFIX-comment and id is PREFIX-NUMBER. */
static int numbered_comment(const tt_hnode *n, const char *id)
{
	const char *p = tt_html_attr(n, "class");
	while (p && *p) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n"), pl = l - 8;
		if (l > 8 && !strncmp(p + pl, "-comment", 8) && !strncmp(id, p, pl) &&
		    id[pl] == '-' && id[pl + 1] &&
		    strspn(id + pl + 1, "0123456789") == strlen(id + pl + 1))
			return 1;
		p += l;
	}
	return 0;
}

/* Homeland (Ruby China): div.reply#reply3, a topic's reply numbered by its
 * floor. */
static int homeland_reply(const tt_hnode *n, const char *id)
{
	return id && !strncmp(id, "reply", 5) && isdigit((unsigned char)id[5]) &&
	       tt_html_is(n, "div") && tt_html_has_class(n, "reply");
}

/* An answer of a question page, "div.answer-item" (Apache Answer): a
 * comment at depth 0, its comments nested in it. */
static int qa_answer(const tt_hnode *n)
{
	return tt_html_is(n, "div") && tt_html_has_class(n, "answer-item");
}

/* Ant Design's comment component (div.ant-comment: div.ant-comment-inner,
 * then div.ant-comment-nested holding its answers' components), whatever
 * site draws it. */
static int ant_comment(const tt_hnode *n)
{
	return tt_html_is(n, "div") && tt_html_has_class(n, "ant-comment");
}

static int root_candidate(const tt_hnode *n)
{
	if (forum_post(n) || tt_html_is(n, "shreddit-comment"))
		return 1; /* new Reddit's comments are elements of their own */
	/* WordPress numbers every comment's box "comment-123", whatever the theme. */
	const char *id = tt_html_attr(n, "id");
	if (id && !strncmp(id, "comment-", 8) && isdigit((unsigned char)id[8]) &&
	    (tt_html_attr(n, "data-comment-id") || tt_html_is(n, "li")))
		return 1;
	/* A list of comments as a definition list (the Thesis theme): the dt is
	 * the comment's header, the dd after it its text (dt_text). */
	if (tt_html_is(n, "dt") && tt_html_has_class(n, "comment"))
		return 1;
	/* Blogger's classic templates: dl#comments-block, a dt per comment (its
	 * author), the dd after it the text, another dd the time. */
	if (tt_html_is(n, "dt") && tt_html_has_class(n, "comment-author") && n->parent &&
	    tt_html_classid_has(n->parent, "comments-block"))
		return 1;
	if (!tt_html_is(n, "li") && !tt_html_is(n, "div") && !tt_html_is(n, "article") &&
	    !tt_html_is(n, "section") && !tt_html_is(n, "tr"))
		return 0;
	/* Kinja: article.reply#reply_1690284499, one reply of a discussion. */
	if (id && !strncmp(id, "reply_", 6) && isdigit((unsigned char)id[6]) &&
	    tt_html_has_class(n, "reply"))
		return 1;
	if (homeland_reply(n, id) || qa_answer(n) || ant_comment(n))
		return 1;
	/* "comment-item" (Chefkoch and many themes): one comment of a list. */
	/* "Comment" as a component's name (new Reddit's 2019 pages) too. */
	if (schema_comment(n) || tt_html_has_class(n, "comment") || tt_html_has_class(n, "Comment") ||
	    tt_html_has_class(n, "comment-item") || tt_html_has_class(n, "comment_item") ||
	    class_suffix(n, "_comment_item") || /* "article_comment_item" (Slate.fr) */
	    /* a card per comment, "c-comment-card" (der Freitag), "comment-card" */
	    tt_html_has_class(n, "comment-card") || class_suffix(n, "-comment-card") ||
	    (tt_html_is(n, "li") &&
	     (tt_html_has_class(n, "pingback") || tt_html_has_class(n, "trackback"))))
		return 1;
	/* Commento's card per comment. */
	if (tt_html_has_class(n, "commento-card"))
		return 1;
	/* ...and an item of a list named so in the site's language
	 * ("ul.commentaires > li.commentaire", Le Point). */
	if (tt_html_is(n, "li") && foreign_comment(n, ""))
		return 1;
	/* An article a comment system names its comment's with a prefix of its
	 * own ("article.fyre-comment-article", Livefyre). */
	/* ...or a BEM element of a thread block ("article.tm-comment-thread__comment",
	 * Habr). */
	if (tt_html_is(n, "article") &&
	    (class_suffix(n, "-comment") || class_suffix(n, "-comment-article") ||
	     class_suffix(n, "__comment")))
		return 1;
	/* A box so named and numbered by the same prefix ("div.isso-comment#isso-12"). */
	if (tt_html_is(n, "div") && id && numbered_comment(n, id))
		return 1;
	/* An item of a comment list marked with a prefixed name of its own
	 * ("ul.xenforo-comments-list > li.xenforo-comment"). */
	if (tt_html_is(n, "li") && class_suffix(n, "-comment") && n->parent &&
	    tt_html_classid_has(n->parent, "comment"))
		return 1;
	/* An item of a plain list whose text box is named its comment with a
	 * word before it (Politico's forum: "li > div.submitted-comment"). */
	if (tt_html_is(n, "li") && !tt_html_attr(n, "id"))
		for (const tt_hnode *c = n->children; c; c = c->next)
			if (c->type == TT_HNODE_ELEMENT && tt_html_is(c, "div") &&
			    class_suffix(c, "-comment") && !tt_html_has_class(c, "comment"))
				return 1;
	return tt_html_is(n, "div") && tt_html_has_class(n, "answer") &&
	       (tt_html_attr(n, "data-answerid") || tt_html_attr(n, "id"));
}

static int replies_box(const tt_hnode *n);

/* A box inside a comment that a theme marks "comment" too: the item's direct
 * child, or its text box ("comment-content comment"). Replies are neither,
 * though a theme mark them "entry-content" too: a box in a list of replies
 * ("ul.children") is one. */
static int same_kind(const tt_hnode *a, const tt_hnode *b);

static int inner_box(const tt_hnode *n)
{
	/* ...but a box of the item's own kind straight inside it is an answer
	 * (wpDiscuz 7 nests div.comment.wpd-comment so). */
	if (is_root(n->parent))
		return !same_kind(n, n->parent);
	const char *c = tt_html_attr(n, "class");
	if (!c || !(strcasestr(c, "content") || strcasestr(c, "body") || strcasestr(c, "text")))
		return 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		if (is_root(a))
			return 1;
		if (replies_box(a))
			return 0;
	}
	return 0;
}

static int same_kind(const tt_hnode *a, const tt_hnode *b);

/* A comment the page shows collapsed (LiveJournal's "j-c j-c-partial": a
 * link to it and its author's name, a few words) lacks the marks of the
 * comments around it but is of their kind: the nearest sibling of its tag
 * before it is a comment with the same first class word. */
static int collapsed_comment(const tt_hnode *n)
{
	if (!tt_html_attr(n, "class") || info(n)->textlen > 200)
		return 0;
	int seen = 0;
	for (const tt_hnode *s = n->prev; s && seen < 4; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && ++seen && !strcmp(s->name, n->name))
			return is_root(s) && same_kind(s, n);
	return 0;
}

static int roots_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    input_form(h, n))
		return 0;
	/* A theme that marks both the item and its inner box: the outer one counts.
	 * (New Reddit nests replies straight in their parent's element.) */
	int collapsed = 0;
	if ((root_candidate(n) && (tt_html_is(n, "shreddit-comment") || !inner_box(n))) ||
	    (collapsed = collapsed_comment(n))) {
		info(n)->root = collapsed ? 2 : 1;
		if (h->nroots == h->caproots) {
			h->caproots = h->caproots ? 2 * h->caproots : 64;
			h->roots = tt_xrealloc(h->roots, h->caproots * sizeof *h->roots);
		}
		h->roots[h->nroots++] = n;
	}
	return 1;
}

/* The fields of one comment, found below its root and above nested replies. */
struct fields {
	struct html *h;
	tt_hnode *root;
	tt_hnode *author, *time, *body, *sig;
	tt_hnode *namebox; /* a header line whose loose text was the name */
	const char *label; /* the name a "Comment by NAME" label gives */
	int arank, trank, brank;
};

/* One short line of text, as names are: no sentence in it. */
static int short_name(const tt_hnode *n)
{
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	int yes = l > 0 && l <= 40 && !strpbrk(t, ".!?:") && !strchr(t, '\n');
	free(t);
	return yes;
}

/* "replyto-author", "in-reply-to-author": whom a comment answers. */
static int reply_word(const char *p, size_t l)
{
	for (size_t i = 0; i + 5 <= l; i++)
		if (!strncasecmp(p + i, "reply", 5))
			return 1;
	return 0;
}

/* A class word naming its box the author's in a name of its own: the last
 * part of "w-comments-item-author", "news-comment-main-author", "listAuthor"
 * ("bypostauthor", "wc-blog-post_author" mark a comment by the post's author,
 * a badge and not a name). */
static int author_suffix(const char *cls)
{
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if (l > 6 && !strncasecmp(p + l - 6, "author", 6) &&
		    (p[l - 7] == '-' || p[l - 7] == '_' || p[l - 6] == 'A') &&
		    !(l > 11 && !strncasecmp(p + l - 11, "post", 4)) && !reply_word(p, l))
			return 1;
		p += l;
	}
	return 0;
}

/* A link to a member's page that names the member: its words are in its
 * address ("<a href=/user/Rezeptsammlerin.html>Rezeptsammlerin</a>"). */
static int profile_link(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	/* ...or names the member by number ("space-uid-2.html", Discuz!). */
	int by_number = href && (strstr(href, "uid-") || strstr(href, "uid="));
	if (!href || !(strcasestr(href, "user") || strcasestr(href, "profile") ||
	               strcasestr(href, "member") || by_number))
		return 0;
	/* Drupal's "Login or register to post comments" links to /user/login:
	 * an account's pages, no one's profile. */
	static const char *const account[] = {"login", "register", "signin", "signup", "sign_in"};
	for (size_t i = 0; i < sizeof account / sizeof *account; i++)
		if (strcasestr(href, account[i]))
			return 0;
	char *t = tt_html_text(n);
	int yes = t[0] && strlen(t) <= 40 && !strchr(t, ' ') && (by_number || strcasestr(href, t));
	free(t);
	return yes;
}

/* A control ASP.NET names by its id ("lnkScreenName", "lblUserName"),
 * showing a name. */
static int id_named_name(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	size_t l = id ? strlen(id) : 0;
	return ((l > 10 && !strcasecmp(id + l - 10, "ScreenName")) ||
	        (l > 8 && !strcasecmp(id + l - 8, "UserName"))) &&
	       short_name(n);
}

static int looks_like_time(const char *s);

/* A link to a page of its own, not the comment's permalink. */
static int page_link(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	return href && href[0] != '#' && !strstr(href, "#comment");
}

/* A link that may name a member: showing a short name, not a time. */
static int names_member(const tt_hnode *n)
{
	if (!short_name(n))
		return 0;
	char *t = tt_html_text(n);
	int yes = !looks_like_time(t);
	free(t);
	return yes;
}

/* A generated BEM class naming the name of a comment's header: BLOCK__name
 * and a hash of a build ("comment-header__name-16", Dzen), the block naming
 * a comment, its author or its user. */
static int bem_name(const char *cls)
{
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		const char *e = memmem(p, l, "__name", 6);
		size_t rest = e ? l - (size_t)(e + 6 - p) : 0;
		if (e && (rest == 0 || (e[6] == '-' && rest <= 7)) &&
		    (memmem(p, (size_t)(e - p), "comment", 7) || memmem(p, (size_t)(e - p), "author", 6) ||
		     memmem(p, (size_t)(e - p), "user", 4)))
			return 1;
		p += l;
	}
	return 0;
}

static int author_rank(const tt_hnode *n)
{
	const char *cls = tt_html_attr(n, "class");
	/* hReview's reviewer is the author, whatever else the header holds
	 * (SPIP's "En réponse à : <a class=fn>ARTICLE</a>"). */
	if (tt_html_has_token(n, "itemprop", "author") ||
	    tt_html_has_token(n, "itemprop", "creator") ||
	    (tt_html_token_in(cls, "reviewer") && tt_html_classid_has(n->parent, "comment-meta")))
		return 1;
	static const char *const names[] = {"fn",          "comment-user", "username",
	                                    "hnuser",      "author-name",  "comment-author-name",
	                                    "commenter",   "user-name",    "comment__author",
	                                    "commentor-info", /* Politico's forum */
	                                    "profile-name", "nickname"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (tt_html_token_in(cls, names[i]))
			return 2;
	/* Vanilla's a.Username, Commento's div.commento-name. */
	if (tt_html_token_in(cls, "Username") || tt_html_token_in(cls, "commento-name") ||
	    bem_name(cls))
		return 2;
	const char *c = cls;
	/* ...and the camel-case names of a site's own markup ("CommentAuthorName"). */
	/* ...and a prefixed "comment-user" ("fig-comment-user", Le Figaro), and
	 * a prefixed "username" ("fyre-comment-username", Livefyre). */
	if (c && (strcasestr(c, "author-link") || strcasestr(c, "author-name") ||
	          strcasestr(c, "author_name") || class_suffix(n, "AuthorName") ||
	          class_suffix(n, "AuthorLink") || /* "ActivityHeader-module__AuthorLink" */
	          class_suffix(n, "-comment-user") || class_suffix(n, "-username")))
		return 2;
	if ((c && strcasestr(c, "comment-author")) || tt_html_token_in(cls, "author") ||
	    tt_html_token_in(cls, "user") || tt_html_token_in(cls, "user-details") ||
	    author_suffix(cls))
		return 3;
	if (tt_html_is(n, "h4") && tt_html_has_class(n->parent, "poster"))
		return 2; /* SMF: the name atop the poster's box */
	if (tt_html_is(n, "h3") && n->parent && flarum_post(n->parent))
		return 2; /* Flarum: the name atop the post */
	if (tt_html_token_in(cls, "item-title") && tt_html_has_class(n->parent, "media-heading"))
		return 2; /* Misago: the name atop the poster's card */
	if (tt_html_token_in(cls, "profile-link") &&
	    tt_html_has_class(n->parent, "post-author-block-name"))
		return 2; /* Asgaros: the name, a @handle beside it */
	if (tt_html_is(n, "cite") || profile_link(n) || id_named_name(n))
		return 4;
	/* "<div class=metas><b>By Anna,</b> on 3 May": a bold name opening a meta
	 * line; or a link to the member's page opening it (Douban's "<div
	 * class=meta-header><a href=/people/166957560>yj</a><time>..."). */
	int link = page_link(n);
	if (!link && !tt_html_is(n, "b") && !tt_html_is(n, "strong"))
		return 0;
	/* Elements showing no text before it (a permalink's icon) do not count. */
	const tt_hnode *p = n->parent, *e = p ? p->children : NULL;
	while (e && e != n && (e->type != TT_HNODE_ELEMENT || !info(e)->textlen))
		e = e->next;
	if (e != n)
		return 0;
	if (tt_html_classid_has(p, "meta"))
		return !link || names_member(n) ? 5 : 0;
	/* A bold line of its own opening the comment's box, a name ("<div><strong>
	 * <a>anaya60</a></strong><p>text"): not a bold start of a paragraph. */

	return !link && !tt_html_is(p, "p") && !tt_html_is(p, "span") && short_name(n) ? 6 : 0;
}

/* Inside SMF's header of a post (its subject and time), a few levels up. */
static int in_keyinfo(const tt_hnode *n)
{
	int up = 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT && up < 3;
	     a = a->parent, up++)
		if (tt_html_has_class(a, "keyinfo"))
			return 1;
	return 0;
}

/* A box holding nothing but a time in brackets ("(22 juin 2018 @11h13)",
 * SPIP's forum-nav): the comment's time, whatever the box is named. */
static int bracketed_time(const tt_hnode *n)
{
	if (!info(n)->textlen || info(n)->textlen > 60 || info(n)->linklen)
		return 0;
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	/* the words inside the brackets: "(1 day ago)" is relative */
	int yes =
	    l > 2 && t[0] == '(' && t[l - 1] == ')' && (t[l - 1] = '\0', looks_like_time(t + 1));
	free(t);
	return yes;
}

static int bare_age(const char *t);

/* A control ASP.NET names by its id, not its class ("lblCommentDate"),
 * showing a time. */
static int id_named_time(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	/* ...and Discuz!'s em#authorposton123 ("发表于 2024-3-3 10:15"). */
	if (!id ||
	    !(strcasestr(id, "date") || strcasestr(id, "time") || strcasestr(id, "poston")) ||
	    !info(n)->textlen || info(n)->textlen > 60)
		return 0;
	char *t = tt_html_text(n);
	int yes = looks_like_time(t);
	free(t);
	return yes;
}

/* An age in a count and a unit's letter ("5h", "2d", "3w", "4mo"), as
 * Substack and other feeds show a comment's. */
static int short_age(const char *t)
{
	size_t d = strspn(t, "0123456789");
	return d && d <= 3 &&
	       (((strchr("smhdwy", t[d]) && t[d]) && !t[d + 1]) || !strcmp(t + d, "mo"));
}

/* A link to the comment itself ("#comment-296708", or a page of its own,
 * ".../comment/252284732") showing when it was written ("1 year", "May 3,
 * 2019", "5h"). */
static int time_permalink(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *at = href ? strstr(href, "#comment-") : NULL;
	if (!at && href)
		at = strstr(href, "/comment/");
	if (!at || !isdigit((unsigned char)at[9]) || !info(n)->textlen || info(n)->textlen > 60)
		return 0;
	char *t = tt_html_text(n);
	int yes = looks_like_time(t) || bare_age(t) || short_age(t);
	free(t);
	return yes;
}

/* Discuz! writes a recent post's age in a span inside its em#authorposton123
 * ("发表于 <span title=\"2024-5-21 11:01:32\">6 天前</span>"): the age as
 * shown, without the "posted on" before it. */
static int discuz_age(const tt_hnode *n)
{
	const char *pid = n->parent ? tt_html_attr(n->parent, "id") : NULL;
	if (!tt_html_is(n, "span") || !pid || strncmp(pid, "authorposton", 12) != 0 ||
	    !info(n)->textlen || info(n)->textlen > 40)
		return 0;
	char *t = tt_html_text(n);
	int yes = looks_like_time(t);
	free(t);
	return yes;
}

static int time_rank(const tt_hnode *n)
{
	if (discuz_age(n))
		return 2;
	const char *cls = tt_html_attr(n, "class");
	if (tt_html_is(n, "time") || tt_html_is(n, "relative-time"))
		return 1;
	/* A <meta> shows nothing: a time shown on the page goes before it. */
	if (tt_html_is(n, "meta") && (tt_html_has_token(n, "itemprop", "dateCreated") ||
	                              tt_html_has_token(n, "itemprop", "datePublished")))
		return 5;
	if (tt_html_has_token(n, "itemprop", "dateCreated") ||
	    tt_html_has_token(n, "itemprop", "datePublished") ||
	    tt_html_has_token(n, "property", "schema:dateCreated") ||
	    tt_html_has_token(n, "property", "dc:date"))
		return 2;
	const char *c = cls;
	if (c && (strcasestr(c, "date") || strcasestr(c, "time") || strcasestr(c, "posted") ||
	          tt_html_token_in(cls, "age")))
		return 3;
	/* A link whose id says it shows when the comment was created
	 * ("CommentTopMeta--Created--t1_c95cjs5"). */
	const char *id = tt_html_attr(n, "id");
	if (id && strcasestr(id, "created") && info(n)->textlen)
		return 3;
	if (tt_html_token_in(cls, "smalltext") && in_keyinfo(n))
		return 3; /* SMF: "« Reply #1 on: October 25, 2013, 12:12:00 pm »" */
	if (bracketed_time(n) || time_permalink(n) || id_named_time(n))
		return 3;
	/* A meta line holds the time, but often the name and links as well. */
	if (c && (strcasestr(c, "comment-meta") || strcasestr(c, "comment_meta") ||
	          strcasestr(c, "commentmetadata")))
		return 4;
	return 0;
}

/* 1: the exact text box (nothing but the words); 2: a text box; 3: a box
 * that also holds the header; 0: none. */
static int body_rank(const tt_hnode *n)
{
	const char *cls = tt_html_attr(n, "class");
	/* ..."post-entry" Forumotion's, "post_body" MyBB's, "t_f" Discuz!'s,
	 * "userContent" Vanilla's, "Post-body" Flarum's */
	static const char *const exact[] = {
	    "comment-copy", "commtext",  "s-prose", "js-post-body", "bbWrapper", "postcontent",
	    "post-entry",   "post_body", "t_f",     "userContent",  "Post-body",
	    "markdown" /* Homeland's rendered text */, "wpforo-post-content",
	    "kmsg" /* Kunena */, "misago-markup", "cooked" /* Discourse */,
	    "fmt" /* Apache Answer's formatted text, an answer's or a comment's */};
	static const char *const boxes[] = {"comment-content",
	                                    "comment-text",
	                                    "comment_text",
	                                    "comment_content",
	                                    "post-text",
	                                    "comment-message",
	                                    "comment__body",
	                                    "comment-entry",
	                                    "postbody",
	                                    "usertext-body", /* old Reddit */
	                                    "post-content",
	                                    "reply-content", /* Kinja */
	                                    "message",
	                                    "field-name-comment-body",
	                                    "field--name-comment-body",
	                                    "commento-body"};
	/* A test hook naming the box the comment ("data-test-id=comment"). */
	const char *hook = tt_html_attr(n, "data-test-id");
	if (!hook)
		hook = tt_html_attr(n, "data-testid");
	const char *role = tt_html_attr(n, "data-role"); /* Invision Community */
	/* (a post's schema.org articleBody too: Discourse's DiscussionForumPosting) */
	if ((role && !strcmp(role, "commentContent")) || tt_html_has_token(n, "itemprop", "text") ||
	    tt_html_has_token(n, "itemprop", "articleBody") ||
	    tt_html_has_token(n, "itemprop", "commentText") || (hook && !strcmp(hook, "comment")) ||
	    tt_html_has_token(n, "property", "schema:text") ||
	    tt_html_has_token(n, "property", "content:encoded"))
		return 1;
	for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
		if (tt_html_token_in(cls, exact[i]))
			return 1;
	/* The text box of a comment named in the site's language
	 * ("commentaire-text"). */
	if (foreign_comment(n, "-text") || foreign_comment(n, "-content") ||
	    foreign_comment(n, "-body"))
		return 2;
	/* A comment's message box, prefixed ("fig-comment-msg", Le Figaro),
	 * inside a content box that also holds the header. */
	if (class_suffix(n, "-comment-msg"))
		return 1;
	/* SMF's div.inner#msg_123; new Reddit's div#t1_abc-comment-rtjson-content. */
	const char *id = tt_html_attr(n, "id");
	size_t il = id ? strlen(id) : 0;
	if ((tt_html_token_in(cls, "inner") && id && !strncmp(id, "msg_", 4)) ||
	    (il > 23 && !strcmp(id + il - 23, "-comment-rtjson-content")))
		return 1;
	for (size_t i = 0; i < sizeof boxes / sizeof *boxes; i++)
		if (tt_html_token_in(cls, boxes[i]))
			return 2;
	const char *c = cls;
	/* Prefixed names ("epoch-comment-content") mean the same, as do prefixed
	 * camel-case ones ending the word ("mtbnewsCommentMessage", but not
	 * "mtbnewsCommentMessageContainer"). */
	/* ...and a box a forum names its message's ("forum-message"). */
	/* ...and a box its root's list item names "submitted-comment". */
	if (c && (strcasestr(c, "comment-content") || strcasestr(c, "comment-text") ||
	          class_suffix(n, "-message") ||
	          (tt_html_is(n, "div") && class_suffix(n, "-comment") && n->parent &&
	           tt_html_is(n->parent, "li")) ||
	          class_suffix(n, "CommentMessage") || class_suffix(n, "CommentText") ||
	          class_suffix(n, "CommentContent") || class_suffix(n, "CommentBody")))
		return 2;
	/* (with an underscore too: HuffPost's "comment_body") */
	/* ...and a box named its text ("div.text", Isso, DataLife Engine). */
	if ((c && (strcasestr(c, "comment-body") || strcasestr(c, "comment_body"))) ||
	    tt_html_token_in(cls, "content") || tt_html_token_in(cls, "text"))
		return 3;
	/* A BEM element of the comment's block ("c-comment-card__text"). */
	if (class_suffix(n, "__text") || class_suffix(n, "__body") || class_suffix(n, "__content"))
		return 3;
	return 0;
}

/* The length of a class word's name: a CSS-modules build writes a name as
 * FILE-module__NAME--HASH ("IssueCommentViewer-module__IssueCommentBody--yozBB",
 * GitHub), its hash not always with a digit, so the "module__" says it. */
static size_t class_name_len(const char *p, size_t l)
{
	/* (most words hold no "_": one memchr decides) */
	const char *m = memchr(p, '_', l);
	while (m && !(m - p >= 6 && m + 1 < p + l && m[1] == '_' && !memcmp(m - 6, "module", 6)))
		m = memchr(m + 1, '_', l - (size_t)(m + 1 - p));
	if (!m)
		return l;
	m -= 6;
	for (size_t k = l; k > (size_t)(m - p) + 10; k--)
		if (p[k - 1] == '-' && p[k - 2] == '-')
			return k - 2;
	return l;
}

/* A class word that ends in suffix after something of its own
 * ("news-comment-sub" ends in "-sub"). */
static int class_suffix(const tt_hnode *n, const char *suffix)
{
	const char *p = tt_html_attr(n, "class");
	size_t sl = strlen(suffix);
	while (p && *p) {
		p += strspn(p, " \t\n");
		size_t w = strcspn(p, " \t\n"), l = class_name_len(p, w);
		if (l > sl && !strncasecmp(p + l - sl, suffix, sl))
			return 1;
		p += w;
	}
	return 0;
}

/* Containers of replies, which belong to the replies and not to this comment
 * (a box after a comment that a site names its comment's "-sub" box,
 * "news-comment-sub", holds its answers). */
static int replies_box(const tt_hnode *n)
{
	const char *cls = tt_html_attr(n, "class");
	if (!cls)
		return 0;
	/* ...and a comment's "comment_children" box (HuffPost), as "children",
	 * "commento-children" (Commento), "tm-comment-thread__children" (Habr). */
	if (strcasestr(cls, "comment") &&
	    (class_suffix(n, "-sub") || class_suffix(n, "_children") ||
	     class_suffix(n, "-replies") || class_suffix(n, "-children")))
		return 1;
	return tt_html_token_in(cls, "children") || tt_html_token_in(cls, "comment-replies") ||
	       tt_html_token_in(cls, "indented") || tt_html_token_in(cls, "comments") ||
	       tt_html_token_in(cls, "comments-list") ||
	       tt_html_token_in(cls, "js-comments-list") || tt_html_token_in(cls, "replies");
}

static int has_words(const tt_hnode *n)
{
	if (!info(n)->textlen)
		return 0;
	char *t = tt_html_text(n);
	int yes = t[0] != '\0';
	free(t);
	return yes;
}

static char *author_text(struct html *h, tt_hnode *n, int rank);

/* 1 when the name author_text reads from box n is not empty. */
static int names_someone(struct html *h, tt_hnode *n, int rank)
{
	char *t = author_text(h, n, rank);
	int yes = t && t[0];
	free(t);
	return yes;
}

static int deleted_text(const char *s);

/* A deleted account shown in the name's place, a mark alone in a span or a
 * link ("<span>[deleted]</span>" where new Reddit links the member's page),
 * before the comment's time and text: the name as the page shows it. */
static int deleted_name(const tt_hnode *n)
{
	if ((!tt_html_is(n, "span") && !tt_html_is(n, "a")) || info(n)->textlen > 12 ||
	    !info(n)->textlen)
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT)
			return 0;
	char *t = tt_html_text(n);
	int yes = t[0] == '[' && deleted_text(t);
	free(t);
	return yes;
}

/* The name in a label for screen readers saying whose comment a box is
 * ("aria-label='Comment by Jason Rhinelander'", Substack): the page's own
 * words for the author, flags and all. */
static const char *labelled_author(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "aria-label");
	return v && !strncmp(v, "Comment by ", 11) && v[11] && strlen(v) < 140 ? v + 11 : NULL;
}

static int fields_enter(tt_hnode *n, void *u)
{
	struct fields *f = u;
	/* Old Reddit keeps each comment's text in a form ("usertext"). */
	if (n->type != TT_HNODE_ELEMENT || is_root(n) || replies_box(n) ||
	    tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    (tt_html_is(n, "form") && !tt_html_has_class(n, "usertext")) || hidden(n))
		return 0;
	if (tt_html_has_class(n, "post-signature"))
		f->sig = n; /* Stack Exchange: the last signature is the post's owner */
	if (!f->label)
		f->label = labelled_author(n);
	int r = author_rank(n);
	/* WordPress writes a commenter's name as a link to the commenter's site
	 * ("<a href=... rel='external nofollow' class='url'>Ed</a>"); in a
	 * pingback that link is the text. */
	if (!r && tt_html_is(n, "a") && tt_html_has_class(n, "url") &&
	    tt_html_has_token(n, "rel", "external") && !tt_html_has_class(f->root, "pingback") &&
	    !tt_html_has_class(f->root, "trackback"))
		r = 4;
	/* An author box without text (an avatar's) names nobody; nor does one
	 * whose name would be read from a link without text (an avatar's link
	 * beside a "Profile" button). */
	if (!r && !f->author && !f->time && !f->body && deleted_name(n))
		r = 7;
	if (r && (!f->author || r < f->arank) && has_words(n) && names_someone(f->h, n, r)) {
		f->author = n, f->arank = r;
	}
	if ((r = time_rank(n)) && (!f->time || r < f->trank)) {
		f->time = n, f->trank = r;
		return 1;
	}
	if ((r = body_rank(n)) && (!f->body || r < f->brank)) {
		f->body = n, f->brank = r;
		return r > 1; /* a comment-body box may still hold comment-content */
	}
	return 1;
}

/* The name in an author box: a strong, b, cite or link child when the box
 * also holds other things, and only its first line ("Anna<br>Author"). */
/* A span or font that only colours a bold name ("von <span style=...>
 * <strong>lupa</strong></span> am DATE", Forumotion): the name. */
static int coloured_name(const tt_hnode *n)
{
	if (!tt_html_is(n, "span") && !tt_html_is(n, "font"))
		return 0;
	const tt_hnode *only = NULL;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT) {
			if (only)
				return 0;
			only = c;
		} else if (c->type == TT_HNODE_TEXT && c->content &&
		           c->content[strspn(c->content, " \t\r\n")])
			return 0;
	return only && (tt_html_is(only, "strong") || tt_html_is(only, "b"));
}

static int person_name(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_token(n, "itemprop", "name");
}

static char *author_text(struct html *h, tt_hnode *n, int rank)
{
	/* A schema.org author (a Person) opening with its stated name: what
	 * follows is something else ("techAPJ (Arpit Jalan)", Discourse's full
	 * name). A word before the name stays, as shown ("Herr <span
	 * itemprop=name>Steffen Ecks</span>", Handelsblatt). */
	tt_hnode *named = rank == 1 && tt_html_has_token(n, "itemprop", "author")
	                      ? tt_html_find(n, person_name, NULL)
	                      : NULL;
	if (named && named != n && info(named)->textlen) {
		char *all = tt_html_first_line(n), *name = tt_html_first_line(named);
		int opens = name[0] && !strncmp(all, name, strlen(name));
		free(all);
		if (opens)
			return name;
		free(name);
	}
	/* A name box may hold a title above the name ("HUFFPOST SUPER USER"):
	 * the link to the member then names the member. */
	if (rank == 2 && tt_html_is(n, "div"))
		for (tt_hnode *c = n->children; c; c = c->next)
			if (tt_html_is(c, "a") && info(c)->textlen && c->prev) {
				n = c;
				break;
			}
	/* (A link around the comment's <time> is its permalink, not the name:
	 * "Ammon · <a><time>March 11, 2017</time></a>", the Epoch plugin.) */
	if (rank >= 3)
		for (tt_hnode *c = n->children; c; c = c->next)
			if (tt_html_is(c, "strong") || tt_html_is(c, "b") ||
			    tt_html_is(c, "cite") ||
			    (tt_html_is(c, "a") && !tt_html_find_tag(c, "time")) ||
			    coloured_name(c)) {
				n = c;
				break;
			}
	(void)h;
	return tt_html_first_line(n);
}

/* Text written loose in an author box beside the name ("Ben 19. Juni 2018 um
 * 15:28 Uhr Antworten"): the time, when it holds a digit. */
/* A year (19xx, 20xx), a clock time (10:15, 08h07) or a relative time:
 * digits in a name ("Leclercq 214") are none of these. */
static int relative_words(const char *text, long *count, long *secs);

static int looks_like_time(const char *s)
{
	long count, secs;
	if (tt_datetime_is_relative(s) || relative_words(s, &count, &secs))
		return 1;
	for (const char *p = s; *p; p++) {
		if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])))
			continue;
		size_t n = strspn(p, "0123456789");
		/* (a year is no part of a word: "franztikul1990" is a handle) */
		if (n == 4 && (!strncmp(p, "19", 2) || !strncmp(p, "20", 2)) &&
		    !(p > s && isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[4]))
			return 1;
		if (n <= 2 && (p[n] == ':' || p[n] == 'h') && isdigit((unsigned char)p[n + 1]))
			return 1;
	}
	return 0;
}

static char *loose_text_time(const tt_hnode *box);
static int answer_box(const tt_hnode *n);

static char *loose_time(const tt_hnode *box)
{
	char *t = loose_text_time(box);
	/* "<b>Anna</b> le 15 mai 2019": the time is beside the name, in its box. */
	return t || !box ? t : loose_text_time(box->parent);
}

/* The box's loose text from its child from on, trimmed, when it is a time. */
static char *loose_text_from(const tt_hnode *from)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	for (const tt_hnode *c = from; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content)
			tt_buf_adds(&b, c->content);
	char *s = b.data, *e = s + b.len;
	while (*s && (isspace((unsigned char)*s) || !strncmp(s, "\xC2\xA0", 2)))
		s += isspace((unsigned char)*s) ? 1 : 2;
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	char *out = *s && looks_like_time(s) && e - s < 80 ? tt_xstrdup(s) : NULL;
	free(b.data);
	return out;
}

/* The time written loose in a box: the text after the name's element
 * ("von <b>lupa</b> am 26/05/14": "am 26/05/14"), else all of it. */
static char *loose_text_time(const tt_hnode *box)
{
	const tt_hnode *after = NULL;
	for (const tt_hnode *c = box ? box->children : NULL; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && info(c)->textlen)
			after = c->next;
	char *t = after ? loose_text_from(after) : NULL;
	return t ? t : loose_text_from(box ? box->children : NULL);
}

/* "Anna says:", "Anna sagt:", "Anna said..." name Anna. */
static void clean_author(char *s)
{
	static const char *const tails[] = {" says:",     " sagt:",  " said...", " said:", " dit :",
	                                    " schreibt:", " meint:", " says",    " sagt",  ":"};
	size_t n = strlen(s);
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
		size_t l = strlen(tails[i]);
		if (n > l && !strcasecmp(s + n - l, tails[i])) {
			n -= l;
			s[n] = '\0';
		}
	}
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	if (n && s[n - 1] == ',')
		s[--n] = '\0';
	/* "Ammon ·": the separator a template writes before the time. */
	if (n > 3 && !strcmp(s + n - 3, " \xC2\xB7"))
		s[n -= 3] = '\0';
	/* ", par NAME": the separator a template writes before the byline. */
	size_t lead = strspn(s, ", ");
	if (lead && lead < n)
		memmove(s, s + lead, n - lead + 1);
	if (!strncasecmp(s, "by ", 3) || !strncasecmp(s, "von ", 4) || !strncasecmp(s, "par ", 4) ||
	    !strncasecmp(s, "por ", 4))
		memmove(s, strchr(s, ' ') + 1, strlen(strchr(s, ' ')));
}

/* ISO 8601 from a datetime attribute ("2019-05-08 15:12:39Z" too), or "". */
static void iso_from_attr(const char *v, char iso[32])
{
	iso[0] = '\0';
	if (!v || strlen(v) < 10 || !isdigit((unsigned char)v[0]) || v[4] != '-' || v[7] != '-')
		return;
	size_t n = 0, frac = 0;
	for (const char *p = v; *p && n < 31; p++) {
		char c = *p == ' ' && n == 10 ? 'T' : *p;
		if (!isdigit((unsigned char)c) && !strchr("-:T.Z+", c))
			break;
		frac = c == '.' ? 1 : frac && isdigit((unsigned char)c) ? frac + 1 : 0;
		if (frac <= 4) /* milliseconds at most: room for the offset */
			iso[n++] = c;
	}
	iso[n] = '\0';
	/* "+0200" is written "+02:00" in ISO 8601's extended form. */
	if (n >= 5 && (iso[n - 5] == '+' || iso[n - 5] == '-') && n > 16 && n < 30 &&
	    isdigit((unsigned char)iso[n - 1]) && !strchr(iso + n - 5, ':')) {
		memmove(iso + n - 1, iso + n - 2, 3);
		iso[n - 2] = ':';
	}
	if (n > 10 && n < 16)
		iso[10] = '\0';
	/* Cut short ("+01:0") or impossible ("2012-13-45"): no time at all. */
	if (iso[0] && tt_thread_time_invalid(iso))
		iso[0] = '\0';
}

/* A time's machine-readable form: datetime=, content=, or a title= holding one. */
static const char *own_time_attr(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "datetime");
	if (!v)
		v = tt_html_attr(n, "content");
	if (!v)
		v = tt_html_attr(n, "title");
	return v && isdigit((unsigned char)v[0]) ? v : NULL;
}

static int has_time_attr(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return own_time_attr(n) != NULL;
}

static const char *time_attr(tt_hnode *n)
{
	const char *v = own_time_attr(n);
	if (v)
		return v;
	tt_hnode *d = tt_html_find(n, has_time_attr, NULL);
	return d ? own_time_attr(d) : NULL;
}

static const char *arena(struct html *h, const char *s)
{
	return s && *s ? tt_thread_strdup(h->t, s, (size_t)-1) : NULL;
}

/* posted is what the page shows; time its parse, else the machine form. */
/* Units of relative times in English, German, French and Spanish, by the
 * stem each language writes (plurals and cases follow the stem). */
static const struct {
	const char *stem;
	long secs; /* 0 for months, -1 for years: counted on the calendar */
} rel_units[] = {
    {"sec", 1},         {"sek", 1},       {"seg", 1},        {"min", 60},
    {"hour", 3600},     {"stund", 3600},  {"heure", 3600},   {"hora", 3600},
    {"day", 86400},     {"tag", 86400},   {"jour", 86400},   {"d\xC3\xAD", 86400},
    {"dia", 86400},     {"week", 604800}, {"woche", 604800}, {"semaine", 604800},
    {"semana", 604800}, {"month", 0},     {"monat", 0},      {"mois", 0},
    {"mes", 0},         {"year", -1},     {"jahr", -1},      {"a\xC3\xB1o", -1},
    {"an", -1},
};

/* An age without "ago" ("1 year", "3 Tage"), as a permalink shows it. */
static int bare_age(const char *t)
{
	char *end;
	long n = strtol(t, &end, 10);
	if (end == t || n < 0 || *end != ' ')
		return 0;
	end++;
	for (size_t i = 0; i < sizeof rel_units / sizeof *rel_units; i++)
		if (!strncasecmp(end, rel_units[i].stem, strlen(rel_units[i].stem)))
			return strlen(end) < 16;
	return 0;
}

/* "50 Minuten 46 Sekunden her", "1 Stunde 51 Minuten her": two or three
 * counts each with its word, then "her" (wpDiscuz's German). */
static int compound_her(const char *low)
{
	size_t pairs = 0;
	const char *p = low;
	while (isdigit((unsigned char)*p)) {
		p += strspn(p, "0123456789");
		if (*p++ != ' ' || !isalpha((unsigned char)*p))
			return 0;
		p += strcspn(p, " ");
		p += strspn(p, " ");
		pairs++;
	}
	return pairs >= 2 && pairs <= 3 && !strcmp(p, "her");
}

/* The seconds of the counts after the first in "1 Stunde 51 Minuten her",
 * from `word` (the first unit's word) on; 0 where one is no unit of fixed
 * length. */
static long more_units(const char *word)
{
	long total = 0;
	const char *p = word + strcspn(word, " ");
	while (*p == ' ' && isdigit((unsigned char)p[1])) {
		long n = strtol(p + 1, (char **)&p, 10);
		p += strspn(p, " ");
		size_t i = 0;
		while (i < sizeof rel_units / sizeof *rel_units &&
		       strncmp(p, rel_units[i].stem, strlen(rel_units[i].stem)) != 0)
			i++;
		if (i == sizeof rel_units / sizeof *rel_units || rel_units[i].secs <= 0 || n > 100000)
			return 0;
		total += n * rel_units[i].secs;
		p += strcspn(p, " ");
	}
	return total;
}

/* "3 years ago", "vor 2 Tagen", "il y a 5 heures", "hace un mes", "yesterday"
 * counted back from `saved` into iso: a date for days and longer, a UTC
 * time for hours and shorter. 0 when the words are not a relative time. */
/* The word after a leading "vor", "il y a", "hace" and an article ("an hour
 * ago", "vor einem Monat"), or NULL when the text is no relative time. */
static const char *relative_unit(const char *low, long *count)
{
	static const char *const heads[] = {"vor ", "il y a ", "hace "};
	static const char *const articles[] = {"a ",   "an ",   "un ",    "une ",   "una ",
	                                       "ein ", "eine ", "einem ", "einer ", "einen "};
	/* "1 Monat her": German says "ago" after the count too (three words at
	 * most: "a day with her" is none). */
	size_t len = strlen(low);
	const char *sp = strchr(low, ' ');
	int ago = strstr(low, " ago") != NULL ||
	          (len > 4 && !strcmp(low + len - 4, " her") && sp && strchr(sp + 1, ' ') &&
	           strchr(strchr(sp + 1, ' ') + 1, ' ') == NULL) ||
	          compound_her(low);
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (!strncmp(low, heads[i], strlen(heads[i])))
			low += strlen(heads[i]), ago = 1;
	if (!ago)
		return NULL;
	*count = 1;
	if (isdigit((unsigned char)*low)) {
		*count = strtol(low, (char **)&low, 10);
		return low + strspn(low, " ");
	}
	for (size_t i = 0; i < sizeof articles / sizeof *articles; i++)
		if (!strncmp(low, articles[i], strlen(articles[i])))
			return low + strlen(articles[i]);
	return NULL;
}

/* "3 years ago", "vor 2 Tagen", "il y a 5 heures", "hace un mes", "yesterday"
 * counted back from `saved` into iso: a date for days and longer, a UTC
 * time for hours and shorter. 0 when the words are not a relative time. */
static int relative_words(const char *text, long *count, long *secs)
{
	if (tt_dates_age(text, count, secs))
		return 1;
	static const char *const yesterday[] = {"yesterday", "gestern", "hier", "ayer"};
	char low[100];
	size_t n = 0;
	for (; text[n] && n < sizeof low - 1; n++)
		low[n] = (char)tolower((unsigned char)text[n]);
	low[n] = '\0';
	*count = 1, *secs = 86400;
	const char *word = relative_unit(low, count);
	int found = 0;
	for (size_t i = 0; !word && i < sizeof yesterday / sizeof *yesterday; i++)
		found |= !strncmp(low, yesterday[i], strlen(yesterday[i])) &&
		         (!low[strlen(yesterday[i])] || strchr(" ,", low[strlen(yesterday[i])]));
	for (size_t i = 0; word && !found && i < sizeof rel_units / sizeof *rel_units; i++)
		if (!strncmp(word, rel_units[i].stem, strlen(rel_units[i].stem)))
			*secs = rel_units[i].secs, found = 1;
	if (!found || *count < 0 || *count > 100000)
		return 0;
	long more = word && *secs > 0 ? more_units(word) : 0;
	if (more)
		*secs = *secs * *count + more, *count = 1;
	return 1;
}

static int relative_to(const char *text, time_t saved, char iso[32])
{
	long count, secs;
	if (!relative_words(text, &count, &secs))
		return 0;
	struct tm tm;
	time_t t = saved - (secs > 0 ? secs * count : 0);
	gmtime_r(&t, &tm);
	if (secs == 0)
		tm.tm_mon -= (int)count;
	else if (secs < 0)
		tm.tm_year -= (int)count;
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	strftime(iso, 32, secs > 0 && secs < 86400 ? "%Y-%m-%dT%H:%MZ" : "%Y-%m-%d", &tm);
	return 1;
}

/* A date between words no date reader knows ("於 2014/01/01 20:31 回覆", the
 * Chinese "on ... answered"): read from its first digit to its last. */
static int words_around_date(const char *s, char iso[32])
{
	const char *a = s, *b = s + strlen(s);
	while (*a && !isdigit((unsigned char)*a))
		a++;
	while (b > a && !isdigit((unsigned char)b[-1]))
		b--;
	if ((a == s && !*b) || b - a < 8 || b - a > 40)
		return 0;
	char d[48];
	memcpy(d, a, (size_t)(b - a));
	d[b - a] = '\0';
	return looks_like_time(d) && !tt_datetime_is_relative(d) &&
	       (tt_datetime_parse(d, iso) == 0 || tt_dates_parse(d, iso) == 0);
}

static void set_time(struct html *h, const char **posted, const char **time, const char *text,
                     const char *attr)
{
	char iso[32] = "";
	if (text && *text && strlen(text) < 100)
		*posted = arena(h, text);
	else if (attr)
		*posted = arena(h, attr);
	if (*posted && tt_datetime_parse(*posted, iso) == 0)
		*time = arena(h, iso);
	else if ((iso_from_attr(attr, iso), iso[0]))
		*time = arena(h, iso);
	else if (*posted && tt_dates_parse(*posted, iso) == 0)
		*time = arena(h, iso); /* "12. März 2019 um 14:03", "5 de mayo de 2018" */
	else if (*posted && h->saved && relative_to(*posted, h->saved, iso))
		*time = arena(h, iso);
	else if (*posted && words_around_date(*posted, iso))
		*time = arena(h, iso);
}

static int has_any_class(const tt_hnode *n, const char *const *v, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (tt_html_has_class(n, v[i]))
			return 1;
	return 0;
}

/* A reply action written as a word in brackets ("[ antworten ]" in a box
 * of class "reply-comment"): a class word beginning "reply", a link, and
 * one short word besides the brackets. */
static int reply_action(const tt_hnode *n)
{
	const char *c = tt_html_attr(n, "class");
	if (!c || strncasecmp(c + strspn(c, " \t\n"), "reply", 5) != 0 || !info(n)->textlen ||
	    info(n)->textlen > 40 || !tt_html_find_tag((tt_hnode *)n, "a"))
		return 0;
	char *t = tt_html_text(n), *save = NULL;
	size_t words = 0;
	for (char *w = strtok_r(t, " []|()", &save); w; w = strtok_r(NULL, " []|()", &save))
		words++;
	free(t);
	return words == 1;
}

/* A link dressed as a button ("ds-btn", "btn-reply"): an action, not words. */
static int button_like(const tt_hnode *n)
{
	const char *c = tt_html_attr(n, "class");
	if (!c)
		return 0;
	for (const char *p = c; (p = strcasestr(p, "btn")) != NULL; p += 3)
		if ((p == c || p[-1] == ' ' || p[-1] == '-' || p[-1] == '_') &&
		    (!p[3] || p[3] == ' ' || p[3] == '-' || p[3] == '_'))
			return 1;
	return tt_html_has_class(n, "button") || reply_action(n);
}

/* An answer written inside the comment it answers, signed with a name and a
 * time (PIXNET's "reply-text", the blog owner's): a class word naming a reply
 * and its text ("reply-text", "reply_content", "replyBody"). */
static int answer_box(const tt_hnode *n)
{
	const char *c = tt_html_is(n, "blockquote") ? NULL : tt_html_attr(n, "class");
	for (const char *p = c; p && *p;) {
		size_t l = strcspn(p, " \t\n");
		char tok[64];
		if (l < sizeof tok) {
			memcpy(tok, p, l);
			tok[l] = '\0';
			if (strcasestr(tok, "reply") &&
			    (strcasestr(tok, "text") || strcasestr(tok, "content") ||
			     strcasestr(tok, "body")))
				return 1;
		}
		p += l;
		p += strspn(p, " \t\n");
	}
	return 0;
}

/* What a comment's text leaves out: replies, forms and buttons always; the
 * header (name, time, avatar, votes) when the text box also holds it. */
static int inside(const tt_hnode *n, const tt_hnode *box);

/* 1 when code point cp can be part of a word: not one of the separators,
 * punctuation and symbols a header puts between its fields ("•", "|", "–"). */
static int word_char(uint32_t cp)
{
	if (cp < 0x80)
		return isalnum((int)cp);
	return !(cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
	         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
	         (cp >= 0xFF00 && cp <= 0xFF0F));
}

/* header_rest's state: the fields to leave out, and whether a word was seen. */
struct rest {
	const struct fields *f;
	int word;
};

static int rest_enter(tt_hnode *n, void *u)
{
	struct rest *r = u;
	/* (a button's words name an action: "Reply" beside "NAME • TIME") */
	if (r->word || n == r->f->author || n == r->f->time || tt_html_is(n, "button"))
		return 0;
	if (n->type == TT_HNODE_TEXT && n->content) {
		uint32_t cp;
		for (size_t i = 0, len = strlen(n->content); i < len && !r->word;)
			i += tt_utf8_decode(n->content + i, len - i, &cp), r->word = word_char(cp);
	}
	return 1;
}

/* 1 when n is a heading element, h1 to h6. */
static int heading(const tt_hnode *n)
{
	return n->type == TT_HNODE_ELEMENT && n->name[0] == 'h' &&
	       n->name[1] >= '1' && n->name[1] <= '6' && !n->name[2];
}

/* 1 when n holds the author's or the time's box and nothing else but
 * separators: a header line ("NAME • 2 weeks ago") whose fields were taken,
 * not text of the comment. */
static int header_rest(const tt_hnode *n, const struct fields *f)
{
	if (n != f->body && f->author && heading(n) && inside(f->author, n))
		return 1; /* "NAME wrote on DATE:" as the comment's heading */
	/* WordPress.com's "<span class=comment-author>NAME, on DATE said:": the
	 * author's box holding the time too, its words but connectives. */
	if (f->author && f->time && f->author != n && tt_html_has_class(n, "comment-author") &&
	    info(n) && info(n)->textlen < 300 && inside(f->author, n) && inside(f->time, n) &&
	    !(f->body && inside(f->body, n)))
		return 1;
	if (n == f->body ||
	    !((f->author && inside(f->author, n)) || (f->time && inside(f->time, n))))
		return 0;
	struct rest r = {f, 0};
	tt_html_walk((tt_hnode *)n, rest_enter, NULL, &r);
	return !r.word;
}

/* An avatar drawn as the author's initials ("EM" in a round box of class
 * "image" or "avatar", taz.de): a picture, not words of the comment. */
static int initials_avatar(const tt_hnode *n)
{
	struct ninfo *i = info(n);
	if (!i || i->textlen > 64 ||
	    !(tt_html_has_class(n, "image") || tt_html_classid_has(n, "avatar")))
		return 0;
	char *t = tt_html_text(n);
	size_t l = t ? strlen(t) : 0;
	free(t);
	return l > 0 && l <= 3;
}

/* New Reddit's stickied moderator comment (shreddit-mod-comment) shows a
 * teaser ("Moderator Announcement Read More »") and keeps the words in a
 * span.hidden beside it: the teaser is no part of the text. */
static int mod_teaser(const tt_hnode *n)
{
	return n->parent && tt_html_is(n->parent, "shreddit-mod-comment") &&
	       n->type == TT_HNODE_ELEMENT && !tt_html_has_class(n, "hidden");
}

/* A link of one word to a comment's own address standing alone in its box
 * under the text ("<sup><a href=/comment/172/>reply</a></sup>", Agreper):
 * an action, not words of the comment. */
static int comment_action_link(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	if (!href || !strcasestr(href, "comment") || !n->parent || info(n)->textlen > 20 ||
	    info(n->parent)->textlen != info(n)->textlen)
		return 0;
	char *t = tt_html_text(n);
	size_t l = strlen(t), a = 0;
	while (a < l && isalpha((unsigned char)t[a]))
		a++;
	free(t);
	return l && a == l;
}

/* A link with no address, no name and no id showing a number or a word
 * ("<a class=operate><small>2</small></a>", a like count; "回复"): an
 * action a script runs, not words of the comment. */
static int script_action(const tt_hnode *n)
{
	return tt_html_is(n, "a") && !tt_html_attr(n, "href") && !tt_html_attr(n, "name") &&
	       !tt_html_attr(n, "id") && info(n)->textlen <= 12;
}

static int same_words(const char *a, const char *b);

/* The first words below n, NULL when there are none (a loop, not a
 * recursion: boxes nest as deep as a page makes them). */
static const char *first_text(const tt_hnode *n)
{
	const tt_hnode *c = n->children;
	while (c) {
		if (c->type == TT_HNODE_TEXT && c->content && c->content[strspn(c->content, " \t\r\n")])
			return c->content + strspn(c->content, " \t\r\n");
		if (c->type == TT_HNODE_ELEMENT && c->children) {
			c = c->children;
			continue;
		}
		while (c != n && !c->next)
			c = c->parent;
		c = c == n ? NULL : c->next;
	}
	return NULL;
}

/* A box in an answer's text repeating the comment it answers, "@NAME
 * WORDS" where WORDS are the first paragraph of NAME's latest comment
 * (南生论坛's answers): a copy, not the answer's own words. */
static int copy_of_answered(struct html *h, const tt_hnode *n)
{
	const char *ft = n->type == TT_HNODE_ELEMENT && info(n)->textlen < 4000 && h->nposts
	                     ? first_text(n)
	                     : NULL;
	if (!ft || *ft != '@')
		return 0;
	char *t = tt_html_text(n), *sp = strchr(t, ' ');
	int yes = 0;
	if (sp) {
		*sp = '\0';
		const char *words = sp + 1 + strspn(sp + 1, " ");
		for (size_t i = h->nposts, seen = 0; i > 0 && seen < 1000 && !yes; i--, seen++) {
			const tt_comment *c = h->posts[i - 1];
			yes = c->author && !strcmp(c->author, t + 1) && c->body.n &&
			      same_words(c->body.v[0], words);
		}
	}
	free(t);
	return yes;
}

static int skip_in_comment(const tt_hnode *n, void *u)
{
	const struct fields *f = u;
	static const char *const always[] = {
	    "reply",      "comment-reply-link", "bbCodeBlock-expandLink", "comment-likes",
	    "sharedaddy", "screen-reader-text", "js-expandLink",
	    /* wpForo's signature and buttons, inside its text box */
	    "wpforo-post-signature", "wpf-post-button-actions"};
	static const char *const meta[] = {
	    "comment-meta",        "commentmetadata", "comment-author",   "vcard",
	    "comment-footer",      "comment-actions", "avatar",           "says",
	    "post-signature",      "post-menu",       "js-post-menu",     "comment-header",
	    "js-voting-container", "votecell",        "comment-score",    "comment-date",
	    "comment-user",        "report-abuse",    "comment-metadata", "comment-links"};
	if (is_root(n) || replies_box(n) || hidden(n) || tt_html_is(n, "form") ||
	    has_any_class(n, always, sizeof always / sizeof *always) || button_like(n) ||
	    (answer_box(n) && n != f->body) || initials_avatar(n) || mod_teaser(n) ||
	    comment_action_link(n) || script_action(n) || copy_of_answered(f->h, n))
		return 1;
	if (n == f->author || n == f->time || n == f->namebox || header_rest(n, f))
		return 1;
	return f->brank > 2 && has_any_class(n, meta, sizeof meta / sizeof *meta);
}

/* Stack Exchange: the owner's signature (the last one; an editor's comes
 * first) holds the name and the time. */
static void se_author_time(struct fields *f, char **author, char **when, const char **attr)
{
	tt_hnode *d = f->sig ? tt_html_find_class(f->sig, "user-details") : NULL;
	if (!d)
		return;
	tt_hnode *a = tt_html_find_tag(d, "a");
	free(*author);
	*author = tt_html_first_line(a ? a : d);
	tt_hnode *rt = tt_html_find_class(f->sig, "relativetime");
	if (rt) {
		*attr = own_time_attr(rt);
		free(*when);
		*when = tt_html_text(rt);
	}
}

static int deleted_text(const char *s)
{
	static const char *const marks[] = {"[deleted]",
	                                    "[removed]",
	                                    "[flagged]",
	                                    "[dead]",
	                                    "This comment has been deleted",
	                                    "This comment was deleted",
	                                    "Dieser Kommentar wurde gelöscht"};
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
		if (!strcasecmp(s, marks[i]))
			return 1;
	return 0;
}

static int last_comment_enter(tt_hnode *n, void *u)
{
	tt_comment **last = u;
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (info(n)->c)
		*last = info(n)->c;
	return 1;
}

/* The nearest comment above root: an enclosing comment, or (Drupal's
 * div.indented after its parent) the comment just before a replies box. */
static tt_comment *parent_of(tt_hnode *root)
{
	for (tt_hnode *a = root->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		struct ninfo *i = info(a);
		if (i && i->c)
			return i->c;
		/* A list inside a list item, after that item's comment, holds the
		 * comment's answers (DataLife Engine's ol.comments-tree-list). */
		int sublist = (tt_html_is(a, "ol") || tt_html_is(a, "ul")) && a->parent &&
		              tt_html_is(a->parent, "li");
		if (replies_box(a) || sublist) {
			tt_hnode *p = a->prev;
			while (p && p->type != TT_HNODE_ELEMENT)
				p = p->prev;
			if (p && info(p) && info(p)->c)
				return info(p)->c;
			tt_comment *last = NULL; /* the comment is wrapped: its last one */
			if (p)
				tt_html_walk(p, last_comment_enter, NULL, &last);
			if (last)
				return last;
		}
	}
	return NULL;
}

/* The author a forum post quotes first: XenForo's data-quote, a <cite>
 * ("Anna wrote:"), vBulletin's "Originally Posted by Anna". Caller frees. */
static int quote_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_quotation(n) ||
	       (tt_html_is(n, "aside") && tt_html_has_class(n, "quote")) ||
	       tt_html_has_class(n, "bbcode_postedby") || tt_html_has_class(n, "bbcode_quote");
}

/* The line naming a quote's author ("Nixe said:") in XenForo, vBulletin, phpBB. */
static int quote_head(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_class(n, "bbCodeBlock-title") || tt_html_has_class(n, "author") ||
	       tt_html_has_class(n, "bbcode_postedby") || tt_html_has_class(n, "quotetitle") ||
	       tt_html_has_class(n, "quote-header");
}

/* A quote's head that ends in a link to the quoted post ("Originally posted
 * by Anna View Post", vBulletin 5): the link's words are no part of the
 * name. Cuts them from name, the head's text. */
static void drop_post_link(const tt_hnode *who, char *name)
{
	const tt_hnode *a = who->last;
	while (a && a->type != TT_HNODE_ELEMENT && !(a->content && *a->content && !isspace((unsigned char)*a->content)))
		a = a->prev;
	const char *href = a && tt_html_is(a, "a") ? tt_html_attr(a, "href") : NULL;
	if (!href || !strstr(href, "#post"))
		return;
	char *words = tt_html_text(a);
	size_t n = strlen(name), l = strlen(words);
	if (l && n > l && name[n - l - 1] == ' ' && !strcmp(name + n - l, words))
		name[n - l - 1] = '\0';
	free(words);
}

static char *quoted_author(tt_hnode *q)
{
	const char *dq = tt_html_attr(q, "data-quote");
	if (!dq)
		dq = tt_html_attr(q, "data-username"); /* Discourse */
	if (!dq)
		dq = tt_html_attr(q, "data-name"); /* XenForo's quotation in other pages */
	if (!dq)
		dq = tt_html_attr(q, "data-ipsquote-username"); /* Invision Community */
	if (!dq)
		dq = tt_html_attr(q, "data-mention"); /* wpForo's quotation */
	if (dq && *dq)
		return tt_xstrdup(dq);
	tt_hnode *who = tt_html_find(q, quote_head, NULL);
	if (!who)
		who = tt_html_find_tag(q, "cite");
	if (!who) { /* SMF 2.0 names the quote in a box before it */
		tt_hnode *p = q->prev;
		while (p && p->type != TT_HNODE_ELEMENT)
			p = p->prev;
		if (p && tt_html_has_class(p, "quoteheader"))
			who = p;
	}
	if (!who)
		who = tt_html_find_tag(q, "strong");
	if (!who) /* Discuz!: a link to the post, "Anna 发表于 DATE" */
		who = tt_html_find_tag(q, "a");
	if (!who)
		return NULL;
	char *name = tt_html_text(who);
	drop_post_link(who, name);
	static const char *const heads[] = {"Originally Posted by ", "Zitat von: ", "Zitat von ",
	                                    "Quote from: ",          "Quote from ", "Cita de: ",
	                                    "Citation de : ",        "Citation de "};
	/* SMF: "Quote from: Anna on October 25, 2013, 12:12:00 pm" */
	static const char *const dates[] = {" on ", " am ", " en ", " le "};
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (!strncasecmp(name, heads[i], strlen(heads[i]))) {
			memmove(name, name + strlen(heads[i]), strlen(name + strlen(heads[i])) + 1);
			char *on = NULL;
			for (size_t k = 0; k < sizeof dates / sizeof *dates && !on; k++)
				on = strstr(name, dates[k]);
			if (on && strpbrk(on, "0123456789"))
				*on = '\0';
			break;
		}
	static const char *const tails[] = {
	    " wrote:", " hat geschrieben:", " a écrit :", " a écrit:",
	    " said:",  " schrieb:",         " escribió:", " 发表于"};
	/* The words after "wrote:" are a link to the post and its time
	 * ("Anna wrote: ↑ Sun Mar 03, 2024", phpBB 3.2 and later). */
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
		size_t l = strlen(tails[i]);
		char *at = strcasestr(name, tails[i]);
		if (at && at > name && (!at[l] || at[l] == ' ' || (unsigned char)at[l] >= 0x80))
			*at = '\0';
	}
	/* "NAME: Oct. 9, 2010 - 7:56 AM EST" (Politico's cite): the name. */
	char *colon = strstr(name, ": ");
	if (colon && looks_like_time(colon + 2))
		*colon = '\0';
	/* "(03-03-2024, 11:02 AM)Anna Wrote:" (MyBB): the time before the name. */
	size_t close = name[0] == '(' ? strcspn(name, ")") : 0;
	if (close && name[close] && name[close + 1] && looks_like_time(name + 1))
		memmove(name, name + close + 1, strlen(name + close + 1) + 1);
	return name;
}

/* The quotations a post opens with or holds, outermost ones, at most eight. */
struct quotes {
	tt_hnode *q[8];
	size_t n;
};

static int quotes_enter(tt_hnode *n, void *u)
{
	struct quotes *qs = u;
	if (n->type != TT_HNODE_ELEMENT || qs->n == sizeof qs->q / sizeof *qs->q)
		return 0;
	if (!quote_box(n, NULL))
		return 1;
	qs->q[qs->n++] = n;
	return 0;
}

/* The post a quotation names by number (Invision Community's
 * data-ipsquote-contentcommentid=1244379, the post's article#elComment_1244379;
 * among the last thousand, which bounds the cost). *topic is set when that
 * post is the topic's opening post, which is no comment. */
static tt_comment *quoted_post(struct html *h, const tt_hnode *q, int *topic)
{
	/* A <blockquote cite=".../comment/432577#Comment_432577"> (Vanilla's
	 * quote embed) names the quoted post's box, or the box around it, by
	 * its id. */
	const char *cite = tt_html_attr(q, "cite"), *frag = cite ? strchr(cite, '#') : NULL;
	for (size_t i = h->nroots, seen = 0; frag && frag[1] && i > 0 && seen < 1000; i--, seen++) {
		const tt_hnode *r = h->roots[i - 1];
		const char *id = tt_html_attr(r, "id");
		if (!id && r->parent)
			id = tt_html_attr(r->parent, "id");
		if (id && !strcmp(id, frag + 1) && info(h->roots[i - 1])->c)
			return info(h->roots[i - 1])->c;
	}
	const char *want = tt_html_attr(q, "data-ipsquote-contentcommentid");
	for (size_t i = h->nroots, seen = 0; want && *want && i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "id");
		if (!id || strncmp(id, "elComment_", 10) != 0 || strcmp(id + 10, want) != 0)
			continue;
		tt_comment *c = info(h->roots[i - 1])->c;
		*topic = !c && h->t->article.body.n && h->roots[i - 1] == h->roots[0];
		return c;
	}
	return NULL;
}

/* A forum post quoting an earlier one answers it: the latest post by the
 * quoted author (among the last thousand, which bounds the cost). A post
 * quoting several answers the first of them whose author has a post on
 * the page (the others quote posts not shown). */
static tt_comment *forum_parent(struct html *h, tt_hnode *body)
{
	struct quotes qs = {.n = 0};
	if (body)
		tt_html_walk(body, quotes_enter, NULL, &qs);
	tt_comment *p = NULL;
	for (size_t k = 0; k < qs.n && !p; k++) {
		int topic = 0;
		p = quoted_post(h, qs.q[k], &topic);
		if (topic)
			break; /* quoting the topic: an answer */
		char *name = p ? NULL : quoted_author(qs.q[k]);
		for (size_t i = h->nposts, seen = 0; name && i > 0 && seen < 1000 && !p; i--, seen++)
			if (h->posts[i - 1]->author && !strcmp(h->posts[i - 1]->author, name))
				p = h->posts[i - 1];
		free(name);
	}
	return p;
}

static void remember_post(struct html *h, tt_comment *c)
{
	if (h->nposts == h->capposts) {
		h->capposts = h->capposts ? 2 * h->capposts : 64;
		h->posts = tt_xrealloc(h->posts, h->capposts * sizeof *h->posts);
	}
	h->posts[h->nposts++] = c;
}

static void explain_comment(struct html *h, tt_comment *c, tt_hnode *root, const unsigned *lines)
{
	if (!h->r || !h->r->explain)
		return;
	char *head = tt_xasprintf("%s %s", c->author ? c->author : "?", c->posted ? c->posted : "");
	unsigned l = tt_html_line(root);
	tt_import_explain(h->r, l, l, "comment header", head, strlen(head));
	free(head);
	for (size_t i = 0; i < c->body.n; i++)
		tt_import_explain(h->r, lines[i], lines[i], "comment body", c->body.v[i],
		                  strlen(c->body.v[i]));
}

/* A forum thread's opening post is its article. Takes author. */
static void forum_opening(struct html *h, char *author, const char *when, tt_strv *body,
                          const unsigned *lines)
{
	h->t->article.body = *body;
	free(h->author);
	h->author = author;
	free(h->published);
	h->published = when ? tt_xstrdup(when) : NULL;
	for (size_t i = 0; i < body->n; i++)
		tt_import_explain(h->r, lines[i], lines[i], "article", body->v[i],
		                  strlen(body->v[i]));
}

static int byline_box(const tt_hnode *n, const void *arg)
{
	int kind = *(const int *)arg;
	if (kind == 1)
		return n->name[0] == 'h' && n->name[1] >= '1' && n->name[1] <= '6' && !n->name[2];
	if (kind == 2) /* a box the page names the comment's info ("comment-infos") */
		return tt_html_classid_has(n, "info") && info(n)->textlen;
	if (kind == 3) /* ...or its meta line ("vcard meta": "Anna | DATE | Reply") */
		return tt_html_has_class(n, "meta") && info(n)->textlen;
	return tt_html_is(n, "footer") || tt_html_is(n, "header");
}

/* "Anna Weber | Di, 21. April 2020 - 16:40", "Muriel - Le 22/01/2020 à
 * 12:01": a header line holding both the name and the time, apart by a bar,
 * a dot or a dash. */
static void byline(tt_hnode *root, char **author, char **when)
{
	static const int headings = 1, infos = 2, boxes = 0, metas = 3;
	tt_hnode *b = tt_html_find(root, byline_box, &headings);
	if (!b)
		b = tt_html_find(root, byline_box, &boxes);
	if (!b)
		b = tt_html_find(root, byline_box, &infos);
	if (!b)
		b = tt_html_find(root, byline_box, &metas);
	char *text = b ? tt_html_text(b) : NULL;
	static const char *const seps[] = {" | ",           " \xC2\xB7 ",     " \xE2\x80\xA2 ",
	                                   " - ",           " \xE2\x80\x93 ", /* en dash */
	                                   " \xE2\x80\x94 " /* em dash */};
	for (size_t i = 0; text && i < sizeof seps / sizeof *seps; i++) {
		char *at = strstr(text, seps[i]);
		if (!at || !looks_like_time(at + strlen(seps[i])))
			continue;
		*at = '\0';
		*author = tt_xstrdup(text);
		free(*when);
		*when = tt_xstrdup(at + strlen(seps[i]));
		break;
	}
	/* A short heading alone in the comment's header names its author. */
	tt_hnode *p = b ? b->parent : NULL;
	if (!*author && text && *text && strlen(text) < 60 && !looks_like_time(text) &&
	    b->name[0] == 'h' && p &&
	    (tt_html_is(p, "header") || tt_html_classid_has(p, "header") ||
	     tt_html_classid_has(p, "meta"))) {
		*author = text;
		text = NULL;
	}
	free(text);
}

/* A box whose class names the comment's metadata or byline ("metadata",
 * "comment-byline", "submitted"), holding some text. */
static int written_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *c = tt_html_attr(n, "class");
	return c && info(n)->textlen &&
	       (strcasestr(c, "meta") || strcasestr(c, "byline") || strcasestr(c, "submitted"));
}

/* "geschrieben von NAME am DATE", "posted by NAME on DATE", "par NAME le
 * DATE": at most one word before the word naming the author, then the name,
 * then the word before the time. Puts the name and the time in *author and
 * *when; 1 if the line is one of these. */
static int written_by_line(const char *text, char **author, char **when)
{
	static const char *const by[] = {"von ", "by ", "By ", "par ", "Par ",
	                                 "di ",  "da ", "por ", "door "};
	static const char *const on[] = {" am ", " on ", " le ", " il ", " el ", " op ", " at ", " um "};
	for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
		const char *b = strstr(text, by[i]);
		size_t lead = b ? (size_t)(b - text) : 0;
		if (!b || (lead && (b[-1] != ' ' || memchr(text, ' ', lead - 1))))
			continue;
		const char *name = b + strlen(by[i]);
		for (size_t k = 0; k < sizeof on / sizeof *on; k++) {
			const char *o = strstr(name, on[k]);
			if (!o || o == name || !looks_like_time(o + strlen(on[k])))
				continue;
			*author = tt_xstrndup(name, (size_t)(o - name));
			free(*when);
			*when = tt_xstrdup(o + strlen(on[k]));
			return 1;
		}
	}
	return 0;
}

/* The comment's metadata line written as a sentence ("geschrieben von NAME
 * am DATE"): its box is then the author's, which the text leaves out. */
static void written_by(struct fields *f, tt_hnode *root, char **author, char **when)
{
	tt_hnode *b = tt_html_find(root, written_box, NULL);
	char *text = b ? tt_html_text(b) : NULL;
	if (text && strlen(text) < 160 && written_by_line(text, author, when) && !f->author)
		f->author = b;
	free(text);
}

static int title_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return info(n)->textlen &&
	       (tt_html_has_class(n, "titre") || tt_html_has_class(n, "title") ||
	        tt_html_has_class(n, "comment-title") || tt_html_has_class(n, "comment_title") ||
	        tt_html_has_class(n, "subject") ||
	        tt_html_has_token(n, "property", "schema:name"));
}

/* The walk of comment_title: hidden boxes, the text box, replies and other
 * people's names are not searched. */
struct title_state {
	tt_hnode *body, *found;
};

static int title_enter(tt_hnode *n, void *u)
{
	struct title_state *s = u;
	if (s->found || n->type != TT_HNODE_ELEMENT || n == s->body || is_root(n) || hidden(n) ||
	    tt_html_attr(n, "typeof") || tt_html_attr(n, "itemscope"))
		return 0;
	if (title_box(n, NULL)) {
		s->found = n;
		return 0;
	}
	return 1;
}

/* A comment's own title ("Exception."), written apart from its text box:
 * the first line of what it says. NULL when there is none. */
static tt_hnode *comment_title(tt_hnode *root, tt_hnode *body)
{
	struct title_state s = {body, NULL};
	tt_html_walk(root, title_enter, NULL, &s);
	return s.found;
}

/* What one comment's element gave: name and time, its text and their lines. */
struct found {
	char *author, *when;
	const char *attr; /* the machine form of the time, in the tree */
	tt_strv body;
	unsigned *lines;
	size_t nlines;
};

static void free_found(struct found *o)
{
	free(o->author);
	free(o->when);
	free(o->lines);
}

/* SMF writes "« Reply #1 on: October 25, 2013, 12:12:00 pm »": the date. */
static void smf_time(char *s)
{
	if (strncmp(s, "\xC2\xAB", 2) != 0)
		return;
	/* The colon after a word ("on:", "en:"), not one inside the clock. */
	char *colon = strchr(s, ':');
	while (colon && !isalpha((unsigned char)colon[-1]))
		colon = strchr(colon + 1, ':');
	char *from = colon ? colon + 1 : s + 2;
	while (*from == ' ')
		from++;
	memmove(s, from, strlen(from) + 1);
	size_t n = strlen(s);
	if (n >= 2 && !strcmp(s + n - 2, "\xC2\xBB"))
		s[n -= 2] = '\0';
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
}

static int inside(const tt_hnode *n, const tt_hnode *box)
{
	for (; n && n->type == TT_HNODE_ELEMENT; n = n->parent)
		if (n == box)
			return 1;
	return 0;
}

/* A theme writing the time inside the author's box ("Anna <time>29.07.2020 //
 * 12:56</time>"): the name is what comes before the time. */
static void cut_time(char *author, const tt_hnode *time)
{
	char *w = tt_html_text(time), *at = w && *w ? strstr(author, w) : NULL;
	if (at && at > author) {
		*at = '\0';
		size_t n = strlen(author);
		while (n && (isspace((unsigned char)author[n - 1]) || author[n - 1] == '|' ||
		             author[n - 1] == '-' || author[n - 1] == ','))
			author[--n] = '\0';
	}
	free(w);
}

static int bracketed_box(const tt_hnode *n, const void *arg)
{
	const char *want = arg;
	if (n->type != TT_HNODE_ELEMENT || !info(n)->textlen || info(n)->textlen > 40)
		return 0;
	char *t = tt_html_text(n);
	int yes = !strcmp(t, want);
	free(t);
	return yes;
}

/* A mark in brackets after the name, in a box of its own inside the name's
 * ("NAME <span>(楼主)</span>", the thread starter's badge): no part of the
 * name. */
static void cut_badge(char *author, tt_hnode *box)
{
	size_t n = strlen(author);
	char *open = n && author[n - 1] == ')' ? strrchr(author, '(') : NULL;
	if (!open || open == author || !tt_html_find(box, bracketed_box, open))
		return;
	while (open > author && isspace((unsigned char)open[-1]))
		open--;
	*open = '\0';
}

/* A time shown in a line of links after it ("29.07.2006 um 16:43 | Antworten",
 * "February 19, 2026 at 8:11 am | Reply"): the time alone. A bar between
 * the date and the clock ("23.09.2020 | 18:19") stays. */
static void time_tail(char *when)
{
	for (char *bar = when ? strstr(when, " | ") : NULL; bar; bar = strstr(bar + 3, " | ")) {
		if (looks_like_time(bar + 3))
			continue;
		*bar = '\0';
		if (looks_like_time(when))
			return;
		*bar = ' ';
	}
}

/* A header line holding only a name written loose and the permalink
 * showing the comment's age ("mxa <a href=#comment-1>1 year</a>"): the
 * name, and the line is no text of the comment. */
static void name_before_time(struct fields *f, char **author)
{
	tt_hnode *line = f->time ? f->time->parent : NULL;
	if (!line || !time_permalink(f->time) || line == f->root || line == f->body)
		return;
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	const tt_hnode *c = line->children;
	for (; c && c != f->time; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content)
			tt_buf_adds(&b, c->content);
		else if (c->type == TT_HNODE_ELEMENT && info(c)->textlen)
			break;
	/* Nothing but the name before the time, nothing shown after it. */
	for (const tt_hnode *a = c == f->time ? c->next : NULL; a; a = a->next)
		if (a->type == TT_HNODE_ELEMENT
		        ? info(a)->textlen != 0
		        : a->content && a->content[strspn(a->content, " \t\r\n")])
			c = NULL;
	if (c != f->time)
		b.data[0] = '\0';
	char *s = b.data + strspn(b.data, " \t\r\n");
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	if (n && n <= 40 && !strpbrk(s, ".!?:\n")) {
		*author = tt_xstrdup(s);
		f->namebox = line;
	}
	free(b.data);
}

/* The first box of a comment that shows text: where a header line is. */
static tt_hnode *first_shown_child(tt_hnode *root)
{
	for (tt_hnode *c = root->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && info(c)->textlen)
			return c;
		else if (c->type == TT_HNODE_TEXT && c->content &&
		         c->content[strspn(c->content, " \t\r\n")])
			return NULL;
	return NULL;
}

/* A time with a note after it in brackets ("2 years ago (last modified 2
 * years ago)", Agreper): the time alone. */
static void time_note(char *when)
{
	char *open = when ? strstr(when, " (") : NULL;
	size_t n = open ? strlen(open) : 0;
	if (!open || open[n - 1] != ')')
		return;
	*open = '\0';
	if (!looks_like_time(when))
		*open = ' ';
}

/* A header line over a comment block that holds nothing named as a name or a
 * time, "NAME - 2 years ago | thread" (Agreper's span.small, "NAME · DATE",
 * "NAME • DATE"): the name before the separator, the time after it up to a
 * bar before the line's links. The line is then no text of the comment. */
static void line_name_time(struct fields *f, char **author, char **when)
{
	static const char *const seps[] = {" - ", " \xC2\xB7 " /* · */, " \xE2\x80\xA2 " /* • */,
	                                   " \xE2\x80\x94 " /* — */, " \xE2\x80\x93 " /* – */};
	tt_hnode *line = f->author || f->time ? NULL : first_shown_child(f->root);
	if (!line || line == f->body || info(line)->textlen > 200 ||
	    (f->body && inside(f->body, line)))
		return;
	char *t = tt_html_text(line), *bar = strstr(t, " |"), *sep = NULL;
	if (bar)
		*bar = '\0';
	size_t i = 0, sl = 0;
	for (; i < sizeof seps / sizeof *seps && !sep; i++)
		if ((sep = strstr(t, seps[i])))
			sl = strlen(seps[i]);
	char *name = t + strspn(t, " \t\r\n"), *at = sep ? sep + sl : NULL;
	if (sep)
		*sep = '\0';
	if (at) {
		size_t n = strlen(at);
		while (n && isspace((unsigned char)at[n - 1]))
			at[--n] = '\0';
		time_note(at);
	}
	if (at && *name && strlen(name) <= 40 && !strpbrk(name, ".!?:\n") && looks_like_time(at) &&
	    strlen(at) < 60) {
		*author = tt_xstrdup(name);
		*when = tt_xstrdup(at);
		f->namebox = line;
	}
	free(t);
}

/* wpForo writes the time loose under the text ("<div class=cbleft>Topic
 * starter Postado : 28/06/2023 10:53 pm"): the words after the colon. */
static char *wpforo_time(tt_hnode *root)
{
	if (!wpforo_post(root, tt_html_attr(root, "id")))
		return NULL;
	tt_hnode *box = tt_html_find_class(root, "cbleft");
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	for (const tt_hnode *c = box ? box->children : NULL; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content)
			tt_buf_adds(&b, c->content); /* not the "NAME reacted" box */
	char *t = b.data, *at = strstr(t, " : "), *when = NULL;
	if (at) {
		at += 3;
		at += strspn(at, " \t");
		size_t n = strlen(at);
		while (n && isspace((unsigned char)at[n - 1]))
			at[--n] = '\0';
		when = looks_like_time(at) ? tt_xstrdup(at) : NULL;
	}
	free(t);
	return when;
}

/* "#2 · May 21, 2024, 12:33 pm" (Asgaros): the post's number is no part
 * of its time. */
static void numbered_time(char *when)
{
	size_t d = when && when[0] == '#' ? strspn(when + 1, "0123456789") : 0;
	if (d && !strncmp(when + 1 + d, " \xC2\xB7 ", 4) && looks_like_time(when + 5 + d))
		memmove(when, when + 5 + d, strlen(when + 5 + d) + 1);
}

/* A time led by the verb of what happened then ("answered Feb 22", "asked
 * 3 days ago", "edited ...": a lower-case word ending in "ed"), in a <time>
 * element or looking like a time: the time alone. */
static void time_verb(char *when, int in_time)
{
	size_t w = 0;
	while (when && islower((unsigned char)when[w]))
		w++;
	if (w < 4 || strncmp(when + w - 2, "ed ", 3) != 0 || !when[w + 1] ||
	    !(in_time || looks_like_time(when + w + 1)))
		return;
	memmove(when, when + w + 1, strlen(when + w + 1) + 1);
}

/* The name and the time, wherever this layout keeps them. */
static void read_header(struct html *h, struct fields *f, tt_hnode *root, struct found *o)
{
	const char *da = tt_html_attr(root, "data-author"); /* XenForo names it outright */
	if (!da && tt_html_is(root, "shreddit-comment"))
		da = tt_html_attr(root, "author"); /* new Reddit too */
	if (!da)
		da = f->label ? f->label : labelled_author(root);
	o->author = da && *da   ? tt_xstrdup(da)
	            : f->author ? author_text(h, f->author, f->arank)
	                        : NULL;
	if (o->author && !da && f->time && inside(f->time, f->author))
		cut_time(o->author, f->time);
	if (o->author && !da && f->author)
		cut_badge(o->author, f->author);
	o->attr = f->time ? time_attr(f->time) : NULL;
	o->when = f->time && f->trank < 4 ? tt_html_text(f->time) : loose_time(f->author);
	if (!o->when && f->time)
		o->when = tt_html_text(f->time);
	if (!o->attr && tt_html_is(root, "shreddit-comment"))
		o->attr = tt_html_attr(root, "created");
	if (!o->when)
		o->when = wpforo_time(root);
	numbered_time(o->when);
	if (o->when)
		smf_time(o->when);
	if (h->se && f->sig)
		se_author_time(f, &o->author, &o->when, &o->attr);
	if (!o->author &&
	    (tt_html_has_class(root, "pingback") || tt_html_has_class(root, "trackback"))) {
		/* WordPress names a link to the post after the page that links. */
		tt_hnode *a = tt_html_find_tag(root, "a");
		o->author = a ? tt_html_text(a) : NULL;
	}
	if (!o->author)
		byline(root, &o->author, &o->when);
	if (!o->author)
		written_by(f, root, &o->author, &o->when);
	if (!o->author)
		name_before_time(f, &o->author);
	if (!o->author && !o->when && !o->attr)
		line_name_time(f, &o->author, &o->when);
	if (o->author)
		clean_author(o->author);
	time_tail(o->when);
	time_verb(o->when, f->time && tt_html_is(f->time, "time"));
}

/* The dd right after a comment's dt: the comment's text. */
static tt_hnode *dt_text(tt_hnode *root)
{
	if (!tt_html_is(root, "dt"))
		return NULL;
	tt_hnode *n = root->next;
	while (n && n->type != TT_HNODE_ELEMENT)
		n = n->next;
	return n && tt_html_is(n, "dd") ? n : NULL;
}

/* 1 when a and b hold the same words, white space aside. */
static int same_words(const char *a, const char *b)
{
	for (;; a++, b++) {
		a += strspn(a, " \t\r\n");
		b += strspn(b, " \t\r\n");
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
	}
}

/* A time written loose between the name and the text, in the text's box
 * ("<span class=author>Anna</span><br>März 7, 2018 <p>..."), comes out as
 * the text's first paragraph: it is the header's, not the comment's words. */
static void drop_loose_time(struct found *o)
{
	if (!o->when || !o->body.n || !same_words(o->body.v[0], o->when))
		return;
	memmove(o->body.v, o->body.v + 1, (o->body.n - 1) * sizeof *o->body.v);
	if (o->nlines)
		memmove(o->lines, o->lines + 1, (--o->nlines) * sizeof *o->lines);
	o->body.n--;
}

/* The comment's own title line, then its text. */
static void read_text(struct html *h, struct fields *f, tt_hnode *root, struct found *o)
{
	tt_hnode *dd = f->body ? NULL : dt_text(root);
	if (dd) {
		tt_html_paragraphs(h->t, dd, NULL, NULL, &o->body, &o->lines, &o->nlines);
		return;
	}
	tt_hnode *title = f->body ? comment_title(root, f->body) : NULL;
	if (title)
		tt_html_paragraphs(h->t, title, NULL, NULL, &o->body, &o->lines, &o->nlines);
	tt_html_paragraphs(h->t, f->body ? f->body : root, skip_in_comment, f, &o->body, &o->lines,
	                   &o->nlines);
	drop_loose_time(o);
}

/* A comment marked as an answer but listed flat among the comments
 * (Chefkoch's "comment-item comment-sub") answers the nearest comment before
 * it that is not so marked. */
static int answer_mark(const tt_hnode *n)
{
	/* ...and a comment marked indented ("comment--indented", Zeit Online). */
	return tt_html_has_class(n, "comment-sub") || tt_html_has_class(n, "sub-comment") ||
	       tt_html_has_class(n, "subcomment") || class_suffix(n, "-indented");
}

static int names_addressee(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_class(n, "replyto-author") || tt_html_has_class(n, "reply-to") ||
	       tt_html_has_class(n, "in-reply-to");
}

/* A flat list whose comments name whom they answer (Kinja's "replyto-author"):
 * each answers the latest comment of that name before it in the list; naming
 * someone who has none there (the article's author), it opens a thread. */
static tt_comment *addressee_parent(tt_hnode *root)
{
	tt_hnode *to = tt_html_find(root, names_addressee, NULL);
	char *name = to ? tt_html_text(to) : NULL;
	tt_comment *p = NULL;
	for (tt_hnode *s = root->prev; name && *name && s && !p; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && info(s)->c && info(s)->c->author &&
		    !strcmp(info(s)->c->author, name))
			p = info(s)->c;
	free(name);
	return p;
}

static tt_comment *flat_parent(tt_hnode *root)
{
	tt_comment *p = parent_of(root);
	if (!p)
		p = addressee_parent(root);
	if (p || !answer_mark(root))
		return p;
	for (tt_hnode *s = root->prev; s; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && info(s)->c && !answer_mark(s))
			return info(s)->c;
	return NULL;
}

/* A label for screen readers stating a comment's depth, "level 2". */
static int level_label(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const tt_hnode *t = n->children;
	unsigned level;
	char end;
	return tt_html_is(n, "span") && t && !t->next && t->type == TT_HNODE_TEXT && t->content &&
	       sscanf(t->content, "level %u%c", &level, &end) == 1 && level > 0;
}

/* A flat list whose comments state their level: the parent of one at level
 * N is the latest comment before it at level N - 1 (none when the list
 * skips a level). */
static tt_comment *level_parent(struct html *h, tt_hnode *root)
{
	tt_hnode *label = tt_html_find(root, level_label, NULL);
	unsigned level = 0;
	if (!label || sscanf(label->children->content, "level %u", &level) != 1 || level < 2)
		return NULL;
	for (size_t i = h->nposts; i > 0; i--)
		if (h->posts[i - 1]->depth <= level - 2)
			return h->posts[i - 1]->depth == level - 2 ? h->posts[i - 1] : NULL;
	return NULL;
}

/* The left margin a box's own style gives it ("margin-left: 25px"), in
 * whatever unit it is written; 0 when it has none. */
static double left_margin(const tt_hnode *n)
{
	const char *style = tt_html_attr(n, "style");
	const char *p = style ? strcasestr(style, "margin-left") : NULL;
	if (!p)
		return 0;
	p += strspn(p + 11, " \t:") + 11;
	double m = strtod(p, NULL);
	return m > 0 ? m : 0;
}

/* A flat list whose comments are indented by their own left margin
 * (LiveJournal: 25 pixels a level): a comment answers the latest comment
 * before it among its siblings with a smaller margin (among the last
 * thousand, which bounds the cost). */
static tt_comment *margin_parent(tt_hnode *root)
{
	double m = left_margin(root);
	size_t seen = 0;
	for (tt_hnode *s = m > 0 ? root->prev : NULL; s && seen < 1000; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && info(s)->c && ++seen && left_margin(s) < m)
			return info(s)->c;
	return NULL;
}

/* The number of the post a box names as the one its post answers: Homeland's
 * data-reply-to-id, NodeBB's a[component="post/parent"] data-topid. */
static const char *reply_to_id(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "data-reply-to-id"), *c;
	if (!id && (c = tt_html_attr(n, "component")) && !strcmp(c, "post/parent"))
		id = tt_html_attr(n, "data-topid");
	return id;
}

static int names_reply_to(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return reply_to_id(n) != NULL;
}

/* A reply naming the reply it answers by number (Homeland's div.reply-to-block
 * data-reply-to-id=380876, over "对 NAME #3 回复"; NodeBB's "@NAME" button
 * to the post answered) answers the comment whose box has that data-id
 * (NodeBB's data-pid; among the last thousand, which bounds the cost). One
 * naming the topic's post, no comment, is an answer. */
static tt_comment *reply_to_parent(struct html *h, tt_hnode *root)
{
	tt_hnode *b = tt_html_find(root, names_reply_to, NULL);
	const char *want = b ? reply_to_id(b) : NULL;
	for (size_t i = h->nroots, seen = 0; want && i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "data-id");
		if (!id)
			id = tt_html_attr(h->roots[i - 1], "data-pid");
		if (id && info(h->roots[i - 1])->c && !strcmp(id, want))
			return info(h->roots[i - 1])->c;
	}
	return NULL;
}

static void add_comment(struct html *h, struct fields *f, tt_hnode *root, struct found *o)
{
	/* In a forum, and in a flat list of repeated blocks, a post quoting
	 * another answers it. */
	tt_comment *parent = reply_to_parent(h, root);
	if (!parent)
		parent = h->forum ? forum_parent(h, f->body ? f->body : root) : flat_parent(root);
	if (!parent)
		parent = level_parent(h, root);
	if (!parent)
		parent = margin_parent(root);
	/* A comment listed flat that quotes an earlier one answers it too. */
	if (!parent)
		parent = forum_parent(h, f->body ? f->body : root);
	tt_comment *c = tt_thread_add_comment(h->t, parent);
	remember_post(h, c);
	info(root)->c = c;
	c->line = tt_html_line(root);
	c->author = arena(h, o->author);
	c->body = o->body;
	set_time(h, &c->posted, &c->time, o->when, o->attr);
	if ((c->body.n == 1 && deleted_text(c->body.v[0])) || tt_html_has_class(root, "deleted"))
		c->flags |= TT_C_DELETED;
	explain_comment(h, c, root, o->lines);
}

static int skip_node(const tt_hnode *n, void *u)
{
	return n == u;
}

/* The answer's signature: its last block holding a link (the name), with the
 * time written beside it ("<a>Steven</a> 於 2014/01/01 20:31 回覆"). */
static void read_answer(struct html *h, tt_comment *parent, tt_hnode *box)
{
	tt_hnode *sig = NULL;
	for (tt_hnode *c = box->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && tt_html_find_tag(c, "a"))
			sig = c;
	tt_hnode *a = sig ? (tt_html_is(sig, "a") ? sig : tt_html_find_tag(sig, "a")) : NULL;
	struct found o = {0};
	o.author = a ? tt_html_text(a) : NULL;
	o.when = sig ? loose_text_time(sig) : NULL;
	if (o.author && o.author[0] && o.when)
		tt_html_paragraphs(h->t, box, skip_node, sig, &o.body, &o.lines, &o.nlines);
	if (o.body.n) {
		tt_comment *c = tt_thread_add_comment(h->t, parent);
		c->line = tt_html_line(box);
		c->author = arena(h, o.author);
		c->body = o.body;
		set_time(h, &c->posted, &c->time, o.when, NULL);
		explain_comment(h, c, box, o.lines);
	}
	free(o.author);
	free(o.when);
	free(o.lines);
}

struct answers {
	struct html *h;
	tt_comment *parent;
	const tt_hnode *body; /* the comment's own text box, which is no answer */
};

static int answers_enter(tt_hnode *n, void *u)
{
	struct answers *a = u;
	if (n->type != TT_HNODE_ELEMENT || is_root(n) || tt_html_is(n, "form") ||
	    tt_html_is(n, "script") || n == a->body)
		return 0;
	if (!answer_box(n))
		return 1;
	read_answer(a->h, a->parent, n);
	return 0;
}

/* 1 when n sits in a box whose id names it the comment form
 * ("div#ctl00_body1_CommentControl1_commentform"), whose text is
 * instructions, not comments. */
static int in_comment_form(const tt_hnode *n)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		const char *id = tt_html_attr(a, "id");
		size_t l = id ? strlen(id) : 0;
		if (l >= 11 && !strcasecmp(id + l - 11, "commentform"))
			return 1;
	}
	return 0;
}

/* 1 when the text of n is a time, in brackets or not. */
static int shows_time(const tt_hnode *n)
{
	char *t = tt_html_text(n);
	int yes = looks_like_time(t) || bracketed_time(n);
	free(t);
	return yes;
}

/* A text box marked "comment" holding neither name nor time, whose parent
 * holds both before it (Tulsa World: a table cell with a header line of the
 * name and the time, then div.comment): the parent is the comment. */
static tt_hnode *climb_to_header(struct html *h, tt_hnode *root, struct fields *f)
{
	tt_hnode *up = root->parent;
	if (f->author || f->time || !up || up->type != TT_HNODE_ELEMENT || is_root(up) ||
	    replies_box(up) || tt_html_is(up, "body") || !has_words(root))
		return root;
	struct fields g = {.h = h, .root = up};
	info(root)->root = 0;
	tt_html_walk(up, fields_enter, NULL, &g);
	if (!g.author || !g.time || inside(g.author, root) || inside(g.time, root) ||
	    (g.body && !inside(g.body, root)) || !shows_time(g.time)) {
		info(root)->root = 1;
		return root;
	}
	info(up)->root = 1;
	g.body = root;
	*f = g;
	return up;
}

/* A text box found inside the body box f->body that holds neither the
 * author's nor the time's box. */
static int inner_text_box(const tt_hnode *n, const void *arg)
{
	const struct fields *f = arg;
	return n != f->body && body_rank(n) && !(f->author && inside(f->author, n)) &&
	       !(f->time && inside(f->time, n));
}

/* A text box named so (rank 2) that holds the post's header too (phpBB's
 * div.postbody around the title, "by NAME » TIME" and div.content) wraps
 * the text: the text box inside it is the body. (A box of rank 3 is known
 * to hold the header: its header is skipped as the text is read.) */
static void narrow_body(struct fields *f)
{
	if (!f->body || f->brank != 2 ||
	    !((f->author && inside(f->author, f->body)) || (f->time && inside(f->time, f->body))))
		return;
	tt_hnode *in = tt_html_find(f->body, inner_text_box, f);
	if (in)
		f->body = in, f->brank = body_rank(in);
}

/* A short box right after the name's (or after a box around it) showing
 * only a time ("<b class=name>Anna</b><span class=grey>3 марта 2024,
 * 10:15</span>", DataLife Engine): the comment's time. */
static void time_beside_name(struct fields *f)
{
	if (f->time || !f->author)
		return;
	tt_hnode *x = f->author;
	for (int up = 0; x && x != f->root && up < 3; x = x->parent, up++) {
		tt_hnode *s = x->next;
		while (s && s->type != TT_HNODE_ELEMENT)
			s = s->next;
		if (!s)
			continue;
		if (info(s)->textlen && info(s)->textlen <= 60 && !info(s)->linklen) {
			char *t = tt_html_text(s);
			if (looks_like_time(t))
				f->time = s, f->trank = 3;
			free(t);
		}
		return;
	}
}

/* A comment written as a dt and the dd after it (Blogger's classic
 * dl#comments-block: "NAME said..." in the dt, the text in a dd, the time
 * in the next dd): the dds' fields are the comment's, and the dt's link
 * its author. */
static void dt_fields(struct fields *f)
{
	if (!tt_html_is(f->root, "dt") || !tt_html_has_class(f->root, "comment-author"))
		return;
	for (tt_hnode *d = f->root->next; d && !tt_html_is(d, "dt"); d = d->next)
		if (d->type == TT_HNODE_ELEMENT && tt_html_is(d, "dd"))
			tt_html_walk(d, fields_enter, NULL, f);
	for (tt_hnode *a = f->root->children; a && !f->author; a = a->next)
		if (tt_html_is(a, "a") && info(a)->textlen)
			f->author = a, f->arank = 4;
}

/* The next element after n among its siblings. */
static tt_hnode *next_element(tt_hnode *n)
{
	for (n = n ? n->next : NULL; n && n->type != TT_HNODE_ELEMENT; n = n->next)
		;
	return n;
}

static int content_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return class_suffix(n, "-content") && info(n)->textlen;
}

/* A post split in two boxes side by side (bbPress: "div#post-301500
 * .bbp-reply-header" with the date and the permalink, then a box whose
 * class names that id, "post-301500", with the name and the text): the
 * second box's fields are the post's. Returns that box, or NULL. */
static tt_hnode *split_post_fields(struct fields *f)
{
	const char *id = tt_html_attr(f->root, "id");
	tt_hnode *rest = next_element(f->root);
	if (!id || !*id || f->author || f->body || !rest || is_root(rest) ||
	    !tt_html_has_class(rest, id))
		return NULL;
	info(rest)->used = 1; /* its text is the post's, not dropped */
	tt_html_walk(rest, fields_enter, NULL, f);
	/* (its text box named "bbp-reply-content": a content box of its own) */
	if (!f->body && (f->body = tt_html_find(rest, content_box, NULL)))
		f->brank = 2;
	return rest;
}

/* The second box of a split post of the topic's type ("type-topic", the
 * class WordPress gives a post of type topic): the topic, not a comment;
 * its text is the article's. */
static int split_topic(const tt_hnode *rest)
{
	return rest && tt_html_has_class(rest, "type-topic");
}

static void read_comment(struct html *h, tt_hnode *root)
{
	struct fields f = {.h = h, .root = root};
	struct found o = {0};
	if (in_comment_form(root))
		return;
	tt_html_walk(root, fields_enter, NULL, &f);
	dt_fields(&f);
	int topic = split_topic(split_post_fields(&f));
	narrow_body(&f);
	time_beside_name(&f);
	root = climb_to_header(h, root, &f);
	read_header(h, &f, root, &o);
	/* A box that only looks like a comment: a "Comment" button, a "top" link. */
	int fake = !o.author && !o.when && !o.attr && info(root)->linklen * 2 > info(root)->textlen;
	if (!fake)
		read_text(h, &f, root, &o);
	/* A collapsed comment shows its author, not its text: the links that
	 * open it ("(no subject)", "Expand") are no words of it. */
	if (info(root)->root == 2)
		o.body.n = 0, o.nlines = 0;
	/* ...or a counter, an empty template; or a forum's advertisement slot
	 * dressed as a post: its text box empty, no time. */
	if (fake || ((!o.author || !o.author[0]) && !o.body.n) ||
	    (forum_post(root) && f.body && !o.body.n && !o.when && !o.attr)) {
		free_found(&o);
		return;
	}
	if ((h->forum && !h->t->article.body.n && !h->nposts) || topic) {
		forum_opening(h, o.author, o.when, &o.body, o.lines);
		o.author = NULL; /* taken */
	} else {
		add_comment(h, &f, root, &o);
		struct answers a = {h, info(root)->c, f.body};
		tt_html_walk(root, answers_enter, NULL, &a);
	}
	free_found(&o);
}

/* ---- Hacker News item pages: a table of rows, nesting by spacer width --- */

static int is_hn(tt_hnode *top)
{
	return tt_html_attr(top, "op") || tt_html_find_class(top, "comhead") != NULL;
}

static int user_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_attr(n, "href");
	return tt_html_is(n, "a") &&
	       (tt_html_has_class(n, "hnuser") || (href && !strncmp(href, "user?id=", 8)));
}

static int item_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_attr(n, "href");
	return tt_html_is(n, "a") && href && !strncmp(href, "item?id=", 8);
}

static unsigned hn_depth(tt_hnode *row)
{
	tt_hnode *ind = tt_html_find_class(row, "ind");
	if (!ind)
		return 0;
	const char *v = tt_html_attr(ind, "indent");
	if (v)
		return (unsigned)strtoul(v, NULL, 10);
	tt_hnode *img = tt_html_find_tag(ind, "img");
	v = img ? tt_html_attr(img, "width") : NULL;
	return v ? (unsigned)(strtoul(v, NULL, 10) / 40) : 0;
}

static int skip_hn(const tt_hnode *n, void *u)
{
	(void)u;
	return tt_html_has_class(n, "reply");
}

/* The stack of open comments by depth: a row at depth d answers stack[d-1]. */
struct hn_stack {
	tt_comment **v;
	size_t n, cap;
};

/* Hacker News has no quotation markup: its formatting help says a
 * paragraph opening with ">" quotes, and many type it without a space
 * (">Sokal Squared hoax[0]"); written "> " as every quotation is. */
static void hn_quotes(struct html *h, tt_strv *body)
{
	for (size_t i = 0; i < body->n; i++)
		if (body->v[i][0] == '>' && body->v[i][1] && body->v[i][1] != ' ' &&
		    body->v[i][1] != '>') {
			char *q = tt_xasprintf("> %s", body->v[i] + 1);
			body->v[i] = tt_thread_strdup(h->t, q, (size_t)-1);
			free(q);
		}
}

static void hn_comment(struct html *h, tt_hnode *row, struct hn_stack *st)
{
	unsigned d = hn_depth(row);
	if (d > st->n)
		d = (unsigned)st->n; /* a skipped level: hang it on the deepest open one */
	tt_comment *c = tt_thread_add_comment(h->t, d ? st->v[d - 1] : NULL);
	st->n = d;
	if (st->n == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 16;
		st->v = tt_xrealloc(st->v, st->cap * sizeof *st->v);
	}
	st->v[st->n++] = c;
	c->line = tt_html_line(row);
	tt_hnode *head = tt_html_find_class(row, "comhead");
	tt_hnode *user = head ? tt_html_find(head, user_link, NULL) : NULL;
	tt_hnode *age = head ? tt_html_find_class(head, "age") : NULL;
	if (!age && head)
		age = tt_html_find(head, item_link, NULL);
	char *name = user ? tt_html_text(user) : NULL, *when = age ? tt_html_text(age) : NULL;
	c->author = arena(h, name);
	set_time(h, &c->posted, &c->time, when, age ? own_time_attr(age) : NULL);
	tt_hnode *body = tt_html_find_class(row, "comment");
	unsigned *lines = NULL;
	size_t nlines = 0;
	if (body)
		tt_html_paragraphs(h->t, body, skip_hn, NULL, &c->body, &lines, &nlines);
	hn_quotes(h, &c->body);
	if (!c->author || (c->body.n == 1 && deleted_text(c->body.v[0])))
		c->flags |= TT_C_DELETED;
	explain_comment(h, c, row, lines);
	free(lines);
	free(name);
	free(when);
}

/* The story: its title row, the subtext row after it, then its text rows. */
static void hn_story(struct html *h, tt_hnode *row)
{
	tt_hnode *title = tt_html_find_class(row, "titleline");
	if (!title)
		for (tt_hnode *td = row->children; td; td = td->next)
			if (tt_html_has_class(td, "title") && tt_html_find_tag(td, "a"))
				title = td;
	tt_hnode *link = title ? tt_html_find_tag(title, "a") : NULL;
	if (link) {
		free(h->h1);
		h->h1 = tt_html_text(link);
		const char *href = tt_html_attr(link, "href");
		if (href && !strncmp(href, "http", 4))
			keep(&h->url, href);
	}
	for (tt_hnode *r = row->next; r; r = r->next) {
		if (r->type != TT_HNODE_ELEMENT)
			continue;
		if (tt_html_find_tag(r, "form") || tt_html_has_class(r, "athing"))
			break;
		tt_hnode *sub = tt_html_find_class(r, "subtext");
		if (sub) {
			tt_hnode *u = tt_html_find(sub, user_link, NULL);
			char *s = u ? tt_html_text(u) : NULL;
			keep(&h->author, s);
			free(s);
			for (tt_hnode *a = tt_html_find(sub, item_link, NULL); a; a = a->next)
				if (tt_html_is(a, "a"))
					consider_count(h, a);
			continue;
		}
		tt_hnode *td = r->last;
		while (td && td->type != TT_HNODE_ELEMENT)
			td = td->prev;
		if (td)
			tt_html_paragraphs(h->t, td, NULL, NULL, &h->t->article.body, NULL, NULL);
	}
}

static int hn_enter(tt_hnode *n, void *u)
{
	void **a = u;
	struct html *h = a[0];
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (!tt_html_is(n, "tr") || !tt_html_has_class(n, "athing"))
		return 1;
	if (tt_html_has_class(n, "comtr") || tt_html_find_class(n, "ind"))
		hn_comment(h, n, a[1]);
	else if (!h->h1)
		hn_story(h, n);
	return 0;
}

static void read_hn(struct html *h, tt_hnode *top)
{
	struct hn_stack st = {0};
	void *a[2] = {h, &st};
	tt_html_walk(top, hn_enter, NULL, a);
	free(st.v);
	free(h->og_title);
	h->og_title = NULL; /* the story's own title, not the page's */
	keep(&h->site, "Hacker News");
	h->layout = "Hacker News item page";
}

/* ---- what carried the comments; what was left over --------------------- */

static int in_list(const tt_hnode *n, const char *cls)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (tt_html_has_class(a, cls))
			return 1;
	return 0;
}

/* A comment system that names its boxes its own way, whatever site it is
 * on (Livefyre on a WordPress page). */
static const char *comment_system(const tt_hnode *n)
{
	static const struct {
		const char *prefix, *name;
	} systems[] = {{"fyre-", "Livefyre comments"},
	               {"isso-comment", "Isso comments"},
	               {"commento-card", "Commento comments"},
	               {"tm-comment", "Habr comments"},
	               {"ItemComment", "Vanilla discussion"}};
	for (size_t i = 0; i < sizeof systems / sizeof *systems; i++)
		if (tt_html_class_prefix(n, systems[i].prefix) ||
		    (n->parent && tt_html_class_prefix(n->parent, systems[i].prefix)))
			return systems[i].name;
	/* DataLife Engine: div#comment-id-N around each comment's box */
	const char *id = n->parent ? tt_html_attr(n->parent, "id") : NULL;
	return id && !strncmp(id, "comment-id-", 11) ? "DataLife Engine comments" : NULL;
}

static const char *name_layout(struct html *h)
{
	const char *gen = h->generator ? h->generator : "";
	if (!h->nroots)
		return "no comments found";
	if (h->generic)
		return "repeated blocks in a comment box";
	if (h->rep.n)
		return "repeated blocks";
	if (h->forum)
		return h->forum;
	if (h->se)
		return "Stack Exchange question page";
	for (size_t i = 0; i < h->nroots; i++) {
		tt_hnode *n = h->roots[i];
		if (tt_html_is(n, "shreddit-comment"))
			return "new Reddit comments";
		const char *sys = comment_system(n);
		if (sys)
			return sys;
		if (tt_html_class_prefix(n, "depth-") || in_list(n, "commentlist") ||
		    in_list(n, "comment-list"))
			return "WordPress comments";
		if (in_list(n, "comment-thread") || tt_html_find_class(n, "comment-block"))
			return "Blogger comments";
		if (schema_comment(n))
			return "schema.org comments";
	}
	if (strcasestr(gen, "wordpress"))
		return "WordPress comments";
	if (strcasestr(gen, "blogger"))
		return "Blogger comments";
	if (strcasestr(gen, "drupal"))
		return "Drupal comments";
	return "comment blocks";
}

/* Long paragraphs outside the article, the comments and the furniture were
 * dropped: the user is told where they were. */
static int leftover_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT || is_root(n) || info(n)->used || tt_html_is(n, "script") ||
	    tt_html_is(n, "style") || tt_html_is(n, "head"))
		return 0;
	if (furniture(h, n)) {
		if (h->r && h->r->explain) {
			char *s = tt_html_text(n);
			unsigned l = tt_html_line(n);
			if (*s)
				tt_import_explain(h->r, l, l, "furniture", s, strlen(s));
			free(s);
		}
		return 0;
	}
	if (!tt_html_is(n, "p"))
		return 1;
	char *s = tt_html_text(n);
	if (strlen(s) >= 100 && h->t->ncomments + h->t->article.body.n > 0) {
		unsigned l = tt_html_line(n);
		tt_import_warn(h->r, l, "dropped text (neither article nor comment): %.60s...", s);
		tt_import_explain(h->r, l, l, "dropped", s, strlen(s));
	}
	free(s);
	return 0;
}

static void set_article(struct html *h, const char *name)
{
	tt_article *a = &h->t->article;
	char *owned;
	const char *title = choose_title(h, &owned);
	if (!title || !*title) {
		const char *slash = strrchr(name, '/');
		title = slash ? slash + 1 : name;
	}
	while (isspace((unsigned char)*title))
		title++;
	a->title = arena(h, title);
	free(owned);
	a->site = arena(h, h->site);
	a->url = arena(h, h->url);
	a->section = arena(h, h->section);
	a->author = arena(h, h->author);
	if (h->published)
		set_time(h, &a->published, &a->time, h->published, h->published);
}

static void free_html(struct html *h)
{
	char **s[] = {&h->og_title, &h->doc_title, &h->h1,        &h->site,      &h->url,
	              &h->section,  &h->author,    &h->published, &h->generator, &h->ld_headline};
	for (size_t i = 0; i < sizeof s / sizeof *s; i++)
		free(*s[i]);
	free(h->roots);
	tt_html_repeat_free(&h->rep);
	free(h->posts);
	free(h->info);
	for (size_t i = 0; i < h->nld; i++)
		tt_json_free(h->ld[i].doc);
	free(h->ld);
	if (h->doc)
		tt_html_free(h->doc);
}

static const char *forum_name(const struct html *h)
{
	if (!h->nroots || !forum_post(h->roots[0]))
		return NULL;
	tt_hnode *n = h->roots[0];
	return tt_html_has_class(n, "message--post")      ? "XenForo forum thread"
	       : tt_html_has_class(n, "postcontainer")    ? "vBulletin forum thread"
	       : tt_html_has_class(n, "timeline-comment") ? "GitHub issue"
	       : tt_html_has_class(n, "crawler-post") || tt_html_has_class(n, "onscreen-post")
	           ? "Discourse topic"
	       : tt_html_has_class(n, "post_wrapper")     ? "SMF forum thread"
	       : tt_html_has_class(n, "cPost")            ? "Invision Community topic"
	       : tt_html_has_class(n, "b-post")           ? "vBulletin forum thread"
	       : tt_html_attr(n, "component")             ? "NodeBB topic"
	       : flarum_post(n) || flarum_drawn_post(n)   ? "Flarum discussion"
	       : tt_html_has_class(n, "plhin")            ? "Discuz! forum thread"
	       : tt_html_has_class(n, "post-wrap")        ? "wpForo forum thread"
	       : kunena_message(n)                        ? "Kunena forum topic"
	       : tt_html_has_class(n, "post-element")     ? "Asgaros forum topic"
	       : tt_html_has_class(n->parent, "posts-list") ? "Misago thread"
	       : tt_html_find_class(n, "post_author")     ? "MyBB forum thread"
	                                                  : "phpBB forum thread";
}

/* The thread's title on a forum page (the h1 is often the board's name). */
static int topic_title(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *id = tt_html_attr(n, "id");
	return tt_html_has_class(n, "topic-title") || tt_html_has_class(n, "threadtitle") ||
	       tt_html_has_class(n, "p-title-value") || (id && !strcmp(id, "top_subject"));
}

static int is_post_body(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_class(n, "s-prose") || tt_html_has_class(n, "post-text");
}

/* The generic fallback: a box whose class or id says comments... */
static int comment_area(const tt_hnode *n, const void *arg)
{
	static const char *const words[] = {"comment",    "kommentar", "commentaire", "comentario",
	                                    "discussion", "reaction",  "leserbrief", "forum"};
	(void)arg;
	if (tt_html_is(n, "form") || tt_html_classid_has(n, "form") ||
	    tt_html_classid_has(n, "respond") || tt_html_classid_has(n, "count"))
		return 0;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (tt_html_classid_has(n, words[i]))
			return info(n)->textlen > 0;
	return 0;
}

/* Ids numbered alike ("bb_message_3901235", "bb_message_3900868"): one
 * prefix of at least three characters, then digits only. */
static int numbered_alike(const tt_hnode *a, const tt_hnode *b)
{
	const char *ia = tt_html_attr(a, "id"), *ib = tt_html_attr(b, "id");
	if (!ia || !ib)
		return 0;
	size_t la = strlen(ia), lb = strlen(ib), da = 0, db = 0;
	while (da < la && isdigit((unsigned char)ia[la - 1 - da]))
		da++;
	while (db < lb && isdigit((unsigned char)ib[lb - 1 - db]))
		db++;
	return da && db && la - da >= 3 && la - da == lb - db && !strncmp(ia, ib, la - da);
}

/* One tag and one first class word: a state added to some of the blocks
 * ("xenforo-comment xenforo-read-more-target") leaves them of a kind, and
 * so does a class of their own where the ids number them alike (taz.de's
 * li.member and li.guest, bb_message_N). */
static int same_kind(const tt_hnode *a, const tt_hnode *b)
{
	const char *ca = tt_html_attr(a, "class"), *cb = tt_html_attr(b, "class");
	if (strcmp((const char *)a->name, (const char *)b->name) != 0)
		return 0;
	if (numbered_alike(a, b))
		return 1;
	if (!ca || !cb)
		return !ca && !cb;
	ca += strspn(ca, " \t\n");
	cb += strspn(cb, " \t\n");
	size_t la = strcspn(ca, " \t\n"), lb = strcspn(cb, " \t\n");
	return la == lb && !strncmp(ca, cb, la);
}

/* A box the page names a date or a time ("listDate", "wc-comment-date")
 * that holds one. */
static int dated_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *c = tt_html_attr(n, "class");
	if (bracketed_time(n))
		return 1;
	if (!c || !(strcasestr(c, "date") || strcasestr(c, "time")) || !info(n)->textlen)
		return 0;
	char *text = tt_html_first_line(n);
	int yes = looks_like_time(text);
	free(text);
	return yes;
}

static int holds_time(tt_hnode *n)
{
	if (tt_html_is(n, "script") || tt_html_is(n, "style") || tt_html_is(n, "template") ||
	    tt_html_is(n, "noscript") || !info(n)->textlen)
		return 0;
	if (tt_html_find_tag(n, "time"))
		return 1;
	char *text = tt_html_first_line(n);
	int yes = looks_like_time(text);
	free(text);
	/* The name first, then the time in a box of its own. */
	return yes || tt_html_find(n, dated_box, NULL);
}

static void mark_root(struct html *h, tt_hnode *d)
{
	info(d)->root = 1;
	if (h->nroots == h->caproots) {
		h->caproots = h->caproots ? 2 * h->caproots : 64;
		h->roots = tt_xrealloc(h->roots, h->caproots * sizeof *h->roots);
	}
	h->roots[h->nroots++] = d;
}

struct kind_state {
	struct html *h;
	const tt_hnode *kind;
	size_t marked;
};

static int kind_enter(tt_hnode *n, void *u)
{
	struct kind_state *k = u;
	if (n->type != TT_HNODE_ELEMENT || input_form(k->h, n) || tt_html_is(n, "script"))
		return 0;
	if (same_kind(k->kind, n) && holds_time(n)) {
		mark_root(k->h, n);
		k->marked++;
		return 0;
	}
	return 1;
}

static size_t nested_answers(struct html *h, const tt_hnode *kind, tt_hnode *block);

/* One block of the kind, with a time, among an answer list's items: marks
 * it and its own answers. */
static size_t nested_answer(struct html *h, const tt_hnode *kind, tt_hnode *d)
{
	if (d->type != TT_HNODE_ELEMENT || !same_kind(kind, d) || !holds_time(d))
		return 0;
	mark_root(h, d);
	return 1 + nested_answers(h, kind, d);
}

/* Blocks of the block's kind, each with a time, straight inside it
 * (wpDiscuz's div.wc-reply in its div.wc-comment) or in a list inside it
 * (taz.de's ul.thread in each li.member): the block's answers, and theirs
 * in turn. Returns how many were marked. */
static size_t nested_answers(struct html *h, const tt_hnode *kind, tt_hnode *block)
{
	size_t marked = 0;
	for (tt_hnode *l = block->children; l; l = l->next) {
		if (l->type != TT_HNODE_ELEMENT)
			continue;
		if (same_kind(kind, l)) {
			marked += nested_answer(h, kind, l);
			continue;
		}
		if (!(tt_html_is(l, "ul") || tt_html_is(l, "ol")))
			continue;
		for (tt_hnode *d = l->children; d; d = d->next)
			marked += nested_answer(h, kind, d);
	}
	return marked;
}

/* ...holding at least two sibling blocks of one kind, each with a time:
 * those are the comments, blocks of that kind in a list inside one of them
 * or in a box after one of them (its answers). Returns how many were
 * marked. */
static size_t repeated_blocks(struct html *h, tt_hnode *box)
{
	size_t marked = 0;
	for (tt_hnode *c = box->children; c && !marked; c = c->next) {
		if (c->type != TT_HNODE_ELEMENT || !holds_time(c))
			continue;
		size_t same = 0;
		for (tt_hnode *d = c; d; d = d->next)
			same += d->type == TT_HNODE_ELEMENT && same_kind(c, d) && holds_time(d);
		if (same < 2)
			continue;
		for (tt_hnode *d = c; d; d = d->next) {
			if (d->type != TT_HNODE_ELEMENT)
				continue;
			if (same_kind(c, d) && holds_time(d)) {
				mark_root(h, d);
				marked += 1 + nested_answers(h, c, d);
			} else if (replies_box(d)) {
				struct kind_state k = {h, c, 0};
				tt_html_walk(d, kind_enter, NULL, &k);
				marked += k.marked;
			}
		}
	}
	return marked;
}

struct area_state {
	struct html *h;
	int done;
	unsigned inside; /* comment areas open around the walk */
};

static int area_enter(tt_hnode *n, void *u)
{
	struct area_state *s = u;
	if (s->done || n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") ||
	    tt_html_is(n, "style") || input_form(s->h, n))
		return 0;
	s->inside += comment_area(n, NULL);
	/* The blocks' own box may have a name of its own ("wc-thread-wrapper")
	 * inside the comment area. */
	if (s->inside && repeated_blocks(s->h, n)) {
		s->done = 1;
		return 0;
	}
	return 1;
}

static void area_leave(tt_hnode *n, void *u)
{
	struct area_state *s = u;
	if (n->type == TT_HNODE_ELEMENT)
		s->inside -= comment_area(n, NULL);
}

/* ---- JSON-LD: schema.org as data, for what the markup does not show ------ */

static void read_ld(struct html *h, const tt_hnode *script)
{
	tt_buf b = {0};
	for (const tt_hnode *c = script->children; c; c = c->next)
		if (c->content)
			tt_buf_adds(&b, c->content);
	/* A JSON tree costs a node a value: a block of bare numbers costs 40
	 * times its size. The blocks share 4 times the page (and 256 KiB), a
	 * part of the import's budget of 10 (doc/import.md). */
	size_t values = 1;
	for (size_t i = 0; i < b.len; i++)
		values += b.data[i] == ',' || b.data[i] == '[' || b.data[i] == '{';
	size_t cost = b.len + values * (sizeof(tt_json) + 16);
	if (h->ld_cost + cost > 4 * h->pagelen + ((size_t)256 << 10)) {
		tt_buf_free(&b);
		return;
	}
	h->ld_cost += cost;
	tt_error err;
	/* Broken metadata is no reason to refuse a page: it is only left out. */
	tt_json_doc *d = b.len ? tt_json_parse("ld+json", b.data, b.len, &err) : NULL;
	tt_buf_free(&b);
	if (!d)
		return;
	h->ld = tt_xrealloc(h->ld, (h->nld + 1) * sizeof *h->ld);
	h->ld[h->nld++] = (struct ld){d, tt_html_line(script)};
}

/* 1 when the object's @type (a string or a list of them) is type. */
static int ld_is(const tt_json *o, const char *type)
{
	const tt_json *t = tt_json_get(o, "@type");
	if (t && t->type == TT_JSON_STR)
		return !strcmp(t->s, type);
	for (const tt_json *v = t && t->type == TT_JSON_ARR ? t->first : NULL; v; v = v->next)
		if (v->type == TT_JSON_STR && !strcmp(v->s, type))
			return 1;
	return 0;
}

/* A person's name: "Anna", {"name": "Anna"}, or the first of a list. */
static const char *ld_name(const tt_json *v)
{
	if (v && v->type == TT_JSON_ARR)
		v = v->first;
	if (v && v->type == TT_JSON_STR)
		return v->s;
	return v && v->type == TT_JSON_OBJ ? tt_json_str(v, "name") : NULL;
}

static void ld_push(const tt_json ***v, size_t *n, const tt_json *o)
{
	if (!o || o->type != TT_JSON_OBJ)
		return;
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = o;
}

/* The objects a block holds at its top: itself, the items of a list or of
 * "@graph", and the "mainEntity" of each (a fixed depth, no recursion). */
static size_t ld_top(const tt_json *root, const tt_json ***out)
{
	size_t n = 0;
	*out = NULL;
	const tt_json *items = root->type == TT_JSON_ARR ? root : tt_json_get(root, "@graph");
	ld_push(out, &n, root);
	for (const tt_json *v = items && items->type == TT_JSON_ARR ? items->first : NULL; v;
	     v = v->next)
		ld_push(out, &n, v);
	for (size_t i = 0, top = n; i < top; i++)
		ld_push(out, &n, tt_json_get((*out)[i], "mainEntity"));
	return n;
}

/* The article's headline, author and date, where the page's meta tags have
 * none (and its date over that of the first <time>, which may be anyone's). */
static void ld_article(struct html *h)
{
	for (size_t i = 0; i < h->nld; i++) {
		const tt_json **objs;
		size_t n = ld_top(tt_json_root(h->ld[i].doc), &objs);
		const tt_json *a = NULL;
		for (size_t k = 0; k < n && !a; k++)
			if (tt_json_str(objs[k], "headline"))
				a = objs[k];
		free(objs);
		if (!a)
			continue;
		keep(&h->ld_headline, tt_json_str(a, "headline"));
		keep(&h->author, ld_name(tt_json_get(a, "author")));
		const char *date = tt_json_str(a, "datePublished");
		if (date && h->time_published) {
			free(h->published);
			h->published = NULL;
			h->time_published = 0;
		}
		keep(&h->published, date);
		double count;
		if (h->stated < 0 && tt_json_num(a, "commentCount", &count) == 0 && count >= 0 &&
		    count < 1e9)
			h->stated = (long)count;
		return;
	}
}

/* One schema.org Comment as a comment of the thread, under parent. */
static tt_comment *ld_comment(struct html *h, const tt_json *o, tt_comment *parent, unsigned line)
{
	const char *author = ld_name(tt_json_get(o, "author"));
	const char *when = tt_json_str(o, "dateCreated");
	const char *text = tt_json_str(o, "text");
	if (!when)
		when = tt_json_str(o, "datePublished");
	tt_comment *c = tt_thread_add_comment(h->t, parent);
	c->line = line + o->line - 1;
	c->author = arena(h, author);
	/* Sites write plain text, with blank lines, or HTML; many escape it. */
	if (text && strchr(text, '<')) {
		tt_markup_html_paragraphs(h->t, &c->body, text);
	} else if (text) {
		char *plain = tt_markup_unescape(text, strlen(text));
		tt_markup_split_paragraphs(h->t, &c->body, plain);
		free(plain);
	}
	set_time(h, &c->posted, &c->time, when, when);
	if (!author && !c->body.n)
		c->flags |= TT_C_DELETED; /* kept for its replies */
	if (h->r && h->r->explain) {
		char *head =
		    tt_xasprintf("%s %s", c->author ? c->author : "?", c->posted ? c->posted : "");
		tt_import_explain(h->r, c->line, c->line, "comment header", head, strlen(head));
		free(head);
	}
	return c;
}

/* Comments still to read, each with the comment it replies to. */
struct ld_todo {
	const tt_json *o;
	tt_comment *parent;
};

struct ld_stack {
	struct ld_todo *v;
	size_t n, cap;
};

/* A "comment" member, one object or a list of them, onto the stack last
 * first, so that they come off it in order. */
static void ld_push_replies(struct ld_stack *st, const tt_json *v, tt_comment *parent)
{
	size_t k = !v ? 0 : v->type == TT_JSON_OBJ ? 1 : v->type == TT_JSON_ARR ? v->n : 0;
	if (st->n + k > st->cap) {
		st->cap = 2 * (st->n + k);
		st->v = tt_xrealloc(st->v, st->cap * sizeof *st->v);
	}
	if (v && v->type == TT_JSON_OBJ) {
		st->v[st->n++] = (struct ld_todo){v, parent};
		return;
	}
	size_t at = st->n + k;
	for (const tt_json *c = k ? v->first : NULL; c; c = c->next)
		st->v[--at] = (struct ld_todo){c, parent};
	st->n += k;
}

/* The comments of one block: the "comment" lists of its objects, and
 * Comment objects standing alone. Replies nest as deep as the data does,
 * on a stack of our own. */
static void ld_block_comments(struct html *h, const struct ld *ld, struct ld_stack *st)
{
	const tt_json **objs;
	size_t nobj = ld_top(tt_json_root(ld->doc), &objs);
	for (size_t k = nobj; k-- > 0;) {
		if (ld_is(objs[k], "Comment"))
			ld_push_replies(st, objs[k], NULL);
		else
			ld_push_replies(st, tt_json_get(objs[k], "comment"), NULL);
	}
	free(objs);
	while (st->n) {
		struct ld_todo d = st->v[--st->n];
		if (d.o->type != TT_JSON_OBJ)
			continue;
		tt_comment *c = ld_comment(h, d.o, d.parent, ld->line);
		ld_push_replies(st, tt_json_get(d.o, "comment"), c);
	}
}

/* The comments of all blocks, when the markup showed none; how many. */
static size_t ld_comments(struct html *h)
{
	size_t before = h->t->ncomments;
	struct ld_stack st = {0};
	for (size_t i = 0; i < h->nld; i++)
		ld_block_comments(h, &h->ld[i], &st);
	free(st.v);
	return h->t->ncomments - before;
}

static int post_text(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *id = tt_html_attr(n, "id");
	size_t l = id ? strlen(id) : 0;
	return l > 20 && !strcmp(id + l - 20, "-post-rtjson-content");
}

/* New Reddit's post: its fields are attributes of shreddit-post, its text
 * the box inside it. */
static void reddit_post(struct html *h, tt_hnode *post)
{
	const char *v = tt_html_attr(post, "post-title");
	if (v && *v) {
		free(h->h1);
		h->h1 = tt_xstrdup(v);
		h->h1_strong = 1;
	}
	v = tt_html_attr(post, "author");
	if (v && *v) {
		free(h->author);
		h->author = tt_xstrdup(v);
	}
	v = tt_html_attr(post, "created-timestamp");
	if (v && *v) {
		free(h->published);
		h->published = tt_xstrdup(v);
	}
	keep(&h->site, tt_html_attr(post, "subreddit-prefixed-name"));
	tt_hnode *text = tt_html_find(post, post_text, NULL);
	if (text)
		article_from(h, text);
	double n;
	const char *count = tt_html_attr(post, "comment-count");
	if (count && h->stated < 0 && (n = strtod(count, NULL)) >= 0 && n < 1e9)
		h->stated = (long)n;
}

/* In a sidebar: an <aside> or a box whose class or id says widget or sidebar. */
static int in_sidebar(const tt_hnode *n)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (tt_html_is(a, "aside") || tt_html_classid_has(a, "widget") ||
		    tt_html_classid_has(a, "sidebar"))
			return 1;
	return 0;
}

/* A sidebar's "recent comments" list holds comments on other posts: when the
 * page has comments outside its sidebars, those inside are left out. */
static void drop_sidebar_roots(struct html *h)
{
	size_t outside = 0, k = 0;
	for (size_t i = 0; i < h->nroots; i++)
		outside += !in_sidebar(h->roots[i]);
	if (!outside || outside == h->nroots)
		return;
	for (size_t i = 0; i < h->nroots; i++)
		if (!in_sidebar(h->roots[i]))
			h->roots[k++] = h->roots[i];
		else
			info(h->roots[i])->root = 0;
	h->nroots = k;
}

/* The structural fallback (src/html_repeat.c): its blocks' times are read
 * as the rest of the importer reads times. */
static int repeat_time(const char *text, void *u)
{
	(void)u;
	return looks_like_time(text);
}

static void repeat_comment(struct html *h, const struct tt_repeat_block *b)
{
	if (!is_root(b->block)) /* left out as a sidebar's */
		return;
	tt_comment *c = tt_thread_add_comment(h->t, parent_of(b->block));
	info(b->block)->c = c;
	c->line = tt_html_line(b->block);
	char *name = b->name ? tt_html_text(b->name) : NULL;
	c->author = arena(h, name);
	free(name);
	set_time(h, &c->posted, &c->time, b->time, NULL);
	unsigned *lines = NULL;
	size_t nlines = 0;
	for (tt_hnode *n = b->body; n; n = n == b->body_last ? NULL : n->next) {
		char *loose = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
		if (loose) { /* text loose in the block, beside the name */
			tt_strv_push(h->t, &c->body, tt_thread_strdup(h->t, loose, strlen(loose)));
			lines = tt_xrealloc(lines, (nlines + 1) * sizeof *lines);
			lines[nlines++] = tt_html_line(n);
		} else if (n->type == TT_HNODE_ELEMENT && !tt_html_repeat_skip(n, &h->rep)) {
			tt_html_paragraphs(h->t, n, tt_html_repeat_skip, &h->rep, &c->body, &lines, &nlines);
		}
		free(loose);
	}
	explain_comment(h, c, b->block, lines);
	free(lines);
}

static void read_page(struct html *h, tt_hnode *top)
{
	int in_link = 0;
	tt_html_walk(top, measure_enter, measure_leave, &in_link);
	tt_hnode *body = tt_html_find_tag(top, "body");
	h->bodytext = info(body ? body : top)->textlen;
	tt_html_walk(top, roots_enter, NULL, h);
	struct area_state area = {h, 0, 0};
	if (!h->nroots) {
		tt_html_walk(top, area_enter, area_leave, &area);
		h->generic = area.done;
	}
	if (!h->nroots && tt_html_repeat_find(top, repeat_time, NULL, &h->rep))
		for (size_t i = 0; i < h->rep.n; i++)
			mark_root(h, h->rep.v[i].block);
	tt_hnode *q = tt_html_find_class(top, "question");
	h->se = q && tt_html_find_class(top, "post-signature");
	tt_html_walk(top, meta_enter, NULL, h);
	ld_article(h);
	tt_hnode *qbody = h->se ? tt_html_find(q, is_post_body, NULL) : NULL;
	h->forum = forum_name(h);
	tt_hnode *topic = h->forum ? tt_html_find(top, topic_title, NULL) : NULL;
	if (topic) {
		free(h->h1);
		h->h1 = tt_html_text(topic);
		h->h1_strong = 1;
	}
	tt_hnode *post = tt_html_find_tag(top, "shreddit-post");
	if (qbody) /* the question is the article, whatever else scores */
		article_from(h, qbody);
	else if (post)
		reddit_post(h, post);
	else if (!h->forum) /* a forum's opening post is */
		read_article(h, top);
	drop_sidebar_roots(h);
	for (size_t i = 0; i < h->rep.n; i++)
		repeat_comment(h, &h->rep.v[i]);
	for (size_t i = 0; i < h->nroots && !h->rep.n; i++)
		read_comment(h, h->roots[i]);
	h->layout = name_layout(h);
	if (!h->t->ncomments && ld_comments(h))
		h->layout = "JSON-LD comments";
}

/* Stack Exchange: the question's owner and time are the article's. */
static void se_question(struct html *h, tt_hnode *top)
{
	tt_hnode *q = tt_html_find_class(top, "question");
	struct fields f = {.h = h, .root = q};
	tt_html_walk(q, fields_enter, NULL, &f);
	char *author = NULL, *when = NULL;
	const char *attr = NULL;
	if (f.sig)
		se_author_time(&f, &author, &when, &attr);
	free(when);
	if (author && *author) {
		free(h->author);
		h->author = author;
	} else {
		free(author);
	}
	if (attr) {
		free(h->published);
		h->published = tt_xstrdup(attr);
	}
	h->stated = -1; /* the page counts answers, not answers and comments */
}

/* The bytes as libxml2 should read them: UTF-8 for everything this program
 * decodes itself (BOMs, UTF-8, Windows-1252, Latin-1), else the declared
 * charset for libxml2's iconv. Sets *enc; returns a buffer to free or NULL
 * (then buf is read as it is). */
static char *prepare(const char *buf, size_t len, enum tt_import_encoding want, size_t *outlen,
                     char enc[40])
{
	char decl[40];
	tt_html_declared_charset(buf, len, decl);
	const unsigned char *u = (const unsigned char *)buf;
	int bom = len >= 3 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
	                       (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF));
	enum tt_import_encoding e = want;
	if (e == TT_ENC_AUTO && !bom && decl[0]) {
		if (!strcasecmp(decl, "utf-8") || !strcasecmp(decl, "utf8"))
			e = TT_ENC_UTF8;
		else if (!strcasecmp(decl, "windows-1252") || !strcasecmp(decl, "iso-8859-1") ||
		         !strcasecmp(decl, "latin1") || !strcasecmp(decl, "us-ascii"))
			e = TT_ENC_CP1252; /* as browsers do: Latin-1 means Windows-1252 */
		else {
			snprintf(enc, 40, "%s", decl);
			return NULL;
		}
	}
	snprintf(enc, 40, "UTF-8");
	/* Valid UTF-8 with no CR or NUL would be copied unchanged: read in
	 * place, which spares a copy of the page while it is parsed. */
	if (!bom && e != TT_ENC_CP1252 && e != TT_ENC_LATIN1 && !memchr(buf, '\r', len) &&
	    !memchr(buf, '\0', len) && tt_utf8_valid(buf, len))
		return NULL;
	return tt_import_decode(buf, len, e, outlen);
}

tt_thread *tt_import_html(const char *name, const char *buf, size_t len,
                          const struct tt_import_opts *opts, tt_error *err)
{
	static const struct tt_import_opts none;
	const struct tt_import_opts *o = opts ? opts : &none;
	struct html h = {.r = o->report, .stated = -1, .pagelen = len};
	char enc[40];
	size_t ulen = len;
	char *utf8 = prepare(buf, len, o->encoding, &ulen, enc);
	int dense = 0;
	h.doc = tt_html_parse(utf8 ? utf8 : buf, ulen, enc, &dense);
	if (!h.doc && !dense && !utf8 && strcmp(enc, "UTF-8")) {
		/* a charset iconv does not know: read as Windows-1252 */
		utf8 = tt_import_decode(buf, len, TT_ENC_CP1252, &ulen);
		h.doc = tt_html_parse(utf8, ulen, "UTF-8", &dense);
	}
	free(utf8);
	if (dense) {
		tt_error_set(err, name, 0, 0,
		             "expected an HTML page, found markup too dense to read within 10 "
		             "times its size (an element every few bytes)");
		return NULL;
	}
	tt_hnode *top = h.doc ? tt_html_root(h.doc) : NULL;
	if (!top) {
		free_html(&h);
		tt_error_set(err, name, 0, 0, "expected an HTML page, found no elements");
		return NULL;
	}
	h.t = tt_thread_new();
	h.saved = saved_comment(h.doc);
	number_elements(&h, top);
	if (is_hn(top)) {
		tt_html_walk(top, meta_enter, NULL, &h);
		h.stated = -1;
		read_hn(&h, top);
	} else {
		read_page(&h, top);
		if (h.se)
			se_question(&h, top);
	}
	tt_html_walk(top, leftover_enter, NULL, &h);
	set_article(&h, name);
	if (h.r) {
		snprintf(h.r->format, sizeof h.r->format, "html");
		snprintf(h.r->layout, sizeof h.r->layout, "%s", h.layout);
		h.r->stated = h.stated;
	}
	tt_thread *t = h.t;
	free_html(&h);
	tt_import_apply_overrides(t, o);
	if (!t->article.body.n && !t->first) {
		tt_thread_free(t);
		tt_error_set(err, name, 0, 0,
		             "expected an article or comments, found an HTML page with no text");
		return NULL;
	}
	if (tt_thread_finish(t, err) != 0) {
		tt_thread_free(t);
		return NULL;
	}
	return t;
}
