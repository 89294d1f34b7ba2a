package budget.parser.testing;

import budget.model.SummaryItem;
import budget.model.TableType;
import budget.parser.testing.GoldenBudget.Row;
import budget.parser.testing.GoldenBudget.Table;
import budget.parser.testing.Variation.Codes;
import budget.parser.testing.Variation.Decimals;
import budget.parser.testing.Variation.Form;
import budget.parser.testing.Variation.NameWrap;
import budget.parser.testing.Variation.PageNumber;
import budget.parser.testing.Variation.Zero;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Realistic variations the parser misreads today, each written up with its minimal example in
 * {@code PROPERTY-FAILURES.md} (same id). The property tests do not try the variations a gap covers (an assumption,
 * counted and printed per golden), so they stay strict for everything else and the gap stays visible. Each
 * predicate is as narrow as the failure: remove an entry when the parser reads its example, and the property will
 * tell whether the rest of what it covered reads too.
 */
public final class KnownParserGaps {

    /**
     * One gap: its id in PROPERTY-FAILURES.md, the goldens and variations it covers, and its minimal failing example
     * (a golden and a {@link Variation#parse} description), which {@code KnownParserGapsTests} keeps failing.
     */
    public record Gap(String id, String summary, String golden, String example,
                      BiPredicate<GoldenBudget, Variation> covers) {
    }

    public static final List<Gap> GAPS = List.of(
            new Gap("PF-6", "a name wrapped around its line of numbers (part above, part below) where the row also "
                    + "breaks across a page, or a summary-table label wrapped so",
                    "baoshan-medical-security-2026", "form=LAYOUT, nameWrap=AROUND (width 12), wrapLabels=true",
                    (g, v) -> v.nameWrap() == NameWrap.AROUND && (v.wrapLabels() || v.pageBreaks() > 0)
                            && longestName(g, v) > v.wrapWidth()),
            new Gap("PF-7", "one cell per line: a whole amount printed without decimals that looks like a code "
                    + "(720; 9175378 without separators) is read as a row of its own",
                    "baoshan-medical-security-2026", "form=ONE_PER_LINE, decimals=WHEN_NONZERO",
                    (g, v) -> v.form() == Form.ONE_PER_LINE && v.decimals() == Decimals.WHEN_NONZERO
                            && hasCodeLikeInteger(g, v.thousands())),
            new Gap("PF-10", "layout text without form feeds or page numbers: a continuation page without the header, laid "
                    + "out narrower than the page of the header, cannot be told from the page before; its rows beside "
                    + "blank cells are left to the identities, "
                    + "and where those cannot tell 基本支出 from 项目支出 the row stays AMBIGUOUS (a doubt, no longer a "
                    + "certain misplacement)",
                    "putuo-justice-bureau-2026-unit", "form=LAYOUT, zero=BLANK, pageBreaks=1, formFeed=false, squeeze=1, "
                    + "seed=-2776546208896031507",
                    (g, v) -> v.form() == Form.LAYOUT && v.squeeze() > 0
                            && !v.repeatHeader() && v.zero() == Zero.BLANK && !v.formFeed()
                            && v.pageNumber() == PageNumber.NONE));

    private KnownParserGaps() {
    }

    public static PropertyCheck.Gaps forGolden(GoldenBudget golden) {
        return variation -> GAPS.stream().filter(g -> g.covers().test(golden, variation)).map(Gap::id).findFirst()
                .map(Optional::of).orElse(Optional.empty());
    }

    /** The longest label of tables 1 and 4 as printed (a sub-item numbered 1. is one character longer). */
    static int longestLabel(GoldenBudget golden, Variation v) {
        int longest = 0;
        for (Table t : golden.tables()) {
            for (GoldenBudget.Item item : t.items()) {
                String name = item.label().replaceFirst("^(\\d+)\\s*[、.．]\\s*", "$1、");
                int extra = item.role() == SummaryItem.Role.SUB_ITEM && v.subItemDot() ? 1 : 0;
                longest = Math.max(longest, name.length() + extra);
            }
        }
        return longest;
    }

    /** The longest name cell of the code tables as printed (a merged 项 code adds three characters). */
    static int longestName(GoldenBudget golden, Variation v) {
        int longest = 0;
        for (Table t : golden.tables()) {
            if (t.type().shape() != TableType.Shape.CODE) {
                continue;
            }
            int levels = t.type().economic() ? 2 : 3;
            for (Row row : t.rows()) {
                int merged = v.codes() == Codes.MERGED && row.parts().size() == levels ? 3 : 0;
                longest = Math.max(longest, row.name().length() + merged);
            }
        }
        return longest;
    }

    /**
     * Whether a code table holds a non-zero whole amount that, printed without decimals, has the digits of a code:
     * one to three digits, or (without thousands separators) five or seven.
     */
    static boolean hasCodeLikeInteger(GoldenBudget golden, boolean thousands) {
        for (Table t : golden.tables()) {
            for (Row row : t.rows()) {
                for (BigDecimal amount : row.amounts().values()) {
                    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
                        continue;
                    }
                    int digits = amount.toBigInteger().toString().length();
                    if (digits <= 3 || !thousands && (digits == 5 || digits == 7)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
