package dev.backchannel.index;

/** Field names of a passage document, in one place. */
public final class Fields {

    /** Keyword, stored: {@code <lang>:<passage id>}, the unique key re-indexing replaces by. */
    public static final String KEY = "key";
    /** Keyword, stored: the passage id cited to users. */
    public static final String PASSAGE_ID = "passage_id";
    /** Keyword, stored: lets a question's glossary match boost every passage of its topic. */
    public static final String TOPIC_ID = "topic_id";
    /** Keyword, stored: lets retrieval prefer the asker's language. */
    public static final String LANG = "lang";
    /** Keyword, stored: track, term or example. */
    public static final String KIND = "kind";
    /** Stored only: shown with citations, searched through the NAMES fields. */
    public static final String TITLE = "title";
    /** Stored only: shown with citations; a question finds a section by its type, not its heading. */
    public static final String SECTION = "section";
    /** Stored only: the passage text, searched through the BODY fields. */
    public static final String TEXT = "text";
    /** Stored only, repeated: the topic's source URLs. */
    public static final String URL = "url";
    /** Who added a passage of a server's course notes; absent from the curated knowledge's passages. */
    public static final String NOTED_BY = "noted_by";

    /** The passage text, analysed four ways so that each kind of question finds it. */
    public static final String BODY_EN = "body_en";

    public static final String BODY_FOLDED = "body_folded";
    public static final String BODY_BIGRAMS = "body_bigrams";
    public static final String BODY_EXACT = "body_exact";

    /** The topic's title and aliases (both languages' names), analysed the same four ways. */
    public static final String NAMES_EN = "names_en";

    public static final String NAMES_FOLDED = "names_folded";
    public static final String NAMES_BIGRAMS = "names_bigrams";
    public static final String NAMES_EXACT = "names_exact";

    /** The topic's summary on every passage of the topic, English-stemmed and folded. */
    public static final String SUMMARY_EN = "summary_en";

    public static final String SUMMARY_FOLDED = "summary_folded";

    /** Stored only: the questions the passage's section answers, read back with the passage. */
    public static final String QUESTION = "question";
    /** The questions its section answers, as students ask them: one value per question. */
    public static final String QUESTIONS_EN = "questions_en";

    public static final String QUESTIONS_FOLDED = "questions_folded";
    public static final String QUESTIONS_BIGRAMS = "questions_bigrams";

    /** The passage's embedding (title, section and text), for dense retrieval; absent when it is off. */
    public static final String VECTOR = "vector";

    /** Commit user data key holding the knowledge version the index was built from. */
    public static final String VERSION_KEY = "knowledge_version";

    private Fields() {}
}
