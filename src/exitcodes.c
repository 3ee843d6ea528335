/* exitcodes: the one mapping of system errors onto sysexits.h codes. */
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

/* Output that could not come into being is 73; output that began and then
 * failed (a full disk, a device error, a closed pipe) is an I/O error. */
int tt_exit_for_output_errno(int err)
{
	switch (err) {
	case ENOENT:
	case ENOTDIR:
	case EACCES:
	case EPERM:
	case EISDIR:
	case ELOOP:
	case ENAMETOOLONG:
	case EROFS:
	case EEXIST:
	case ETXTBSY:
		return EX_CANTCREAT;
	default:
		return EX_IOERR;
	}
}
