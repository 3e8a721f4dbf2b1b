package io.newslens.summary.analysis.summary;

import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.claims.ClaimTyper;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the sentence that states what the article argues: a central, judging or forecasting claim
 * in the author's own voice, preferably introduced as a conclusion ("So,", "In reality",
 * "in this article ...") or placed where theses sit (end of the opening, the closing paragraph).
 */
public final class ThesisSelector {

    private static final Pattern CONCLUSION_START = Pattern.compile(
            "^(?:So|Thus|Therefore|Hence|In short|In sum|In summary|Ultimately|In reality|In fact|Overall|In conclusion|"
                    + "To sum up|All in all|The bottom line|In the end|Clearly|Consequently|After all)\\b");
    /** A sentence that opens with a quotation is someone else's words. */
    private static final Pattern QUOTE_START = Pattern.compile("^[\"\u201c\u201e\u00ab]");
    private static final Pattern CONTRAST_START = Pattern.compile("^(?:However|But|Yet|Still|Nevertheless|Nonetheless)\\b");
    private static final Pattern AUTHORIAL = Pattern.compile(
            "\\b(?:in this (?:article|paper|essay|column|piece)|this (?:article|paper|essay) (?:argues|shows|claims)|"
                    + "I (?:argue|contend|believe|think)|we (?:argue|contend|believe)|my (?:argument|view)|"
                    + "the (?:real )?(?:question|point|problem) is|make it hard to|depends (?:less|more|largely|mainly) on|"
                    + "in reality|the truth is|it is clear that)\\b", Pattern.CASE_INSENSITIVE);

    private ThesisSelector() {
    }

    /** Thesis score of every sentence (higher is more thesis-like). */
    public static double[] scores(List<Sentence> sentences, Map<Integer, Claim> claimsBySentence, double[] centrality,
                                  int paragraphs) {
        return scores(sentences, claimsBySentence, centrality, paragraphs, null);
    }

    /** As above; a headline, when there is one, points at the sentences it echoes. */
    public static double[] scores(List<Sentence> sentences, Map<Integer, Claim> claimsBySentence, double[] centrality,
                                  int paragraphs, String title) {
        java.util.Set<String> titleStems = title == null ? java.util.Set.of()
                : new java.util.HashSet<>(Tokenizer.contentStems(title));
        double maxC = 1e-9;
        for (double c : centrality) maxC = Math.max(maxC, c);
        int n = sentences.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            Claim claim = claimsBySentence.get(i);
            if (claim == null) {
                out[i] = -10;
                continue;
            }
            double score = 1.2 * centrality[i] / maxC;
            score += switch (claim.type()) {
                case ClaimTyper.EVALUATIVE -> 0.6;
                case ClaimTyper.PREDICTIVE -> 0.6;
                case ClaimTyper.CAUSAL -> 0.45;
                case ClaimTyper.PRESCRIPTIVE -> 0.35;
                default -> 0.0;
            };
            String t = s.text();
            if (claim.attributedTo() != null || QUOTE_START.matcher(t).find()) score -= 0.9;
            if (CONCLUSION_START.matcher(t).find()) score += 0.6;
            if (CONTRAST_START.matcher(t).find()) score += 0.25;
            if (AUTHORIAL.matcher(t).find()) score += 0.8;
            if (!titleStems.isEmpty()) {
                java.util.Set<String> st = new java.util.HashSet<>(Tokenizer.contentStems(t));
                st.retainAll(titleStems);
                score += 0.5 * st.size() / titleStems.size();
            }
            int words = Tokenizer.words(t).size();
            if (words < 10) score -= 0.5;
            if (words > 50) score -= 0.3;
            if (s.paragraph() == paragraphs - 1) score += 0.3;
            if (i == n - 1) score += 0.2;
            if (s.paragraph() == 0 && (i + 1 == n || sentences.get(i + 1).paragraph() != 0)) score += 0.2;
            out[i] = score;
        }
        return out;
    }

    public static int select(double[] scores) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) if (best < 0 || scores[i] > scores[best]) best = i;
        return best < 0 || scores[best] <= -10 ? -1 : best;
    }
}
