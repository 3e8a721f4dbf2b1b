package io.newslens.search.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The opaque search_after cursor: the sort values of the last hit, as base64url JSON. */
public final class CursorCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CursorCodec() {
    }

    public static String encode(List<Object> sortValues) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(sortValues));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Object> decode(String cursor) {
        try {
            List<Object> v = JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<Object>>() {
            });
            if (v.isEmpty() || v.size() > 4 || v.stream().anyMatch(x -> x != null && !(x instanceof Number)
                    && !(x instanceof String) && !(x instanceof Boolean))) {
                throw new BadParameterException("cursor", "malformed cursor");
            }
            return v;
        } catch (BadParameterException e) {
            throw e;
        } catch (Exception e) {
            throw new BadParameterException("cursor", "malformed cursor");
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
