/* fuzz_parse.c: libFuzzer harness for the parse layer (source decoding, tokenizer, parser,
 * f-strings, string literals, ast_dump and the token dump): any input must give a tree or a
 * SyntaxError record, never a crash, a leak or undefined behaviour.
 * The first input byte selects the mode (exec/eval/single), the source's origin (file,
 * compile() of bytes, compile() of a str) and the dumps; the rest is the source. */
// Build and run from the repository root (~10 minutes with 2 jobs):
//   clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -DPVM_SANITIZE -Isrc \
//       -o /tmp/fuzz_parse tools/fuzz_parse.c src/parse/*.c src/memory/alloc.c \
//       -lutf8proc -lgmp -lm
//   mkdir -p /tmp/fuzz_corpus && cp tests/syntax/*.py tests/tokens/*.py /tmp/fuzz_corpus/
//   /tmp/fuzz_parse -max_total_time=600 -max_len=4096 -jobs=2 -workers=2 -close_fd_mask=2 \
//       /tmp/fuzz_corpus
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "parse/ast_dump.h"
#include "parse/parser.h"
#include "parse/tokens_dump.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *sink;
    if (!sink) sink = fopen("/dev/null", "w");
    if (size == 0 || !sink) return 0;
    static const ParseMode modes[] = {PARSE_FILE, PARSE_EVAL, PARSE_SINGLE};
    static const int origins[] = {0, PARSE_FROM_BYTES, PARSE_FROM_STRING};
    ParseMode mode = modes[data[0] % 3];
    int origin = origins[(data[0] / 3) % 3];
    const char *src = (const char *)data + 1;
    size--;

    Arena *arena = arena_new();
    if (!arena) return 0;
    SyntaxErrorInfo err = {0};
    Mod *m = parse_source(src, size, "<fuzz>", mode, origin, arena, &err);
    if (m) ast_dump(m, sink, data[0] & 1 ? 3 : -1, data[0] & 2);
    syntax_error_clear(&err);
    arena_free(arena);
    if (data[0] & 0x80) tokens_dump(src, size, "<fuzz>", sink);
    return 0;
}
