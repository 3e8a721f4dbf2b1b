package io.newslens.ingest.extraction;

import java.net.URI;
import java.util.Locale;

/** Publisher evidence that is not in structured data: the source URL's host. */
final class PublisherResolver {

    private PublisherResolver() {
    }

    /** "https://www.example-news.com/a/b" gives "example-news.com". */
    static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
