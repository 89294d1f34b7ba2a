package budget.parser.table;

import java.util.List;

/**
 * A classification code split into its printed levels: functional 类 (3 digits) / 款 (2) / 项 (2), economic
 * 类 (3) / 款 (2).
 *
 * @param parts the printed levels
 * @param full  the parts joined: 2080505
 */
public record Code(List<String> parts, String full) {

    public Code(List<String> parts) {
        this(List.copyOf(parts), joined(parts));
    }

    private static String joined(List<String> parts) {
        return switch (parts.size()) {
            case 1 -> parts.get(0);
            case 2 -> parts.get(0) + parts.get(1);
            default -> String.join("", parts);
        };
    }

    public int level() {
        return parts.size();
    }

    /** The code one level up (20805 for 2080505), or null for a 类. */
    public Code parent() {
        return parts.size() <= 1 ? null : new Code(parts.subList(0, parts.size() - 1));
    }
}
