package io.newslens.ingest.extraction;

/**
 * Turns one raw page (HTML or scraped text) into a clean article. Implementations are pure:
 * no I/O, no state, safe to call from many threads.
 */
public interface ArticleExtractor {

    ExtractedArticle extract(RawPage page);
}
