/*
 * option.h: judging a bank's own options by running the program.
 *
 * An ```options block lists possible results of the program (its output;
 * an exception's name; "The code raises an exception"); an ```options
 * eval block lists Python expressions judged in the program's globals
 * after it runs. Which options are right is always the oracle's answer:
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
 * truth is the program's own result. Runs the probe for eval options
 * (nothing else may be pending on o). 0, or -1 with *cause set.
 */
int	 option_judge(struct oracle *, const struct bank_item *,
	     const struct result *truth, int *right, char **cause);
/*
 * The probe request that judges it's eval options (timeout > 0 overrides
 * the item's); free *owned once it is submitted.
 */
void	 option_probe_request(const struct bank_item *, double timeout,
	     struct oracle_req *req, char **owned);

#endif
