#!/bin/sh
# Print the invented BWAP field review (round m15) to PDF with headless Chromium
# (no header/footer, so page furniture does not break the text).
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/bwap-running-dry-2025.pdf tools/bwap-running-dry.html
