/*
 * bank.h: snippet banks, Markdown files that read as study material.
 *
 * A generator file has the same form; its items (templates) carry a
 * ```params block (and maybe ```where) instead of keys, see gen.h.
 *
 * A bank is parsed with libcmark, so it means what a Markdown renderer
 * shows; the strict subset snipquiz reads is documented in
 * docs/bank-format.md. Every item and block keeps its source lines, so
 * errors name FILE:LINE and `check --update` can rewrite one key and
 * nothing else.
 */
#ifndef SQ_BANK_H
#define SQ_BANK_H

#include <stddef.h>

#include "form.h"
#include "style.h"

/* A fenced block: its fence lines and its content. */
struct bank_block {
	int	 start_line;	/* opening fence, 1-based */
	int	 end_line;	/* closing fence */
	char	*text;		/* content, as the renderer shows it */
	size_t	 len;
	char	 fence_char;	/* '`' or '~' */
	int	 fence_len;
	int	 indent;	/* spaces before the opening fence */
	char	*info;		/* the fence's info string, "output python>=3.12" */
};

struct bank_meta {
	char	*key;
	char	*value;
	int	 line;
};

/*
 * A bank's own option for a choice or select question: a possible
 * result of the program (```options), an expression judged after it
 * runs (```options eval) or a code fragment judged by a style checker
 * (```options pycodestyle clean). marked: the author says it is right.
 */
struct bank_option {
	char	*text;		/* as shown; continuation lines joined by \n */
	int	 marked;	/* [x] */
	int	 line;
	char	*why;		/* concept items: "    why: ..." or NULL */
};

/*
 * What an item is (- kind:): a program the oracle runs and keys, or a
 * concept question whose key the bank gives (no program can prove that
 * CPython compiles to bytecode, or what PEP 1 says): its options' marks
 * are the key, and it names its source (- source:).
 */
enum bank_kind {
	BANK_KIND_PROGRAM,
	BANK_KIND_CONCEPT
};

/* What an item needs beyond the plain sandbox (- needs:), as flags. */
#define BANK_NEEDS_DISPLAY	0x1	/* tkinter on a private X server */
#define BANK_NEEDS_SUBPROCESS	0x2	/* exec of the interpreter itself */
#define BANK_NEEDS_REQUESTS	0x4	/* Debian's python3-requests */
#define BANK_NEEDS_PYTEST	0x8	/* Debian's python3-pytest */

/*
 * Keys for some Python versions only: ```output python>=3.12 and
 * ```error python>=3.12 blocks, used instead of the plain ones when the
 * interpreter's version is in the range.
 */
struct bank_alt {
	char			*spec;		/* ">=3.12" */
	struct bank_block	*output;	/* or NULL */
	struct bank_block	*error;		/* or NULL */
	char			*error_type;
	char			*error_msg;
};

/* The most version ranges one item's keys may name. */
#define BANK_MAX_ALTS	16

/*
 * An authored misreading (```misread LABEL): the whole program as a
 * learner misreads it, run like a code mutant; its result is a wrong
 * option labelled by label (docs/bank-format.md, "Misreadings").
 */
struct bank_misread {
	char	*label;		/* what the learner believed */
	char	*code;		/* the misread program, complete */
	size_t	 len;
	int	 line;		/* its opening fence */
};

/* The most misreadings one item may carry, and a label's length. */
#define BANK_MAX_MISREADS	8
#define BANK_MISREAD_LABEL_MIN	3
#define BANK_MISREAD_LABEL_MAX	60

/* The keys an item holds for one interpreter (see bank_item_keys). */
struct bank_keys {
	const struct bank_block	*output;
	const struct bank_block	*error;
	const char		*error_type;
	const char		*error_msg;
};

struct bank_item {
	char			*id;
	int			 line;		/* the ## heading */
	int			 end_line;	/* last line of the item */
	struct bank_meta	*meta;
	size_t			 nmeta;
	const char		*objective;	/* from meta, or NULL */
	enum form		 form;		/* from meta, or FORM_OUTPUT */
	enum bank_kind		 kind;		/* from meta */
	unsigned		 needs;		/* BANK_NEEDS_*, from meta */
	const char		*source;	/* from meta, or NULL */
	const char		*covers;	/* from meta, or NULL */
	double			 timeout;	/* 0: the default */
	/* ```python; NULL for a concept, empty for fragments without one */
	struct bank_block	*code;
	struct bank_block	*output;	/* ```output, or NULL */
	struct bank_block	*error;		/* ```error, or NULL */
	struct bank_block	*input;		/* ```stdin, or NULL */
	struct bank_block	*params;	/* generators: ```params */
	struct bank_block	*where;		/* generators: ```where */
	struct bank_block	*fill;		/* ```fill: what ___ stands for */
	struct bank_block	*options;	/* ```options, or NULL */
	struct bank_option	*opts;		/* parsed from options */
	size_t			 nopts;
	int			 opts_eval;	/* ```options eval */
	/*
	 * ```options CHECKER clean|reported|codes: the checker that judges
	 * the fragments, and which are right: those it reports (1) or those
	 * it finds nothing in (0); or, with opts_codes, options that are its
	 * rule codes, right when it reports them on the item's program.
	 */
	enum style_checker	 opts_style;
	int			 opts_reported;
	int			 opts_codes;
	const char		*python;	/* from meta: a version range */
	struct bank_alt		*alts;		/* keys for some versions */
	size_t			 nalts;
	struct bank_misread	*misreads;	/* ```misread blocks */
	size_t			 nmisreads;
	char			*error_type;	/* parsed error key */
	char			*error_msg;	/* NULL: any message */
	char			*prompt;	/* prose before the code */
	char			*explanation;	/* prose after the code */
};

/* A problem found while parsing; the item it belongs to is dropped. */
struct bank_error {
	int	 line;
	char	*msg;
	size_t	 seq;		/* the order it was found in, for sorting */
};

struct bank {
	char			*path;
	char			*data;		/* the file's bytes */
	size_t			 len;
	struct bank_item	*items;
	size_t			 nitems;
	struct bank_error	*errors;
	size_t			 nerrors;
	size_t			 nbroken;	/* items dropped for errors */
};

/*
 * The largest bank read: 300 times the largest bundled one, some 20,000
 * items; parsing that much takes about 0.5 s and 350 MB (cmark's tree).
 */
#define BANK_MAX_SIZE	(16 << 20)

/*
 * Read and parse path. Returns the bank (parse errors are in its errors
 * array: they never stop the other items), or NULL with *cause set when
 * the file cannot be read, is not a regular file or is larger than
 * BANK_MAX_SIZE.
 */
struct bank		*bank_load(const char *path, char **cause);
/* Parse a bank held in memory; path names it in messages. Never NULL. */
struct bank		*bank_parse(const char *path, const char *data,
			     size_t len);
/*
 * Parse a "- needs:" value ("display, requests") into BANK_NEEDS_* bits.
 * 0, or -1 with *cause naming the unknown word.
 */
int			 bank_parse_needs(const char *, unsigned *needs,
			     char **cause);
/* The word of one BANK_NEEDS_* bit ("display"), or NULL. */
const char		*bank_needs_word(unsigned flag);
/* Free a bank; NULL is a no-op. */
void			 bank_free(struct bank *);
/*
 * The program an item runs: its code, with the blank filled by the
 * ```fill block if it has one. A new string; its length in *len.
 */
char			*bank_item_source(const struct bank_item *, size_t *len);
/*
 * The keys item it holds under Python version ("3.11.2"): the first
 * ```output python... / ```error python... block whose range holds it,
 * else the plain block, kind by kind.
 */
void			 bank_item_keys(const struct bank_item *, const char *version,
			     struct bank_keys *);
/* The item with this id, or NULL. */
struct bank_item	*bank_find(struct bank *, const char *id);
/* A metadata value of an item, or NULL. */
const char		*bank_meta(const struct bank_item *, const char *key);
/*
 * Split an error key ("Type" or "Type: message") into its type and
 * message (NULL for "Type" alone). 0, or -1 with *cause set.
 */
int			 bank_parse_error_key(const char *, size_t, char **type,
			     char **msg, char **cause);

/*
 * Add the banks in paths to *list: a file as it is, a folder as the *.md
 * files below it (hidden entries skipped; symbolic links followed, but
 * each folder searched once, by device and inode, so a loop ends). Prints
 * "snipquiz WHO: PATH: error" and returns -1 for what cannot be read (the
 * rest is still added); 0 otherwise. Sort the list with bank_sort_paths.
 */
int			 bank_collect(const char *who, char **paths,
			     size_t npaths, char ***list, size_t *n);
/*
 * bank_collect, taking from folders the files whose names end in one of
 * exts (NULL-terminated) instead of .md.
 */
int			 bank_collect_ext(const char *who, char **paths,
			     size_t npaths, const char *const *exts,
			     char ***list, size_t *n);
/* Sort collected paths (the order reports and generated banks use). */
void			 bank_sort_paths(char **list, size_t n);

#endif
