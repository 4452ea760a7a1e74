package dev.backchannel.question;

/**
 * What a question that asks how many or how much says about the amount.
 *
 * @param cue the phrase that asks for it ("how many", "bao nhieu"), folded
 * @param money whether the amount is a sum of money ("how much does it cost?", "bao nhiêu tiền")
 */
public record AskedAmount(String cue, boolean money) {}
