/*
 * option.c: which of an item's own options are right.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "answer.h"
#include "option.h"
#include "style.h"
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

void
option_style_request(const struct bank_item *it, double timeout,
    struct oracle_req *req, char **owned)
{
	const char	**texts;
	char		 *src;
	size_t		  i, len;

	timeout = timeout > 0 ? timeout : it->timeout;
	/* Rule codes: the one text judged is the program. */
	if (it->opts_codes) {
		src = bank_item_source(it, &len);
		texts = xcalloc(1, sizeof *texts);
		texts[0] = src;
		style_request(it->opts_style, texts, 1, 1, timeout, req, owned);
		free(texts);
		free(src);
		return;
	}
	texts = xcalloc(it->nopts + 1, sizeof *texts);
	for (i = 0; i < it->nopts; i++)
		texts[i] = it->opts[i].text;
	style_request(it->opts_style, texts, it->nopts, 0, timeout, req,
	    owned);
	free(texts);
}

int
option_style_values(const struct bank_item *it, const struct result *r,
    int *right, char **why, char **cause)
{
	char	*all;
	size_t	 i;
	int	 rc;

	if (it->opts_codes) {
		/* One report on the program; each code is looked up in it. */
		if ((rc = style_read(r, it->opts_style, &all, 1, cause)) != 0)
			return (rc);
		for (i = 0; i < it->nopts; i++) {
			right[i] = style_reports_code(all, it->opts[i].text);
			why[i] = right[i] ? style_code_reports(all,
			    it->opts[i].text) : NULL;
		}
		free(all);
		return (0);
	}
	if ((rc = style_read(r, it->opts_style, why, it->nopts, cause)) != 0)
		return (rc);
	for (i = 0; i < it->nopts; i++)
		right[i] = (why[i] != NULL) == it->opts_reported;
	return (0);
}

const char *
option_style_stem(const struct bank_item *it, int select)
{
	if (it->opts_codes && it->opts_style == STYLE_PYCODESTYLE)
		return ("Which of these does pycodestyle report on this code?");
	if (it->opts_codes && it->opts_style == STYLE_PYDOCSTYLE)
		return ("Which of these does pydocstyle report on this code?");
	if (it->opts_codes)
		return ("Which of these does pep8-naming report on this code?");
	switch (it->opts_style) {
	case STYLE_PYCODESTYLE:
		if (it->opts_reported)
			return (select ? "Which of these break PEP 8 (as"
			    " pycodestyle reports)?" : "Which of these breaks"
			    " PEP 8 (as pycodestyle reports)?");
		return (select ? "Which of these follow PEP 8 (as pycodestyle"
		    " checks it)?" : "Which of these follows PEP 8 (as"
		    " pycodestyle checks it)?");
	case STYLE_PYDOCSTYLE:
		if (it->opts_reported)
			return (select ? "Which of these docstrings break PEP"
			    " 257 (as pydocstyle reports)?" : "Which of these"
			    " docstrings breaks PEP 257 (as pydocstyle"
			    " reports)?");
		return (select ? "Which of these docstrings follow PEP 257 (as"
		    " pydocstyle checks it)?" : "Which of these docstrings"
		    " follows PEP 257 (as pydocstyle checks it)?");
	case STYLE_NAMING:
		if (it->opts_reported)
			return (select ? "Which of these names break PEP 8's"
			    " naming conventions (as pep8-naming reports)?" :
			    "Which of these names breaks PEP 8's naming"
			    " conventions (as pep8-naming reports)?");
		return (select ? "Which of these names follow PEP 8's naming"
		    " conventions (as pep8-naming checks them)?" : "Which of"
		    " these names follows PEP 8's naming conventions (as"
		    " pep8-naming checks them)?");
	default:
		return ("");
	}
}

const char *
option_style_key(const struct bank_item *it)
{
	static char	 s[128];

	snprintf(s, sizeof s, "Key: what %s reports on %s.",
	    style_name(it->opts_style), it->opts_codes ? "the program" :
	    "each option, read as text, never run");
	return (s);
}

char *
option_style_note(const struct bank_item *it, const char *why)
{
	return (xprintf("%s: %s", style_name(it->opts_style), why != NULL ?
	    why : it->opts_codes ? "not reported on this code" :
	    "nothing to report"));
}

int
option_judge(struct oracle *o, const struct bank_item *it,
    const struct result *truth, int *right, char **why, char **cause)
{
	struct oracle_req	 req;
	struct result		 r;
	char			*owned, **mine;
	size_t			 i;
	int			 rc;

	if (why != NULL)
		memset(why, 0, it->nopts * sizeof *why);
	if (it->opts_style != STYLE_NONE) {
		option_style_request(it, 0, &req, &owned);
		rc = oracle_run(o, &req, &r, cause);
		free(owned);
		if (rc == -1)
			return (-1);
		mine = xcalloc(it->nopts, sizeof *mine);
		rc = option_style_values(it, &r, right, mine, cause);
		for (i = 0; i < it->nopts; i++) {
			if (why != NULL)
				why[i] = mine[i];
			else
				free(mine[i]);
		}
		free(mine);
		result_free(&r);
		return (rc);
	}
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
