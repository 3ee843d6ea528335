/* import_html_roots: which elements are comments, by platform markup or comment box. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* ---- comments carried by marked-up blocks ------------------------------ */

/* Whether n's RDFa type names a comment: a word of its typeof that is
 * "Comment" or ends ":Comment" ("schema:Comment", SIOC's "sioct:Comment"
 * that Drupal writes), as microdata's itemtype does. */
static int rdfa_comment(const tt_hnode *n)
{
	for (const char *p = tt_html_attr(n, "typeof"); p && *p;) {
		p += strspn(p, " \t\r\n");
		size_t l = strcspn(p, " \t\r\n");
		if (l >= 7 && !strncmp(p + l - 7, "Comment", 7) && (l == 7 || p[l - 8] == ':'))
			return 1;
		p += l;
	}
	return 0;
}

int ihx_schema_comment(const tt_hnode *n)
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
int ihx_flarum_post(const tt_hnode *n)
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
int ihx_wpforo_post(const tt_hnode *n, const char *id)
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

/* A first class word naming a kind of post ("blockpost", FluxBB and
 * PunBB: div.blockpost#p123): the post's box, as phpBB's "post". */
static int post_kind_class(const tt_hnode *n)
{
	const char *c = tt_html_attr(n, "class");
	if (!c)
		return 0;
	c += strspn(c, " \t\n");
	size_t l = strcspn(c, " \t\n");
	return l > 4 && l <= 10 && !strncmp(c + l - 4, "post", 4) && isalpha((unsigned char)c[l - 5]);
}

/* A first class word naming the box a post's in a camel-cased name of
 * its own ("spTopicPostSection", Simple:Press; "forumPost"). */
static int camel_post_class(const tt_hnode *n)
{
	const char *c = tt_html_attr(n, "class");
	if (!c)
		return 0;
	c += strspn(c, " \t\n");
	size_t l = strcspn(c, " \t\n");
	for (size_t i = 1; i + 4 <= l; i++)
		if (!strncmp(c + i, "Post", 4) && islower((unsigned char)c[i - 1]))
			return 1;
	return 0;
}

/* A box numbered as phpBB's and MyBB's posts ("div.post#p123",
 * "div.post#post_123"), or numbered "postN" with a first class word of
 * its own that names it a post ("div.spTopicPostSection#post24027"; a
 * blog's "article#post-12" is no forum's). */
static int numbered_post_box(const tt_hnode *n)
{
	if (n->type != TT_HNODE_ELEMENT || !tt_html_is(n, "div"))
		return 0;
	const char *id = tt_html_attr(n, "id");
	if (id && !strncmp(id, "post", 4) && isdigit((unsigned char)id[4]) &&
	    strspn(id + 4, "0123456789") == strlen(id + 4) && camel_post_class(n))
		return 1;
	return id &&
	       ((id[0] == 'p' && isdigit((unsigned char)id[1])) ||
	        (!strncmp(id, "post_", 5) && isdigit((unsigned char)id[5]))) &&
	       (tt_html_has_class(n, "post") || post_kind_class(n));
}

/* ...with no other such box among its nearest siblings: a blog's article
 * (Dotclear's "div#p12.post"), not a post of a thread, which shows several
 * in a row. */
static int lone_post_box(const tt_hnode *n)
{
	int seen = 0;
	for (const tt_hnode *s = n->prev; s && seen < 4; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && ++seen && numbered_post_box(s))
			return 0;
	seen = 0;
	for (const tt_hnode *s = n->next; s && seen < 4; s = s->next)
		if (s->type == TT_HNODE_ELEMENT && ++seen && numbered_post_box(s))
			return 0;
	return 1;
}

/* A forum's post: XenForo, vBulletin, phpBB and SMF mark each one so. */
int ihx_forum_post(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	if (tt_html_has_class(n, "message--post") || tt_html_has_class(n, "postcontainer") ||
	    tt_html_has_class(n, "timeline-comment") || tt_html_has_class(n, "crawler-post"))
		return 1; /* ...and GitHub's issue timeline, Discourse's page for crawlers */
	if (smf_post(n) || ihx_flarum_post(n))
		return 1;
	/* Invision Community's article.cPost, Discuz!'s table.plhin#pid123,
	 * vBulletin 5's li.b-post, NodeBB's li[component=post]. */
	const char *component = tt_html_attr(n, "component");
	if ((tt_html_is(n, "article") && tt_html_has_class(n, "cPost")) ||
	    (tt_html_is(n, "table") && tt_html_has_class(n, "plhin")) ||
	    (tt_html_is(n, "li") && tt_html_has_class(n, "b-post")) ||
	    (component && !strcmp(component, "post")))
		return 1;
	if (ihx_wpforo_post(n, id) || kunena_message(n) || misago_post(n, id) || flarum_drawn_post(n) ||
	    asgaros_post(n, id) || discourse_drawn_post(n, id))
		return 1;
	/* FlaskBB: div.post-row#2802, numbered by the id alone. */
	if (tt_html_is(n, "div") && tt_html_has_class(n, "post-row") && id && *id &&
	    strspn(id, "0123456789") == strlen(id))
		return 1;
	/* phpBB: div.post#p123; MyBB: div.post#post_123. */
	return numbered_post_box(n) && !lone_post_box(n);
}


/* 1 when a class of n is a word for "comment" in another language followed
 * by suffix ("commentaire" with suffix "", "commentaire-text" with "-text"). */
int ihx_foreign_comment(const tt_hnode *n, const char *suffix)
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

/* An answer's box inside a comment ("div.comment-item ... div.reply-wrap >
 * div.reply-item", paopao-ce): a comment one level under the one it is in.
 * Outside a comment a "reply-item" is anything (a link, a form's row). */
static int reply_item(const tt_hnode *n)
{
	if (!tt_html_is(n, "div") || !tt_html_has_class(n, "reply-item"))
		return 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (ihx_is_root(a))
			return 1;
	return 0;
}

static int same_kind(const tt_hnode *a, const tt_hnode *b);
static int numbered_alike(const tt_hnode *a, const tt_hnode *b);

/* A box whose id names it a comment and numbers it ("a#livecomment_15745539",
 * WP SportoweFakty's live comments; "comment_5"), beside another of its
 * tag numbered alike: one comment of a list, whatever its tag and class.
 * (The pair keeps a lone "#comment-1" inside a comment's item, WordPress's
 * div inside li#li-comment-1, from counting twice.) It must show text. */
static int numbered_by_id(const tt_hnode *n, const char *id)
{
	size_t l = id ? strlen(id) : 0;
	/* (the word before the number is "comment": "comment-wrapper-63671",
	 * Drupal's box around a comment, is a wrapper; an empty anchor before
	 * each comment, Drupal's "<a id=comment-12>", is no comment) */
	while (l && isdigit((unsigned char)id[l - 1]))
		l--;
	if (!l || !id[l] || !ihx_info(n)->textlen)
		return 0;
	l -= id[l - 1] == '-' || id[l - 1] == '_';
	if (l < 7 || strncasecmp(id + l - 7, "comment", 7) != 0)
		return 0;
	const tt_hnode *next = n->next, *prev = n->prev;
	while (next && next->type != TT_HNODE_ELEMENT)
		next = next->next;
	while (prev && prev->type != TT_HNODE_ELEMENT)
		prev = prev->prev;
	return (next && !strcmp((const char *)next->name, (const char *)n->name) &&
	        numbered_alike(n, next)) ||
	       (prev && !strcmp((const char *)prev->name, (const char *)n->name) &&
	        numbered_alike(n, prev));
}

/* A box numbered as a comment inside a comment numbered alike and of its
 * tag ("div#atk-comment-102" in div#atk-comment-101's answers, Artalk): an
 * answer, though alone in its list. */
static int numbered_in_alike(const tt_hnode *n, const char *id)
{
	size_t l = id ? strlen(id) : 0;
	if (!l || !isdigit((unsigned char)id[l - 1]) || !strcasestr(id, "comment") ||
	    !ihx_info(n)->textlen)
		return 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (ihx_is_root(a))
			return !strcmp((const char *)a->name, (const char *)n->name) &&
			       numbered_alike(n, a);
	return 0;
}

/* A box numbered as a post ("div#post-12"). */
static int numbered_post(const tt_hnode *n)
{
	const char *id = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "id") : NULL;
	return id && !strncmp(id, "post-", 5) && id[5] &&
	       strspn(id + 5, "0123456789") == strlen(id + 5);
}

/* A thread box naming its depth with a prefix of its own, a numbered post
 * straight inside it ("div.dw-t.dw-depth-2 > div.dw-p#post-4", Talkyard):
 * a comment, save at depth 0, the topic's own box, which holds the whole
 * discussion. (A menu's items name their depth too, "sf-depth-1", and hold
 * no post.) */
static int depth_named(const tt_hnode *n)
{
	const tt_hnode *c = n->children;
	while (c && !numbered_post(c))
		c = c->next;
	if (!c)
		return 0;
	for (const char *p = tt_html_attr(n, "class"); p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		const char *d = memmem(p, l, "-depth-", 7);
		size_t k = d ? (size_t)(d + 7 - p) : 0, digits = d ? strspn(d + 7, "0123456789") : 0;
		if (d && d > p && digits && k + digits == l && !(digits == 1 && d[7] == '0'))
			return 1;
		p += l;
	}
	return 0;
}

/* A box of the kind of a depth-named thread box in a list item after that
 * box's own ("li > div.dw-t.s_T-Flat", Talkyard's notes after the
 * discussion, drawn without depth): a comment of that list too. */
static int flat_sibling(const tt_hnode *n)
{
	const tt_hnode *item = n->parent;
	if (!item || !tt_html_is(item, "li") || !tt_html_attr(n, "class"))
		return 0;
	int seen = 0;
	for (const tt_hnode *s = item->prev; s && seen < 4; s = s->prev) {
		if (s->type != TT_HNODE_ELEMENT || !tt_html_is(s, "li") || !++seen)
			continue;
		for (const tt_hnode *c = s->children; c; c = c->next)
			if (c->type == TT_HNODE_ELEMENT && ihx_is_root(c) && depth_named(c))
				return same_kind(c, n);
	}
	return 0;
}

/* Letters, then digits only: the letters' length, else 0 ("c12" 1). */
static size_t letters_then_number(const char *id)
{
	size_t l = id ? strspn(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-") : 0;
	return l && id[l] && strspn(id + l, "0123456789") == strlen(id + l) ? l : 0;
}

/* A definition list of comments, each a dt numbered by its id with the dd
 * after it ("dl > dt#c12 + dd", Dotclear: the dt "1. Le DATE par NAME",
 * the dd the words), another dt beside it numbered alike: the dt is the
 * comment's header, its dd its text (dt_text). */
static int numbered_dt(const tt_hnode *n)
{
	if (!tt_html_is(n, "dt"))
		return 0;
	const char *id = tt_html_attr(n, "id");
	size_t l = letters_then_number(id);
	const tt_hnode *dd = n->next;
	while (dd && dd->type != TT_HNODE_ELEMENT)
		dd = dd->next;
	if (!l || !tt_html_is(n, "dt") || !dd || !tt_html_is(dd, "dd"))
		return 0;
	for (const tt_hnode *s = dd->next; s; s = s->next)
		if (s->type == TT_HNODE_ELEMENT) {
			const char *sid = tt_html_attr(s, "id");
			return tt_html_is(s, "dt") && letters_then_number(sid) == l && !strncmp(sid, id, l);
		}
	for (const tt_hnode *s = n->prev; s; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && tt_html_is(s, "dt")) {
			const char *sid = tt_html_attr(s, "id");
			return letters_then_number(sid) == l && !strncmp(sid, id, l);
		}
	return 0;
}

static int holds_time(tt_hnode *n);

/* A list item inside a comment's item, its first class word the comment's
 * own with a camel-cased word after it ("li.commentResponse" in
 * "li.comment", WoltLab Suite), holding a time: an answer, as the
 * comment's kind goes on in its name. */
static int answer_named_after(const tt_hnode *n)
{
	const char *c = tt_html_is(n, "li") ? tt_html_attr(n, "class") : NULL;
	if (!c)
		return 0;
	c += strspn(c, " \t\n");
	size_t l = strcspn(c, " \t\n"), depth = 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT && depth < 12;
	     a = a->parent, depth++) {
		if (!ihx_is_root(a))
			continue;
		const char *r = tt_html_is(a, "li") ? tt_html_attr(a, "class") : NULL;
		if (!r)
			return 0;
		r += strspn(r, " \t\n");
		size_t rl = strcspn(r, " \t\n");
		return rl >= 4 && l > rl && !strncmp(c, r, rl) && isupper((unsigned char)c[rl]) &&
		       holds_time((tt_hnode *)n);
	}
	return 0;
}

/* A comment marked an answer by its class word alone, camel-cased or
 * joined ("div.childComment", CareerCup's, after its parent's
 * "div.comment"; "child-comment", "subComment"): a comment of its own,
 * one level under the comment before it (flat_parent). */
int ihx_answer_class(const tt_hnode *n)
{
	static const char *const words[] = {"childComment", "child-comment", "child_comment",
	                                    "subComment", "sub_comment"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (tt_html_has_class(n, words[i]))
			return 1;
	return 0;
}

/* A first class word of one capitalised word and "Comment"
 * ("GalleryComment", Imgur's; "BlogComment"): a component's name for one
 * comment, as "comment" is a theme's. Longer names ("PostCommentForm")
 * and the lower-cased ("addComment", a button's) are left. */
static int pascal_comment(const tt_hnode *n)
{
	const char *c = tt_html_attr(n, "class");
	if (!c)
		return 0;
	c += strspn(c, " \t\n");
	size_t l = strcspn(c, " \t\n"), i = 1;
	if (l < 9 || !isupper((unsigned char)c[0]) || strncmp(c + l - 7, "Comment", 7))
		return 0;
	while (i < l - 7 && islower((unsigned char)c[i]))
		i++;
	return i == l - 7 && i >= 3;
}

/* A box of a class word naming a list of comments ("comment__list",
 * "comment-list", "comments_list"). */
static int comment_list_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_class_word_with(n, "comment", "list");
}

/* A box named "comment" and given a word for its id, no number (a
 * section's name, not a comment's), that holds a list of comments a box or
 * two down (Kompas.com's div#komentar.comment: its heading,
 * div.comment__list, the link to all comments), is the comments' section,
 * not one comment: its items are. A comment's list of answers sits in a
 * comment numbered by its id, or with none. (Two levels looked at: a
 * thread's nested boxes are not each searched through.) */
static int holds_comment_list(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	if (!id || !*id || strpbrk(id, "0123456789"))
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next) {
		if (comment_list_box(c, NULL))
			return 1;
		for (const tt_hnode *d = c->type == TT_HNODE_ELEMENT ? c->children : NULL; d; d = d->next)
			if (comment_list_box(d, NULL))
				return 1;
	}
	return 0;
}

static int root_candidate(const tt_hnode *n)
{
	if (ihx_forum_post(n) || tt_html_is(n, "shreddit-comment"))
		return 1; /* new Reddit's comments are elements of their own */
	/* WordPress numbers every comment's box "comment-123", whatever the theme. */
	const char *id = tt_html_attr(n, "id");
	if (id && !strncmp(id, "comment-", 8) && isdigit((unsigned char)id[8]) &&
	    (tt_html_attr(n, "data-comment-id") || tt_html_is(n, "li")))
		return 1;
	/* A list of comments as a definition list (the Thesis theme): the dt is
	 * the comment's header, the dd after it its text (dt_text). */
	if ((tt_html_is(n, "dt") && tt_html_has_class(n, "comment")) || numbered_dt(n))
		return 1;
	/* Blogger's classic templates: dl#comments-block, a dt per comment (its
	 * author), the dd after it the text, another dd the time. */
	if (tt_html_is(n, "dt") && tt_html_has_class(n, "comment-author") && n->parent &&
	    tt_html_classid_has(n->parent, "comments-block"))
		return 1;
	/* A box named "comment" in the site's language with a numbered id of its
	 * own, whatever its tag ("twk-reaction.reactie#r_20281094", Tweakers'
	 * element of its own). */
	if (id && *id && isdigit((unsigned char)id[strlen(id) - 1]) && ihx_foreign_comment(n, ""))
		return 1;
	if (numbered_by_id(n, id) || numbered_in_alike(n, id))
		return 1;
	/* A table's row group marked a schema.org Comment (Nairaland's tbody:
	 * the heading row, then the words' row). */
	if (tt_html_is(n, "tbody") && ihx_schema_comment(n))
		return 1;
	if (!tt_html_is(n, "li") && !tt_html_is(n, "div") && !tt_html_is(n, "article") &&
	    !tt_html_is(n, "section") && !tt_html_is(n, "tr"))
		return 0;
	/* Kinja: article.reply#reply_1690284499, one reply of a discussion. */
	if (id && !strncmp(id, "reply_", 6) && isdigit((unsigned char)id[6]) &&
	    tt_html_has_class(n, "reply"))
		return 1;
	/* An item of a list numbered by the comment's id ("li.news-comment-list-content
	 * data-comment-id=30465425", Haber7). */
	/* An item whose words are all a link's is a button naming the comment
	 * it acts on ("li[data-comment-id] > a Reply", a theme's reply link
	 * under the comment's own box), not the comment. */
	const char *cid = tt_html_is(n, "li") ? tt_html_attr(n, "data-comment-id") : NULL;
	if (cid && *cid && strspn(cid, "0123456789") == strlen(cid) && !ihx_words_all_linked(n))
		return 1;
	if (homeland_reply(n, id) || qa_answer(n) || ant_comment(n) || reply_item(n) ||
	    depth_named(n) || flat_sibling(n) || answer_named_after(n))
		return 1;
	/* "comment-item" (Chefkoch and many themes): one comment of a list,
	 * "commentItem" in camel case too. */
	/* "Comment" as a component's name (new Reddit's 2019 pages) too. */
	if (ihx_schema_comment(n) || rdfa_comment(n) ||
	    (tt_html_has_class(n, "comment") && !holds_comment_list(n)) ||
	    tt_html_has_class(n, "Comment") || tt_html_has_class(n, "commentItem") ||
	    tt_html_has_class(n, "comment-item") || tt_html_has_class(n, "comment_item") ||
	    ihx_class_suffix(n, "_comment_item") || /* "article_comment_item" (Slate.fr) */
	    /* ...and prefixed by the comment system's own name ("ttp-comment-item") */
	    ihx_class_suffix(n, "-comment-item") ||
	    /* a card per comment, "c-comment-card" (der Freitag), "comment-card" */
	    tt_html_has_class(n, "comment-card") || ihx_class_suffix(n, "-comment-card") ||
	    ihx_answer_class(n) || pascal_comment(n) ||
	    (tt_html_is(n, "li") &&
	     (tt_html_has_class(n, "pingback") || tt_html_has_class(n, "trackback"))))
		return 1;
	/* Commento's card per comment. */
	if (tt_html_has_class(n, "commento-card"))
		return 1;
	/* ...and an item of a list named so in the site's language
	 * ("ul.commentaires > li.commentaire", Le Point). */
	if (tt_html_is(n, "li") && ihx_foreign_comment(n, ""))
		return 1;
	/* ...and the "comment-item" of a list so named ("div.kommentar-item",
	 * nnz-online's; "commentaire-item"). */
	if (ihx_foreign_comment(n, "-item") || ihx_foreign_comment(n, "_item"))
		return 1;
	/* An article a comment system names its comment's with a prefix of its
	 * own ("article.fyre-comment-article", Livefyre). */
	/* ...or a BEM element of a thread block ("article.tm-comment-thread__comment",
	 * Habr). */
	if (tt_html_is(n, "article") &&
	    (ihx_class_suffix(n, "-comment") || ihx_class_suffix(n, "-comment-article") ||
	     ihx_class_suffix(n, "__comment")))
		return 1;
	/* A box so named and numbered by the same prefix ("div.isso-comment#isso-12"). */
	if (tt_html_is(n, "div") && id && numbered_comment(n, id))
		return 1;
	/* An item of a comment list marked with a prefixed name of its own
	 * ("ul.xenforo-comments-list > li.xenforo-comment"). */
	if (tt_html_is(n, "li") && ihx_class_suffix(n, "-comment") && n->parent &&
	    tt_html_classid_has(n->parent, "comment"))
		return 1;
	/* An item of a plain list whose text box is named its comment with a
	 * word before it (Politico's forum: "li > div.submitted-comment"). A
	 * box holding a list is no text box but the comment section (Guancha's
	 * "li.left-main > div.gc-comment", the page's main column, holding the
	 * lists of comments). */
	if (tt_html_is(n, "li") && !tt_html_attr(n, "id"))
		for (const tt_hnode *c = n->children; c; c = c->next)
			if (c->type == TT_HNODE_ELEMENT && tt_html_is(c, "div") &&
			    ihx_class_suffix(c, "-comment") && !tt_html_has_class(c, "comment") &&
			    !tt_html_find_tag((tt_hnode *)c, "li"))
				return 1;
	return tt_html_is(n, "div") && tt_html_has_class(n, "answer") &&
	       (tt_html_attr(n, "data-answerid") || tt_html_attr(n, "id"));
}


/* A box inside a comment that a theme marks "comment" too: the item's direct
 * child, or its text box ("comment-content comment"). Replies are neither,
 * though a theme mark them "entry-content" too: a box in a list of replies
 * ("ul.children") is one. */
static int same_kind(const tt_hnode *a, const tt_hnode *b);

/* A box that is all a comment box holds, through wrappers of one child each
 * ("li.li-comment > div.div-comment > div.comment#comment-1", the Express
 * Tribune's theme): the same comment marked twice. An answer never is: its
 * parent holds the parent's own text beside it. A few wrappers at most: a
 * chain of nested boxes is walked once per box. */
static int sole_content(const tt_hnode *n)
{
	const tt_hnode *a = n;
	for (int up = 0; up < 4 && a->parent && a->parent->type == TT_HNODE_ELEMENT; up++, a = a->parent) {
		if (tt_html_sole_child(a->parent) != a)
			return 0;
		if (ihx_is_root(a->parent))
			return 1;
	}
	return 0;
}

static int inner_box(const tt_hnode *n)
{
	/* ...but a box of the item's own kind straight inside it is an answer
	 * (wpDiscuz 7 nests div.comment.wpd-comment so). */
	if (ihx_is_root(n->parent))
		return !same_kind(n, n->parent);
	if (sole_content(n))
		return 1;
	const char *c = tt_html_attr(n, "class");
	if (!c || !(strcasestr(c, "content") || strcasestr(c, "body") || strcasestr(c, "text")))
		return 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		if (ihx_is_root(a))
			return 1;
		if (ihx_replies_box(a))
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
	if (!tt_html_attr(n, "class") || ihx_info(n)->textlen > 200)
		return 0;
	int seen = 0;
	for (const tt_hnode *s = n->prev; s && seen < 4; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && ++seen && !strcmp(s->name, n->name))
			return ihx_is_root(s) && same_kind(s, n);
	return 0;
}

/* A box its header was moved into (ihx_adopt_headers): a comment. Elements
 * are numbered in the page's order, a box before what it holds; only a
 * header moved in comes before its box. */
static int adopted_header(const tt_hnode *n)
{
	const tt_hnode *c = n->children;
	while (c && c->type != TT_HNODE_ELEMENT)
		c = c->next;
	return c && ihx_info(c) < ihx_info(n);
}

/* A button of the article's toolbar named for the comments and showing
 * their number ("div.toolbar__item.comment" holding "13"): a count, no
 * comment. A comment's box holds its author and text in boxes of their
 * own; a leaf of digits alone is none. */
static int count_button(const tt_hnode *n)
{
	if (ihx_info(n)->textlen > 12)
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT)
			return 0;
	char *s = tt_html_text(n);
	size_t digits = 0, i = 0;
	for (; s[i]; i++)
		if (isdigit((unsigned char)s[i]))
			digits++;
		else if (!isspace((unsigned char)s[i]))
			break;
	int count = digits && !s[i];
	free(s);
	return count;
}

int ihx_roots_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    ihx_input_form(h, n))
		return 0;
	/* A theme that marks both the item and its inner box: the outer one counts.
	 * (New Reddit nests replies straight in their parent's element.) */
	int collapsed = 0;
	if ((root_candidate(n) && (tt_html_is(n, "shreddit-comment") || !inner_box(n)) && !count_button(n)) ||
	    adopted_header(n) || (collapsed = collapsed_comment(n))) {
		ihx_info(n)->root = collapsed ? 2 : 1;
		if (h->nroots == h->caproots) {
			h->caproots = h->caproots ? 2 * h->caproots : 64;
			h->roots = tt_xrealloc(h->roots, h->caproots * sizeof *h->roots);
		}
		h->roots[h->nroots++] = n;
	}
	return 1;
}

const char *ihx_forum_name(const struct html *h)
{
	if (!h->nroots || !ihx_forum_post(h->roots[0]))
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
	       : ihx_flarum_post(n) || flarum_drawn_post(n)   ? "Flarum discussion"
	       : tt_html_has_class(n, "plhin")            ? "Discuz! forum thread"
	       : tt_html_has_class(n, "post-wrap")        ? "wpForo forum thread"
	       : kunena_message(n)                        ? "Kunena forum topic"
	       : tt_html_has_class(n, "post-element")     ? "Asgaros forum topic"
	       : tt_html_has_class(n->parent, "posts-list") ? "Misago thread"
	       : tt_html_find_class(n, "post_author")     ? "MyBB forum thread"
	       : tt_html_has_class(n, "post-row")         ? "FlaskBB topic"
	       : tt_html_has_class(n, "blockpost")        ? "FluxBB forum thread"
	                                                  : "phpBB forum thread";
}

/* The thread's title on a forum page (the h1 is often the board's name). */
int ihx_topic_title(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *id = tt_html_attr(n, "id");
	return tt_html_has_class(n, "topic-title") || tt_html_has_class(n, "threadtitle") ||
	       tt_html_has_class(n, "p-title-value") || (id && !strcmp(id, "top_subject"));
}

int ihx_is_post_body(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_class(n, "s-prose") || tt_html_has_class(n, "post-text");
}

static int holds_time(tt_hnode *n);

/* The length of a short widget prefix ("wl-" of "wl-comment") when a class
 * word of n is PREFIX-comment, else 0. */
static size_t widget_prefix(const tt_hnode *n)
{
	const char *cls = tt_html_attr(n, "class");
	if (!cls || !strstr(cls, "-comment"))
		return 0;
	for (const char *p = cls; *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n");
		if (l >= 10 && l <= 13 && !strncmp(p + l - 8, "-comment", 8))
			return l - 7;
		p += l;
	}
	return 0;
}

/* ...or a widget's own box, where its box named PREFIX-comment is only the
 * editor (a textarea, no time) and the comments are in a box of the same
 * prefix beside it ("div[data-waline] > div.wl-comment + div.wl-cards",
 * Waline). */
static int editor_beside(const tt_hnode *n)
{
	for (tt_hnode *c = n->children; c; c = c->next) {
		size_t pl = c->type == TT_HNODE_ELEMENT ? widget_prefix(c) : 0;
		if (!pl || !tt_html_find_tag(c, "textarea") || holds_time(c))
			continue;
		const char *cls = tt_html_attr(c, "class");
		cls += strspn(cls, " \t\n");
		for (tt_hnode *d = c->next; d; d = d->next) {
			const char *dc = d->type == TT_HNODE_ELEMENT ? tt_html_attr(d, "class") : NULL;
			if (dc && (dc += strspn(dc, " \t\n")) && !strncmp(dc, cls, pl) && holds_time(d))
				return 1;
		}
		return 0;
	}
	return 0;
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
			return ihx_info(n)->textlen > 0;
	return editor_beside(n);
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

/* The length of class word w (of l bytes) without its stripe: the figure
 * or the "odd"/"even" a list ends its rows' class with to tint every other
 * row ("ac_comment1", "ac_comment2"; "row-odd", "row-even"). A figure is
 * a stripe's, 0 to 2, right after a letter: a region numbered apart
 * ("zone-1", "zone-2") is no stripe. */
static size_t unstriped_len(const char *w, size_t l)
{
	if (l > 4 && w[l - 1] >= '0' && w[l - 1] <= '2' && isalpha((unsigned char)w[l - 2]))
		return l - 1;
	if (l > 4 && !strncasecmp(w + l - 3, "odd", 3))
		return l - 3;
	if (l > 5 && !strncasecmp(w + l - 4, "even", 4))
		return l - 4;
	return l;
}

/* Sibling rows tinted in turn: first class words that differ only by
 * their stripes, the stem at least three letters long. */
static int striped_alike(const tt_hnode *a, const tt_hnode *b, const char *ca, size_t la,
                         const char *cb, size_t lb)
{
	if (a->parent != b->parent)
		return 0;
	size_t sa = unstriped_len(ca, la), sb = unstriped_len(cb, lb);
	return (sa < la || sb < lb) && sa == sb && sa >= 3 && !strncmp(ca, cb, sa);
}

/* One tag and one first class word: a state added to some of the blocks
 * ("xenforo-comment xenforo-read-more-target") leaves them of a kind, and
 * so does a class of their own where the ids number them alike (taz.de's
 * li.member and li.guest, bb_message_N), and a stripe of rows tinted in
 * turn among siblings (Dziennik.pl's li.ac_comment1 and li.ac_comment2). */
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
	return (la == lb && !strncmp(ca, cb, la)) || striped_alike(a, b, ca, la, cb, lb);
}

/* A box the page names a date or a time ("listDate", "wc-comment-date")
 * that holds one. */
static int dated_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *c = tt_html_attr(n, "class");
	if (ihx_bracketed_time(n))
		return 1;
	if (!c || !(strcasestr(c, "date") || strcasestr(c, "time")) || !ihx_info(n)->textlen)
		return 0;
	char *text = tt_html_first_line(n);
	int yes = ihx_looks_like_time(text);
	free(text);
	return yes;
}

static int holds_time(tt_hnode *n)
{
	if (tt_html_is(n, "script") || tt_html_is(n, "style") || tt_html_is(n, "template") ||
	    tt_html_is(n, "noscript") || !ihx_info(n)->textlen)
		return 0;
	if (tt_html_find_tag(n, "time"))
		return 1;
	char *text = tt_html_first_line(n);
	int yes = ihx_looks_like_time(text);
	free(text);
	/* The name first, then the time in a box of its own. */
	return yes || tt_html_find(n, dated_box, NULL);
}

void ihx_mark_root(struct html *h, tt_hnode *d)
{
	ihx_info(d)->root = 1;
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
	if (n->type != TT_HNODE_ELEMENT || ihx_input_form(k->h, n) || tt_html_is(n, "script"))
		return 0;
	if (same_kind(k->kind, n) && holds_time(n)) {
		ihx_mark_root(k->h, n);
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
	if (d->type == TT_HNODE_ELEMENT && same_kind(kind, d) && !holds_time(d) &&
	    ihx_deleted_block(d)) { /* a deleted answer keeps its place, no time shown */
		ihx_mark_root(h, d);
		return 1;
	}
	if (d->type != TT_HNODE_ELEMENT || !same_kind(kind, d) || !holds_time(d))
		return 0;
	ihx_mark_root(h, d);
	return 1 + nested_answers(h, kind, d);
}

/* Blocks of the block's kind, each with a time, deeper inside it, in a
 * box of its answers inside the box that holds its text (Twikoo's
 * div.tk-replies in div.tk-main, Waline's div.wl-quote in div.wl-card,
 * Valine's div.vquote in div.vh): its answers; a box with a form is
 * the answer's editor, not an answer. */
static size_t answers_in_box(struct html *h, const tt_hnode *kind, tt_hnode *box)
{
	size_t marked = 0;
	if (!tt_html_is(box, "div") && !tt_html_is(box, "section"))
		return 0;
	for (tt_hnode *d = box->children; d; d = d->next) {
		if (d->type != TT_HNODE_ELEMENT || ihx_input_form(h, d))
			continue;
		marked += same_kind(kind, d) ? nested_answer(h, kind, d) : answers_in_box(h, kind, d);
	}
	return marked;
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
		if (!(tt_html_is(l, "ul") || tt_html_is(l, "ol"))) {
			marked += answers_in_box(h, kind, l);
			continue;
		}
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
				ihx_mark_root(h, d);
				marked += 1 + nested_answers(h, c, d);
			} else if (ihx_replies_box(d)) {
				struct kind_state k = {h, c, 0};
				tt_html_walk(d, kind_enter, NULL, &k);
				marked += k.marked;
			}
		}
	}
	return marked;
}

/* The roots of a comment area in the page's order, and blocks of their
 * kind with a time in other lists of the area ("最热评论" and "最新评论",
 * the hottest comments and the newest, Sina: one list may hold a single
 * comment). */
struct lists_state {
	struct html *h;
	const tt_hnode *kind;
	tt_hnode **order;
	size_t n, fresh;
	unsigned in_root;
};

static int root_node(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return ihx_is_root(n);
}

/* A time below n outside the comments already found in it. */
static int time_beside_roots(tt_hnode *n)
{
	for (tt_hnode *c = n->children; c; c = c->next) {
		if (c->type == TT_HNODE_TEXT && c->content) {
			char *t = tt_html_repeat_text(c);
			int yes = t && ihx_looks_like_time(t);
			free(t);
			if (yes)
				return 1;
		}
		if (c->type != TT_HNODE_ELEMENT || ihx_is_root(c) || tt_html_is(c, "script"))
			continue;
		if (tt_html_find(c, root_node, NULL) ? time_beside_roots(c) : holds_time(c))
			return 1;
	}
	return 0;
}

/* A box around comments already found whose only times are theirs (a
 * thread's box holding them and a pager, "Jump to discussion page: 1 2
 * 3"; its first class word the comments' own, Newsvine's "vine-p") is
 * their list, never one more comment holding them all. */
static int list_of_roots(tt_hnode *n)
{
	return tt_html_find(n, root_node, NULL) && !time_beside_roots(n);
}

static int lists_enter(tt_hnode *n, void *u)
{
	struct lists_state *l = u;
	if (n->type != TT_HNODE_ELEMENT || ihx_input_form(l->h, n) || tt_html_is(n, "script"))
		return 0;
	int root = ihx_is_root(n);
	if (!root && !l->in_root && same_kind(l->kind, n) && holds_time(n) && !list_of_roots(n)) {
		ihx_mark_root(l->h, n);
		l->fresh++;
		root = 1;
	}
	if (root) {
		l->order = tt_xrealloc(l->order, (l->n + 1) * sizeof *l->order);
		l->order[l->n++] = n;
		l->in_root++;
	}
	return 1;
}

static void lists_leave(tt_hnode *n, void *u)
{
	struct lists_state *l = u;
	if (n->type == TT_HNODE_ELEMENT && ihx_is_root(n) && l->in_root)
		l->in_root--;
}

static void other_lists(struct html *h, tt_hnode *box, size_t first)
{
	tt_hnode *area = box->parent;
	while (area && area->type == TT_HNODE_ELEMENT && !comment_area(area, NULL))
		area = area->parent;
	if (!area || area->type != TT_HNODE_ELEMENT || first >= h->nroots)
		return;
	struct lists_state l = {h, h->roots[first], NULL, 0, 0, 0};
	tt_html_walk(area, lists_enter, lists_leave, &l);
	/* every root is the area's: put them in the page's order */
	if (l.fresh && l.n == h->nroots - first)
		memcpy(h->roots + first, l.order, l.n * sizeof *l.order);
	free(l.order);
}

int ihx_area_enter(tt_hnode *n, void *u)
{
	struct area_state *s = u;
	if (s->done || n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") ||
	    tt_html_is(n, "style") || ihx_input_form(s->h, n))
		return 0;
	s->inside += comment_area(n, NULL);
	/* The blocks' own box may have a name of its own ("wc-thread-wrapper")
	 * inside the comment area. */
	size_t first = s->h->nroots;
	if (s->inside && repeated_blocks(s->h, n)) {
		other_lists(s->h, n, first);
		s->done = 1;
		return 0;
	}
	return 1;
}

void ihx_area_leave(tt_hnode *n, void *u)
{
	struct area_state *s = u;
	if (n->type == TT_HNODE_ELEMENT)
		s->inside -= comment_area(n, NULL);
}

/* ---- answers written inside the comment they answer -------------------- */

/* Bytes of text an answer (with the answers inside it) holds at most: a
 * bigger box is only looked into, so that a deep nest of boxes around a
 * big region is not read once per box. */
#define ANSWER_MAX (64 * 1024)

struct answers_state {
	struct html *h;
	const unsigned char *above; /* per element: holds a comment */
	int timed;  /* the comment's own time read */
	int texted; /* and a text after it that is no time */
};

/* Past a comment's own time and a text after it, a box that shows a name,
 * a time after it and a text of its own is an answer, whatever its class
 * says and whatever box or list holds it: a comment's header shape
 * repeated inside the comment (Carnegie's div.comment-reply in the text's
 * box, LearnKu's list under the comment, a nested ul of li on Modepilot).
 * A quotation (blockquote) shows an earlier post, a form an answer not
 * written yet; a copy of the comment answered comes before the text. */
static int answers_enter(tt_hnode *n, void *u)
{
	struct answers_state *a = u;
	if (n->type == TT_HNODE_TEXT) {
		const char *c = n->content ? n->content : "";
		char *t = a->texted || !c[strspn(c, " \t\r\n")] ? NULL : tt_html_repeat_text(n);
		if (t && !a->timed)
			a->timed = tt_html_repeat_is_time(t);
		else if (t)
			a->texted = !tt_html_repeat_is_time(t);
		free(t);
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || tt_html_is(n, "script") ||
	    tt_html_is(n, "style") || tt_html_is(n, "form") || tt_html_is(n, "blockquote"))
		return 0;
	if (!a->texted) /* the comment's own header and text: no answer yet */
		return 1;
	if (ihx_hidden(n))
		return 0;
	if (!tt_html_is(n, "a") && !a->above[ihx_info(n) - a->h->info] &&
	    ihx_info(n)->textlen <= ANSWER_MAX && tt_html_repeat_holds_comment(n)) {
		ihx_mark_root(a->h, n);
		ihx_info(n)->root = 3; /* found by its shape */
		return 0;
	}
	return 1;
}

static int doc_order(const void *x, const void *y)
{
	const struct ninfo *a = ihx_info(*(tt_hnode *const *)x), *b = ihx_info(*(tt_hnode *const *)y);
	return a < b ? -1 : a > b;
}

/* Marks the answers held inside each comment (and theirs, as deep as they
 * go: an answer marked is read in its turn), then puts the comments back
 * in the page's order, a parent before its answers. */
void ihx_nested_answers(struct html *h)
{
	size_t before = h->nroots;
	/* the boxes holding a comment (a list of replies): no answer, only
	 * around one; marked once, each up to the comment around it */
	unsigned char *above = tt_xcalloc(h->ninfo + 1, 1);
	for (size_t i = 0; i < before; i++)
		for (tt_hnode *p = h->roots[i]->parent; ihx_info(p) && !ihx_is_root(p) &&
		                                        !above[ihx_info(p) - h->info];
		     p = p->parent)
			above[ihx_info(p) - h->info] = 1;
	for (size_t i = 0; i < h->nroots; i++) {
		struct answers_state a = {h, above, 0, 0};
		if (ihx_info(h->roots[i])->root != 2)
			tt_html_walk(h->roots[i], answers_enter, NULL, &a);
	}
	free(above);
	if (h->nroots > before)
		qsort(h->roots, h->nroots, sizeof *h->roots, doc_order);
}

/* ---- a comment's header written before the comment's box ---------------- */

/* Bytes of text a header box holds at most: more is a comment of its own. */
#define HEADER_MAX 600
/* Text nodes of a header box looked at for its time. */
#define HEADER_TEXTS 24

struct header_time_state {
	unsigned texts;
	int found;
};

static int header_time_enter(tt_hnode *n, void *u)
{
	struct header_time_state *s = u;
	if (s->found || s->texts >= HEADER_TEXTS)
		return 0;
	if (n->type == TT_HNODE_ELEMENT) {
		s->found = tt_html_is(n, "time");
		return !tt_html_is(n, "script") && !tt_html_is(n, "style");
	}
	char *t = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
	if (t) {
		s->texts++;
		s->found = tt_html_repeat_is_time(t);
	}
	free(t);
	return 0;
}

/* A box a comment's text or a comment is written in: no header holds one
 * (a comment before a pingback is no pingback's header). */
static int text_part(const tt_hnode *n, const void *arg)
{
	static const char *const tags[] = {"p",  "blockquote", "article", "section", "li",
	                                   "ul", "ol",         "pre",     "table",   "form"};
	(void)arg;
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	return 0;
}

/* The box right before n when it is n's header: n numbered by its id
 * ("comment12") and opening with no time of its own, the box before it of
 * another kind, short, showing a time and no comment numbered so. */
static tt_hnode *header_before(tt_hnode *n)
{
	const char *id = tt_html_attr(n, "id");
	size_t l = letters_then_number(id);
	tt_hnode *hd = l >= 3 && ihx_info(n)->textlen ? tt_html_prev_elem(n) : NULL;
	if (!hd || same_kind(hd, n) || !ihx_info(hd)->textlen || ihx_info(hd)->textlen > HEADER_MAX ||
	    ihx_is_root(hd) || tt_html_is(hd, "script") || tt_html_is(hd, "style"))
		return NULL;
	if (tt_html_find(hd, text_part, NULL))
		return NULL;
	struct header_time_state s = {0, 0};
	tt_html_walk(hd, header_time_enter, NULL, &s);
	if (!s.found)
		return NULL;
	char *first = tt_html_first_line(n);
	int own = first && tt_html_repeat_is_time(first);
	free(first);
	return own ? NULL : hd;
}

struct headed_state {
	tt_hnode **pairs; /* comment boxes with a header before them, each then its header */
	size_t n;
};

static int headed_enter(tt_hnode *n, void *u)
{
	struct headed_state *s = u;
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	tt_hnode *hd = header_before(n);
	if (hd) {
		s->pairs = tt_xrealloc(s->pairs, (2 * s->n + 2) * sizeof *s->pairs);
		s->pairs[2 * s->n] = n;
		s->pairs[2 * s->n++ + 1] = hd;
	}
	return 1;
}

/* Moves header box hd into box as its first child. */
static void adopt(tt_hnode *box, tt_hnode *hd)
{
	if (hd->prev)
		hd->prev->next = hd->next;
	else
		hd->parent->children = hd->next;
	if (hd->next)
		hd->next->prev = hd->prev;
	else
		hd->parent->last = hd->prev;
	hd->parent = box;
	hd->prev = NULL;
	hd->next = box->children;
	if (box->children)
		box->children->prev = hd;
	else
		box->last = hd;
	box->children = hd;
	ihx_info(box)->textlen += ihx_info(hd)->textlen;
	ihx_info(box)->linklen += ihx_info(hd)->linklen;
}

static int by_address(const void *x, const void *y)
{
	uintptr_t a = (uintptr_t) * (tt_hnode *const *)x, b = (uintptr_t) * (tt_hnode *const *)y;
	return a < b ? -1 : a > b;
}

/* Pair i's header of the first pair's kind and its box numbered alike. */
static int first_kind(tt_hnode **p, size_t i)
{
	return same_kind(p[2 * i + 1], p[1]) && numbered_alike(p[2 * i], p[0]);
}

/* Whether pair i (of the first's kind) is a comment: another such pair
 * beside it (parents: theirs, sorted), a list of them, or a comment's box
 * around it (box: per element, a pair's box), an answer. A pair alone in
 * a box that is no comment's is a post's parts (a forum post's date row
 * over its text box). */
static int listed_pair(struct html *h, tt_hnode **p, size_t i, tt_hnode **parents, size_t nparents,
                       const unsigned char *box)
{
	tt_hnode *mine = p[2 * i]->parent;
	tt_hnode **at = bsearch(&mine, parents, nparents, sizeof *parents, by_address);
	if (at && ((at > parents && at[-1] == mine) || (at + 1 < parents + nparents && at[1] == mine)))
		return 1;
	for (tt_hnode *a = mine; ihx_info(a); a = a->parent)
		if (box[ihx_info(a) - h->info])
			return 1;
	return 0;
}

/* A comment written as two boxes side by side, a header (the time, the
 * name, a title) and the box of its text numbered by its id ("div#1" then
 * "div#comment1", its answers' pairs nested in it), in a list of such
 * pairs: each header is moved into its box, and the comment is read as
 * one box holding its header, as most pages write it. Needs the text
 * lengths measured; the boxes' own are updated. */
void ihx_adopt_headers(struct html *h, tt_hnode *top)
{
	struct headed_state s = {NULL, 0};
	tt_html_walk(top, headed_enter, NULL, &s);
	if (s.n < 2) {
		free(s.pairs);
		return;
	}
	tt_hnode **p = s.pairs, **parents = tt_xcalloc(s.n, sizeof *parents);
	size_t nparents = 0;
	for (size_t i = 0; i < s.n; i++)
		if (first_kind(p, i))
			parents[nparents++] = p[2 * i]->parent;
	qsort(parents, nparents, sizeof *parents, by_address);
	unsigned char *box = tt_xcalloc(h->ninfo + 1, 1), *take = tt_xcalloc(s.n, 1);
	/* outer pairs first (the page's order): an answer's box is inside one */
	for (size_t i = 0; i < s.n; i++)
		if (first_kind(p, i) && listed_pair(h, p, i, parents, nparents, box)) {
			take[i] = 1;
			box[ihx_info(p[2 * i]) - h->info] = 1;
		}
	/* backwards: a header moved leaves the pairs before it as they were */
	for (size_t i = s.n; i-- > 0;)
		if (take[i])
			adopt(p[2 * i], p[2 * i + 1]);
	free(take);
	free(box);
	free(parents);
	free(s.pairs);
}

/* ---- a comment's text written before its header box ------------------- */

struct signed_state {
	unsigned texts;
	int timed, named; /* a time shown; a text beside it that is none */
};

static int signed_enter(tt_hnode *n, void *u)
{
	struct signed_state *s = u;
	if (s->texts >= HEADER_TEXTS)
		return 0;
	if (n->type == TT_HNODE_ELEMENT) {
		s->timed |= tt_html_is(n, "time");
		return !tt_html_is(n, "script") && !tt_html_is(n, "style");
	}
	char *t = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
	if (t && *t) {
		s->texts++;
		if (tt_html_repeat_is_time(t))
			s->timed = 1;
		else
			s->named = 1;
	}
	free(t);
	return 0;
}

static tt_hnode *next_elem_of(const tt_hnode *n)
{
	for (n = n->next; n && n->type != TT_HNODE_ELEMENT; n = n->next)
		;
	return (tt_hnode *)n;
}

/* The box right after t when it signs t's text: of another kind, short,
 * holding no text's box, showing a time and a name beside it, t showing
 * words and no time. */
static tt_hnode *signature_after(tt_hnode *t)
{
	tt_hnode *sg = next_elem_of(t);
	if (!sg || same_kind(sg, t) || !ihx_info(sg)->textlen || ihx_info(sg)->textlen > HEADER_MAX ||
	    tt_html_is(t, "script") || tt_html_is(t, "style") || tt_html_is(sg, "script") ||
	    tt_html_is(sg, "style") || tt_html_find(sg, text_part, NULL) || !ihx_has_words(t))
		return NULL;
	struct signed_state s = {0, 0, 0}, own = {0, 0, 0};
	tt_html_walk(sg, signed_enter, NULL, &s);
	if (!s.timed || !s.named)
		return NULL;
	tt_html_walk(t, signed_enter, NULL, &own);
	return own.timed ? NULL : sg;
}

/* Among box's children, each text box of the first such pair's kind
 * signed by the box after it (the time and the name in a column beside
 * the text, Fakt's "div.l" then "div.r"), every box of both kinds so
 * paired, two pairs at least: the signature is moved into its text's box
 * as its header. A run opening with a header over the text (header, text,
 * header, text) pairs no text with the header after it: its last text has
 * none, its first header no text before it. */
static void adopt_signatures(tt_hnode *box)
{
	tt_hnode *text = NULL, *sign = NULL;
	size_t pairs = 0, texts = 0, signs = 0;
	for (tt_hnode *c = box->children; c; c = c->next) {
		if (c->type != TT_HNODE_ELEMENT)
			continue;
		if (!text && (sign = signature_after(c)))
			text = c;
		if (text && same_kind(c, text)) {
			texts++;
			tt_hnode *sg = signature_after(c);
			pairs += sg && same_kind(sg, sign);
		} else if (text && same_kind(c, sign)) {
			signs++;
		}
	}
	if (pairs < 2 || pairs != texts || pairs != signs)
		return;
	for (tt_hnode *c = box->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && same_kind(c, text))
			adopt(c, next_elem_of(c));
}

static int signatures_enter(tt_hnode *n, void *u)
{
	(void)u;
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style"))
		return 0;
	adopt_signatures(n);
	return 1;
}

/* Comments written as a text box and, right after it, a box signing it
 * (the time, the name), side by side in a list of such pairs and never
 * wrapped together: each signature is moved into its text's box as its
 * header, so the comment reads as one box, as most pages write it. By
 * place, not by class names. */
void ihx_adopt_signatures(struct html *h, tt_hnode *top)
{
	(void)h;
	tt_html_walk(top, signatures_enter, NULL, NULL);
}

/* 1 when nothing beside n in its parent shows a word (white space and
 * empty boxes, "div.separator", aside). */
static int shown_alone(const tt_hnode *n)
{
	for (const tt_hnode *c = n->parent->children; c; c = c->next)
		if (c != n && (c->type == TT_HNODE_TEXT
		                   ? c->content && c->content[strspn(c->content, " \t\r\n")]
		                   : c->type == TT_HNODE_ELEMENT &&
		                         (ihx_info(c)->textlen > 200 || ihx_has_words(c))))
			return 0; /* (a long text is read no further: it has words) */
	return 1;
}

static int holds_time(tt_hnode *n);

/* Nothing but hd and n in their parent shows a word. */
static int only_pair(const tt_hnode *hd, const tt_hnode *n)
{
	for (const tt_hnode *c = n->parent->children; c; c = c->next)
		if (c != n && c != hd &&
		    (c->type == TT_HNODE_TEXT ? c->content && c->content[strspn(c->content, " \t\r\n")]
		                              : c->type == TT_HNODE_ELEMENT && ihx_has_words(c)))
			return 0;
	return 1;
}

/* The first comment set apart above the others (a question page's best
 * answer, "div#wgt-best > div > [the writer's card, div.answer]"), of the
 * next comment's kind, which holds its header itself: its header is the
 * box right before it, the two alone in a wrapper of their own. Only the
 * first comment, so another's header is never taken. */
static int set_apart(const struct html *h, const tt_hnode *root, const tt_hnode *hd)
{
	return h->nroots > 1 && root == h->roots[0] && hd->parent == root->parent &&
	       same_kind(root, h->roots[1]) && holds_time(h->roots[1]) && only_pair(hd, root);
}

/* The header of root, a comment found by its markup that shows no time:
 * the box right before a box that only wraps the comment (its text the
 * comment's, no other), up to three such boxes, when that box is short,
 * holds no text's box and shows a time (Glavred's "li > div > div.head +
 * div.body > div.holder > div.comment": the name, time and vote box over
 * the box the markup names the comment). */
static tt_hnode *wrapped_header(const struct html *h, tt_hnode *root, int *apart)
{
	tt_hnode *a = root, *hd = NULL;
	for (int up = 0; up < 4 && !hd && a->parent && !ihx_is_root(a->parent); up++) {
		hd = tt_html_prev_elem(a);
		/* (a box right before the comment's own box is another comment's
		 * part, Blogger's footer dd before the next dt: only a wrapper's,
		 * or the header of a comment set apart above the others) */
		if (hd && !up && !(*apart = set_apart(h, root, hd)))
			return NULL;
		if (!hd && !shown_alone(a))
			return NULL; /* the wrapper shows more than the comment */
		a = hd ? a : a->parent;
	}
	if (!hd || !ihx_info(hd)->textlen || ihx_info(hd)->textlen > HEADER_MAX ||
	    ihx_is_root(hd) || tt_html_is(hd, "script") || tt_html_is(hd, "style") ||
	    tt_html_find(hd, text_part, NULL))
		return NULL;
	/* (the times last: reading them costs most) */
	struct header_time_state s = {0, 0}, t = {0, 0};
	tt_html_walk(hd, header_time_enter, NULL, &t);
	if (!t.found)
		return NULL;
	tt_html_walk(root, header_time_enter, NULL, &s);
	return s.found ? NULL : hd;
}

/* Comments found by their markup whose header (name and time) the page
 * writes before a box wrapping them, not in them: each header is moved
 * into its comment, as ihx_adopt_headers moves a numbered box's, where
 * two comments or more are written so. By place, not by class names. */
void ihx_adopt_wrapped_headers(struct html *h)
{
	tt_hnode **hd = tt_xcalloc(h->nroots + 1, sizeof *hd);
	size_t found = 0;
	int apart = 0; /* the first comment's header, set apart, was found */
	for (size_t i = 0; i < h->nroots; i++) {
		int one = 0;
		found += (hd[i] = wrapped_header(h, h->roots[i], &one)) != NULL;
		apart |= one && hd[i];
	}
	for (size_t i = 0; (found >= 2 || apart) && i < h->nroots; i++) {
		tt_hnode *from = hd[i] ? hd[i]->parent : NULL;
		if (!hd[i])
			continue;
		adopt(h->roots[i], hd[i]);
		for (tt_hnode *a = h->roots[i]->parent; a && a != from; a = a->parent) {
			ihx_info(a)->textlen += ihx_info(hd[i])->textlen;
			ihx_info(a)->linklen += ihx_info(hd[i])->linklen;
		}
	}
	free(hd);
}

/* A box of a comment's shape alone in its list, before the page's list of
 * comments and showing no time: the article writer's card (LearnKu's
 * "ui comments" box holding only the author's avatar, name, reputation and
 * motto over the text), not a comment. A comment always shows when it was
 * written; a card never does, and a list of one set apart from the run of
 * comments holds no discussion. Needs two comments or more side by side
 * after it, so a page of one comment, or of comments each alone in a box,
 * keeps them. */
void ihx_drop_lone_card(struct html *h)
{
	if (h->nroots < 3 || h->rep.n || h->forum)
		return;
	tt_hnode *first = h->roots[0];
	for (const tt_hnode *c = first->parent ? first->parent->children : NULL; c; c = c->next)
		if (c != first && c->type == TT_HNODE_ELEMENT && ihx_is_root(c))
			return;
	/* (a time the markup does not name is a time still: "div.datum",
	 * "<div>06.11.2023, 13.47 Uhr</div>" after the name, as its shape shows) */
	if (h->roots[1]->parent != h->roots[2]->parent || ihx_inside(h->roots[1], first) ||
	    holds_time(first) || tt_html_repeat_holds_comment(first))
		return;
	ihx_info(first)->root = 0;
	memmove(h->roots, h->roots + 1, (--h->nroots) * sizeof *h->roots);
}

/* ---- posts around the comments found: a question page's answers -------- */

/* Ancestors of a comment looked at for the post that holds it. */
#define POST_UP 8

struct own_state {
	size_t words; /* bytes of text outside the comments and outside times */
	int timed;
};

/* Text of a box outside the comments found in it: its own time and words. */
static int own_enter(tt_hnode *n, void *u)
{
	struct own_state *o = u;
	if (n->type == TT_HNODE_ELEMENT)
		return !ihx_is_root(n) && !tt_html_is(n, "script") && !tt_html_is(n, "style") &&
		       !tt_html_is(n, "form") && !ihx_hidden(n);
	char *t = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
	if (t && tt_html_repeat_is_time(t))
		o->timed = 1;
	else if (t)
		o->words += strlen(t);
	free(t);
	return 0;
}

/* The page's parts: a post holds none (a column beside another does). */
static int page_part(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "h1") || tt_html_is(n, "nav") || tt_html_is(n, "aside") ||
	       tt_html_is(n, "main");
}

/* A post: a time and words of its own beside the comments it may hold. */
static int own_post(tt_hnode *n)
{
	struct own_state o = {0, 0};
	if (ihx_info(n)->textlen > ANSWER_MAX || tt_html_find(n, page_part, NULL))
		return 0;
	tt_html_walk(n, own_enter, NULL, &o);
	return o.timed && o.words >= 40;
}

/* The siblings of box's kind beside it that are posts, when at least two
 * are (box among them): marked as comments, and in those that hold none
 * yet, boxes of the kind of the comment inside box (a post's one comment:
 * markup that knows a comment by its pair alone). Returns how many. */
static size_t mark_posts(struct html *h, tt_hnode *box, const tt_hnode *comment)
{
	size_t posts = 0, marked = 0;
	/* (boxes of no class are of a kind with any other: a page's columns) */
	if (!tt_html_attr(box, "class") || ihx_input_form(h, box))
		return 0;
	for (tt_hnode *d = box->parent->children; d && posts < 2; d = d->next)
		posts += d->type == TT_HNODE_ELEMENT && same_kind(box, d) && own_post(d);
	if (posts < 2)
		return 0;
	for (tt_hnode *d = box->parent->children; d; d = d->next)
		if (d->type == TT_HNODE_ELEMENT && !ihx_is_root(d) && same_kind(box, d) &&
		    !ihx_input_form(h, d) && own_post(d)) {
			ihx_mark_root(h, d);
			ihx_info(d)->root = 3; /* found by its shape */
			marked++;
			if (!tt_html_find(d, root_node, NULL)) {
				struct kind_state k = {h, comment, 0};
				for (tt_hnode *c = d->children; c; c = c->next)
					tt_html_walk(c, kind_enter, NULL, &k);
			}
		}
	return marked;
}

/* Comments found by their markup inside boxes that repeat as siblings,
 * each box with a time and words of its own outside the comments (a
 * question page's answers, each with its list of comments: Sabai Discuss's
 * div.sabai-entity, and the answers beside them that hold no comment): the
 * boxes are comments too, at depth 0, the comments in them their answers.
 * The question's own box stands alone, so its comments stay at depth 0.
 * Each box's parent is looked at once. */
void ihx_posts_around_comments(struct html *h)
{
	size_t before = h->nroots, marked = 0;
	unsigned char *seen = tt_xcalloc(h->ninfo + 1, 1);
	for (size_t i = 0; i < before; i++) {
		tt_hnode *p = h->roots[i]->parent;
		if (!holds_time(h->roots[i]))
			continue; /* a "Comment" button marked so, no comment */
		for (int up = 0; up < POST_UP && ihx_info(p) && p->parent && ihx_info(p->parent) &&
		                 !ihx_is_root(p);
		     up++, p = p->parent) {
			unsigned char *s = &seen[ihx_info(p->parent) - h->info];
			if (*s)
				break;
			*s = 1;
			size_t m = mark_posts(h, p, h->roots[i]);
			if (m) {
				marked += m;
				break;
			}
		}
	}
	free(seen);
	if (marked)
		qsort(h->roots, h->nroots, sizeof *h->roots, doc_order);
}
