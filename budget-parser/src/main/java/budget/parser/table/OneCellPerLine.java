package budget.parser.table;

import budget.model.RowIdentity;
import budget.model.RowPlacement;
import budget.parser.placement.Placements;
import budget.parser.placement.Slot;
import budget.parser.locate.MarkerLines;
import budget.parser.table.CellStream.Kind;
import budget.parser.table.CellStream.Token;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.Diagnostics;
import budget.parser.text.LineForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds the rows of a code table printed one cell per line (plain pdftotext reading order). The cells form
 * one stream; when every row prints its code, name and numbers together, the rows are read where they stand.
 * pdftotext often does not: it prints a column's cells of several rows as one block, a 类 or 款 row's code after
 * its numbers, the first row's code inside the header, a number rows below its own. The stream is then read as
 * three interleaved streams, each in table order: codes (rebuilt by the code grammar, see {@link StreamCodes}),
 * names, and groups of numbers (cut by the row identity, see {@link AmountGroups}); the i-th of each make the i-th
 * row. Where the table's identities do not single out one reading, the rows concerned are AMBIGUOUS and named in a
 * diagnostic.
 */
final class OneCellPerLine {

    /** Share of single-cell lines above which a table is read as one stream of cells. */
    private static final double SINGLE_SHARE = 0.6;
    /** Rows per row read in place that may break its identity (a genuine defect) for the reading to stand. */
    private static final int MAX_DEFECT_SHARE = 5;
    /** Lines with amounts per line holding a name and its amounts, at or below which the text keeps its rows. */
    private static final int ROWS_ON_LINES = 3;

    /** Builds a row from its parts; the same as for a line of tokens. */
    interface Finisher {
        CodeRow finish(Code code, String name, ContentLine line, List<Cell> amounts, boolean delimited,
                       ColumnLayout layout, int width);
    }

    private final CodeGrammar grammar;
    private final List<String> columns;
    private final Diagnostics diagnostics;
    private final int table;
    private final Finisher finisher;
    /** Whether the first column is 合计 = Σ the others, the identity every code table's rows obey. */
    private final boolean totalFirst;
    private final RowIdentity identity;
    /** Numbers alone that may be the page's number and that the row they end does not tell (see {@link #read}). */
    private final Set<ContentLine> openPageNumbers = new HashSet<>();

    /** Codes the document's other function tables print: a reading that prints others is less likely. */
    private final Set<String> known;

    OneCellPerLine(CodeGrammar grammar, List<String> columns, Diagnostics diagnostics, int table, Finisher finisher,
                   Set<String> known) {
        this.known = known;
        this.grammar = grammar;
        this.columns = columns;
        this.diagnostics = diagnostics;
        this.table = table;
        this.finisher = finisher;
        // the table's row identity (RowIdentity) has its total first and every other column a part: the groups of
        // numbers are cut by it
        this.identity = RowIdentity.over(columns).filter(id -> id.total().equals(columns.get(0))
                && id.parts().size() == columns.size() - 1 && columns.containsAll(id.parts())).orElse(null);
        this.totalFirst = identity != null;
    }

    static boolean applies(List<ContentLine> content) {
        if (content.size() < 6) {
            return false;
        }
        int single = 0;
        for (ContentLine line : content) {
            if (line.cells().form() == LineForm.SINGLE) {
                single++;
            }
        }
        return single >= SINGLE_SHARE * content.size() && !rowsOnLines(content);
    }

    /**
     * Whether a third of the lines with amounts print a name and its amounts together, as rows of several cells do
     * and one cell per line never does: lines of name text wrapped above and below their rows can outnumber the
     * rows.
     */
    private static boolean rowsOnLines(List<ContentLine> content) {
        int withAmounts = 0;
        int labelled = 0;
        for (ContentLine line : content) {
            if (line.cells().form() == LineForm.SINGLE) {
                withAmounts += Amounts.isAmount(line.text().strip()) ? 1 : 0;
                continue;
            }
            boolean named = false;
            boolean amount = false;
            boolean afterName = false;
            for (Cell cell : line.cells().filled()) {
                if (Amounts.isAmount(cell.text())) {
                    amount = true;
                    afterName |= named;
                } else if (Chars.hasHan(cell.text())) {
                    named = true;
                }
            }
            withAmounts += amount ? 1 : 0;
            labelled += afterName ? 1 : 0;
        }
        return labelled > 0 && labelled * ROWS_ON_LINES >= withAmounts;
    }

    /** A row as read: its code (null for the 合计 row), name, numbers and every token it took. */
    private static final class RowDraft {
        final Code code;
        final StringBuilder name = new StringBuilder();
        final List<Integer> amounts = new ArrayList<>();
        final List<Integer> displaced = new ArrayList<>();
        final List<Integer> tokens = new ArrayList<>();
        String doubt;

        RowDraft(Code code) {
            this.code = code;
        }
    }

    /** A reading of the whole stream: its rows, its 合计 row and the tokens it left out. */
    private record Reading(List<RowDraft> rows, RowDraft total, List<Integer> strays) {
    }

    void read(TableFrame frame, List<CodeRow> rows, CodeRow[] total) {
        CodeLikeAmounts.Typed typed = typedTokens(frame);
        List<Token> tokens = typed.tokens();
        ContentLine header = null;
        for (Token token : tokens) {
            if (token.kind() == Kind.HEADER && token.line() != header) {
                header = token.line();
                frame.headerLine(header);
            }
        }
        Reading adjacent = adjacent(tokens);
        Reading chosen = clean(adjacent, tokens) ? adjacent : aligned(tokens);
        if (chosen == null) {
            chosen = adjacent;
            doubtBrokenRows(adjacent, tokens);
        }
        doubtPageNumbers(chosen, tokens);
        for (RowDraft row : chosen.rows()) {
            doubtCodeLike(row, typed.doubts());
        }
        if (chosen.total() != null) {
            doubtCodeLike(chosen.total(), typed.doubts());
        }
        emit(chosen, tokens, rows, total);
    }

    // ---- numbers alone that may be the page's ----

    /**
     * The stream, with the numbers alone that may be the page's number ({@link TableFrame#mayBePageNumber}) told by
     * the row they end: dropped from the frame where that row cannot hold them, amounts where it needs them or does
     * not tell (a row that then takes one is in doubt, {@link #doubtPageNumbers}). One that ends no row's numbers
     * is left as it reads.
     */
    private CodeLikeAmounts.Typed typedTokens(TableFrame frame) {
        // code-like amounts told from codes first, so that the numbers after a row's are known for what they are
        CodeLikeAmounts.Typed typed = type(CellStream.of(frame.content()), frame);
        List<Token> tokens = typed.tokens();
        List<ContentLine> dropped = new ArrayList<>();
        Set<ContentLine> amounts = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!frame.mayBePageNumber(token.line())) {
                continue;
            }
            if (frame.followsCodeShapedCell(token.line()) && (i == 0 || tokens.get(i - 1).kind() != Kind.AMOUNT)) {
                continue; // after a code: its next part, as it reads
            }
            List<BigDecimal> row = rowBefore(tokens, i);
            if (row == null) {
                continue; // not after a row's numbers: left as it reads (two digits may be a code's part)
            }
            PageNumberDoubt.Verdict verdict = PageNumberDoubt.of(row, Amounts.parse(token.text()), columns);
            if (verdict == PageNumberDoubt.Verdict.PAGE_NUMBER) {
                dropped.add(token.line());
            } else {
                amounts.add(token.line());
                if (verdict == PageNumberDoubt.Verdict.OPEN) {
                    openPageNumbers.add(token.line());
                }
            }
        }
        if (!dropped.isEmpty()) {
            dropped.forEach(frame::dropPageNumber);
            typed = type(CellStream.of(frame.content()), frame);
        }
        if (amounts.isEmpty()) {
            return typed;
        }
        List<Token> told = new ArrayList<>();
        for (Token token : typed.tokens()) {
            told.add(amounts.contains(token.line()) && token.kind() != Kind.AMOUNT ? new Token(token.text(),
                    Kind.AMOUNT, token.cell(), token.line(), token.sameBlock(), false) : token);
        }
        return new CodeLikeAmounts.Typed(told, typed.doubts());
    }

    private CodeLikeAmounts.Typed type(List<Token> tokens, TableFrame frame) {
        // two digits right after a code-shaped cell are that code's part until the cells are typed
        return CodeLikeAmounts.type(tokens, grammar.levels(), columns.size(), totalFirst,
                line -> frame.mayBePageNumber(line) && !frame.followsCodeShapedCell(line));
    }

    /**
     * The numbers of the row that the token at i ends, when the stream reads in row order there: after the row's
     * code, name or 合计 label, its numbers, the token, and then no number; else null.
     */
    private static List<BigDecimal> rowBefore(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.AMOUNT) {
            return null;
        }
        int start = i - 1;
        while (start >= 0 && tokens.get(start).kind() == Kind.AMOUNT) {
            start--;
        }
        if (start < 0) {
            return null;
        }
        Kind before = tokens.get(start).kind();
        if (before != Kind.NAME && before != Kind.CODE && before != Kind.TOTAL) {
            return null;
        }
        List<BigDecimal> row = new ArrayList<>(i - start - 1);
        for (int k = start + 1; k < i; k++) {
            row.add(Amounts.parse(tokens.get(k).text()));
        }
        return row;
    }

    /** A row that took a number its identities could not tell from the page's number is in doubt. */
    private void doubtPageNumbers(Reading reading, List<Token> tokens) {
        List<RowDraft> all = new ArrayList<>(reading.rows());
        if (reading.total() != null) {
            all.add(reading.total());
        }
        for (RowDraft row : all) {
            List<Integer> numbers = new ArrayList<>(row.amounts);
            numbers.addAll(row.displaced);
            for (int t : numbers) {
                Token token = tokens.get(t);
                if (row.doubt == null && openPageNumbers.contains(token.line())) {
                    row.doubt = "its number " + token.text() + " printed alone may be the page's number instead; read"
                            + " as its amount";
                }
            }
        }
    }

    /** A row that took (or lost) a cell that may be either an amount or a code is doubtful, both readings named. */
    private static void doubtCodeLike(RowDraft row, Map<Integer, String> doubts) {
        if (doubts.isEmpty()) {
            return;
        }
        for (int t : row.tokens) {
            String reading = doubts.get(t);
            if (reading != null) {
                row.doubt = row.doubt == null ? reading : row.doubt + "; " + reading;
                return;
            }
        }
    }

    // ---- reading rows where they stand ----

    /** Rows read in place: a row starts where a code starts, and takes the name and numbers after it. */
    private Reading adjacent(List<Token> tokens) {
        List<RowDraft> rows = new ArrayList<>();
        RowDraft[] total = new RowDraft[1];
        List<Integer> strays = new ArrayList<>();
        RowDraft pending = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.TOTAL) {
                keep(pending, rows, total);
                pending = new RowDraft(null);
                pending.tokens.add(i);
                continue;
            }
            if (token.kind() == Kind.HEADER) {
                keep(pending, rows, total);
                pending = null;
                continue;
            }
            if (startsRow(tokens, i, pending)) {
                keep(pending, rows, total);
                List<String> parts = new ArrayList<>(3);
                for (int j = i; j < tokens.size() && j < i + 3; j++) {
                    parts.add(tokens.get(j).text());
                }
                CodeGrammar.Read read = grammar.read(parts);
                pending = new RowDraft(read.code());
                for (int j = 0; j < read.tokens(); j++) {
                    pending.tokens.add(i + j);
                }
                i += read.tokens() - 1;
                continue;
            }
            if (pending != null && token.kind() == Kind.AMOUNT) {
                pending.amounts.add(i);
                pending.tokens.add(i);
                continue;
            }
            if (pending != null && pending.amounts.isEmpty() && !Chars.isDigits(token.text())) {
                pending.name.append(token.text());
                pending.tokens.add(i);
                continue;
            }
            strays.add(i);
        }
        keep(pending, rows, total);
        return new Reading(rows, total[0], strays);
    }

    private static void keep(RowDraft draft, List<RowDraft> rows, RowDraft[] total) {
        if (draft == null) {
            return;
        }
        if (draft.code != null) {
            rows.add(draft);
        } else if (total[0] == null) {
            total[0] = draft;
        }
    }

    /** Whether the token at i begins a new row: a code start followed by what may follow a code. */
    private boolean startsRow(List<Token> tokens, int i, RowDraft pending) {
        String text = tokens.get(i).text();
        if (tokens.get(i).kind() != Kind.CODE || !grammar.startsCode(text)) {
            return false;
        }
        if (pending != null && pending.name.length() == 0 && pending.amounts.isEmpty() && pending.code != null) {
            return false; // still inside a code
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(i + 1);
        String next = after.text();
        if (after.kind() == Kind.CODE && CodeGrammar.isLevelPart(next) && text.length() < 7) {
            return true;
        }
        if (Chars.hasHan(next)) {
            return true;
        }
        // a page without names: the code is followed by its amounts (code-shaped cells are typed by CodeLikeAmounts)
        return after.kind() == Kind.AMOUNT;
    }

    /**
     * Whether the rows read in place are the table: nothing left over, codes in grammatical order, every row
     * within the table's width and obeying 合计 = Σ parts, and names on every row or on none.
     */
    private boolean clean(Reading reading, List<Token> tokens) {
        if (!reading.strays().isEmpty() || reading.rows().isEmpty()) {
            return false;
        }
        List<String> codes = new ArrayList<>(reading.rows().size());
        int named = 0;
        int defects = 0;
        for (RowDraft row : reading.rows()) {
            codes.add(row.code.full());
            if (row.name.length() > 0) {
                named++;
            }
            if (!fits(row, tokens)) {
                if (!printsEveryColumn(row, tokens)) {
                    return false;
                }
                defects++;
            }
        }
        if (reading.total() != null && !fits(reading.total(), tokens)) {
            if (!printsEveryColumn(reading.total(), tokens)) {
                return false;
            }
            defects++;
        }
        // a row printing all its columns in place is read as printed even if it breaks its identity: that is the
        // document's defect to report. Many such rows rather say the stream is not in row order.
        if (defects > Math.max(1, reading.rows().size() / MAX_DEFECT_SHARE)) {
            return false;
        }
        return (named == 0 || named == codes.size() || namelessFirstPage(reading, tokens))
                && StreamCodes.broken(codes).isEmpty();
    }

    /**
     * Whether the rows without a name are the first rows of the table and end where a page ends, every later row
     * named: a first page printed without the name column (as some publishers print table 5). Names bunched into
     * one row leave other rows nameless too, but not a first page of them ending at a page break.
     */
    private static boolean namelessFirstPage(Reading reading, List<Token> tokens) {
        List<RowDraft> rows = reading.rows();
        int firstNamed = 0;
        while (firstNamed < rows.size() && rows.get(firstNamed).name.length() == 0) {
            firstNamed++;
        }
        if (firstNamed == 0 || firstNamed == rows.size()) {
            return false;
        }
        for (int r = firstNamed; r < rows.size(); r++) {
            if (rows.get(r).name.length() == 0) {
                return false;
            }
        }
        RowDraft before = rows.get(firstNamed - 1);
        int from = before.tokens.get(before.tokens.size() - 1);
        int to = rows.get(firstNamed).tokens.get(0);
        for (int i = from; i < to; i++) {
            Token next = tokens.get(i + 1);
            if (next.line().pageStart() || !next.sameBlock() || next.kind() == Kind.HEADER) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the row's numbers fill every column: nothing vanished, so none of them can belong elsewhere. A bare
     * number of one to three digits among them may be a page number that slipped in (text without form feeds).
     */
    private boolean printsEveryColumn(RowDraft row, List<Token> tokens) {
        if (row.amounts.size() != columns.size() || !row.displaced.isEmpty()) {
            return false;
        }
        for (int t : row.amounts) {
            if (MarkerLines.isBarePageNumber(tokens.get(t).text())) {
                return false;
            }
        }
        return true;
    }

    private boolean fits(RowDraft row, List<Token> tokens) {
        if (row.amounts.size() > columns.size()) {
            return false;
        }
        return !totalFirst || row.amounts.isEmpty() || deficit(row.amounts, tokens).signum() == 0;
    }

    /** 合计 minus the sum of the row's other numbers. */
    private static BigDecimal deficit(List<Integer> amounts, List<Token> tokens) {
        BigDecimal deficit = Amounts.parse(tokens.get(amounts.get(0)).text());
        for (int k = 1; k < amounts.size(); k++) {
            deficit = deficit.subtract(Amounts.parse(tokens.get(amounts.get(k)).text()));
        }
        return deficit;
    }

    /** The rows read in place could not be rebuilt otherwise: those that break their own identity are doubtful. */
    private void doubtBrokenRows(Reading reading, List<Token> tokens) {
        if (reading.strays().isEmpty() && reading.rows().stream().allMatch(row -> fits(row, tokens))) {
            return;
        }
        for (RowDraft row : reading.rows()) {
            if (!fits(row, tokens)) {
                row.doubt = "its cells are scattered in the one-cell-per-line stream and no reading of the stream"
                        + " fits the table; its numbers may belong to other rows";
            }
        }
    }

    // ---- reading the stream as three interleaved streams ----

    /** The rows as the i-th code, the i-th name and the i-th group of numbers; null when the streams do not align. */
    private Reading aligned(List<Token> tokens) {
        StreamCodes codes = new StreamCodes(grammar.levels(), tokens);
        int count = codes.rowCount();
        if (count == 0) {
            return null;
        }
        int label = -1;
        for (int i = 0; i < tokens.size() && label < 0; i++) {
            if (tokens.get(i).kind() == Kind.TOTAL) {
                label = i;
            }
        }
        boolean totalGroup = label >= 0 && labelHasNumbers(tokens, label);
        boolean totalAtTop = label >= 0 && label < firstNameOrCode(tokens);
        AmountGroups.Cut cut = AmountGroups.cut(tokens, columns.size(), count + (totalGroup ? 1 : 0), totalFirst);
        if (cut.groups() == null) {
            return null;
        }
        int offset = totalGroup && totalAtTop ? 1 : 0;
        StreamNames names = new StreamNames(tokens);
        StreamCodes.Reading read = codes.read(candidate -> score(candidate, names, cut, offset, tokens));
        StreamNames.Assignment naming = names.assign(read.rows());
        if (naming == null) {
            return null;
        }
        List<RowDraft> rows = new ArrayList<>(read.rows().size());
        Set<Integer> taken = new HashSet<>();
        for (int r = 0; r < read.rows().size(); r++) {
            StreamCodes.CodeRowTokens code = read.rows().get(r);
            RowDraft row = new RowDraft(code.code());
            row.tokens.addAll(code.tokens());
            if (naming.names()[r] != null) {
                row.name.append(naming.names()[r]);
                row.tokens.addAll(naming.tokens().get(r));
            }
            AmountGroups.Group group = cut.groups().get(r + offset);
            row.amounts.addAll(group.tokens());
            row.displaced.addAll(group.displaced());
            row.tokens.addAll(group.tokens());
            row.tokens.addAll(group.displaced());
            if (read.uncertain().contains(code.full())) {
                row.doubt = "its code parts are printed apart from each other and another reading of them fits the"
                        + " table as well";
            } else if (cut.uncertain().contains(r + offset)) {
                row.doubt = "its numbers can be cut from the stream of numbers in more than one way";
            } else if (naming.uncertain().contains(r)) {
                row.doubt = "its name may be joined wrongly from name pieces printed on separate lines";
            } else if (incomplete(group, tokens)) {
                row.doubt = "its printed numbers fall short of its 合计 and none printed elsewhere makes it up";
            }
            taken.addAll(row.tokens);
            rows.add(row);
        }
        RowDraft total = null;
        if (label >= 0) {
            total = new RowDraft(null);
            total.tokens.add(label);
            if (totalGroup) {
                AmountGroups.Group group = cut.groups().get(totalAtTop ? 0 : count);
                total.amounts.addAll(group.tokens());
                total.displaced.addAll(group.displaced());
                total.tokens.addAll(group.tokens());
                total.tokens.addAll(group.displaced());
                if (cut.uncertain().contains(totalAtTop ? 0 : count)) {
                    total.doubt = "its numbers can be cut from the stream of numbers in more than one way";
                }
            }
            taken.addAll(total.tokens);
        }
        List<Integer> strays = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (!taken.contains(i) && kind != Kind.HEADER && kind != Kind.TOTAL) {
                strays.add(i);
            }
        }
        return new Reading(rows, total, strays);
    }

    /** A group narrower than the table whose numbers break 合计 = Σ parts: a number of it went astray. */
    private boolean incomplete(AmountGroups.Group group, List<Token> tokens) {
        if (!totalFirst || group.tokens().isEmpty()
                || group.tokens().size() + group.displaced().size() >= columns.size()) {
            return false;
        }
        List<Integer> all = new ArrayList<>(group.tokens());
        all.addAll(group.displaced());
        return deficit(all, tokens).signum() != 0;
    }

    private static boolean labelHasNumbers(List<Token> tokens, int label) {
        for (int step : new int[] {-1, 1}) {
            for (int j = label + step; j >= 0 && j < tokens.size(); j += step) {
                Kind kind = tokens.get(j).kind();
                if (kind != Kind.CODE) {
                    if (kind == Kind.AMOUNT) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static int firstNameOrCode(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.NAME || kind == Kind.CODE) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * How well a reading of the codes fits: parents whose 合计 is not the sum of their children's, then codes the
     * document's other function tables do not print (tables 2 and 3 list the same codes, 5–7 a part of them),
     * then (functional codes) rows that break the numbering rule that an 其他… item is numbered 99 and only such
     * items are.
     */
    private int[] score(List<StreamCodes.CodeRowTokens> rows, StreamNames names, AmountGroups.Cut cut, int offset,
                        List<Token> tokens) {
        Map<String, Integer> index = new HashMap<>();
        BigDecimal[] totals = new BigDecimal[rows.size()];
        BigDecimal[] sums = new BigDecimal[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            index.put(rows.get(r).full(), r);
            List<Integer> group = cut.groups().get(r + offset).tokens();
            totals[r] = group.isEmpty() ? BigDecimal.ZERO : Amounts.parse(tokens.get(group.get(0)).text());
        }
        for (int r = 0; r < rows.size(); r++) {
            Code parent = rows.get(r).code().parent();
            Integer p = parent == null ? null : index.get(parent.full());
            if (p != null) {
                sums[p] = sums[p] == null ? totals[r] : sums[p].add(totals[r]);
            }
        }
        int broken = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (sums[r] != null && sums[r].compareTo(totals[r]) != 0) {
                broken++;
            }
        }
        int misnumbered = 0;
        if (grammar.levels() == 3) {
            String[] named = names.quick(rows);
            for (int r = 0; r < rows.size(); r++) {
                Code code = rows.get(r).code();
                if (code.level() > 1 && named[r] != null
                        && named[r].startsWith("其他") != code.parts().get(code.level() - 1).equals("99")) {
                    misnumbered++;
                }
            }
        }
        int foreign = 0;
        if (!known.isEmpty()) {
            for (StreamCodes.CodeRowTokens row : rows) {
                if (!known.contains(row.full())) {
                    foreign++;
                }
            }
        }
        return new int[] {broken, foreign, misnumbered};
    }

    // ---- building the rows ----

    private void emit(Reading reading, List<Token> tokens, List<CodeRow> rows, CodeRow[] total) {
        for (RowDraft draft : reading.rows()) {
            rows.add(build(draft, tokens));
        }
        if (reading.total() != null) {
            total[0] = build(reading.total(), tokens);
        }
        Set<Integer> reported = new LinkedHashSet<>();
        for (int i : reading.strays()) {
            Token token = tokens.get(i);
            if (reported.add(token.number()) && Chars.hasDigit(token.line().text())) {
                diagnostics.add(token.number(), table, token.line().text(), token.kind() == Kind.AMOUNT
                        ? "number printed outside any row of the table; not read"
                        : "cell outside any row of the table");
            }
        }
    }

    private CodeRow build(RowDraft draft, List<Token> tokens) {
        int firstToken = Integer.MAX_VALUE;
        for (int t : draft.tokens) {
            firstToken = Math.min(firstToken, t);
        }
        ContentLine first = tokens.get(firstToken).line();
        List<Cell> cells = new ArrayList<>(draft.amounts.size());
        for (int t : draft.amounts) {
            cells.add(tokens.get(t).cell());
        }
        CodeRow row = draft.displaced.isEmpty()
                ? finisher.finish(draft.code, draft.name.toString(), first, cells, false, null, columns.size())
                : withDisplaced(draft, first, tokens);
        Set<Integer> lines = new LinkedHashSet<>();
        for (int t : draft.tokens) {
            lines.add(tokens.get(t).number());
        }
        lines.stream().sorted().forEach(row::addLine);
        if (draft.doubt != null) {
            row.markDoubtful();
            diagnostics.add(first.number(), table, first.text(),
                    "row " + (draft.code == null ? "合计" : draft.code.full()) + ": " + draft.doubt);
        }
        return row;
    }

    /**
     * A row that took back a number printed away from it: the number's column is unknown, so every column after
     * 合计 that keeps 合计 = Σ parts is an option, for the identities to decide.
     */
    private CodeRow withDisplaced(RowDraft draft, ContentLine first, List<Token> tokens) {
        int width = columns.size();
        List<BigDecimal> printed = new ArrayList<>();
        for (int t : draft.amounts) {
            printed.add(Amounts.parse(tokens.get(t).text()));
        }
        List<List<BigDecimal>> orders = new ArrayList<>();
        orders.add(printed);
        for (int t : draft.displaced) {
            BigDecimal value = Amounts.parse(tokens.get(t).text());
            List<List<BigDecimal>> more = new ArrayList<>();
            for (List<BigDecimal> order : orders) {
                for (int at = 1; at <= order.size(); at++) {
                    List<BigDecimal> inserted = new ArrayList<>(order);
                    inserted.add(at, value);
                    more.add(inserted);
                }
            }
            orders = more;
        }
        List<BigDecimal[]> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<BigDecimal> order : orders) {
            List<BigDecimal[]> all = Placements.all(order, width);
            for (BigDecimal[] option : totalFirst ? Placements.satisfying(all, columns, identity) : all) {
                StringBuilder key = new StringBuilder();
                for (BigDecimal value : option) {
                    key.append(value.stripTrailingZeros().toPlainString()).append('|');
                }
                if (seen.add(key.toString())) {
                    options.add(option);
                }
            }
        }
        String label = draft.code == null ? "合计" : draft.code.full();
        if (options.isEmpty()) {
            options.add(Placements.leftmost(orders.get(0), width));
        }
        return new CodeRow(draft.code, draft.name.toString(), first.number(), Slot.unplaced(label, options),
                RowPlacement.IDENTITY);
    }
}

