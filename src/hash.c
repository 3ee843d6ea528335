/* hash: FNV-1a 64, the one hash behind derived ids, checksums and the id index. */
#include "threadtag/hash.h"

#define FNV_PRIME 0x100000001b3ULL

uint64_t tt_hash_field(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= FNV_PRIME;
	}
	h ^= 0xff;
	h *= FNV_PRIME;
	return h;
}
