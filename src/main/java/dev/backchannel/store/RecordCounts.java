package dev.backchannel.store;

/**
 * How many records of each kind that concern people: kept about one person, or deleted.
 *
 * @param questions questions asked, with their answers
 * @param votes thumbs up or down given
 * @param quizAnswers answers given in quizzes
 * @param conversations threads the bot continues from one of the questions
 * @param reports problems reported with answers
 */
public record RecordCounts(int questions, int votes, int quizAnswers, int conversations, int reports) {

    public static final RecordCounts NONE = new RecordCounts(0, 0, 0, 0, 0);

    public int total() {
        return questions + votes + quizAnswers + conversations + reports;
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
