package dev.backchannel.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers that serve both languages. English text is stemmed, irregular verb forms to their
 * verb. Vietnamese is matched three
 * ways: folded (diacritics and đ removed, for questions typed without them), folded syllable
 * bigrams (a Vietnamese word spans several syllables, so "ngoai giao" is one unit of meaning), and
 * exact (diacritics kept, so a question typed with them ranks exact matches higher).
 */
public final class TextAnalyzers {

    private TextAnalyzers() {}

    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new ICUNormalizer2Filter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new StemmerOverrideFilter(stream, IrregularForms.map());
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, fold(source));
            }
        };
    }

    public static Analyzer foldedBigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                ShingleFilter shingles = new ShingleFilter(fold(source), 2, 2);
                shingles.setOutputUnigrams(false);
                return new TokenStreamComponents(source, shingles);
            }
        };
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                // NFKC with case folding: composed and decomposed diacritics compare equal, case does not matter.
                return new TokenStreamComponents(source, new ICUNormalizer2Filter(source));
            }
        };
    }

    private static TokenStream fold(TokenStream source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ICUNormalizer2Filter(source)));
    }

    /** The analyser for each search field; stored-only and keyword fields are not analysed. */
    public static Analyzer perField() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        Analyzer english = english();
        Analyzer folded = folded();
        Analyzer bigrams = foldedBigrams();
        Analyzer exact = exact();
        analyzers.put(Fields.BODY_EN, english);
        analyzers.put(Fields.NAMES_EN, english);
        analyzers.put(Fields.BODY_FOLDED, folded);
        analyzers.put(Fields.NAMES_FOLDED, folded);
        analyzers.put(Fields.QUESTIONS_EN, english);
        analyzers.put(Fields.QUESTIONS_FOLDED, folded);
        analyzers.put(Fields.QUESTIONS_BIGRAMS, bigrams);
        analyzers.put(Fields.SUMMARY_EN, english);
        analyzers.put(Fields.SUMMARY_FOLDED, folded);
        analyzers.put(Fields.BODY_BIGRAMS, bigrams);
        analyzers.put(Fields.NAMES_BIGRAMS, bigrams);
        analyzers.put(Fields.BODY_EXACT, exact);
        analyzers.put(Fields.NAMES_EXACT, exact);
        return new PerFieldAnalyzerWrapper(folded, analyzers);
    }
}
