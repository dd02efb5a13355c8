/*
 * option.h: judging a bank's own options by running the program.
 *
 * An ```options block lists possible results of the program (its output;
 * an exception's name; "The code raises an exception"); an ```options
 * eval block lists Python expressions judged in the program's globals
 * after it runs; an ```options CHECKER block lists code fragments judged
 * by a style checker (style.h). Which options are right is always the oracle's answer:
 * check compares it with the author's [x] marks, the quiz grades by it.
 */
#ifndef SQ_OPTION_H
#define SQ_OPTION_H

#include "bank.h"
#include "oracle.h"
#include "probe.h"
#include "result.h"

/*
 * Is an output option right for result r? It is when it reads as the
 * typed answer would (the output, then the exception's name), or when it
 * is a generic "The code raises an exception" / "The code is erroneous"
 * and the program raises. 1 or 0.
 */
int	 option_output_right(const char *text, const struct result *r);
/*
 * right[i] for each of it's options, by the oracle: 1 right, 0 wrong;
 * for eval options also -1 (the expression raised, so it is wrong).
 * truth is the program's own result. Runs the probe for eval options,
 * the style checker for fragments (nothing else may be pending on o).
 * why, if not NULL, gets each fragment's reports (NULL: clean; caller
 * frees each), all NULL for other options. 0; 1 with *cause when the
 * checker is not installed; -1 with *cause set.
 */
int	 option_judge(struct oracle *, const struct bank_item *,
	     const struct result *truth, int *right, char **why,
	     char **cause);
/*
 * The request that judges it's fragments with its style checker
 * (timeout > 0 overrides the item's); free *owned once it is submitted.
 */
void	 option_style_request(const struct bank_item *, double timeout,
	     struct oracle_req *req, char **owned);
/*
 * From the style run r: right[i] by the block's clean or reported, and
 * why[i] as style_read gives them. Returns as style_read does.
 */
int	 option_style_values(const struct bank_item *, const struct result *r,
	     int *right, char **why, char **cause);
/*
 * The default question over it's fragments, naming the checker whose
 * verdict is the key: "Which of these follows PEP 8 (as pycodestyle
 * checks it)?", in the plural for a select (a static string).
 */
const char	*option_style_stem(const struct bank_item *, int select);
/*
 * Whose key it is, said after the answer: "Key: what pycodestyle reports
 * on each option, read as text, never run." (a static buffer).
 */
const char	*option_style_key(const struct bank_item *);
/* What an option's verdict says: "pycodestyle: E225 ..." (caller frees). */
char	*option_style_note(const struct bank_item *, const char *why);
/*
 * The probe request that judges it's eval options (timeout > 0 overrides
 * the item's); free *owned once it is submitted.
 */
void	 option_probe_request(const struct bank_item *, double timeout,
	     struct oracle_req *req, char **owned);

#endif
