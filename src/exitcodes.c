/* exitcodes: mapping system errors onto sysexits.h codes. */
#include "threadtag/exitcodes.h"

#include <errno.h>

int tt_exit_for_errno(int err)
{
	switch (err) {
	case ENOENT:
	case ENOTDIR:
	case EACCES:
	case EISDIR:
	case ELOOP:
	case ENAMETOOLONG:
		return EX_NOINPUT;
	default:
		return EX_IOERR;
	}
}
