/* import_html_article: page furniture, metadata and the article body's score. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* ---- furniture: what is neither the article nor a comment ------------- */

int ihx_hidden(const tt_hnode *n)
{
	return tt_html_attr(n, "hidden") || tt_html_has_token(n, "aria-hidden", "true") ||
	       tt_html_visually_hidden(n) || tt_html_style_hidden(n);
}

/* A box to write a text in. */
static int text_area(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "textarea");
}

/* A form that holds the page rather than a form to fill: ASP.NET wraps a
 * whole page in one ("form#aspnetForm"), so its text is most of the page's;
 * a forum wraps its posts in one to tick them for its moderators (Invision
 * Community's form[data-role=moderationTools]): a form with text and no
 * box to write a text in (its fields show the posts' addresses to copy). */
static int page_form(const struct html *h, const tt_hnode *n)
{
	if (!tt_html_is(n, "form") || !ihx_info(n) || !h->bodytext)
		return 0;
	return ihx_info(n)->textlen * 2 > h->bodytext ||
	       (ihx_info(n)->textlen > 200 && !tt_html_find((tt_hnode *)n, text_area, NULL));
}

/* A form to fill (a comment box, a search field): never content. */
int ihx_input_form(const struct html *h, const tt_hnode *n)
{
	return tt_html_is(n, "form") && !page_form(h, n);
}

/* Readability's idea: class or id words that mark page furniture, unless the
 * same element also says it is the content. */
int ihx_furniture(const struct html *h, const tt_hnode *n)
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
	if (ihx_hidden(n))
		return 1;
	if (!tt_html_attr(n, "class") && !tt_html_attr(n, "id"))
		return 0;
	int neg = 0;
	for (size_t i = 0; !neg && i < sizeof bad / sizeof *bad; i++)
		neg = tt_html_classid_has(n, bad[i]);
	/* A wrapper holding most of the page's text is the page, whatever its
	 * classes say ("l-outer--nav", "right-sidebar" on the main column). */
	if (!neg || (ihx_info(n) && ihx_info(n)->textlen * 2 > h->bodytext))
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
time_t ihx_saved_comment(tt_hdoc *doc)
{
	for (const tt_hnode *n = tt_html_doc_node(doc)->children; n; n = n->next) {
		const char *c = n->type == TT_HNODE_COMMENT ? n->content : NULL;
		const char *at = c ? strstr(c, "saved date:") : NULL;
		if (at)
			return parse_saved(at + 11);
	}
	return 0;
}

/* A language tag into its rank's slot, the first of each kept. */
static void keep_lang(struct html *h, int rank, const char *v)
{
	if (v && !h->lang[rank][0])
		snprintf(h->lang[rank], sizeof h->lang[rank], "%s", v);
}

void ihx_html_lang(struct html *h, tt_hnode *top)
{
	tt_hnode *e = tt_html_is(top, "html") ? top : tt_html_find_tag(top, "html");
	if (e)
		keep_lang(h, 0, tt_html_attr(e, "lang"));
}

/* Whether n's nearest item scope is a schema.org Question. */
static int in_question(const tt_hnode *n)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		const char *type = tt_html_attr(a, "itemtype");
		if (type) {
			size_t l = strlen(type);
			return l >= 9 && !strcmp(type + l - 9, "/Question");
		}
	}
	return 0;
}

static void meta_tag(struct html *h, tt_hnode *n)
{
	const char *equiv = tt_html_attr(n, "http-equiv");
	if (equiv && !strcasecmp(equiv, "content-language"))
		keep_lang(h, 2, tt_html_attr(n, "content"));
	const char *k = tt_html_attr(n, "property");
	if (!k)
		k = tt_html_attr(n, "name");
	if (!k)
		k = tt_html_attr(n, "itemprop");
	const char *v = tt_html_attr(n, "content");
	if (!k || !v)
		return;
	/* the page's question first, the related questions' after it */
	if (!strcasecmp(k, "answerCount") && isdigit((unsigned char)v[0]) && !h->answer_count &&
	    in_question(n))
		h->answer_count = strtol(v, NULL, 10) + 1;
	if (!strcasecmp(k, "commentCount") && isdigit((unsigned char)v[0])) {
		/* schema.org microdata: the count stated outright */
		h->stated = strtol(v, NULL, 10);
		h->stated_rank = 0;
	} else if (!strcasecmp(k, "og:title") || !strcasecmp(k, "twitter:title"))
		ihx_keep(&h->og_title, v);
	else if (!strcasecmp(k, "og:site_name") || !strcasecmp(k, "application-name"))
		ihx_keep(&h->site, v);
	else if (!strcasecmp(k, "og:url"))
		ihx_keep(&h->url, v);
	else if (!strcasecmp(k, "article:section"))
		ihx_keep(&h->section, v);
	else if (!strcasecmp(k, "article:published_time") || !strcasecmp(k, "datePublished") ||
	         !strcasecmp(k, "date") || !strcasecmp(k, "dc.date"))
		ihx_keep(&h->published, v);
	else if ((!strcasecmp(k, "author") || !strcasecmp(k, "article:author")) &&
	         strncasecmp(v, "http", 4) != 0)
		ihx_keep(&h->author, v);
	else if (!strcasecmp(k, "generator"))
		ihx_keep(&h->generator, v);
	else if (!strcasecmp(k, "og:locale") && strcasecmp(v, "en_US") != 0)
		keep_lang(h, 1, v); /* en_US is the protocol's default, printed by
		                     * plugins whatever the site (tabletennis.ph's
		                     * wpForo, its dates day first) */
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

int ihx_meta_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (tt_html_is(n, "script") &&
	    tt_html_token_in(tt_html_attr(n, "type"), "application/ld+json"))
		ihx_read_ld(h, n);
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	if (ihx_is_root(n))
		return 0;
	if (tt_html_is(n, "meta")) {
		meta_tag(h, n);
	} else if (tt_html_is(n, "title") && !h->doc_title) {
		h->doc_title = tt_html_text(n);
	} else if (tt_html_is(n, "link") && tt_html_has_token(n, "rel", "canonical")) {
		ihx_keep(&h->url, tt_html_attr(n, "href"));
	} else if (tt_html_is(n, "h1") && (!h->h1 || (!h->h1_strong && strong_h1(n))) &&
	           !ihx_hidden(n) && !ihx_furniture(h, n)) {
		char *s = tt_html_text(n);
		if (s[0]) {
			free(h->h1);
			h->h1 = s;
			h->h1_strong = strong_h1(n);
		} else {
			free(s);
		}
	} else if (tt_html_is(n, "time") && !h->published) {
		ihx_keep(&h->published, tt_html_attr(n, "datetime"));
		h->time_published = h->published != NULL;
	}
	if (!tt_html_is(n, "head") && !tt_html_is(n, "html") && !tt_html_is(n, "body"))
		ihx_consider_count(h, n);
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

const char *ihx_choose_title(struct html *h, char **owned)
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
	ihx_info(n)->score += s;
	if (ihx_info(n->parent))
		ihx_info(n->parent)->score += s / 2;
}

static int score_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || ihx_furniture(h, n) ||
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
	struct ninfo *p = ihx_info(n->parent), *g = n->parent ? ihx_info(n->parent->parent) : NULL;
	if (p)
		p->score += s;
	if (g)
		g->score += s / 2;
	return 0;
}

static int best_enter(tt_hnode *n, void *u)
{
	tt_hnode **best = u;
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n))
		return 0;
	struct ninfo *i = ihx_info(n);
	if (i->score > 0 && (!*best || i->score > ihx_info(*best)->score))
		*best = n;
	return 1;
}

/* Text lengths below each element, and how much of it is link text, in one
 * walk: a block that is mostly links is a menu, a share bar or a list of
 * related articles. */
int ihx_measure_enter(tt_hnode *n, void *u)
{
	int *in_link = u;
	if (n->type == TT_HNODE_TEXT && n->content && ihx_info(n->parent)) {
		unsigned len = (unsigned)strlen(n->content);
		ihx_info(n->parent)->textlen += len;
		if (*in_link)
			ihx_info(n->parent)->linklen += len;
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	*in_link += tt_html_is(n, "a");
	return 1;
}

void ihx_measure_leave(tt_hnode *n, void *u)
{
	int *in_link = u;
	if (n->type != TT_HNODE_ELEMENT)
		return;
	*in_link -= tt_html_is(n, "a");
	struct ninfo *i = ihx_info(n), *p = ihx_info(n->parent);
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
	struct ninfo *i = ihx_info(n);
	return i && i->textlen && i->linklen * 2 > i->textlen;
}

static int skip_in_article(const tt_hnode *n, void *u)
{
	struct html *h = u;
	if (ihx_is_root(n) || ihx_furniture(h, n) || link_heavy(n))
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
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || ihx_furniture(h, n))
		return 0;
	float b = ihx_info(best)->score, s = ihx_info(n)->score;
	if (s >= (b * 0.2f > 10 ? b * 0.2f : 10))
		return 1;
	if (!tt_html_is(n, "p"))
		return 0;
	size_t commas = 0;
	return text_len(n, &commas) >= 80;
}

void ihx_article_from(struct html *h, tt_hnode *n)
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
	ihx_info(n)->used = 1;
}

void ihx_read_article(struct html *h, tt_hnode *top)
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
		ihx_article_from(h, best);
		return;
	}
	for (tt_hnode *n = best->parent->children; n; n = n->next)
		if (article_sibling(h, n, best))
			ihx_article_from(h, n);
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
void ihx_reddit_post(struct html *h, tt_hnode *post)
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
	ihx_keep(&h->site, tt_html_attr(post, "subreddit-prefixed-name"));
	tt_hnode *text = tt_html_find(post, post_text, NULL);
	if (text)
		ihx_article_from(h, text);
	double n;
	const char *count = tt_html_attr(post, "comment-count");
	if (count && h->stated < 0 && (n = strtod(count, NULL)) >= 0 && n < 1e9)
		h->stated = (long)n;
}

/* Old Reddit's post (div.thing.link, the submission over the comments,
 * each of them a div.thing.comment): its own words the div.md of its
 * usertext box; a link post's the address it links (its title's link),
 * all it says. The subreddit's column of rules beside it is no word of
 * the post, however well it scores. */
int ihx_old_reddit_post(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "div") && tt_html_has_class(n, "thing") && tt_html_has_class(n, "link");
}

void ihx_read_old_reddit_post(struct html *h, tt_hnode *post)
{
	tt_hnode *box = tt_html_find_class(post, "usertext-body");
	tt_hnode *md = box ? tt_html_find_class(box, "md") : NULL;
	tt_hnode *title = tt_html_find_class(post, "title");
	tt_hnode *link = title && !tt_html_is(title, "a") ? tt_html_find_tag(title, "a") : title;
	const char *href = link ? tt_html_attr(link, "href") : NULL;
	if (md)
		ihx_article_from(h, md);
	else if (href && (!strncmp(href, "http://", 7) || !strncmp(href, "https://", 8)))
		/* a link post: what it links is all it says */
		tt_strv_push(h->t, &h->t->article.body, tt_thread_strdup(h->t, href, (size_t)-1));
	tt_hnode *line = tt_html_find_class(post, "tagline");
	tt_hnode *who = line ? tt_html_find_class(line, "author") : NULL;
	if (who && !h->author)
		h->author = tt_html_text(who);
}
