package budget.validator;

import budget.model.validation.Severity;

import java.util.Objects;

/**
 * One rule of the catalogue: a stable id (used in findings and in severity overrides), what it checks in
 * Chinese and English, and the severity of a finding when nothing overrides it.
 */
public record RuleDescription(String id, String descriptionZh, String descriptionEn, Severity defaultSeverity) {

    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(descriptionZh, "descriptionZh");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }

    public static RuleDescription error(String id, String zh, String en) {
        return new RuleDescription(id, zh, en, Severity.ERROR);
    }

    public static RuleDescription warning(String id, String zh, String en) {
        return new RuleDescription(id, zh, en, Severity.WARNING);
    }

    public static RuleDescription info(String id, String zh, String en) {
        return new RuleDescription(id, zh, en, Severity.INFO);
    }
}
