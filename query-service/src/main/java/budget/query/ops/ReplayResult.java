package budget.query.ops;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What replaying one dead letter did: REPLAYED, ALREADY_REPLAYED (skipped; use force) or NOT_FOUND. */
record ReplayResult(
        @JsonProperty("id") String id,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("toTopic") String toTopic) {
}
