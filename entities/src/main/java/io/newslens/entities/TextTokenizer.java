package io.newslens.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences of Penn-Treebank-style tokens (the tokenisation the CoNLL model was
 * trained on) with offsets into the text. A line break always ends a sentence: headlines, datelines
 * and paragraphs carry no final full stop.
 */
final class TextTokenizer {

    // keep every token's text as written (no -LRB-, no `` ''): the CRF's word features were learnt on raw Reuters text
    private static final TokenizerFactory<CoreLabel> FACTORY = PTBTokenizer.factory(new CoreLabelTokenFactory(),
            "ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false,"
                    + "splitAssimilations=false,untokenizable=noneKeep,invertible=false");
    private static final WordToSentenceProcessor<CoreLabel> SPLITTER = new WordToSentenceProcessor<>();

    /** No name is longer; longer tokens (URLs, junk) are cut to this length before tagging. */
    static final int MAX_WORD = 40;

    private TextTokenizer() {
    }

    /** Sentences of CoreLabels whose begin/end positions are offsets into {@code text}. */
    static List<List<CoreLabel>> sentences(String text) {
        List<List<CoreLabel>> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                List<CoreLabel> tokens = FACTORY.getTokenizer(new StringReader(text.substring(lineStart, lineEnd)))
                        .tokenize();
                for (CoreLabel t : tokens) {
                    t.setBeginPosition(t.beginPosition() + lineStart);
                    t.setEndPosition(t.endPosition() + lineStart);
                    if (t.word().length() > MAX_WORD) {
                        // the CRF builds every character n-gram of a word: a 200,000-letter "word" would take gigabytes
                        t.setWord(t.word().substring(0, MAX_WORD));
                    }
                }
                if (!tokens.isEmpty()) {
                    out.addAll(SPLITTER.process(tokens));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
