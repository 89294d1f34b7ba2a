package budget.model;

/** The level of government that publishes the budget: 市级 or 区级. */
public enum GovernmentLevel {
    CITY,
    DISTRICT
}
