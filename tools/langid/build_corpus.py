#!/usr/bin/env python3
"""Builds Tamiz's language-identification corpus from the fetched raw data (see fetch.sh).

Writes WORK/corpus/<tag>.{train,test}.txt (running text, one paragraph a line) and
WORK/corpus/<tag>.words.{train,test}.txt (one word a line). The split is deterministic: UDHR paragraphs whose
index is 0 mod 5 and words whose CRC32 is 0 mod 10 are held out. Standard library only.
"""
import html, os, random, re, sys, zlib

WORK = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tamiz-langid"
UDHR = {
    "fa": ["pes_1", "pes_2"], "ps": ["pbu"], "ur": ["urd", "urd_2"], "ar": ["arb"],
    "kmr": ["kmr"], "ug": ["uig_arab"], "tg": ["tgk"], "uz": ["uzn_latn", "uzn_cyrl"],
    "az": ["azj_latn", "azj_cyrl"], "tk": ["tuk_latn", "tuk_cyrl"], "kk": ["kaz"], "ky": ["kir"], "tr": ["tur"],
    "ru": ["rus"], "uk": ["ukr"], "en": ["eng"], "de": ["deu_1996"], "fr": ["fra"], "es": ["spa"], "he": ["heb"],
    "hi": ["hin"],
}
TESS = {
    "fa": ["fas"], "ps": ["pus"], "ur": ["urd"], "ar": ["ara"], "kmr": ["kmr"], "sd": ["snd"], "ug": ["uig"],
    "tg": ["tgk"], "uz": ["uzb", "uzb_cyrl"], "az": ["aze", "aze_cyrl"], "kk": ["kaz"], "ky": ["kir"],
    "tr": ["tur"], "ru": ["rus"], "uk": ["ukr"], "en": ["eng"], "de": ["deu"], "fr": ["fra"], "es": ["spa"],
    "he": ["heb"], "hi": ["hin"],
}
# udhr's "ckb" file is Latin-script Kurdish, not Sorani: Sorani comes from ICU and the seed text below
MAX_WORDS = 80000  # per tesseract list, sampled with a fixed seed
BLOCK = re.compile(r"<(p|h1|h2|h3|h4|li)[^>]*>(.*?)</\1>", re.S)
TAG = re.compile(r"<[^>]+>")
LETTER = re.compile(r"[^\W\d_]", re.U)

def udhr_paragraphs(code):
    path = os.path.join(WORK, "raw", "package", "declaration", code + ".html")
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    out = []
    for m in BLOCK.finditer(doc):
        t = html.unescape(TAG.sub(" ", m.group(2)))
        t = " ".join(t.split())
        if len(LETTER.findall(t)) >= 3:
            out.append(t)
    return out

def main():
    out_dir = os.path.join(WORK, "corpus")
    os.makedirs(out_dir, exist_ok=True)
    tags = sorted(set(UDHR) | set(TESS) | {"ckb", "tk", "sd"})
    for tag in tags:
        train, test = [], []
        for code in UDHR.get(tag, []):
            for i, p in enumerate(udhr_paragraphs(code)):
                # held out: every fifth paragraph of four words or more (short headings stay in training)
                (test if i % 5 == 0 and len(p.split()) >= 4 else train).append(p)
        wtrain, wtest = [], []
        for code in TESS.get(tag, []):
            with open(os.path.join(WORK, "tess", code + ".words"), encoding="utf-8") as f:
                words = [w.strip() for w in f if len(LETTER.findall(w)) >= 1]
            rnd = random.Random(1234 + zlib.crc32(code.encode()))
            if len(words) > MAX_WORDS:
                words = rnd.sample(words, MAX_WORDS)
            for w in words:
                (wtest if zlib.crc32(w.encode()) % 10 == 0 else wtrain).append(w)
        for name, rows in (("train", train), ("test", test), ("words.train", wtrain), ("words.test", wtest)):
            with open(os.path.join(out_dir, f"{tag}.{name}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(rows) + ("\n" if rows else ""))
        print(f"{tag}\tudhr train {len(train)} test {len(test)}\twords train {len(wtrain)} test {len(wtest)}")

if __name__ == "__main__":
    main()
