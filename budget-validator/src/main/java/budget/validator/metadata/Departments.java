package budget.validator.metadata;

import budget.text.Spaces;

import java.util.regex.Pattern;

/**
 * Whether two printings name the same department: 闵行区医疗保障局（汇总）, 上海市闵行区医疗保障局（汇总） and
 * 上海市闵行区医疗保障局 are one; 上海市医疗保障局 and 上海市松江区医疗保障局 are two.
 */
final class Departments {

    private static final Pattern LEADING_CODE = Pattern.compile("^[0-9]+");
    private static final Pattern QUALIFIER = Pattern.compile("[（(](汇总|部门|本级|本部)[)）]");
    /** Region names that may be left off in front: 上海市, 闵行区, 上海市松江区 ... */
    private static final Pattern REGIONS = Pattern.compile("^(?:[\\u4e00-\\u9fa5]{1,8}?(?:省|市|区|县|自治州|盟|旗))+$");

    private Departments() {
    }

    /** The name without spaces, a printed department code, or （汇总）-style qualifiers. */
    static String bare(String department) {
        if (department == null) {
            return "";
        }
        String bare = Spaces.removed(department);
        bare = LEADING_CODE.matcher(bare).replaceFirst("");
        return QUALIFIER.matcher(bare).replaceAll("");
    }

    static boolean same(String a, String b) {
        String left = bare(a);
        String right = bare(b);
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        if (left.equals(right)) {
            return true;
        }
        String longer = left.length() >= right.length() ? left : right;
        String shorter = longer == left ? right : left;
        return longer.endsWith(shorter) && REGIONS.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }

    /** The department a unit named X本级 / X本部 is the own office of, or null for other units. */
    static String ownOfficeOf(String unit) {
        String bare = bare(unit);
        for (String suffix : new String[]{"本级", "本部"}) {
            if (bare.endsWith(suffix) && bare.length() > suffix.length()) {
                return bare.substring(0, bare.length() - suffix.length());
            }
        }
        return null;
    }
}
