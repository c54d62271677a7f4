# Signaal. `make run` serves the site; `make test` runs every check.
GO ?= go

.PHONY: run dev build generate icons check readability test jstest lint generated bench fuzz screenshots readme-screenshots clean deps lighthouse

run:
	$(GO) run ./cmd/signaal serve -addr 127.0.0.1:8080

# The editor's loop. The server reads content/ and static/ from disk and
# rebuilds at each save; the open page reloads itself (serve -dev). templ
# regenerates the Go code at each .templ save and restarts the server when
# the code changed; when only text changed it writes the text to tmp/templ,
# which the server watches and renders. Text-only edits leave the committed
# *_templ.go behind: run `make generate` before committing.
DEV_ADDR ?= 127.0.0.1:8080
dev:
	@mkdir -p tmp/templ
	TEMPL_DEV_MODE_ROOT=$(CURDIR)/tmp/templ $(GO) tool templ generate -include-version=false -watch \
		-cmd "$(GO) run ./cmd/signaal serve -addr $(DEV_ADDR) -content content -dev"

build:
	$(GO) build -o bin/signaal ./cmd/signaal

# Regenerate the *_templ.go files after editing a .templ file.
generate:
	$(GO) tool templ generate -include-version=false

# The favicon, the app icons and the share image: static/icons/favicon.svg
# drawn at each size by rsvg-convert (librsvg2-bin), square ones on its own
# blue, and made small by pngquant. The PNGs are committed, so building and
# testing need neither tool. After changing the picture, or --brand-bg in
# site.css (then the fill in favicon.svg too), run this and commit the PNGs;
# TestIconsMatchTheStylesheet fails until then.
ICONS := static/icons
ICON_BG = $(shell grep -o 'fill="\#[0-9a-fA-F]\{6\}"' $(ICONS)/favicon.svg | head -n 1 | cut -d'"' -f2)
icons:
	@command -v rsvg-convert >/dev/null && command -v pngquant >/dev/null || ($(APT) update && $(APT) install -y librsvg2-bin pngquant)
	rsvg-convert -w 32 -h 32 $(ICONS)/favicon.svg -o $(ICONS)/favicon-32.png
	rsvg-convert -w 180 -h 180 -b '$(ICON_BG)' $(ICONS)/favicon.svg -o $(ICONS)/apple-touch-icon.png
	rsvg-convert -w 192 -h 192 -b '$(ICON_BG)' $(ICONS)/favicon.svg -o $(ICONS)/icon-192.png
	rsvg-convert -w 512 -h 512 -b '$(ICON_BG)' $(ICONS)/favicon.svg -o $(ICONS)/icon-512.png
	rsvg-convert -w 630 -h 630 --page-width 1200 --page-height 630 --left 285 -b '$(ICON_BG)' $(ICONS)/favicon.svg -o $(ICONS)/share.png
	pngquant --force --strip --speed 1 --ext .png $(ICONS)/*.png

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

# Install what the tests need when it is missing: Debian's Chromium for the
# browser suite (internal/browsertest), xmllint (libxml2-utils) to validate
# the sitemap against the sitemaps.org schema, nginx with its brotli_static
# module and Caddy to serve an export as a publisher would
# (internal/statichost), systemd-analyze (systemd) to verify the shipped
# service unit, and axe-core from the npm lock file (npm ci runs
# again whenever package-lock.json changes).
NPMDIR := internal/browsertest
APT := DEBIAN_FRONTEND=noninteractive apt-get
NGINX_BROTLI := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
deps: $(NPMDIR)/node_modules/.package-lock.json
	@command -v chromium >/dev/null && command -v xmllint >/dev/null && command -v nginx >/dev/null && test -f $(NGINX_BROTLI) && command -v caddy >/dev/null && command -v systemd-analyze >/dev/null \
		|| ($(APT) update && $(APT) install -y chromium libxml2-utils nginx libnginx-mod-http-brotli-static caddy systemd)

$(NPMDIR)/node_modules/.package-lock.json: $(NPMDIR)/package-lock.json $(NPMDIR)/package.json
	@command -v npm >/dev/null || ($(APT) update && $(APT) install -y nodejs npm)
	cd $(NPMDIR) && npm ci --no-audit --no-fund

# The browser suite visits every page twice (phone and desk): on a busy
# 2-core machine it can pass Go's default 10-minute limit per package, so the
# limit is raised; CI's whole run must still stay under 30 minutes.
test: deps generated lint check jstest
	$(GO) test -count=1 -timeout 25m ./...

# Every page's words, sentence and word length and readability score.
readability:
	$(GO) run ./cmd/signaal check -report

# Full-page PNGs of the main pages at 375 and 1280 px, both languages, into
# tmp/screenshots/ (ignored by git: look at them, do not commit them).
SHOTS := tmp/screenshots
screenshots: deps
	SIGNAAL_SCREENSHOTS=$(CURDIR)/$(SHOTS) $(GO) test -count=1 -run '^TestScreenshots$$' -v ./internal/browsertest

# The few screenshots the README shows, copied from a fresh `make screenshots`
# into docs/screenshots/ and compressed with pngquant (256 colours; Debian has
# no oxipng) so that each commit of them adds kilobytes, not megabytes.
README_SHOTS := nl-home-375.png nl-home-1280.png
readme-screenshots: screenshots
	@command -v pngquant >/dev/null || ($(APT) update && $(APT) install -y pngquant)
	for f in $(README_SHOTS); do pngquant --force --strip --output docs/screenshots/$$f -- $(SHOTS)/$$f || exit 1; done

# The script's pure logic (Shift x3, open now, filter), tested in node;
# deps installs node.
jstest: deps
	node --test jstest/

# Go benchmarks (start-up, handler), then bench/run.sh: nginx, Caddy,
# signaal and a bare net/http server under wrk (requests/s and requests per
# CPU-second), and signaal export vs Hugo at 1,000 and 10,000 pages a
# language. Installs nginx, caddy, wrk and hugo from Debian when missing.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	bash bench/run.sh

# Lighthouse performance on a slow phone (mobile profile, simulated 4x CPU
# slowdown), the median of three runs a page, for the home, a youth and the
# help page in both languages (bench/lighthouse/run.sh; BENCHMARKS.md has
# the figures). Not part of `make test`: it takes minutes and its scores
# follow the machine's load. Lighthouse 12.8 is pinned in
# bench/lighthouse/package-lock.json.
LHDIR := bench/lighthouse
lighthouse: $(LHDIR)/node_modules/.package-lock.json
	@command -v chromium >/dev/null || ($(APT) update && $(APT) install -y chromium)
	bash $(LHDIR)/run.sh 3

$(LHDIR)/node_modules/.package-lock.json: $(LHDIR)/package-lock.json $(LHDIR)/package.json
	@command -v npm >/dev/null || ($(APT) update && $(APT) install -y nodejs npm)
	cd $(LHDIR) && npm ci --no-audit --no-fund

# Fuzz each target for FUZZTIME (default 1m). `make test` runs their seed
# corpora (and the inputs fuzzing once broke them, in testdata/fuzz) anyway.
FUZZTIME ?= 1m
FUZZ_TARGETS := internal/server:FuzzAcceptedEncoding internal/search:FuzzSearch internal/content:FuzzMarkdown
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$name ($$pkg) for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) ./$$pkg || exit 1; \
	done

clean:
	rm -rf bin
