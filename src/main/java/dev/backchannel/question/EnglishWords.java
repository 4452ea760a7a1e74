package dev.backchannel.question;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The common English words: the whole words of the embedding model's tokenizer vocabulary, which
 * ships with the model. A word in it is a word, not a typo, even when the knowledge base never uses
 * it: "spots" is not a misspelt "sports", nor "currency" a misspelt "current".
 */
final class EnglishWords {

    /** The tokenizer of the bundled embedding model, on the class path with it. */
    private static final String VOCABULARY = "bge-small-en-v1.5-q-tokenizer.json";
    /** A whole lower-case word; word pieces ("##ing"), numbers and punctuation are left out. */
    private static final Pattern WORD = Pattern.compile("[a-z]{2,}");

    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Loaded on first use: only a question with a word the knowledge base lacks needs it. */
    private static final class Standard {
        private static final EnglishWords WORDS = load();
    }

    static EnglishWords standard() {
        return Standard.WORDS;
    }

    boolean contains(String foldedWord) {
        return words.contains(foldedWord);
    }

    int size() {
        return words.size();
    }

    private static EnglishWords load() {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new IllegalStateException(VOCABULARY + " is missing from the class path");
            }
            return new EnglishWords(vocabulary(new JsonFactory().createParser(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + VOCABULARY + " failed", e);
        }
    }

    /** The keys of the tokenizer's {@code model.vocab} object that are whole words. */
    private static Set<String> vocabulary(JsonParser parser) throws IOException {
        Set<String> words = new HashSet<>();
        int depth = 0;
        boolean inModel = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case FIELD_NAME -> {
                    String name = parser.currentName();
                    if (depth == 1) {
                        inModel = name.equals("model");
                    } else if (inModel && depth == 2 && name.equals("vocab")) {
                        parser.nextToken();
                        for (JsonToken entry = parser.nextToken();
                                entry == JsonToken.FIELD_NAME;
                                entry = parser.nextToken()) {
                            String piece = parser.currentName();
                            if (WORD.matcher(piece).matches()) {
                                words.add(piece);
                            }
                            parser.nextToken();
                        }
                        return words;
                    }
                }
                default -> {}
            }
        }
        throw new IllegalStateException(VOCABULARY + " has no model.vocab");
    }
}
