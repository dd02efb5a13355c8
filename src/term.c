/*
 * term.c: the terminal's shape, and text laid out to fit it.
 */
#include "config.h"

#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "term.h"
#include "util.h"

int
term_width(void)
{
	struct winsize	 ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ,
	    &ws) == 0 && ws.ws_col > 0)
		return (ws.ws_col);
	return (80);
}

void
term_bar_widths(int width, int base, int *name, int *bar)
{
	*bar = width >= 70 ? 20 : width - 50 > 5 ? width - 50 : 5;
	*name = base + (width - 80) + (20 - *bar);
	if (*name < 10)
		*name = 10;
	if (*name > 60)
		*name = 60;
}

char *
term_bar(int right, int total, int width)
{
	struct buf	 b;
	int		 i, full = total ? right * width / total : 0;

	buf_init(&b);
	buf_addc(&b, '[');
	for (i = 0; i < width; i++)
		buf_addc(&b, i < full ? '#' : '.');
	buf_addf(&b, "] %3d%% (%d/%d)", total ? right * 100 / total : 0, right,
	    total);
	return (buf_detach(&b, NULL));
}
