package io.newslens.ingest.extraction;

final class LanguageDetector {
    private LanguageDetector() {
    }

    static String detect(String text) {
        return null;
    }
}
