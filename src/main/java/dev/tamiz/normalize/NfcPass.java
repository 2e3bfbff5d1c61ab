package dev.tamiz.normalize;

import com.ibm.icu.text.Normalizer2;

/**
 * Applies NFC (part of {@link UnicodeHygiene}) to a text that {@link CharPass} found not to be NFC, segment by
 * segment (a segment starts at a char with a normalisation boundary before it), so that every output char maps to
 * the start of the input segment it came from.
 */
final class NfcPass {
    private NfcPass() {
    }

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Code points after a segment's starter, at most, for the segment to be normalised. */
    private static final int MAX_SEGMENT = 64;

    static TextBuffer run(char[] in, int n, boolean mapped) {
        TextBuffer out = new TextBuffer(n + 16, mapped);
        int start = 0;
        while (start < n) {
            int first = Character.codePointAt(in, start, n);
            int end = start + Character.charCount(first);
            // the code points that follow a starter: a segment without its starter (the text's first, or one whose
            // starter the char pass removed) counts the same, so that removing the starter changes no decision
            int following = NFC.getCombiningClass(first) != 0 ? 1 : 0;
            while (end < n) {
                int cp = Character.codePointAt(in, end, n);
                if (NFC.hasBoundaryBefore(cp)) {
                    break;
                }
                end += Character.charCount(cp);
                following++;
            }
            // a segment longer than any text needs (Unicode's stream-safe format allows 30 marks) is copied:
            // reordering it could take quadratic time
            boolean inert = end - start == 1 && CharPass.nfcInert(in[start]) || following > MAX_SEGMENT;
            String seg = inert ? null : new String(in, start, end - start);
            if (inert || NFC.isNormalized(seg)) {
                out.append(in, start, end, start);
            } else {
                out.append(NFC.normalize(seg), start);
            }
            start = end;
        }
        return out;
    }
}
