/*
 * form.c: the names of the forms a question can be asked in.
 */
#include "config.h"

#include <string.h>

#include "form.h"

/* In enum order. */
static const char *form_names[FORM_COUNT] = {
	"output", "choice", "select", "gap", "order", "error"
};

const char *
form_name(enum form f)
{
	return ((unsigned)f < FORM_COUNT ? form_names[f] : "output");
}

int
form_parse(const char *name, enum form *f)
{
	int	 i;

	for (i = 0; i < FORM_COUNT; i++) {
		if (strcmp(name, form_names[i]) == 0) {
			*f = (enum form)i;
			return (0);
		}
	}
	return (-1);
}

const char *
form_list(void)
{
	static char	 list[128];
	int		 i;

	if (list[0] == '\0') {
		for (i = 0; i < FORM_COUNT; i++) {
			if (i > 0)
				strcat(list, ", ");
			strcat(list, form_names[i]);
		}
	}
	return (list);
}
