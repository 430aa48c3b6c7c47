#!/bin/sh
# Print the inquiry report to PDF with headless Chromium (no header/footer, so page furniture does not break the text).
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/inquiry-report-siah-dik-tsf1.pdf tools/inquiry-report-siah-dik-tsf1.html
