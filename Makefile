# Signaal. `make run` serves the site; `make test` runs every check.
GO ?= go

.PHONY: run build generate check test jstest lint generated bench screenshots clean

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

test: generated lint check jstest
	$(GO) test -count=1 ./...

# The script's pure logic (Shift x3, open now, filter), tested in node.
jstest:
	@command -v node >/dev/null || { apt-get install -y nodejs >/dev/null || { echo "jstest needs node"; exit 1; }; }
	node --test jstest/

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
