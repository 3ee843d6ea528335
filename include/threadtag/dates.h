/* dates: written dates in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Chinese and Japanese. */
#ifndef THREADTAG_DATES_H
#define THREADTAG_DATES_H

#include <stddef.h>
#include <time.h>

/* As tt_datetime_parse, and also: month and weekday names of the other six
 * languages ("3. Dezember 2022 um 17:54 Uhr", "3 de diciembre de 2022 a las
 * 17:54", "le 3 décembre 2022 à 17 h 54", "11 maja 2021 r.", "12 марта
 * 2021 г. в 14:30"), day-first numeric dates ("03.12.2022 17:54",
 * "3/12/2022"), French hours ("17h54") and Chinese and Japanese dates
 * ("2024年5月21日 11:01"). Returns 0 with iso set, or -1 (iso "") when the
 * text is not a date. */
int tt_dates_parse(const char *text, char iso[32]);
/* The length of a time in its machine form opening s (n bytes), as a
 * database writes it, not as a reader would: "2010-12-29 18:41", "T" for
 * the space too, seconds and a Z perhaps ("2010-12-29 18:41:20Z"); 0 when
 * s opens with none. */
size_t tt_dates_machine_form(const char *s, size_t n);
/* Whether a day shown (shown, "YYYY-MM-DD...") is the day of its machine
 * form (machine, the same): the same day, or the same month and day in the
 * last or first week of a year with the years one apart, the week-based
 * year a formatter asked for "YY" prints ("31 дек. '16" for 2015-12-31). */
int tt_dates_same_day(const char *shown, const char *machine);
/* The order a page writes its all-numeric dates in ("11/2/10", "03.12.2022",
 * "2-11-2010"), decided once for the page as a careful reader would: by
 * the page's own dates that only one order can read ("10/28/10" is month
 * first, "28/10/10" day first), for each separator apart; where those say
 * nothing, or say both, by the page's language (tt_dates_order_language:
 * the United States' English writes month first); else day first unless
 * a date cannot be (tt_dates_parse's rule). Dots are never month first by
 * the language, only by the page's own dates ("12.29.14"). Zero it (or
 * tt_dates_order_init), show it the dates, then read them with
 * tt_dates_parse_order. */
struct tt_dates_order {
	unsigned day_only[3], month_only[3]; /* dates one order reads, by '.', '/', '-' */
	int lang_month_first;                /* the language writes month first */
};
void tt_dates_order_init(struct tt_dates_order *o);
/* The evidence of one shown time (a comment's "09:02 PM 10/28/10"): every
 * numeric date in it with a first number over 12 or a second over 12 is
 * counted. Returns 1 when text holds a date either order could read
 * ("11/2/10"), whose reading the order decides; else 0. */
int tt_dates_order_see(struct tt_dates_order *o, const char *text);
/* The page's language as a tag ("en-US", "en_GB" as og:locale writes it,
 * "de"): month first for English of the United States, Canada, the
 * Philippines and the United States' territories; day first for every
 * other. Returns 1 when tag named a language, else 0 (nothing is set). */
int tt_dates_order_language(struct tt_dates_order *o, const char *tag);
/* Is an ambiguous date written with sep ('.', '/' or '-') month first? */
int tt_dates_order_month_first(const struct tt_dates_order *o, char sep);
/* tt_dates_parse with the page's order for its ambiguous numeric dates
 * (o NULL: tt_dates_parse's rule). */
int tt_dates_parse_order(const char *text, const struct tt_dates_order *o, char iso[32]);
/* A relative time in any of the languages ("2 hours ago", "vor 2 Stunden",
 * "il y a 3 jours", "hace 2 horas", "2 ore fa", "há 2 dias", "2 uur
 * geleden", "gestern", "ayer", the Chinese, Japanese, Russian and Polish
 * ages tt_dates_age reads): yes or no, as the text importer asks of every
 * short line of a page. */
int tt_dates_is_relative(const char *text);
/* An age read as a count of units, in every language the importers read:
 * "3 years ago", "an hour ago", "yesterday"; German "vor 2 Tagen", "vor
 * einem Monat", "1 Monat her", "1 Stunde 51 Minuten her"; French "il y a 5
 * heures", "hier"; Spanish "hace un mes", "ayer"; Italian "3 giorni fa",
 * "un'ora fa"; Portuguese "há 2 dias", "2 dias atrás"; Dutch "2 dagen
 * geleden"; Chinese and Japanese ages, a count and a unit before 前 ("6
 * 天前", "3小时前", "1 个月前", "3日前"); Russian "2 дня назад", "час
 * назад", Dzen's bare "4 д" and "5 ч"; Polish "3 dni temu", "godzinę
 * temu"; a day by its name ("вчера", "wczoraj", "昨天", before a clock too:
 * the day counts). 1 with *count and *secs, the seconds of one unit (0 for
 * a month, -1 for a year: those are counted on the calendar); 0 when the
 * text is none. */
int tt_dates_age(const char *text, long *count, long *secs);
/* What tt_dates_is_time takes besides its own forms. */
enum {
	/* a count and a unit of up to three letters alone ("4 д", "2h", "5
	 * min") and a Chinese or Japanese date opening the text ("5月19日",
	 * "5月19日 浙江"): a comment's time box on a page of no known markup */
	TT_DATES_SHORT = 1,
	/* an age without its "ago" ("1 year", "3 Tage") and a count with a
	 * unit's letter ("5h", "4mo"): a link to the comment showing its age */
	TT_DATES_BARE = 2,
	/* an age without its "ago" whose unit is one whole word of time ("6
	 * years", "3 Tage", "2 semaines"; not "2 answers"): a box of its own in
	 * a comment's header, as a video site or a feed shows the age */
	TT_DATES_AGE_WORD = 4,
};
/* Is this short text (a comment header's time box) a time? An age
 * (tt_dates_age, or English as tt_datetime_is_relative reads it), a clock
 * ("10:15", "08h07") or a year (19xx, 20xx) in a date: beside a month's
 * name or in digits joined by dots, slashes or dashes (tt_dates_plausible);
 * with how, the forms above too. Narrower than tt_dates_parse and
 * tt_dates_is_relative together: a name holding a year ("user2019", "user
 * 2019"), a title with a number ("Top 10 tips", "Best of 2023") or a count
 * ("5 comments") is no time. */
int tt_dates_is_time(const char *text, unsigned how);
/* A count and one word of a unit of time alone ("2 years", "3 Tage"):
 * 1 with *secs the unit's seconds (0 a month, -1 a year), else 0. */
int tt_dates_bare_age(const char *text, long *secs);
/* The relative time text (as tt_dates_age reads it) counted back from page,
 * the page's own date: iso a date ("2024-05-19") for days and longer, a UTC
 * time ("2024-05-21T08:01Z") for hours and shorter. 0, or -1 (iso "") when
 * the text is none or the date falls outside the years 0 to 9999. */
int tt_dates_resolve(const char *text, time_t page, char iso[32]);
/* The same count back for an age tt_dates_age read: count units of secs
 * seconds (0 a month, -1 a year); returns as above. */
int tt_dates_count_back(long count, long secs, time_t page, char iso[32]);
/* Could the len bytes at text hold a date at all? A month's name (English
 * by its first three letters, the other languages' whole) or digits joined
 * by '.', '/' or '-'. One pass, for ruling out most lines of a page before
 * the costlier readers. */
int tt_dates_plausible(const char *text, size_t len);
/* A clock and one word naming a recent day, either first: "7:17 AM Today",
 * "Today 7:17 AM", "10:15 wczoraj", "gestern, 10:15" (tt_dates_is_relative
 * takes these too). */
int tt_dates_clock_and_day(const char *text);
/* A clock run into the numeric date before it, as text browsers join two
 * elements a page's style sets apart ("28.09.1913:39" is "28.09.19" and
 * "13:39", "2019-09-2813:39" is "2019-09-28" and "13:39"): the offset in s
 * where the clock opens, for the colon at s + colon (len bytes at s), or 0
 * when the digits before it read as no such date. */
size_t tt_dates_clock_run_in(const char *s, size_t len, size_t colon);
/* A day and month without a year, in any of the languages ("5月19日"). */
int tt_dates_is_yearless(const char *text);

#endif
