package io.newslens.summary.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "claim")
public class ClaimEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    public String type;

    @Column(nullable = false)
    public boolean hedged;

    @Column(name = "hedge_cue")
    public String hedgeCue;

    @Column(name = "attributed_to")
    public String attributedTo;

    /** Where the source is named in the text (null in the author's voice). */
    @Column(name = "attributed_start")
    public Integer attributedStart;

    @Column(name = "attributed_end")
    public Integer attributedEnd;

    @Column(nullable = false)
    public double checkworthiness;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_entity", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "name", nullable = false)
    @BatchSize(size = 100)
    public List<String> entities = new ArrayList<>();
}
