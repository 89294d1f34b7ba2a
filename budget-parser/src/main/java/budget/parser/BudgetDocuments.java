package budget.parser;

import budget.events.DocumentReceived;
import budget.model.ParsedBudget;
import budget.parser.pdf.PdfLimits;
import budget.parser.pdf.PdfLocator;
import budget.parser.pdf.PdfReadOutcome;
import budget.parser.pdf.PdfTextReader;
import budget.text.DecodedText;
import budget.text.TextDecoding;
import budget.text.UnreadableText;

import java.nio.charset.StandardCharsets;

/**
 * Reads a budget from the bytes of a file as published or as extracted: a PDF (recognised by its bytes,
 * {@code %PDF-}) through its text with page geometry, so that everything read is located on its page, or text
 * (UTF-8 or GB18030) as it is. One table reader serves both: the PDF front end writes the text it reads best.
 * Thread-safe; never throws.
 */
public final class BudgetDocuments {

    private final BudgetParser parser = new BudgetParser();
    private final PdfTextReader pdfReader = new PdfTextReader();
    private final PdfLimits limits;

    public BudgetDocuments() {
        this(PdfLimits.defaults());
    }

    public BudgetDocuments(PdfLimits limits) {
        this.limits = limits;
    }

    /** Whether the bytes are a PDF: its header, after at most a little leading junk as readers allow. */
    public static boolean isPdf(byte[] bytes) {
        int window = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, window, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** {@link DocumentReceived#PDF} or {@link DocumentReceived#TEXT}, by the bytes. */
    public static String mediaType(byte[] bytes) {
        return isPdf(bytes) ? DocumentReceived.PDF : DocumentReceived.TEXT;
    }

    public ParseOutcome read(byte[] bytes) {
        if (isPdf(bytes)) {
            return readPdf(bytes);
        }
        DecodedText decoded;
        try {
            decoded = TextDecoding.decode(bytes);
        } catch (UnreadableText e) {
            return new ParseOutcome.Unreadable("TEXT_UNREADABLE", e.getMessage());
        }
        return parser.parse(decoded.text());
    }

    private ParseOutcome readPdf(byte[] bytes) {
        PdfReadOutcome outcome = pdfReader.read(bytes, limits);
        if (outcome instanceof PdfReadOutcome.Refused refused) {
            return new ParseOutcome.Unreadable("PDF_" + refused.reason().name(), refused.message());
        }
        var pdf = ((PdfReadOutcome.Read) outcome).text();
        ParseOutcome parsed = parser.parse(pdf.text());
        if (parsed instanceof ParseOutcome.Parsed ok) {
            ParsedBudget located = PdfLocator.locate(ok.budget(), pdf);
            return new ParseOutcome.Parsed(located);
        }
        return parsed;
    }
}
