/*
 * fuzz_bank.c: libFuzzer target for the bank parser (`make fuzz`).
 *
 * Any bytes are a bank, as `snipquiz check FILE` would read them: parse
 * them, then use every item the way check and practice do (its program
 * with the blank filled, its keys under two Python versions, its error
 * key, a look-up by id) and rewrite its keys as `check --update` would.
 * What the parser accepts must survive all of that; its errors must name
 * a line of the file.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bank.h"
#include "update.h"
#include "util.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Abort (a crash libFuzzer keeps) unless cond holds. */
#define FUZZ_ASSERT(cond) do {						\
	if (!(cond))							\
		abort();						\
} while (0)

static void
fuzz_item(struct bank *b, struct bank_item *it, struct update *u)
{
	struct bank_keys	 k;
	char			*src, *type, *msg, *cause;
	size_t			 len, i;

	FUZZ_ASSERT(it->id != NULL && it->code != NULL);
	FUZZ_ASSERT(bank_find(b, it->id) != NULL);
	src = bank_item_source(it, &len);
	FUZZ_ASSERT(strlen(src) <= len);
	free(src);
	FUZZ_ASSERT(it->nmisreads <= BANK_MAX_MISREADS);
	for (i = 0; i < it->nmisreads; i++) {
		FUZZ_ASSERT(strlen(it->misreads[i].label) >=
		    BANK_MISREAD_LABEL_MIN);
		FUZZ_ASSERT(strlen(it->misreads[i].code) == it->misreads[i].len);
	}
	bank_item_keys(it, "3.11.2", &k);
	bank_item_keys(it, "3.13.0", &k);
	bank_item_keys(it, NULL, &k);
	if (it->error != NULL) {
		cause = NULL;
		if (bank_parse_error_key(it->error->text, it->error->len, &type,
		    &msg, &cause) == 0) {
			free(type);
			free(msg);
		}
		free(cause);
	}
	(void)bank_meta(it, "objective");
	/* What --update writes when the program prints something else. */
	update_set_output(u, it, "changed\n", 8);
	update_set_error(u, it, it->error_type != NULL ? NULL : "ValueError",
	    "changed");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bank	*b, *again;
	struct update	 u;
	char		*out;
	size_t		 i, len;

	b = bank_parse("fuzz.md", (const char *)data, size);
	FUZZ_ASSERT(b != NULL);
	for (i = 0; i < b->nerrors; i++) {
		FUZZ_ASSERT(b->errors[i].msg != NULL);
		FUZZ_ASSERT(b->errors[i].line >= 1);
	}
	update_init(&u);
	for (i = 0; i < b->nitems; i++)
		fuzz_item(b, &b->items[i], &u);
	out = update_apply(b, &u, &len);
	/* The rewritten bank is a bank too. */
	again = bank_parse("fuzz.md", out, len);
	bank_free(again);
	free(out);
	update_free(&u);
	bank_free(b);
	return (0);
}
