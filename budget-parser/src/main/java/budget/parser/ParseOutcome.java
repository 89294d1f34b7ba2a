package budget.parser;

import budget.model.ParsedBudget;

/** What the parser made of a text: a budget, or the reason it is not one. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.NotABudget, ParseOutcome.Unreadable {

    /** The text is a budget document; everything read from it, and what could not be read, is in the budget. */
    record Parsed(ParsedBudget budget) implements ParseOutcome {
    }

    /** The text is not a budget document (no title block and no budget tables), or could not be read at all. */
    record NotABudget(String reason) implements ParseOutcome {
    }

    /**
     * The file could not be read as a document at all: a PDF refused for a specific reason (encrypted, damaged, a
     * scan without text, fonts without Unicode ...), or bytes that are no text.
     *
     * @param code   a stable code for the reason, e.g. {@code PDF_ENCRYPTED}
     * @param reason what was found, in plain words
     */
    record Unreadable(String code, String reason) implements ParseOutcome {
    }
}
