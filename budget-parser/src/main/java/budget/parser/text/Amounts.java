package budget.parser.text;

import java.math.BigDecimal;

/**
 * Amount cells as the tables print them: {@code 304,763,448.00}, {@code 300170000}, {@code 0.00}, {@code -12.5}.
 * Thousands separators must be well placed, so a code ({@code 2080505}) is an amount only by position, never by
 * shape alone: callers decide which of the two a digit run is.
 */
public final class Amounts {

    private Amounts() {
    }

    /**
     * Whether the cell is one number: digits, optional well-placed commas, optional decimals, optional sign; or a
     * lone dash, which is how the accounting format of the spreadsheets these tables come from prints zero.
     */
    public static boolean isAmount(String cell) {
        int length = cell.length();
        if (length == 0 || length > 40) {
            return false;
        }
        if (isDashZero(cell)) {
            return true;
        }
        int i = 0;
        if (cell.charAt(0) == '-' || cell.charAt(0) == '+') {
            i = 1;
        }
        int digitsStart = i;
        int groupDigits = 0;
        boolean sawComma = false;
        int firstGroup = -1;
        for (; i < length; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                groupDigits++;
            } else if (c == ',' || c == '，') {
                if (groupDigits == 0 || (sawComma && groupDigits != 3) || (!sawComma && groupDigits > 3)) {
                    return false;
                }
                if (!sawComma) {
                    firstGroup = groupDigits;
                }
                sawComma = true;
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (i == digitsStart || groupDigits == 0 || (sawComma && groupDigits != 3) || firstGroup == 0) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (cell.charAt(i) != '.' || i + 1 == length) {
            return false;
        }
        for (int j = i + 1; j < length; j++) {
            char c = cell.charAt(j);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code -}, {@code —}, {@code －}, {@code –} (or two of them): zero in the accounting format. */
    public static boolean isDashZero(String cell) {
        if (cell.length() > 2) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '-' && c != '—' && c != '－' && c != '–') {
                return false;
            }
        }
        return true;
    }

    /** The exact value of a cell that {@link #isAmount} accepts; a dash is zero. */
    public static BigDecimal parse(String cell) {
        // most amounts fit a long: read the digits straight into the unscaled value
        long unscaled = 0;
        int scale = -1;
        int digits = 0;
        boolean negative = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.') {
                scale = 0;
            } else if (c == '-') {
                negative = true;
            }
        }
        if (digits <= 18) {
            return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
        }
        char[] plain = new char[cell.length()];
        int length = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != ',' && c != '，' && c != '+') {
                plain[length++] = c;
            }
        }
        return new BigDecimal(plain, 0, length);
    }

    /** Yuan from a printed value in the given unit: 万元 is multiplied by 10,000, kept to at least two decimals. */
    public static BigDecimal toYuan(BigDecimal value, String unit) {
        if (!"万元".equals(unit)) {
            return value;
        }
        BigDecimal yuan = value.movePointRight(4);
        return yuan.scale() < 2 ? yuan.setScale(2) : yuan;
    }
}
