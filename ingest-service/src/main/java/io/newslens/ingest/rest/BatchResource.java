package io.newslens.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.domain.ArticleSubmission;
import io.newslens.ingest.domain.IngestOutcome;
import io.newslens.ingest.service.IngestException;
import io.newslens.ingest.service.IngestService;
import io.newslens.ingest.service.SubmissionReader;
import io.newslens.security.RateLimited;
import io.newslens.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import io.newslens.support.problem.Problem;

/**
 * NDJSON batch ingestion: one JSON request per line (same shape as the JSON POST), one result per
 * line. Lines are independent (each in its own transaction): a bad line never spoils the others.
 */
@Path("/api/articles/batch")
@Tag(name = "Articles")
public class BatchResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(BatchResource.class);

    private final IngestService ingest;
    private final SubmissionReader reader;
    private final IngestConfig config;
    private final ObjectMapper mapper;

    public BatchResource(IngestService ingest, SubmissionReader reader, IngestConfig config, ObjectMapper mapper) {
        this.ingest = ingest;
        this.reader = reader;
        this.config = config;
        this.mapper = mapper;
    }

    @RolesAllowed(Roles.WRITER)
    @RateLimited
    @POST
    @Consumes(NDJSON)
    @Produces({NDJSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Ingest many pages: one JSON object per line",
            description = "Each line is {\"html\"|\"text\"|\"url\", \"sourceUrl\", \"publisher\", \"publishedAt\", \"externalId\"}. "
                    + "The answer has one result per non-empty line, {line, status, id, duplicateOf} or {line, status, problem}, "
                    + "as NDJSON (default) or a JSON array (Accept: application/json). Partial success is normal: the HTTP status is 200.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Per-line results",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BatchItemResult.class)))
    @APIResponse(responseCode = "400", description = "Empty body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response batch(InputStream body, @HeaderParam(HttpHeaders.ACCEPT) String accept) throws IOException {
        // Read (and size-check) the whole batch before storing anything, so a 413 never leaves half a batch stored.
        LineReader lines = new LineReader(new BufferedInputStream(body), config.maxBodyBytes(), config.batch().maxBodyBytes());
        List<byte[]> content = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        byte[] line;
        while ((line = lines.next()) != null) {
            if (line == LineReader.TOO_LONG || !isBlank(line)) {
                content.add(line);
                numbers.add(lines.lineNumber());
            }
        }
        if (content.size() > config.batch().maxItems()) { // refuse it whole rather than store a part
            throw new IngestException(413, "too-many-items", "Payload too large", "The batch has " + content.size()
                    + " items; the limit (newslens.ingest.batch.max-items) is " + config.batch().maxItems() + ".");
        }
        List<BatchItemResult> results = new ArrayList<>(content.size());
        int items = content.size();
        for (int i = 0; i < content.size(); i++) {
            int number = numbers.get(i);
            if (content.get(i) == LineReader.TOO_LONG) {
                results.add(BatchItemResult.failed(number, Problem.of(413, "payload-too-large", "Payload too large",
                        "Line " + number + " is longer than " + config.maxBodyBytes() + " bytes (newslens.ingest.max-body-bytes).")));
            } else {
                results.add(process(number, content.get(i)));
            }
        }
        if (items == 0) {
            throw IngestException.badRequest("empty-body", "The batch holds no NDJSON lines.");
        }
        return render(results, accept);
    }

    private BatchItemResult process(int number, byte[] line) {
        try {
            ArticleSubmission submission = reader.fromJson(line, ArticleSubmission.Origin.BATCH);
            IngestOutcome outcome = ingest.ingest(submission);
            return BatchItemResult.ok(number, outcome.created() ? 201 : 200, IngestResponse.of(outcome));
        } catch (IngestException e) {
            return BatchItemResult.failed(number, e.problem());
        } catch (RuntimeException e) {
            LOG.errorf(e, "batch line %d failed unexpectedly", number);
            return BatchItemResult.failed(number, Problem.of(500, "internal-error", "Internal server error",
                    "Line " + number + " failed unexpectedly; it was not stored."));
        }
    }

    private Response render(List<BatchItemResult> results, String accept) throws JsonProcessingException {
        boolean array = accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(NDJSON);
        if (array) {
            return Response.ok(mapper.writeValueAsString(results), MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringBuilder out = new StringBuilder();
        for (BatchItemResult r : results) {
            out.append(mapper.writeValueAsString(r)).append('\n');
        }
        return Response.ok(out.toString(), NDJSON).build();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Splits a stream on '\n' with a per-line and a total byte limit. */
    static final class LineReader {
        static final byte[] TOO_LONG = new byte[0];

        private final InputStream in;
        private final long maxLine;
        private final long maxTotal;
        private long total;
        private int lineNumber;
        private boolean eof;

        LineReader(InputStream in, long maxLine, long maxTotal) {
            this.in = in;
            this.maxLine = maxLine;
            this.maxTotal = maxTotal;
        }

        int lineNumber() {
            return lineNumber;
        }

        byte[] next() throws IOException {
            if (eof) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1) {
                if (++total > maxTotal) {
                    throw IngestException.tooLarge("The batch is larger than " + maxTotal
                            + " bytes (newslens.ingest.batch.max-body-bytes).");
                }
                if (b == '\n') {
                    lineNumber++;
                    return tooLong ? TOO_LONG : line.toByteArray();
                }
                if (line.size() >= maxLine) {
                    tooLong = true;
                } else {
                    line.write(b);
                }
            }
            eof = true;
            if (line.size() == 0 && !tooLong) {
                return null;
            }
            lineNumber++;
            return tooLong ? TOO_LONG : line.toByteArray();
        }
    }
}
