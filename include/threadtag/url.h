/* url: which thread an address names (Reddit post or comment, HN item, any web page). */
#ifndef THREADTAG_URL_H
#define THREADTAG_URL_H

enum tt_url_kind {
	TT_URL_NONE,   /* not an http(s) address */
	TT_URL_REDDIT, /* a Reddit post, or a comment in one */
	TT_URL_HN,     /* a Hacker News item (story or comment) */
	TT_URL_WEB,    /* any other page */
};

typedef struct tt_url {
	enum tt_url_kind kind;
	char sub[72];     /* Reddit: the subreddit, "" when the address has none (redd.it) */
	char id[24];      /* Reddit: the post's base-36 id; HN: the item number */
	char comment[24]; /* Reddit: the comment of a permalink, else "" */
	char sort[24];    /* Reddit: ?sort= when given, else "" */
} tt_url;

/* Does s look like an address (http:// or https://, any case) rather than a file? */
int tt_url_is_url(const char *s);
/* Classifies s into u. Returns 0, or -1 when s is not an http(s) address
 * (u->kind is then TT_URL_NONE). Ids and names are checked against what the
 * sites allow, so they are safe to put into request paths. */
int tt_url_parse(const char *s, tt_url *u);

#endif
