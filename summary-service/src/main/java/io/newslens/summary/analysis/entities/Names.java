package io.newslens.summary.analysis.entities;

import io.newslens.summary.analysis.text.Sentence;

import io.newslens.summary.analysis.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Proper-name heuristics: capitalised sequences, titles, demonyms, places and organisation words. */
public final class Names {

    /** A capitalised word (or an initial like "S.", or an acronym), with name connectors in between. */
    static final Pattern NAME_SEQUENCE = Pattern.compile(
            "(?:(?:[A-Z]\\.){2,}|[A-Z][\\p{L}'\u2019\\-]*\\.?|[A-Z]\\.)(?:\\s+(?:(?:of|the|and|for|de|van|von|der|bin|al|la|le|du|da)\\s+)?"
                    + "(?:(?:[A-Z]\\.){2,}|[A-Z][\\p{L}'\u2019\\-]*\\.?|[A-Z]\\.|\\d+(?:st|nd|rd|th)?(?=\\s+[A-Z])))*");

    static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s|'|\u2019)$");

    public static final Set<String> TITLES = Words.of("president", "prime", "minister", "foreign", "defense", "defence",
            "secretary", "general", "chairman", "chairwoman", "chair", "chancellor", "king", "queen", "prince",
            "princess", "senator", "sen.", "governor", "gov.", "mayor", "dr", "dr.", "prof", "prof.", "professor", "mr",
            "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lady", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "director", "chief", "executive", "ceo", "vice", "deputy", "leader", "commander", "admiral",
            "colonel", "col.", "gen.", "judge", "justice", "former", "late", "premier", "envoy", "senior", "supreme",
            "state", "interior", "finance", "trade", "economy", "economic", "affairs", "counselor", "adviser",
            "advisor", "national", "security", "head", "pastor", "rev.", "father", "bishop", "cardinal", "sheikh",
            "emir", "crown", "representative", "rep.", "congressman", "congresswoman", "officer", "official",
            "analyst", "researcher", "scholar", "editor", "correspondent", "reporter", "columnist", "author",
            "economist", "expert", "historian", "lawyer", "attorney", "activist", "scientist", "journalist", "writer",
            "commentator", "critic", "strategist", "diplomat", "lawmaker", "legislator", "candidate", "coach",
            "manager", "founder", "owner", "chairperson", "president-elect", "dean", "rector", "economist");

    static final Set<String> ORG_WORDS = Words.of("organization", "organisation", "union", "council", "ministry",
            "party", "university", "institute", "centre", "center", "court", "forum", "treaty", "bank", "fund",
            "agency", "association", "committee", "commission", "company", "corporation", "group", "inc", "ltd",
            "times", "news", "post", "daily", "herald", "parliament", "congress", "senate", "assembly", "army",
            "navy", "force", "forces", "department", "office", "board", "summit", "initiative", "republic",
            "kingdom", "states", "nations", "alliance", "cooperation", "co-operation", "service", "police",
            "government", "administration", "house", "network", "foundation", "project", "games", "cosmodrome",
            "presidency", "club", "league", "federation", "commonwealth", "coalition", "pact", "bureau", "school",
            "college", "academy", "society", "press", "media", "airlines", "motors", "technologies", "labs",
            "guard", "command", "zone", "order", "system", "strategy", "doctrine", "framework", "partnership",
            "program", "programme", "plan", "deal", "agreement", "declaration", "spirit");

    static final Set<String> PLACES = Words.of("afghanistan", "albania", "algeria", "argentina", "armenia", "australia",
            "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria",
            "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark",
            "egypt", "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "hungary",
            "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
            "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya",
            "lithuania", "malaysia", "mexico", "moldova", "mongolia", "morocco", "myanmar", "nepal", "netherlands",
            "nigeria", "norway", "pakistan", "palestine", "peru", "philippines", "poland", "portugal", "qatar",
            "romania", "russia", "rwanda", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain",
            "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "thailand", "tunisia", "turkey",
            "turkmenistan", "uganda", "ukraine", "uzbekistan", "venezuela", "vietnam", "yemen", "zimbabwe",
            "america", "europe", "asia", "africa", "britain", "england", "scotland", "wales", "washington",
            "beijing", "moscow", "london", "paris", "berlin", "tokyo", "seoul", "pyongyang", "kyiv", "kiev",
            "brussels", "tehran", "delhi", "new delhi", "islamabad", "ankara", "tianjin", "shanghai", "hong kong",
            "kuala lumpur", "crimea", "chechnya", "xinjiang", "tibet", "siberia", "gaza", "west bank", "jerusalem",
            "new york", "california", "texas", "florida", "central asia", "southeast asia", "east asia",
            "northeast asia", "middle east", "the west", "west", "east", "north", "south", "asia-pacific",
            "south korea", "north korea", "united states", "united kingdom", "us", "u.s.", "uk", "eu");

    private static final Set<String> FUNCTION_WORDS = Words.of("the", "a", "an", "this", "that", "these", "those",
            "however", "but", "and", "or", "in", "on", "at", "for", "by", "after", "before", "during", "since", "yet",
            "so", "still", "meanwhile", "moreover", "instead", "thus", "indeed", "notably", "similarly", "also", "while",
            "if", "when", "as", "although", "though", "because", "with", "without", "from", "to", "of", "it", "its",
            "he", "she", "they", "we", "i", "his", "her", "their", "our", "my", "there", "here", "what", "which", "who",
            "some", "many", "most", "all", "both", "each", "every", "such", "other", "another", "one", "two", "three",
            "first", "second", "third", "last", "next", "today", "now", "then", "historically", "rather", "perhaps",
            "unless", "until", "whether", "despite", "given", "under", "over", "among", "between", "through",
            "instead", "conversely", "particularly", "mr", "ms", "mrs", "dr", "prof", "according", "reaching",
            "judging", "following", "former", "late", "not", "no", "only", "even", "just", "much", "more", "less",
            "few", "several", "any", "being", "having", "russian", "chinese", "american", "european", "western",
            "eastern", "northern", "southern", "central", "japanese", "korean", "indian", "iranian", "pakistani",
            "british", "french", "german", "ukrainian", "israeli", "palestinian", "turkish", "soviet", "asian",
            "african", "arab", "islamic", "muslim", "christian", "jewish", "afghan", "taiwanese", "kazakh", "uzbek",
            "tajik", "kyrgyz", "mongolian", "syrian", "iraqi", "egyptian", "saudi", "canadian", "australian",
            "mexican", "brazilian", "italian", "spanish", "polish", "dutch", "swedish", "norwegian", "finnish",
            "danish", "swiss", "austrian", "belgian", "greek", "hungarian", "czech", "romanian", "serbian",
            "vietnamese", "thai", "malaysian", "indonesian", "filipino", "belarusian", "georgian", "armenian",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "earlier",
            "later", "please", "yes", "no", "oh", "well", "im", "ive", "id", "ill", "here", "sorry", "thanks");

    /** Last words that make a capitalised sequence a place or a thing rather than a person. */
    static final Set<String> NON_PERSON_TAILS = Words.of("city", "store", "stores", "watch", "pcs", "pc", "street",
            "park", "square", "airport", "station", "bridge", "river", "lake", "mountain", "mountains", "island",
            "islands", "valley", "county", "province", "district", "road", "avenue", "tower", "hall", "museum",
            "hotel", "stadium", "arena", "mall", "market", "phone", "pay", "app", "apps", "tv", "music", "day",
            "week", "awards", "award", "prize", "cup", "series", "show", "festival", "beach", "coast", "bay", "sea",
            "ocean", "gulf", "strait", "canal", "desert", "forest", "border", "plaza", "palace", "castle", "church",
            "cathedral", "temple", "mosque", "hospital", "prison", "base", "port", "harbour", "harbor", "highway",
            "region", "peninsula", "basin", "plateau", "hills", "heights", "falls", "village", "town", "state",
            "edition", "version", "model", "plus", "pro", "max", "mini", "air", "book", "studio", "network", "channel",
            "magazine", "journal", "times", "post", "news", "daily", "weekly", "review", "report", "index", "act",
            "bill", "law", "code", "war", "crisis", "revolution", "movement", "campaign", "operation", "mission");
    /** First words of place names ("Las Vegas", "San Diego"). */
    static final Set<String> PLACE_HEADS = Words.of("las", "los", "san", "santa", "new", "fort", "port", "saint", "st.",
            "mount", "lake", "cape", "north", "south", "east", "west", "upper", "lower", "greater", "el", "la", "le",
            "rio", "puerto", "costa", "hong", "sri", "abu", "buenos", "tel", "kuala");

    private Names() {
    }

    public static boolean isFunctionWord(String w) {
        if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)) return false; // an acronym ("WHO")
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != '.' && c != '\'' && c != '\u2019') b.append(Character.toLowerCase(c));
        }
        return FUNCTION_WORDS.contains(b.toString());
    }

    /** Proper-name sequences in a text (leading function words, titles and demonyms dropped). */
    public static List<String> sequences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME_SEQUENCE.matcher(text);
        while (m.find()) {
            String seq = stripPossessive(m.group());
            String name = stripLeading(seq);
            if (!name.isEmpty()) out.add(name);
        }
        return out;
    }

    static String stripPossessive(String s) {
        return POSSESSIVE.matcher(s).replaceAll("");
    }

    /** Drops leading function words, titles and demonyms: "Chinese Foreign Minister Wang Yi" -> "Wang Yi". */
    static String stripLeading(String seq) {
        if (isPlace(seq.trim())) return seq.trim();
        String[] t = Names.WS.split(seq.trim());
        int i = 0;
        while (i < t.length && (isFunctionWord(t[i]) || TITLES.contains(t[i].toLowerCase(Locale.ROOT))
                || t[i].equalsIgnoreCase("of") || t[i].equalsIgnoreCase("and"))) {
            i++;
        }
        // "HP CEO Meg Whitman", "US President Donald Trump": the person after the last title
        for (int k = t.length - 2; k >= i; k--) {
            if (TITLES.contains(t[k].toLowerCase(Locale.ROOT))) {
                String rest = String.join(" ", java.util.Arrays.asList(t).subList(k + 1, t.length));
                if (looksLikePerson(rest)) return rest;
                break;
            }
        }
        int j = t.length;
        while (j > i && (t[j - 1].equalsIgnoreCase("of") || t[j - 1].equalsIgnoreCase("and")
                || t[j - 1].equalsIgnoreCase("the") || t[j - 1].equalsIgnoreCase("for"))) {
            j--;
        }
        return String.join(" ", java.util.Arrays.asList(t).subList(i, j));
    }

    public static boolean isPlace(String name) {
        return PLACES.contains(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isOrganisation(String name) {
        if (isAcronym(name)) return !isPlace(name);
        for (String w : Names.WS.split(name.toLowerCase(Locale.ROOT))) if (ORG_WORDS.contains(w)) return true;
        return false;
    }

    public static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.replace(".", "").chars().allMatch(Character::isUpperCase);
    }

    /** A person-like name: 2-4 capitalised tokens, not a place, an organisation or a thing. */
    public static boolean looksLikePerson(String name) {
        String[] t = Names.WS.split(name);
        if (t.length < 2 || t.length > 4) return false;
        if (isPlace(name) || isOrganisation(name)) return false;
        if (NON_PERSON_TAILS.contains(t[t.length - 1].toLowerCase(Locale.ROOT))) return false;
        if (PLACE_HEADS.contains(t[0].toLowerCase(Locale.ROOT))) return false;
        for (String w : t) if (w.chars().anyMatch(Character::isDigit)) return false;
        for (String w : t) {
            if (isPlace(w) || isFunctionWord(w) || isAcronym(w) && !w.matches("[A-Z]\\.")) return false;
        }
        return true;
    }

    /**
     * The speaker named in a subject phrase: its first proper name (not a demonym), else the phrase
     * itself when it is a short common-noun group ("Russian politicians and media"), else null.
     */
    public static String speaker(String phrase) {
        if (phrase == null) return null;
        String p = phrase.trim().replaceAll("^[\"\u201c\u2018'(]+|[\"\u201d\u2019',:;)]+$", "").trim();
        if (p.isEmpty()) return null;
        // the head of a subject phrase is its last word: a name there is the speaker ("HP CEO Meg
        // Whitman", "scholars such as Stephen Aris"); a name before a common noun only modifies it
        // ("South Korean officials")
        Matcher m = NAME_SEQUENCE.matcher(p);
        String last = null;
        int lastEnd = -1;
        while (m.find()) {
            String name = stripLeading(stripPossessive(m.group()));
            if (!name.isEmpty() && !isFunctionWord(name)) {
                last = name;
                lastEnd = m.end();
            }
        }
        if (last != null && p.substring(lastEnd).trim().isEmpty()) return last;
        String[] words = Names.WS.split(p);
        if (words.length > 6 || p.indexOf(',') >= 0) return null;
        if (p.matches("(?i)^(?:it|this|that|these|those|there|he|she|they|we|i|you|which|what|who|one|its|his|her|their)\\b.*")) {
            return null;
        }
        return p;
    }

    /** The first person named in the nearest earlier sentence that names one (up to three back). */
    public static String firstPerson(List<Sentence> previous) {
        for (int k = previous.size() - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
            Matcher m = NAME_SEQUENCE.matcher(previous.get(k).text());
            while (m.find()) {
                String seq = stripPossessive(m.group());
                String name = stripLeading(seq);
                if (name.isEmpty()) continue;
                String first = Names.WS.split(seq.trim())[0].toLowerCase(Locale.ROOT);
                boolean titled = !name.equals(seq.trim()) && TITLES.contains(first);
                if (looksLikePerson(name) || titled && !isPlace(name) && !isOrganisation(name)) return name;
                if (!name.contains(" ") && !isPlace(name) && !isAcronym(name) && !isOrganisation(name)
                        && m.start() > 0 && Character.isUpperCase(name.charAt(0)) && isSurnameLike(previous.get(k).text(), name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A single capitalised word used as a person's subject ("Lavrov flew ..."). */
    private static boolean isSurnameLike(String sentence, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\s+(?:also\\s+)?[a-z]+ed\\b").matcher(sentence).find();
    }

    /** The last person named in the nearest earlier sentence that names one (up to three back). */
    public static String lastPerson(List<Sentence> previous) {
        for (int k = previous.size() - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
            String found = null;
            Matcher m = NAME_SEQUENCE.matcher(previous.get(k).text());
            while (m.find()) {
                String seq = stripPossessive(m.group());
                String name = stripLeading(seq);
                boolean titled = !name.equals(seq.trim()) && !name.isEmpty()
                        && TITLES.contains(Names.WS.split(seq.trim())[0].toLowerCase(Locale.ROOT));
                if (looksLikePerson(name) || titled && !isPlace(name) && !isOrganisation(name)) found = name;
            }
            if (found != null) return found;
        }
        return null;
    }
}
