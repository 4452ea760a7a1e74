package dev.backchannel.index;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/** How a passage becomes a Lucene document, and how its stored fields become the passage again. */
final class PassageDocuments {

    private PassageDocuments() {}

    /**
     * A topic's names are indexed without term frequencies. A word its aliases repeat ("đối thoại"
     * in seven names of the US–China dialogues) is one name word, not seven: counted seven times it
     * pulled that topic above the one a question was about whenever the question used the word.
     * The length of the names still counts, so a topic with many names gains less from each.
     */
    private static final FieldType NAME_TYPE = nameType();

    /** The document of a passage of {@code topic}: what is stored, and the fields searched. */
    static Document of(Passage passage, Topic topic) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, passage.key(), Field.Store.YES));
        doc.add(new StringField(Fields.PASSAGE_ID, passage.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TOPIC_ID, passage.topicId(), Field.Store.YES));
        doc.add(new StringField(Fields.LANG, passage.language().code(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, passage.kind().code(), Field.Store.YES));
        doc.add(new StoredField(Fields.TITLE, passage.title()));
        doc.add(new StoredField(Fields.SECTION, passage.section()));
        doc.add(new StoredField(Fields.TEXT, passage.text()));
        passage.urls().forEach(url -> doc.add(new StoredField(Fields.URL, url)));
        if (passage.isCourseNote()) {
            doc.add(new StoredField(Fields.NOTED_BY, passage.notedBy()));
        }

        String body = passage.text();
        for (String field : List.of(Fields.BODY_EN, Fields.BODY_FOLDED, Fields.BODY_BIGRAMS, Fields.BODY_EXACT)) {
            doc.add(new TextField(field, body, Field.Store.NO));
        }
        List<String> names = new ArrayList<>();
        names.add(topic.title());
        names.addAll(topic.aliases());
        for (String field : List.of(Fields.NAMES_EN, Fields.NAMES_FOLDED, Fields.NAMES_BIGRAMS, Fields.NAMES_EXACT)) {
            // One value per name, so a bigram never joins the end of one name to the start of the next.
            names.forEach(name -> doc.add(new Field(field, name, NAME_TYPE)));
        }
        passage.questions().forEach(question -> doc.add(new StoredField(Fields.QUESTION, question)));
        for (String field : List.of(Fields.QUESTIONS_EN, Fields.QUESTIONS_FOLDED, Fields.QUESTIONS_BIGRAMS)) {
            // A word asked in several of the questions counts once, as a name's words do.
            passage.questions().forEach(question -> doc.add(new Field(field, question, NAME_TYPE)));
        }
        doc.add(new TextField(Fields.SUMMARY_EN, topic.summary(), Field.Store.NO));
        doc.add(new TextField(Fields.SUMMARY_FOLDED, topic.summary(), Field.Store.NO));
        return doc;
    }

    private static FieldType nameType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /** The passage a document stores. */
    static Passage passage(Document doc) {
        String notedBy = doc.get(Fields.NOTED_BY);
        return new Passage(
                doc.get(Fields.PASSAGE_ID),
                doc.get(Fields.TOPIC_ID),
                Language.fromCode(doc.get(Fields.LANG)).orElseThrow(),
                Kind.fromCode(doc.get(Fields.KIND)).orElseThrow(),
                doc.get(Fields.TITLE),
                doc.get(Fields.SECTION),
                doc.get(Fields.TEXT),
                Arrays.stream(doc.getFields(Fields.URL))
                        .map(IndexableField::stringValue)
                        .toList(),
                Arrays.stream(doc.getFields(Fields.QUESTION))
                        .map(IndexableField::stringValue)
                        .toList(),
                notedBy == null ? "" : notedBy);
    }
}
