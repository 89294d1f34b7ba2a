package budget.parser.table;

import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table printed one per line (plain pdftotext), as one stream of typed tokens in reading order:
 * code parts, amounts, names, header words and the 合计 label. What a token is follows from its shape and, for
 * 合计 and split header cells, from its neighbours; where it sits in the table is left to the readers.
 */
final class CellStream {

    enum Kind {
        /** A code part: 类 (3 digits), 款 or 项 (2), or a whole code (5 or 7). */
        CODE,
        AMOUNT,
        /** Han text that is not a header word: a row name or a piece of one. */
        NAME,
        HEADER,
        /** 合计 (or 总计) as the label of the total row, not as a column heading. */
        TOTAL,
        OTHER
    }

    /**
     * @param sameBlock whether it follows the previous token without a blank line between (the same pdftotext
     *                  block: the next line of one cell, or the cell below in the same column)
     * @param merged    a code part printed on one line with the name after it ({@code 01 行政运行})
     */
    record Token(String text, Kind kind, Cell cell, ContentLine line, boolean sameBlock, boolean merged) {

        int number() {
            return line.number();
        }
    }

    private CellStream() {
    }

    static List<Token> of(List<ContentLine> content) {
        List<Token> raw = new ArrayList<>();
        for (ContentLine line : content) {
            List<Cell> cells = line.cells().filled();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                raw.add(new Token(cell.text(), kind(cell.text()), cell, line, c > 0 || !line.afterGap(), false));
            }
        }
        List<Token> joined = joinSplitHeaders(raw);
        List<Token> tokens = new ArrayList<>(joined.size());
        for (int i = 0; i < joined.size(); i++) {
            Token token = joined.get(i);
            Kind kind = token.kind();
            boolean merged = false;
            if (kind == Kind.TOTAL && !isTotalLabel(joined, i)) {
                kind = Kind.HEADER;
            } else if (kind == Kind.CODE && i + 1 < joined.size()) {
                Token next = joined.get(i + 1);
                merged = next.kind() == Kind.NAME && next.line() == token.line();
            }
            tokens.add(kind == token.kind() && !merged ? token
                    : new Token(token.text(), kind, token.cell(), token.line(), token.sameBlock(), merged));
        }
        return tokens;
    }

    private static Kind kind(String text) {
        if (isCodeShaped(text)) {
            return Kind.CODE;
        }
        if (Amounts.isAmount(text)) {
            return Kind.AMOUNT;
        }
        if (Tokens.isTotalLabel(text)) {
            return Kind.TOTAL;
        }
        if (HeaderWords.isHeaderWord(text)) {
            return Kind.HEADER;
        }
        return Chars.hasHan(text) ? Kind.NAME : Kind.OTHER;
    }

    /** Digits as a code part can print them: 2 digits, or 3, 5 or 7 not starting with 0. */
    static boolean isCodeShaped(String text) {
        int length = text.length();
        if (!Chars.isDigits(text)) {
            return false;
        }
        return length == 2 || (length == 3 || length == 5 || length == 7) && text.charAt(0) != '0';
    }

    /** A header cell wrapped onto two lines of one block ({@code 事业单位} / {@code 经营收入}) is one header word. */
    private static List<Token> joinSplitHeaders(List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Token token = raw.get(i);
            // a name right after a code part is a row's name, even when a repeated header follows it
            boolean afterCode = i > 0 && raw.get(i - 1).kind() == Kind.CODE;
            if (i + 1 < raw.size() && !afterCode && wordLike(token) && wordLike(raw.get(i + 1))
                    && raw.get(i + 1).sameBlock()) {
                String both = token.text() + raw.get(i + 1).text();
                // a heading the lower part completes (事业单位 / 经营收入, 功能分类 / 科目编码); text before a heading
                // that is whole without it (缴费 before 经济分类科目编码) is the tail of the name above
                if (HeaderWords.isKnownHeaderWord(both) || HeaderWords.isHeaderWord(both)
                        && !HeaderWords.isHeaderWord(raw.get(i + 1).text())) {
                    out.add(new Token(both, Kind.HEADER, token.cell(), token.line(), token.sameBlock(), false));
                    i++;
                    continue;
                }
            }
            out.add(token);
        }
        return out;
    }

    private static boolean wordLike(Token token) {
        return token.kind() == Kind.NAME || token.kind() == Kind.HEADER;
    }

    /**
     * 合计 labels the total row when an amount is next to it, code parts aside (pdftotext prints the label
     * before, after or amid the row's amounts), or when nothing follows it (a total row of blank cells); next to
     * header words it is a column heading.
     */
    private static boolean isTotalLabel(List<Token> tokens, int i) {
        Kind before = neighbour(tokens, i, -1);
        Kind after = neighbour(tokens, i, 1);
        return before == Kind.AMOUNT || after == Kind.AMOUNT || after == null;
    }

    private static Kind neighbour(List<Token> tokens, int i, int step) {
        for (int j = i + step; j >= 0 && j < tokens.size(); j += step) {
            Kind kind = tokens.get(j).kind();
            if (kind != Kind.CODE) {
                return kind;
            }
        }
        return null;
    }
}
