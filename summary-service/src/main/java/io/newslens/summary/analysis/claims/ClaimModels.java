package io.newslens.summary.analysis.claims;

/**
 * The shipped claim models (resources under {@code analysis/claims/}, see SOURCE.md there), loaded once.
 */
public final class ClaimModels {

    private ClaimModels() {
    }

    /** P(the sentence is an opinion, not a factual statement), ClaimBuster's NFS against UFS and CFS. */
    public static LinearClassifier opinion() {
        return Holder.OPINION;
    }

    /** P(the sentence is a check-worthy factual claim), ClaimBuster's CFS against NFS and UFS. */
    public static LinearClassifier checkworthiness() {
        return Holder.CHECKWORTHY;
    }

    private static final class Holder {
        static final LinearClassifier OPINION = LinearClassifier.load("analysis/claims/opinion-model.txt");
        static final LinearClassifier CHECKWORTHY = LinearClassifier.load("analysis/claims/checkworthiness-model.txt");
    }
}
