package io.newslens.summary.analysis.stance;

import io.newslens.summary.analysis.text.Words;
import java.util.List;
import java.util.Set;

/** Word lists that signal refuting, hedging/reporting and confirming (matched on lower-cased words). */
final class StanceCues {

    static final Set<String> REFUTE = Words.of("fake", "fraud", "hoax", "false", "deny", "denies", "denied",
            "denial", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunked", "debunks", "prank",
            "pranks", "retract", "retracted", "satire", "satirical", "untrue", "misleading", "myth", "fabricated",
            "refuted", "refute", "rejects", "rejected", "dismissed", "dismisses", "baseless", "incorrect",
            "wrong", "lie", "lies", "lied", "falsely", "erroneous", "parody", "spoof", "unfounded", "rubbish",
            "nonsense", "contrary", "however", "actually", "fiction", "fictional", "invented", "photoshopped",
            "doctored", "scam", "unlikely", "hard");

    static final Set<String> NEGATION = Words.of("not", "no", "never", "none", "nothing", "neither", "nor",
            "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "cannot", "can't", "won't",
            "wouldn't", "hasn't", "haven't", "hadn't", "without", "nobody", "lacks", "lack", "lacking");

    static final Set<String> HEDGE = Words.of("reportedly", "allegedly", "alleged", "claim", "claims", "claimed",
            "rumor", "rumors", "rumour", "rumours", "rumored", "unconfirmed", "unverified", "may", "might",
            "could", "possibly", "possible", "apparently", "suggest", "suggests", "suggested", "according",
            "report", "reports", "reported", "purportedly", "purported", "supposedly", "appears", "appear",
            "seems", "seem", "believed", "speculation", "speculated", "if", "whether", "unclear", "perhaps",
            "likely", "probably", "sources", "source", "say", "says", "said", "told", "tweeted", "posted");

    static final Set<String> SUPPORT = Words.of("confirmed", "confirms", "confirm", "confirmation", "true",
            "indeed", "verified", "official", "officially", "announced", "revealed", "proof", "evidence",
            "proved", "proven", "shows", "showed", "video", "footage", "photos", "authentic", "genuine",
            "real", "fact", "definitely", "certainly");

    /** The official FNC-1 baseline's refuting words, each its own headline feature. */
    static final List<String> HEADLINE_REFUTE = List.of("fake", "fraud", "hoax", "false", "deny", "denies",
            "not", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "pranks", "retract");

    private StanceCues() {
    }
}
