package budget.model;

/** Whether a table was found, found without data (本表无数据 or only a 合计 row), or not found at all. */
public enum TableStatus {
    PRESENT,
    EMPTY,
    MISSING
}
