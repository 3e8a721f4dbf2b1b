package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops what pages put around the story inside the article container: the repeated headline,
 * dateline and byline lines at the top; credits, author bios and follow-us prompts at the bottom.
 */
final class BodyEdgeTrimmer {

    private static final int EDGE = 4;

    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(?:published|updated|posted|last|modified|on|at|by|am|pm|a\\.m\\.|p\\.m\\.|et|est|edt|pt|pst|"
                    + "pdt|utc|gmt|cet|ist|bst|ago|hours?|minutes?|mins?|days?|today|yesterday|jan(?:uary)?|feb(?:ruary)?|"
                    + "mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
                    + "dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|"
                    + "sun|st|nd|rd|th|de|às|le|am|um|uhr|el|maret|januari|februari|april|mei|juni|juli|agustus|"
                    + "oktober|desember|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|janeiro|fevereiro|"
                    + "março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|admin)\\b|\\d+");

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:\\(?(?:additional )?(?:reporting|writing|editing|research)(?: by)?\\b.*"
                    + "|.{0,200}\\bcontributed (?:reporting|to this (?:report|story|article)).*"
                    + "|(?:follow|reach|contact|email) (?:me|us|him|her|them|the (?:reporter|author|writer)s?|[A-Z]\\w+)\\b.{0,40}\\b(?:on|at|via) .*"
                    + "|.*\\b(?:may|can) be reached at\\b.*|have a tip\\?.*"
                    + "|sources?: .{0,60}|you (?:may|might) also like.*|popular on .*|more (?:great )?.{0,20}stories"
                    + "|filed under:.*|tags?:.*|iklan|don'?t miss|highlights|sharing is caring!?"
                    + "|(?:tempo de leitura|reading time|lesezeit|temps de lecture)\\b.*|\\d+ min(?:ute)?s? read"
                    + "|\\d+ of \\d+|like this (?:story|article)\\?.*|citation: .*\\bretrieved\\b.*"
                    + "|this document is subject to copyright.*"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://)?(?:www\\.)?(?:twitter|x|facebook|instagram|linkedin)\\.com/\\S+"
                    + "|(?:more |also |read more )?on [\\w-]+\\.(?:com|org|net|co\\.uk|com\\.au): .{5,150})$");

    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\((?:photo|image|picture|credit|source|foto)s?(?: credit)?: [^)]{2,80}\\)\\s*$");

    /** A heading that introduces links to other stories: the article is over. */
    private static final Pattern RECIRCULATION = Pattern.compile(
            "(?i)^(?:more (?:great )?.{0,25}stories|related (?:stories|articles|content|coverage|posts|links)|"
                    + "you (?:may|might) also (?:like|enjoy)|read (?:more|next)|recommended(?: for you| reading| stories)?|"
                    + "popular on .{1,30}|don'?t miss|most (?:popular|read)|also read|more from .{1,30}|"
                    + "(?:latest|top) (?:news|stories)|what to read next|trending(?: now)?)\\s*[:.…]*$");

    private BodyEdgeTrimmer() {
    }

    static List<String> trim(List<String> paragraphs, String title, List<Author> authors) {
        List<String> out = new ArrayList<>(paragraphs.size());
        String normTitle = norm(title);
        int n = cutAtRecirculation(paragraphs);
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            boolean head = i < EDGE;
            boolean tail = i >= n - EDGE;
            if (isDateLine(p) || isCredit(p) || isRecirculation(p) || isCaption(p)) {
                continue;
            }
            if (head && (!normTitle.isEmpty() && norm(p).equals(normTitle) || isByline(p, authors))) {
                continue;
            }
            if (tail && (isByline(p, authors) || isAuthorBio(p, authors))) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** A photo caption: a short paragraph closed by a parenthesised credit, "(credit: NASA)". */
    static boolean isCaption(String p) {
        return p.length() < 300 && CAPTION.matcher(p).find();
    }

    static boolean isRecirculation(String p) {
        return p.length() < 60 && RECIRCULATION.matcher(p.strip()).matches();
    }

    /** Index of a recirculation heading in the second half followed only by short items, else the size. */
    private static int cutAtRecirculation(List<String> paragraphs) {
        int n = paragraphs.size();
        for (int i = n / 2; i < n; i++) {
            if (RECIRCULATION.matcher(paragraphs.get(i).strip()).matches()) {
                boolean shortItems = true;
                for (int j = i + 1; j < n; j++) {
                    if (TextNormalizer.countWords(paragraphs.get(j)) > 30) {
                        shortItems = false;
                        break;
                    }
                }
                if (shortItems) {
                    return i;
                }
            }
        }
        return n;
    }

    static boolean isDateLine(String p) {
        if (p.length() > 80 || p.contains("@") || DateParser.findInProse(p).isEmpty()
                && !p.matches(".*\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}.*") && !p.matches(".*\\b(?:19|20)\\d\\d\\b.*")) {
            return false;
        }
        String rest = DATE_WORDS.matcher(p).replaceAll(" ");
        return TextNormalizer.countWords(rest) <= 3;
    }

    static boolean isCredit(String p) {
        return p.length() < 300 && CREDIT.matcher(p.strip()).matches();
    }

    static boolean isByline(String p, List<Author> authors) {
        if (p.length() > 120) {
            return false;
        }
        String t = p.strip();
        boolean dated = DateParser.findInProse(t).isPresent();
        if (t.regionMatches(true, 0, "by ", 0, 3) && (!t.endsWith(".") || dated)
                && !AuthorParser.fromByline(t).isEmpty()) {
            return true;
        }
        if (t.regionMatches(true, 0, "by ", 0, 3) && TextNormalizer.countWords(t) <= 4 && !t.endsWith(".")) {
            return true; // "By Reuters", "By AP staff"
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Author a : authors) {
            String name = a.name().toLowerCase(Locale.ROOT);
            if (lower.startsWith(name) && TextNormalizer.countWords(t) <= TextNormalizer.countWords(name) + 5
                    && !t.endsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuthorBio(String p, List<Author> authors) {
        if (p.length() > 400) {
            return false;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        for (Author a : authors) {
            String name = a.name().toLowerCase(Locale.ROOT);
            String first = name.split(" ")[0];
            if (lower.startsWith(name + " is ") || lower.startsWith(first + " is ")
                    || lower.startsWith(name + " was ") || lower.startsWith(name + " covers ")
                    || lower.startsWith(name + "'s ") || lower.startsWith(name + "’s ")
                    || lower.startsWith(name + " (") && lower.contains(") is ")) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
