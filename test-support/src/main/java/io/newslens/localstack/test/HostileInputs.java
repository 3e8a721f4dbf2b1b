package io.newslens.localstack.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Deterministic generator of hostile request parts for the services' fuzz tests: invalid UTF-8,
 * huge and odd strings, deeply nested JSON and HTML, random JSON, and random mutations of a valid
 * body. The same seed gives the same sequence, so a failing run can be replayed with
 * {@code -Dnewslens.fuzz.seed=<seed printed by the test>}.
 */
public final class HostileInputs {

    /** System property that overrides a fuzz test's default seed. */
    public static final String SEED_PROPERTY = "newslens.fuzz.seed";

    private static final List<String> ODD_STRINGS = List.of(
            "", " ", "\t\n", "null", "undefined", "0", "-1", "2147483648", "-9223372036854775809", "1e309", "NaN",
            "true", "[]", "{}", "' OR '1'='1' --", "\"; DROP TABLE article; --", "../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "<script>alert(1)</script>", "%00", "%s%s%s%n",
            "\u0000", "\u202e\u200b\ufeff", "\ud83d\ude00\u0301\u0301", "\uffff\ufffe", "Ω≈ç√∫",
            "{\"query\":{\"match_all\":{}}}", "{\"script\":{\"source\":\"ctx._source\"}}", "_all", "*",
            "articles-v1/_search", "/_cluster/settings", "_index:other", "2024-02-30", "9999-12-31T23:59:59Z",
            "-000001-01-01", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd", "a:b:c:d",
            "title:", "((((((((((", "\"\"\"", "a AND OR NOT b", "~!@#$%^&*()_+`-=", "x".repeat(300));

    private static final List<String> WORDS = List.of(("alliance summit minister treaty border tariff election parliament "
            + "coalition ceasefire sanction embassy delegation referendum governor inflation harvest pipeline reactor "
            + "satellite frigate province senate verdict protest archive museum glacier drought monsoon vaccine railway "
            + "harbour festival orchestra library stadium chancellor mayor council budget reform strike union").split(" "));

    private final long seed;
    private final Random random;

    public HostileInputs(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The seed from {@link #SEED_PROPERTY}, else {@code defaultSeed}. */
    public static HostileInputs fromSystemProperty(long defaultSeed) {
        String value = System.getProperty(SEED_PROPERTY);
        return new HostileInputs(value == null || value.isBlank() ? defaultSeed : Long.parseLong(value.strip()));
    }

    public long seed() {
        return seed;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A plausible, valid article text (a title line, then paragraphs of sentences), different on every call. */
    public String article() {
        StringBuilder sb = new StringBuilder("Report ").append(Long.toHexString(random.nextLong())).append("\n\n");
        int paragraphs = 3 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            for (int w = 0; w < 36; w++) {
                String word = pick(WORDS);
                sb.append(w % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w % 12 == 11 ? ". " : " ");
            }
            sb.append("officials said.\n\n");
        }
        return sb.toString();
    }

    /** A hostile request header as {name, value}: odd Accept/encoding/range/forwarding values, long values. */
    public String[] header() {
        String name = pick(List.of("Accept", "Accept-Charset", "Accept-Language", "Accept-Encoding", "Content-Encoding",
                "Range", "If-None-Match", "X-Forwarded-Host", "X-Forwarded-For", "Origin", "Cookie", "X-HTTP-Method-Override"));
        String value = switch (random.nextInt(4)) {
            case 0 -> huge(1 + random.nextInt(4000)).replaceAll("[^\\x21-\\x7e]", "a");
            case 1 -> pick(List.of("*/*;q=x", "image/png", "application/problem+json", "text/html;level=999999999999",
                    "gzip", "br;q=2", "bytes=-1", "bytes=0-0,1-1,2-2", "DELETE", "169.254.169.254", "null", "\"", ";;;"));
            default -> pick(ODD_STRINGS).replaceAll("[^\\x20-\\x7e]", "?");
        };
        return new String[]{name, value};
    }

    /** Byte sequences that are not valid UTF-8 (stray continuation, overlong, surrogate, truncated, 0xFF). */
    public byte[] invalidUtf8() {
        byte[][] bad = {
                {(byte) 0x80}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {0}};
        StringBuilder prefix = new StringBuilder();
        int words = 1 + random.nextInt(5);
        for (int i = 0; i < words; i++) {
            prefix.append("word").append(i).append(' ');
        }
        byte[] head = prefix.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = bad[random.nextInt(bad.length)];
        byte[] out = new byte[head.length + tail.length + head.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        System.arraycopy(head, 0, out, head.length + tail.length, head.length);
        return out;
    }

    /** Random bytes, mostly not text at all. */
    public byte[] randomBytes(int maxLength) {
        byte[] b = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(b);
        return b;
    }

    /** A string of {@code length} characters, repeating a random pattern (with non-ASCII). */
    public String huge(int length) {
        String unit = pick(List.of("a", "word ", "\u00e9\u4e2d ", "\ud83d\ude00", "<b>", "\"", "%", "\\"));
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        return sb.toString();
    }

    /** An odd but well-formed string: injection attempts, control and bidi characters, numbers out of range ... */
    public String oddString() {
        return switch (random.nextInt(6)) {
            case 0 -> huge(1 + random.nextInt(5000));
            case 1 -> mutate(pick(ODD_STRINGS));
            default -> pick(ODD_STRINGS);
        };
    }

    /** JSON arrays/objects nested {@code depth} levels deep. */
    public String deepJson(int depth) {
        boolean objects = random.nextBoolean();
        StringBuilder sb = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            sb.append(objects ? "{\"a\":" : "[");
        }
        sb.append("1");
        for (int i = 0; i < depth; i++) {
            sb.append(objects ? "}" : "]");
        }
        return sb.toString();
    }

    /** HTML elements nested {@code depth} levels deep, sometimes left unclosed. */
    public String deepHtml(int depth) {
        String tag = pick(List.of("div", "table", "b", "span", "li", "article"));
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++) {
            sb.append('<').append(tag).append('>');
        }
        sb.append("Deep text inside. Another sentence here.");
        if (random.nextBoolean()) {
            for (int i = 0; i < depth; i++) {
                sb.append("</").append(tag).append('>');
            }
        }
        return sb.append("</body></html>").toString();
    }

    /** A random JSON value up to {@code depth} levels (strings from {@link #oddString()}). */
    public String randomJson(int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> quote(oddString());
            case 1 -> pick(List.of("0", "-1", "1e400", "12345678901234567890", "0.5", "-0"));
            case 2 -> pick(List.of("true", "false"));
            case 3 -> "null";
            case 4 -> {
                StringBuilder sb = new StringBuilder("[");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(randomJson(depth - 1));
                }
                yield sb.append(']').toString();
            }
            default -> {
                StringBuilder sb = new StringBuilder("{");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(quote(pick(List.of("html", "text", "url", "claim", "a", oddString()))))
                            .append(':').append(randomJson(depth - 1));
                }
                yield sb.append('}').toString();
            }
        };
    }

    /** A few random edits of a valid body: byte flips, insertions, deletions, truncation, duplication. */
    public byte[] mutate(byte[] valid) {
        byte[] b = valid.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            if (b.length == 0) {
                return randomBytes(8);
            }
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = splice(b, at, 0, pick(List.of("\"", "{", "]", ",", ":", "\\", "\u0000", "\n", "<", "\u00ff"))
                        .getBytes(StandardCharsets.UTF_8));
                case 2 -> b = splice(b, at, Math.min(b.length - at, 1 + random.nextInt(8)), new byte[0]);
                case 3 -> b = java.util.Arrays.copyOf(b, at);
                default -> b = splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + random.nextInt(32))));
            }
        }
        return b;
    }

    /** {@link #mutate(byte[])} of a string's UTF-8 bytes, decoded leniently. */
    public String mutate(String valid) {
        return new String(mutate(valid.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** Percent-encodes raw bytes (for query strings carrying invalid UTF-8). */
    public static String percentEncode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte x : bytes) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * {@link #percentEncode(byte[])} cut to at most {@code maxChars} (never inside an escape): keeps a
     * request line under the HTTP layer's limit, which answers 414 before the application sees it.
     */
    public static String percentEncode(byte[] bytes, int maxChars) {
        String encoded = percentEncode(bytes);
        if (encoded.length() <= maxChars) {
            return encoded;
        }
        int cut = maxChars;
        int escape = encoded.lastIndexOf('%', cut - 1);
        if (escape >= 0 && escape > cut - 3) {
            cut = escape;
        }
        return encoded.substring(0, cut);
    }

    /** A JSON string literal. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
