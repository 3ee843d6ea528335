/* html_repeat: comments found by the page's structure alone, where no markup names them.
 */
#ifndef THREADTAG_HTML_REPEAT_H
#define THREADTAG_HTML_REPEAT_H

#include <stddef.h>

#include "threadtag/html_dom.h"

/* One comment found: its outer element, the element of its name, its time
 * as shown and the siblings that hold its text (body to body_last; NULL
 * when it shows none). */
struct tt_repeat_block {
	tt_hnode *block, *name, *body, *body_last;
	char *time;         /* trimmed, no-break spaces made spaces; owned */
	char *named;        /* the name read in the time's line, between words every
	                     * block repeats (name is the line's box then); NULL:
	                     * the name's text. Owned */
	char *line;         /* while the run is read: the words of the time's line, */
	tt_hnode *line_box; /* and the time's box holding them */
	int placeholder;    /* a comment shown by its time alone: no name, no words */
};

/* The comments of a page, in document order (a reply after its parent,
 * inside whose block it sits), and the same blocks sorted by address for
 * tt_html_repeat_skip. */
struct tt_repeat_every;
struct tt_repeat {
	struct tt_repeat_block *v;
	size_t n;
	tt_hnode **sorted;
	char **same; /* short texts every block of the run shows: its buttons */
	size_t nsame;
	struct tt_repeat_every *every; /* the last text asked to be in every block */
};

/* Finds the longest run of sibling elements of one kind (one tag, the same
 * first and last child tags; classes are not compared) of which most blocks
 * hold a name-like short text, a time (tt_dates_is_time with
 * TT_DATES_SHORT) and other text not inside a link, and
 * the blocks of that kind nested in them (their replies). Fills out and
 * returns its count; 0 (out empty) when no run qualifies. Free with
 * tt_html_repeat_free. */
size_t tt_html_repeat_find(tt_hnode *top, struct tt_repeat *out);
/* As tt_html_repeat_find, for blocks that show no time at all (Disqus
 * written into a page without its times): a run of at least three sibling
 * blocks of one kind, four in five of them showing first a name-like short
 * text alone in its box (not a link to a page of the site), then words
 * outside links, and no time; flat. Fills out and returns its count. */
size_t tt_html_repeat_find_untimed(tt_hnode *top, struct tt_repeat *out);
/* A tt_html_skip_fn leaving out, within a block's text, the blocks found
 * (replies), buttons, forms, counters (digits only) and the labels every
 * block of the run shows ("Reply"); u is the struct tt_repeat. */
int tt_html_repeat_skip(const tt_hnode *n, void *u);
/* Text trimmed, each run of white space and no-break spaces made one
 * space; NULL when nothing is left. Caller frees. */
char *tt_html_squeeze(const char *s);
/* tt_html_squeeze of a text node's content (none: ""). */
char *tt_html_repeat_text(const tt_hnode *t);
/* 1 when text (trimmed) is a short time as the blocks of a run show one
 * ("4 д", "answered 6 years ago"). */
int tt_html_repeat_is_time(const char *text);
/* Whether text (a link's or a button's words, leading space allowed) opens
 * with an action's word ("Flag as Offensive", "Reply", "Melden", "Zgłoś"),
 * in the languages the importer reads: never a name. */
int tt_html_action_words(const char *text);
/* 1 when block, read alone, shows a comment of its own, as each block of a
 * run must: a name-like short text, a time after it and a text outside
 * links that is neither. */
int tt_html_repeat_holds_comment(tt_hnode *block);
/* Reads one block alone as a block of a run is read: its name, time and
 * text's siblings (out->time owned: free it). */
void tt_html_repeat_read(tt_hnode *block, struct tt_repeat_block *out);
/* 1 when every block of r, answers too, shows text (a whole leaf's) in a
 * leaf of its own: furniture the template repeats, no block's own. */
int tt_html_repeat_in_every_block(const struct tt_repeat *r, const char *text);
/* 1 when the date n shows (an element, or a text node) is the day its
 * writer joined, no time of the post: labelled so right before it
 * ("registered", "Joined:", "Registrado:", "Dabei seit") or in its own
 * text, or named so by its class or that of the box it is alone in. */
int tt_html_joined_date(const tt_hnode *n);
/* 1 when n's class names the date a member joined ("author-registered",
 * "reg-date", "profile-joined", "member-since"). */
int tt_html_joined_class(const tt_hnode *n);
void tt_html_repeat_free(struct tt_repeat *r);

#endif
