/* textlinks: the links a text dump repeats under every comment ("Reply", "Antworten ↓"). */
#ifndef THREADTAG_TEXTLINKS_H
#define THREADTAG_TEXTLINKS_H

#include <stddef.h>

#include "threadtag/thread.h"

/* Drops the short lines ending the comments' text that are made only of
 * words the site repeats there: a word found in such a line at the end of at
 * least a third of the n comments (and two), and half as often as the
 * most frequent such word, is the site's, in whatever
 * language ("Löschen", "Antworten", "Reply"). A line goes only when every
 * word of it is one of those (or several run together, "AntwortenLöschen");
 * a button's brackets, link numbers ("[58]") and symbols ("↓", "*") do not
 * count as words. A paragraph left empty goes too. The text is the site's
 * links, which the page's HTML does not hold as comment text. */
void tt_textlinks_drop(tt_thread *t, tt_comment **all, size_t n);

/* Drops the lines ending the comments' text that the site repeats there,
 * whatever their words: a line (its digits aside: "Daumen hoch3Daumen
 * runter", "+ Recommend? (53)", "0", "(BUTTON) Reply (BUTTON) share") among
 * the last lines of at least a third of the n comments (and three), written
 * by three writers or more (a writer's own sign-off ends only theirs). A
 * comment's first line always stays. The same goes for the lines opening
 * the comments, when they hold a count ("5 stars"; a greeting opens many
 * writers' comments), the last line staying. The lines are the site's
 * buttons, counts and ratings, which the page's HTML does not hold as
 * comment text. First, a comment's last line that is the next comment's
 * writer's name alone (a bullet or link number before it) goes: the next
 * header's start; the writer's own name stays, a signature. */
void tt_textlinks_drop_lines(tt_thread *t, tt_comment **all, size_t n);

#endif
