package io.newslens.ingest.service;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodyDecoderTest {

    @Test
    void strictUtf8ByDefault() {
        BodyDecoder.Decoded d = BodyDecoder.decode("Caf\u00e9 \u2014 na\u00efve".getBytes(StandardCharsets.UTF_8), "text/plain", false);
        assertEquals("Caf\u00e9 \u2014 na\u00efve", d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] latin = "Caf\u00e9 cr\u00e8me \u20ac".getBytes(Charset.forName("windows-1252"));
        BodyDecoder.Decoded d = BodyDecoder.decode(latin, "text/plain", false);
        assertEquals("Caf\u00e9 cr\u00e8me \u20ac", d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void headerCharsetWins() {
        byte[] latin = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("<p>Caf\u00e9</p>", BodyDecoder.decode(latin, "text/html; charset=ISO-8859-1", true).text());
    }

    @Test
    void metaCharsetForHtml() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041f\u0440\u0438\u0432\u0435\u0442</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1251"));
        assertEquals(html, BodyDecoder.decode(bytes, "text/html", true).text());
        String equiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\u041c\u0438\u0440</p>";
        assertEquals(equiv, BodyDecoder.decode(equiv.getBytes(Charset.forName("KOI8-R")), "text/html", true).text());
    }

    @Test
    void bomIsHonouredAndStripped() {
        byte[] utf16 = "\uFEFFHello".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Hello", BodyDecoder.decode(utf16, "text/plain", false).text());
        byte[] utf8 = "\uFEFFHello".getBytes(StandardCharsets.UTF_8);
        assertEquals("Hello", BodyDecoder.decode(utf8, "text/plain", false).text());
    }

    @Test
    void emptyBlankBinaryAndUnknownCharsetAreRefused() {
        assertEquals(400, assertThrows(IngestException.class, () -> BodyDecoder.decode(new byte[0], "text/plain", false)).status());
        assertEquals(400, assertThrows(IngestException.class, () -> BodyDecoder.decode(" \n\t ".getBytes(), "text/plain", false)).status());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        IngestException binary = assertThrows(IngestException.class, () -> BodyDecoder.decode(png, "text/html", true));
        assertEquals("binary-content", binary.type());
        assertEquals(415, assertThrows(IngestException.class,
                () -> BodyDecoder.decode("x".getBytes(), "text/plain; charset=no-such-charset", false)).status());
    }
}
