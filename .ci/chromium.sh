#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing, for the headless browser test of the readable record page
# (tests/Pii.Records.Tests/HtmlPageTests.cs, which drives it through Playwright with ExecutablePath). Prints the
# executable's path on stdout; progress goes to stderr. Safe to run twice.
set -euo pipefail

chromium=${PII_CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
  echo "installing Chromium from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
  chromium=/usr/bin/chromium
fi

if [ ! -x "$chromium" ]; then
  echo "Chromium is still missing at $chromium after the install" >&2
  exit 1
fi

echo "$chromium"
