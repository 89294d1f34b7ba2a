package budget.parser.text;

import budget.model.ParseDiagnostic;
import budget.model.ParseDiagnostic.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what the readers looked at and could not read or place with certainty; one per document. Each
 * diagnostic says how far its doubt reaches ({@link Scope}); when a reader cannot tell, the whole table is in
 * doubt ({@link #add}), so that a misreading is never reported as the document's error.
 */
public final class Diagnostics {

    /** A hostile document could produce a diagnostic per line; past this many the rest say nothing new. */
    private static final int MAX = 2_000;

    private final List<ParseDiagnostic> list = new ArrayList<>();

    /** Something on this line may belong to the table and is not in it: the table's sums are in doubt. */
    public void add(int line, Integer table, String text, String reason) {
        add(line, table, text, reason, Scope.TABLE);
    }

    /** The row read from this line is in doubt (a value or the column of a value). */
    public void row(int line, Integer table, String text, String reason) {
        add(line, table, text, reason, Scope.ROW);
    }

    /** Worth saying, but nothing that was read is in doubt. */
    public void note(int line, Integer table, String text, String reason) {
        add(line, table, text, reason, Scope.NOTE);
    }

    private void add(int line, Integer table, String text, String reason, Scope scope) {
        if (list.size() < MAX) {
            list.add(new ParseDiagnostic(line, table, Chars.shorten(text), reason, scope));
        }
    }

    /**
     * Takes back what a first reading of a table doubted, once the table has been read again and all of it is
     * accounted for; notes stay.
     */
    public void withdraw(int table) {
        list.removeIf(d -> d.table() != null && d.table() == table && d.scope() != Scope.NOTE);
    }

    /** In source order, so a reader of the report walks the document once. */
    public List<ParseDiagnostic> sorted() {
        List<ParseDiagnostic> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(ParseDiagnostic::line));
        return sorted;
    }
}
