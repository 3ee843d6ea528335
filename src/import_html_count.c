/* import_html_count: the comment count a page states ("74 Kommentare"). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* ---- the comment count a page states ---------------------------------- */

static const char *const count_words[] = {
    "comment", "kommentar", "commentaire", "comentario", "commenti", "reactie", "reaction",
    "response", "repl", "réponse", "antwort", "thought", "meinung", "reaktion", "respuesta",
    "risposte", "reacties",
    /* with their accents and other languages' stems: "2 comentários", "10
     * réactions", "Liczba komentarzy: 6", "91 Ergänzungen" (netzpolitik.org),
     * "Комментарии" */
    "comentári", "réaction", "komentarz", "ergänzung", "yorum" /* Turkish */,
    /* Czech, Slovak, Slovene, Croatian: "komentář", "komentár", "komentar" */
    "koment",
    /* WordPress's "N thoughts on “TITLE”" in its translations: "3 Gedanken
     * zu", "3 réflexions sur", "3 pensieri su", "3 gedachten over" */
    "gedanke", "réflexion", "pensier", "gedachte",
    "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82",
    /* Chinese: "留言列表 (42)" (PIXNET), 评论 and 評論 */
    "\xE7\x95\x99\xE8\xA8\x80", "\xE8\xAF\x84\xE8\xAE\xBA", "\xE8\xA9\x95\xE8\xAB\x96",
    /* 回答, answers: "4个回答" over a question's answers (Baidu Zhidao, Zhihu) */
    "\xE5\x9B\x9E\xE7\xAD\x94",
    /* 回复 and 回覆, replies: "3 条回复" over a topic's (V2EX) */
    "\xE5\x9B\x9E\xE5\xA4\x8D", "\xE5\x9B\x9E\xE8\xA6\x86",
    /* a forum thread's or a question's answers: "18 Answers", "12 odpowiedzi",
     * "18 ответов" */
    "answer", "odpowied", "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82", NULL};

/* Past a range's first numbers to its total: "1 - 5 of 5", "1-20 z 48",
 * "1 – 10 из 45", "11 bis 20 von 80" give where the total's digits begin;
 * else p. A pager's range shows which comments are on screen: its first
 * number is never the count the page states, its total is. */
static const char *range_total(const char *p)
{
	static const char *const dash[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "bis", "to",
	                                   "\xD0\xBF\xD0\xBE" /* по */};
	static const char *const of[] = {"of", "von", "de", "di", "van", "z", "ze", "sur",
	                                 "\xD0\xB8\xD0\xB7" /* из */, "/"};
	const char *q = p + strspn(p, "0123456789");
	q += strspn(q, " \t\xC2\xA0");
	size_t i = 0, l = 0;
	while (i < sizeof dash / sizeof *dash && strncmp(q, dash[i], l = strlen(dash[i])) != 0)
		i++;
	if (i == sizeof dash / sizeof *dash)
		return p;
	q += l, q += strspn(q, " \t");
	if (!isdigit((unsigned char)*q))
		return p;
	q += strspn(q, "0123456789"), q += strspn(q, " \t");
	for (i = 0; i < sizeof of / sizeof *of; i++) {
		l = strlen(of[i]);
		const char *k = q + l + strspn(q + l, " \t");
		if (!strncasecmp(q, of[i], l) && isdigit((unsigned char)*k) &&
		    (k > q + l || *of[i] == '/'))
			return k;
	}
	return p;
}

/* A copy of text with its Cyrillic capitals made small ("Комментарии" ->
 * "комментарии"): strcasestr folds ASCII only, and a heading capitalises
 * the count's word ("Комментарии: 23", "Комментарии к новости (11)").
 * Caller frees. */
static char *cyrillic_small(const char *text)
{
	char *s = tt_xstrdup(text);
	for (unsigned char *p = (unsigned char *)s; *p; p++) {
		if (p[0] != 0xD0 || !p[1])
			continue;
		if (p[1] >= 0x90 && p[1] <= 0x9F)
			p[1] += 0x20; /* А-П -> а-п */
		else if (p[1] >= 0xA0 && p[1] <= 0xAF)
			p[0] = 0xD1, p[1] -= 0x20; /* Р-Я -> р-я */
		p++;
	}
	return s;
}

/* Whether text counts answers in one of the languages count_words names
 * them in. */
static int answers_words(const char *text)
{
	static const char *const words[] = {"answer", "odpowied",
	                                    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasestr(text, words[i]))
			return 1;
	return 0;
}

/* 1 when text names comments in one of count_words' languages. */
static int names_comments(const char *text)
{
	char *small = NULL;
	int yes = 0;
	for (size_t i = 0; count_words[i] && !yes; i++)
		yes = strcasestr(text, count_words[i]) != NULL;
	if (!yes && strstr(text, "\xD0")) {
		small = cyrillic_small(text);
		for (size_t i = 0; count_words[i] && !yes; i++)
			yes = strcasestr(small, count_words[i]) != NULL;
	}
	free(small);
	return yes;
}

/* Whether a count word opens p, spaces before it passed over. */
static int count_word_at(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || !strncmp(p, "\xC2\xA0", 2))
		p += *p == '\xC2' ? 2 : 1;
	for (size_t i = 0; count_words[i]; i++)
		if (!strncasecmp(p, count_words[i], strlen(count_words[i])))
			return 1;
	return 0;
}

static int count_word_first(const char *text);

/* Past a first number that counts something else to the one the count word
 * follows: "249人参与49评论" (ifeng: 249 taking part, 49 comments), "1.204
 * Leser · 37 Kommentare". Only where no count word comes before the first
 * number ("Comments: 12 · 3 replies" counts the comments first); else p. */
static const char *worded_number(const char *text, const char *p)
{
	const char *q = p + strspn(p, "0123456789.,");
	if (count_word_at(q) || count_word_first(text))
		return p;
	for (int seen = 0; *q && seen < 4; seen++) {
		while (*q && !isdigit((unsigned char)*q))
			q++;
		const char *num = q;
		q += strspn(q, "0123456789.,");
		if (*num && count_word_at(q))
			return num;
	}
	return p;
}

/* Whether the number at p in text is a year standing apart from the count
 * word: four digits from 1900 to 2099, no count word right after it nor
 * as the last word before it ("Ihre Meinung zum iPhone-Event 2019?", "©
 * 2019 … comments policy"). "Kommentare (2019)" and "2019 Kommentare"
 * still count. */
static int lone_year(const char *text, const char *p)
{
	if (strspn(p, "0123456789") != 4 || (p[0] != '1' && p[0] != '2') ||
	    ((p[4] == '.' || p[4] == ',') && isdigit((unsigned char)p[5])))
		return 0;
	long y = strtol(p, NULL, 10);
	if (y < 1900 || y > 2099 || count_word_at(p + 4))
		return 0;
	const char *e = p;
	while (e > text && strchr(" \t\n:([#", e[-1]))
		e--;
	const char *w = e;
	while (w > text && !strchr(" \t\n:([#", w[-1]))
		w--;
	return w == e || !count_word_at(w);
}

/* The number in "80 Comments", "80 thoughts on “X”", "Kommentare (12)". */
static long count_in(const char *text)
{
	const char *p = text;
	size_t chars = 0; /* characters, not bytes: a Cyrillic word is twice as long in bytes */
	for (; *p && !isdigit((unsigned char)*p); p++)
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	/* (a figure in a word, a name's "Trim21", counts nothing) */
	if (!*p || chars > 40 || (p > text && isalpha((unsigned char)p[-1])))
		return -1;
	const char *ranged = range_total(p);
	p = ranged != p ? ranged : worded_number(text, p);
	if (lone_year(text, p))
		return -1;
	long n = strtol(p, NULL, 10);
	/* a thousands separator: "1.977 commentaires", "1,977 comments" */
	for (const char *q = p + strspn(p, "0123456789");
	     (*q == '.' || *q == ',') && strspn(q + 1, "0123456789") == 3 && n < 1000000; q += 4)
		n = n * 1000 + strtol(q + 1, NULL, 10);
	return names_comments(text) ? n : -1;
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

/* An anchor naming comments in another language ("#art-komentarze",
 * "#kommentare", "#comentarios"): the page's own words for its comments,
 * as its count's link writes them. */
static int foreign_anchor(const char *hash)
{
	static const char *const words[] = {"koment", "kommentar", "comentari", "commentair",
	                                    "reactie"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasestr(hash, words[i]))
			return 1;
	return 0;
}

/* Whether an address's query names a parameter after the comments, in
 * the plural: the page asked to show them ("?scrollToComments=true",
 * Lemmy's), not one comment ("?comment_id=5", "?replytocom=9"). */
static int comments_query(const char *href)
{
	const char *q = strchr(href, '?');
	if (!q)
		return 0;
	for (const char *p = q + 1; *p && *p != '#';) {
		size_t l = strcspn(p, "=&#");
		for (size_t i = 0; i + 8 <= l; i++)
			if (!strncasecmp(p + i, "comments", 8))
				return 1;
		p += l;
		p += strcspn(p, "&#");
		if (*p == '&')
			p++;
	}
	return 0;
}

/* A link to the page's comments ("#comments", "#sf_comment_list",
 * "?scrollToComments=true"). */
static int comments_link(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *hash = href ? strchr(href, '#') : NULL;
	return (hash && (strcasestr(hash, "comment") || strcasestr(hash, "reaction") ||
	                 foreign_anchor(hash))) ||
	       (href && comments_query(href));
}

/* A box named a count right after a heading, in a box whose class or id
 * names the comments, two levels up at most ("div#comments-header > h3 +
 * span.count", Us Weekly's "Tell Us What You Think" 24): the heading's
 * badge, counting what the section under it holds, whatever its words. */
static int heading_badge(const tt_hnode *n)
{
	const tt_hnode *h = tt_html_prev_elem(n);
	if (!h || !tt_html_heading(h) || !tt_html_classid_has(n, "count"))
		return 0;
	const tt_hnode *a = n->parent;
	for (int up = 0; a && up < 2; a = a->parent, up++)
		if (a->type == TT_HNODE_ELEMENT && tt_html_classid_has(a, "comment"))
			return 1;
	return 0;
}

/* A box whose class or id names the count of comments or replies
 * ("span#js_reply-count", Kinja), or a link to the comments, or a
 * heading's badge (heading_badge), showing nothing but a number other
 * than 0: that number. */
static long named_count(const tt_hnode *n, const char *text)
{
	size_t d = strspn(text, "0123456789");
	if (!d || d > 7 || text[d] ||
	    !(comments_link(n) || heading_badge(n) ||
	      (tt_html_classid_has(n, "count") &&
	       (tt_html_classid_has(n, "repl") || tt_html_classid_has(n, "comment")))))
		return -1;
	/* "0" is what a script fills in later (Livefyre's commentcount box) */
	long c = strtol(text, NULL, 10);
	return c ? c : -1;
}

/* A number alone in a box named a comment's, whose tooltip, its own or its
 * box's, states the count in words with the same number ("<span
 * title='Número de comentarios 2'><span class=icon-comments>2</span>",
 * iVoox's player bar; "<b class=ico-comment title='12 Kommentare'>12</b>"):
 * that number, the title saying what it counts; else -1. */
static long titled_count(const tt_hnode *n, const char *text)
{
	size_t d = strspn(text, "0123456789");
	if (!d || d > 7 || text[d])
		return -1;
	long shown = strtol(text, NULL, 10);
	const tt_hnode *a = n;
	for (int up = 0; up < 2 && a && a->type == TT_HNODE_ELEMENT; up++, a = a->parent) {
		const char *title = tt_html_attr(a, "title");
		if (title && strlen(title) < 120 && shown > 0 && count_in(title) == shown)
			return shown;
	}
	return -1;
}

/* The number alone in a text node or a box of one text node: the number,
 * else -1. */
static long bare_number(const tt_hnode *n)
{
	/* (through boxes of one element each, markup comments beside it: a
	 * table of figures' cell, its number in a box in a box, WP Discussion
	 * Board's "<div><div>1</div><!-- .meta --></div>") */
	for (int k = 0; k < 4 && n && n->type == TT_HNODE_ELEMENT && tt_html_sole_child(n); k++)
		n = tt_html_sole_child(n);
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
	                                     "\xE5\x85\xA8\xE9\x83\xA8\xE8\xAF\x84\xE8\xAE\xBA",
	                                     /* 跟帖 and 跟贴, "follow-up posts", Chinese
	                                      * portals' word for their comments
	                                      * ("<span>跟贴</span><a>1918</a>",
	                                      * NetEase) */
	                                     "\xE8\xB7\x9F\xE5\xB8\x96", "\xE8\xB7\x9F\xE8\xB4\xB4"};
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

/* A number in a box right after a label of other words ("<span>Followers
 * </span><span class=ipsCommentCount>8</span>", Invision's follow button,
 * whose theme names any count's box so): what the label names, not the
 * comments. */
static int labelled_other(const tt_hnode *n)
{
	const tt_hnode *p = shown_sibling(n, 0);
	if (!p || p->type != TT_HNODE_ELEMENT || tt_html_heading(p)) /* (a heading's badge) */
		return 0;
	char *t = tt_html_text(p);
	int other = *t && strlen(t) < 40 && !strpbrk(t, "0123456789");
	for (size_t i = 0; other && count_words[i]; i++)
		other = !strcasestr(t, count_words[i]);
	free(t);
	return other;
}

static int time_or_field(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "time") || tt_html_is(n, "textarea");
}


/* A box named a comment that holds a <time> (one comment: "Thanks very much
 * karilito • Feb 22 Reply", Apache Answer) or a field to write one in
 * ("0/200 ... 发表评论"), or whose number is an age ("admin replied 4 years
 * ago", DW Question & Answer), states no count, whatever numbers it shows. */
static int comment_not_count(tt_hnode *n, const char *text)
{
	long count, secs;
	const char *d = text + strcspn(text, "0123456789");
	return tt_dates_age(d, &count, &secs) || tt_html_find(n, time_or_field, NULL) != NULL;
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

/* Inside a navigation menu: a number alone beside a tab's name ("<nav><li>
 * <h2>Komentarze</h2><figure id=commentsCounter>962</figure>", WP
 * SportoweFakty) counts what that tab shows, a list the page may not hold,
 * not the comments read here. (A count in words there, a share bar's "61
 * commentaires" linking the comments, Le Figaro's, states them.) */
static int in_nav(const tt_hnode *n)
{
	for (const tt_hnode *a = n; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (tt_html_is(a, "nav"))
			return 1;
	return 0;
}

/* The path and query of an address, past its scheme and host, its
 * doubled slashes made one ("http://x.gr//a/?id=1" -> "/a/?id=1"), up to
 * the fragment; NULL for a relative address. Caller frees. */
static char *path_query(const char *url)
{
	const char *p = url;
	if (!strncasecmp(p, "http://", 7) || !strncasecmp(p, "https://", 8) || !strncmp(p, "//", 2)) {
		p = strstr(p, "//") + 2;
		p += strcspn(p, "/?#");
	} else if (*p != '/') {
		return NULL;
	}
	size_t l = strcspn(p, "#");
	char *out = tt_xmalloc(l + 2), *o = out;
	for (size_t i = 0; i < l; i++)
		if (p[i] != '/' || o == out || o[-1] != '/')
			*o++ = p[i];
	if (o == out)
		*o++ = '/';
	*o = '\0';
	return out;
}

/* 1 when a is b or b with more parameters after it ("?aid=4&h1=true"). */
static int same_or_more(const char *a, const char *b)
{
	size_t l = strlen(b);
	return !strncmp(a, b, l) && (!a[l] || a[l] == '&' || a[l] == '?' || a[l] == '/');
}

/* A link to the comments of another page (a teaser's "22" in a list of
 * other articles, its address naming another article than the page's
 * own): that page's count, not this one's. Known only where the page
 * names its own address (canonical, og:url) and the link's is absolute. */
static int comments_link_match(const tt_hnode *n, const void *arg);

static int other_page_comments(const struct html *h, const tt_hnode *n)
{
	/* (a short box all of whose words are a link's counts the link's page:
	 * "<div class=commentcount><a href=.../other-story/#comments>149</a>",
	 * a list of other stories) */
	const struct ninfo *i = ihx_info(n);
	const tt_hnode *link = comments_link(n) ? n
	                       : i && i->textlen && i->textlen <= 16 && i->linklen == i->textlen
	                           ? tt_html_find((tt_hnode *)n, comments_link_match, NULL)
	                           : NULL;
	const char *href = link ? tt_html_attr(link, "href") : NULL;
	if (!href || href[0] == '#' || !h->url)
		return 0;
	char *a = path_query(href), *b = path_query(h->url);
	int other = a && b && strcmp(b, "/") && !same_or_more(a, b) && !same_or_more(b, a);
	free(a);
	free(b);
	return other;
}

static int comments_link_match(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return comments_link(n);
}

/* A count inside one of a list's links to pages, each link of the same
 * class beside others ("<a class=read-next-link href=/r/worldnews/comments/
 * 579ugt/...><span class=comments>925 komentárov</span>", old Reddit's
 * "read next" list of other threads): a teaser's, whose page is most
 * likely another, even where the page names no address of its own to
 * tell. The link is the count's box or holds it, three levels up at most. */
static int in_teaser_list(const tt_hnode *n)
{
	const tt_hnode *a = n;
	for (int up = 0; a && a->type == TT_HNODE_ELEMENT && !tt_html_is(a, "a"); up++)
		a = up < 3 ? a->parent : NULL;
	const char *href = a && a->type == TT_HNODE_ELEMENT ? tt_html_attr(a, "href") : NULL;
	const char *cls = href ? tt_html_attr(a, "class") : NULL;
	if (!cls || !*cls || href[0] == '#' || !a->parent)
		return 0;
	size_t alike = 0;
	for (const tt_hnode *s = a->parent->children; s; s = s->next)
		if (s->type == TT_HNODE_ELEMENT && tt_html_is(s, "a") && tt_html_attr(s, "href") &&
		    tt_html_attr(s, "class") && !strcmp(tt_html_attr(s, "class"), cls))
			alike++;
	return alike >= 2;
}

/* A list item holding a link of words to another page, not around the
 * count's label n (a title: "<a href=showthread.php/15358-PRICE>PRICE</a>"),
 * beside another item of its list holding such a link and the same label:
 * vBulletin's "Similar Threads", each with its "Replies: 28". A count in
 * such an item is that page's, the item a teaser for it. */
static int title_link(const tt_hnode *n, const void *arg)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	return href && *href && *href != '#' && strncasecmp(href, "javascript:", 11) &&
	       ihx_info(n)->textlen && !ihx_inside(arg, n);
}

static const tt_hnode *label_text(const tt_hnode *n);

static int same_label(const tt_hnode *n, const void *arg)
{
	const tt_hnode *t = n->type == TT_HNODE_ELEMENT ? label_text(n) : NULL;
	return t && !strcmp(t->content, arg);
}

static int in_other_pages_item(const tt_hnode *n)
{
	const tt_hnode *li = n, *label = label_text(n);
	for (int up = 0; li && li->type == TT_HNODE_ELEMENT && !tt_html_is(li, "li"); up++)
		li = up < 4 ? li->parent : NULL;
	if (!label || !li || li->type != TT_HNODE_ELEMENT || !li->parent ||
	    !tt_html_find((tt_hnode *)li, title_link, n))
		return 0;
	for (const tt_hnode *s = li->parent->children; s; s = s->next)
		if (s != li && s->type == TT_HNODE_ELEMENT && tt_html_is(s, "li") &&
		    tt_html_find((tt_hnode *)s, title_link, n) &&
		    tt_html_find((tt_hnode *)s, same_label, label->content))
			return 1;
	return 0;
}

/* A box that is or holds a link to the comments: a teaser pointing at the
 * list from elsewhere on the page (the headline's "153 COMMENTS"). */
static int teaser_box(tt_hnode *n)
{
	return tt_html_find(n, comments_link_match, NULL) != NULL;
}

/* The comment list's own count ("<div class=fyre-comment-count><span>151
 * comments</span>", Livefyre under The Wall Street Journal's headline
 * teaser "153 COMMENTS") outranks a teaser's of the same rank: a box named
 * a count of comments, holding no link, whose words state the count, after
 * a count taken from a box that links the list. The teaser counts what the
 * site counts (held or removed comments too), the list's box what it
 * shows. Returns 1 when it took the count. */
static int list_own_count(struct html *h, tt_hnode *n)
{
	if (h->stated < 0 || !h->stated_teaser || h->stated_rank != 2 ||
	    !tt_html_classid_has(n, "comment") || !tt_html_classid_has(n, "count") ||
	    teaser_box(n))
		return 0;
	char *text = tt_html_text(n);
	long c = strlen(text) < 120 && !comment_not_count(n, text) ? count_in(text) : -1;
	free(text);
	if (c < 0)
		return 0;
	h->stated = c;
	h->stated_teaser = 0;
	return 1;
}

/* The number of "WORD (N)", one word then a number in brackets and
 * nothing else; -1 otherwise. */
static long word_bracket_number(const char *t)
{
	size_t w = strcspn(t, " \t\n(");
	const char *p = t + w;
	p += strspn(p, " \t\n\xC2\xA0");
	if (!w || *p != '(' || !isdigit((unsigned char)p[1]))
		return -1;
	char *end;
	long n = strtol(p + 1, &end, 10);
	return *end == ')' && !end[1 + strspn(end + 1, " \t\n")] ? n : -1;
}

/* The title bar of the comments' own box: a box of one text, "WORD (N)"
 * ("Opinie (135)", Wirtualna Polska's tab over its opinions; "σχόλια
 * <span>(8)</span>", To Vima's, the number in a box of its own), before the
 * first comment, inside a box (at most two boxes up) that holds the
 * comments, no link: the comments' section names itself and states its
 * count, in whatever words. Asked only while no count is read; the
 * comments found first (read_page finds them before this walk). */
/* Whether n's children are words of its own, and inline boxes of text
 * alone beside them ("σχόλια <span>(8)</span>": the number styled apart;
 * a list item around a tab's label, "<li><span>看过(11783)</span></li>",
 * has no words of its own). */
static int words_line(const tt_hnode *n)
{
	int own = 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_TEXT)
			own |= c->content && c->content[strspn(c->content, " \t\r\n")] != '\0';
		else if (c->type == TT_HNODE_ELEMENT &&
		         (!ihx_inline_box(c) || !c->children || c->children != c->last ||
		          c->children->type != TT_HNODE_TEXT))
			return 0;
	return own;
}

static void section_title_count(struct html *h, const tt_hnode *n)
{
	if (h->stated >= 0 || !h->nroots || !ihx_info(n)->textlen || ihx_info(n)->textlen > 60 ||
	    ihx_info(n)->linklen || !words_line(n) || ihx_info(n) > ihx_info(h->roots[0]))
		return;
	const tt_hnode *box = n->parent;
	for (int up = 0; box && up < 2 && !ihx_inside(h->roots[0], box); up++)
		box = box->parent;
	char *t = box && ihx_inside(h->roots[0], box) ? tt_html_text(n) : NULL;
	long c = t ? word_bracket_number(t) : -1;
	free(t);
	if (c > 0 && (size_t)c >= h->nroots) {
		h->stated = c;
		h->stated_rank = 2;
		h->stated_teaser = 0;
	}
}

/* A link to an anchor of the page itself ("<a href=#cmt865555><strong>80
 * </strong> comment(s) - last by X</a>", DailyTech's, its first comment's
 * anchor) whose words open with a number a count word follows: the page's
 * count, whatever its anchor is named; a link elsewhere counts another
 * page's comments. */
static int own_anchor_count(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	if (!href || href[0] != '#' || !href[1])
		return 0;
	char *text = tt_html_text(n);
	size_t d = strspn(text, "0123456789");
	int yes = d && d < 8 && count_word_at(text + d) && strlen(text) < 120;
	free(text);
	return yes;
}

static int count_alone(const char *text);

/* A badge right after the page's title, its words a count alone ("<h1>
 * TITLE</h1><div class='rounded-full ...'>60 replies</div>", Mumsnet's
 * thread): the thread's count, whatever the badge's class. */
static long title_badge(const tt_hnode *n)
{
	const tt_hnode *t = tt_html_prev_elem(n);
	if (!t || !tt_html_is(t, "h1") || !ihx_info(n)->textlen || ihx_info(n)->textlen > 40 ||
	    ihx_info(n)->linklen)
		return -1;
	char *text = tt_html_text(n);
	long c = count_alone(text) && isdigit((unsigned char)text[0]) ? count_in(text) : -1;
	free(text);
	return c;
}

void ihx_consider_count(struct html *h, tt_hnode *n)
{
	section_title_count(h, n);
	if (h->stated < 0) {
		long c = title_badge(n);
		if (c > 0) {
			h->stated = c;
			h->stated_rank = 2;
			h->stated_teaser = 0;
			return;
		}
	}
	if (list_own_count(h, n))
		return;
	if (other_page_comments(h, n) || in_teaser_list(n))
		return;
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
		if (c > 0 && !in_other_pages_item(n)) {
			h->stated = c;
			h->stated_rank = 2;
			h->stated_teaser = 0;
			return;
		}
	}
	/* (and a box named a headline, "p.headline": "3 Kommentare", taz) */
	int heading =
	    (n->name[0] == 'h' && n->name[1] >= '1' && n->name[1] <= '4' && !n->name[2]) ||
	    tt_html_has_class(n, "headline");
	/* (a box named a count of replies, Kinja's "146", Twitter's "33
	 * replies": the walk never enters a comment, so its words count the
	 * page's own answers, not one comment's) */
	int replies = tt_html_classid_has(n, "repl") && tt_html_classid_has(n, "count");
	/* (and a box named a count alone, its words saying what it counts:
	 * "<span class=count><em>6</em>条评论", Sina) */
	int rank = heading                                                            ? 1
	           : tt_html_classid_has(n, "comment") || comments_link(n) || replies ? 2
	           : own_anchor_count(n)                                                ? 2
	           : tt_html_has_class(n, "count")                                      ? 2
	                                                                              : 0;
	if (!rank && !tt_html_is(n, "h5"))
		return;
	if (h->stated >= 0 && h->stated_rank <= (rank ? rank : 1))
		return;
	/* (a number alone gives way only to words in a box named a count,
	 * not to another link, "88 Comentarios" linking the next article's
	 * comments (Ultima Hora), nor to a button's "Ещё 50 комментариев из
	 * 108", Dzen) */
	if (h->stated >= 0 && h->stated_rank > 2 &&
	    (comments_link(n) || !tt_html_classid_has(n, "count")))
		return;
	char *text = tt_html_text(n);
	long c = rank && strlen(text) < 120 ? count_in(text) : -1;
	if (c >= 0 && rank == 2 && comment_not_count(n, text))
		c = -1;
	int bare = 0; /* a number alone, no count word beside it */
	if (c < 0 && rank == 2)
		c = titled_count(n, text);
	if (c < 0 && rank == 2)
		bare = (c = named_count(n, text)) >= 0;
	if (bare && labelled_other(n))
		c = -1, bare = 0;
	/* An h5 states it after the word only ("<h5>Komentarze <small>Liczba
	 * komentarzy: 6</small></h5>"), not a date over a post ("17. Februar"). */
	if (!rank && tt_html_is(n, "h5") && strlen(text) < 120 && count_word_first(text))
		c = count_in(text), rank = 1;
	int answers = c >= 0 && answers_words(text);
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
	/* A number alone is weaker than one in words in a box named a count:
	 * a link's "1008" over the story beside the list's own
	 * "comments__more-count", "1007 комментариев" (Pikabu), counts what
	 * the site counts, not what the page offers to show. */
	if (c >= 0 && !(bare && (in_nav(n) || h->stated >= 0))) {
		h->stated = c;
		h->stated_rank = bare ? rank + 1 : rank;
		h->stated_teaser = teaser_box(n);
		h->stated_answers = answers ? n : NULL;
	}
}

/* A count of answers ("18 Answers", "12 odpowiedzi") counts a thread's
 * answers, not the comments on them nor those on the question: the page's
 * count of its comments only where every comment found is an answer, none
 * nested and none before the count (a comment on the question shown over
 * "3 Answers" is none of them). Else no count is stated. */
struct answers_walk {
	const tt_hnode *count;
	int past, before;
};

static int answers_enter(tt_hnode *n, void *u)
{
	struct answers_walk *w = u;
	if (w->past || w->before || n == w->count)
		return w->past = 1, 0;
	if (n->type == TT_HNODE_ELEMENT && ihx_info(n)->c)
		return w->before = 1, 0;
	return n->type == TT_HNODE_ELEMENT;
}

void ihx_answers_count(struct html *h, tt_hnode *top)
{
	if (!h->stated_answers || h->stated < 0)
		return;
	struct answers_walk w = {h->stated_answers, 0, 0};
	tt_html_walk(top, answers_enter, NULL, &w);
	for (const tt_comment *c = h->t->first; c && !w.before; c = c->next_sibling)
		w.before = c->first_child != NULL;
	if (w.before)
		h->stated = -1;
}


/* Whether text is a number and a word naming comments, nothing else ("6
 * comments", "12 Kommentare", "Kommentare: 12"): a count standing alone. */
static int count_alone(const char *text)
{
	size_t numbers = 0, letters = 0;
	for (const char *p = text; *p; p++)
		if (isdigit((unsigned char)*p))
			numbers += !isdigit((unsigned char)p[1]);
		else if (!isspace((unsigned char)*p) && !strchr(":()[]", *p))
			letters++;
	/* (one number: "17. Februar 2020 Kommentare" is a date over a post) */
	return numbers == 1 && letters <= 24 && count_in(text) >= 0;
}

/* The first child box of p showing words, short: the heading line of a
 * box that goes on with more ("<div><span>4个回答</span><a>#热议# …</a>
 * </div>", Baidu Zhidao's count beside a link to another question). */
static const tt_hnode *first_shown_child(const tt_hnode *p)
{
	for (const tt_hnode *c = p->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && ihx_info(c)->textlen && !ihx_hidden(c))
			return ihx_info(c)->textlen < 60 ? c : NULL;
	return NULL;
}

/* The text of the shown child of p, one of its first four, that states a
 * count of comments alone (count_alone), or NULL. Caller frees. */
static char *count_in_bar(const tt_hnode *p)
{
	unsigned shown = 0;
	for (const tt_hnode *c = p->children; c && shown < 4; c = c->next) {
		if (c->type != TT_HNODE_ELEMENT || !ihx_info(c)->textlen || ihx_hidden(c))
			continue;
		shown++;
		char *t = ihx_info(c)->textlen < 60 ? tt_html_text(c) : NULL;
		if (t && count_alone(t))
			return t;
		free(t);
	}
	return NULL;
}

/* The state of the walk for a count linked where the comments' box links. */
struct link_count {
	tt_hnode *box; /* the comments' box: the first comment's parent */
	const tt_hnode *self; /* the link weighed */
	long count;
	unsigned tried;
};

/* Another link than the one weighed to its address, the search's test. */
static int links_alike(const tt_hnode *n, const void *arg)
{
	const struct link_count *w = arg;
	const char *href = n != w->self && tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	return href && !strcmp(href, tt_html_attr(w->self, "href"));
}

/* A link stating a count of comments alone ("Comments (8)", in the
 * article's info line) that goes where a link of the comments' own box
 * goes (its heading "Reader comments", its "Read all comments"): the
 * comments' full page, this page's count however far from them it
 * stands; a teaser of another story links elsewhere. Eight such links
 * weighed at most, each one search of the box. */
static int link_count_enter(tt_hnode *n, void *u)
{
	struct link_count *w = u;
	if (w->count >= 0 || w->tried >= 8 || n->type != TT_HNODE_ELEMENT)
		return 0;
	const struct ninfo *i = ihx_info(n);
	if (!tt_html_is(n, "a") || !i || !i->textlen || i->textlen >= 60)
		return i && i->textlen;
	const char *href = tt_html_attr(n, "href");
	char *text = href && *href && *href != '#' ? tt_html_text(n) : NULL;
	if (text && count_alone(text)) {
		w->tried++;
		w->self = n;
		if (tt_html_find(w->box, links_alike, w))
			w->count = count_in(text);
	}
	free(text);
	return 0;
}

static void count_linked_like_comments(struct html *h, tt_hnode *first)
{
	struct link_count w = {first->parent, NULL, -1, 0};
	tt_hnode *top = first;
	while (top->parent)
		top = top->parent;
	if (!w.box)
		return;
	tt_html_walk(top, link_count_enter, NULL, &w);
	if (w.count >= 0) {
		h->stated = w.count;
		h->stated_rank = 2;
	}
}

/* A count the page states in a short box of its own right before the
 * comments' list (EDP24's "<p class=view-count>6 comments</p>" over the
 * list, "12 Kommentare" over the blocks), whatever the box is called: a
 * box beside the list, or beside a box around it, before it, showing a
 * number and a word naming comments alone. Read where no other count was. */
/* A count over the list followed by a mark and the time of its last
 * comment ("3 条回复 • 2023-01-06 21:54:17 +08:00", V2EX's): the count is
 * the words before the mark; text is cut there. */
static void count_before_time(char *text)
{
	static const char *const marks[] = {"\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "|"};
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
		char *at = strstr(text, marks[i]), *t = at ? at + strlen(marks[i]) : NULL;
		while (t && (*t == ' ' || !strncmp(t, "\xC2\xA0", 2))) /* (and no-break spaces) */
			t += *t == ' ' ? 1 : 2;
		if (t && ihx_looks_like_time(t)) {
			*at = '\0';
			return;
		}
	}
}

void ihx_count_before_comments(struct html *h)
{
	tt_hnode *first = h->rep.n ? h->rep.v[0].block : h->nroots ? h->roots[0] : NULL;
	if (h->stated >= 0 || !first || !h->t->ncomments)
		return;
	tt_hnode *a = first;
	for (int up = 0; a && up < 3 && h->stated < 0; up++, a = a->parent) {
		int seen = 0;
		for (tt_hnode *p = a->prev; p && seen < 2; p = p->prev) {
			if (p->type != TT_HNODE_ELEMENT || !ihx_info(p)->textlen || ihx_hidden(p))
				continue;
			seen++;
			const tt_hnode *q = ihx_info(p)->textlen < 60 ? p : first_shown_child(p);
			char *text = q ? tt_html_text(q) : NULL;
			if (text && !count_alone(text))
				count_before_time(text);
			/* (a title bar of boxes side by side, the count in its first:
			 * "<div class=tabbed><div>All Reader Comments (17)</div><div>
			 * Highly Rated</div>", the tab shown) */
			if (text && !count_alone(text) && q == p && (q = first_shown_child(p)) &&
			    q != p) {
				free(text);
				text = tt_html_text(q);
			}
			/* (or a bar of counts side by side, the comments' not
			 * first: "<a>361</a><a>48 Comments</a>", reactions then
			 * comments; the shown children of the box, four at most) */
			if (text && !count_alone(text) && q && q != p) {
				free(text);
				text = count_in_bar(p);
			}
			if (text && count_alone(text)) {
				h->stated = count_in(text);
				h->stated_rank = 2;
				h->stated_answers = answers_words(text) ? p : NULL;
			}
			free(text);
			if (h->stated >= 0)
				break;
		}
	}
	if (h->stated < 0)
		count_linked_like_comments(h, first);
}
