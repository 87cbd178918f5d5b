# The two commands of the README: `make demo` and `make test`. Both install
# what is missing (Debian packages with apt-get, Python packages into .venv),
# build, and run. `make bench` measures speed, memory and size in one table (bench/results.json).
# `make docs` builds the documentation site (README, docs/, the notebooks with their
# outputs) into build/docs/html/index.html, which opens without internet.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
BUILD_DIR := build/python
DEBIAN_PACKAGES := g++ make pkg-config git libeigen3-dev libboost-dev libhdf5-dev libtomlplusplus-dev \
                   doctest-dev librandom123-dev chromium chromium-driver
JOBS ?= $(shell nproc)
DEMO_SIZE ?= 100000
DEMO_SEED ?= 1
DEMO_REPLICATIONS ?= 10

.PHONY: demo test build notebooks system-deps bench validate docs clean sanitize fuzz

system-deps: $(VENV)/.system-deps
$(VENV)/.system-deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@mkdir -p $(VENV) && touch $@

$(VENV)/.python-deps: pyproject.toml | $(VENV)/.system-deps
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PY) -c "import subprocess, sys, tomllib; \
	  requires = tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires']; \
	  subprocess.check_call([sys.executable, '-m', 'pip', 'install', '-q', *requires, 'cmake>=3.24', 'ninja'])"
	touch $@

# Builds the engine, the C++ command, the doctest suite and the extension in
# one CMake tree (build/python), and installs the package into .venv.
build: $(VENV)/.python-deps
	CMAKE_BUILD_PARALLEL_LEVEL=$(JOBS) $(PIP) install -q --no-build-isolation \
	  -Cbuild-dir=$(BUILD_DIR) -Ccmake.define.MHSIM_BUILD_TESTS=ON '.[test,docs]'

# JupyterLab and the rest of the optional extra `notebooks` (pyproject.toml), for opening
# notebooks/; make test does not need them.
$(VENV)/.notebooks-deps: pyproject.toml | $(VENV)/.python-deps
	$(PY) -c "import subprocess, sys, tomllib; \
	  extra = tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['notebooks']; \
	  subprocess.check_call([sys.executable, '-m', 'pip', 'install', '-q', *extra])"
	touch $@

notebooks: build $(VENV)/.notebooks-deps
	@echo "The notebooks are in notebooks/. Open them with:"
	@echo "  $(VENV)/bin/jupyter lab notebooks/"

demo: build $(VENV)/.notebooks-deps
	$(VENV)/bin/mhsim demo --size $(DEMO_SIZE) --seed $(DEMO_SEED) -n $(DEMO_REPLICATIONS) --scenarios scenarios --out results

test: build
	$(VENV)/bin/ruff check python tests/python tests/golden tests/fuzz bench docs
	$(VENV)/bin/ruff format --check python tests/python tests/golden tests/fuzz bench docs
	$(VENV)/bin/ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)
	$(PY) -m pytest -q -n $(JOBS) --no-loadscope-reorder --durations=20 tests/python  # slowest twenty: where the 20-minute budget goes

# The C++ tests and a short run of the engine built with AddressSanitizer and
# UndefinedBehaviorSanitizer (its own tree, build/sanitize): any finding stops it with a report.
SANITIZE_DIR := build/sanitize
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
sanitize: $(VENV)/.python-deps
	$(VENV)/bin/cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMHSIM_BUILD_TESTS=ON \
	  -DMHSIM_BUILD_PYTHON=OFF -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)"
	$(VENV)/bin/cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 && \
	  ./mhsim_tests && \
	  ./mhsim-engine run ../../scenarios/baseline.toml --set population.size=20000 --set simulation.horizon_years=2 \
	    --out sanitized_run.h5 > /dev/null && echo "sanitize: C++ tests and a 20,000-person run are clean"

# Fuzzes the scenario loader and --set parsing for FUZZ_SECONDS with libFuzzer (clang, with
# AddressSanitizer and UndefinedBehaviorSanitizer), from the seeds in tests/fuzz/corpus and a
# dictionary of the baseline's keys; an input that crashes is written to tests/fuzz/regressions/,
# which make test replays (tests/cpp/test_fuzz_inputs.cpp).
FUZZ_DIR := build/fuzz
FUZZ_SECONDS ?= 300
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
fuzz: $(VENV)/.python-deps
	@command -v clang++ >/dev/null || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-dev; }
	$(VENV)/bin/cmake -S . -B $(FUZZ_DIR) -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMHSIM_BUILD_FUZZ=ON -DMHSIM_BUILD_PYTHON=OFF -DCMAKE_CXX_FLAGS="$(FUZZ_FLAGS)"
	$(VENV)/bin/cmake --build $(FUZZ_DIR) -j $(JOBS) --target scenario_fuzz
	$(PY) tests/fuzz/dictionary.py scenarios/baseline.toml > $(FUZZ_DIR)/keys.dict
	mkdir -p $(FUZZ_DIR)/corpus
	$(FUZZ_DIR)/scenario_fuzz $(FUZZ_DIR)/corpus tests/fuzz/corpus -dict=$(FUZZ_DIR)/keys.dict \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 -artifact_prefix=tests/fuzz/regressions/

# Runs a notebook again only when its executed copy in build/executed_notebooks/ is
# missing or older than it (`make test` writes them too), then Sphinx with warnings as errors.
docs: build
	$(PY) docs/site/build_site.py

# One table (bench/bench.py) of the baseline at each of BENCH_SIZES people x 10 years and at
# BENCH_LONG_SIZE x 20 years, the peers of bench/peers, replications on 1 and 2 threads and a sweep's
# overhead; written to bench/results.json. A quick run: make bench BENCH_SIZES="100000 300000"
# BENCH_LONG_SIZE=100000 BENCH_REPLICATION_SIZE=100000 BENCH_SWEEP_POINTS=20 BENCH_PEERS_ARGS="--size 20000".
# The 10,000,000 row takes minutes and about 2 GB. bench/timeline_speed.py and bench/report_size.py run alone.
BENCH_SIZES ?= 1000000 3000000 10000000
BENCH_LONG_SIZE ?= 1000000
BENCH_REPLICATION_SIZE ?= 1000000
BENCH_SWEEP_POINTS ?= 100
BENCH_PEERS_ARGS ?=
bench: build
	if [ -f bench/peers/compare.py ]; then \
	  $(PY) bench/peers/compare.py --json bench/peers/results.json $(BENCH_PEERS_ARGS); fi
	$(PY) bench/bench.py --sizes $(BENCH_SIZES) --long-size $(BENCH_LONG_SIZE) \
	  --replication-size $(BENCH_REPLICATION_SIZE) --sweep-points $(BENCH_SWEEP_POINTS) \
	  --peers bench/peers/results.json --json bench/results.json

# Every calibration and validation target (python/mhsim/validation/targets.toml) against the
# model: docs/validation.md and build/validation.html. Exit status 1 (after writing) when a target
# not marked off is outside its tolerance. About 5 to 7 minutes on 2 shared cores (after the build).
VALIDATE_SIZE ?= 200000
VALIDATE_SEEDS ?= 2
validate: build
	mkdir -p build
	$(VENV)/bin/mhsim validate-model --size $(VALIDATE_SIZE) --seeds $(VALIDATE_SEEDS) \
	  --out docs/validation.md --html build/validation.html

# Mutation testing, not part of make test: plants each change of tests/mutants/mutants.toml, one at a
# time, in a scratch copy (build/mutants), rebuilds it, runs the C++ tests and a few Python tests, and
# prints the kill rate (tests/mutants/README.md).
.PHONY: mutants
mutants: build
	$(PY) tests/mutants/run_mutants.py --jobs $(JOBS)

clean:
	rm -rf build results
