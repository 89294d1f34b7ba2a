package budget.parser.table;

import budget.parser.table.CellStream.Kind;
import budget.parser.table.CellStream.Token;
import budget.parser.text.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decides which code-shaped cells of a one-cell-per-line stream are amounts. A whole amount printed without
 * decimals ({@code 720}; {@code 9175378} without separators) has the digits of a code, and read as one it starts a
 * row of its own and leaves its row short. A cell is a code only where the code grammar and the table's hierarchy
 * want one: its 类 is of the table's classes (the first digit its sure codes share: 2 for functional codes, 3 for
 * economic ones), no level part is 00, a level part follows a code part, and a code is followed by its name or its
 * next part, or by amounts where the row before is complete. Where the row before it is short of 合计 = Σ parts
 * and the cell, with the cells after it, completes the row exactly, it is the row's amount (a level part cannot
 * follow amounts: cells followed by one are codes printed as a block). Where both readings hold (a code followed by
 * its name that also completes the row before, and continues the codes before it), the cell stays the code, so that
 * no row is lost, and both rows carry a doubt naming the two readings.
 */
final class CodeLikeAmounts {

    /** The stream with code-shaped amounts typed as amounts, and the doubts, by stream index of the cell. */
    record Typed(List<Token> tokens, Map<Integer, String> doubts) {
    }

    private final int levels;
    private final int columns;
    private final boolean totalFirst;
    /** Lines that may be the page's number rather than a cell ({@link TableFrame#mayBePageNumber}). */
    private final Predicate<ContentLine> mayBePageNumber;
    private final List<Token> tokens;
    private final Kind[] kinds;
    private final Map<Integer, String> doubts = new HashMap<>();
    /** The first digit the table's sure codes share, or 0 when none is sure. */
    private char family;
    /** Whether the code just read has every level, so a level part after it cannot be its own. */
    private boolean fullBefore;
    /** The last code read, joined, or null. */
    private String last;
    /** Whether the table prints parent rows: a sure 类 code standing alone. */
    private boolean printsParents;

    private CodeLikeAmounts(List<Token> tokens, int levels, int columns, boolean totalFirst,
                            Predicate<ContentLine> mayBePageNumber) {
        this.tokens = tokens;
        this.mayBePageNumber = mayBePageNumber;
        this.levels = levels;
        this.columns = columns;
        this.totalFirst = totalFirst;
        this.kinds = new Kind[tokens.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = tokens.get(i).kind();
        }
    }

    /**
     * @param levels     the levels of the table's codes (3 functional, 2 economic)
     * @param columns    the table's amount columns
     * @param totalFirst whether every row's first amount is 合计 = Σ the others
     * @param mayBePageNumber lines that may be the page's number: two digits there do not make the cells before them
     *                        a block of codes
     */
    static Typed type(List<Token> tokens, int levels, int columns, boolean totalFirst,
                      Predicate<ContentLine> mayBePageNumber) {
        CodeLikeAmounts typing = new CodeLikeAmounts(tokens, levels, columns, totalFirst, mayBePageNumber);
        typing.family = typing.family();
        typing.walk();
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            out.add(typing.kinds[i] == token.kind() ? token : new Token(token.text(), typing.kinds[i], token.cell(),
                    token.line(), token.sameBlock(), false));
        }
        return new Typed(out, typing.doubts);
    }

    /** The first digit most of the sure codes (followed by a 0x part, a merged part or a name) start with. */
    private char family() {
        int[] counts = new int[10];
        for (int i = 0; i < tokens.size(); i++) {
            if (isStart(i) && wellFormed(tokens.get(i).text()) && sure(i)) {
                counts[tokens.get(i).text().charAt(0) - '0']++;
                printsParents |= tokens.get(i).text().length() == 3 && chain(i) == 1;
            }
        }
        int best = 0;
        for (int d = 1; d < 10; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return counts[best] == 0 ? 0 : (char) ('0' + best);
    }

    private void walk() {
        Open open = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case HEADER -> open = null;
                case TOTAL -> open = new Open();
                case NAME -> {
                    if (open == null || !open.amounts.isEmpty()) {
                        open = new Open();
                    }
                }
                case AMOUNT -> {
                    open = open == null ? new Open() : open;
                    open.add(Amounts.parse(token.text()), i);
                }
                case CODE -> {
                    int used = code(i, open);
                    if (used == 0) {
                        kinds[i] = Kind.AMOUNT;
                        open = open == null ? new Open() : open;
                        open.add(Amounts.parse(token.text()), i);
                    } else {
                        fullBefore = isStart(i) && parts(i, used) >= levels;
                        if (isStart(i)) {
                            last = joined(i, used);
                        }
                        i += used - 1;
                        open = new Open();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** How many tokens from i print a code (0: the cell at i is an amount). */
    private int code(int i, Open open) {
        Token token = tokens.get(i);
        String text = token.text();
        if (token.merged() || text.charAt(0) == '0') {
            return 1; // no amount starts with 0
        }
        boolean start = isStart(i);
        if (!start) {
            // a level part after a code part that can take one, or among header words (a code printed there)
            Kind before = i == 0 ? null : kinds[i - 1];
            if (before == null || before == Kind.HEADER || before == Kind.CODE && !fullBefore) {
                return 1;
            }
        } else if (!wellFormed(text) || family != 0 && text.charAt(0) != family) {
            return 0;
        }
        int chain = start ? chain(i) : 1;
        if (open == null || open.complete() || completion(open, i) == 0) {
            return chain;
        }
        if (!start || !sure(i) || !continuesHierarchy(i, chain)) {
            return 0;
        }
        // a code followed by its name that also completes the row before: kept as the code (its row stays), and
        // both rows are doubted, the two readings named
        String reading = "cell '" + text + "' on line " + token.number() + " reads as the code of the row after it"
                + " but is also the amount that would complete the row before it (" + open.describe() + " + " + text
                + "); either row may be misread";
        doubts.put(i, reading);
        if (!open.indices.isEmpty()) {
            doubts.put(open.indices.get(0), reading);
        }
        return chain;
    }

    /**
     * Whether the code printed by the {@code used} tokens from i continues the codes before it: a 类 of the current
     * class or a later one, a 款 or 项 under the current class (under the current 款, for a 项, where the table prints
     * its parents: a 项 follows its 款).
     */
    private boolean continuesHierarchy(int i, int used) {
        if (last == null) {
            return true;
        }
        String code = joined(i, used);
        String cls = code.substring(0, 3);
        int order = cls.compareTo(last.substring(0, 3));
        if (code.length() == 3) {
            return order >= 0;
        }
        if (order != 0) {
            return order > 0 && !printsParents;
        }
        return code.length() == 5 || !printsParents || last.length() >= 5 && code.startsWith(last.substring(0, 5));
    }

    /** The code the tokens from the start at i print, joined. */
    private String joined(int i, int used) {
        StringBuilder code = new StringBuilder();
        for (int k = i; k < i + used; k++) {
            code.append(tokens.get(k).text());
        }
        return code.toString();
    }

    /** The levels of the code printed by the {@code used} tokens from the start at i. */
    private int parts(int i, int used) {
        return levelsOf(tokens.get(i).text()) + used - 1;
    }

    /** The levels a 类 part or a whole code prints: 1 for 3 digits, 2 for 5, 3 for 7. */
    private static int levelsOf(String start) {
        return (start.length() - 1) / 2;
    }

    /** The tokens of the code starting at i: the start and the level parts after it, as the grammar allows. */
    private int chain(int i) {
        int parts = levelsOf(tokens.get(i).text());
        int used = 1;
        while (parts < levels && i + used < tokens.size() && isPart(i + used)) {
            parts++;
            used++;
        }
        return used;
    }

    /** Whether the code starting at i is followed by a 0x part, a merged part or its name. */
    private boolean sure(int i) {
        int used = chain(i);
        for (int j = i + 1; j < i + used; j++) {
            Token part = tokens.get(j);
            if (part.merged() || part.text().charAt(0) == '0') {
                return true;
            }
        }
        if (tokens.get(i + used - 1).merged()) {
            return true;
        }
        return i + used < tokens.size() && tokens.get(i + used).kind() == Kind.NAME;
    }

    /**
     * The number of cells from i that, taken as the open row's amounts, complete it exactly (合计 = Σ parts, within
     * the table's width); 0 when none do.
     */
    private int completion(Open open, int i) {
        if (!totalFirst) {
            return 0;
        }
        BigDecimal total = open.amounts.isEmpty() ? null : open.amounts.get(0);
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k < open.amounts.size(); k++) {
            sum = sum.add(open.amounts.get(k));
        }
        int count = open.amounts.size();
        for (int j = i; j < tokens.size() && count < columns; j++) {
            Token token = tokens.get(j);
            boolean amountLike = token.kind() == Kind.AMOUNT
                    || token.kind() == Kind.CODE && !token.merged() && token.text().charAt(0) != '0';
            if (!amountLike) {
                return 0;
            }
            BigDecimal value = Amounts.parse(token.text());
            if (total == null) {
                total = value;
            } else {
                sum = sum.add(value);
            }
            count++;
            if (count >= 2 && total.compareTo(sum) == 0 && total.signum() != 0) {
                // a level part cannot follow a row's amounts: the cells are codes printed as a block (two digits
                // that may be the page's number are no evidence: the page's number follows a row's amounts)
                return j + 1 < tokens.size() && isPart(j + 1) && !mayBePageNumber.test(tokens.get(j + 1).line()) ? 0
                        : j - i + 1;
            }
        }
        return 0;
    }

    /** A 类 part or a whole code, as the grammar of this table prints them. */
    private boolean isStart(int i) {
        Token token = tokens.get(i);
        if (token.kind() != Kind.CODE) {
            return false;
        }
        int length = token.text().length();
        return length == 3 || length == 5 || length == 7 && levels >= 3;
    }

    private boolean isPart(int j) {
        Token token = tokens.get(j);
        return token.kind() == Kind.CODE && token.text().length() == 2;
    }

    /** No level part of a whole code is 00 (款 and 项 are numbered from 01). */
    private static boolean wellFormed(String code) {
        for (int at = 3; at + 2 <= code.length(); at += 2) {
            if (code.startsWith("00", at)) {
                return false;
            }
        }
        return true;
    }

    /** The row whose amounts are being read: what it has so far. */
    private final class Open {
        final List<BigDecimal> amounts = new ArrayList<>();
        final List<Integer> indices = new ArrayList<>();

        void add(BigDecimal value, int index) {
            amounts.add(value);
            indices.add(index);
        }

        /** The row's amounts as printed: {@code 1,221 = 1,000}. */
        String describe() {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < indices.size(); k++) {
                text.append(k == 0 ? "" : k == 1 ? " = " : " + ").append(tokens.get(indices.get(k)).text());
            }
            return text.toString();
        }

        /** Every column printed, or (the rows' identity known) 合计 = Σ parts with a part printed. */
        boolean complete() {
            if (amounts.size() >= columns) {
                return true;
            }
            if (!totalFirst || amounts.size() < 2) {
                return false;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 1; k < amounts.size(); k++) {
                sum = sum.add(amounts.get(k));
            }
            return amounts.get(0).compareTo(sum) == 0;
        }
    }
}
