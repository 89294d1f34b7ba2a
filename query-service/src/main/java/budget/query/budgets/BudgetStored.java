package budget.query.budgets;

import budget.events.DocumentValidated;

import java.time.Instant;

/**
 * The read model stored (or had already stored) the budget of a validated event: published in the storing thread,
 * so whoever follows documents (the status tracker) learns it without reaching into the read model's collections.
 *
 * @param changed false for a redelivery the record already held
 */
public record BudgetStored(DocumentValidated event, boolean changed, Instant at) {
}
