package budget.validate;

import budget.model.validation.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * budget.validation.severities: a rule id → severity map that overrides the catalogue's defaults, e.g.
 * {@code "[NARRATIVE.SUBJECT_ITEM]": ERROR}.
 */
@ConfigurationProperties("budget.validation")
record ValidationSettings(Map<String, Severity> severities) {

    ValidationSettings {
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }
}
