package budget.parser;

import budget.model.ParsedBudget;

/** What the parser made of a text: a budget, or the reason it is not one. */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.NotABudget {

    /** The text is a budget document; everything read from it, and what could not be read, is in the budget. */
    record Parsed(ParsedBudget budget) implements ParseOutcome {
    }

    /** The text is not a budget document (no title block and no budget tables), or could not be read at all. */
    record NotABudget(String reason) implements ParseOutcome {
    }
}
