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

    /**
     * A code the document misprints, read for what it stands for: a level part whose leading zero was dropped
     * ({@code 302 1} is 302 01), or a 类 cut short under the class being listed ({@code 2 11 01} after rows of 210 is
     * 210 11 01). Only a reading every token agrees with is made; null when there is none.
     *
     * @param tokens  the digit groups before the row's name, all of which must belong to the code
     * @param context the code of the row before, or null
     */
    public Read repair(List<String> tokens, Code context) {
        if (tokens.isEmpty() || tokens.size() > maxLevels || !tokens.stream().allMatch(Chars::isDigits)) {
            return null;
        }
        List<String> parts = new ArrayList<>(tokens);
        String first = parts.get(0);
        boolean changed = false;
        if (first.length() < 3) {
            if (context == null || !context.parts().get(0).startsWith(first) || parts.size() < 2) {
                return null;
            }
            parts.set(0, context.parts().get(0));
            changed = true;
        } else if (first.length() != 3 || first.charAt(0) == '0') {
            return null;
        }
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.length() == 1 && part.charAt(0) != '0') {
                parts.set(i, "0" + part);
                changed = true;
            } else if (part.length() != 2) {
                return null;
            }
        }
        return changed ? new Read(new Code(parts), tokens.size()) : null;
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
