/* import_text_talk: wiki talk pages dumped as text: signed paragraphs, indented answers. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/text.h"
#include "threadtag/textline.h"
#include "threadtag/wikisig.h"
#include "threadtag/xalloc.h"

#include "import_text_impl.h"

/* The page's comments are read as import_html_talk.c reads its HTML (a
 * comment is the text its writer typed before signing with a user link
 * and a time closed by its zone; an answer is indented further; a heading
 * opens a new discussion), from what a text browser leaves of it: lynx
 * numbers the links and lists their addresses under the page, so the
 * writer is the account the signature's links name; w3m keeps only the
 * name the signature shows. */

/* A paragraph of the dump: its lines [from, to), its indentation. */
struct tpara {
	size_t from, to;
	unsigned indent;
	int item; /* the bytes of the list's mark it opens with, or 0 */
};

struct talk_posts {
	struct tpara *v;
	size_t n;
	char **url; /* lynx's numbered links, by number; NULL without a list */
	size_t nurl;
	size_t first;         /* the paragraph the first discussion opens with */
	size_t from;          /* its line, or past the heading the page opens with */
	unsigned text_indent; /* the column of the discussions' own text */
};

/* Lynx's list of links under the page ("References", then "   12.
 * https://..."): the addresses by number. A list most of whose entries
 * hold spaces is the page's own ("References", then "1. ^ Smith, J.
 * (2010)", w3m's dump of an article's notes): an address has none (a
 * few written with spaces by a careless page do not make the list the
 * page's), so such a list is no lynx's and none is kept. */
static void read_references(struct page *P, struct talk_posts *T)
{
	size_t i = P->n, entries = 0, spaced = 0;
	while (i > 0 && !(P->l[i - 1].len == 10 && !memcmp(P->l[i - 1].s, "References", 10)))
		i--;
	if (!i)
		return;
	for (; i < P->n; i++) {
		const struct line *L = &P->l[i];
		size_t d = 0;
		unsigned long k = 0;
		while (!L->blank && d < L->len && d < 6 && isdigit((unsigned char)L->s[d]))
			k = k * 10 + (unsigned long)(L->s[d++] - '0');
		/* "12. ADDRESS": the line's own bytes only (a line ends at len) */
		if (!d || d + 2 >= L->len || L->s[d] != '.' || L->s[d + 1] != ' ')
			continue;
		const char *end = L->s + d;
		if (k >= T->nurl) {
			size_t n = k + 64;
			T->url = tt_xrealloc(T->url, n * sizeof *T->url);
			memset(T->url + T->nurl, 0, (n - T->nurl) * sizeof *T->url);
			T->nurl = n;
		}
		free(T->url[k]);
		T->url[k] = tt_xstrndup(end + 2, L->len - (size_t)(end + 2 - L->s));
		entries++;
		spaced += strchr(T->url[k], ' ') != NULL;
	}
	if (spaced * 2 > entries) {
		for (size_t k = 0; k < T->nurl; k++)
			free(T->url[k]);
		free(T->url);
		T->url = NULL, T->nurl = 0;
	}
}

/* The dump's paragraphs: runs of lines, a list's item or a change of
 * indentation opening a new one. */
/* A list's mark opening line L, as the browsers draw them ("* ", "+ ",
 * "o ", "• "): a dash is none, neither lynx nor w3m draws one, so a line
 * opening with "- " or "– " is the page's own text, a signature's sign-off
 * ("- [166]John Belushi -- [167]komentarz 21:08, 30 lip 2018"). */
static size_t browser_mark(const struct line *L)
{
	const unsigned char *u = (const unsigned char *)L->s;
	if (L->len >= 3 && (u[0] == '-' ||
	                    (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)))
		return 0;
	return tt_textline_list_mark(L->s, L->len);
}

/* A numbered list's mark opening line L ("2. ", "12. ": a vote's number,
 * as both browsers draw an ordered list), its bytes, or 0. Only where a
 * paragraph starts: at the text's column a wrapped date ("18. март") is
 * the line before's. */
static size_t numbered_mark(const struct line *L)
{
	if (!itx_numbered(L))
		return 0;
	size_t d = 0;
	while (isdigit((unsigned char)L->s[d]))
		d++;
	return d <= 3 && L->s[d] == '.' && d + 2 < L->len && !isdigit((unsigned char)L->s[d + 2])
	           ? d + 2
	           : 0;
}

static void split_paras(struct page *P, struct talk_posts *T)
{
	size_t cap = 0;
	for (size_t i = 0; i < P->n;) {
		if (P->l[i].blank) {
			i++;
			continue;
		}
		const struct line *L = &P->l[i];
		size_t mark = browser_mark(L), num = mark ? 0 : numbered_mark(L);
		unsigned text = L->indent + (mark == 4 ? 2 : (unsigned)(mark ? mark : num));
		size_t j = i + 1;
		/* (lynx's third bullet is a letter: "o" opening a line at the
		 * text's own column is a wrapped word, "– o informację") */
		while (j < P->n && !P->l[j].blank && P->l[j].indent == text &&
		       (!browser_mark(&P->l[j]) || P->l[j].s[0] == 'o'))
			j++;
		if (T->n == cap)
			T->v = tt_xrealloc(T->v, (cap = cap ? 2 * cap : 64) * sizeof *T->v);
		T->v[T->n++] = (struct tpara){i, j, L->indent, (int)(mark ? mark : num)};
		i = j;
	}
}

/* A paragraph's text, its lines joined by a space; with lynx's numbered
 * links, the links (their number's place to the end of the word after
 * it, their address from the list). */
struct ptext {
	tt_buf b;
	struct tt_wikisig_link *links;
	size_t *ends;
	size_t n, cap;
	size_t *joins; /* where the dump's lines were joined, a space each */
	size_t njoins;
};

static void para_text(const struct page *P, const struct talk_posts *T, const struct tpara *p,
                      struct ptext *x)
{
	x->b.len = 0, x->n = 0, x->njoins = 0;
	x->joins = tt_xrealloc(x->joins, (p->to - p->from + 1) * sizeof *x->joins);
	for (size_t i = p->from; i < p->to; i++) {
		const struct line *L = &P->l[i];
		size_t at = i == p->from ? (size_t)p->item : 0;
		if (x->b.len)
			x->joins[x->njoins++] = x->b.len, tt_buf_addc(&x->b, ' ');
		tt_buf_add(&x->b, L->s + at, L->len - at);
	}
	tt_buf_add(&x->b, "", 1);
	x->b.len--;
	const char *s = x->b.data;
	for (size_t i = 0; T->url && i < x->b.len; i++) {
		char *end;
		unsigned long k = s[i] == '[' ? strtoul(s + i + 1, &end, 10) : 0;
		if (!k || *end != ']' || k >= T->nurl || !T->url[k])
			continue;
		size_t e = (size_t)(end + 1 - s);
		/* (a link of the time itself, "le [41]9 octobre 2017", bounds no time) */
		unsigned char d = (unsigned char)s[e], d2 = d ? (unsigned char)s[e + 1] : 0;
		if (isdigit(d) || (d == 0xD9 && d2 >= 0xA0 && d2 <= 0xA9) ||
		    (d == 0xDB && d2 >= 0xB0 && d2 <= 0xB9))
			continue;
		while (e < x->b.len && s[e] != ' ' && s[e] != '[' && s[e] != '(')
			e++;
		if (x->n == x->cap) {
			x->cap = x->cap ? 2 * x->cap : 16;
			x->links = tt_xrealloc(x->links, x->cap * sizeof *x->links);
			x->ends = tt_xrealloc(x->ends, x->cap * sizeof *x->ends);
		}
		x->links[x->n] = (struct tt_wikisig_link){i, e, T->url[k]};
		x->ends[x->n++] = e;
	}
}

/* Whether the character s[0..len) is a letter or digit: not a mark, a
 * symbol of U+2000-U+2FFF or a pictograph of U+1F000-U+1FFFF ("🏄"). */
static int letter_char(const char *s, size_t len)
{
	return !(len == 4 && (unsigned char)s[0] == 0xF0 && (unsigned char)s[1] == 0x9F) &&
	       tt_textline_has_letter(s, len);
}

/* The first byte of the character ending at b (after a). */
static size_t char_before(const char *s, size_t a, size_t b)
{
	size_t k = b - 1;
	while (k > a && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

/* Whether a word at s opens with a small letter: ASCII's, Latin-1's,
 * Latin Extended-A's ("że") or Cyrillic's ("и"); a script without cases
 * opens with none. Read from the code point, not the locale's tables, so
 * that an import is the same wherever it runs. */
static int small_letter(const char *s)
{
	uint32_t cp;
	tt_utf8_decode(s, strlen(s), &cp);
	if (cp < 0x80)
		return islower((int)cp);
	if (cp >= 0xDF && cp <= 0xFF)
		return cp != 0xF7;
	if (cp == 0x138 || cp == 0x17F) /* ĸ, ſ */
		return 1;
	if (cp == 0x178) /* Ÿ */
		return 0;
	if (cp >= 0x100 && cp <= 0x17E) /* pairs, the capital even; odd in two runs */
		return ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179) ? !(cp & 1) : (cp & 1);
	return cp >= 0x430 && cp <= 0x45F;
}

/* b less the groups in brackets closing the words from a ("(dyskusja)",
 * "[YO!]", "^[dubious – discuss]"), where words are left before them. */
static size_t without_groups(const char *s, size_t a, size_t b)
{
	for (;;) {
		while (b > a && s[b - 1] == ' ')
			b--;
		char close = b > a ? s[b - 1] : 0, open = close == ')' ? '(' : close == ']' ? '[' : 0;
		if (!open)
			return b;
		size_t k = b - 1;
		while (k > a && s[k] != open)
			k--;
		if (s[k] != open || !tt_textline_has_letter(s + a, k - a))
			return b;
		b = k;
	}
}

/* The name a signature shows before its time, when no link says whose it
 * is (w3m): the words after the last dash, tilde, comma or sentence's end
 * (a sign-off before the name: "Groeten, Sir Iain", "Groetjes - Romaine
 * (overleg)"), less
 * the talk page's words and badges in brackets, up to a separator, less
 * the marks and symbols around it ("StoK (dyskusja)", "~Cybularny^Napisz
 * coś", "Bokken | 木刀", "Sirfurboy🏄", "// Mattias321"); the last word
 * where no such opening is near. Its first letter a capital, as the wiki
 * writes every account ("buidhe": "Buidhe"). Caller frees; NULL when none. */
static char *shown_signer(const char *s, size_t floor, size_t stamp)
{
	size_t a = stamp > floor + 80 ? stamp - 80 : floor, b = stamp;
	while (a < b && ((unsigned char)s[a] & 0xC0) == 0x80)
		a++; /* (a character's first byte) */
	for (;;) {   /* spaces, commas and marks of direction ("\u200f") */
		if (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
			b--;
		else if (b >= a + 3 && !memcmp(s + b - 3, "\xE2\x80", 2) &&
		         ((unsigned char)s[b - 1] == 0x8E || (unsigned char)s[b - 1] == 0x8F))
			b -= 3;
		else
			break;
	}
	size_t signed_end = b;
	b = without_groups(s, a, b);
	/* a spaced hyphen too when the talk page's words in brackets follow
	 * the name ("Groetjes - Romaine (overleg)"); with none, the words after
	 * it may be the talk page's own ("Gyrostat - Dit") */
	static const char *const opens[] = {"--", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x91", "~",
	                                    ". ", "! ",           "? ",           ") ",
	                                    ", ", " - "};
	size_t nopens = sizeof opens / sizeof *opens - (b == signed_end);
	size_t from = a;
	for (size_t i = 0; i < nopens; i++) {
		size_t l = strlen(opens[i]);
		for (size_t k = b; k >= a + l; k--)
			if (!memcmp(s + k - l, opens[i], l)) {
				/* a comma closes a sign-off only before a name's
				 * capital, not before the date's own word (", le") */
				if (opens[i][0] == ',' && k < b && small_letter(s + k))
					break;
				if (k > from)
					from = k;
				break;
			}
	}
	/* a sentence run into the name, no space after its stop
	 * ("deletions.CAPTAIN RAJU") */
	for (size_t k = b; k > from + 1 && k > a + 1; k--)
		if (s[k - 1] == '.' && islower((unsigned char)s[k - 2]) && k < b &&
		    isupper((unsigned char)s[k])) {
			from = k;
			break;
		}
	while (from < b && s[from] == ' ')
		from++;
	size_t to = from;
	while (to < b && s[to] != '^' && s[to] != '|' &&
	       !(s[to] == ' ' && to + 1 < b && s[to + 1] == '|'))
		to++;
	/* the marks and symbols around the name */
	while (to > from &&
	       !letter_char(s + char_before(s, from, to), to - char_before(s, from, to)))
		to = char_before(s, from, to);
	while (from < to) {
		size_t k = from + 1;
		while (k < to && ((unsigned char)s[k] & 0xC0) == 0x80)
			k++;
		if (letter_char(s + from, k - from))
			break;
		from = k;
	}
	if (from == a && to - from > 48) /* a sentence run into the name */
		while (from < to && memchr(s + from, ' ', to - from))
			from += (size_t)((const char *)memchr(s + from, ' ', to - from) - (s + from)) + 1;
	if (to == from || to - from > 48 || !tt_textline_has_letter(s + from, to - from))
		return NULL;
	char *name = tt_xstrndup(s + from, to - from);
	name[0] = (char)toupper((unsigned char)name[0]);
	return name;
}

/* The signatures of a paragraph's text: each one's writer and time. */
struct sig {
	size_t start, end; /* the time, its zone included */
	char *who;
};

static size_t para_sigs(const struct talk_posts *T, const struct ptext *x, struct sig *out,
                        size_t max)
{
	size_t n = 0, from = 0, floor = 0, st, en;
	while (n < max &&
	       tt_wikisig_stamp(x->b.data, x->b.len, from, floor, x->ends, x->n, &st, &en)) {
		char *who = T->url ? tt_wikisig_signer(x->links, x->n, floor, st)
		                   : shown_signer(x->b.data, floor, st);
		from = en;
		if (!who)
			continue;
		out[n++] = (struct sig){st, en, who};
		floor = en;
	}
	return n;
}

/* A heading of the dump: a short line alone, unsigned, no sentence's end,
 * indented no further than the signed text. */
static int heading_para(const struct page *P, const struct talk_posts *T, size_t k,
                        unsigned text_indent)
{
	const struct tpara *p = &T->v[k];
	const struct line *L = &P->l[p->from];
	size_t words = tt_textline_count_words(L->s, L->len);
	if (p->to != p->from + 1 || p->item || !tt_textline_has_letter(L->s, L->len) || words > 20)
		return 0;
	/* lynx draws a section's heading left of the text and a subsection's
	 * right of it, over text less indented; w3m at its place, where only
	 * a sentence's end tells a line of text, or a comma that runs on into
	 * the next ("Hoi Romaine," over a letter's words) */
	int sentence = tt_textline_ends_with_any(L->s, L->len, ".:!?),;");
	/* (a heading lynx draws left of the text may be long, a question's
	 * whole title, but has no sentence's end) */
	if (words > 12 && (p->indent >= text_indent || sentence))
		return 0;
	if (p->indent > text_indent)
		return !sentence && k + 1 < T->n && T->v[k + 1].indent < p->indent;
	return p->indent < text_indent || !sentence;
}

static void free_talk(struct talk_posts *T)
{
	for (size_t k = 0; k < T->nurl; k++)
		free(T->url[k]);
	free(T->url);
	free(T->v);
	free(T);
}

/* Whether two lines of the page or more hold a signature's time whole: a
 * look costing a pass over the lines, no copy, before the paragraphs are
 * read (every dump is asked). */
static int signed_lines(const struct page *P)
{
	size_t n = 0, st, en;
	for (size_t i = 0; i < P->n && n < 2; i++) {
		const struct line *L = &P->l[i];
		n += !L->blank && L->len > 8 && memchr(L->s, '(', L->len) &&
		     tt_wikisig_stamp(L->s, L->len, 0, 0, NULL, 0, &st, &en);
	}
	return n >= 2;
}

int itx_talk_posts(struct page *P, struct talk_posts **tp)
{
	if (!signed_lines(P))
		return 0;
	struct talk_posts *T = tt_xcalloc(1, sizeof *T);
	read_references(P, T);
	split_paras(P, T);
	struct ptext x = {0};
	struct sig sg[16];
	size_t sigs = 0, ending = 0, first = (size_t)-1, at[16] = {0};
	unsigned least[16];
	for (size_t k = 0; k < T->n; k++) {
		para_text(P, T, &T->v[k], &x);
		size_t m = para_sigs(T, &x, sg, 16);
		for (size_t j = 0; j < m; j++)
			free(sg[j].who);
		sigs += m;
		unsigned c = T->v[k].indent / 2;
		if (m && c < 16) {
			least[c] = at[c] && least[c] < T->v[k].indent ? least[c] : T->v[k].indent;
			at[c]++;
		}
		if (m && first == (size_t)-1)
			first = k;
		/* the paragraph's last words are its last signature's zone */
		ending += m && sg[m - 1].end + 2 >= x.b.len;
	}
	tt_buf_free(&x.b);
	free(x.links);
	free(x.ends);
	free(x.joins);
	if (sigs < 4 || ending * 3 < sigs * 2) {
		free_talk(T);
		return 0;
	}
	/* the discussions' own text: the least indented column (in steps of
	 * two) a tenth of the signed paragraphs or more stand at, so that a
	 * box of the page's head signed at the margin does not set it */
	T->text_indent = P->l[T->v[first].from].indent;
	for (size_t c = 0; c < 16; c++)
		if (at[c] >= 2 && at[c] * 10 >= sigs) {
			T->text_indent = least[c];
			break;
		}
	/* the first discussion opens at the heading over the first signature */
	T->first = first;
	while (T->first > 0 && !heading_para(P, T, T->first, T->text_indent))
		T->first--;
	/* a page opening with its first discussion: that heading its title;
	 * with no heading over it, the page's first paragraph */
	T->from = T->v[T->first].from;
	if (T->first == 0 && first > 0) /* no heading: the page's first words its title */
		T->from = T->v[0].to, T->first = 1;
	*tp = T;
	return 1;
}

size_t itx_talk_from(const struct talk_posts *T)
{
	return T->from;
}

/* A paragraph of the flat text x[a, b), lynx's link numbers left out. */
static void push_text(struct page *P, tt_comment *c, const struct ptext *x, size_t a, size_t b)
{
	tt_buf w = {0};
	const char *s = x->b.data;
	for (size_t i = a; i < b; i++) {
		char *end;
		if (s[i] == '[' && x->n && strtoul(s + i + 1, &end, 10) && *end == ']') {
			i = (size_t)(end - s);
			continue;
		}
		tt_buf_addc(&w, s[i]);
	}
	size_t l = w.len;
	while (l && w.data[l - 1] == ' ')
		l--;
	/* (spaces, and the box-drawing arrow {{outdent}} draws to set a reply
	 * back at the margin, "┌───┘", U+2500-U+257F: no one's words) */
	size_t o = 0;
	while (o < l && (w.data[o] == ' ' || (o + 3 <= l && (unsigned char)w.data[o] == 0xE2 &&
	                                      ((unsigned char)w.data[o + 1] == 0x94 ||
	                                       (unsigned char)w.data[o + 1] == 0x95))))
		o += w.data[o] == ' ' ? 1 : 3;
	if (l > o)
		tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, w.data + o, l - o));
	tt_buf_free(&w);
}

struct opened {
	unsigned indent;
	tt_comment *c;
};

/* Whether a signature ending at e closes a line of the dump: the writer
 * signing again under it wrote another line (a new comment), not a
 * postscript run on after the time. */
static int line_end(const struct ptext *x, size_t e)
{
	for (size_t k = 0; k < x->njoins; k++)
		if (x->joins[k] == e)
			return 1;
	return 0;
}

void itx_read_talk_posts(struct page *P, struct talk_posts *T)
{
	struct ptext x = {0};
	struct opened *open = tt_xmalloc(T->n * sizeof *open);
	size_t nopen = 0, *pending = tt_xmalloc(T->n * sizeof *pending), npending = 0;
	unsigned text_indent = T->text_indent;
	for (size_t k = T->first; k < T->n; k++) {
		const struct tpara *p = &T->v[k];
		if (heading_para(P, T, k, text_indent)) {
			nopen = npending = 0;
			continue;
		}
		para_text(P, T, p, &x);
		struct sig sg[16];
		size_t m = para_sigs(T, &x, sg, 16), floor = 0;
		tt_comment *c = NULL;
		for (size_t j = 0; j < m; j++) {
			if (c && j && !strcmp(sg[j - 1].who, sg[j].who) &&
			    !line_end(&x, sg[j - 1].end)) {
				push_text(P, c, &x, floor, sg[j].end); /* a postscript */
				floor = sg[j].end;
				continue;
			}
			while (nopen && open[nopen - 1].indent >= p->indent)
				nopen--;
			c = tt_thread_add_comment(P->t, nopen ? open[nopen - 1].c : NULL);
			open[nopen++] = (struct opened){p->indent, c};
			if (P->nall == P->capall)
				P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) *
				                                 sizeof *P->all);
			P->all[P->nall++] = c;
			c->author = tt_thread_strdup(P->t, sg[j].who, (size_t)-1);
			char *when = tt_xstrndup(x.b.data + sg[j].start, sg[j].end - sg[j].start),
			     iso[32];
			c->posted = tt_thread_strdup(P->t, when, (size_t)-1);
			/* (a zone's letters not Latin: the date read without it) */
			char *z = strrchr(when, '(');
			if (tt_dates_parse(when, iso) != 0 && z && z > when)
				*z = '\0';
			c->time = tt_dates_parse(when, iso) == 0
			              ? tt_thread_strdup(P->t, iso, (size_t)-1)
			              : NULL;
			free(when);
			c->line = P->l[p->from].no;
			c->col = p->indent + 1;
			struct ptext y = {0};
			for (size_t q = 0; q < npending; q++) {
				para_text(P, T, &T->v[pending[q]], &y);
				push_text(P, c, &y, 0, y.b.len);
			}
			tt_buf_free(&y.b);
			free(y.links);
			free(y.ends);
			free(y.joins);
			npending = 0;
			push_text(P, c, &x, floor, j + 1 == m ? x.b.len : sg[j].end);
			floor = sg[j].end;
		}
		for (size_t j = 0; j < m; j++)
			free(sg[j].who);
		for (size_t i = p->from; m && i < p->to; i++)
			P->role[i] = R_COMMENT;
		if (!m)
			pending[npending++] = k;
	}
	P->shape |= SH_SIGNATURE;
	tt_buf_free(&x.b);
	free(x.links);
	free(x.ends);
	free(x.joins);
	free(open);
	free(pending);
	free_talk(T);
}
