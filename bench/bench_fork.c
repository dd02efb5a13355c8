/*
 * bench_fork.c: the floor of a run: the CPU time one fork, immediate
 * _exit and wait of a process holding the embedded interpreter costs,
 * initialised as the oracle's zygote initialises it (pyexec_init: the
 * same PyConfig, preloaded modules, frozen start-up objects), with no
 * sandbox, no messages and no snippet. Linked like snipquiz-oracle
 * (libpython and libc only here), so its mappings are the interpreter's.
 * Run by `make bench` through bench.py.
 *
 * With --pass each child does what the least Python run does, and no
 * more: the fork hooks os.fork runs (PyOS_BeforeFork and the two
 * PyOS_AfterFork_*), then `pass` run in __main__, then _exit: the floor
 * of a run that executes Python, pages written by the interpreter
 * included, still with no sandbox and no messages.
 *
 * usage: bench_fork [--pass] [FORKS [REPEAT]]
 * prints: forks regions ms faults: the median over REPEAT rounds
 * (default 5) of the CPU milliseconds (this process and its children,
 * user and system) per fork+exit+wait, over FORKS forks a round (default
 * 2000), how many regions /proc/self/maps lists, and the page faults per
 * fork+exit+wait (this process and its children).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pyexec.h"

/*
 * CPU seconds of who (RUSAGE_SELF or RUSAGE_CHILDREN), user + system;
 * its page faults (minor and major) added to *faults.
 */
static double
bench_rusage(int who, long *faults)
{
	struct rusage	 ru;

	getrusage(who, &ru);
	*faults += ru.ru_minflt + ru.ru_majflt;
	return (ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
	    ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
}

static int
bench_cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

/* How many mappings this process has: lines of /proc/self/maps. */
static int
bench_regions(void)
{
	FILE	*f;
	int	 c, n = 0;

	if ((f = fopen("/proc/self/maps", "r")) == NULL)
		return (-1);
	while ((c = getc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return (n);
}

int
main(int argc, char **argv)
{
	double	*per, before;
	char	*cause = NULL;
	long	 forks = 2000, repeat = 5, r, i, f0, f1 = 0;
	pid_t	 pid;
	int	 status, run = 0;

	if (argc > 1 && strcmp(argv[1], "--pass") == 0) {
		run = 1;
		argc--;
		argv++;
	}
	if (argc > 1)
		forks = strtol(argv[1], NULL, 10);
	if (argc > 2)
		repeat = strtol(argv[2], NULL, 10);
	if (forks < 1 || repeat < 1) {
		fprintf(stderr, "usage: bench_fork [--pass] [FORKS [REPEAT]]"
		    "\n");
		return (2);
	}
	/* As the zygote: nothing of the user's environment, C.UTF-8. */
	clearenv();
	setenv("LANG", "C.UTF-8", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	if (pyexec_init(0, &cause) == -1) {
		fprintf(stderr, "bench_fork: %s\n", cause);
		return (1);
	}
	per = calloc((size_t)repeat, sizeof *per);
	if (per == NULL)
		return (1);
	for (r = 0; r < repeat; r++) {
		f0 = f1 = 0;
		before = bench_rusage(RUSAGE_SELF, &f0) +
		    bench_rusage(RUSAGE_CHILDREN, &f0);
		for (i = 0; i < forks; i++) {
			if (run)
				PyOS_BeforeFork();
			if ((pid = fork()) == -1) {
				perror("bench_fork: fork");
				return (1);
			}
			if (pid == 0) {
				if (run) {
					PyOS_AfterFork_Child();
					PyRun_SimpleString("pass");
				}
				_exit(0);
			}
			if (run)
				PyOS_AfterFork_Parent();
			while (waitpid(pid, &status, 0) == -1)
				;
		}
		per[r] = (bench_rusage(RUSAGE_SELF, &f1) +
		    bench_rusage(RUSAGE_CHILDREN, &f1) - before) / forks * 1e3;
		f1 -= f0;
	}
	qsort(per, (size_t)repeat, sizeof *per, bench_cmp);
	printf("%ld %d %.4f %.1f\n", forks, bench_regions(), per[repeat / 2],
	    (double)f1 / forks);
	free(per);
	return (0);
}
