package budget.parser.table;

import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.Diagnostics;
import budget.parser.text.LineForm;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the rows of a code table printed one cell per line (plain pdftotext reading order): the cells form
 * one stream, and a row starts wherever the code grammar says a code starts: a 类 followed by its 款, by a
 * name, or (on a page without names) by an amount.
 */
final class OneCellPerLine {

    /** Share of single-cell lines above which a table is read as one stream of cells. */
    private static final double SINGLE_SHARE = 0.6;

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

    OneCellPerLine(CodeGrammar grammar, List<String> columns, Diagnostics diagnostics, int table, Finisher finisher) {
        this.grammar = grammar;
        this.columns = columns;
        this.diagnostics = diagnostics;
        this.table = table;
        this.finisher = finisher;
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
        return single >= SINGLE_SHARE * content.size();
    }

    private record Token(String text, Cell cell, ContentLine line) {
    }

    /** A row being gathered from the stream. */
    private static final class Pending {
        final Code code;
        final ContentLine first;
        final StringBuilder name = new StringBuilder();
        final List<Cell> amounts = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        Pending(Code code, ContentLine first) {
            this.code = code;
            this.first = first;
            lines.add(first.number());
        }

        void line(ContentLine line) {
            if (!lines.contains(line.number())) {
                lines.add(line.number());
            }
        }
    }

    void read(TableFrame frame, List<CodeRow> rows, CodeRow[] total) {
        List<Token> tokens = new ArrayList<>();
        for (ContentLine line : frame.content()) {
            for (Cell cell : line.cells().filled()) {
                tokens.add(new Token(cell.text(), cell, line));
            }
        }
        Pending pending = null;
        int reportedLine = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String text = token.text();
            if (Tokens.isTotalLabel(text) && !nextIsHeaderWord(tokens, i)) {
                flush(pending, rows, total);
                pending = new Pending(null, token.line());
                continue;
            }
            if (HeaderWords.isHeaderWord(text)) {
                flush(pending, rows, total);
                pending = null;
                frame.headerLine(token.line());
                continue;
            }
            if (startsRow(tokens, i, pending)) {
                flush(pending, rows, total);
                List<String> parts = new ArrayList<>(3);
                for (int j = i; j < tokens.size() && j < i + 3; j++) {
                    parts.add(tokens.get(j).text());
                }
                CodeGrammar.Read read = grammar.read(parts);
                pending = new Pending(read.code(), token.line());
                for (int j = 1; j < read.tokens(); j++) {
                    pending.line(tokens.get(i + j).line());
                }
                i += read.tokens() - 1;
                continue;
            }
            if (pending != null && Amounts.isAmount(text)) {
                pending.amounts.add(token.cell());
                pending.line(token.line());
                continue;
            }
            if (pending != null && pending.amounts.isEmpty() && !Chars.isDigits(text)) {
                pending.name.append(text);
                pending.line(token.line());
                continue;
            }
            if (token.line().number() != reportedLine && Chars.hasDigit(token.line().text())) {
                reportedLine = token.line().number();
                diagnostics.add(reportedLine, table, token.line().text(), "cell outside any row of the table");
            }
        }
        flush(pending, rows, total);
    }

    private static boolean nextIsHeaderWord(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && HeaderWords.isHeaderWord(tokens.get(i + 1).text())
                && !Amounts.isAmount(tokens.get(i + 1).text());
    }

    /** Whether the token at i begins a new row: a code start followed by what may follow a code. */
    private boolean startsRow(List<Token> tokens, int i, Pending pending) {
        String text = tokens.get(i).text();
        if (!Chars.isDigits(text) || !grammar.startsCode(text)) {
            return false;
        }
        if (pending != null && pending.name.length() == 0 && pending.amounts.isEmpty() && pending.code != null) {
            return false; // still inside a code
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        if (CodeGrammar.isLevelPart(next) && text.length() < 7) {
            return true;
        }
        if (Chars.hasHan(next)) {
            return true;
        }
        // a page without names: the code is followed by an amount, which then prints separators or decimals
        return Amounts.isAmount(next) && (next.indexOf(',') >= 0 || next.indexOf('.') >= 0);
    }

    private void flush(Pending pending, List<CodeRow> rows, CodeRow[] total) {
        if (pending == null) {
            return;
        }
        CodeRow row = finisher.finish(pending.code, pending.name.toString(), pending.first, pending.amounts, false,
                null, columns.size());
        for (int line : pending.lines) {
            row.addLine(line);
        }
        if (row.total()) {
            if (total[0] == null) {
                total[0] = row;
            }
        } else {
            rows.add(row);
        }
    }
}
