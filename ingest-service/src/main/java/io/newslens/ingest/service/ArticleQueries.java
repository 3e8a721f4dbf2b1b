package io.newslens.ingest.service;

import io.newslens.ingest.persistence.Article;
import io.newslens.ingest.persistence.ArticleRepository;
import io.newslens.ingest.persistence.RawInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read side of the article store. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueries {

    /** One page of articles and the total count. */
    public record Slice(List<Article> items, long total) {
    }

    private final ArticleRepository articles;

    public ArticleQueries(ArticleRepository articles) {
        this.articles = articles;
    }

    public Optional<Article> find(UUID id) {
        return articles.findByIdOptional(id);
    }

    public Optional<RawInput> raw(UUID articleId) {
        return articles.findByIdOptional(articleId).flatMap(a -> RawInput.<RawInput>findByIdOptional(a.rawInputId));
    }

    public Slice page(int page, int size) {
        return new Slice(articles.page(page, size), articles.count());
    }
}
