/*
 * sanitize.h: what a sanitizer build (configure --enable-asan or
 * --enable-ubsan, which defines SQ_SANITIZED) changes for the oracle.
 *
 * In any other build sanitize_as_limit returns its argument and
 * sanitize_limit_data does nothing.
 */
#ifndef SQ_SANITIZE_H
#define SQ_SANITIZE_H

#include <stddef.h>

/*
 * The RLIMIT_AS that leaves a run memory bytes of its own. In a sanitizer
 * build: memory plus the address space the sanitizer runtime reserved at
 * start (AddressSanitizer's shadow and heap, about 20 TiB), unless the run
 * execs another interpreter (execs: --python), which reserves none. Never
 * fails.
 */
size_t	 sanitize_as_limit(size_t memory, int execs);
/*
 * In a sanitizer build, set RLIMIT_DATA to memory bytes on top of the
 * runtime's: ASan hands out blocks under 128 KiB from heap it reserved at
 * start, which RLIMIT_AS does not see; RLIMIT_DATA counts them (the
 * kernel lets such a mapping pass the limit, and refuses the next). Nothing
 * for a run that execs another interpreter. Returns 0, or -1 if setrlimit
 * failed; in any other build, 0 and nothing done.
 */
int	 sanitize_limit_data(size_t memory, int execs);

#endif
