package io.newslens.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * The CRF sequence model (Stanford CoreNLP's CoNLL-2003 4-class distsim CRF, see SOURCE.md beside the
 * model file), loaded once per process. {@link #preload()} starts loading on a background thread so a
 * service is ready before the model is (about 2 s and 150 MB of heap); the first recognition waits for it.
 */
final class NerModel {

    static final String RESOURCE = "/io/newslens/entities/english.conll.4class.distsim.crf.ser.gz";

    private static volatile CompletableFuture<CRFClassifier<CoreLabel>> loading;

    private NerModel() {
    }

    /** Starts loading the model in the background, once; later calls return at once. */
    static CompletableFuture<CRFClassifier<CoreLabel>> preload() {
        CompletableFuture<CRFClassifier<CoreLabel>> f = loading;
        if (f == null) {
            synchronized (NerModel.class) {
                if (loading == null) {
                    loading = CompletableFuture.supplyAsync(NerModel::load, r -> {
                        Thread t = new Thread(r, "ner-model-loader");
                        t.setDaemon(true);
                        t.start();
                    });
                }
                f = loading;
            }
        }
        return f;
    }

    static boolean isLoaded() {
        CompletableFuture<CRFClassifier<CoreLabel>> f = loading;
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    /**
     * The answer for every token of the sentence: PERSON, ORGANIZATION, LOCATION, MISC or O. The words go to
     * the CRF as fresh labels ({@code classifySentence}): tagging the tokenizer's own labels in place, whose
     * extra annotations the feature extractor also reads, loses half the entities.
     */
    static List<String> tag(List<CoreLabel> sentence) {
        List<CoreLabel> tagged = preload().join().classifySentence(sentence);
        List<String> out = new ArrayList<>(tagged.size());
        for (CoreLabel t : tagged) {
            out.add(t.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return out;
    }

    private static CRFClassifier<CoreLabel> load() {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model missing from the classpath: " + RESOURCE);
            }
            return CRFClassifier.getClassifier(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
