package io.newslens.ingest.cli;

import io.newslens.ingest.TestPages;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.newslens.security.testing.TestApiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line importer against the real batch endpoint. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class BulkImportTest {

    @TestHTTPResource("/api/articles/batch")
    URI batch;

    @Test
    void importsAFolderWithProgressAndSummary(@TempDir Path dir) throws Exception {
        String repeated = TestPages.uniqueArticle();
        Files.writeString(dir.resolve("a.txt"), repeated);
        Files.writeString(dir.resolve("b.html"), "<html><body><article><p>"
                + TestPages.uniqueArticle().replace("\n\n", "</p><p>") + "</p></article></body></html>");
        Files.writeString(dir.resolve("c.txt"), repeated); // same page again: a duplicate
        Files.writeString(dir.resolve("d.txt"), "   \n");  // nothing in it: fails
        Files.writeString(dir.resolve("notes.md"), "ignored");

        List<BulkImport.Item> items = BulkImport.fromFolder(dir, "Bulk Tribune");
        assertEquals(4, items.size());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BulkImport.Summary summary = new BulkImport(batch, 3, TestApiKey.key(), new PrintStream(err, true, StandardCharsets.UTF_8)).run(items);

        assertEquals(2, summary.accepted);
        assertEquals(1, summary.duplicates);
        assertEquals(1, summary.failed);
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("4/4 100%"), progress);
        assertTrue(progress.contains("d.txt"), progress);
    }

    @Test
    void importsAnNdjsonFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.ndjson");
        Files.writeString(file, "{\"text\":" + BulkImport.quote(TestPages.uniqueArticle()) + "}\n\n{broken\n");
        List<BulkImport.Item> items = BulkImport.fromNdjson(file);
        assertEquals(2, items.size());
        BulkImport.Summary summary = new BulkImport(batch, 50, TestApiKey.key(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(items);
        assertEquals(1, summary.accepted);
        assertEquals(1, summary.failed);
        assertTrue(summary.failures.get(0).startsWith("pages.ndjson:3"), summary.failures.toString());
    }

    @Test
    void quotesJsonStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", BulkImport.quote("a\"b\\c\nd\u0001"));
    }
}
