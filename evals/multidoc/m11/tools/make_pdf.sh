#!/bin/sh
# Print tools/ngma-rfp-airborne-survey-phase1.html to corpus/ngma-rfp-airborne-survey-phase1.pdf
cd "$(dirname "$0")/.."
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=corpus/ngma-rfp-airborne-survey-phase1.pdf tools/ngma-rfp-airborne-survey-phase1.html
