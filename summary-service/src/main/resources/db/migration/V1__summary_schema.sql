-- Copy of the article fields needed to re-analyse and to filter claims and stances.
create table article (
    id            varchar(128) primary key,
    version       bigint       not null,
    title         text,
    publisher     varchar(512),
    published_at  timestamptz,
    text          text         not null,
    paragraphs    jsonb        not null default '[]',
    entities      jsonb        not null default '[]',
    received_at   timestamptz  not null
);
create index article_publisher_idx on article (lower(publisher));
create index article_published_at_idx on article (published_at);

-- The current analysis of an article: one row per article (primary key), replaced by a newer
-- article version or a newer analyser.
create table analysis (
    article_id        varchar(128) primary key references article (id) on delete cascade,
    article_version   bigint       not null,
    analyser_name     varchar(128) not null,
    analyser_version  varchar(64)  not null,
    thesis_text       text,
    thesis_start      integer,
    thesis_end        integer,
    summary           jsonb        not null default '[]',
    computed_at       timestamptz  not null
);
create index analysis_analyser_idx on analysis (analyser_name, analyser_version);

create table claim (
    id               bigserial primary key,
    article_id       varchar(128) not null references analysis (article_id) on delete cascade,
    ordinal          integer      not null,
    text             text         not null,
    start_offset     integer      not null,
    end_offset       integer      not null,
    type             varchar(32),
    hedged           boolean      not null,
    hedge_cue        varchar(256),
    attributed_to    varchar(512),
    checkworthiness  double precision not null,
    constraint claim_article_ordinal_uk unique (article_id, ordinal)
);
create index claim_type_idx on claim (type);
create index claim_attributed_to_idx on claim (lower(attributed_to));

create table claim_entity (
    claim_id  bigint       not null references claim (id) on delete cascade,
    ordinal   integer      not null,
    name      varchar(512) not null,
    primary key (claim_id, ordinal)
);
create index claim_entity_name_idx on claim_entity (lower(name));

create table stance (
    id           bigserial primary key,
    article_id   varchar(128) not null references analysis (article_id) on delete cascade,
    ordinal      integer      not null,
    target       varchar(512) not null,
    target_type  varchar(64),
    label        varchar(32)  not null,
    score        double precision not null,
    evidence     jsonb        not null default '[]',
    constraint stance_article_ordinal_uk unique (article_id, ordinal)
);
create index stance_target_idx on stance (lower(target));

-- Articles that could not be analysed (invalid event, analyser failure); the record also goes to the DLQ.
create table analysis_failure (
    id               bigserial primary key,
    article_id       varchar(128),
    article_version  bigint,
    reason           text        not null,
    source           varchar(256),
    failed_at        timestamptz not null
);
create index analysis_failure_article_idx on analysis_failure (article_id);

-- Transactional outbox: written in the same transaction as the analysis, relayed to Kafka.
create table outbox (
    id           bigserial primary key,
    topic        varchar(128) not null,
    message_key  varchar(128) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_unsent_idx on outbox (id) where sent_at is null;
