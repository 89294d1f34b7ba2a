package budget.validator.layout;

import budget.model.ProseMark;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Findings;
import budget.validator.engine.RuleSet;

import java.util.List;

/**
 * The slips of the page layout a reviewer sees in the published document, as the reader recorded them
 * ({@link ProseMark}): a blank page inside the document, text cut by the edge it is clipped to, characters that
 * cannot be read. Each is one warning at its page (and, for a PDF, its box).
 */
public final class LayoutRules implements RuleSet {

    public static final RuleDescription BLANK_PAGE = RuleDescription.warning("LAYOUT.BLANK_PAGE",
            "文件中间没有空白页（最后的封底空白页除外）",
            "No blank page inside the document (a blank back page excepted)");
    public static final RuleDescription CUT_OFF_TEXT = RuleDescription.warning("LAYOUT.CUT_OFF_TEXT",
            "文字完整显示，没有被页边或单元格边界截断的行（仅 PDF）",
            "No line of text shows only in part, cut by the page edge or the area it is clipped to (PDF only)");
    public static final RuleDescription UNREADABLE_CHARACTERS = RuleDescription.warning("LAYOUT.UNREADABLE_CHARACTERS",
            "文字均可读：没有乱码字符（U+FFFD、私用区字符、(cid:N)）或缺少 Unicode 映射的字形",
            "Every character can be read: no U+FFFD, private-use characters, (cid:N), or glyphs without Unicode");

    @Override
    public List<RuleDescription> rules() {
        return List.of(BLANK_PAGE, CUT_OFF_TEXT, UNREADABLE_CHARACTERS);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        rules().forEach(findings::checked);
        for (ProseMark mark : budget.budget().marks()) {
            FindingLocation where = new FindingLocation(null, null, mark.excerpt(), null,
                    mark.line() > 0 ? List.of(mark.line()) : List.of());
            String page = mark.box() != null ? "第 " + mark.box().page() + " 页" : null;
            String pageEn = mark.box() != null ? "page " + mark.box().page() : null;
            switch (mark.kind()) {
                case BLANK_PAGE -> findings.report(BLANK_PAGE, where,
                        mark.excerpt() + "是空白页，位于文件中间（第 " + mark.line() + " 行处）。",
                        "Page " + digits(mark.excerpt()) + " is blank, inside the document (at line " + mark.line() + ").");
                case CUT_OFF_TEXT -> findings.report(CUT_OFF_TEXT, where,
                        page + "的一行文字只显示了一部分（被页边或裁剪区域截断）：“" + mark.text() + "”。",
                        "On " + pageEn + " a line of text shows only in part (cut by the page edge or its clipping "
                                + "area): “" + mark.text() + "”.");
                case UNREADABLE_CHARACTERS -> {
                    if (mark.box() != null && mark.excerpt().startsWith("第")) {
                        findings.report(UNREADABLE_CHARACTERS, where,
                                page + "有 " + mark.text() + " 个字形缺少 Unicode 映射，文字无法读出。",
                                "On " + pageEn + ", " + mark.text() + " glyphs have no Unicode mapping: their text "
                                        + "cannot be read.");
                    } else {
                        findings.report(UNREADABLE_CHARACTERS, where,
                                "第 " + mark.line() + " 行“" + mark.excerpt() + "”含无法识别的字符（" + codes(mark.text()) + "）。",
                                "Line " + mark.line() + " “" + mark.excerpt() + "” holds characters that cannot be read ("
                                        + codes(mark.text()) + ").");
                    }
                }
                default -> {
                    // the writing slips are WritingRules'
                }
            }
        }
    }

    private static String digits(String pageName) {
        return pageName.replaceAll("\\D", "");
    }

    /** U+FFFD, U+E001, (cid:12): what was printed, named so that it can be seen. */
    private static String codes(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            if (text.startsWith("(cid:", i)) {
                int end = text.indexOf(')', i);
                out.append(out.length() > 0 ? " " : "").append(text, i, end + 1);
                i = end + 1;
                continue;
            }
            int cp = text.codePointAt(i);
            out.append(out.length() > 0 ? " " : "").append(String.format("U+%04X", cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
