package dev.backchannel.config;

/**
 * How many passages a question retrieves, and how much of a question the best passages must cover
 * (IDF-weighted share of its content words) before the bot answers rather than abstains: {@code
 * minCoverage} in general, {@code minCoverageNamed} when the question names a topic of the
 * knowledge base (the name already counts as found, so the rest needs less).
 */
public record RetrievalConfig(int topK, double minCoverage, double minCoverageNamed) {
  public RetrievalConfig {
    if (topK < 1 || topK > 50) {
      throw new IllegalArgumentException("retrieval.top-k must be between 1 and 50, was " + topK);
    }
    if (minCoverage < 0 || minCoverage > 1) {
      throw new IllegalArgumentException("retrieval.min-coverage must be between 0 and 1, was " + minCoverage);
    }
    if (minCoverageNamed < 0 || minCoverageNamed > 1) {
      throw new IllegalArgumentException("retrieval.min-coverage-named must be between 0 and 1, was " + minCoverageNamed);
    }
  }
}
