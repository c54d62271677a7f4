# Signaal. `make run` serves the site; `make test` runs every check.
GO ?= go

.PHONY: run build generate check test lint generated bench screenshots clean deps

run:
	$(GO) run ./cmd/signaal serve -addr 127.0.0.1:8080

build:
	$(GO) build -o bin/signaal ./cmd/signaal

# Regenerate the *_templ.go files after editing a .templ file.
generate:
	$(GO) tool templ generate -include-version=false

# Validate all content (links, translations, readability, help lines).
check:
	$(GO) run ./cmd/signaal check

# Fail when a committed *_templ.go differs from what templ generates now,
# or when code is not gofmt'ed or vet-clean.
generated:
	@$(GO) tool templ generate -include-version=false >/dev/null
	@git diff --exit-code -- '*_templ.go' || { echo "generated templ code is stale: run 'make generate' and commit"; exit 1; }
	@test -z "$$(git ls-files --others --exclude-standard -- '*_templ.go')" || { echo "new generated templ files are not committed"; exit 1; }

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '_templ.go$$')); test -z "$$out" || { echo "gofmt would change: $$out"; exit 1; }
	@$(GO) tool templ fmt -fail templates >/dev/null || { echo "templ fmt would change templates: run 'go tool templ fmt templates'"; exit 1; }
	$(GO) vet ./...

# Tools the tests need besides Go: xmllint (libxml2-utils) validates the
# sitemap against the sitemaps.org schema.
deps:
	@command -v xmllint >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils; }

test: deps generated lint check
	$(GO) test -count=1 ./...

# Go benchmarks (start-up, handler), then bench/run.sh: nginx vs signaal
# under wrk, and signaal export vs Hugo at 1,000 and 10,000 pages a language.
# Installs nginx, wrk and hugo from Debian when they are missing.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	bash bench/run.sh

clean:
	rm -rf bin
