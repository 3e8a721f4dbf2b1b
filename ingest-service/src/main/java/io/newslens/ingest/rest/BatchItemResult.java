package io.newslens.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.newslens.support.problem.Problem;

/** Outcome of one NDJSON line of a batch: an id (201/200) or a problem (4xx/5xx). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(int line, int status, String id, String duplicateOf, String externalId, Problem problem) {

    static BatchItemResult ok(int line, int status, IngestResponse r) {
        return new BatchItemResult(line, status, r.id(), r.duplicateOf(), r.externalId(), null);
    }

    static BatchItemResult failed(int line, Problem problem) {
        return new BatchItemResult(line, problem.status(), null, null, null, problem);
    }
}
