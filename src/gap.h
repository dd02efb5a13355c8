/*
 * gap.h: code with a blank (___) for the learner to fill in.
 *
 * A bank item may have one blank and a ```fill block saying what goes
 * there (its keys are what the completed code prints); any other item
 * can have a blank made for it (gap_make). Either way the learner's
 * completion is run, so every completion that gives the required result
 * counts, not only the key's.
 */
#ifndef SQ_GAP_H
#define SQ_GAP_H

#include <stddef.h>

/* How blanks are written: three underscores standing alone. */
#define GAP_BLANK	"___"

/* The number of blanks in code (___ not part of a longer name). */
int	 gap_count(const char *code, size_t len);
/*
 * code with its first blank replaced by fill (one line; a trailing
 * newline is dropped). Returns a new string, its length in *outlen;
 * a copy of code if it has no blank.
 */
char	*gap_fill(const char *code, size_t len, const char *fill,
	     size_t filllen, size_t *outlen);
/*
 * Make a blank in code for a learner to fill: one number, operator or
 * built-in call on a line without strings or comments, chosen with
 * random(). Returns 0 with *blanked (the code with ___) and *key (what
 * was there) set, or -1 when nothing suits.
 */
int	 gap_make(const char *code, size_t len, char **blanked, char **key);
/*
 * What a learner might put in the blank instead of fill: fill with one
 * number, operator or built-in changed for a near one (3 for 2, // for
 * /, min for max). Returns how many (each new, none equal to fill) in
 * *alts; free each and the array.
 */
int	 gap_alternatives(const char *fill, char ***alts);

#endif
