package io.newslens.ingest.domain;

/**
 * Makes decoded text storable: PostgreSQL text cannot hold NUL and the JDBC driver cannot encode
 * unpaired UTF-16 surrogates (which JSON escapes such as "\ud800" can produce).
 */
public final class TextSanitizer {

    private TextSanitizer() {
    }

    /** {@link #clean} plus CRLF/CR line endings turned into LF, so a re-post with other line endings extracts alike. */
    public static String cleanPage(String s) {
        String cleaned = clean(s);
        return cleaned == null || cleaned.indexOf('\r') < 0 ? cleaned : cleaned.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == '\u0000') {
                replacement = "";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
