# Askel: `make run` to try it, `make test` to check it. Both install what is
# missing and start a project-local PostgreSQL unless DATABASE_URL is set.
SHELL := bash
export CARGO_TARGET_DIR ?= $(CURDIR)/target
export ASKEL_TOOLS ?= $(HOME)/.cache/askel-tools
export PATH := $(ASKEL_TOOLS)/bin:$(HOME)/.cargo/bin:$(PATH)
export ASKEL_SITE_ROOT := $(CARGO_TARGET_DIR)/site
BIN := $(CARGO_TARGET_DIR)/debug/askel
RELEASE_BIN := $(CARGO_TARGET_DIR)/release/askel
# The release-profile front end (what a deployment ships), built into a site of its own.
RELEASE_SITE := $(CARGO_TARGET_DIR)/site-release
WITH_DB := scripts/with-db.sh

.PHONY: run dev dev-key test setup setup-test build build-release build-server build-release-front test-rust test-e2e test-release-wasm test-backup backup restore bench lint sqlx-prepare db-stop clean-db

# A development key kept under target/, so sessions and codes survive restarts.
DEV_KEY := $(CARGO_TARGET_DIR)/askel-dev-session.key

# What a phone would really get: the release server and front end (WASM
# through wasm-opt, files precompressed). `make dev` builds and serves the
# debug build instead, faster to rebuild while working on the code.
run: setup build-release dev-key
	ASKEL_SITE_ROOT=$(RELEASE_SITE) ASKEL_SESSION_KEY="$${ASKEL_SESSION_KEY:-$$(cat "$(DEV_KEY)")}" $(WITH_DB) bash -c '$(RELEASE_BIN) seed --development && exec $(RELEASE_BIN)'

dev: setup build dev-key
	ASKEL_SESSION_KEY="$${ASKEL_SESSION_KEY:-$$(cat "$(DEV_KEY)")}" $(WITH_DB) bash -c '$(BIN) seed --development && exec $(BIN)'

dev-key:
	@[ -s "$(DEV_KEY)" ] || (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$(DEV_KEY)"; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >> "$(DEV_KEY)")

test: setup-test lint build-server build-release-front test-rust test-backup test-e2e test-release-wasm

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh test

build:
	cargo leptos build
	scripts/build-enhance.sh debug $(ASKEL_SITE_ROOT)

build-release:
	LEPTOS_SITE_ROOT=$(RELEASE_SITE) cargo leptos build --release --precompress
	scripts/build-enhance.sh release $(RELEASE_SITE)

# The tests serve the release front end (below): only the server is built here.
build-server:
	cargo leptos build --server-only

test-rust:
	$(WITH_DB) cargo test --workspace --locked

# The browser tests get their own fresh database, so they never see demo data,
# and the release front end, precompressed, as a deployment serves it: the debug
# WASM is seven times larger, and compressing it again for every page cost the
# server more than rendering the pages.
test-e2e: build-release-front
	ASKEL_DB=askel_e2e ASKEL_SITE_ROOT=$(RELEASE_SITE) $(WITH_DB) bash -c 'cd end2end && ASKEL_BIN=$(BIN) npx playwright test'

# Only the WASM, JS and assets, in the wasm-release profile and through wasm-opt,
# brotli and gzip beside each file, exactly as `cargo leptos build --release
# --precompress` makes them, without a release server; and the small WASM of
# app/enhance, which cargo-leptos does not build (one library per site).
build-release-front:
	LEPTOS_SITE_ROOT=$(RELEASE_SITE) cargo leptos build --release --frontend-only --precompress
	scripts/build-enhance.sh release $(RELEASE_SITE)

# Every island started from the release bundle in Chromium (end2end/release/).
test-release-wasm: build-release-front
	ASKEL_DB=askel_e2e_release $(WITH_DB) bash -c 'cd end2end && ASKEL_BIN=$(BIN) ASKEL_RELEASE_SITE_ROOT=$(RELEASE_SITE) npx playwright test --config release.config.ts'

# A backup of the database (DATABASE_URL, else the local one) into backups/, or
# FILE=… to choose; `make restore FILE=…` puts one back (see scripts/backup.sh).
backup:
	scripts/backup.sh backup $(FILE)

restore:
	@[ -n "$(FILE)" ] || { echo "make restore FILE=backups/askel-….dump" >&2; exit 2; }
	scripts/backup.sh restore $(FILE)

test-backup:
	$(WITH_DB) scripts/test-backup.sh $(BIN)

bench:
	@scripts/setup.sh bench
	$(MAKE) --no-print-directory build-release
	ASKEL_SITE_ROOT=$(RELEASE_SITE) ASKEL_DB=askel_bench $(WITH_DB) scripts/bench.sh $(RELEASE_BIN)

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p app --lib --locked --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings
	cargo clippy -p enhance --lib --locked --target wasm32-unknown-unknown -- -D warnings

# Regenerates .sqlx/ from a scratch database migrated with plain psql.
sqlx-prepare:
	ASKEL_DB=askel_prepare $(WITH_DB) bash -c 'for f in server/migrations/*.up.sql; do psql -q -v ON_ERROR_STOP=1 "$$DATABASE_URL" -f "$$f"; done; \
	  rm -rf .sqlx && mkdir .sqlx && touch app/src/lib.rs && SQLX_OFFLINE=false SQLX_OFFLINE_DIR=$(CURDIR)/.sqlx cargo build -p server'

db-stop:
	scripts/pg.sh stop
