/* datetime: dates as people write them on web pages, turned into ISO 8601. */
#ifndef THREADTAG_DATETIME_H
#define THREADTAG_DATETIME_H

#include <time.h>

/* Parses a written date such as "December 3, 2022 at 5:54 pm", "Dec 5, 2022,
 * 10:14 AM", "3 Dec 2022 17:54", "2022-12-03 17:54" or "Dec 3, 2022" into
 * iso ("2022-12-03T17:54", or "2022-12-03" for a date alone; seconds and a Z
 * appear only when written). Returns 0, or -1 (iso set to "") when the text is
 * not a date, or is a relative one. */
int tt_datetime_parse(const char *text, char iso[32]);
/* 1 when text is a relative time ("2 hours ago", "yesterday", "just now"). */
int tt_datetime_is_relative(const char *text);
/* 1 when text is a day and month without a year ("Dec 5", "5 December",
 * "Dec 5 at 10:14 AM"): a date, but not one that can be placed in time. */
int tt_datetime_is_yearless(const char *text);
/* Seconds since the epoch may run from 0 (1970) to just before this, the
 * start of the year 10000, past which ISO 8601 needs more than four digits. */
#define TT_EPOCH_END 253402300800.0
/* Formats seconds since the epoch as "2022-12-03T17:54:00Z" (a fraction is
 * dropped). Returns 0, or -1 (iso set to "") when secs is not in [0,
 * TT_EPOCH_END): callers report that as bad data. */
int tt_datetime_from_epoch(double secs, char iso[32]);

#endif
