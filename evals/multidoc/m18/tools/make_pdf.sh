#!/bin/sh
# Print the RGFP brief (tools/rgfp-brief.html) to corpus/rgfp-brief-hattar-rare-earth-plant.pdf
cd "$(dirname "$0")/.." || exit 1
chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=corpus/rgfp-brief-hattar-rare-earth-plant.pdf tools/rgfp-brief.html
