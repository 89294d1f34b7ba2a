package budget.events.published;

import budget.model.FactKind;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A budget as the document publishes it: who, which year, the nine tables (always nine, in order, each present,
 * empty or missing) and the figures its prose states. The public form of a budget in events and the REST API;
 * how the reader found each figure (source lines, page boxes, how sure it is of a column) is not part of it, and
 * the findings that point into the document carry their own locations.
 */
public record PublishedBudget(
        @JsonProperty("metadata") PublishedMetadata metadata,
        @JsonProperty("tables") List<PublishedTable> tables,
        @JsonProperty("facts") List<PublishedFact> facts) {

    public PublishedBudget {
        tables = tables == null ? List.of() : List.copyOf(tables);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public PublishedTable table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst()
                .orElseGet(() -> PublishedTable.missing(number));
    }

    public List<PublishedFact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }
}
