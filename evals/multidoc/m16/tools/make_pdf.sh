#!/bin/sh
# Print the IMPI policy brief (tools/impi-brief-qmct.html) to PDF with headless Chromium
# (no header/footer, so page furniture does not break the text).
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/impi-policy-brief-qmct.pdf tools/impi-brief-qmct.html
