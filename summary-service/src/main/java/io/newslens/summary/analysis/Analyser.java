package io.newslens.summary.analysis;

/**
 * Computes an article's thesis, summary, claims and entity stances. Implementations must be
 * deterministic for a given {@link #name()} and {@link #version()}: the stored analysis records
 * both, and a newer version can be re-run over the corpus.
 */
public interface Analyser {

    String name();

    String version();

    ArticleAnalysis analyse(ArticleInput article);
}
