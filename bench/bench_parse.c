/*
 * bench_parse.c: the CPU time bank_parse takes on a file, with no size
 * limit (the commands refuse a bank over BANK_MAX_SIZE; the parser itself
 * must stay linear beyond it). Run by `make bench` through bench.py.
 *
 * usage: bench_parse FILE [REPEAT]
 * prints: bytes items errors seconds, the median CPU seconds of REPEAT
 * parses (default 3).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bank.h"
#include "util.h"

/* CPU seconds of this process: a busy shared machine does not skew it. */
static double
bench_cpu(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

static int
bench_cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

int
main(int argc, char **argv)
{
	struct bank	*b;
	struct buf	 data;
	FILE		*f;
	char		 chunk[65536];
	double		*t, t0;
	size_t		 n, nitems = 0, nerrors = 0;
	int		 repeat = 3, i;

	if (argc < 2 || argc > 3 ||
	    (argc == 3 && (repeat = atoi(argv[2])) < 1)) {
		fprintf(stderr, "usage: bench_parse FILE [REPEAT]\n");
		return (2);
	}
	if ((f = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		return (2);
	}
	buf_init(&data);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&data, chunk, n);
	fclose(f);
	t = xcalloc(repeat, sizeof *t);
	for (i = 0; i < repeat; i++) {
		t0 = bench_cpu();
		b = bank_parse(argv[1], data.data, data.len);
		t[i] = bench_cpu() - t0;
		nitems = b->nitems;
		nerrors = b->nerrors;
		bank_free(b);
	}
	qsort(t, repeat, sizeof *t, bench_cmp);
	printf("%zu %zu %zu %.3f\n", data.len, nitems, nerrors, t[repeat / 2]);
	free(t);
	buf_free(&data);
	return (0);
}
