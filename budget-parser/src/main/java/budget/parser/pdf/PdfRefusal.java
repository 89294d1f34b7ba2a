package budget.parser.pdf;

/**
 * A PDF refused for a reason a publisher can act on (see {@link PdfReadOutcome.Reason}), thrown by
 * {@link GuardedPdf} where a caller works with the document rather than with its text.
 */
public final class PdfRefusal extends Exception {

    private final PdfReadOutcome.Reason reason;

    public PdfRefusal(PdfReadOutcome.Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public PdfReadOutcome.Reason reason() {
        return reason;
    }

    /** The stable code of the reason as the parse stage reports it, e.g. {@code PDF_ENCRYPTED}. */
    public String code() {
        return "PDF_" + reason.name();
    }

    public PdfReadOutcome.Refused outcome() {
        return new PdfReadOutcome.Refused(reason, getMessage());
    }
}
