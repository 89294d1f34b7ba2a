package budget.parser.text;

import budget.model.ParseDiagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the readers looked at and could not read or place with certainty; one per document. */
public final class Diagnostics {

    /** A hostile document could produce a diagnostic per line; past this many the rest say nothing new. */
    private static final int MAX = 2_000;

    private final List<ParseDiagnostic> list = new ArrayList<>();

    public void add(int line, Integer table, String text, String reason) {
        if (list.size() < MAX) {
            list.add(new ParseDiagnostic(line, table, Chars.shorten(text), reason));
        }
    }

    /** In source order, so a reader of the report walks the document once. */
    public List<ParseDiagnostic> sorted() {
        List<ParseDiagnostic> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(ParseDiagnostic::line));
        return sorted;
    }
}
