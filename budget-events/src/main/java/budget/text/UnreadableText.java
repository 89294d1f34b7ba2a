package budget.text;

/** Bytes that are not a text we can read, with a reason the sender can act on. */
public final class UnreadableText extends RuntimeException {

    /** Why: nothing in it, a binary format, or bytes valid in no supported encoding. */
    public enum Kind { EMPTY, BINARY, NOT_TEXT }

    private final Kind kind;

    public UnreadableText(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
