package io.newslens.search.config;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.Dependent;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.auth.AuthScheme;
import org.apache.http.client.AuthCache;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.auth.BasicScheme;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The low-level RestClient hands every request an Apache {@code BasicAuthCache} holding a {@code BasicScheme}
 * per node (for preemptive basic auth), and that cache stores schemes Java-serialised: every request
 * deserialises one, about 6 % of search-service's CPU per search under load (JFR). This interceptor runs
 * before Apache's own auth interceptors and swaps in a cache with the same answer, a fresh
 * {@code BasicScheme} for every host, without serialisation (what Quarkus' native-image substitution of
 * RestClient does too). Basic auth stays preemptive when credentials are configured.
 */
@ElasticsearchClientConfig
@Dependent
public class PlainAuthCacheConfig implements RestClientBuilder.HttpClientConfigCallback {

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        return builder.addInterceptorFirst((HttpRequestInterceptor) (request, context) -> {
            if (context.getAttribute(HttpClientContext.AUTH_CACHE) != null) {
                context.setAttribute(HttpClientContext.AUTH_CACHE, PreemptiveBasic.INSTANCE);
            }
        });
    }

    /** Answers a new BasicScheme for any host (schemes carry per-exchange state, so none is shared). */
    static final class PreemptiveBasic implements AuthCache {
        static final PreemptiveBasic INSTANCE = new PreemptiveBasic();

        @Override
        public void put(HttpHost host, AuthScheme authScheme) {
            // nothing to remember: every host gets basic auth
        }

        @Override
        public AuthScheme get(HttpHost host) {
            return new BasicScheme();
        }

        @Override
        public void remove(HttpHost host) {
            // as put
        }

        @Override
        public void clear() {
            // as put
        }
    }
}
