package io.newslens.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text: charset from the Content-Type header, then a byte-order mark, then
 * (for HTML) {@code <meta charset>}, then strict UTF-8, falling back to windows-1252 when the bytes
 * are not valid UTF-8 (the usual mislabelled legacy page). Binary data is refused.
 */
public final class BodyDecoder {

    /** The decoded text and the charset actually used. */
    public record Decoded(String text, String charset) {
    }

    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");
    private static final int SNIFF_BYTES = 4096;

    private BodyDecoder() {
    }

    public static Decoded decode(byte[] body, String contentType, boolean html) {
        if (body == null || body.length == 0) {
            throw IngestException.badRequest("empty-body", "The request body is empty.");
        }
        Charset declared = charsetParam(contentType);
        Charset bom = bomCharset(body);
        if (bom != null) {
            declared = bom; // a BOM is more reliable than any label
        }
        boolean wide = declared != null && (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32"));
        if (!wide && looksBinary(body)) { // clients often attach a default charset label to anything
            throw IngestException.badRequest("binary-content",
                    "The body looks like binary data, not text or HTML.");
        }
        if (declared == null && html) {
            declared = metaCharset(body);
        }
        String text;
        String used;
        if (declared != null) {
            text = new String(body, declared); // label given: best effort, malformed bytes become U+FFFD
            used = declared.name();
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body)).toString();
                used = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(body, Charset.forName("windows-1252"));
                used = "windows-1252";
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw IngestException.badRequest("empty-body", "The request body holds only whitespace.");
        }
        return new Decoded(text, used);
    }

    /** The charset parameter of a Content-Type value; unknown names are a 415. */
    public static Charset charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? charset(m.group(1), true) : null;
    }

    static Charset metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        Charset cs = charset(m.group(1), false);
        // A page that reached us as bytes and claims UTF-16 in ASCII is lying about its encoding.
        if (cs != null && cs.name().startsWith("UTF-16")) {
            return StandardCharsets.UTF_8;
        }
        return cs;
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** NUL bytes or many C0 control characters in the first bytes: not a text document. */
    static boolean looksBinary(byte[] body) {
        int n = Math.min(body.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = body[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control > n / 10;
    }

    private static Charset charset(String name, boolean strict) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // WHATWG: these labels mean windows-1252 in practice.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return Charset.forName("windows-1252");
            }
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            if (strict) {
                throw IngestException.unsupportedMediaType("Unsupported charset '" + name + "'.");
            }
            return null;
        }
    }
}
