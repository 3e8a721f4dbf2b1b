package io.newslens.search.service.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A forgiving parser for the search syntax: words, "phrases", AND / OR / NOT (also &amp;&amp;, ||, !),
 * +required / -excluded, prefix*, parentheses and field:value for title, author and publisher.
 * It never throws: unbalanced quotes close at the end, stray parentheses and dangling operators are
 * dropped, unknown fields are searched as plain text. Plain words are the natural-language part of a query: how
 * many of them must match is {@link QueryTranslator}'s choice; {@code +word} and both sides of an explicit
 * {@code AND} are {@link QueryNode.Required}.
 * <p>
 * Text that people write or paste (a headline, a sentence) uses the same characters as the syntax: "Culkin NOT
 * Dead", "IRAQI AND KURDISH MEDIA", "... Scar (VIDEO)". So the words {@code AND}, {@code OR} and {@code NOT} are
 * operators only in a query that does not read as prose ({@link #readsAsProse}): one with sentence punctuation
 * ({@code , ; : ! ?} after a word), one written all in capitals, or a title-case one (four or more words of four or
 * more letters, each capitalised); there they are words as typed. The signs {@code + - !} and {@code &&}, {@code ||}
 * keep their meaning everywhere. A parenthesised group of plain words (no operator, sign or field inside) is plain
 * words too: parentheses only group what an operator applies to.
 */
public final class QueryParser {

    public static final Set<String> FIELDS = Set.of("title", "author", "publisher");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");
    private static final int MAX_DEPTH = 16;

    private enum Kind { WORD, PHRASE, AND, OR, NOT, PLUS, LPAREN, RPAREN, FIELD }

    private record Token(Kind kind, String text) {
    }

    private final List<Token> tokens;
    private int pos;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static QueryNode parse(String input) {
        if (input == null || input.isBlank()) {
            return new QueryNode.MatchAll();
        }
        QueryParser p = new QueryParser(lex(input, !readsAsProse(input)));
        List<QueryNode> parts = new ArrayList<>();
        while (p.pos < p.tokens.size()) {
            QueryNode n = p.parseOr(0);
            if (n != null) {
                parts.add(n);
            }
            if (p.pos < p.tokens.size() && p.peek() == Kind.RPAREN) {
                p.pos++; // stray ')' at top level
            }
        }
        QueryNode result = simplifyAnd(parts);
        return result == null ? new QueryNode.MatchAll() : result;
    }

    private Kind peek() {
        return pos < tokens.size() ? tokens.get(pos).kind() : null;
    }

    private QueryNode parseOr(int depth) {
        List<QueryNode> alternatives = new ArrayList<>();
        QueryNode first = parseAnd(depth);
        if (first != null) {
            alternatives.add(first);
        }
        while (peek() == Kind.OR) {
            pos++;
            QueryNode next = parseAnd(depth);
            if (next != null) {
                alternatives.add(next);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(List.copyOf(alternatives));
    }

    private QueryNode parseAnd(int depth) {
        List<QueryNode> items = new ArrayList<>();
        boolean afterAnd = false;
        while (true) {
            Kind k = peek();
            if (k == null || k == Kind.OR || k == Kind.RPAREN) {
                break;
            }
            if (k == Kind.AND) {
                pos++;
                if (!items.isEmpty()) {
                    items.set(items.size() - 1, required(items.get(items.size() - 1)));
                    afterAnd = true;
                }
                continue;
            }
            QueryNode n = parseUnary(depth);
            if (n != null && !afterAnd && isPlainGroup(n)) {
                items.addAll(((QueryNode.And) n).children()); // "(VIDEO)", "(but it was a hoax)": words
            } else if (n != null) {
                items.add(afterAnd ? required(n) : n);
            }
            afterAnd = false;
        }
        return simplifyAnd(items);
    }

    /** A group of plain words only (what parentheses around words without operators parse to). */
    private static boolean isPlainGroup(QueryNode n) {
        return n instanceof QueryNode.And a && a.children().stream()
                .allMatch(c -> c instanceof QueryNode.Term t && t.field() == null && !t.prefix());
    }

    /** A node that must match; an exclusion or a node already required stays as it is. */
    private static QueryNode required(QueryNode n) {
        return n instanceof QueryNode.Not || n instanceof QueryNode.Required ? n : new QueryNode.Required(n);
    }

    private QueryNode parseUnary(int depth) {
        Kind k = peek();
        if (k == Kind.NOT) {
            pos++;
            Kind next = peek();
            if (next == null || next == Kind.OR || next == Kind.RPAREN || next == Kind.AND) {
                return null;
            }
            QueryNode inner = parseUnary(depth);
            return inner == null ? null : inner instanceof QueryNode.Not n ? n.child() : new QueryNode.Not(inner);
        }
        if (k == Kind.PLUS) {
            pos++;
            QueryNode inner = parseUnary(depth);
            return inner == null ? null : required(inner);
        }
        return parsePrimary(depth);
    }

    private QueryNode parsePrimary(int depth) {
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case LPAREN -> {
                if (depth >= MAX_DEPTH) {
                    return null; // absurd nesting: ignore the parenthesis, keep the words
                }
                QueryNode inner = parseOr(depth + 1);
                if (peek() == Kind.RPAREN) {
                    pos++;
                }
                return inner;
            }
            case FIELD -> {
                Kind next = peek();
                if (next == Kind.WORD || next == Kind.PHRASE) {
                    Token v = tokens.get(pos++);
                    return term(t.text(), v);
                }
                return null;
            }
            case WORD, PHRASE -> {
                return term(null, t);
            }
            default -> {
                return null;
            }
        }
    }

    private static QueryNode term(String field, Token t) {
        String text = t.text();
        boolean phrase = t.kind() == Kind.PHRASE;
        boolean prefix = false;
        if (!phrase && text.endsWith("*")) {
            text = text.replaceAll("\\*+$", "");
            prefix = true;
        }
        text = text.strip();
        if (text.isEmpty() || !hasLetterOrDigit(text)) {
            return null;
        }
        return new QueryNode.Term(field, text, phrase, prefix);
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static QueryNode simplifyAnd(List<QueryNode> items) {
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1 && items.get(0) instanceof QueryNode.Required r) {
            return r.child(); // a lone required node: required or not, it is all there is to match
        }
        return items.size() == 1 && !(items.get(0) instanceof QueryNode.Not)
                ? items.get(0) : new QueryNode.And(List.copyOf(items));
    }

    /**
     * Whether the query reads as text written for people rather than as a boolean query: sentence punctuation
     * after a word ({@code , ; : ! ?}, not the colon of {@code field:}), no lower-case letter at all, or title case
     * (every word of four or more letters capitalised, at least four of them). AND/OR/NOT are words there.
     */
    static boolean readsAsProse(String s) {
        String[] words = WHITESPACE.split(s.strip());
        int longWords = 0;
        long letters = 0;
        boolean titleCase = true;
        boolean lower = false;
        for (String w : words) {
            if (w.length() > 1 && ",;:!?".indexOf(w.charAt(w.length() - 1)) >= 0 && Character.isLetterOrDigit(w.charAt(w.length() - 2))) {
                return true;
            }
            if (w.equals("AND") || w.equals("OR") || w.equals("NOT")) {
                continue;
            }
            lower |= w.codePoints().anyMatch(Character::isLowerCase);
            String word = LEADING_NON_LETTERS.matcher(w).replaceFirst("");
            long wordLetters = word.codePoints().filter(Character::isLetter).count();
            letters += wordLetters;
            if (wordLetters >= 4) {
                longWords++;
                titleCase &= Character.isUpperCase(word.codePointAt(0));
            }
        }
        boolean capitals = !lower && letters > 3;
        return capitals || (titleCase && longWords >= 4);
    }

    private static List<Token> lex(String s, boolean wordOperators) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Kind.LPAREN, "("));
                i++;
            } else if (c == ')') {
                out.add(new Token(Kind.RPAREN, ")"));
                i++;
            } else if (c == '"' || c == '\u201c' || c == '\u201d') {
                int end = i + 1;
                while (end < n && "\"\u201c\u201d".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                out.add(new Token(Kind.PHRASE, s.substring(i + 1, end)));
                i = Math.min(n, end + 1);
            } else if ((c == '+' || c == '-' || c == '!') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))
                    && (out.isEmpty() || i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')) {
                out.add(new Token(c == '+' ? Kind.PLUS : Kind.NOT, String.valueOf(c)));
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(s.charAt(end)) && "()\"\u201c\u201d".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                String word = s.substring(i, end);
                i = end;
                switch (word) {
                    case "&&" -> out.add(new Token(Kind.AND, word));
                    case "||", "|" -> out.add(new Token(Kind.OR, word));
                    case "!" -> out.add(new Token(Kind.NOT, word));
                    case "AND" -> out.add(new Token(wordOperators ? Kind.AND : Kind.WORD, word));
                    case "OR" -> out.add(new Token(wordOperators ? Kind.OR : Kind.WORD, word));
                    case "NOT" -> out.add(new Token(wordOperators ? Kind.NOT : Kind.WORD, word));
                    default -> {
                        int colon = word.indexOf(':');
                        String field = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : null;
                        if (field != null && FIELDS.contains(field)) {
                            out.add(new Token(Kind.FIELD, field));
                            String rest = word.substring(colon + 1);
                            if (!rest.isEmpty()) {
                                out.add(new Token(Kind.WORD, rest));
                            }
                        } else if (!word.isEmpty()) {
                            out.add(new Token(Kind.WORD, word));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * How many words the query has when it is only plain words and phrases (no operator, sign, field or prefix:
     * natural language, where a phrase only ranks); 0 when it has any other syntax or nothing to search for.
     */
    public static int plainWordCount(QueryNode node) {
        if (node instanceof QueryNode.Term t) {
            return t.field() == null && !t.phrase() && !t.prefix() ? 1 : 0; // a lone phrase must match
        }
        if (node instanceof QueryNode.And a) {
            int n = 0;
            boolean word = false;
            for (QueryNode c : a.children()) {
                if (!(c instanceof QueryNode.Term t) || t.field() != null || t.prefix()) {
                    return 0;
                }
                word |= !t.phrase();
                n += t.phrase() ? WHITESPACE.split(t.text().strip()).length : 1;
            }
            return word ? n : 0;
        }
        return 0;
    }

    /** The plain words of a query (no operators, fields or excluded terms): what semantic search embeds. */
    public static String plainText(QueryNode node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString().strip();
    }

    private static void collect(QueryNode node, StringBuilder sb) {
        if (node instanceof QueryNode.Term t) {
            sb.append(t.text()).append(' ');
        } else if (node instanceof QueryNode.And a) {
            a.children().forEach(c -> collect(c, sb));
        } else if (node instanceof QueryNode.Or o) {
            o.children().forEach(c -> collect(c, sb));
        } else if (node instanceof QueryNode.Required r) {
            collect(r.child(), sb);
        }
    }
}
