#include "config.h"
#include "cli.h"
int
cmd_check(int argc, char **argv)
{
	return (EXIT_USAGE);
}
