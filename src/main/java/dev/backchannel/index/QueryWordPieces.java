package dev.backchannel.index;

import ai.djl.modality.nlp.Vocabulary;
import ai.djl.modality.nlp.bert.BertFullTokenizer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model's input ids for a short question, cut into word pieces in Java by DJL's BERT
 * tokenizer. Loading the Hugging Face tokenizer's native library (with the CUDA probe it runs)
 * took about 0.18 s of a cold {@code ask}, which only a question needs; passages keep that
 * tokenizer. The two cut text alike only where the Hugging Face one has no rules of its own:
 * it splits Chinese characters apart, drops format characters such as zero-width spaces, and
 * lower-cases letter by letter. So only text in the Latin script, with common punctuation, that
 * fits one model input is cut here; for anything else there are no ids, and the caller uses the
 * Hugging Face tokenizer.
 */
final class QueryWordPieces {

    /** What one input holds between its [CLS] and [SEP]. */
    private static final int MAX_PIECES = 510;

    private final BertFullTokenizer tokenizer;
    private final Map<String, Integer> ids;
    private final long classifier;
    private final long separator;

    private QueryWordPieces(Map<String, Integer> ids) {
        this.ids = ids;
        this.tokenizer = new BertFullTokenizer(new IdsVocabulary(ids), true);
        this.classifier = ids.get("[CLS]");
        this.separator = ids.get("[SEP]");
    }

    /** The word pieces of the vocabulary in a Hugging Face tokenizer file ({@code model.vocab}). */
    static QueryWordPieces read(Path tokenizerJson) throws IOException {
        Map<String, Integer> ids = new HashMap<>(64_000);
        try (JsonParser parser = new JsonFactory().createParser(tokenizerJson.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(tokenizerJson + " is not a tokenizer file");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("model".equals(field)) {
                    readVocabulary(parser, ids);
                } else {
                    parser.skipChildren();
                }
            }
        }
        for (String special : List.of("[CLS]", "[SEP]", "[UNK]")) {
            if (!ids.containsKey(special)) {
                throw new IOException(tokenizerJson + " has no " + special + " piece");
            }
        }
        return new QueryWordPieces(ids);
    }

    private static void readVocabulary(JsonParser parser, Map<String, Integer> ids) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("vocab".equals(field) && parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String piece = parser.currentName();
                    parser.nextToken();
                    ids.put(piece, parser.getIntValue());
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    /** [CLS], the text's pieces and [SEP], or empty when the text is not one this class cuts. */
    Optional<long[]> ids(String text) {
        if (!text.chars().allMatch(QueryWordPieces::plain)) {
            return Optional.empty();
        }
        List<String> pieces = tokenizer.tokenize(text);
        if (pieces.isEmpty() || pieces.size() > MAX_PIECES) {
            return Optional.empty();
        }
        long[] input = new long[pieces.size() + 2];
        input[0] = classifier;
        for (int i = 0; i < pieces.size(); i++) {
            input[i + 1] = ids.get(pieces.get(i));
        }
        input[input.length - 1] = separator;
        return Optional.of(input);
    }

    /**
     * Whether both tokenizers treat the character alike: a Latin letter, a digit, a mark, a space
     * or punctuation of the Latin blocks or of General Punctuation, not a control or format character.
     */
    private static boolean plain(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        boolean latinBlocks = c < 0x2000 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
        if (!latinBlocks) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.INHERITED;
    }

    /** The vocabulary as DJL's tokenizer asks for it: which pieces there are, and their ids. */
    private record IdsVocabulary(Map<String, Integer> ids) implements Vocabulary {

        @Override
        public String getToken(long index) {
            throw new UnsupportedOperationException("only pieces are looked up");
        }

        @Override
        public boolean contains(String token) {
            return ids.containsKey(token);
        }

        @Override
        public long getIndex(String token) {
            return ids.getOrDefault(token, ids.get("[UNK]"));
        }

        @Override
        public long size() {
            return ids.size();
        }
    }
}
