package io.newslens.entities;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of a CoNLL-2003 file ({@code -DOCSTART-} between documents, {@code TOKEN TAG} per line,
 * a blank line between sentences), as bench/entities defines it: tokens joined by single spaces,
 * sentences joined by "\n", and the gold mentions with offsets into that text (IOB1 and IOB2 both read).
 */
record ConllDocument(String text, List<Mention> gold) {

    static List<ConllDocument> read(Path file) throws IOException {
        List<ConllDocument> docs = new ArrayList<>();
        Builder b = new Builder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-DOCSTART-")) {
                b.finish(docs);
                b = new Builder();
            } else if (line.isBlank()) {
                b.endSentence();
            } else {
                String[] cols = line.trim().split("\\s+");
                b.token(cols[0], cols[cols.length - 1]);
            }
        }
        b.finish(docs);
        return docs;
    }

    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<Mention> gold = new ArrayList<>();
        boolean sentenceOpen;
        String openType;
        int openStart;

        void token(String word, String tag) {
            if (sentenceOpen) {
                text.append(' ');
            } else if (!text.isEmpty()) {
                text.append('\n');
            }
            sentenceOpen = true;
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = type != null && (tag.startsWith("B-") || !type.equals(openType));
            if (openType != null && (type == null || begins)) {
                close();
            }
            int start = text.length();
            text.append(word);
            if (begins) {
                openType = type;
                openStart = start;
            }
        }

        void endSentence() {
            if (openType != null) {
                close();
            }
            sentenceOpen = false;
        }

        private void close() {
            int end = text.length();
            // the separator before the current token is not part of the mention
            while (end > openStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            gold.add(new Mention(text.substring(openStart, end), openType, openStart, end));
            openType = null;
        }

        void finish(List<ConllDocument> docs) {
            endSentence();
            if (!text.isEmpty()) {
                docs.add(new ConllDocument(text.toString(), List.copyOf(gold)));
            }
        }
    }
}
