# threadtag: a thin front for CMake. `make run` and `make test` set up what they need.
BUILD    ?= build
PREFIX   ?= /usr/local
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE   ?= samples/ukraine-security-guarantees.yaml
CMAKEFLAGS ?=
CTESTFLAGS ?=
ifdef CI
CMAKEFLAGS += -DTT_WERROR=ON
endif

.PHONY: all build run test check-asan test-asan test-tsan bench install clean deps deps-test

all: build

deps:
	@sh scripts/deps.sh build

deps-test:
	@sh scripts/deps.sh test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKEFLAGS)

build: deps-test $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/threadtag $(SAMPLE)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) $(CTESTFLAGS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan:
	$(MAKE) test BUILD=build-asan CMAKEFLAGS="$(CMAKEFLAGS) -DTT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

# The tests of code that runs threads besides the main one (the search's workers) under ThreadSanitizer.
test-tsan:
	$(MAKE) test BUILD=build-tsan CMAKEFLAGS="$(CMAKEFLAGS) -DTT_TSAN=ON -DCMAKE_BUILD_TYPE=Debug" \
		CTESTFLAGS="-R 'test_search|e2e_search_bg' $(CTESTFLAGS)"

bench: build
	sh bench/run.sh $(BUILD)

# Reconfigure with PREFIX so the installed binary looks for themes and samples there.
install: deps-test
	cmake -S . -B $(BUILD) -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKEFLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	cmake --install $(BUILD)

clean:
	rm -rf build build-asan build-tsan
