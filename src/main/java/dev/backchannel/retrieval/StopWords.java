package dev.backchannel.retrieval;

import java.util.Arrays;
import java.util.Set;

/**
 * Question words that say nothing about the topic ("what is", "là gì"). They are dropped from
 * single-word matching and from the evidence check, but kept inside syllable bigrams: folded
 * "cua" is both "của" (of) and "cửa" (door), and only its neighbour tells which.
 */
final class StopWords {

  static final Set<String> ENGLISH =
      Set.copyOf(Arrays.asList(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with", "what", "who", "whom", "whose",
          "which", "when", "where", "why", "how", "does", "did", "do", "done", "were", "been",
          "being", "has", "have", "had", "tell", "me", "explain", "describe", "about", "please",
          "can", "could", "would", "should", "you", "your", "i", "we", "us", "our", "my", "know",
          "give", "some", "any", "its", "his", "her", "them", "than", "so", "also", "more", "most",
          "mean", "means", "meaning", "define", "definition", "briefly", "short", "summary",
          "summarize", "main", "key", "thing", "things", "like", "kind", "sort", "type", "really",
          "overview", "introduction", "intro", "basics", "basic", "concept", "term", "terms", "topic",
          "difference", "differences", "different", "differ", "compare", "comparison", "versus",
          "vs", "similar", "same", "contrast", "actual", "actually", "exactly", "whats", "anyone",
          "someone", "guys", "call", "called", "calls", "whether", "besides", "beside", "except",
          "excluding", "apart", "aside", "other", "others"));

  static final Set<String> VIETNAMESE_FOLDED =
      Set.copyOf(Arrays.asList(
          "la", "gi", "va", "cac", "nhung", "mot", "nao", "sao", "the", "nhu", "ai", "khi", "o",
          "dau", "co", "khong", "duoc", "cho", "ve", "voi", "trong", "thi", "hay", "hoac", "nay",
          "do", "ra", "vay", "ban", "toi", "minh", "hoi", "biet", "giai", "thich", "khai", "niem",
          "ly", "vi", "sao", "bao", "gio", "nhieu", "di", "den", "tu", "ma", "thoi",
          "a", "nhe", "oi", "voi", "cung", "cua", "da", "dang", "se", "bi", "boi", "neu", "tom", "tat",
          "khac", "nhau", "giong", "sanh", "diem", "moi", "nguoi", "oi", "vay", "ha", "the", "nao", "goi"));

  private StopWords() {}

  static boolean isStop(String foldedWord) {
    return ENGLISH.contains(foldedWord) || VIETNAMESE_FOLDED.contains(foldedWord);
  }

}
