package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TextAnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    @DisplayName("folding makes Vietnamese with and without diacritics the same terms, đ as d")
    void folding() throws IOException {
        assertThat(tokens(TextAnalyzers.folded(), "Ngoại giao nhánh II, đối thoại"))
                .containsExactly("ngoai", "giao", "nhanh", "ii", "doi", "thoai")
                .isEqualTo(tokens(TextAnalyzers.folded(), "ngoai giao nhanh ii, doi thoai"));
    }

    @Test
    @DisplayName("bigrams pair neighbouring syllables, since a Vietnamese word spans several")
    void bigrams() throws IOException {
        assertThat(tokens(TextAnalyzers.foldedBigrams(), "ngoại giao cửa sau"))
                .containsExactly("ngoai giao", "giao cua", "cua sau");
    }

    @Test
    @DisplayName("the exact field keeps diacritics but ignores case and composition")
    void exact() throws IOException {
        assertThat(tokens(TextAnalyzers.exact(), "Bí Mật")).containsExactly("bí", "mật");
        assertThat(tokens(TextAnalyzers.exact(), "bi\u0301 ma\u0323\u0302t")).containsExactly("bí", "mật");
    }

    @Test
    @DisplayName("English is stemmed and stop words dropped")
    void english() throws IOException {
        assertThat(tokens(TextAnalyzers.english(), "The negotiations of the mediators"))
                .containsExactly("negoti", "mediat");
    }

    @Test
    @DisplayName("a past form the stemmer cannot undo is the same term as its verb: the narrative's 'held', "
            + "'met' and 'paid' match a question's 'hold', 'meeting' and 'pays'; 'found' stays a word of its own")
    void irregularForms() throws IOException {
        assertThat(tokens(TextAnalyzers.english(), "The settlement held; they met and paid"))
                .isEqualTo(tokens(TextAnalyzers.english(), "The settlement hold; they meeting and pays"));
        assertThat(tokens(TextAnalyzers.english(), "found")).isNotEqualTo(tokens(TextAnalyzers.english(), "find"));
    }
}
