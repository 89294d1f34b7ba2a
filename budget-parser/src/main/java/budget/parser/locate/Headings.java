package budget.parser.locate;

import budget.parser.text.Chars;

/** Headings of the narrative sections, which end a table region when they follow it. */
public final class Headings {

    private static final String[] SECTION_WORDS = {"情况说明", "其他相关", "编制说明", "主要职能", "机构设置",
            "名词解释", "项目概述", "绩效目标", "预算情况", "国有资产", "政府采购", "目录", "目 录"};

    private Headings() {
    }

    /** Whether the line is a short heading of a narrative section (not a table title, not a header). */
    public static boolean isSectionHeading(String line) {
        // long lines are prose, whatever the margin before them (pdftotext -fixed centres a heading far right)
        if (line.length() - leadingSpaces(line) > 120 || line.indexOf('\t') >= 0 || !hasClosingCharacter(line) || !hasSectionWord(line)) {
            return false;
        }
        String text = Chars.squeeze(line);
        if (text.isEmpty() || text.length() > 40 || text.indexOf('，') >= 0 || text.indexOf('。') >= 0
                || text.indexOf('\t') >= 0 || text.startsWith("|")) {
            return false;
        }
        return hasSectionWord(text);
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The last characters of the section words: one pass that rules out nearly every line. */
    private static boolean hasClosingCharacter(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '明', '关', '能', '置', '释', '述', '标', '况', '产', '购', '录' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean hasSectionWord(String text) {
        for (String word : SECTION_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
