package budget.validator.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/** Exact decimal arithmetic and display for amounts: never binary floating point. */
public final class Amounts {

    public static final String YUAN = "元";
    public static final String TEN_THOUSAND_YUAN = "万元";

    private Amounts() {
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public static <T> BigDecimal sum(Collection<T> things, Function<T, BigDecimal> amount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (T thing : things) {
            sum = sum.add(orZero(amount.apply(thing)));
        }
        return sum;
    }

    public static BigDecimal get(Map<String, BigDecimal> amounts, String column) {
        return orZero(amounts.get(column));
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return orZero(a).compareTo(orZero(b)) == 0;
    }

    public static boolean isZero(BigDecimal value) {
        return orZero(value).signum() == 0;
    }

    /** Yuan to 万元, exactly (a yuan amount with 2 decimals becomes one with up to 6). */
    public static BigDecimal toTenThousand(BigDecimal yuan) {
        return atLeastScale(orZero(yuan).movePointLeft(4).stripTrailingZeros(), 2);
    }

    /** Yuan amounts are shown with at least two decimals, the way the tables print them. */
    public static BigDecimal yuan(BigDecimal value) {
        return atLeastScale(orZero(value), 2);
    }

    public static BigDecimal atLeastScale(BigDecimal value, int scale) {
        return value.scale() < scale ? value.setScale(scale) : value;
    }

    /** 1234567.8 → "1,234,567.80" (yuan) ; keeps every decimal of finer amounts. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal shown = atLeastScale(value, 2);
        String plain = shown.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (shown.signum() < 0 ? "-" : "") + grouped + fraction;
    }

    /** A signed difference, e.g. "+1.00" or "-0.01". */
    public static String signed(BigDecimal value) {
        return (orZero(value).signum() > 0 ? "+" : "") + format(value);
    }
}
