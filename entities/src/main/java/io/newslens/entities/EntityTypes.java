package io.newslens.entities;

/** The entity types of {@code ArticleParsed.Entity#type()}: the recogniser's four, with LOCATION refined by the linker. */
public final class EntityTypes {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    /** A location the gazetteer knows as a country. */
    public static final String COUNTRY = "COUNTRY";
    /** A location the gazetteer knows as a city, region or other place. */
    public static final String PLACE = "PLACE";
    /** A location the gazetteer does not list. */
    public static final String LOCATION = "LOCATION";
    /** Nationalities, events, works and other names (CoNLL MISC). */
    public static final String MISC = "MISC";

    private EntityTypes() {
    }

    static String of(String conllType) {
        return switch (conllType) {
            case Mention.PER -> PERSON;
            case Mention.ORG -> ORGANIZATION;
            case Mention.LOC -> LOCATION;
            default -> MISC;
        };
    }

    static boolean isLocation(String type) {
        return type.equals(COUNTRY) || type.equals(PLACE) || type.equals(LOCATION);
    }
}
