/* markup: text out of the markup forums serve (HTML entities, HN's HTML, Markdown paragraphs). */
#ifndef THREADTAG_MARKUP_H
#define THREADTAG_MARKUP_H

#include <stddef.h>

#include "threadtag/thread.h"

/* Decodes HTML character references (&amp; &#39; &#x2014; &hellip; ...) in
 * s[0..len). Unknown references stay as written. Caller frees. */
char *tt_markup_unescape(const char *s, size_t len);
/* Splits text into paragraphs at blank lines (lines of only spaces count),
 * keeping single line breaks inside a paragraph, trimming trailing spaces at
 * paragraph ends. Paragraphs are pushed to out in t's arena. */
void tt_markup_split_paragraphs(tt_thread *t, tt_strv *out, const char *text);
/* Turns an HTML fragment (<p>, <br>, <i>, <a href>, <pre><code>, entities)
 * into plain-text paragraphs: whitespace collapsed outside <pre>, a link as
 * its text followed by "(URL)" when the two differ, code keeping its lines. */
void tt_markup_html_paragraphs(tt_thread *t, tt_strv *out, const char *html);

#endif
