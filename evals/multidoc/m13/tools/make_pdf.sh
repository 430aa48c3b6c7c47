#!/bin/sh
# Print the CRGS policy brief to PDF with headless Chromium (no header/footer, so page furniture does not break the text).
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/crgs-policy-brief-14-who-certifies-the-ore.pdf tools/crgs-policy-brief-14-who-certifies-the-ore.html
