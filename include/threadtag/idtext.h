/* idtext: what a derived comment id is made of, the same whichever format a page came in. */
#ifndef THREADTAG_IDTEXT_H
#define THREADTAG_IDTEXT_H

#include <stdint.h>

#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

/* The time a derived id hashes: the page's own words (posted) read as a date
 * when they are one, else those words as written, else c->time. A page's
 * HTML gives a machine time with seconds and an offset that its text dump
 * never shows; the words are what both formats share. Words around a date
 * ("Reply #12 DATE", "DATE (No. 7)") do not count: when the words as a whole
 * are no date, the longest run of them that is one is read. Returns iso or
 * a string of c. */
const char *tt_idtext_time(const tt_comment *c, char iso[32]);

/* Appends to b paragraph p as a derived id reads it: a text browser's link
 * numbers ("[12]"), web addresses standing as words and the " (URL)" the HTML
 * importer adds after a link's text left out, quote marks ("> ") and
 * indentation at a line's start left out, runs of spaces and tabs made one
 * space, no space at either end of a line. Hard line breaks stay (the seeds'
 * ids depend on them). */
void tt_idtext_paragraph(tt_buf *b, const char *p);

/* The hash (tt_hash_field over author, time and the paragraphs above, an
 * empty paragraph skipped) a comment's derived id is made from. */
uint64_t tt_idtext_hash(const tt_comment *c);

#endif
