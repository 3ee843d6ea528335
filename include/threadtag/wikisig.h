/* wikisig: a wiki talk page's signatures, a user's link and a time closed by its zone. */
#ifndef THREADTAG_WIKISIG_H
#define THREADTAG_WIKISIG_H

#include <stddef.h>

/* A link of a line: its text's place in the line, and where it goes. */
struct tt_wikisig_link {
	size_t start, end;
	const char *href;
};

/* A signature's time in s[from, len): a clock and a four-digit year (ASCII
 * or Arabic-Indic digits), closed by the zone's abbreviation in brackets
 * ("(UTC)", "(CEST)", "(ت ع م)": a few characters, no digit). Its start is
 * the first of its last three words holding digits, not before floor nor
 * before a closing bracket, a link's end (ends, n of them in ascending
 * order: the signature's links come before its time) or a line break, nor
 * more than 96 bytes before the zone. 1 and *start, *end (past
 * the zone's bracket) when one is found. */
int tt_wikisig_stamp(const char *s, size_t len, size_t from, size_t floor, const size_t *ends,
                     size_t n, size_t *start, size_t *end);

/* The page a wiki link names ("./Wikipedysta:Stok", "/wiki/User:Stok",
 * "file://pl.wikipedia.org/wiki/User:Stok", "/w/index.php?title=User:Stok&
 * action=edit"), decoded, its underscores spaces. Caller frees; NULL for
 * another link. */
char *tt_wikisig_page(const char *href);

/* The writer of a signature whose time starts at stamp, its links those of
 * links[0, n) lying in [floor, stamp): the name two of them agree on (the
 * user page and the talk page, or the contributions: the name past the
 * namespace's colon, or past a special page's slash), the last such; else
 * the name of one namespaced link within 48 bytes before the time, no
 * subpage's but an address's contributions. No namespace's name is read.
 * Caller frees; NULL when nobody signs. */
char *tt_wikisig_signer(const struct tt_wikisig_link *links, size_t n, size_t floor, size_t stamp);

#endif
