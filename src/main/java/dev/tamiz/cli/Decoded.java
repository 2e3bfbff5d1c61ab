package dev.tamiz.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of one input turned into text: UTF-8 (or UTF-16 with a byte order mark), invalid sequences replaced by
 * U+FFFD and counted, binary data recognised.
 *
 * @param text          the decoded text, or null for binary input
 * @param invalid       how many invalid byte sequences were replaced
 * @param firstInvalid  byte offset of the first invalid sequence, or -1
 * @param binary        true when the bytes do not look like text (NUL-heavy, or mostly control bytes)
 */
record Decoded(String text, int invalid, long firstInvalid, boolean binary) {

    static Decoded of(byte[] bytes) {
        if (looksBinary(bytes)) {
            return new Decoded(null, 0, -1, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), 0, -1, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), 0, -1, false);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        int invalid = 0;
        long first = -1;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                if (first < 0) {
                    first = in.position();
                }
                invalid++;
                out.put('\uFFFD');
                in.position(in.position() + r.length());
                continue;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
        }
        dec.flush(out);
        out.flip();
        return new Decoded(out.toString(), invalid, first, false);
    }

    /** NULs in more than 1% of the first 8 KiB, or more than 10% C0 control bytes other than tab, CR, LF, FF. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        if (n == 0) {
            return false;
        }
        if (n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return false; // UTF-16 with a BOM
        }
        int nul = 0;
        int ctl = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) {
                ctl++;
            }
        }
        return nul * 100 > n || (nul + ctl) * 10 > n;
    }
}
