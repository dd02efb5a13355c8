/*
 * sha256.h: SHA-256 (FIPS 180-4), for the result cache's keys and its
 * entries' checksums. Test vectors from FIPS 180-4's examples and NIST's
 * CAVP in tests/unit/test_sha256.c.
 */
#ifndef SQ_SHA256_H
#define SQ_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	32

struct sha256 {
	uint32_t	 h[8];
	uint64_t	 len;		/* bytes so far */
	unsigned char	 block[64];
	size_t		 fill;		/* bytes in block */
};

void	 sha256_init(struct sha256 *);
void	 sha256_add(struct sha256 *, const void *, size_t);
/* The digest of what was added; the context must be initialised again. */
void	 sha256_end(struct sha256 *, unsigned char digest[SHA256_LEN]);
/* The digest of one buffer. */
void	 sha256(const void *, size_t, unsigned char digest[SHA256_LEN]);
/* A digest as 64 lower-case hex digits and a NUL, into hex. */
void	 sha256_hex(const unsigned char digest[SHA256_LEN], char hex[65]);

#endif
