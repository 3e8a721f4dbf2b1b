package io.newslens.ingest.extraction;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns content containers into paragraphs: every block-level element starts a new paragraph,
 * inline text is joined, and paragraphs that are just links are dropped.
 */
final class BlockCollector {

    /** One paragraph with the share of its letters that sat inside links, and the tag that opened it. */
    record Block(String text, int letters, int linkLetters, String tag) {
        double linkDensity() {
            return letters == 0 ? 0 : (double) linkLetters / letters;
        }
    }

    private BlockCollector() {
    }

    static List<Block> collect(List<Element> containers) {
        List<Block> blocks = new ArrayList<>();
        for (Element container : containers) {
            collect(container, blocks);
        }
        return blocks;
    }

    private static void collect(Element container, List<Block> out) {
        StringBuilder buf = new StringBuilder();
        int[] link = {0, 0}; // link letters, depth inside <a>
        String[] openTag = {container.normalName()};
        // links are separate words even in scripts written without spaces ("アプリ<a>Kindle</a>に")
        boolean[] pendingSpace = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (pendingSpace[0] && !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0))) {
                        separateWord(buf);
                    }
                    pendingSpace[0] = false;
                    buf.append(s);
                    if (link[1] > 0) {
                        link[0] += TextNormalizer.wordChars(s);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        link[1]++;
                        separateWord(buf);
                        pendingSpace[0] = true;
                    } else if (tag.equals("br")) {
                        if (endsWithLineBreak(buf)) {
                            flush(buf, link, openTag[0], out); // <br><br> ends a paragraph
                        } else {
                            buf.append('\n');
                        }
                    } else if (NodeStats.BLOCK_TAGS.contains(tag)) {
                        flush(buf, link, openTag[0], out);
                        openTag[0] = tag;
                    } else if (tag.equals("td") || tag.equals("th")) {
                        buf.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        link[1]--;
                        pendingSpace[0] = true;
                    } else if (NodeStats.BLOCK_TAGS.contains(tag)) {
                        flush(buf, link, tag, out);
                        openTag[0] = e.parent() == null ? tag : e.parent().normalName();
                    }
                }
            }
        }, container);
        flush(buf, link, openTag[0], out);
    }

    private static void separateWord(StringBuilder buf) {
        if (buf.length() > 0 && Character.isLetterOrDigit(buf.charAt(buf.length() - 1))) {
            buf.append(' ');
        }
    }

    private static boolean endsWithLineBreak(StringBuilder buf) {
        for (int i = buf.length() - 1; i >= 0; i--) {
            char c = buf.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return false;
    }

    private static void flush(StringBuilder buf, int[] link, String tag, List<Block> out) {
        if (buf.length() > 0) {
            String text = TextNormalizer.collapse(buf.toString());
            if (!text.isEmpty()) {
                int letters = TextNormalizer.wordChars(text);
                out.add(new Block(text, letters, Math.min(letters, link[0]), tag));
            }
        }
        buf.setLength(0);
        link[0] = 0;
    }
}
