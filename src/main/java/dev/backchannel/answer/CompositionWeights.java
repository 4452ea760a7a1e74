package dev.backchannel.answer;

/**
 * The weights that rank the sentences an extractive answer may quote, in one place. A sentence
 * scores the weighted share of the question's words it holds, plus or minus these.
 *
 * @param passageRank the most a sentence gains from its passage's rank (the first passage gains
 *     all of it, the last almost none)
 * @param perPosition lost for each sentence before it in its passage
 * @param opening gained by a passage's first sentence
 * @param definitionOpening gained by the first sentence of a definition, for a definition
 *     question, less {@code definitionStep} for each later sentence
 * @param definitionStep see {@code definitionOpening}
 * @param preferredSection gained in a section that answers the question's type
 * @param askedLikeSection gained, times the share of the question's words it holds, by a passage
 *     whose section lists a question like the one asked
 * @param enumeration gained by an enumeration, for a list question
 * @param askedFact gained by a sentence holding the kind of fact the question asks for: a name
 *     for who, a date for when
 * @param shortSentence lost by a sentence of fewer than {@code minWords} words
 * @param minWords see {@code shortSentence}
 * @param extraSentenceShare past the first two, a sentence joins the answer only if it scores this
 *     share of the best
 * @param nearDuplicate the share of shared words over which two sentences say the same thing
 * @param sameContent the share of the shorter sentence's words, shared with the other, at which
 *     two sentences say the same thing
 * @param restatedContent a lower such share at which two sentences restate one fact, when they
 *     also share at least {@code restatedOverlap} of their words together: two quotations of one
 *     date or one meeting, worded differently in two sections
 * @param restatedOverlap see {@code restatedContent}
 */
record CompositionWeights(
        double passageRank,
        double perPosition,
        double opening,
        double definitionOpening,
        double definitionStep,
        double preferredSection,
        double askedLikeSection,
        double enumeration,
        double askedFact,
        double shortSentence,
        int minWords,
        double extraSentenceShare,
        double nearDuplicate,
        double sameContent,
        double restatedContent,
        double restatedOverlap) {

    static final CompositionWeights STANDARD =
            new CompositionWeights(0.6, 0.04, 0.1, 0.4, 0.1, 0.15, 0.3, 0.25, 0.3, 0.5, 5, 0.6, 0.6, 0.85, 0.75, 0.4);
}
