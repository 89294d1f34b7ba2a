package budget.parser.table;

import budget.parser.text.Cell;
import budget.parser.text.Chars;

import java.util.ArrayList;
import java.util.List;

/** Small readings of cell text shared by the table readers. */
final class Tokens {

    private Tokens() {
    }

    /** 合计 or 总计, however spaced: the label of a table's total row. */
    static boolean isTotalLabel(String text) {
        String squeezed = Chars.squeeze(text);
        return squeezed.equals("合计") || squeezed.equals("总计") || squeezed.equals("本年合计");
    }

    /**
     * Splits a cell into the digit groups it starts with and the rest: {@code 01 行政单位离退休} → [01] and
     * 行政单位离退休; {@code 2080505机关…} → [2080505] and 机关…. A digit group must end at a space, at a Han
     * character or at the end of the cell.
     */
    static Leading leadingDigits(String text) {
        List<String> digits = new ArrayList<>(3);
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && Chars.isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == start || (i < length && !Chars.isSpace(text.charAt(i)) && !Chars.isHan(text.charAt(i)))) {
                i = start;
                break;
            }
            digits.add(text.substring(start, i));
        }
        return new Leading(digits, text.substring(Math.min(i, length)).strip());
    }

    /** Joins the words of a name split by single spaces (space-aligned or spaced text). */
    static String joinWords(List<Cell> cells, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            name.append(cells.get(i).text());
        }
        return name.toString();
    }

    /** Digit groups and the text after them. */
    record Leading(List<String> digits, String rest) {
    }
}
