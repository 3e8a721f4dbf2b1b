package io.newslens.ingest.extraction;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Text length, link-text length, comma count and "has block descendants" for every element of a
 * tree, computed in one iterative pass (no recursion, so deeply nested pages cannot blow the stack).
 */
final class NodeStats {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul", "select", "center", "details", "summary");

    static final class Stat {
        int text;
        int link;
        int commas;
        int paragraphs;
        int listItems;
        boolean blockInside;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1.0, (double) link / text);
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    NodeStats(Element root) {
        Deque<Stat> stack = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    stack.push(new Stat());
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    Stat s = stack.peek();
                    String txt = t.getWholeText();
                    s.text += TextNormalizer.wordChars(txt);
                    for (int i = 0; i < txt.length(); i++) {
                        char c = txt.charAt(i);
                        if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                            s.commas++;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Stat s = stack.pop();
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        s.link = s.text;
                    }
                    if (tag.equals("p")) {
                        s.paragraphs++;
                    } else if (tag.equals("li")) {
                        s.listItems++;
                    }
                    stats.put(e, s);
                    if (!stack.isEmpty()) {
                        Stat parent = stack.peek();
                        parent.text += s.text;
                        parent.link += s.link;
                        parent.commas += s.commas;
                        parent.paragraphs += s.paragraphs;
                        parent.listItems += s.listItems;
                        if (s.blockInside || BLOCK_TAGS.contains(tag)) {
                            parent.blockInside = true;
                        }
                    }
                }
            }
        }, root);
    }

    Stat of(Element e) {
        Stat s = stats.get(e);
        return s == null ? new Stat() : s;
    }
}
