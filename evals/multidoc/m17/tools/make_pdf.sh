#!/bin/sh
# Print the IRSS policy brief (tools/irss-brief-msp.html) to PDF with headless Chromium
# (no header/footer, so page furniture does not break the text).
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/irss-policy-brief-msp.pdf tools/irss-brief-msp.html
