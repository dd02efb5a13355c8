/*
 * update.h: rewriting the keys of a bank in place, and nothing else.
 *
 * Edits are collected per bank (one per wrong key) and applied at once;
 * every byte outside the rewritten blocks stays as it was.
 */
#ifndef SQ_UPDATE_H
#define SQ_UPDATE_H

#include <stddef.h>

#include "bank.h"

struct update_edit {
	int	 first;		/* first line replaced, or where to insert */
	int	 last;		/* last line replaced; first - 1 to insert */
	int	 seq;		/* keeps inserts at one place in order */
	int	 eat_blank;	/* also drop a blank line just before */
	char	*text;		/* the new lines, each ending in "\n" */
};

struct update {
	struct update_edit	*edits;
	size_t			 n;
};

void	 update_init(struct update *);
void	 update_free(struct update *);
/* Move src's edits to the end of dst, in order; src is left empty. */
void	 update_move(struct update *dst, struct update *src);
/* Make the item's output key say out (normalised); empty removes it. */
void	 update_set_output(struct update *, const struct bank_item *,
	     const char *out, size_t len);
/*
 * Make the item's error key name type (and msg, if the key named a
 * message before or there was no key); type NULL removes the key.
 */
void	 update_set_error(struct update *, const struct bank_item *,
	     const char *type, const char *msg);
/*
 * A fenced block holding text (a trailing newline is added if missing),
 * fenced with fc, longer than any run of fc that starts a line of it.
 * Returns a new string ending in "\n".
 */
char	*update_render_block(const char *info, const char *text, size_t len,
	     char fc);
/* The bank's bytes with the edits applied (caller frees). */
char	*update_apply(const struct bank *, const struct update *, size_t *len);

#endif
