/*
 * sanitize.h: what a sanitizer build (configure --enable-asan or
 * --enable-ubsan, which defines SQ_SANITIZED) changes for the oracle.
 *
 * In any other build this module is empty and sanitize_as_limit returns
 * its argument.
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

#endif
