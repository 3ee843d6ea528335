/* hash: the one hash of the project, FNV-1a 64 over text fields. */
#ifndef THREADTAG_HASH_H
#define THREADTAG_HASH_H

#include <stdint.h>

/* The FNV-1a 64 offset basis: start every hash here. */
#define TT_HASH_INIT 0xcbf29ce484222325ULL

/* Adds the bytes of s (NULL counts as empty) and then a 0xff byte, which UTF-8
 * text never holds, so ("ab", "c") and ("a", "bc") hash apart. Returns the new
 * state. Stored ids and checksums depend on it: never change it. */
uint64_t tt_hash_field(uint64_t h, const char *s);

#endif
