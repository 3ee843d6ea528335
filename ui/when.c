/* when: times as people read them — relative in the comment tree ("3 h", "Mar 2015"), absolute on
 * the status line. */
#include "view.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* Seconds east of UTC in a zone suffix: "", "Z", "+01:00", "-0530"; -1 if not one. */
static int zone_offset(const char *z, long *secs)
{
	int h, m = 0;
	char sign = z[0];

	*secs = 0;
	if (!*z || !strcmp(z, "Z"))
		return 0;
	if ((sign != '+' && sign != '-') ||
	    (sscanf(z + 1, "%2d:%2d", &h, &m) < 1 && sscanf(z + 1, "%2d%2d", &h, &m) < 1))
		return -1;
	*secs = (sign == '-' ? -1 : 1) * (h * 3600L + m * 60L);
	return 0;
}

int when_parse(const char *iso, time_t *out)
{
	static const char *const forms[] = {"%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"};
	struct tm tm;
	long off;

	for (size_t i = 0; iso && i < sizeof forms / sizeof *forms; i++) {
		memset(&tm, 0, sizeof tm);
		const char *end = strptime(iso, forms[i], &tm);
		if (end && zone_offset(end, &off) == 0) {
			*out = timegm(&tm) - off;
			return 0;
		}
	}
	return -1;
}

void when_relative(time_t t, time_t now, char *out, size_t size)
{
	long long d = (long long)now - (long long)t;
	struct tm tm;

	if (d < 0) { /* a clock ahead of ours: the date itself says more */
		when_absolute(t, out, size);
		return;
	}
	if (d < 60)
		snprintf(out, size, "now");
	else if (d < 3600)
		snprintf(out, size, "%lld min", d / 60);
	else if (d < 86400)
		snprintf(out, size, "%lld h", d / 3600);
	else if (d < 30 * 86400LL)
		snprintf(out, size, "%lld d", d / 86400);
	else
		strftime(out, size, d < 365 * 86400LL ? "%b %e" : "%b %Y", localtime_r(&t, &tm));
}

void when_absolute(time_t t, char *out, size_t size)
{
	struct tm tm;

	strftime(out, size, "%e %b %Y %H:%M", localtime_r(&t, &tm));
	if (out[0] == ' ')
		memmove(out, out + 1, strlen(out));
}

const char *when_comment(const struct view *v, const tt_comment *c, int absolute, char *buf,
                         size_t size)
{
	time_t t;

	if (!c->time || when_parse(c->time, &t) < 0)
		return c->posted ? c->posted : c->time; /* as the source wrote it */
	if (absolute || !v->relative_dates)
		when_absolute(t, buf, size);
	else
		when_relative(t, v->now, buf, size);
	return buf;
}
