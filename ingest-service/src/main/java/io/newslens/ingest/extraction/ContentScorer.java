package io.newslens.ingest.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readability-style candidate scoring: every paragraph-like block gives points (length, commas) to
 * its ancestors; the best ancestor, discounted by its link density, is the article container, joined
 * by siblings that score well or read like prose.
 */
final class ContentScorer {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final NodeStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ContentScorer(NodeStats stats) {
        this.stats = stats;
    }

    /** Container elements (in document order) that hold the article; empty when nothing scores. */
    List<Element> selectContent(Element body) {
        List<Element> candidates = scoreParagraphs(body);
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingDouble(this::finalScore).reversed());
        Element top = candidates.get(0);
        top = promoteToCommonAncestor(top, candidates, body);
        top = climbWhileParentScoresHigher(top, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSiblings(top);
    }

    double finalScore(Element e) {
        Double s = scores.get(e);
        return s == null ? 0 : s * (1 - stats.of(e).linkDensity());
    }

    boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "p", "pre", "td", "blockquote" -> {
                return true;
            }
            case "div", "section", "span", "font", "center", "article" -> {
                return !stats.of(e).blockInside;
            }
            default -> {
                return false;
            }
        }
    }

    private List<Element> scoreParagraphs(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            int letters;
            int commas;
            Element ancestor;
            if (isParagraphLike(e)) {
                NodeStats.Stat st = stats.of(e);
                letters = st.text;
                commas = st.commas;
                ancestor = e.parent();
            } else if (stats.of(e).blockInside) {
                // loose text between the blocks of a container reads as a paragraph of that container
                int[] loose = looseText(e);
                letters = loose[0];
                commas = loose[1];
                ancestor = e;
            } else {
                continue;
            }
            if (letters < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double contentScore = 1 + commas + Math.min(letters / 100.0, 3);
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        return candidates;
    }

    /** Letters and commas of an element's direct text and inline children (not its blocks). */
    private int[] looseText(Element e) {
        int letters = 0;
        int commas = 0;
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                String txt = t.getWholeText();
                letters += TextNormalizer.wordChars(txt);
                for (int i = 0; i < txt.length(); i++) {
                    if (txt.charAt(i) == ',') {
                        commas++;
                    }
                }
            } else if (n instanceof Element c && !NodeStats.BLOCK_TAGS.contains(c.normalName())
                    && !c.normalName().equals("a")) {
                NodeStats.Stat st = stats.of(c);
                if (!st.blockInside) {
                    letters += st.text - st.link;
                    commas += st.commas;
                }
            }
        }
        return new int[] {letters, commas};
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            score += 10;
        }
        return score + BoilerplatePatterns.classWeight(e);
    }

    /** If several strong candidates share an ancestor with the top one, the article spans them all. */
    private Element promoteToCommonAncestor(Element top, List<Element> sorted, Element body) {
        double topScore = finalScore(top);
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(sorted.size(), 5); i++) {
            if (finalScore(sorted.get(i)) / topScore >= 0.75) {
                alternatives.add(sorted.get(i));
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        // count, for every ancestor of the alternatives, how many alternatives it holds (linear in depth)
        Map<Element, Integer> holding = new IdentityHashMap<>();
        for (Element alt : alternatives) {
            for (Element p = alt.parent(); p != null; p = p.parent()) {
                holding.merge(p, 1, Integer::sum);
            }
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (holding.getOrDefault(parent, 0) >= 3) {
                return scoreIfMissing(parent);
            }
        }
        return top;
    }

    private Element scoreIfMissing(Element e) {
        scores.computeIfAbsent(e, ContentScorer::initialScore);
        return e;
    }

    private Element climbWhileParentScoresHigher(Element top, Element body) {
        double lastScore = finalScore(top);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double parentScore = finalScore(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> picked = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                picked.add(sibling);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && top.className().equals(sibling.className())) {
                bonus = topScore * 0.2;
            }
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
                picked.add(sibling);
            } else if (sibling.normalName().equals("p") || isParagraphLike(sibling)) {
                NodeStats.Stat st = stats.of(sibling);
                double ld = st.linkDensity();
                String text = sibling.text();
                if (st.text > 80 && ld < 0.25) {
                    picked.add(sibling);
                } else if (st.text > 0 && st.text <= 80 && ld == 0 && text.matches("(?s).*\\.( |$).*")) {
                    picked.add(sibling);
                }
            }
        }
        return picked;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
