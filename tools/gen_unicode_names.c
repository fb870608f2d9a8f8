/* gen_unicode_names.c: generates src/parse/unicode_names_data.h (the character-name table
 * behind \N{...} and unicodedata.name) from the Unicode Character Database files of the
 * Debian package unicode-data, and the ranges of characters newer than MAX_AGE (which
 * Python 3.11 treats as unassigned). Names are word-compressed: see unicode_names.c.
 * Usage: gen_unicode_names UCD_DIR MAX_AGE OUT  (e.g. /usr/share/unicode 14.0 out.h) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CP     0x110000
#define MAX_WORDS  (0xBE + 64 * 255)
#define MAX_NAME   128
#define MAX_NAMES  60000
#define MAX_RANGES 64

typedef struct Word {
    char *text;
    int count, index;
} Word;

static unsigned short age_of[MAX_CP]; /* major*100+minor; 0 = unassigned */
static char *names[MAX_CP];
static Word words[MAX_WORDS * 2];
static int nwords;
static uint32_t ranges[MAX_RANGES][2];
static int nranges;

static void die(const char *msg, const char *arg) {
    fprintf(stderr, "gen_unicode_names: %s %s\n", msg, arg ? arg : "");
    exit(1);
}

static FILE *open_ucd(const char *dir, const char *file) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (!f) die("cannot open", path);
    return f;
}

static int parse_age(const char *s) {
    int major = 0, minor = 0;
    if (sscanf(s, " %d.%d", &major, &minor) != 2) die("bad age", s);
    return major * 100 + minor;
}

static void read_ages(const char *dir) {
    FILE *f = open_ucd(dir, "DerivedAge.txt");
    char line[512];
    while (fgets(line, sizeof line, f)) {
        unsigned lo, hi;
        char *semi = strchr(line, ';');
        if (line[0] == '#' || !semi) continue;
        if (sscanf(line, "%x..%x", &lo, &hi) != 2) {
            if (sscanf(line, "%x", &lo) != 1) continue;
            hi = lo;
        }
        int age = parse_age(semi + 1);
        for (unsigned cp = lo; cp <= hi && cp < MAX_CP; cp++) age_of[cp] = (unsigned short)age;
    }
    fclose(f);
}

static char *dup_string(const char *s) {
    char *d = malloc(strlen(s) + 1);
    if (!d) die("out of memory", NULL);
    return strcpy(d, s);
}

/* Adds [lo, hi] split into the parts whose characters are no newer than max_age. */
static void add_range(uint32_t lo, uint32_t hi, int max_age) {
    for (uint32_t cp = lo; cp <= hi; cp++) {
        if (!age_of[cp] || age_of[cp] > max_age) continue;
        uint32_t end = cp;
        while (end + 1 <= hi && age_of[end + 1] && age_of[end + 1] <= max_age) end++;
        if (nranges == MAX_RANGES) die("too many ranges", NULL);
        ranges[nranges][0] = cp;
        ranges[nranges][1] = end;
        nranges++;
        cp = end;
    }
}

static void read_names(const char *dir, int max_age) {
    FILE *f = open_ucd(dir, "UnicodeData.txt");
    char line[1024];
    uint32_t range_start = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned cp;
        char name[256];
        if (sscanf(line, "%x;%255[^;]", &cp, name) != 2 || cp >= MAX_CP) continue;
        if (name[0] == '<') {
            if (!strstr(name, "CJK Ideograph")) continue;
            if (strstr(name, ", First>"))
                range_start = cp;
            else if (strstr(name, ", Last>"))
                add_range(range_start, cp, max_age);
            continue;
        }
        if (!age_of[cp] || age_of[cp] > max_age) continue;
        if (strlen(name) >= MAX_NAME) die("name too long", name);
        names[cp] = dup_string(name);
    }
    fclose(f);
}

/* Calls fn for each word of a name: parts split at ' ' and '-'; sep is the separator
 * before the part (0 for the first). */
static void for_each_part(const char *name, void (*fn)(const char *, size_t, int, void *),
                          void *ctx) {
    int sep = 0;
    const char *p = name;
    for (;;) {
        size_t n = strcspn(p, " -");
        fn(p, n, sep, ctx);
        if (!p[n]) break;
        sep = p[n];
        p += n + 1;
    }
}

static Word *hash_table[1 << 16];

static unsigned hash_text(const char *s, size_t n) {
    unsigned h = 5381;
    while (n--) h = h * 33 + (unsigned char)*s++;
    return h & 0xFFFF;
}

static Word *lookup_word(const char *text, size_t len) {
    unsigned h = hash_text(text, len);
    while (hash_table[h]) {
        Word *w = hash_table[h];
        if (strlen(w->text) == len && memcmp(w->text, text, len) == 0) return w;
        h = (h + 1) & 0xFFFF;
    }
    if (nwords >= MAX_WORDS * 2) die("too many words", NULL);
    Word *w = &words[nwords++];
    w->text = malloc(len + 1);
    if (!w->text) die("out of memory", NULL);
    memcpy(w->text, text, len);
    w->text[len] = '\0';
    hash_table[h] = w;
    return w;
}

static void count_part(const char *text, size_t len, int sep, void *ctx) {
    (void)sep;
    (void)ctx;
    lookup_word(text, len)->count++;
}

static int by_count(const void *a, const void *b) {
    const Word *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->text, y->text);
}

/* ---- Output ---- */

typedef struct Buffer {
    unsigned char *data;
    size_t len, cap;
} Buffer;

static void put_value(Buffer *b, unsigned v) { /* stored shifted: see unicode_names.c */
    if (b->len == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 65536;
        b->data = realloc(b->data, b->cap);
        if (!b->data) die("out of memory", NULL);
    }
    b->data[b->len++] = (unsigned char)((v + 0x20) & 0xFF);
}

static void encode_part(const char *text, size_t len, int sep, void *ctx) {
    Buffer *b = ctx;
    if (sep == '-') put_value(b, 1);
    Word *w = lookup_word(text, len);
    if (w->index < 0xBE) {
        put_value(b, (unsigned)w->index + 2);
    } else {
        unsigned i = (unsigned)w->index - 0xBE;
        put_value(b, 0xC0 + i / 255);
        put_value(b, 1 + i % 255);
    }
}

#define CHUNK 4000 /* bytes per string literal: under the 4095 that C requires */

static void emit_string(FILE *out, const unsigned char *s, size_t n) {
    int col = 0;
    fputs("    \"", out);
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
            fputc((int)c, out);
            col++;
        } else {
            col += fprintf(out, "\\%03o", c);
        }
        if (col >= 90 && i + 1 < n) {
            fputs("\"\n    \"", out);
            col = 0;
        }
    }
    fputs("\",\n", out);
}

/* Emits data as an array of string literals of at most CHUNK bytes; with at_space, each
 * literal ends just after a ' ' (no word is split), otherwise each holds exactly CHUNK bytes
 * but the last. Returns the number of literals. */
static int emit_chunks(FILE *out, const char *name, const Buffer *b, int at_space) {
    int count = 0;
    fprintf(out, "static const char *const %s[] = {\n", name);
    for (size_t pos = 0; pos < b->len; count++) {
        size_t n = b->len - pos < CHUNK ? b->len - pos : CHUNK;
        while (at_space && n > 0 && b->data[pos + n - 1] != ' ') n--;
        if (n == 0) die("word longer than a chunk", NULL);
        emit_string(out, b->data + pos, n);
        pos += n;
    }
    fputs("};\n\n", out);
    return count;
}

static void emit_aliases(FILE *out, const char *dir, int max_age) {
    FILE *f = open_ucd(dir, "NameAliases.txt");
    char line[512];
    fputs("static const UnicodeAlias un_aliases[] = {\n", out);
    while (fgets(line, sizeof line, f)) {
        unsigned cp;
        char alias[256];
        if (line[0] == '#' || sscanf(line, "%x;%255[^;]", &cp, alias) != 2) continue;
        if (cp >= MAX_CP || !age_of[cp] || age_of[cp] > max_age) continue;
        fprintf(out, "    {\"%s\", 0x%04X},\n", alias, cp);
    }
    fputs("};\n\n", out);
    fclose(f);
}

/* The ranges of code points assigned after max_age: Python 3.11 treats them as unassigned
 * even where utf8proc's newer data knows them. */
static void emit_newer_ranges(FILE *out, int max_age) {
    fputs("static const uint32_t un_newer_ranges[][2] = {\n", out);
    for (uint32_t cp = 0; cp < MAX_CP; cp++) {
        if (age_of[cp] <= max_age) continue;
        uint32_t end = cp;
        while (end + 1 < MAX_CP && age_of[end + 1] > max_age) end++;
        fprintf(out, "    {0x%05X, 0x%05X},\n", (unsigned)cp, (unsigned)end);
        cp = end;
    }
    fputs("};\n\n", out);
}

int main(int argc, char **argv) {
    if (argc != 4) die("usage: gen_unicode_names UCD_DIR MAX_AGE OUT", NULL);
    int max_age = parse_age(argv[2]);
    read_ages(argv[1]);
    read_names(argv[1], max_age);
    int count = 0;
    size_t longest = 0;
    for (uint32_t cp = 0; cp < MAX_CP; cp++) {
        if (!names[cp]) continue;
        for_each_part(names[cp], count_part, NULL);
        count++;
        if (strlen(names[cp]) > longest) longest = strlen(names[cp]);
    }
    if (count > MAX_NAMES) die("too many names", NULL);
    qsort(words, (size_t)nwords, sizeof *words, by_count);
    if (nwords > MAX_WORDS) die("too many distinct words", NULL);
    memset(hash_table, 0, sizeof hash_table);
    for (int i = 0; i < nwords; i++) {
        words[i].index = i;
        unsigned h = hash_text(words[i].text, strlen(words[i].text));
        while (hash_table[h]) h = (h + 1) & 0xFFFF;
        hash_table[h] = &words[i];
    }
    Buffer stream = {0};
    uint32_t prev = 0;
    for (uint32_t cp = 0; cp < MAX_CP; cp++) {
        if (!names[cp]) continue;
        uint32_t delta = cp - prev;
        if (delta >= 1 && delta < 0xFF) {
            put_value(&stream, delta);
        } else {
            put_value(&stream, 0xFF);
            put_value(&stream, cp >> 16);
            put_value(&stream, (cp >> 8) & 0xFF);
            put_value(&stream, cp & 0xFF);
        }
        for_each_part(names[cp], encode_part, &stream);
        put_value(&stream, 0);
        prev = cp;
    }
    Buffer wordbuf = {0};
    for (int i = 0; i < nwords; i++) {
        for (const char *p = words[i].text; *p; p++) put_value(&wordbuf, (unsigned)*p - 0x20);
        put_value(&wordbuf, 0); /* a space separates words */
    }

    FILE *out = fopen(argv[3], "w");
    if (!out) die("cannot write", argv[3]);
    fprintf(out,
            "/* unicode_names_data.h: GENERATED by tools/gen_unicode_names.c from the Unicode\n"
            " * Character Database (UnicodeData.txt, NameAliases.txt, DerivedAge.txt), "
            "characters up to\n * Unicode %s. Do not edit; included only by "
            "unicode_names.c. */\n\n",
            argv[2]);
    fprintf(out,
            "#define UN_NAME_COUNT %d\n#define UN_WORD_COUNT %d\n#define UN_MAX_NAME %zu\n"
            "#define UN_CHUNK %d\n\n",
            count, nwords, longest, CHUNK);
    int word_chunks = emit_chunks(out, "un_words", &wordbuf, 1);
    emit_chunks(out, "un_stream", &stream, 0);
    fprintf(out, "#define UN_WORD_CHUNKS %d\n\n", word_chunks);
    fputs("static const uint32_t un_cjk_ranges[][2] = {\n", out);
    for (int i = 0; i < nranges; i++)
        fprintf(out, "    {0x%05X, 0x%05X},\n", (unsigned)ranges[i][0], (unsigned)ranges[i][1]);
    fputs("};\n\n", out);
    emit_newer_ranges(out, max_age);
    emit_aliases(out, argv[1], max_age);
    if (fclose(out) != 0) die("cannot write", argv[3]);
    return 0;
}
