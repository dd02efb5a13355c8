/*
 * gen.h: generators, templates that make a fresh, correctly keyed
 * variant of an exam item each time.
 *
 * A template is a bank item with a ```params block (Python run in the
 * oracle with `random` seeded, defining the values), an optional ```where
 * condition (a Python expression; a draw where it is false is drawn
 * again) and ```python, ```stdin, ```misread and prose that name the
 * values as ${name} (str) or ${name!r} (repr). The key of each variant is what the
 * oracle prints or raises, accepted only when a second run under another
 * hash seed agrees.
 */
#ifndef SQ_GEN_H
#define SQ_GEN_H

#include <stddef.h>

#include "bank.h"
#include "oracle.h"
#include "result.h"
#include "util.h"

/* Two oracles with different hash seeds, for the determinism guard. */
struct gen_oracles {
	struct oracle	*a;
	struct oracle	*b;
};

/*
 * A template misreading a variant left out: it gave the variant's true
 * answer (or an earlier misreading's), or, with why, no answer at all.
 */
struct gen_dropped {
	int		 line;		/* its fence in the template */
	char		*label;
	char		*why;		/* "does not compile: ...", or NULL */
};

struct gen_variant {
	char		*code;		/* the expanded snippet */
	size_t		 code_len;
	char		*input;		/* expanded stdin, or NULL */
	size_t		 input_len;
	char		*prompt;	/* expanded prose, or NULL */
	char		*explanation;
	struct bank_misread *misreads;	/* expanded ```misread blocks */
	size_t		 nmisreads;
	struct gen_dropped *dropped;	/* misreadings left out (gen_draw) */
	size_t		 ndropped;
	char		*seed;		/* what reproduces it */
	struct result	 result;	/* the oracle's answer */
};

/*
 * Start both oracles (hash seed: seed and another), lazily if lazy
 * (oracle_opts.lazy). 0, or -1 with *cause.
 */
int	 gen_oracles_start(struct gen_oracles *, long hash_seed, int quiet,
	     int lazy, char **cause);
void	 gen_oracles_stop(struct gen_oracles *);

/*
 * Draw up to count distinct variants of template it, reproducibly from
 * seed. A draft only expands the template: variants are not run, have no
 * key and are not guarded (for authors trying a template out). Returns how many were drawn (into *out, caller frees each with
 * gen_variant_free and the array with free); fewer than count with *cause
 * saying why (a broken params block, a template naming an unknown value,
 * or too few distinct stable variants).
 */
int	 gen_draw(struct gen_oracles *, const struct bank_item *it,
	     unsigned long seed, int count, int draft, struct gen_variant **out,
	     char **cause);
void	 gen_variant_free(struct gen_variant *);
/*
 * Variant v of template tmpl as an item to ask: v's code, stdin and
 * prose, the template's id, objective, form, limits and meta. *it points
 * into tmpl, v and the blocks the caller gives (code, in), which must
 * outlive it; nothing to free.
 */
void	 gen_item(const struct bank_item *tmpl, const struct gen_variant *v,
	     struct bank_item *it, struct bank_block *code,
	     struct bank_block *in);
/* Append a variant as a bank item with id "ID.n". */
void	 gen_render(struct buf *, const struct bank_item *it, int n,
	     const struct gen_variant *);

#endif
