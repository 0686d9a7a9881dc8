package nl.terugkeer.core.shared;

/**
 * A reason a command can be refused: a stable code (the enum constant's name, part of the API contract), whether
 * the input itself is malformed or a rule of the process refuses it, and a message in Dutch and in English. Each
 * aggregate keeps its own enum of codes; {@link CommonRejection} holds the ones both share.
 */
public interface RejectionCode {

    /** Malformed input is the client's to fix (HTTP 400); a rule refusal is a fact of the process (HTTP 422). */
    enum Kind {
        INVALID_INPUT,
        RULE
    }

    /** The kind of refusal and its message in both languages. */
    record Message(Kind kind, String dutch, String english) {}

    String name();

    Message message();

    default Kind kind() {
        return message().kind();
    }

    default String dutch() {
        return message().dutch();
    }

    default String english() {
        return message().english();
    }
}
