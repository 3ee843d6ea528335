/* dates: written dates in English, German, French, Spanish, Italian, Portuguese and Dutch. */
#ifndef THREADTAG_DATES_H
#define THREADTAG_DATES_H

#include <stddef.h>

/* As tt_datetime_parse, and also: month and weekday names of the other six
 * languages ("3. Dezember 2022 um 17:54 Uhr", "3 de diciembre de 2022 a las
 * 17:54", "le 3 décembre 2022 à 17 h 54"), day-first numeric dates
 * ("03.12.2022 17:54", "3/12/2022") and French hours ("17h54"). Returns 0
 * with iso set, or -1 (iso "") when the text is not a date. */
int tt_dates_parse(const char *text, char iso[32]);
/* A relative time in any of the seven languages ("2 hours ago", "vor 2
 * Stunden", "il y a 3 jours", "hace 2 horas", "2 ore fa", "há 2 dias", "2 uur
 * geleden", "gestern", "ayer"...). */
int tt_dates_is_relative(const char *text);
/* Could the len bytes at text hold a date at all? A month's name (English
 * by its first three letters, the other languages' whole) or digits joined
 * by '.', '/' or '-'. One pass, for ruling out most lines of a page before
 * the costlier readers. */
int tt_dates_plausible(const char *text, size_t len);
/* A day and month without a year, in any of the seven languages. */
int tt_dates_is_yearless(const char *text);

#endif
