/* import_html_impl: what the HTML importer's files share (one private header). */
#ifndef TT_IMPORT_HTML_IMPL_H
#define TT_IMPORT_HTML_IMPL_H

#include <stddef.h>
#include <time.h>

#include "threadtag/dates.h"
#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/thread.h"

/* What the importer knows about one element; node->user points here. */
struct ninfo {
	tt_comment *c;             /* the comment this element carries, when it is one */
	float score;               /* article score (paragraph text gathered below) */
	unsigned char root;        /* a comment's outermost element (2: shown collapsed,
	                            * 3: an answer found inside one by its shape) */
	unsigned char used;        /* read into the article */
	unsigned textlen, linklen; /* bytes of text below, and of that inside links */
};

/* The names elements of some boxes bear (an id, a link's name: "<a
 * name=post5726099>", what a link's address ends in, "#post5726099"),
 * sorted, each with its box's place among the boxes (ihx_anchors_build). */
struct ihx_anchor {
	const char *name;
	size_t box;
};
struct ihx_anchors {
	struct ihx_anchor *v;
	size_t n, cap;
	int built;
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
	int stated_teaser;  /* that count came from a box linking the comments */
	const tt_hnode *stated_answers; /* the box of a count of answers ("18 Answers") */
	long answer_count;  /* the page's Question's microdata answerCount + 1, or 0 */
	char *og_title, *doc_title, *h1, *site, *url, *section, *author, *published;
	char *generator, *ld_headline;
	int se;             /* a Stack Exchange question page */
	int h1_strong;      /* h1 is the post's own heading */
	int generic;        /* the comments are repeated blocks in a comment box */
	struct tt_repeat rep; /* or repeated blocks found by their shape alone */
	struct ihx_records *records; /* or records of a data region (html_records) */
	const char *forum;  /* the forum software, when the roots are forum posts */
	int later_page;     /* the page's title names a page of its thread past the first */
	tt_hnode *opening;  /* a thread's opening post among boxes named alike, read
	                     * as the article (thread_topic), or NULL */
	tt_comment **posts; /* forum posts so far, for replies by quotation */
	size_t nposts, capposts;
	unsigned bodytext; /* bytes of text in the body */
	struct ld *ld;     /* the page's JSON-LD blocks, parsed */
	size_t nld;
	int time_published;      /* published came from a <time>, not from metadata */
	size_t pagelen, ld_cost; /* the page's bytes; what its JSON-LD trees may cost */
	struct tt_dates_order dates; /* the order of the page's numeric dates */
	char lang[3][24]; /* <html lang>, og:locale, content-language, in that rank */
	tt_hnode **later; /* answers holding a copy of a comment listed after them,
	                   * each with its copy (pairs) */
	size_t nlater, caplater;
	struct pending_time *pending; /* times read before the order was known */
	size_t npending, cappending;
	int own_titles; /* comments' headings: 0 not known, 1 titles of their own, 2 not */
	char *rep_heading; /* a heading every repeated block shows, once found */
	int rep_quoted;    /* the run's texts are each a blockquote: 1, not: -1, unknown: 0 */
	struct ihx_anchors rep_anchors;  /* the repeated blocks' anchors, once asked */
	struct ihx_anchors root_anchors; /* the roots' anchors, once asked */
};

/* A time read from a numeric date either order could read ("11/2/10"):
 * read again once every shown time of the page has been seen. */
struct pending_time {
	const char **time;
	const char *posted;
	int around; /* read by its digits between words */
};

/* A <script type="application/ld+json"> block and the line it starts on. */
struct ld {
	tt_json_doc *doc;
	unsigned line;
};
/* The fields of one comment, found below its root and above nested replies. */
struct fields {
	struct html *h;
	tt_hnode *root;
	tt_hnode *author, *time, *body, *sig;
	tt_hnode *namebox; /* a header line whose loose text was the name */
	tt_hnode *copy;    /* a copy of the comment answered, held before the text */
	int copy_named;    /* ...that names the post it copies by number (named_copy) */
	const char *label; /* the name a "Comment by NAME" label gives */
	const tt_hnode *clock; /* the clock's box after the date's, joined to the time */
	int arank, trank, brank;
};
struct area_state {
	struct html *h;
	int done;
	unsigned inside; /* comment areas open around the walk */
};

/* import_html.c */
struct ninfo *ihx_info(const tt_hnode *n);
int ihx_is_root(const tt_hnode *n);
void ihx_keep(char **slot, const char *s);

/* import_html_count.c */
void ihx_consider_count(struct html *h, tt_hnode *n);
/* A count standing alone right before the comments' list, where no other was read. */
void ihx_count_before_comments(struct html *h);
void ihx_answers_count(struct html *h, tt_hnode *top);

/* import_html_article.c */
/* The language <html lang> names, the first of the page's three (struct html's lang). */
void ihx_html_lang(struct html *h, tt_hnode *top);
int ihx_hidden(const tt_hnode *n);
int ihx_input_form(const struct html *h, const tt_hnode *n);
int ihx_furniture(const struct html *h, const tt_hnode *n);
time_t ihx_saved_comment(tt_hdoc *doc);
int ihx_meta_enter(tt_hnode *n, void *u);
const char *ihx_choose_title(struct html *h, char **owned);
int ihx_measure_enter(tt_hnode *n, void *u);
void ihx_measure_leave(tt_hnode *n, void *u);
void ihx_article_from(struct html *h, tt_hnode *n);
void ihx_read_article(struct html *h, tt_hnode *top);
void ihx_reddit_post(struct html *h, tt_hnode *post);
int ihx_old_reddit_post(const tt_hnode *n, const void *arg);
void ihx_read_old_reddit_post(struct html *h, tt_hnode *post);

/* import_html_roots.c */
int ihx_schema_comment(const tt_hnode *n);
int ihx_flarum_post(const tt_hnode *n);
int ihx_wpforo_post(const tt_hnode *n, const char *id);
int ihx_forum_post(const tt_hnode *n);
int ihx_foreign_comment(const tt_hnode *n, const char *suffix);
int ihx_answer_class(const tt_hnode *n);
int ihx_roots_enter(tt_hnode *n, void *u);
const char *ihx_forum_name(const struct html *h);
int ihx_topic_title(const tt_hnode *n, const void *arg);
int ihx_is_post_body(const tt_hnode *n, const void *arg);
void ihx_mark_root(struct html *h, tt_hnode *d);
int ihx_area_enter(tt_hnode *n, void *u);
void ihx_area_leave(tt_hnode *n, void *u);
/* Answers written inside the comment they answer become comments too. */
void ihx_nested_answers(struct html *h);
/* Boxes repeating around the comments found, each a post of its own (a
 * question page's answers): comments too, holding theirs. */
void ihx_posts_around_comments(struct html *h);
/* A header box written before its comment's numbered box is moved into it. */
void ihx_adopt_headers(struct html *h, tt_hnode *top);
/* A box signing the text box before it (time, name) is moved into it. */
void ihx_adopt_signatures(struct html *h, tt_hnode *top);
/* A header box written before the box wrapping its comment is moved in. */
void ihx_adopt_wrapped_headers(struct html *h);
/* A box of a comment's shape alone before the comments, no time: a card. */
void ihx_drop_lone_card(struct html *h);

/* import_html_header.c */
/* A comment's first box as a header over its text naming none of its
 * parts: the time shown, the name beside it, a line of other words its
 * title (line: the title's), all owned; the box is then no text
 * (f->namebox). Returns 0, nothing set, when no time shows there. */
int ihx_header_box(struct fields *f, char **author, char **when, char **title, unsigned *line);

/* import_html_fields.c */
int ihx_bracketed_time(const tt_hnode *n);
int ihx_time_permalink(const tt_hnode *n);
/* How surely a box is a comment's time: 1 surest, 0 none. */
int ihx_time_rank(const tt_hnode *n);
int ihx_body_rank(const tt_hnode *n);
/* An inline element that boxes a text in a line (span, b, time...; not a link). */
int ihx_inline_box(const tt_hnode *n);
int ihx_class_suffix(const tt_hnode *n, const char *suffix);
int ihx_replies_box(const tt_hnode *n);
int ihx_has_words(const tt_hnode *n);
const char *ihx_labelled_author(const tt_hnode *n);
int ihx_fields_enter(tt_hnode *n, void *u);
char *ihx_author_text(struct html *h, tt_hnode *n, int rank);
int ihx_looks_like_time(const char *s);
/* Whether a heading's words, past a short label ending in a colon ("Re:",
 * "AW:"), are the page's title: the thread's subject repeated over a post. */
int ihx_thread_subject(const struct html *h, const char *head);
char *ihx_loose_time(const tt_hnode *box);
char *ihx_loose_text_time(const tt_hnode *box);
void ihx_clean_author(char *s);
/* A label ending in a colon before a short name ("Posted by: NAME") taken out. */
void ihx_drop_label(char *s);
void ihx_cut_end_mark(char *s);
/* Lines of a comment's text opening with a ">" typed before the words, no
 * space after it (">Sokal Squared hoax", Hacker News's; an image board's
 * ">マジレスって何なの？"), are quotations: written "> " as every quotation
 * is. ">>123", a post's number answered, is none. */
void ihx_typed_quotes(struct html *h, tt_strv *body);
const char *ihx_own_time_attr(const tt_hnode *n);
const char *ihx_time_attr(tt_hnode *n);
const char *ihx_arena(struct html *h, const char *s);
void ihx_set_time(struct html *h, const char **posted, const char **time, const char *text,
              const char *attr);
/* Every time read again with the order of numeric dates the page shows. */
void ihx_order_dates(struct html *h);
int ihx_answer_box(const tt_hnode *n);
/* An answer inside a comment known by its signature after the text box body. */
int ihx_signed_answer(const tt_hnode *n, const tt_hnode *body);
/* The answer in box (its signature's name and time, its text) added under parent. */
void ihx_read_answer(struct html *h, tt_comment *parent, tt_hnode *box);
int ihx_skip_in_comment(const tt_hnode *n, void *u);
void ihx_se_author_time(struct fields *f, char **author, char **when, const char **attr);
/* The name at the head of a comment found with a time and a text but no name. */
void ihx_head_name(struct fields *f);
int ihx_deleted_text(const char *s);
/* Whether every word of n is a link's (a menu's item, a button). */
int ihx_words_all_linked(const tt_hnode *n);

/* import_html_comment.c */
tt_comment *ihx_parent_of(tt_hnode *root);
/* The comment a toggle link named by root's class word or id sits in (before root). */
tt_comment *ihx_toggle_parent(tt_hnode *root);
/* The comment a comment answers by its indent: the latest sibling before it
 * indented less (its box's left margin or padding, or its lone child's). */
tt_comment *ihx_margin_parent(tt_hnode *root);
/* The comment a repeated block answers by the links its text opens with
 * or its name's line holds, or by its margin; NULL (its nesting is then
 * html_repeat's). */
tt_comment *ihx_repeat_parent(struct html *h, tt_hnode *block, tt_hnode *name, tt_hnode *body);
void ihx_explain_comment(struct html *h, tt_comment *c, tt_hnode *root, const unsigned *lines);
int ihx_inside(const tt_hnode *n, const tt_hnode *box);
int ihx_same_words(const char *a, const char *b);
void ihx_read_comment(struct html *h, tt_hnode *root);
void ihx_settle_copies(struct html *h);
/* A block of a comment's kind showing only a name and a status word saying
 * it was deleted ("Deleted"): a deleted comment's place. */
int ihx_deleted_block(tt_hnode *n);

/* html_slots.c */
/* A consistency pass over the comments found: their fields set by what the
 * page's records repeat (a constant name is a label, a missing time or
 * name taken from where most records show it, constant rows at a text's
 * edges dropped). */
void ihx_page_slots(struct html *h, tt_hnode *top);

/* import_html_hn.c */
int ihx_is_hn(tt_hnode *top);
void ihx_read_hn(struct html *h, tt_hnode *top);
/* Wiki talk pages: comments signed with a user's link and a time, answers
 * indented under what they answer (import_html_talk.c). */
int ihx_is_talk(tt_hnode *top);
void ihx_read_talk(struct html *h, tt_hnode *top);

/* import_html_ld.c */
void ihx_read_ld(struct html *h, const tt_hnode *script);
/* import_html.c: the boxes' anchors. box_at(h, i) is box i of nbox; a
 * node skip(h, n, box) names is no part of box (an answer inside it, read
 * as its own). Built once, on the first ask. */
void ihx_anchors_build(struct html *h, struct ihx_anchors *a, size_t nbox,
                       tt_hnode *(*box_at)(const struct html *h, size_t i),
                       int (*skip)(const struct html *h, const tt_hnode *n, const tt_hnode *box));
/* The first box holding an element named name, or none. */
size_t ihx_anchors_find(const struct ihx_anchors *a, const char *name, size_t none);

void ihx_ld_article(struct html *h);
int ihx_ld_posting_opens(const struct html *h, const char *t);
size_t ihx_ld_comments(struct html *h);

/* html_slots.c */
/* The path of a text node from its record's root (tags and places among
 * siblings of one tag): texts at one place of like records share it. */
uint64_t ihx_slots_path(const tt_hnode *n, const tt_hnode *root);

/* html_records.c */
/* Where nothing else found comments: the records of the page's comment
 * region, found by how its markup repeats, marked as roots (kept in h). */
void ihx_records_find(struct html *h, tt_hnode *top);
/* Those records read as comments, their fields by their aligned places. */
void ihx_records_read(struct html *h);
void ihx_records_free(struct html *h);
/* Whether the records run newest first, their last the opening post
 * (then read as the article); whether one was so found. */
int ihx_records_newest_first(struct html *h);
int ihx_records_topic(const struct html *h);
/* The first of the records found, when two or more were; else NULL. */
tt_hnode *ihx_records_first(const struct html *h);

#endif
