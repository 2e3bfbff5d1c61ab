package dev.tamiz.internal;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.VersionInfo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Lookup tables computed at build time. The normaliser and the language detector keep per-char tables over the BMP
 * and {@link UnicodeSet}s built from Unicode properties; computing them when their classes load costs 10 to 100 ms
 * each in a cold JVM, most of a command's start-up. The build runs {@link TablesGenerator} (Maven's
 * {@code process-classes} phase), which computes every table and writes them to the resource {@code tables.bin}
 * beside this class; at run time each table is read from there.
 *
 * <p>A table is asked for by name with the code that computes it, which runs instead when the resource is missing,
 * unreadable, made with another ICU version or another Java feature release (the tables depend on both), holds no
 * table of that name or one of another type, or when the system property {@code tamiz.tables} is {@code compute}.
 * So the results never depend on the resource, only the start-up time does; {@code TablesTest} checks that every
 * stored table equals what its code computes.
 *
 * <p>Each request gets its own copy, inflated from the stored bytes (which stay in memory, about 0.6 MB).
 */
public final class Tables {

    /** The resource, beside this class. */
    public static final String RESOURCE = "tables.bin";
    /** What the stored tables depend on besides the code: ICU's data and Java's own character data. */
    public static final String KEY = "icu " + VersionInfo.ICU_VERSION + ", java " + Runtime.version().feature();

    private static final int MAGIC = 0x54414D5A; // TAMZ
    private static final int VERSION = 1;
    private static final byte BYTES = 1;
    private static final byte SHORTS = 2;
    private static final byte CHARS = 3;
    private static final byte INTS = 4;
    private static final byte STRINGS = 5;

    private static final boolean COMPUTE = "compute".equals(System.getProperty("tamiz.tables"));

    /** Every table asked for so far, in order, with the code that computes it. */
    private static final Map<String, Supplier<?>> REQUESTED = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final java.util.Set<String> MISSED =
            Collections.synchronizedSet(new java.util.LinkedHashSet<>());

    private Tables() {
    }

    /** The stored tables, indexed on first use and each inflated when asked for; none when there are none to use. */
    private static final class Stored {
        static final Map<String, Packed> TABLES = COMPUTE ? Map.of() : readResource();
    }

    private static Map<String, Packed> readResource() {
        try (InputStream in = Tables.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : index(in.readAllBytes(), KEY);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** A byte table. */
    public static byte[] bytes(String name, Supplier<byte[]> compute) {
        return get(name, compute, byte[].class);
    }

    /** A short table. */
    public static short[] shorts(String name, Supplier<short[]> compute) {
        return get(name, compute, short[].class);
    }

    /** A char table. */
    public static char[] chars(String name, Supplier<char[]> compute) {
        return get(name, compute, char[].class);
    }

    /** A table of strings (nulls allowed). */
    public static String[] strings(String name, Supplier<String[]> compute) {
        return get(name, compute, String[].class);
    }

    /**
     * The frozen set of a {@link UnicodeSet} pattern, stored as its ranges (a pattern whose set holds strings is not
     * stored).
     */
    public static UnicodeSet set(String pattern) {
        int[] ranges = get("set " + pattern, () -> ranges(new UnicodeSet(pattern)), int[].class);
        return ranges == null ? new UnicodeSet(pattern).freeze() : new UnicodeSet(ranges).freeze();
    }

    private static int[] ranges(UnicodeSet s) {
        if (s.hasStrings()) {
            return null;
        }
        int[] r = new int[s.getRangeCount() * 2];
        for (int i = 0; i < s.getRangeCount(); i++) {
            r[2 * i] = s.getRangeStart(i);
            r[2 * i + 1] = s.getRangeEnd(i);
        }
        return r;
    }

    private static <T> T get(String name, Supplier<T> compute, Class<T> type) {
        REQUESTED.put(name, compute);
        Packed packed = Stored.TABLES.get(name);
        Object stored = null;
        if (packed != null) {
            try {
                stored = packed.decode(name);
            } catch (IOException | RuntimeException e) {
                stored = null; // computed below
            }
        }
        if (type.isInstance(stored)) {
            return type.cast(stored);
        }
        if (!COMPUTE) {
            MISSED.add(name);
        }
        return compute.get();
    }

    /** The tables computed so far because none was stored under their name (none in {@code compute} mode). */
    public static java.util.Set<String> missed() {
        synchronized (MISSED) {
            return new java.util.LinkedHashSet<>(MISSED);
        }
    }

    /** The tables asked for so far, in order, with the code that computes each. */
    public static Map<String, Supplier<?>> requested() {
        synchronized (REQUESTED) {
            return new LinkedHashMap<>(REQUESTED);
        }
    }

    /**
     * Writes tables (arrays of the supported types; nulls are skipped) made under {@code key}. Each table is
     * compressed on its own, so that a reader inflates only the tables it asks for, each in one call.
     */
    public static void write(Map<String, ?> tables, String key, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        writeString(d, key);
        int count = 0;
        for (Object v : tables.values()) {
            if (v != null) {
                count++;
            }
        }
        d.writeInt(count);
        for (Map.Entry<String, ?> e : tables.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            DataOutputStream t = new DataOutputStream(raw);
            byte type;
            int length;
            if (v instanceof byte[] a) {
                type = BYTES;
                length = a.length;
                t.write(a);
            } else if (v instanceof short[] a) {
                type = SHORTS;
                length = a.length;
                for (short x : a) {
                    t.writeShort(x);
                }
            } else if (v instanceof char[] a) {
                type = CHARS;
                length = a.length;
                for (char x : a) {
                    t.writeChar(x);
                }
            } else if (v instanceof int[] a) {
                type = INTS;
                length = a.length;
                for (int x : a) {
                    t.writeInt(x);
                }
            } else if (v instanceof String[] a) {
                type = STRINGS;
                length = a.length;
                for (String x : a) {
                    if (x == null) {
                        t.writeInt(-1);
                    } else {
                        writeString(t, x);
                    }
                }
            } else {
                throw new IllegalArgumentException("table " + e.getKey() + ": unsupported type " + v.getClass());
            }
            t.flush();
            byte[] plain = raw.toByteArray();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            while (!deflater.finished()) {
                packed.write(buf, 0, deflater.deflate(buf));
            }
            deflater.end();
            writeString(d, e.getKey());
            d.writeByte(type);
            d.writeInt(length);
            d.writeInt(plain.length);
            d.writeInt(packed.size());
            packed.writeTo(d);
        }
        d.flush();
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    /**
     * Reads tables written by {@link #write}, all of them; an empty map when they were made under another key.
     *
     * @throws IOException when the data are not such tables (also for truncated data)
     */
    public static Map<String, Object> read(InputStream in, String key) throws IOException {
        Map<String, Packed> index = index(in.readAllBytes(), key);
        Map<String, Object> tables = new HashMap<>();
        for (Map.Entry<String, Packed> e : index.entrySet()) {
            tables.put(e.getKey(), e.getValue().decode(e.getKey()));
        }
        return tables;
    }

    /** A stored table, still compressed. */
    private record Packed(byte type, int length, int plainLength, byte[] data, int offset, int size) {

        Object decode(String name) throws IOException {
            byte[] plain = new byte[plainLength];
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(data, offset, size);
                int n = inflater.inflate(plain);
                if (n != plainLength || !inflater.finished()) {
                    throw new IOException("table " + name + ": bad data");
                }
            } catch (java.util.zip.DataFormatException e) {
                throw new IOException("table " + name + ": bad data", e);
            } finally {
                inflater.end();
            }
            ByteBuffer b = ByteBuffer.wrap(plain);
            try {
                switch (type) {
                    case BYTES -> {
                        return plain;
                    }
                    case SHORTS -> {
                        short[] a = new short[length];
                        b.asShortBuffer().get(a);
                        return a;
                    }
                    case CHARS -> {
                        char[] a = new char[length];
                        b.asCharBuffer().get(a);
                        return a;
                    }
                    case INTS -> {
                        int[] a = new int[length];
                        b.asIntBuffer().get(a);
                        return a;
                    }
                    case STRINGS -> {
                        String[] a = new String[length];
                        for (int k = 0; k < length; k++) {
                            a[k] = b.getInt(b.position()) < 0 ? skipNull(b) : readString(b);
                        }
                        return a;
                    }
                    default -> throw new IOException("table " + name + ": unknown type " + type);
                }
            } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
                throw new IOException("table " + name + ": truncated", e);
            }
        }
    }

    /** The tables of a file, still compressed; an empty map when they were made under another key. */
    private static Map<String, Packed> index(byte[] file, String key) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(file);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a table file");
            }
            if (!readString(b).equals(key)) {
                return Map.of();
            }
            int count = b.getInt();
            if (count < 0) {
                throw new IOException("bad table count");
            }
            Map<String, Packed> tables = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = readString(b);
                byte type = b.get();
                int length = b.getInt();
                int plain = b.getInt();
                int size = b.getInt();
                // deflate packs at most about 1032 bytes into one: a larger claim is damage, not data
                if (length < 0 || plain < 0 || size < 0 || size > b.remaining() || plain > 1100L * size + 64
                        || !fits(type, length, plain)) {
                    throw new IOException("table " + name + ": bad length");
                }
                tables.put(name, new Packed(type, length, plain, file, b.position(), size));
                b.position(b.position() + size);
            }
            return tables;
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("truncated table file", e);
        }
    }

    /** Whether {@code length} elements of {@code type} can take {@code plain} bytes. */
    private static boolean fits(byte type, int length, int plain) {
        return switch (type) {
            case BYTES -> plain == length;
            case SHORTS, CHARS -> plain == 2L * length;
            case INTS -> plain == 4L * length;
            case STRINGS -> length <= plain / 4;
            default -> false;
        };
    }

    private static String skipNull(ByteBuffer b) {
        b.getInt();
        return null;
    }

    private static String readString(ByteBuffer b) throws IOException {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw new IOException("bad string length");
        }
        String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }
}
