package io.newslens.ingest.extraction;

import java.util.regex.Pattern;

/**
 * Recognises single lines/paragraphs that are site furniture rather than article prose: paywall and
 * subscription prompts, cookie banners, share/comment prompts, photo credits, navigation crumbs.
 */
final class BoilerplateLineClassifier {

    /** Whole-line furniture, matched against the trimmed line. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:"
                    + "advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?"
                    + "|continue reading(?: below| the main story| the story)?(?: below)?"
                    + "|read more|read more:.*|more:|related:?|related(?: \\w+)?: .{0,80}|related (?:articles|stories|content|coverage|news)"
                    + "|see also:?|also read:?.*|read also:?.*|recommended(?: for you| stories| reading)?"
                    + "|share(?: this)?(?: article| story| page| post)?(?: on .*)?|share on \\w+|tweet|email|print"
                    + "|print dictionary print|copy link|link copied|save(?: article)?|bookmark|listen(?: to (?:this )?article.*)?"
                    + "|(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|email)(?:\\s+(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|email))*"
                    + "|sign up(?: for| to) .*newsletter.*|subscribe(?: now| today| here)?[.!]?|subscribe to .*"
                    + "|(?:get|start) (?:your |a )?(?:free )?trial.*|request your trial|to continue reading.*"
                    + "|already (?:a subscriber|have an account).*|log ?in|sign ?in|register|create (?:a free )?account.*"
                    + "|(?:join|follow) (?:us|the conversation).*|comments?|(?:\\d+ )?comments?|leave a comment|add a comment"
                    + "|to write comments,? please log in.*|log in to .* to (?:comment|connect).*|show comments|view comments"
                    + "|we use cookies.*|this (?:web)?site uses cookies.*|.* uses (?:login )?cookies to .*|accept(?: all)?(?: cookies)?|i agree"
                    + "|(?:image|photo|picture|video)(?: credit| source)?: .{0,80}|(?:photo|image|picture)s?"
                    + "|\\(?(?:photo|image|picture|getty images|reuters|ap photo|afp)\\)?"
                    + "|home(?:\\s*[>»/|›].*)|you are here:.*|skip to (?:main )?content|back to top|top of page"
                    + "|(?:previous|next)(?: article| story| post)?|loading\\.*|please wait.*"
                    + "|all rights reserved\\.?"
                    + "|latest news|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|editor'?s picks"
                    + "|advert|this (?:slideshow|video|content|feature) requires javascript.*|tell us what you think.*"
                    + "|\\[\\w+[^\\]]*\\].*\\[/\\w+\\]|click here\\b.{0,100}"
                    + "|lock icon|help-image .*|.*\\(0/\\d+\\S*\\)|standards board policy.*"
                    + ")\\s*$");

    /** Short paragraphs that advertise a newsletter or subscription rather than tell the story. */
    private static final Pattern PROMO = Pattern.compile(
            "(?i)\\b(?:sign up|subscribe|register)\\b.{0,80}\\b(?:newsletter|daily email|inbox)\\b"
                    + "|\\b\\d+ (?:issues|months) for [£$€]\\s?\\d"
                    + "|\\bsubscriptions?\\b.{0,80}\\bfor (?:as little as|just|only)\\b"
                    + "|^if you (?:enjoyed|liked|value) (?:this|our) (?:article|story|post|journalism)\\b"
                    + "|\\bcomments? (?:are|is) (?:moderated|closed)\\b|\\bmoderating (?:all )?comments\\b"
                    + "|\\b(?:newsletter|inbox)\\b.{0,60}\\b(?:sign up|subscribe)\\b");

    private BoilerplateLineClassifier() {
    }

    static boolean isFurniture(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() > 300) {
            return false;
        }
        if (FURNITURE.matcher(t).matches()) {
            return true;
        }
        return t.length() < 300 && PROMO.matcher(t).find();
    }
}
