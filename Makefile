# pvm build: `make` (optimised), `make run`, `make test`, `make test SAN=1`, `make bench`,
# `make expected`, `make deps`, `make format`, `make clean`.
CC ?= cc
SAN ?=
ifeq ($(SAN),1)
  CC := clang
  BUILD := build/san
  CFLAGS_MODE := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                 -fno-sanitize-recover=undefined -DPVM_SANITIZE
  LDFLAGS_MODE := -fsanitize=address,undefined
  LIBS_ALLOC :=
  PVM := $(BUILD)/pvm
else
  BUILD := build/opt
  CFLAGS_MODE := -O2 -g
  LDFLAGS_MODE :=
  LIBS_ALLOC := -lmimalloc
  PVM := pvm
endif

CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter \
          -Isrc -Iinclude -I$(BUILD) $(CFLAGS_MODE) -MMD -MP
LIBS := -lgmp -lutf8proc $(LIBS_ALLOC) -ledit -lm

SRCS := $(shell find src -name '*.c' ! -name main.c | sort)
OBJS := $(SRCS:%.c=$(BUILD)/%.o)
DEPS_HEADERS := /usr/include/$(shell gcc -print-multiarch)/gmp.h /usr/include/utf8proc.h /usr/include/mimalloc.h \
                /usr/include/pcre2.h /usr/include/editline/readline.h


.PHONY: all run test expected bench deps format clean
all: $(PVM)

$(PVM): $(BUILD)/libpvm.a $(BUILD)/src/main.o
	$(CC) $(LDFLAGS_MODE) -o $@ $(BUILD)/src/main.o $(BUILD)/libpvm.a $(LIBS)

$(BUILD)/libpvm.a: $(OBJS)
	@rm -f $@
	ar rcs $@ $^

# Every exported static type (`Type type_x = {` or `Type exc_x = {` at the start of a line)
# is listed for runtime.c, which readies them all at start-up.
$(BUILD)/static_types.inc: $(SRCS)
	@mkdir -p $(BUILD)
	@grep -h -o '^Type [A-Za-z_0-9]* = ' $(SRCS) | sed 's/^Type \(.*\) = /X(\1)/' | sort > $@.tmp
	@cmp -s $@.tmp $@ || mv $@.tmp $@; rm -f $@.tmp

$(BUILD)/src/vm/runtime.o: $(BUILD)/static_types.inc

$(BUILD)/%.o: %.c | $(DEPS_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# Any missing system header or data file: install the Debian packages.
$(DEPS_HEADERS):
	$(MAKE) deps

deps:
	@missing=""; \
	for p in libgmp-dev libutf8proc-dev libpcre2-dev libmimalloc-dev libedit-dev zlib1g-dev \
	         unicode-data clang python3 libpython3.11-stdlib; do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q $$missing; \
	fi

run: $(PVM)
	./$(PVM) --tokens examples/hello.py
	./$(PVM) --ast examples/hello.py
	./$(PVM) -m dis examples/hello.py
	./$(PVM) examples/hello.py
	./$(PVM) examples/pipeline.py

# C unit tests: tests/c/test_NAME.c, each a program linked with libpvm.a that exits 0 on success.
UNIT_BINS := $(patsubst %.c,$(BUILD)/%,$(wildcard tests/c/test_*.c))
$(BUILD)/tests/c/%: tests/c/%.c $(BUILD)/libpvm.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS_MODE) -o $@ $< $(BUILD)/libpvm.a $(LIBS)

# examples/embed.c: a C program embedding pvm through include/pvm.h only; it exits 0 when
# everything worked, so `make test` builds and runs it with the unit tests.
$(BUILD)/examples/embed: examples/embed.c include/pvm.h $(BUILD)/libpvm.a
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -Wall -Wextra -Werror -Iinclude $(CFLAGS_MODE) $(LDFLAGS_MODE) -o $@ $< \
	    $(BUILD)/libpvm.a $(LIBS)
UNIT_BINS += $(BUILD)/examples/embed

test: $(PVM) $(UNIT_BINS)
	python3 tests/run.py --pvm ./$(PVM) $(addprefix --unit ,$(UNIT_BINS))

expected:
	python3 tests/run.py --regen

bench: $(PVM)
	python3 bench/run.py --pvm ./$(PVM)

format:
	clang-format -i $$(find src include tools tests/c -name '*.[ch]' ! -name '*_data.[ch]')

clean:
	rm -rf build pvm

-include $(OBJS:.o=.d) $(BUILD)/src/main.d
