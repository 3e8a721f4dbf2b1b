package io.newslens.summary.rest;

import io.newslens.summary.service.PropositionStanceService;
import io.newslens.summary.service.ReanalyseService;
import io.newslens.support.problem.Problem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The summary service's own problem answers, beyond service-support's base mappers. */
public class SummaryProblemMappers {

    /** A path that matches no resource (an article id is a path segment: say what was not found). */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.ofStatus(404, "no such resource").toResponse();
    }

    @ServerExceptionMapper
    public Response detectorUnavailable(PropositionStanceService.DetectorUnavailableException e) {
        return Problem.ofStatus(503, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response batchRunning(ReanalyseService.BatchRunningException e) {
        return Problem.ofStatus(409, e.getMessage()).toResponse();
    }
}
