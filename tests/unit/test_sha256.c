/*
 * test_sha256.c: SHA-256 (sha256.c) against published test vectors:
 * FIPS 180-4's examples (NIST, "Example Algorithms", SHA256.pdf: "abc"
 * and the 448-bit two-block message), the empty message and a million
 * 'a' (FIPS 180-2 appendix B.3), and NIST CAVP SHAVS short messages.
 * Also guard.c's static rule on small programs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "guard.h"
#include "sha256.h"

static void
check_hex(const char *hex, const char *want)
{
	if (strcmp(hex, want) != 0)
		fail_msg("got %s, want %s", hex, want);
}

static void
test_vectors(void **state)
{
	static const struct { const char *msg, *want; } cases[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
		{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		  "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	};
	unsigned char	 d[SHA256_LEN];
	char		 hex[65];
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sha256(cases[i].msg, strlen(cases[i].msg), d);
		sha256_hex(d, hex);
		check_hex(hex, cases[i].want);
	}
}

/* NIST CAVP SHA256ShortMsg.rsp: Len = 8, Msg = d3. */
static void
test_cavp_byte(void **state)
{
	unsigned char	 m = 0xd3, d[SHA256_LEN];
	char		 hex[65];

	sha256(&m, 1, d);
	sha256_hex(d, hex);
	check_hex(hex,
	    "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1");
}

/* A million 'a', added in pieces that straddle the 64-byte blocks. */
static void
test_million(void **state)
{
	struct sha256	 c;
	char		 chunk[1000], hex[65];
	unsigned char	 d[SHA256_LEN];
	int		 i;

	memset(chunk, 'a', sizeof chunk);
	sha256_init(&c);
	sha256_add(&c, chunk, 3);
	for (i = 0; i < 999; i++)
		sha256_add(&c, chunk, 1000);
	sha256_add(&c, chunk, 997);
	sha256_end(&c, d);
	sha256_hex(d, hex);
	check_hex(hex,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* The guard's static rule: what it must rerun, what it may skip. */
static void
test_guard_static(void **state)
{
	static const char *rerun[] = {
		"print({'a', 'b', 'c'})\n",
		"print({w for w in 'a b'.split()})\n",
		"for w in set(words): print(w)\n",
		"s = frozenset('ab')\n",
		"print(hash('a'))\n",
		"print(id(x) > 0)\n",
		"import random\nprint(random.random())\n",
		"from os import environ\n",
		"import math, uuid\n",
		"from . import x\n",
		"import sys\nprint(next(iter(sys.stdlib_module_names)))\n",
		"a = {}.keys()\nb = {}.keys()\nprint(a & b)\n",
		"print(d.keys() - e)\n",
		"exec('print(1)')\n",
		"open('m.py', 'w').write('S = set()')\nimport m\n",
		"print(f'{set()}')\n",
		"print({lambda: 1})\n",
		"class A:\n    def __hash__(self): return 1\n",
	};
	static const char *skip[] = {
		"print({})\n",
		"print({'a': 1, **b})\n",
		"print({k: v for k, v in d.items()})\n",
		"print({(x := 1): 2})\n",
		"import math, collections.abc as abc\nfrom functools import reduce\n",
		"for k, v in d.items():\n    print(k, v)\n",
		"# set() in a comment\nprint('x')\n",
		"def f() -> int:\n    return d.keys()\n",
		"try:\n    1 / 0\nexcept Exception as e:\n    raise ValueError from e\n",
		"print(f'{x:>{width}}')\n",
		"print(idx, ids)\n",
	};
	size_t	 i;

	for (i = 0; i < sizeof rerun / sizeof rerun[0]; i++) {
		if (guard_static(rerun[i], strlen(rerun[i])) == NULL)
			fail_msg("not rerun: %s", rerun[i]);
	}
	for (i = 0; i < sizeof skip / sizeof skip[0]; i++) {
		const char *why = guard_static(skip[i], strlen(skip[i]));

		if (why != NULL)
			fail_msg("rerun (%s): %s", why, skip[i]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
		cmocka_unit_test(test_cavp_byte),
		cmocka_unit_test(test_million),
		cmocka_unit_test(test_guard_static),
	};

	return (cmocka_run_group_tests(tests, NULL, NULL));
}
