package io.newslens.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

final class TextArticleReader {
    private TextArticleReader() {
    }

    static ArticleDraft read(RawPage page) {
        List<String> p = new ArrayList<>();
        for (String l : page.content().split("\\R")) {
            if (!l.isBlank()) {
                p.add(l.strip());
            }
        }
        return new ArticleDraft(null, List.of(), null, null, null, null, "article", p, false);
    }
}
