package dev.backchannel.answer;

import dev.backchannel.knowledge.TextFolding;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and "how are you": messages to the bot rather than questions about the
 * knowledge base. They get a friendly word about what the bot does, not an answer quoted from a
 * passage that happens to contain "today".
 */
final class SmallTalk {

  private static final Pattern PHRASES =
      Pattern.compile(
          "^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening|night)|thanks?(?: you)?(?: so much| a lot)?|thank you(?: so much)?|"
              + "how are you(?: doing)?(?: today)?|how s it going|what s up|sup|who are you|what can you do|are you a bot|bye|goodbye|ok|okay|cool|nice|"
              + "xin chao|chao(?: ban)?|chao bot|cam on(?: ban)?(?: nhieu)?|ban (?:co )?khoe khong|ban la ai|ban lam duoc gi|tam biet|hello ban|hi ban)"
              + "(?: (?:bot|backchannel|there|everyone|all|moi nguoi|ban|nhe|nha|a))*$");

  private SmallTalk() {}

  static boolean matches(String question) {
    return PHRASES.matcher(TextFolding.foldWords(question)).matches();
  }
}
