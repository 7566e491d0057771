#!/bin/sh
# Renders the default link-preview image (public/og-image.png, 1200x630) from scripts/og-image.svg.
# Run by hand after editing the SVG, and commit the PNG: the build never renders it.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and the DejaVu and Noto CJK fonts.
set -eu
cd "$(dirname "$0")/.."
rsvg-convert --width 1200 --height 630 --format png --output public/og-image.png scripts/og-image.svg
