/* html_dom: small helpers over libxml2's HTML tree (classes, attributes, walks, paragraphs). */
#ifndef THREADTAG_HTML_DOM_H
#define THREADTAG_HTML_DOM_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "threadtag/thread.h"

/* Parses HTML bytes (any encoding libxml2 knows; enc NULL lets libxml2 decide
 * from the BOM and <meta charset>) with recovery, no network and no
 * messages. NULL when nothing could be built. Free with xmlFreeDoc. */
xmlDoc *tt_html_parse(const char *buf, size_t len, const char *enc);

/* The encoding a page declares in <meta charset> or http-equiv within its
 * first 4 KiB, copied into out ("" when none). */
void tt_html_declared_charset(const char *buf, size_t len, char out[40]);

/* 1 when element n has the tag name (lower case). */
int tt_html_is(const xmlNode *n, const char *tag);
/* The attribute's value, or NULL; points into the tree. */
const char *tt_html_attr(const xmlNode *n, const char *name);
/* 1 when the space-separated list (NULL: none) holds token, case-sensitively. */
int tt_html_token_in(const char *list, const char *token);
/* 1 when the space-separated list in attribute attr of n holds token. */
int tt_html_has_token(const xmlNode *n, const char *attr, const char *token);
/* 1 when n's class attribute holds the class. */
int tt_html_has_class(const xmlNode *n, const char *cls);
/* 1 when some class of n starts with prefix. */
int tt_html_class_prefix(const xmlNode *n, const char *prefix);
/* 1 when n's class or id contains word (case-insensitive substring). */
int tt_html_classid_has(const xmlNode *n, const char *word);

/* Preorder walk of root's descendants without recursion. enter returns 0 to
 * skip the node's children (leave is then not called for it); leave (may be
 * NULL) is called after the children of every node enter accepted. */
typedef int (*tt_html_enter_fn)(xmlNode *n, void *u);
typedef void (*tt_html_leave_fn)(xmlNode *n, void *u);
void tt_html_walk(xmlNode *root, tt_html_enter_fn enter, tt_html_leave_fn leave, void *u);

/* The first descendant element of root (root excluded) for which match is 1. */
xmlNode *tt_html_find(xmlNode *root, int (*match)(const xmlNode *n, const void *arg),
                      const void *arg);
/* The first descendant element with the class. */
xmlNode *tt_html_find_class(xmlNode *root, const char *cls);
/* The first descendant element with the tag. */
xmlNode *tt_html_find_tag(xmlNode *root, const char *tag);

/* The text of n with white space collapsed and trimmed. Caller frees. */
char *tt_html_text(const xmlNode *n);

/* The same up to the first line break or block inside n, once text was
 * found ("Anna<br>Author" gives "Anna"). Caller frees. */
char *tt_html_first_line(const xmlNode *n);

/* Skips a node (and its subtree) while collecting paragraphs. */
typedef int (*tt_html_skip_fn)(const xmlNode *n, void *u);
/* Turns the content of root into paragraphs pushed to out (in t's arena):
 * block elements end a paragraph, <br> is a line break, white space is
 * collapsed outside <pre>, a link whose text is a shortened URL becomes its
 * href (other links "TEXT (HREF)"), a <blockquote> becomes paragraphs
 * starting "> ". Elements for which skip returns 1 are left out. The line of
 * each paragraph's first text goes to lines (when non-NULL, one per
 * paragraph, in the same order). */
void tt_html_paragraphs(tt_thread *t, xmlNode *root, tt_html_skip_fn skip, void *u, tt_strv *out,
                        unsigned **lines, size_t *nlines);

#endif
