package io.newslens.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bulk import from the command line: posts a folder of .txt/.html files, or an NDJSON file, to
 * {@code POST /api/articles/batch} in chunks, with a progress bar on stderr and a summary at the end.
 * Plain JDK only, so it runs with {@code java BulkImport.java} (see {@code bin/bulk-import}).
 *
 * <pre>
 * bulk-import [--url http://localhost:8081] [--batch-size 50] [--publisher NAME] FOLDER|FILE.ndjson
 * </pre>
 * The API key (role writer) is read from the environment variable {@value #API_KEY_ENV}, never from the
 * command line (where other users could see it).
 * Exit status: 0 all accepted (new or already known), 1 some items failed, 2 usage or connection error.
 */
public final class BulkImport {

    static final long MAX_CHUNK_BYTES = 4L * 1024 * 1024;
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d+)");
    private static final Pattern DUPLICATE_OF = Pattern.compile("\"duplicateOf\"\\s*:\\s*\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One item to send: its NDJSON line and a label for error messages. */
    record Item(String label, String json) {
    }

    /** Running totals. */
    static final class Summary {
        int accepted;
        int nearDuplicates;
        int duplicates;
        int failed;
        final List<String> failures = new ArrayList<>();

        int done() {
            return accepted + duplicates + failed;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final int batchSize;
    private final PrintStream err;
    private final String apiKey;

    static final String API_KEY_ENV = "NEWSLENS_API_KEY";

    BulkImport(URI endpoint, int batchSize, String apiKey, PrintStream err) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.batchSize = batchSize;
        this.err = err;
    }

    public static void main(String[] args) {
        String url = "http://localhost:8081";
        int batchSize = 50;
        String publisher = null;
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i);
                case "--batch-size" -> batchSize = Integer.parseInt(value(args, ++i));
                case "--publisher" -> publisher = value(args, ++i);
                case "-h", "--help" -> usage(0);
                default -> {
                    if (args[i].startsWith("--") || input != null) {
                        usage(2);
                    }
                    input = Path.of(args[i]);
                }
            }
        }
        if (input == null || !Files.exists(input) || batchSize < 1) {
            usage(2);
        }
        try {
            List<Item> items = Files.isDirectory(input) ? fromFolder(input, publisher) : fromNdjson(input);
            if (items.isEmpty()) {
                System.err.println("nothing to import in " + input);
                System.exit(2);
            }
            URI endpoint = URI.create(url.replaceAll("/+$", "") + "/api/articles/batch");
            Summary s = new BulkImport(endpoint, batchSize, System.getenv(API_KEY_ENV), System.err).run(items);
            System.out.printf("imported %d item(s): accepted %d (near-duplicates %d), duplicates %d, failed %d%n",
                    items.size(), s.accepted, s.nearDuplicates, s.duplicates, s.failed);
            System.exit(s.failed == 0 ? 0 : 1);
        } catch (ConnectException e) {
            System.err.println("\ncannot reach " + url + ": is ingest-service running?");
            System.exit(2);
        } catch (IOException | IllegalStateException e) {
            System.err.println("\nbulk import failed: " + e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(2);
        }
    }

    Summary run(List<Item> items) throws IOException, InterruptedException {
        Summary summary = new Summary();
        List<Item> chunk = new ArrayList<>();
        long chunkBytes = 0;
        progress(summary, items.size());
        for (Item item : items) {
            long size = item.json().getBytes(StandardCharsets.UTF_8).length + 1L;
            if (!chunk.isEmpty() && (chunk.size() >= batchSize || chunkBytes + size > MAX_CHUNK_BYTES)) {
                send(chunk, summary);
                progress(summary, items.size());
                chunk.clear();
                chunkBytes = 0;
            }
            chunk.add(item);
            chunkBytes += size;
        }
        if (!chunk.isEmpty()) {
            send(chunk, summary);
            progress(summary, items.size());
        }
        err.println();
        for (String failure : summary.failures) {
            err.println("  failed: " + failure);
        }
        return summary;
    }

    private void send(List<Item> chunk, Summary summary) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Item item : chunk) {
            body.append(item.json()).append('\n');
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/x-ndjson")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            for (Item item : chunk) {
                summary.failed++;
                summary.failures.add(item.label() + ": HTTP " + response.statusCode() + " " + detail(response.body()));
            }
            return;
        }
        List<String> results = response.body().lines().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < chunk.size(); i++) {
            String result = i < results.size() ? results.get(i) : "";
            Matcher status = STATUS.matcher(result);
            int code = status.find() ? Integer.parseInt(status.group(1)) : 0;
            if (code == 201) {
                summary.accepted++;
                if (DUPLICATE_OF.matcher(result).find()) {
                    summary.nearDuplicates++;
                }
            } else if (code == 200) {
                summary.duplicates++;
            } else {
                summary.failed++;
                summary.failures.add(chunk.get(i).label() + ": " + (code == 0 ? "no result" : code + " " + detail(result)));
            }
        }
    }

    private void progress(Summary s, int total) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) s.done() * width / total);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %3d%%  accepted %d  duplicates %d  failed %d",
                "#".repeat(filled), ".".repeat(width - filled), s.done(), total,
                total == 0 ? 100 : s.done() * 100 / total, s.accepted, s.duplicates, s.failed);
        err.flush();
    }

    /** One JSON request per .txt/.html/.htm file of the folder (sorted, not recursive). */
    static List<Item> fromFolder(Path folder, String publisher) throws IOException {
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String field = name.endsWith(".txt") ? "text"
                        : name.endsWith(".html") || name.endsWith(".htm") ? "html" : null;
                if (field == null) {
                    continue;
                }
                StringBuilder json = new StringBuilder("{\"").append(field).append("\":")
                        .append(quote(decode(Files.readAllBytes(file))));
                if (publisher != null) {
                    json.append(",\"publisher\":").append(quote(publisher));
                }
                items.add(new Item(file.getFileName().toString(), json.append('}').toString()));
            }
        }
        return items;
    }

    /** The non-empty lines of an NDJSON file, sent as they are. */
    static List<Item> fromNdjson(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                items.add(new Item(file.getFileName() + ":" + (i + 1), lines.get(i).strip()));
            }
        }
        return items;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String detail(String json) {
        Matcher m = DETAIL.matcher(json == null ? "" : json);
        return m.find() ? m.group(1).replace("\\\"", "\"") : (json == null ? "" : json.strip());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(2);
        }
        return args[i];
    }

    private static void usage(int status) {
        System.err.println("""
                usage: bulk-import [--url http://localhost:8081] [--batch-size 50] [--publisher NAME] FOLDER|FILE.ndjson
                  FOLDER        posts every .txt (as text) and .html/.htm (as html) file in it
                  FILE.ndjson   posts each line ({"html"|"text"|"url", "sourceUrl", "publisher", "publishedAt", "externalId"})
                The API key (a client with role writer) is taken from the environment variable NEWSLENS_API_KEY.
                Prints a progress bar on stderr and a summary on stdout; exit 1 if any item failed.""");
        System.exit(status);
    }
}
