package io.newslens.summary.analysis.stance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class Fnc1CsvTest {

    @Test
    void quotedFieldsSpanLinesAndEscapeQuotes() throws Exception {
        Path dir = Files.createTempDirectory("fnc1");
        Path bodies = dir.resolve("bodies.csv");
        Files.writeString(bodies, "Body ID,articleBody\r\n7,\"First line,\n\nsecond \"\"quoted\"\" line\"\n8,plain\n");
        Map<String, String> b = Fnc1Csv.readBodies(bodies);
        assertEquals("First line,\n\nsecond \"quoted\" line", b.get("7"));
        assertEquals("plain", b.get("8"));
        Path stances = dir.resolve("stances.csv");
        Files.writeString(stances, "Headline,Body ID\n\"A, b\",7\nC,8\n");
        List<Fnc1Csv.Pair> p = Fnc1Csv.readStances(stances);
        assertEquals(new Fnc1Csv.Pair("A, b", "7", null), p.get(0));
        assertNull(p.get(1).stance());
        Path out = dir.resolve("out.csv");
        try (var w = Files.newBufferedWriter(out); var csv = Fnc1Csv.stancePrinter(w)) {
            csv.printRecord("A, \"b\"", "7", "agree");
            csv.printRecord(" spaced ", "8", "discuss");
        }
        assertEquals("Headline,Body ID,Stance\n\"A, \"\"b\"\"\",7,agree\n\" spaced \",8,discuss\n", Files.readString(out));
        List<Fnc1Csv.Pair> back = Fnc1Csv.readStances(out);
        assertEquals(new Fnc1Csv.Pair("A, \"b\"", "7", "agree"), back.get(0));
        assertEquals(" spaced ", back.get(1).headline());
    }

    @Test
    void scoreFollowsTheChallenge() {
        Fnc1Score s = new Fnc1Score();
        s.add("agree", "agree");        // 1.0 of 1.0
        s.add("disagree", "discuss");   // 0.25 of 1.0
        s.add("unrelated", "unrelated"); // 0.25 of 0.25
        s.add("discuss", "unrelated");  // 0 of 1.0
        assertEquals(1.5, s.score(), 1e-9);
        assertEquals(1.5 / 3.25, s.relative(), 1e-9);
    }
}
