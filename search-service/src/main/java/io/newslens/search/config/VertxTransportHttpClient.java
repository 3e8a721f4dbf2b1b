package io.newslens.search.config;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.VertxInternal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP layer of the Elasticsearch Java API client on Vert.x' HTTP client, so on the event loops Quarkus
 * already runs, instead of the low-level RestClient's Apache async client with its own I/O reactor thread.
 * Why: profiled under search load, the Apache client took about a quarter of search-service's CPU per search
 * (its reactor thread 18 %, its request set-up on the worker 9 %) on a machine where Elasticsearch shares
 * the cores.
 * <p>
 * Requests go round-robin over the configured nodes; a failed request is not retried on another node here
 * (callers retry: the indexing consumers with back-off, searches answer 503). HTTP statuses are handed to
 * the transport as they are: it turns error statuses into {@code ElasticsearchException}s.
 */
public final class VertxTransportHttpClient implements TransportHttpClient {

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final Vertx vertx;
    private final HttpClientOptions httpOptions;
    private final PoolOptions poolOptions;
    /** One client per event-loop thread, used only from that thread (see {@link #clientOfThisEventLoop()}). */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final List<Node> nodes;
    private final AtomicInteger nextNode = new AtomicInteger();
    private final String authorization;
    private final long idleTimeoutMillis;
    private final Context ioContext;

    /**
     * @param authorization  the Authorization header sent with every request, or null
     * @param maxConnections the most connections open to Elasticsearch from each event loop
     */
    public VertxTransportHttpClient(Vertx vertx, List<Node> nodes, String authorization, Duration connectTimeout,
                                    Duration socketTimeout, int maxConnections) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no Elasticsearch node configured");
        }
        this.nodes = List.copyOf(nodes);
        this.authorization = authorization;
        this.idleTimeoutMillis = socketTimeout.toMillis();
        // Vert.x internal API (as Quarkus uses it): an event-loop context for requests made off the event loops
        this.ioContext = ((VertxInternal) vertx).createEventLoopContext();
        boolean tls = nodes.stream().anyMatch(n -> "https".equalsIgnoreCase(n.uri().getScheme()));
        this.vertx = vertx;
        this.httpOptions = new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(true)
                .setSsl(tls)
                .setVerifyHost(tls);
        this.poolOptions = new PoolOptions().setHttp1MaxSize(maxConnections);
    }

    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("blocking Elasticsearch call (" + endpointId + ") on an event loop");
        }
        try {
            return performRequestAsync(endpointId, node, request, options).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for Elasticsearch (" + endpointId + ")");
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                           TransportOptions options) {
        CompletableFuture<Response> result = new CompletableFuture<>();
        Node target = node != null ? node : nodes.get(Math.floorMod(nextNode.getAndIncrement(), nodes.size()));
        RequestOptions out = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method()))
                .setAbsoluteURI(uri(target, request, options))
                .setIdleTimeout(idleTimeoutMillis)
                // bounds the wait for a pooled connection too (TCP connects have their own, shorter timeout)
                .setConnectTimeout(idleTimeoutMillis);
        request.headers().forEach(out::putHeader);
        if (options != null) {
            options.headers().forEach(h -> out.putHeader(h.getKey(), h.getValue())); // options win, as in RestClient
        }
        if (authorization != null) {
            out.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        Buffer body = body(request.body());
        // Vert.x' client is driven from event-loop threads only: requests made straight from worker threads
        // (blocking endpoints, Kafka consumers) hung now and then under concurrent load (bench/search).
        Context current = Vertx.currentContext();
        Context loop = current != null && current.isEventLoopContext() ? current : ioContext;
        if (loop == current && Context.isOnEventLoopThread()) {
            send(out, body, target, result);
        } else {
            loop.runOnContext(ignored -> send(out, body, target, result));
        }
        return result;
    }

    private void send(RequestOptions out, Buffer body, Node target, CompletableFuture<Response> result) {
        clientOfThisEventLoop().request(out)
                .compose(req -> body == null ? req.send() : req.send(body))
                .compose(response -> readFully(target, response))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        result.complete(done.result());
                    } else {
                        result.completeExceptionally(asIOException(done.cause()));
                    }
                });
    }

    /**
     * Keeps the body's chunks as they arrive and joins them in one composite view at the end: no growing
     * buffer, no copy into one array (a search answer is tens of KB; the copies were a third of the bytes
     * search-service allocated per search, and so of its young collections).
     */
    private static Future<Response> readFully(Node target, HttpClientResponse response) {
        Promise<Response> read = Promise.promise();
        List<ByteBuf> chunks = new ArrayList<>(4);
        response.handler(chunk -> chunks.add(chunk.getByteBuf()));
        response.exceptionHandler(read::tryFail);
        response.endHandler(ignored -> read.tryComplete(
                new VertxResponse(target, response, Unpooled.wrappedBuffer(chunks.toArray(ByteBuf[]::new)))));
        return read.future();
    }

    /**
     * The pool of one shared client hands a request any idle connection, whichever event loop that connection
     * lives on; the answer then crosses to the requesting loop (a thread wake-up per search, more under load).
     * A client per event loop opens its connections on that loop, so a search stays on one thread from the
     * incoming request to the answer.
     */
    private HttpClient clientOfThisEventLoop() {
        return clients.computeIfAbsent(Thread.currentThread(), t -> vertx.createHttpClient(httpOptions, poolOptions));
    }

    @Override
    public void close() {
        clients.values().forEach(HttpClient::close);
    }

    private static String uri(Node node, Request request, TransportOptions options) {
        String base = node.uri().toString();
        StringBuilder uri = new StringBuilder(base.length() + request.path().length() + 32);
        uri.append(base.endsWith("/") ? base.substring(0, base.length() - 1) : base).append(request.path());
        char separator = appendParams(uri, request.queryParams(), '?');
        if (options != null) {
            appendParams(uri, options.queryParameters(), separator);
        }
        return uri.toString();
    }

    private static char appendParams(StringBuilder uri, Map<String, String> params, char separator) {
        for (Map.Entry<String, String> p : params.entrySet()) {
            uri.append(separator).append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8));
            if (p.getValue() != null) {
                uri.append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            }
            separator = '&';
        }
        return separator;
    }

    /** The request body's parts wrapped as they are (a {@code _bulk} body is many parts), not copied. */
    private static Buffer body(Iterable<ByteBuffer> parts) {
        if (parts == null) {
            return null;
        }
        List<ByteBuffer> views = new ArrayList<>();
        parts.forEach(part -> views.add(part.duplicate()));
        return Buffer.buffer(Unpooled.wrappedBuffer(views.toArray(ByteBuffer[]::new)));
    }

    private static IOException asIOException(Throwable failure) {
        return failure instanceof IOException io ? io
                : new IOException(failure.getMessage() == null ? failure.toString() : failure.getMessage(), failure);
    }

    /** A response read to its end on the event loop; the body is handed out in place. */
    private record VertxResponse(Node node, HttpClientResponse response, ByteBuf content) implements Response {

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public String header(String name) {
            return response.getHeader(name);
        }

        @Override
        public List<String> headers(String name) {
            return response.headers().getAll(name);
        }

        @Override
        public BinaryData body() {
            if (!content.isReadable()) {
                return null;
            }
            String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
            return new ByteBufBinaryData(content, type == null ? DEFAULT_CONTENT_TYPE : type);
        }

        @Override
        public Object originalResponse() {
            return response;
        }

        @Override
        public void close() {
            // the body was read in full before this response was handed out
        }
    }
}
