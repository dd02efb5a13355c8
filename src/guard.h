/*
 * guard.h: the determinism guard's rule: which items must run again
 * under another hash seed before their keys are trusted.
 *
 * A program's output can depend on the hash seed only through the
 * iteration order of a set (or frozenset) of str or bytes, hash() and
 * what is built on it, and on memory addresses only through id(), the
 * default hash of objects and default reprs ("<A object at 0x...>").
 * guard_static reads the program's text for what can lead there;
 * guard_needed adds what its first run showed. Either says rerun; it
 * errs on that side: a word in a string or a comment counts too.
 */
#ifndef SQ_GUARD_H
#define SQ_GUARD_H

#include <stddef.h>

enum guard_mode {
	GUARD_AUTO,	/* rerun only what the rule picks (default) */
	GUARD_ALWAYS,	/* rerun every item */
	GUARD_NEVER	/* one run each */
};

struct result;

/* "auto", "always" or "never". 0, or -1 for another name. */
int	 guard_parse_mode(const char *, enum guard_mode *);
/*
 * Can the program src (len bytes) give another output under another
 * hash seed or memory layout, from its text alone? NULL when it cannot,
 * else why it may (a static string: "a set display", "'id'", "imports
 * os").
 */
const char *guard_static(const char *src, size_t len);
/*
 * Must a program, whose first run gave r, run again? NULL when not, else
 * why (static string): guard_static's reason, or what the run showed (a
 * memory address in its output or its exception's message).
 */
const char *guard_needed(const char *src, size_t len, const struct result *r);

#endif
