package io.newslens.support.problem;

/** Ends a request with the given problem answer; {@link ProblemMappers} renders it. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ProblemException(Problem problem, Throwable cause) {
        this(problem);
        initCause(cause);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.ofStatus(400, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.ofStatus(404, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.ofStatus(409, detail));
    }

    public Problem problem() {
        return problem;
    }
}
