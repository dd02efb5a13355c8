/*
 * option.c: which of an item's own options are right.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "answer.h"
#include "option.h"
#include "util.h"

/* The exams' generic answers that mean "it does not run through". */
static const char *option_raises[] = {
	"The code raises an exception", "The code is erroneous",
	"The program raises an exception", "The program is erroneous", NULL
};

int
option_output_right(const char *text, const struct result *r)
{
	size_t	 i, len = strlen(text);

	for (i = 0; option_raises[i] != NULL; i++) {
		if (strncasecmp(text, option_raises[i],
		    strlen(option_raises[i])) == 0 &&
		    strspn(text + strlen(option_raises[i]), ". ") ==
		    len - strlen(option_raises[i]))
			return (r->exc_type != NULL);
	}
	return (answer_typed_matches(text, len, r));
}

void
option_probe_request(const struct bank_item *it, double timeout,
    struct oracle_req *req, char **owned)
{
	struct probe_input	 in;
	const char		**texts;
	char			*src;
	size_t			 i;

	memset(&in, 0, sizeof in);
	src = bank_item_source(it, &in.source_len);
	in.source = src;
	if (it->input != NULL) {
		in.stdin_data = it->input->text;
		in.stdin_len = it->input->len;
	}
	in.timeout = timeout > 0 ? timeout : it->timeout;
	in.needs = it->needs;
	texts = xcalloc(it->nopts + 1, sizeof *texts);
	for (i = 0; i < it->nopts; i++)
		texts[i] = it->opts[i].text;
	probe_eval_request(&in, texts, it->nopts, req, owned);
	free(texts);
	free(src);
}

int
option_judge(struct oracle *o, const struct bank_item *it,
    const struct result *truth, int *right, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	char			*owned;
	size_t			 i;
	int			 rc;

	if (!it->opts_eval) {
		for (i = 0; i < it->nopts; i++)
			right[i] = option_output_right(it->opts[i].text, truth);
		return (0);
	}
	option_probe_request(it, 0, &req, &owned);
	rc = oracle_run(o, &req, &r, cause);
	free(owned);
	if (rc == -1)
		return (-1);
	rc = probe_eval_values(&r, right, it->nopts, cause);
	result_free(&r);
	return (rc);
}
