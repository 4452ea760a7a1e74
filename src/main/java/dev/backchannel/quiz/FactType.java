package dev.backchannel.quiz;

import java.util.Locale;

/** What a fact of a case is: the options of a fact question are all of one type. */
public enum FactType {
    YEAR,
    PERSON,
    PLACE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
