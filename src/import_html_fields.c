/* import_html_fields: a comment's author, time and text below its root; relative ages. */
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
#include "threadtag/textline.h"
#include "threadtag/import.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* Whether the full stop at t[i] closes no sentence: inside a word
 * ("john.doe", "2.0"), or after an initial or a title's short form, a
 * capital and at most two letters more ("Mr. Green Jeans", "J. Smith",
 * "Sammy Davis Jr."). */
static int name_stop(const char *t, size_t i)
{
	if (i && t[i - 1] != ' ' && t[i - 1] != '.' && t[i + 1] && t[i + 1] != ' ' &&
	    t[i + 1] != '.')
		return 1;
	size_t w = i;
	while (w && isalpha((unsigned char)t[w - 1]))
		w--;
	return i - w >= 1 && i - w <= 3 && isupper((unsigned char)t[w]) &&
	       (!w || t[w - 1] == ' ') && t[i + 1] != '.';
}

/* One short line of text, as names are: no sentence in it. */
static int short_name(const tt_hnode *n)
{
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	int yes = l > 0 && l <= 40 && !strpbrk(t, "!?:") && !strchr(t, '\n');
	for (size_t i = 0; yes && i < l; i++)
		yes = t[i] != '.' || name_stop(t, i);
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

/* A class word naming the author of one post by its number
 * ("post_author_1614148", Bangumi's floors): the post's writer's name. */
static int numbered_author(const char *cls)
{
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if (l > 12 && !strncasecmp(p, "post_author_", 12) && strspn(p + 12, "0123456789") == l - 12)
			return 1;
		p += l;
	}
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
	int yes = !ihx_looks_like_time(t);
	free(t);
	return yes;
}

/* A generated BEM class naming the name of a comment's header: BLOCK__name
 * and a hash of a build ("comment-header__name-16", Dzen), or BLOCK__nick
 * ("user__nick", Pikabu: a nickname is the name, whatever the block), the
 * block naming a comment, its author or its user; or the label of a block
 * naming the user alone ("messageUser__label", jeuxvideo.com: a user's
 * label is what shows who it is; a comment's label may be a button's). */
static int bem_name(const char *cls)
{
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		/* e: the "__" opening the element's word, n: that word's length */
		const char *e = memmem(p, l, "__name", 6);
		size_t n = 6;
		if (!e && (e = memmem(p, l, "__nick", 6)) != NULL)
			n = (size_t)(e + 6 - p) < l && !strncasecmp(e + 6, "name", 4) ? 10 : 6;
		int label = !e && (e = memmem(p, l, "__label", 7)) != NULL;
		if (label)
			n = 7;
		size_t block = e ? (size_t)(e - p) : 0, rest = e ? l - block - n : 0;
		if (e && (rest == 0 || (!label && e[n] == '-' && rest <= 7)) &&
		    ((!label && memmem(p, block, "comment", 7)) || tt_textline_contains_ci(p, block, "author") ||
		     tt_textline_contains_ci(p, block, "user")))
			return 1;
		p += l;
	}
	return 0;
}

static int reply_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	return href && (tt_html_has_class(n, "comment-reply-link") || strstr(href, "replytocom="));
}

/* WordPress's reply link, and a box whose only text is one (GigaOM's
 * "comment-author-avatar": the picture, then "Reply"), name no one. */
static int reply_link_only(const tt_hnode *n)
{
	const tt_hnode *a = tt_html_find((tt_hnode *)n, reply_link, NULL);
	if (!a)
		return 0;
	char *all = tt_html_text(n), *link = tt_html_text(a);
	int only = !strcmp(all, link);
	free(all);
	free(link);
	return only;
}

/* A box named the nickname with a word after it ("span.nickname-wrap",
 * paopao-ce: the name shown, the "@handle" in a box of its own after it). */
static int nickname_box(const char *cls)
{
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if (l > 9 && !strncasecmp(p, "nickname", 8) && (p[8] == '-' || p[8] == '_'))
			return 1;
		p += l;
	}
	return 0;
}

/* A link opening a heading that holds the comment's time ("<h4><a>NAME</a>
 * am <time>...</time>:</h4>", Serendipity's themes): the name, whatever
 * word joins it to the time. */
static int heading_name(const tt_hnode *n)
{
	const tt_hnode *hd = n->parent;
	if (!tt_html_is(n, "a") || !hd || hd->type != TT_HNODE_ELEMENT || strlen(hd->name) != 2 ||
	    hd->name[0] != 'h' || hd->name[1] < '2' || hd->name[1] > '6')
		return 0;
	const tt_hnode *c = hd->children;
	while (c && c->type == TT_HNODE_TEXT && c->content && !c->content[strspn(c->content, " \t\r\n")])
		c = c->next;
	if (c != n)
		return 0;
	for (c = n->next; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && tt_html_is(c, "time"))
			return 1;
	return 0;
}

/* A box named the nick, alone or after a widget's prefix ("wl-nick",
 * Waline; "atk-nick", Artalk; "tk-nick", Twikoo; "vnick", Valine): the
 * name Chinese comment widgets show, named so by each of them. */
static int nick_box(const char *cls)
{
	if (!cls || !strstr(cls, "nick"))
		return 0;
	for (const char *p = cls; *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if (l >= 4 && !strncasecmp(p + l - 4, "nick", 4) &&
		    (l == 4 || p[l - 5] == '-' || p[l - 5] == '_' || l == 5))
			return 1;
		p += l;
	}
	return 0;
}

/* A class word naming a comment's name, prefixed or camel-cased or not
 * ("cssShareBarCommentsListCommentName", bauemotion.de's; "comment-name",
 * "comment_name"): one pass over the class. */
static int comment_name(const char *cls)
{
	for (const char *p = cls; *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if (l >= 11 && !strncasecmp(p + l - 4, "name", 4)) {
			size_t k = l - 4 - (p[l - 5] == '-' || p[l - 5] == '_');
			if (k >= 7 && !strncasecmp(p + k - 7, "comment", 7))
				return 1;
		}
		p += l;
	}
	return 0;
}

static int author_rank(const tt_hnode *n)
{
	if (reply_link(n, NULL))
		return 0;
	const char *cls = tt_html_attr(n, "class");
	/* hReview's reviewer is the author, whatever else the header holds
	 * (SPIP's "En réponse à : <a class=fn>ARTICLE</a>"). */
	/* (RDFa's the same: FOAF's name of the account, Drupal's, and
	 * schema.org's author written as a property) */
	if (tt_html_has_token(n, "itemprop", "author") ||
	    tt_html_has_token(n, "itemprop", "creator") ||
	    tt_html_has_token(n, "property", "foaf:name") ||
	    tt_html_has_token(n, "property", "schema:author") ||
	    (tt_html_token_in(cls, "reviewer") && tt_html_classid_has(n->parent, "comment-meta")))
		return 1;
	static const char *const names[] = {"fn",          "comment-user", "username",
	                                    "hnuser",      "author-name",  "comment-author-name",
	                                    "commenter",   "user-name",    "comment__author",
	                                    "commentor-info", /* Politico's forum */
	                                    "profile-name", "nickname",
	                                    "userName" /* Tweakers' a.userName */};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (tt_html_token_in(cls, names[i]))
			return 2;
	/* Vanilla's a.Username, Commento's div.commento-name. */
	if (tt_html_token_in(cls, "Username") || tt_html_token_in(cls, "commento-name") ||
	    numbered_author(cls) ||
	    bem_name(cls) || nickname_box(cls) || nick_box(cls))
		return 2;
	const char *c = cls;
	/* ...and the camel-case names of a site's own markup ("CommentAuthorName"). */
	/* ...and a prefixed "comment-user" ("fig-comment-user", Le Figaro), and
	 * a prefixed "username" ("fyre-comment-username", Livefyre). */
	if (c && (strcasestr(c, "author-link") || strcasestr(c, "author-name") ||
	          strcasestr(c, "author_name") || ihx_class_suffix(n, "AuthorName") ||
	          ihx_class_suffix(n, "UserName") || /* "spPostUserName", Simple:Press */
	          comment_name(c) ||
	          ihx_class_suffix(n, "AuthorLink") || /* "ActivityHeader-module__AuthorLink" */
	          ihx_class_suffix(n, "-comment-user") || ihx_class_suffix(n, "-username")))
		return 2;
	/* A link named for whom a post is by ("a.dw-p-by", Talkyard). */
	if (tt_html_is(n, "a") && ihx_class_suffix(n, "-by"))
		return 3;
	/* ...and a span named the name in the comment's header ("<div
	 * class=header><span class=name>", Haber7) or its info line ("<div
	 * class=info><span class=name>NAME</span><span class=area>", Sina). */
	if (tt_html_is(n, "span") && tt_html_token_in(cls, "name") && n->parent &&
	    (tt_html_classid_has(n->parent, "header") ||
	     tt_html_token_in(tt_html_attr(n->parent, "class"), "info")))
		return 3;
	if (((c && strcasestr(c, "comment-author")) || tt_html_token_in(cls, "author") ||
	     tt_html_token_in(cls, "user") || tt_html_token_in(cls, "user-details") ||
	     author_suffix(cls)) &&
	    !reply_link_only(n))
		return 3;
	/* A link a comment system names its user by, under its own prefix
	 * ("a.sabai-user", "a.bbp-user"): the name, before a profile's link
	 * written in the text. */
	if (tt_html_is(n, "a") && ihx_class_suffix(n, "-user") && !reply_link_only(n))
		return 3;
	if (tt_html_is(n, "h4") && tt_html_has_class(n->parent, "poster"))
		return 2; /* SMF: the name atop the poster's box */
	if (tt_html_is(n, "h3") && n->parent && ihx_flarum_post(n->parent))
		return 2; /* Flarum: the name atop the post */
	if (tt_html_token_in(cls, "item-title") && tt_html_has_class(n->parent, "media-heading"))
		return 2; /* Misago: the name atop the poster's card */
	if (tt_html_token_in(cls, "profile-link") &&
	    tt_html_has_class(n->parent, "post-author-block-name"))
		return 2; /* Asgaros: the name, a @handle beside it */
	if (tt_html_is(n, "cite") || profile_link(n) || id_named_name(n) || heading_name(n))
		return 4;
	/* "<div class=metas><b>By Anna,</b> on 3 May": a bold name opening a meta
	 * line; or a link to the member's page opening it (Douban's "<div
	 * class=meta-header><a href=/people/166957560>yj</a><time>..."). */
	int link = page_link(n);
	/* (or a name in small print over the text, "<small>klon5</small><span>
	 * text</span>", WP SportoweFakty's live comments; not a date) */
	int small = tt_html_is(n, "small") && !link;
	if (!link && !tt_html_is(n, "b") && !tt_html_is(n, "strong") && !small)
		return 0;
	if (small) {
		char *t = tt_html_text(n);
		int when = ihx_looks_like_time(t);
		free(t);
		if (when)
			return 0;
	}
	/* Elements showing no text before it (a permalink's icon) do not count;
	 * words before it do (a bold word amid a sentence is no name). */
	const tt_hnode *p = n->parent, *e = p ? p->children : NULL;
	while (e && e != n &&
	       (e->type == TT_HNODE_TEXT ? !e->content || !e->content[strspn(e->content, " \t\r\n")]
	                                 : e->type != TT_HNODE_ELEMENT || !ihx_info(e)->textlen))
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
int ihx_bracketed_time(const tt_hnode *n)
{
	if (!ihx_info(n)->textlen || ihx_info(n)->textlen > 60 || ihx_info(n)->linklen)
		return 0;
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	/* the words inside the brackets: "(1 day ago)" is relative */
	int yes =
	    l > 2 && t[0] == '(' && t[l - 1] == ')' && (t[l - 1] = '\0', ihx_looks_like_time(t + 1));
	free(t);
	return yes;
}

/* A control ASP.NET names by its id, not its class ("lblCommentDate"),
 * showing a time. */
static int id_named_time(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	/* ...and Discuz!'s em#authorposton123 ("发表于 2024-3-3 10:15"). */
	if (!id ||
	    !(strcasestr(id, "date") || strcasestr(id, "time") || strcasestr(id, "poston")) ||
	    !ihx_info(n)->textlen || ihx_info(n)->textlen > 60)
		return 0;
	char *t = tt_html_text(n);
	int yes = ihx_looks_like_time(t);
	free(t);
	return yes;
}

/* A link to the comment itself ("#comment-296708", or a page of its own,
 * ".../comment/252284732") showing when it was written ("1 year", "May 3,
 * 2019", "5h"). */
int ihx_time_permalink(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *at = href ? strstr(href, "#comment-") : NULL;
	if (!at && href)
		at = strstr(href, "/comment/");
	if (!at || !isdigit((unsigned char)at[9]) || !ihx_info(n)->textlen || ihx_info(n)->textlen > 60)
		return 0;
	char *t = tt_html_text(n);
	int yes = tt_dates_is_time(t, TT_DATES_BARE);
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
	    !ihx_info(n)->textlen || ihx_info(n)->textlen > 40)
		return 0;
	char *t = tt_html_text(n);
	int yes = ihx_looks_like_time(t);
	free(t);
	return yes;
}

/* A box named a time that shows words and no digit nor age ("<span
 * class=timestamp>浙江省杭州市</span>", the place paopao-ce shows where the
 * time would be; Tweakers' karma card "li.labelCard.alltime", "LibreOffice",
 * before the reaction's a.date): no time. */
static int shows_no_time(const tt_hnode *n)
{
	if (!ihx_info(n)->textlen || ihx_info(n)->textlen > 60)
		return 0;
	char *t = tt_html_text(n);
	int no = t[0] && !strpbrk(t, "0123456789") && !ihx_looks_like_time(t);
	free(t);
	return no;
}

/* A date of the member's card saying when the member joined: named so by
 * its class or its box's ("<div class=author-registered>Joined: <time>",
 * FlaskBB), or labelled so before it ("10 posts | registered <time
 * class=reg-date>", Ars Technica's): no time of the post. */
static int joined_box(const tt_hnode *n)
{
	if (tt_html_joined_date(n))
		return 1;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		if (tt_html_joined_class(a))
			return 1;
		if (ihx_is_root(a))
			return 0;
	}
	return 0;
}

/* A time named by what it is rather than by how it looks: microdata's
 * other time properties (schema.org's commentTime of UserComments,
 * uploadDate), and the microformats' <abbr title="2014-12-27T10:12:48">,
 * whose title is the machine form of the time it shows. The box's class
 * may name it in any language ("data cadastro") or not at all. */
static int microdata_time(const tt_hnode *n)
{
	if (tt_html_has_token(n, "itemprop", "commentTime") ||
	    tt_html_has_token(n, "itemprop", "uploadDate"))
		return !tt_html_is(n, "meta");
	const char *t = tt_html_is(n, "abbr") ? tt_html_attr(n, "title") : NULL;
	char iso[32];
	return t && isdigit((unsigned char)t[0]) && strlen(t) < 32 &&
	       tt_datetime_parse(t, iso) == 0;
}

/* A link showing an age or a date, its title the full date ("<a
 * href=.../answers/267 title='October 30, 2008 5:28 pm'>16 years ago</a>",
 * "<a title='12.03.2015 15:28'>vor 9 Jahren</a>"): the post's permalink,
 * its time, whatever its class says. */
static int titled_time(const tt_hnode *n)
{
	const char *t = tt_html_is(n, "a") ? tt_html_attr(n, "title") : NULL;
	char iso[32];
	if (!t || strlen(t) > 60 || !ihx_info(n)->textlen || ihx_info(n)->textlen > 40 ||
	    tt_dates_parse(t, iso) != 0)
		return 0;
	char *s = tt_html_text((tt_hnode *)n);
	int yes = ihx_looks_like_time(s);
	free(s);
	return yes;
}

int ihx_time_rank(const tt_hnode *n)
{
	if (discuz_age(n))
		return 2;
	if (tt_html_is(n, "time") && joined_box(n))
		return 0;
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
	if (microdata_time(n))
		return 2;
	const char *c = cls;
	if (c && (strcasestr(c, "date") || strcasestr(c, "time") || strcasestr(c, "posted") ||
	          tt_html_token_in(cls, "age")))
		return shows_no_time(n) ? 0 : 3;
	/* A link whose id says it shows when the comment was created
	 * ("CommentTopMeta--Created--t1_c95cjs5"). */
	const char *id = tt_html_attr(n, "id");
	if (id && strcasestr(id, "created") && ihx_info(n)->textlen)
		return 3;
	if (tt_html_token_in(cls, "smalltext") && in_keyinfo(n))
		return 3; /* SMF: "« Reply #1 on: October 25, 2013, 12:12:00 pm »" */
	if (ihx_bracketed_time(n) || ihx_time_permalink(n) || id_named_time(n) || titled_time(n))
		return 3;
	/* A meta line holds the time, but often the name and links as well. */
	if (c && (strcasestr(c, "comment-meta") || strcasestr(c, "comment_meta") ||
	          strcasestr(c, "commentmetadata")))
		return 4;
	return 0;
}

/* A post's message box named so in short ("div.postmsg", FluxBB and
 * PunBB; "post-msg", "post_msg"): the words alone. */
static int post_msg_box(const char *cls)
{
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if ((l == 7 || l == 8) && !strncasecmp(p, "post", 4) && !strncasecmp(p + l - 3, "msg", 3))
			return 1;
		p += l;
	}
	return 0;
}

/* A class word opening with "cmt" ("comment" abbreviated) and ending in
 * "content", "text" or "body" after a separator. */
static int cmt_content(const char *cls)
{
	static const char *const ends[] = {"content", "text", "body"};
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		for (size_t i = 0; l > 4 && !strncasecmp(p, "cmt", 3) && i < 3; i++) {
			size_t e = strlen(ends[i]);
			if (l > e + 3 && !strncasecmp(p + l - e, ends[i], e) &&
			    (p[l - e - 1] == '_' || p[l - e - 1] == '-'))
				return 1;
		}
		p += l;
	}
	return 0;
}

/* 1: the exact text box (nothing but the words); 2: a text box; 3: a box
 * that also holds the header; 0: none. */
int ihx_body_rank(const tt_hnode *n)
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
	                                    /* "text" abbreviated (Guancha's) */
	                                    "comment-txt",
	                                    "comment_txt",
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
	                                    "commento-body",
	                                    "dw-p-bd" /* Talkyard's post body */};
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
	if (post_msg_box(cls))
		return 1;
	/* ...and a message named camel-cased after whose it is ("p.userMessage",
	 * WoltLab Suite; "postMessage") */
	if (ihx_class_suffix(n, "Message"))
		return 2;
	/* The text box of a comment named in the site's language
	 * ("commentaire-text"). */
	if (ihx_foreign_comment(n, "-text") || ihx_foreign_comment(n, "-content") ||
	    ihx_foreign_comment(n, "-body") || ihx_foreign_comment(n, "Content"))
		return 2; /* ...or camel-cased ("reactieContent", Tweakers) */
	/* A comment's message box, prefixed ("fig-comment-msg", Le Figaro),
	 * inside a content box that also holds the header. */
	if (ihx_class_suffix(n, "-comment-msg"))
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
	          ihx_class_suffix(n, "-message") ||
	          (tt_html_is(n, "div") && ihx_class_suffix(n, "-comment") && n->parent &&
	           tt_html_is(n->parent, "li")) ||
	          ihx_class_suffix(n, "CommentMessage") || ihx_class_suffix(n, "CommentText") ||
	          ihx_class_suffix(n, "CommentContent") || ihx_class_suffix(n, "CommentBody") ||
	          ihx_class_suffix(n, "PostContent") /* "spPostContent", Simple:Press */))
		return 2;
	/* (with an underscore too: HuffPost's "comment_body") */
	/* ...and a box named its text ("div.text", Isso, DataLife Engine;
	 * abbreviated, "div.txt", Sina's: a box, not a button's "span.txt"
	 * label). */
	if ((c && (strcasestr(c, "comment-body") || strcasestr(c, "comment_body"))) ||
	    tt_html_token_in(cls, "content") || tt_html_token_in(cls, "text") ||
	    (tt_html_token_in(cls, "txt") && !tt_html_is(n, "span")))
		return 3;
	/* "comment" abbreviated opening a content box's name ("cmt_sub_content",
	 * Bangumi's answer in a floor; "cmt-content", "cmt_text") */
	if (cmt_content(cls))
		return 2;
	/* A BEM element naming the message ("messageUser__msg", jeuxvideo.com):
	 * the words, the header its block's other elements. */
	if (ihx_class_suffix(n, "__msg") || ihx_class_suffix(n, "__message"))
		return 2;
	/* A BEM element of the comment's block ("c-comment-card__text"). */
	if (ihx_class_suffix(n, "__text") || ihx_class_suffix(n, "__body") || ihx_class_suffix(n, "__content"))
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
int ihx_class_suffix(const tt_hnode *n, const char *suffix)
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
int ihx_replies_box(const tt_hnode *n)
{
	const char *cls = tt_html_attr(n, "class");
	if (!cls)
		return 0;
	/* ...and a comment's "comment_children" box (HuffPost), as "children",
	 * "commento-children" (Commento), "tm-comment-thread__children" (Habr). */
	if (strcasestr(cls, "comment") &&
	    (ihx_class_suffix(n, "-sub") || ihx_class_suffix(n, "_children") ||
	     ihx_class_suffix(n, "-replies") || ihx_class_suffix(n, "-children")))
		return 1;
	return tt_html_token_in(cls, "children") || tt_html_token_in(cls, "comment-replies") ||
	       tt_html_token_in(cls, "indented") || tt_html_token_in(cls, "comments") ||
	       tt_html_token_in(cls, "comments-list") ||
	       tt_html_token_in(cls, "js-comments-list") || tt_html_token_in(cls, "replies");
}

int ihx_has_words(const tt_hnode *n)
{
	if (!ihx_info(n)->textlen)
		return 0;
	char *t = tt_html_text(n);
	int yes = t[0] != '\0';
	free(t);
	return yes;
}


/* 1 when the name author_text reads from box n is not empty. */
static int names_someone(struct html *h, tt_hnode *n, int rank)
{
	char *t = ihx_author_text(h, n, rank);
	int yes = t && t[0];
	free(t);
	return yes;
}


/* One word of four letters or more in brackets ("[vymazané]", "[gelöscht]"):
 * the mark a site writes in its own language where a deleted account's
 * name was. Bytes past ASCII count as letters. */
static int bracketed_word(const char *t)
{
	size_t n = strlen(t), letters = 0;
	if (n < 6 || t[0] != '[' || t[n - 1] != ']')
		return 0;
	for (size_t i = 1; i + 1 < n; i++)
		if ((unsigned char)t[i] < 0x80 && !isalpha((unsigned char)t[i]))
			return 0;
		else
			letters += ((unsigned char)t[i] & 0xC0) != 0x80;
	return letters >= 4;
}

/* A deleted account shown in the name's place, a mark alone in a span, an
 * em or a link ("<span>[deleted]</span>" where new Reddit links the
 * member's page, old Reddit's "<em>[deleted]</em>", in Slovak
 * "<em>[vymazané]</em>"), before the comment's time and text: the name as
 * the page shows it. */
static int deleted_name(const tt_hnode *n)
{
	if ((!tt_html_is(n, "span") && !tt_html_is(n, "a") && !tt_html_is(n, "em")) ||
	    ihx_info(n)->textlen > 24 || !ihx_info(n)->textlen)
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT)
			return 0;
	char *t = tt_html_text(n);
	int yes = t[0] == '[' && (ihx_deleted_text(t) || bracketed_word(t));
	free(t);
	return yes;
}

/* The name in a label for screen readers saying whose comment a box is
 * ("aria-label='Comment by Jason Rhinelander'", Substack): the page's own
 * words for the author, flags and all. */
const char *ihx_labelled_author(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "aria-label");
	return v && !strncmp(v, "Comment by ", 11) && v[11] && strlen(v) < 140 ? v + 11 : NULL;
}

/* A box named word after the prefix the comment's own box opens its first
 * class word with: "content" ("tk-comment" > "tk-content", Twikoo;
 * "wl-card-item" > "wl-content", Waline; "atk-comment-wrap" > "atk-content",
 * Artalk; "vcard" > "vcontent", Valine; "hashover-comment" >
 * "hashover-content", HashOver) a widget's own text box, nothing but the
 * words, whatever else its card holds (actions, the browser); "name"
 * ("hashover-name") its name. */
static int own_prefixed_box(const tt_hnode *root, const tt_hnode *n, const char *word)
{
	const char *cls = tt_html_attr(n, "class");
	if (!cls || !strstr(cls, word))
		return 0;
	const char *rc = tt_html_attr(root, "class");
	if (!rc)
		return 0;
	rc += strspn(rc, " \t\n");
	size_t wl = strlen(word);
	for (const char *p = cls; *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n"), k = l > wl ? l - wl : 0;
		if (k && !strncmp(p + k, word, wl) && !strncmp(p, rc, k) &&
		    ((k <= 12 && (p[k - 1] == '-' || p[k - 1] == '_')) ||
		     (k < 3 && isalpha((unsigned char)p[k - 1]))))
			return 1;
		p += l;
	}
	return 0;
}

/* A link to the post's own anchor ("viewtopic.php?pid=900#p900" in
 * div#p900, FluxBB's header) whose words are a time: the post's time, as a
 * permalink to a comment is (ihx_time_permalink). 3 if so. */
static int own_anchor_time(const tt_hnode *root, const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *hash = href ? strrchr(href, '#') : NULL;
	const char *id = hash ? tt_html_attr(root, "id") : NULL;
	if (!hash || !id || !*id || strcmp(hash + 1, id) != 0 || !ihx_info(n)->textlen ||
	    ihx_info(n)->textlen > 60)
		return 0;
	char *t = tt_html_text(n);
	int yes = tt_dates_is_time(t, TT_DATES_BARE);
	free(t);
	return yes ? 3 : 0;
}

/* An icon: an <i> or a box holding a drawing (svg) and no word, named by
 * what it stands for ("<i aria-label='message' class='anticon
 * anticon-message'><svg>", Ant Design's answer button): never the text's
 * box, whatever its class says. */
static int icon_box(const tt_hnode *n)
{
	return (tt_html_is(n, "i") || tt_html_find_tag((tt_hnode *)n, "svg")) && !ihx_has_words(n);
}

int ihx_fields_enter(tt_hnode *n, void *u)
{
	struct fields *f = u;
	/* Old Reddit keeps each comment's text in a form ("usertext"). */
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || ihx_replies_box(n) || n == f->copy ||
	    tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    (tt_html_is(n, "form") && !tt_html_has_class(n, "usertext")) || ihx_hidden(n))
		return 0;
	if (tt_html_has_class(n, "post-signature"))
		f->sig = n; /* Stack Exchange: the last signature is the post's owner */
	if (!f->label)
		f->label = ihx_labelled_author(n);
	int r = author_rank(n);
	if (!r && own_prefixed_box(f->root, n, "name"))
		r = 2;
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
	if (r && (!f->author || r < f->arank) && ihx_has_words(n) && names_someone(f->h, n, r)) {
		f->author = n, f->arank = r;
	}
	if (((r = ihx_time_rank(n)) || (r = own_anchor_time(f->root, n))) && (!f->time || r < f->trank)) {
		f->time = n, f->trank = r;
		return 1;
	}
	if ((r = own_prefixed_box(f->root, n, "content") ? 1 : ihx_body_rank(n)) &&
	    (!f->body || r < f->brank) && !icon_box(n)) {
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
	const tt_hnode *only = tt_html_sole_child(n);
	return only && (tt_html_is(only, "strong") || tt_html_is(only, "b"));
}

static int person_name(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_token(n, "itemprop", "name");
}

/* A link showing nothing that still stands for someone: an avatar's link to
 * the member's page. A permalink's icon ("<a href=viewtopic.php?p=9#p9>
 * <img alt=Post></a>" opening phpBB's "by NAME » TIME") links a post's
 * anchor, and stands for no one. */
static int shown_link(const tt_hnode *a)
{
	const char *href = tt_html_attr(a, "href"), *hash = href ? strchr(href, '#') : NULL;
	return href && !(hash && hash[1]);
}

char *ihx_author_text(struct html *h, tt_hnode *n, int rank)
{
	/* A schema.org author (a Person) opening with its stated name: what
	 * follows is something else ("techAPJ (Arpit Jalan)", Discourse's full
	 * name). A word before the name stays, as shown ("Herr <span
	 * itemprop=name>Steffen Ecks</span>", Handelsblatt). */
	tt_hnode *named = rank == 1 && tt_html_has_token(n, "itemprop", "author")
	                      ? tt_html_find(n, person_name, NULL)
	                      : NULL;
	/* A name given only as a <meta> (microdata's value of a meta is its
	 * content: NodeBB 4's "<meta itemprop=name content=GunChleoc>" in a
	 * header also showing an avatar's letter and a badge) is the name when
	 * the box shows it. */
	const char *meta = named && tt_html_is(named, "meta") ? tt_html_attr(named, "content") : NULL;
	if (meta && *meta && strlen(meta) <= 80) {
		/* (an author box of metas alone beside the shown name, "<span
		 * itemprop=author><meta ...></span> by <a class=user>NAME</a>",
		 * Nairaland's heading: the heading shows it) */
		const tt_hnode *box = !ihx_info(n)->textlen && n->parent ? n->parent : n;
		char *all = tt_html_text(box);
		int shown = strstr(all, meta) != NULL;
		free(all);
		if (shown)
			return tt_xstrdup(meta);
	}
	if (named && named != n && ihx_info(named)->textlen) {
		char *all = tt_html_first_line(n), *name = tt_html_first_line(named);
		int opens = name[0] && !strncmp(all, name, strlen(name));
		free(all);
		if (opens)
			return name;
		free(name);
	}
	/* A name box may hold a title above the name ("HUFFPOST SUPER USER"):
	 * the link to the member then names the member. */
	/* (So does a link opening the box: "<a>yanjun</a>回复<a>alimy</a>",
	 * paopao-ce's answer to an answer, is yanjun's.) */
	if (rank == 2 && tt_html_is(n, "div"))
		for (tt_hnode *c = n->children; c; c = c->next)
			if (tt_html_is(c, "a") && ihx_info(c)->textlen) {
				n = c;
				break;
			}
	/* (A link around the comment's <time> is its permalink, not the name:
	 * "Ammon · <a><time>March 11, 2017</time></a>", the Epoch plugin; an
	 * anchor showing nothing, "<a name=c123></a>", no address, before a name
	 * written loose, Blogger's classic dt.comment-author, names no one.) */
	if (rank >= 3)
		for (tt_hnode *c = n->children; c; c = c->next)
			if (tt_html_is(c, "strong") || tt_html_is(c, "b") ||
			    tt_html_is(c, "cite") ||
			    (tt_html_is(c, "a") && (ihx_info(c)->textlen || shown_link(c)) &&
			     !tt_html_find_tag(c, "time")) ||
			    coloured_name(c)) {
				n = c;
				break;
			}
	(void)h;
	char *name = tt_html_first_line(n);
	/* A verb closing the line with an ellipsis, Blogger's classic "NAME
	 * said...", in the blog's language ("Anonimowy pisze..."): no part of
	 * the name, whatever the word. */
	char *sp = rank >= 3 ? strrchr(name, ' ') : NULL;
	size_t l = sp ? strlen(sp) : 0;
	if (sp && sp > name && l > 4 &&
	    (!strcmp(sp + l - 3, "...") || !strcmp(sp + l - 3, "\xE2\x80\xA6")))
		*sp = '\0';
	return name;
}

/* The importer's question "is this a time?", asked in every family's file:
 * dates.c's reader of a comment header's time box. */
int ihx_looks_like_time(const char *s)
{
	return tt_dates_is_time(s, 0);
}

/* Text written loose in an author box beside the name ("Ben 19. Juni 2018 um
 * 15:28 Uhr Antworten"): the time, when it holds a digit. */
char *ihx_loose_time(const tt_hnode *box)
{
	char *t = ihx_loose_text_time(box);
	/* "<b>Anna</b> le 15 mai 2019": the time is beside the name, in its box. */
	return t || !box ? t : ihx_loose_text_time(box->parent);
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
	char *out = *s && ihx_looks_like_time(s) && e - s < 80 ? tt_xstrdup(s) : NULL;
	free(b.data);
	return out;
}

/* The time written loose in a box: the text after the name's element
 * ("von <b>lupa</b> am 26/05/14": "am 26/05/14"), else all of it. */
char *ihx_loose_text_time(const tt_hnode *box)
{
	const tt_hnode *after = NULL;
	for (const tt_hnode *c = box ? box->children : NULL; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && ihx_info(c)->textlen)
			after = c->next;
	char *t = after ? loose_text_from(after) : NULL;
	return t ? t : loose_text_from(box ? box->children : NULL);
}

/* "Posted by: Anna", "Autor: Anna", "Написал: Anna": a label of one to
 * three words ending in a colon, before a short name, is the template's and
 * no part of the name. Known by its shape, not its words, so that a
 * language's label not seen before goes too: names hold no ": " (a time's
 * "12:30" has no space after it, and no digit may be in the label); a
 * pingback's title ("Israel: Von Grabenkämpfen ... | Blog") is longer than
 * a name or holds a bar. */
void ihx_drop_label(char *s)
{
	const char *colon = strstr(s, ": ");
	if (!colon || colon == s || (size_t)(colon - s) > 32)
		return;
	size_t spaces = 0;
	for (const char *p = s; p < colon; p++) {
		if (isdigit((unsigned char)*p) || strchr(":|,.()[]", *p))
			return;
		spaces += *p == ' ';
	}
	const char *rest = colon + 2 + strspn(colon + 2, " \t");
	if (spaces <= 2 && *rest && strlen(rest) <= 40 && !strpbrk(rest, ":|"))
		memmove(s, rest, strlen(rest) + 1);
}

/* The mark a name's line ends with before the time written after it ("NAME
 * · <span>TIME</span>", Mumsnet's; "NAME • TIME", "NAME | TIME"): no part
 * of the name; cut, with the spaces before it. Names hold no such mark
 * standing alone at their end. */
void ihx_cut_end_mark(char *s)
{
	static const char *const marks[] = {"\xC2\xB7" /* · */, "\xE2\x80\xA2" /* • */, "|"};
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
		size_t m = strlen(marks[i]);
		if (n > m + 1 && isspace((unsigned char)s[n - m - 1]) &&
		    !memcmp(s + n - m, marks[i], m)) {
			n -= m;
			while (n && isspace((unsigned char)s[n - 1]))
				n--;
			s[n] = '\0';
			return;
		}
	}
}

/* "Anna says:", "Anna sagt:", "Anna said..." name Anna. */
/* s cut of white space and of invisible marks at its end: a zero-width
 * space after the name, left by a badge's icon in the name's box ("<a>NAME</a>
 * <a aria-label=BADGE><span>&#8203;<svg>"), is no letter of the name. */
static void trim_end(char *s, size_t *n)
{
	for (;;)
		if (*n && isspace((unsigned char)s[*n - 1]))
			s[--*n] = '\0';
		else if (*n >= 3 && tt_html_invisible(s + *n - 3))
			s[*n -= 3] = '\0';
		else
			return;
}

void ihx_clean_author(char *s)
{
	ihx_drop_label(s);
	static const char *const tails[] = {" says:",     " sagt:",  " said...", " said:", " dit :",
	                                    " schreibt:", " meint:", " says",    " sagt",  ":",
	                                    "\xEF\xBC\x9A" /* the full-width colon */};
	size_t n = strlen(s);
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
		size_t l = strlen(tails[i]);
		if (n > l && !strcasecmp(s + n - l, tails[i])) {
			n -= l;
			s[n] = '\0';
		}
	}
	trim_end(s, &n);
	if (n && s[n - 1] == ',')
		s[--n] = '\0';
	/* "Ammon ·": the separator a template writes before the time. */
	if (n > 3 && !strcmp(s + n - 3, " \xC2\xB7"))
		s[n -= 3] = '\0';
	/* "- Anonymous", "— Anna": a signature's dash before the name (the
	 * author written after the text); a dash with no space after it may be
	 * the name's own ("-Zed-"). */
	static const char *const dashes[] = {"-- ", "- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "};
	for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++) {
		size_t l = strlen(dashes[i]);
		if (n > l && !strncmp(s, dashes[i], l)) {
			l += strspn(s + l, " ");
			memmove(s, s + l, n - l + 1);
			n -= l;
			break;
		}
	}
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
const char *ihx_own_time_attr(const tt_hnode *n)
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
	return ihx_own_time_attr(n) != NULL;
}

const char *ihx_time_attr(tt_hnode *n)
{
	const char *v = ihx_own_time_attr(n);
	if (v)
		return v;
	tt_hnode *d = tt_html_find(n, has_time_attr, NULL);
	return d ? ihx_own_time_attr(d) : NULL;
}

const char *ihx_arena(struct html *h, const char *s)
{
	return s && *s ? tt_thread_strdup(h->t, s, (size_t)-1) : NULL;
}

/* An age counted back from the page's date, by dates.c's arithmetic. */
static int relative_to(const char *text, time_t saved, char iso[32])
{
	long count, secs;
	return tt_dates_age(text, &count, &secs) &&
	       tt_dates_count_back(count, secs, saved, iso) == 0;
}

/* A date between words no date reader knows ("於 2014/01/01 20:31 回覆", the
 * Chinese "on ... answered"): read from its first digit to its last. */
static int words_around_date(const char *s, const struct tt_dates_order *order, char iso[32])
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
	return ihx_looks_like_time(d) && !tt_datetime_is_relative(d) &&
	       (tt_datetime_parse(d, iso) == 0 || tt_dates_parse_order(d, order, iso) == 0);
}

static void add_pending(struct html *h, const char **time, const char *posted, int around)
{
	if (h->npending == h->cappending) {
		h->cappending = h->cappending ? 2 * h->cappending : 16;
		h->pending = tt_xrealloc(h->pending, h->cappending * sizeof *h->pending);
	}
	h->pending[h->npending++] = (struct pending_time){time, posted, around};
}

/* Past a badge in brackets that opens a time's text, left there by the
 * name before it ("NAME (gość), 16.01.12", "(guest) 3 May", "(гость),"):
 * one or two words without a digit, then the time; else text. */
static const char *past_badge(const char *text)
{
	const char *p = text + strspn(text, " \t\r\n");
	if (*p != '(')
		return text;
	size_t l = strcspn(p + 1, ")0123456789(");
	if (p[1 + l] != ')' || !l || l > 24 || memchr(p + 1, ' ', l) != memrchr(p + 1, ' ', l))
		return text;
	const char *rest = p + 2 + l;
	rest += strspn(rest, " ,\t\r\n");
	return isdigit((unsigned char)*rest) || (*rest && tt_dates_plausible(rest, strlen(rest))) ? rest : text;
}

/* The length of text without an edit note in brackets after the time
 * ("20. April 2020 20:43 (zuletzt bearbeitet: 20. April 2020 20:58)",
 * Inyoka's; "(last edited …)", "(modifié …)"): the time is the post's. */
static size_t before_edit_note(const char *text)
{
	static const char *const words[] = {"zuletzt bearbeitet",
	                                    "bearbeitet",
	                                    "last edited",
	                                    "edited",
	                                    "modifi\xC3\xA9",
	                                    "\xC3\xA9"
	                                    "dit\xC3\xA9",
	                                    "editado",
	                                    "modificato",
	                                    "bewerkt"};
	const char *open = strrchr(text, '('), *w = open ? open + 1 + strspn(open + 1, " ") : NULL;
	size_t n = strlen(text);
	while (n && isspace((unsigned char)text[n - 1]))
		n--;
	if (!open || open == text || !n || text[n - 1] != ')')
		return strlen(text);
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strncasecmp(w, words[i], strlen(words[i]))) {
			size_t k = (size_t)(open - text);
			while (k && isspace((unsigned char)text[k - 1]))
				k--;
			return k;
		}
	return strlen(text);
}

void ihx_set_time(struct html *h, const char **posted, const char **time, const char *text,
              const char *attr)
{
	char iso[32] = "";
	if (text)
		text = past_badge(text);
	size_t keep = text ? before_edit_note(text) : 0;
	if (text && keep && keep < strlen(text) && keep < 100) {
		char *cut = tt_xstrndup(text, keep);
		*posted = ihx_arena(h, cut);
		free(cut);
	} else if (text && *text && strlen(text) < 100)
		*posted = ihx_arena(h, text);
	else if (attr)
		*posted = ihx_arena(h, attr);
	/* the page's evidence, every shown time of it: "10/28/10" is month first */
	int ambiguous = *posted && tt_dates_order_see(&h->dates, *posted);
	if (*posted && tt_datetime_parse(*posted, iso) == 0) {
		*time = ihx_arena(h, iso);
	} else if ((iso_from_attr(attr, iso), iso[0])) {
		*time = ihx_arena(h, iso);
	} else if (*posted && tt_dates_parse(*posted, iso) == 0) {
		*time = ihx_arena(h, iso); /* "12. März 2019 um 14:03", "5 de mayo de 2018" */
		if (ambiguous)
			add_pending(h, time, *posted, 0);
	} else if (*posted && h->saved && relative_to(*posted, h->saved, iso)) {
		*time = ihx_arena(h, iso);
	} else if (*posted && words_around_date(*posted, NULL, iso)) {
		*time = ihx_arena(h, iso);
		if (ambiguous)
			add_pending(h, time, *posted, 1);
	}
}

void ihx_order_dates(struct html *h)
{
	for (size_t i = 0; i < 3; i++)
		if (h->lang[i][0] && tt_dates_order_language(&h->dates, h->lang[i]))
			break;
	for (size_t i = 0; i < h->npending; i++) {
		const struct pending_time *p = &h->pending[i];
		char iso[32];
		int ok = p->around ? words_around_date(p->posted, &h->dates, iso)
		                   : tt_dates_parse_order(p->posted, &h->dates, iso) == 0;
		if (ok && strcmp(iso, *p->time) != 0)
			*p->time = ihx_arena(h, iso);
	}
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
	if (!c || strncasecmp(c + strspn(c, " \t\n"), "reply", 5) != 0 || !ihx_info(n)->textlen ||
	    ihx_info(n)->textlen > 40 || !tt_html_find_tag((tt_hnode *)n, "a"))
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
int ihx_answer_box(const tt_hnode *n)
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

/* The last child of box n that holds a link, or NULL. */
static const tt_hnode *last_linking_child(const tt_hnode *n)
{
	const tt_hnode *sig = NULL;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && (tt_html_is(c, "a") || tt_html_find_tag((tt_hnode *)c, "a")))
			sig = c;
	return sig;
}

/* Whether box n comes after the comment's own text box body: body is one of
 * the (up to four) element siblings before it, or inside one. */
static int after_text_box(const tt_hnode *n, const tt_hnode *body)
{
	int k = 0;
	for (const tt_hnode *p = n->prev; p && k < 4; p = p->prev)
		if (p->type == TT_HNODE_ELEMENT && (k++, p == body || ihx_inside(body, p)))
			return 1;
	return 0;
}

/* An answer written inside the comment it answers, known by its shape and
 * not by a class word (ihx_answer_box's): a box after the comment's own text
 * box body, ending in a signature, the last child holding a link, the link
 * a short name and the words after it a time ("<a>Steven</a> 於 2014/01/01
 * 20:31 回覆", "<a>Anna</a> am 3.1.2014"), with words of its own before it.
 * A footer of the comment itself (a permalink whose text is the time)
 * holds no words before its signature. */
int ihx_signed_answer(const tt_hnode *n, const tt_hnode *body)
{
	if (!body || n->type != TT_HNODE_ELEMENT || n == body || ihx_inside(body, n) ||
	    !ihx_info(n) || !ihx_info(n)->textlen || ihx_is_root(n) || !after_text_box(n, body))
		return 0;
	const tt_hnode *sig = last_linking_child(n);
	if (!sig || ihx_info(sig)->textlen >= ihx_info(n)->textlen || ihx_info(sig)->textlen > 160)
		return 0;
	const tt_hnode *a = tt_html_is(sig, "a") ? sig : tt_html_find_tag((tt_hnode *)sig, "a");
	unsigned nl = a ? ihx_info(a)->textlen : 0;
	if (!nl || nl > 64 || nl >= ihx_info(sig)->textlen)
		return 0;
	char *when = ihx_loose_text_time(sig);
	free(when);
	return when != NULL;
}

/* What a comment's text leaves out: replies, forms and buttons always; the
 * header (name, time, avatar, votes) when the text box also holds it. */

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

/* Whether s, spaces around it passed over, is a short mark in brackets
 * alone, round, square, full-width or lenticular ("[广东网友]", "(Mod)",
 * "【版主】"): a badge or a place beside a name. */
static int bracket_mark(const char *s)
{
	static const char *const pairs[][2] = {{"(", ")"},
	                                       {"[", "]"},
	                                       {"\xEF\xBC\x88", "\xEF\xBC\x89"},  /* （） */
	                                       {"\xE3\x80\x90", "\xE3\x80\x91"}}; /* 【】 */
	s += strspn(s, " \t\r\n");
	size_t l = strlen(s);
	while (l && isspace((unsigned char)s[l - 1]))
		l--;
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		size_t o = strlen(pairs[i][0]), c = strlen(pairs[i][1]);
		if (l > o + c && l <= 48 && !strncmp(s, pairs[i][0], o) &&
		    !strncmp(s + l - c, pairs[i][1], c)) {
			const char *close = strstr(s + o, pairs[i][1]);
			return close == s + l - c;
		}
	}
	return 0;
}

static int rest_enter(tt_hnode *n, void *u)
{
	struct rest *r = u;
	/* (a button's words name an action: "Reply" beside "NAME • TIME") */
	if (r->word || n == r->f->author || n == r->f->time || tt_html_is(n, "button"))
		return 0;
	/* (a mark in brackets beside the name, "<a>NAME</a> <span>[广东网友]
	 * </span>", the writer's place or rank, is the header's) */
	if (n->type == TT_HNODE_TEXT && n->content && bracket_mark(n->content))
		return 0;
	if (n->type == TT_HNODE_TEXT && n->content) {
		uint32_t cp;
		for (size_t i = 0, len = strlen(n->content); i < len && !r->word;)
			i += tt_utf8_decode(n->content + i, len - i, &cp), r->word = word_char(cp);
	}
	return 1;
}

/* 1 when a paragraph of words in box n holds neither the author's nor the
 * time's box: the box holds the comment's text beside its header
 * (WordPress.com's theme whose author box opens with the text's <p>s and
 * closes with the "NAME — DATE" line). */
static int paragraph_beside_fields(const tt_hnode *n, const struct fields *f)
{
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (tt_html_is(c, "p") && ihx_info(c) && ihx_info(c)->textlen > 0 &&
		    !ihx_inside(f->author, c) && !(f->time && ihx_inside(f->time, c)))
			return 1;
	return 0;
}

/* 1 when n holds the author's or the time's box and nothing else but
 * separators: a header line ("NAME • 2 weeks ago") whose fields were taken,
 * not text of the comment. */
static int header_rest(const tt_hnode *n, const struct fields *f)
{
	if (n != f->body && f->author && tt_html_heading(n) && ihx_inside(f->author, n))
		return 1; /* "NAME wrote on DATE:" as the comment's heading */
	/* WordPress.com's "<span class=comment-author>NAME, on DATE said:": the
	 * author's box holding the time too, its words but connectives. */
	if (f->author && f->time && f->author != n && tt_html_has_class(n, "comment-author") &&
	    ihx_info(n) && ihx_info(n)->textlen < 300 && ihx_inside(f->author, n) && ihx_inside(f->time, n) &&
	    !(f->body && ihx_inside(f->body, n)) && !paragraph_beside_fields(n, f))
		return 1;
	if (n == f->body ||
	    !((f->author && ihx_inside(f->author, n)) || (f->time && ihx_inside(f->time, n))))
		return 0;
	struct rest r = {f, 0};
	tt_html_walk((tt_hnode *)n, rest_enter, NULL, &r);
	return !r.word;
}

static size_t count_words(const char *t);

/* header_line's walk: words outside the fields and the links, and whether
 * any lie outside the stretch between the two fields or in a block of
 * their own (a paragraph is text, not a header's joining words). */
struct line_words {
	const struct fields *f;
	const tt_hnode *line;
	size_t words, fields;
	int stray;
};

int ihx_inline_box(const tt_hnode *n)
{
	static const char *const tags[] = {"span", "em", "i", "b", "strong", "small", "font", "time",
	                                   "abbr", "bdi", "label"};
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	return 0;
}

static int line_words_enter(tt_hnode *n, void *u)
{
	struct line_words *w = u;
	if (n == w->f->author || n == w->f->time) {
		w->fields++;
		return 0;
	}
	if (n->type == TT_HNODE_TEXT && n->content) {
		size_t k = count_words(n->content);
		w->words += k;
		w->stray |= k && (w->fields != 1 || (n->parent != w->line && !ihx_inline_box(n->parent)));
		return 0;
	}
	return n->type == TT_HNODE_ELEMENT && !tt_html_is(n, "a") && !tt_html_is(n, "button") &&
	       !tt_html_is(n, "script") && !tt_html_is(n, "style");
}

/* The line holding both the name and the time, and beside them only a few
 * words joining them, written loose between the two, and links
 * ("NAME комментирует материал TIME #", "NAME отвечает <a>NAME2</a> на
 * <a>комментарий</a> TIME", "NAME replied to <a>the article</a> TIME"): a
 * header naming what the comment answers, not the comment's words. Not
 * the comment's box, nor one holding its text's box, nor a line with words
 * before or after the fields or in a paragraph (a comment written beside
 * its header in one box). */
static int header_line(const tt_hnode *n, const struct fields *f)
{
	if (!f->author || !f->time || n == f->root || n == f->body || n->type != TT_HNODE_ELEMENT ||
	    ihx_info(n)->textlen > 400 || (f->body && ihx_inside(f->body, n)) ||
	    !ihx_inside(f->author, n) || !ihx_inside(f->time, n))
		return 0;
	struct line_words w = {f, n, 0, 0, 0};
	tt_html_walk((tt_hnode *)n, line_words_enter, NULL, &w);
	return w.fields == 2 && w.words <= 6 && !w.stray;
}

/* An avatar drawn as the author's initials ("EM" in a round box of class
 * "image" or "avatar", taz.de): a picture, not words of the comment. */
static int initials_avatar(const tt_hnode *n)
{
	struct ninfo *i = ihx_info(n);
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

/* A box named the comment's title ("th.comment-title"): a link alone in it
 * is the title's words ("Dotaz", one word linking the comment itself, on
 * an overview table of comments by title), never an action. */
static int named_title(const tt_hnode *n)
{
	return tt_html_has_class(n, "title") || tt_html_has_class(n, "comment-title") ||
	       tt_html_has_class(n, "comment_title") || tt_html_has_class(n, "subject");
}

/* A link of one word to a comment's own address standing alone in its box
 * under the text ("<sup><a href=/comment/172/>reply</a></sup>", Agreper):
 * an action, not words of the comment. */
static int comment_action_link(const tt_hnode *n)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	if (!href || !strcasestr(href, "comment") || !n->parent || ihx_info(n)->textlen > 20 ||
	    ihx_info(n->parent)->textlen != ihx_info(n)->textlen || named_title(n->parent))
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
 * action a script runs, not words of the comment. A mention ("<a
 * class=hash-link>@henryspace</a>", paopao-ce) is words of it. */
static int script_action(const tt_hnode *n)
{
	if (!tt_html_is(n, "a") || tt_html_attr(n, "href") || tt_html_attr(n, "name") ||
	    tt_html_attr(n, "id") || ihx_info(n)->textlen > 12)
		return 0;
	char *t = tt_html_text(n);
	/* (words with a space between and no digit, "<a>The Reivers</a>", are a
	 * title a commenter wrote as a link without its address: words of the
	 * text; "回复 1", an answer button and its count, is not) */
	int mention = (t[0] == '@' && t[1]) || (strchr(t, ' ') && !strpbrk(t, "0123456789"));
	free(t);
	return !mention;
}


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
	const char *ft = n->type == TT_HNODE_ELEMENT && ihx_info(n)->textlen < 4000 && h->nposts
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
			      ihx_same_words(c->body.v[0], words);
		}
	}
	free(t);
	return yes;
}

/* A box named as a button ("reply") that holds the comment's text box, its
 * name or its time is the comment's own box (To Vima's: div.reply around
 * title, time, text and name), not the button. */
static int holds_text_box(const tt_hnode *n, const struct fields *f)
{
	return (f->body && f->body != n && ihx_inside(f->body, n)) ||
	       (f->author && ihx_inside(f->author, n)) || (f->time && ihx_inside(f->time, n));
}

/* Words in t: runs of characters between white space. */
static size_t count_words(const char *t)
{
	size_t w = 0;
	for (const char *p = t; *p; p++)
		w += !isspace((unsigned char)*p) && (p == t || isspace((unsigned char)p[-1]));
	return w;
}

/* A comment action's usual name, alone or opening its link's three words
 * at most ("Zgłoś do usunięcia", "Report abuse", "Flag as offensive": a
 * second signal beside the shape: a link to another page is an action
 * when it says so); the words are the ones a name is never taken from
 * (tt_html_action_words). */
static int action_word(const char *t)
{
	return count_words(t) <= 3 && tt_html_action_words(t);
}

/* An action: a button, or a link going nowhere (no address, "#", "#ajax",
 * script) or to an anchor of the page ("...,report,51137131#abuse51137131",
 * "...#thread50311478"), or elsewhere but named as an action ("Reply",
 * "Antworten"), that shows three short words at most ("Zgłoś do usunięcia",
 * "Podziel się", "Zaglosuj plus"). A writer's own links go to other pages
 * and say other things. */
static int action_link(const tt_hnode *n)
{
	int nowhere = 1;
	if (!tt_html_is(n, "button")) {
		if (!tt_html_is(n, "a"))
			return 0;
		const char *href = tt_html_attr(n, "href");
		nowhere = !href || strchr(href, '#') || !strncasecmp(href, "javascript:", 11);
	}
	if (ihx_info(n)->textlen > 200) /* bytes of the markup's spaces too */
		return 0;
	char *t = tt_html_text(n);
	size_t w = count_words(t), l = strlen(t);
	int yes = w <= 3 && l <= 30 && (nowhere || action_word(t));
	free(t);
	return yes;
}

/* action_row's count: actions, and words shown outside them. */
struct row_count {
	size_t actions, loose;
};

/* Words in t with a letter in them: a count ("0", "12") or a mark ("?",
 * "•", "|") is none. */
static size_t count_lettered(const char *t)
{
	size_t w = 0;
	int letter = 0;
	for (const char *p = t;; p++) {
		if (!*p || isspace((unsigned char)*p)) {
			w += letter;
			letter = 0;
			if (!*p)
				break;
		} else if (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80) {
			letter = 1;
		}
	}
	return w;
}

static int row_enter(tt_hnode *n, void *u)
{
	struct row_count *r = u;
	if (n->type == TT_HNODE_TEXT && n->content) {
		r->loose += count_lettered(n->content);
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	if (action_link(n)) {
		r->actions++;
		return 0;
	}
	return 1;
}

/* A row of actions: two links or buttons or more, and fewer words beside
 * them, four at most, counts and marks aside ("Ciekawe? 0 ... 0", a vote
 * bar's question and counts); not the header holding the comment's name or time, nor a box
 * holding the comment's words too ("hmm • 2 weeks ago / hopefully not!! /
 * Reply"). */
static int action_row(const struct fields *f, const tt_hnode *n)
{
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || ihx_info(n)->textlen > 1000 ||
	    tt_html_is(n, "a") || tt_html_is(n, "button") ||
	    (f->author && ihx_inside(f->author, n)) || (f->time && ihx_inside(f->time, n)))
		return 0;
	struct row_count r = {0, 0};
	tt_html_walk((tt_hnode *)n, row_enter, NULL, &r);
	return r.actions >= 2 && r.loose <= 4 && r.loose < r.actions;
}

/* Whether n shows any words (its text length counts the markup's spaces). */
static int shows_words(const tt_hnode *n)
{
	if (!ihx_info(n)->textlen)
		return 0;
	if (ihx_info(n)->textlen > 64)
		return 1;
	char *t = tt_html_text(n);
	int yes = t[0] != '\0';
	free(t);
	return yes;
}

static int rating_box(const struct fields *f, const tt_hnode *n);

/* No words of the comment's own beside n in the direction dir (1: after
 * it, -1: before it) up to top: only empty boxes, other rows of actions,
 * and the header's boxes holding the name or the time. */
static int at_edge(const struct fields *f, const tt_hnode *n, const tt_hnode *top, int dir)
{
	for (const tt_hnode *x = n; x && x != top; x = x->parent)
		for (const tt_hnode *s = dir > 0 ? x->next : x->prev; s;
		     s = dir > 0 ? s->next : s->prev) {
			if (s->type == TT_HNODE_TEXT) {
				if (s->content && s->content[strspn(s->content, " \t\r\n")])
					return 0;
				continue;
			}
			if (s->type != TT_HNODE_ELEMENT || !shows_words(s) || ihx_hidden(s) ||
			    tt_html_is(s, "script") || tt_html_is(s, "style") || ihx_is_root(s) ||
			    ihx_replies_box(s))
				continue;
			if ((f->author && ihx_inside(f->author, s)) ||
			    (f->time && ihx_inside(f->time, s)) || action_row(f, s) || rating_box(f, s))
				continue;
			return 0;
		}
	return 1;
}

/* A comment's text never opens or closes with the page's buttons: a row
 * of actions (report, link, share, reply, votes) before its first words
 * or after its last (Interia's header "Zgłoś do usunięcia Link Podziel
 * się" and its vote bar), in any language, read by shape; a row amid the
 * words is left to them. */
static int edge_actions(const struct fields *f, const tt_hnode *n)
{
	const tt_hnode *top = f->body ? f->body : f->root;
	return n != top && action_row(f, n) && (at_edge(f, n, top, -1) || at_edge(f, n, top, 1));
}

/* A rating shown in a box of its own ("<div class=rating><span>+ 3</span>
 * </div>", "- 1", "\xE2\x96\xB2 12 \xE2\x96\xBC", "\xF0\x9F\x91\x8D 4"): a short text of marks
 * of votes (signs, arrows, thumbs, stars) and one or two figures, a mark
 * at least, no letter. */
static int rating_text(const char *t)
{
	static const char *const marks[] = {
	    "+", "-", "\xE2\x88\x92" /* − */, "\xC2\xB1" /* ± */, "\xE2\x96\xB2" /* ▲ */,
	    "\xE2\x96\xBC" /* ▼ */, "\xE2\x86\x91" /* ↑ */, "\xE2\x86\x93" /* ↓ */,
	    "\xE2\x98\x85" /* ★ */, "\xF0\x9F\x91\x8D" /* thumbs up */,
	    "\xF0\x9F\x91\x8E" /* thumbs down */, "\xE2\x80\x93" /* – */};
	int mark = 0, figures = 0;
	while (*t) {
		size_t d = strspn(t, "0123456789");
		if (d) {
			figures++;
			t += d;
			continue;
		}
		if (isspace((unsigned char)*t)) {
			t++;
			continue;
		}
		if (!strncmp(t, "\xC2\xA0", 2)) {
			t += 2;
			continue;
		}
		size_t i = 0;
		while (i < sizeof marks / sizeof *marks && strncmp(t, marks[i], strlen(marks[i])))
			i++;
		if (i == sizeof marks / sizeof *marks)
			return 0;
		t += strlen(marks[i]);
		mark = 1;
	}
	return mark && figures >= 1 && figures <= 2;
}

/* A rating widget at one edge of a comment's text, its words on the other
 * side (Podrobnosti.ua's "+ 3" over the name, a score under the text): the
 * readers' votes, not the writer's words. A comment whose words are "+1"
 * alone keeps them (no words beside them). */
static int rating_box(const struct fields *f, const tt_hnode *n)
{
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || ihx_info(n)->textlen > 80 ||
	    (f->author && ihx_inside(f->author, n)) || (f->time && ihx_inside(f->time, n)))
		return 0;
	char *t = tt_html_text(n);
	int yes = rating_text(t);
	free(t);
	return yes;
}

static int edge_rating(const struct fields *f, const tt_hnode *n)
{
	const tt_hnode *top = f->body ? f->body : f->root;
	if (n == top || !rating_box(f, n))
		return 0;
	int before = at_edge(f, n, top, -1), after = at_edge(f, n, top, 1);
	return before != after;
}

static int is_icon(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "svg") || (tt_html_is(n, "i") && !ihx_has_words(n));
}

/* A row of icons with counts beside them and no word ("<span><i
 * class=icon-like><svg></i> 1</span> | <span><i class=icon-message>",
 * Ant Design's like and answer buttons under a comment on developers.pub)
 * at one edge of the text: the readers' buttons, not the writer's words.
 * Only figures, spaces and marks shown, an icon drawn in it. */
static int edge_icons(const struct fields *f, const tt_hnode *n)
{
	const tt_hnode *top = f->body ? f->body : f->root;
	if (n == top || n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen ||
	    ihx_info(n)->textlen > 80 || (f->author && ihx_inside(f->author, n)) ||
	    (f->time && ihx_inside(f->time, n)) || !tt_html_find((tt_hnode *)n, is_icon, NULL))
		return 0;
	char *t = tt_html_text(n);
	int letters = 0;
	for (const unsigned char *p = (const unsigned char *)t; *p && !letters; p++)
		if (p[0] == 0xC2 && p[1] >= 0xA0 && p[1] <= 0xBF)
			p++; /* Latin-1's marks: no-break space, "·" */
		else if (p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x81) && p[2])
			p += 2; /* dashes, bullets, spaces */
		else
			letters = isalpha(*p) || *p >= 0x80;
	free(t);
	return !letters && at_edge(f, n, top, -1) != at_edge(f, n, top, 1);
}

/* A box the markup names a signature (a class word "signature" or ending
 * in one: "signature", "message-signature", "post_signature"; abclinuxu.cz's
 * "div.signature" under each comment's text, phpBB's, vBulletin's, SMF's,
 * XenForo's) holding no field of the comment and a short text: the
 * writer's standing line printed under every comment, not this comment's
 * words. */
/* A badge opening the post: an icon and a word or two, titled with a
 * sentence that says what it means ("<span title='This answer has been
 * accepted.'><i></i> Good Answer</span>", "<span title='Diese Antwort
 * wurde akzeptiert.'>"): the post's state, no words of it. */
static int edge_badge(const struct fields *f, const tt_hnode *n)
{
	const tt_hnode *top = f->body ? f->body : f->root;
	const char *title = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "title") : NULL;
	if (!title || n == top || !ihx_info(n)->textlen || ihx_info(n)->textlen > 30 ||
	    strlen(title) <= ihx_info(n)->textlen || !strchr(title, ' ') ||
	    !tt_html_find((tt_hnode *)n, is_icon, NULL))
		return 0;
	return at_edge(f, n, top, -1);
}

static int signature_named(const tt_hnode *n, const struct fields *f)
{
	const char *c = tt_html_attr(n, "class");
	for (const char *p = c; p && *p;) {
		p += strspn(p, " \t\r\n");
		size_t l = strcspn(p, " \t\r\n");
		if (l >= 9 && !strncasecmp(p + l - 9, "signature", 9) &&
		    (l == 9 || p[l - 10] == '-' || p[l - 10] == '_'))
			return ihx_info(n)->textlen <= 400 && !holds_text_box(n, f);
		p += l;
	}
	return 0;
}

/* A row of buttons showing counts ("<div><a href=#>reply</a><a href=#>0</a>
 * <a href=#>0</a></div>", To Vima's votes for and against): a box of links
 * or buttons only, each showing one word, two or more of them a number
 * alone. Read as text it leaves "00" as the comment's last paragraph; it
 * is the readers' votes, not the writer's words. */
static int vote_row(const tt_hnode *n)
{
	int numbers = 0;
	for (const tt_hnode *c = n->children; c; c = c->next) {
		if (c->type == TT_HNODE_TEXT && !c->content[strspn(c->content, " \t\r\n")])
			continue;
		if (c->type != TT_HNODE_ELEMENT || !(tt_html_is(c, "a") || tt_html_is(c, "button")))
			return 0;
		char *t = tt_html_text(c);
		size_t l = strlen(t), d = strspn(t, "0123456789");
		int word = l && l <= 24 && !strpbrk(t, " \t\r\n");
		numbers += d && d == l && d <= 7;
		free(t);
		if (!word)
			return 0;
	}
	return numbers >= 2;
}

/* A vote widget drawn by the page's script: a short box holding a figure
 * and an empty element that runs a script when clicked (the arrow up or
 * down, "<div onclick=vote(1, 3468)></div><div>0</div><div>of 0 vote</div>",
 * CareerCup's): the readers' votes, whatever its words say. A writer's
 * words hold no empty scripted button. */
static int scripted_votes(const tt_hnode *n)
{
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n) || !ihx_info(n)->textlen ||
	    ihx_info(n)->textlen > 400 || ihx_is_root(n))
		return 0;
	int button = 0;
	for (const tt_hnode *c = n->children; c && !button; c = c->next)
		button = c->type == TT_HNODE_ELEMENT && tt_html_attr(c, "onclick") &&
		         !ihx_info(c)->textlen && !c->children;
	if (!button)
		return 0;
	char *t = tt_html_text(n);
	int figure = strlen(t) <= 40 && strpbrk(t, "0123456789") != NULL;
	free(t);
	return figure;
}

/* The child of parent that holds n (n itself), or NULL. */
static const tt_hnode *child_holding(const tt_hnode *parent, const tt_hnode *n)
{
	while (n && n->parent != parent)
		n = n->parent;
	return n;
}

enum { BETWEEN_MAX_SIBS = 8, BETWEEN_MAX_TEXT = 80 };

/* Whether n comes after from among its siblings, at most BETWEEN_MAX_SIBS
 * along. */
static int sibling_after(const tt_hnode *from, const tt_hnode *n)
{
	size_t k = 0;
	for (const tt_hnode *s = from->next; s && k < BETWEEN_MAX_SIBS; s = s->next, k++)
		if (s == n)
			return 1;
	return 0;
}

static int holds_root(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return ihx_is_root(n);
}

/* The words shown after n among its siblings, more than min of them; the
 * answers' boxes written there are theirs, not its comment's. */
static int more_after(const tt_hnode *n, size_t min)
{
	size_t len = 0;
	for (const tt_hnode *s = n->next; s && len <= min; s = s->next)
		if (s->type == TT_HNODE_TEXT && s->content)
			len += strlen(s->content) - strspn(s->content, " \t\r\n");
		else if (s->type == TT_HNODE_ELEMENT && ihx_info(s) && !ihx_replies_box(s) &&
		         !tt_html_find((tt_hnode *)s, holds_root, NULL))
			len += ihx_info(s)->textlen;
	return len > min;
}

/* Whether n shows words of its own (a text child with a letter), or is
 * or holds a paragraph: how a writer's words are written, never a
 * widget's, whose labels sit in boxes of their own. */
static int own_words(const tt_hnode *n)
{
	if (tt_html_is(n, "p") || tt_html_find_tag((tt_hnode *)n, "p"))
		return 1;
	for (const tt_hnode *c = n->children; c; c = c->next) {
		size_t len = c->type == TT_HNODE_TEXT && c->content ? strlen(c->content) : 0;
		uint32_t cp;
		for (size_t i = 0; i < len;) {
			i += tt_utf8_decode(c->content + i, len - i, &cp);
			if (word_char(cp)) /* (not a no-break space) */
				return 1;
		}
	}
	return 0;
}

/* A short box standing between the comment's time and its name, the
 * boxes of both beside it ("<span class=date>DATE</span><div
 * class=vote>0 nie oceniono</div><span class=nick>NAME</span>",
 * We-Dwoje.pl's vote bar amid the header), no words of its own but in
 * inner boxes: the header's, whatever it says, not the comment's words,
 * which come after both fields and are longer (a text written between a
 * name over it and a time under it, a short comment, is kept). */
static int between_fields(const tt_hnode *n, const struct fields *f)
{
	if (!f->author || !f->time || !n->parent || n->type != TT_HNODE_ELEMENT || !ihx_info(n) ||
	    n == f->body || !ihx_info(n)->textlen || ihx_info(n)->textlen > BETWEEN_MAX_TEXT ||
	    holds_text_box(n, f) || own_words(n))
		return 0;
	const tt_hnode *a = child_holding(n->parent, f->author),
	               *t = child_holding(n->parent, f->time);
	if (!a || !t || a == t || a == n || t == n)
		return 0;
	const tt_hnode *first = sibling_after(a, t) ? a : t, *last = first == a ? t : a;
	return sibling_after(first, last) && sibling_after(first, n) && sibling_after(n, last) &&
	       more_after(last, ihx_info(n)->textlen);
}

int ihx_skip_in_comment(const tt_hnode *n, void *u)
{
	const struct fields *f = u;
	static const char *const always[] = {
	    "reply",      "comment-reply-link", "bbCodeBlock-expandLink", "comment-likes",
	    "sharedaddy", "screen-reader-text", "js-expandLink",
	    "says", /* WordPress's "NAME <span class=says>says:</span>", in any language */
	    /* wpForo's signature and buttons, inside its text box */
	    "wpforo-post-signature", "wpf-post-button-actions"};
	static const char *const meta[] = {
	    "comment-meta",        "commentmetadata", "comment-author",   "vcard",
	    "comment-footer",      "comment-actions", "avatar",           "says",
	    "post-signature",      "post-menu",       "js-post-menu",     "comment-header",
	    "js-voting-container", "votecell",        "comment-score",    "comment-date",
	    "comment-user",        "report-abuse",    "comment-metadata", "comment-links"};
	if (ihx_is_root(n) || ihx_replies_box(n) || ihx_hidden(n) || tt_html_is(n, "form") ||
	    (has_any_class(n, always, sizeof always / sizeof *always) && !holds_text_box(n, f)) ||
	    button_like(n) ||
	    (ihx_answer_box(n) && n != f->body) || ihx_signed_answer(n, f->body) || initials_avatar(n) || mod_teaser(n) ||
	    comment_action_link(n) || script_action(n) || copy_of_answered(f->h, n) || vote_row(n) ||
	    scripted_votes(n) ||
	    signature_named(n, f))
		return 1;
	if (n == f->author || n == f->time || n == f->namebox || n == f->copy || n == f->clock ||
	    header_rest(n, f) || edge_actions(f, n) || edge_rating(f, n) || header_line(n, f) ||
	    edge_icons(f, n) || edge_badge(f, n) || between_fields(n, f))
		return 1;
	return f->brank > 2 && has_any_class(n, meta, sizeof meta / sizeof *meta);
}

/* Stack Exchange: the owner's signature (the last one; an editor's comes
 * first) holds the name and the time. */
void ihx_se_author_time(struct fields *f, char **author, char **when, const char **attr)
{
	tt_hnode *d = f->sig ? tt_html_find_class(f->sig, "user-details") : NULL;
	if (!d)
		return;
	tt_hnode *a = tt_html_find_tag(d, "a");
	free(*author);
	*author = tt_html_first_line(a ? a : d);
	tt_hnode *rt = tt_html_find_class(f->sig, "relativetime");
	if (rt) {
		*attr = ihx_own_time_attr(rt);
		free(*when);
		*when = tt_html_text(rt);
	}
}

int ihx_deleted_text(const char *s)
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

/* A box a reader takes for the name's when it opens a comment: a heading, a
 * bold, a link to a page of its own (not "#", not a script's action), or a
 * box whose class says whose it is (author, name, user, nick, from, member,
 * info: "div.comment-from", "span.comment-info"). */
static int head_name_box(const tt_hnode *n)
{
	static const char *const words[] = {"author", "name", "user", "nick", "from", "member",
	                                    "info"};
	const char *t = n->name, *href = tt_html_attr(n, "href");
	if ((t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2]) || tt_html_is(n, "b") ||
	    tt_html_is(n, "strong"))
		return 1;
	if (tt_html_is(n, "a"))
		return page_link(n) && strncasecmp(href, "javascript:", 11) != 0 &&
		       !reply_link(n, NULL) && !button_like(n);
	/* (a class word ending so: "field--name-comment-body" is a text box) */
	const char *cls = tt_html_attr(n, "class");
	for (const char *p = cls; p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
			size_t k = strlen(words[i]);
			if (l >= k && !strncasecmp(p + l - k, words[i], k))
				return 1;
		}
		p += l;
	}
	return 0;
}

/* The short text of a name: one line, no question, exclamation or colon
 * (a dot may be an initial's, "J. P."), no time, and a letter in it (a vote
 * count, "6765", is none) unless a link to a page shows it (the member
 * "12345"). */
static int head_name_text(const tt_hnode *n)
{
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	int letter = tt_html_is(n, "a");
	for (const unsigned char *p = (const unsigned char *)t; *p && !letter; p++)
		letter = isalpha(*p) || *p >= 0x80;
	int yes = l > 0 && l <= 40 && !strpbrk(t, "!?:\n") && letter && !ihx_looks_like_time(t) &&
	          !tt_html_action_words(t);
	free(t);
	return yes;
}

/* An image whose alt text is arg's words (a writer's picture). */
static int alt_is(const tt_hnode *n, const void *arg)
{
	const char *alt = tt_html_is(n, "img") ? tt_html_attr(n, "alt") : NULL;
	return alt && ihx_same_words(alt, (const char *)arg);
}

/* A long name with titles after it ("NAME, Thinking Partner, Alignment
 * Builder, Certified Executive Coach", a professional network's headline
 * in the name): too long for head_name_text, a name all the same where the
 * comment's picture of its writer says the same words in its alt text.
 * One line of 160 bytes at most, no time. */
static int pictured_name(const tt_hnode *root, const tt_hnode *n)
{
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	int yes = l > 40 && l <= 160 && !strchr(t, '\n') && !ihx_looks_like_time(t) &&
	          tt_html_find((tt_hnode *)root, alt_is, t) != NULL;
	free(t);
	return yes;
}

struct head_walk {
	struct fields *f;
	int done;
};

static int head_name_enter(tt_hnode *n, void *u)
{
	struct head_walk *w = u;
	struct fields *f = w->f;
	if (w->done || n->type != TT_HNODE_ELEMENT)
		return 0;
	if (n == f->body) {
		w->done = 1; /* the text begins: no header after it */
		return 0;
	}
	if ((n != f->root && ihx_is_root(n)) || ihx_replies_box(n) || n == f->copy ||
	    n == f->time || tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    tt_html_is(n, "form") || ihx_hidden(n) || !ihx_info(n)->textlen)
		return 0;
	if (n != f->root && head_name_box(n) && (head_name_text(n) || pictured_name(f->root, n))) {
		f->author = n, f->arank = 6;
		w->done = 1;
		return 0;
	}
	return 1; /* a header holding more than the name: look inside */
}

/* A comment whose time and text were found but no name: the name is the
 * short text at the head of its box, before the text, in a box a reader
 * takes for a name's (head_name_box), the first such (HubSpot's
 * "div.comment-from > h4", a link or loose; Douban's member link in
 * "span.comment-info", after the votes). Read by where it sits, not by a
 * platform's class, so that a header of a kind not seen before names its
 * writer too. */
void ihx_head_name(struct fields *f)
{
	if (f->author || f->label || !f->time || !f->body || f->body == f->root)
		return;
	struct head_walk w = {f, 0};
	tt_html_walk(f->root, head_name_enter, NULL, &w);
}

static int typed_quote(const char *line)
{
	return line[0] == '>' && line[1] && line[1] != ' ' && line[1] != '>' && line[1] != '\n';
}

void ihx_typed_quotes(struct html *h, tt_strv *body)
{
	for (size_t i = 0; i < body->n; i++) {
		const char *p = body->v[i];
		int any = 0;
		for (const char *l = p; l && !any; l = strchr(l, '\n'), l = l ? l + 1 : NULL)
			any = typed_quote(l);
		if (!any)
			continue;
		tt_buf b = {0};
		tt_buf_add(&b, NULL, 0);
		for (const char *l = p; l;) {
			const char *e = strchr(l, '\n');
			size_t n = e ? (size_t)(e - l) : strlen(l);
			if (typed_quote(l))
				tt_buf_printf(&b, "> %.*s", (int)(n - 1), l + 1);
			else
				tt_buf_add(&b, l, n);
			if (e)
				tt_buf_add(&b, "\n", 1);
			l = e ? e + 1 : NULL;
		}
		body->v[i] = tt_thread_strdup(h->t, b.data, b.len);
		tt_buf_free(&b);
	}
}
