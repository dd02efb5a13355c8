/*
 * oracle_no_start.c: snipquiz-oracle, but with ORACLE_NO_START set in
 * its environment it only probes the sandbox (-P): asked to start the
 * interpreter, it exits 3 at once. As SNIPQUIZ_ORACLE (its own build,
 * so its own cache keys), tests/cli/cache.t shows that a check answered
 * wholly from the result cache starts no zygote, and that the first run
 * the cache cannot answer does.
 */
#include <stdlib.h>
#include <string.h>

int	oracle_main(int, char **);

#define main oracle_main
#include "../src/zygote_main.c"
#undef main

int
main(int argc, char **argv)
{
	int	 i;

	if (getenv("ORACLE_NO_START") == NULL)
		return (oracle_main(argc, argv));
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-P") == 0)
			return (oracle_main(argc, argv));
	}
	fprintf(stderr, "oracle-no-start: not starting an interpreter\n");
	return (3);
}
