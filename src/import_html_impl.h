/* import_html_impl: what the HTML importer's files share (one private header). */
#ifndef TT_IMPORT_HTML_IMPL_H
#define TT_IMPORT_HTML_IMPL_H

#include <stddef.h>
#include <time.h>

#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/thread.h"

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
/* The fields of one comment, found below its root and above nested replies. */
struct fields {
	struct html *h;
	tt_hnode *root;
	tt_hnode *author, *time, *body, *sig;
	tt_hnode *namebox; /* a header line whose loose text was the name */
	const char *label; /* the name a "Comment by NAME" label gives */
	int arank, trank, brank;
};
struct area_state {
	struct html *h;
	int done;
	unsigned inside; /* comment areas open around the walk */
};

/* import_html.c */
struct ninfo *info(const tt_hnode *n);
int is_root(const tt_hnode *n);
void keep(char **slot, const char *s);

/* import_html_count.c */
void consider_count(struct html *h, tt_hnode *n);

/* import_html_article.c */
int hidden(const tt_hnode *n);
int input_form(const struct html *h, const tt_hnode *n);
int furniture(const struct html *h, const tt_hnode *n);
time_t saved_comment(tt_hdoc *doc);
int meta_enter(tt_hnode *n, void *u);
const char *choose_title(struct html *h, char **owned);
int measure_enter(tt_hnode *n, void *u);
void measure_leave(tt_hnode *n, void *u);
void article_from(struct html *h, tt_hnode *n);
void read_article(struct html *h, tt_hnode *top);
void reddit_post(struct html *h, tt_hnode *post);

/* import_html_roots.c */
int schema_comment(const tt_hnode *n);
int flarum_post(const tt_hnode *n);
int wpforo_post(const tt_hnode *n, const char *id);
int forum_post(const tt_hnode *n);
int foreign_comment(const tt_hnode *n, const char *suffix);
int roots_enter(tt_hnode *n, void *u);
const char *forum_name(const struct html *h);
int topic_title(const tt_hnode *n, const void *arg);
int is_post_body(const tt_hnode *n, const void *arg);
void mark_root(struct html *h, tt_hnode *d);
int area_enter(tt_hnode *n, void *u);
void area_leave(tt_hnode *n, void *u);

/* import_html_fields.c */
int bracketed_time(const tt_hnode *n);
int time_permalink(const tt_hnode *n);
int body_rank(const tt_hnode *n);
int class_suffix(const tt_hnode *n, const char *suffix);
int replies_box(const tt_hnode *n);
int has_words(const tt_hnode *n);
const char *labelled_author(const tt_hnode *n);
int fields_enter(tt_hnode *n, void *u);
char *author_text(struct html *h, tt_hnode *n, int rank);
int looks_like_time(const char *s);
char *loose_time(const tt_hnode *box);
char *loose_text_time(const tt_hnode *box);
void clean_author(char *s);
const char *own_time_attr(const tt_hnode *n);
const char *time_attr(tt_hnode *n);
const char *arena(struct html *h, const char *s);
int relative_words(const char *text, long *count, long *secs);
void set_time(struct html *h, const char **posted, const char **time, const char *text,
              const char *attr);
int answer_box(const tt_hnode *n);
int skip_in_comment(const tt_hnode *n, void *u);
void se_author_time(struct fields *f, char **author, char **when, const char **attr);
int deleted_text(const char *s);

/* import_html_comment.c */
tt_comment *parent_of(tt_hnode *root);
void explain_comment(struct html *h, tt_comment *c, tt_hnode *root, const unsigned *lines);
int inside(const tt_hnode *n, const tt_hnode *box);
int same_words(const char *a, const char *b);
void read_comment(struct html *h, tt_hnode *root);

/* import_html_hn.c */
int is_hn(tt_hnode *top);
void read_hn(struct html *h, tt_hnode *top);

/* import_html_ld.c */
void read_ld(struct html *h, const tt_hnode *script);
void ld_article(struct html *h);
size_t ld_comments(struct html *h);

#endif
