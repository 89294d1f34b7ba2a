package budget.validator.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus has no two years of one department's budget, so tests make them: the 2026 budget of 闵行区医疗保障局
 * (samples/minhang-medical-security-2026.txt) printed as the budget of another year, every 2026 of the text read as
 * that year and every 2025 as the year before, with the same tables. Its explanation states the change against the
 * year before three times (财政拨款收入, 财政拨款支出, 一般公共预算拨款支出: 比2025年预算增加4696.21万元); with the same
 * tables in both years the true change is nil, so each variant states 与…年预算持平 there, or a change of its own.
 */
public final class YearVariants {

    public static final String SAMPLE = "minhang-medical-security-2026";
    private static final Pattern YEARS = Pattern.compile("202[56]");

    private YearVariants() {
    }

    /** The sample as the budget of {@code year}, stating no change against the year before. */
    public static String of(int year) {
        return of(year, "与" + (year - 1) + "年预算持平");
    }

    /** The sample as the budget of {@code year}, its three stated changes replaced by {@code stated}. */
    public static String of(int year, String stated) {
        Matcher m = YEARS.matcher(Samples.text(SAMPLE));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(m.group().equals("2026") ? year : year - 1));
        }
        m.appendTail(out);
        return out.toString().replace("比" + (year - 1) + "年预算增加4696.21万元", stated);
    }
}
