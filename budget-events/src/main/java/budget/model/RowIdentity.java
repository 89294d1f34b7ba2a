package budget.model;

import budget.model.TableType.Columns;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An identity every row of a table obeys in a sound budget: its total column is the sum of its part columns.
 * Defined here once: the parser places the numbers of a row whose blank cells vanished by these, and the
 * validator checks them.
 *
 * @param total the column (or table-9 cell name) that is the sum
 * @param parts the columns (or cell names) it is the sum of
 */
public record RowIdentity(String total, List<String> parts) {

    /** Table 2: 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入. */
    public static final RowIdentity SOURCES = new RowIdentity(Columns.TOTAL, List.of(Columns.FISCAL_APPROPRIATION,
            Columns.BUSINESS_INCOME, Columns.OPERATING_INCOME, Columns.OTHER_INCOME));
    /** Tables 3, 5, 6, 7: 合计 = 基本支出 + 项目支出. */
    public static final RowIdentity BASIC_PLUS_PROJECT = new RowIdentity(Columns.TOTAL,
            List.of(Columns.BASIC, Columns.PROJECT));
    /** Table 8: 合计 = 人员经费 + 公用经费. */
    public static final RowIdentity PERSONNEL_PLUS_PUBLIC = new RowIdentity(Columns.TOTAL,
            List.of(Columns.PERSONNEL, Columns.PUBLIC_USE));
    /** Table 4's expense rows: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
    public static final RowIdentity FUNDS = new RowIdentity(Columns.TOTAL,
            List.of(Columns.GENERAL_PUBLIC, Columns.GOVERNMENT_FUND, Columns.STATE_CAPITAL));
    /** Table 1's expense rows of a unit budget: 合计 = 人员经费 + 公用经费 + 项目支出 (人员 + 公用 = 基本支出). */
    public static final RowIdentity UNIT_SPLIT = new RowIdentity(Columns.TOTAL,
            List.of(Columns.PERSONNEL, Columns.PUBLIC_USE, Columns.PROJECT));
    /** Table 9: 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费. */
    public static final RowIdentity THREE_PUBLIC = new RowIdentity(ThreePublicCells.TOTAL,
            List.of(ThreePublicCells.ABROAD, ThreePublicCells.RECEPTION, ThreePublicCells.VEHICLE_TOTAL));
    /** Table 9: 公务用车购置及运行费 小计 = 购置费 + 运行费. */
    public static final RowIdentity VEHICLES = new RowIdentity(ThreePublicCells.VEHICLE_TOTAL,
            List.of(ThreePublicCells.VEHICLE_PURCHASE, ThreePublicCells.VEHICLE_RUNNING));

    public RowIdentity {
        parts = List.copyOf(parts);
    }

    /** The identity of every row of a code table (2, 3, 5–8). */
    public static Optional<RowIdentity> of(TableType type) {
        return Optional.ofNullable(switch (type) {
            case INCOME -> SOURCES;
            case EXPENSE, GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL -> BASIC_PLUS_PROJECT;
            case ECONOMIC -> PERSONNEL_PLUS_PUBLIC;
            default -> null;
        });
    }

    /**
     * The identity a row with these amount columns obeys: that of a code table, table 4's funds or a unit
     * budget's split table 1, whichever the columns hold (the total and at least two parts); empty when none.
     */
    public static Optional<RowIdentity> over(List<String> columns) {
        for (RowIdentity identity : List.of(UNIT_SPLIT, SOURCES, FUNDS, PERSONNEL_PLUS_PUBLIC, BASIC_PLUS_PROJECT)) {
            if (columns.contains(identity.total) && columns.containsAll(identity.parts)) {
                return Optional.of(identity);
            }
        }
        return Optional.empty();
    }

    /** The sum of the parts; a part without a value counts as blank, which is zero. */
    public BigDecimal sumOfParts(Function<String, BigDecimal> amount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : parts) {
            BigDecimal value = amount.apply(part);
            sum = value == null ? sum : sum.add(value);
        }
        return sum;
    }

    /** Whether the total equals the sum of the parts (by value; a missing total is zero). */
    public boolean holds(Function<String, BigDecimal> amount) {
        BigDecimal total = amount.apply(this.total);
        return (total == null ? BigDecimal.ZERO : total).compareTo(sumOfParts(amount)) == 0;
    }
}
