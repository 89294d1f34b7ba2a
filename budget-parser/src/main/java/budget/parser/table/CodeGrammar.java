package budget.parser.table;

import budget.parser.text.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a code from the digit groups that start a row: {@code 208 05 01}, {@code 2080505}, {@code 20805 01},
 * with at most three levels for functional codes and two for economic ones (table 8).
 */
public final class CodeGrammar {

    private final int maxLevels;

    public CodeGrammar(boolean economic) {
        this.maxLevels = economic ? 2 : 3;
    }

    /** The levels a code of this table has at most: 3 for functional codes, 2 for economic ones. */
    public int levels() {
        return maxLevels;
    }

    /** How many of the leading tokens form a code, and the code; null when the first token starts none. */
    public Read read(List<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>(3);
        String first = tokens.get(0);
        if (!Chars.isDigits(first) || first.charAt(0) == '0') {
            return null;
        }
        switch (first.length()) {
            case 3 -> parts.add(first);
            case 5 -> {
                parts.add(first.substring(0, 3));
                parts.add(first.substring(3));
            }
            case 7 -> {
                if (maxLevels < 3) {
                    return null;
                }
                parts.add(first.substring(0, 3));
                parts.add(first.substring(3, 5));
                parts.add(first.substring(5));
            }
            default -> {
                return null;
            }
        }
        int used = 1;
        while (used < tokens.size() && parts.size() < maxLevels) {
            String next = tokens.get(used);
            if (next.length() != 2 || !Chars.isDigits(next)) {
                break;
            }
            parts.add(next);
            used++;
        }
        if (parts.size() > maxLevels) {
            return null;
        }
        return new Read(new Code(parts), used);
    }

    /** Whether a token can start a code of this table (a 类, or a whole code). */
    public boolean startsCode(String token) {
        return read(List.of(token)) != null;
    }

    /** Whether a token can continue a code (a 款 or 项 part). */
    public static boolean isLevelPart(String token) {
        return token.length() == 2 && Chars.isDigits(token);
    }

    /** A code and the number of tokens it used. */
    public record Read(Code code, int tokens) {
    }
}
