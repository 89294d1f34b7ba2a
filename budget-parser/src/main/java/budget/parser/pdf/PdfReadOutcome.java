package budget.parser.pdf;

/** What the PDF front end made of a file: its text with geometry, or the specific reason it refused it. */
public sealed interface PdfReadOutcome permits PdfReadOutcome.Read, PdfReadOutcome.Refused {

    /** The document was read; every line of the text is located on its page. */
    record Read(PdfText text) implements PdfReadOutcome {
    }

    /** The document was not read, for a reason a publisher can act on; the message says what was found. */
    record Refused(Reason reason, String message) implements PdfReadOutcome {
    }

    enum Reason {
        /** Not a PDF at all (no %PDF- header). */
        NOT_PDF,
        /** Truncated, or its structure (cross-references, objects, page tree) cannot be read. */
        DAMAGED,
        /** Needs a password to open, or forbids extracting its text. */
        ENCRYPTED,
        /** A page tree without pages. */
        NO_PAGES,
        /** More pages than {@link PdfLimits#maxPages()}. */
        TOO_MANY_PAGES,
        /** Larger than {@link PdfLimits#maxBytes()}, or decodes into more than {@link PdfLimits#maxMemoryBytes()}. */
        TOO_LARGE,
        /** Its content takes longer than {@link PdfLimits#timeLimit()} to run. */
        TOO_COMPLEX,
        /** Text whose fonts carry no Unicode mapping: what would come out is garbage. */
        NO_UNICODE,
        /** Pages that are images without a text layer (a scan), and the budget's tables are not readable. */
        SCANNED
    }
}
