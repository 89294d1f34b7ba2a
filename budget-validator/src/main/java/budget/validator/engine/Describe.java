package budget.validator.engine;

import budget.model.TableRow;

/** Short names of places for messages, in Chinese and English. */
public final class Describe {

    private Describe() {
    }

    /** 类, 款 or 项 by code length (economic codes stop at 款). */
    public static String level(String code) {
        return switch (code == null ? 0 : code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> "科目";
        };
    }

    /** 款 21013（医疗救助） */
    public static String rowZh(TableRow row) {
        return level(row.code()) + " " + row.code() + nameZh(row.name());
    }

    /** 款 21013 (医疗救助) */
    public static String rowEn(TableRow row) {
        return level(row.code()) + " " + row.code() + nameEn(row.name());
    }

    public static String codeZh(String code, String name) {
        return level(code) + " " + code + nameZh(name);
    }

    public static String codeEn(String code, String name) {
        return level(code) + " " + code + nameEn(name);
    }

    private static String nameZh(String name) {
        return name == null || name.isBlank() ? "" : "（" + name.strip() + "）";
    }

    private static String nameEn(String name) {
        return name == null || name.isBlank() ? "" : " (" + name.strip() + ")";
    }
}
