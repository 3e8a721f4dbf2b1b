package io.newslens.search.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Text to BERT word pieces, as the HuggingFace tokenizer of a {@link BertVocabulary} splits it: special
 * tokens ([SEP], ...) matched verbatim first, the rest normalised and split into words by
 * {@link BertBasicTokenizer}, then each word cut greedily into the longest pieces of the vocabulary
 * ("unaffable" -> "una", "##ffa", "##ble"); a word that cannot be cut, or is too long, is the unknown token.
 */
public final class WordPieceTokenizer {

    private final BertVocabulary vocabulary;

    public WordPieceTokenizer(BertVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public BertVocabulary vocabulary() {
        return vocabulary;
    }

    /** The word pieces of {@code text}, without [CLS]/[SEP] around them and without truncation. */
    public List<String> tokenize(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            SpecialMatch m = nextSpecialToken(text, from);
            int end = m == null ? text.length() : m.start();
            for (String word : BertBasicTokenizer.words(text.substring(from, end))) {
                addPieces(word, pieces);
            }
            if (m == null) {
                break;
            }
            pieces.add(m.token());
            from = m.start() + m.token().length();
        }
        return pieces;
    }

    /** The vocabulary ids of {@code pieces}. */
    public long[] ids(List<String> pieces) {
        long[] ids = new long[pieces.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.id(pieces.get(i));
        }
        return ids;
    }

    /** Greedy longest match from the left; all of the word or nothing (then the unknown token). */
    private void addPieces(String word, List<String> pieces) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > vocabulary.maxCharsPerWord()) {
            pieces.add(vocabulary.unknownToken());
            return;
        }
        List<String> wordPieces = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            String piece = null;
            int end = cps.length;
            for (; end > start; end--) {
                String candidate = new String(cps, start, end - start);
                if (start > 0) {
                    candidate = vocabulary.continuationPrefix() + candidate;
                }
                if (vocabulary.contains(candidate)) {
                    piece = candidate;
                    break;
                }
            }
            if (piece == null) {
                pieces.add(vocabulary.unknownToken());
                return;
            }
            wordPieces.add(piece);
            start = end;
        }
        pieces.addAll(wordPieces);
    }

    /** The first special token at or after {@code from}; the longest one when several start there. */
    private SpecialMatch nextSpecialToken(String text, int from) {
        SpecialMatch best = null;
        for (String token : vocabulary.specialTokens()) {
            int at = text.indexOf(token, from);
            if (at >= 0 && (best == null || at < best.start()
                    || (at == best.start() && token.length() > best.token().length()))) {
                best = new SpecialMatch(at, token);
            }
        }
        return best;
    }

    private record SpecialMatch(int start, String token) {
    }
}
