package dev.backchannel.index;

import dev.backchannel.knowledge.ResourceLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English verb forms the stemmer cannot bring back to their verb ("held", "met", "paid"), each
 * indexed and searched as its verb's stem: the knowledge base narrates in the past, and questions
 * ask in the present ("did the peace hold?"). Read once from {@code lexicon/en/irregular-forms.txt}.
 */
final class IrregularForms {

    private static final String RESOURCE = "lexicon/en/irregular-forms.txt";

    private static final class Loaded {
        private static final StemmerOverrideMap MAP = load();
    }

    private IrregularForms() {}

    /** Each form mapped to the stem the stemmer gives its verb. */
    static StemmerOverrideMap map() {
        return Loaded.MAP;
    }

    private static StemmerOverrideMap load() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder();
        Set<String> forms = new HashSet<>();
        try (Analyzer stemmer = porterStemmer()) {
            for (ResourceLines.Named line : ResourceLines.named(RESOURCE)) {
                String form = line.name();
                String verb = line.value();
                if (!form.matches("\\p{Ll}+") || !verb.matches("\\p{Ll}+")) {
                    throw new IllegalStateException(
                            RESOURCE + ":" + line.line() + ": expected 'form: verb', one lower-case word each");
                }
                if (!forms.add(form)) {
                    throw new IllegalStateException(RESOURCE + ":" + line.line() + ": '" + form + "' is listed twice");
                }
                builder.add(form, stem(stemmer, verb));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The stemmer the English analyser ends with, alone, to find a verb's stem. */
    private static Analyzer porterStemmer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(source));
            }
        };
    }

    private static String stem(Analyzer stemmer, String word) throws IOException {
        try (TokenStream stream = stemmer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            stream.incrementToken();
            String stem = term.toString();
            stream.end();
            return stem;
        }
    }
}
