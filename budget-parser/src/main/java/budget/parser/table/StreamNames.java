package budget.parser.table;

import budget.parser.table.CellStream.Kind;
import budget.parser.table.CellStream.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a table printed one cell per line, given to its rows in table order. A name printed on one line
 * with a code part ({@code 01 行政运行}) belongs to the row that part belongs to, wherever pdftotext printed it;
 * the other names go to the other rows in the order printed. A name wrapped onto two lines of one block is one
 * name when there are more names than rows; which pieces to join is uncertain when more could be.
 */
final class StreamNames {

    /**
     * @param names     per row, null for a row without a name
     * @param tokens    per row, the name tokens it took
     * @param uncertain rows whose name may have been joined wrongly
     */
    record Assignment(String[] names, List<List<Integer>> tokens, Set<Integer> uncertain) {
    }

    private final List<Token> tokens;
    private final List<Integer> names = new ArrayList<>();

    StreamNames(List<Token> tokens) {
        this.tokens = tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.NAME) {
                names.add(i);
            }
        }
    }

    /** The names only, for ranking readings; all null when the names do not align with the rows. */
    String[] quick(List<StreamCodes.CodeRowTokens> rows) {
        Assignment assignment = assign(rows);
        return assignment == null ? new String[rows.size()] : assignment.names();
    }

    /** The names per row, or null when there are fewer names than rows without one, or more than joins explain. */
    Assignment assign(List<StreamCodes.CodeRowTokens> rows) {
        int count = rows.size();
        String[] out = new String[count];
        List<List<Integer>> taken = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            taken.add(new ArrayList<>(2));
        }
        Map<Integer, Integer> owner = new HashMap<>();
        for (int r = 0; r < count; r++) {
            for (int t : rows.get(r).tokens()) {
                owner.put(t, r);
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int n : names) {
            Integer r = n > 0 && tokens.get(n - 1).merged() ? owner.get(n - 1) : null;
            if (r != null && out[r] == null) {
                out[r] = tokens.get(n).text();
                taken.get(r).add(n);
            } else {
                free.add(n);
            }
        }
        int open = 0;
        for (String name : out) {
            if (name == null) {
                open++;
            }
        }
        if (free.isEmpty()) {
            return new Assignment(out, taken, Set.of());
        }
        int excess = free.size() - open;
        if (excess < 0) {
            return null;
        }
        // pieces of one wrapped name: consecutive in the stream, the second in the first's block
        List<Integer> joins = new ArrayList<>();
        for (int k = 0; k + 1 < free.size(); k++) {
            int a = free.get(k);
            int b = free.get(k + 1);
            if (b == a + 1 && tokens.get(b).sameBlock()) {
                joins.add(k);
            }
        }
        if (joins.size() < excess) {
            return null;
        }
        Set<Integer> joined = new HashSet<>(joins.subList(0, excess));
        Set<Integer> pieces = new HashSet<>();
        if (joins.size() > excess) {
            for (int join : joins) {
                pieces.add(join);
                pieces.add(join + 1);
            }
        }
        Set<Integer> uncertain = new HashSet<>();
        int k = 0;
        for (int r = 0; r < count; r++) {
            if (out[r] != null) {
                continue;
            }
            StringBuilder name = new StringBuilder(tokens.get(free.get(k)).text());
            taken.get(r).add(free.get(k));
            boolean piece = pieces.contains(k);
            while (joined.contains(k)) {
                k++;
                name.append(tokens.get(free.get(k)).text());
                taken.get(r).add(free.get(k));
                piece |= pieces.contains(k);
            }
            k++;
            out[r] = name.toString();
            if (piece) {
                uncertain.add(r);
            }
        }
        return new Assignment(out, taken, uncertain);
    }
}
