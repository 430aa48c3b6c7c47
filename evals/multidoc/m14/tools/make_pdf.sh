#!/bin/sh
# Print the KRGO verification report to PDF with headless Chromium (no header/footer, so page furniture does not break the text).
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/krgo-verification-report-3-2025.pdf tools/krgo-verification-report-3-2025.html
