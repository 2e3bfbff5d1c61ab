package dev.tamiz.lang;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The character n-gram model of one script: for each feature bucket and each of the script's languages the
 * quantised negative log probability {@code round(-ln P(bucket | language) * SCALE)}, one byte, stored
 * bucket-major so that one feature reads one contiguous row. In memory each row is packed into {@link #rowLongs}
 * longs (language k in byte {@code k % 8}, low byte first, of long {@code k / 8}): a feature reads one or two
 * aligned words, whose bytes the detector sums eight at a time.
 */
final class NgramModel {

    /** Quantisation: units per nat. */
    static final int SCALE = 10;
    private static final int MAGIC = 0x545A4C49; // "TZLI"
    private static final int VERSION = 1;

    final byte script;
    final String[] langs;
    final int langCount;
    final int mask;
    /** Longs per bucket in {@link #packed}: one per eight languages. */
    final int rowLongs;
    /** The rows, packed: see the class comment. */
    final long[] packed;
    /** Quantised negative log prior per language. */
    final int[] prior;
    /** Per folded letter below U+0700: the penalty row of the languages that do not use it, or null. */
    int[][] penalty;
    /** Per folded letter below U+0700: the languages (bits) that use it as a distinctive letter. */
    int[] letterMask;
    /** Per language: cost of a word without any of its distinctive letters. */
    int[] absence;

    NgramModel(byte script, String[] langs, int bits, byte[] table, int[] prior) {
        this.script = script;
        this.langs = langs;
        this.langCount = langs.length;
        this.mask = (1 << bits) - 1;
        this.prior = prior;
        if (table.length != (1 << bits) * langs.length || prior.length != langs.length) {
            throw new IllegalArgumentException("model shape");
        }
        this.rowLongs = (langCount + 7) / 8;
        this.packed = new long[(mask + 1) * rowLongs];
        // a row's costs are its bytes in order, read as little-endian longs: rows padded to whole longs are copied
        // in bulk (a loop per cost takes tens of milliseconds before the JIT compiles it, at every start)
        int rowBytes = rowLongs * 8;
        byte[] rows = table;
        if (rowBytes != langCount) {
            rows = new byte[(mask + 1) * rowBytes];
            for (int b = 0; b <= mask; b++) {
                System.arraycopy(table, b * langCount, rows, b * rowBytes, langCount);
            }
        }
        ByteBuffer.wrap(rows).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(packed);
    }

    /** The cost of bucket {@code bucket} for language {@code k}. */
    int cost(int bucket, int k) {
        return (int) (packed[bucket * rowLongs + k / 8] >>> (8 * (k % 8))) & 0xFF;
    }

    /** The costs bucket-major, one byte each, as in the file. */
    byte[] table() {
        byte[] table = new byte[(mask + 1) * langCount];
        for (int b = 0; b <= mask; b++) {
            for (int k = 0; k < langCount; k++) {
                table[b * langCount + k] = (byte) cost(b, k);
            }
        }
        return table;
    }

    int bits() {
        return Integer.numberOfTrailingZeros(mask + 1);
    }

    int index(String tag) {
        for (int i = 0; i < langCount; i++) {
            if (langs[i].equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    static List<NgramModel> read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a Tamiz language model");
            }
            int n = in.readInt();
            List<NgramModel> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                byte script = in.readByte();
                int l = in.readInt();
                String[] langs = new String[l];
                for (int i = 0; i < l; i++) {
                    langs[i] = in.readUTF();
                }
                int[] prior = new int[l];
                for (int i = 0; i < l; i++) {
                    prior[i] = in.readInt();
                }
                int bits = in.readInt();
                byte[] table = new byte[(1 << bits) * l];
                in.readFully(table);
                out.add(new NgramModel(script, langs, bits, table, prior));
            }
            return out;
        }
    }

    static void write(List<NgramModel> models, OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(models.size());
            for (NgramModel m : models) {
                out.writeByte(m.script);
                out.writeInt(m.langCount);
                for (String s : m.langs) {
                    out.writeUTF(s);
                }
                for (int p : m.prior) {
                    out.writeInt(p);
                }
                out.writeInt(m.bits());
                out.write(m.table());
            }
        }
    }
}
