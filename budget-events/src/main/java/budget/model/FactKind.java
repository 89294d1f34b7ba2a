package budget.model;

/** What a figure stated in the narrative is about. */
public enum FactKind {
    /** 收入预算 total. */
    INCOME_TOTAL,
    /** 财政拨款收入. */
    FISCAL_INCOME,
    /** 事业收入. */
    BUSINESS_INCOME,
    /** 事业单位经营收入. */
    OPERATING_INCOME,
    /** 其他收入. */
    OTHER_INCOME,
    /** 支出预算 total. */
    EXPENSE_TOTAL,
    /** 财政拨款支出预算. */
    FISCAL_EXPENSE,
    /** 一般公共预算拨款支出预算. */
    GENERAL_PUBLIC_EXPENSE,
    /** 政府性基金拨款支出预算. */
    GOVERNMENT_FUND_EXPENSE,
    /** 国有资本经营预算拨款支出预算. */
    STATE_CAPITAL_EXPENSE,
    /**
     * A `“…”科目 N万元`, `…（类）N 万元` or `…（类）…（款）…（项）N万元` item; the label holds the subject as printed,
     * chain and printed codes included, which {@link SubjectChain} reads.
     */
    SUBJECT_ITEM,
    /** “三公”经费 total and its parts. */
    THREE_PUBLIC_TOTAL,
    THREE_PUBLIC_ABROAD,
    THREE_PUBLIC_RECEPTION,
    THREE_PUBLIC_VEHICLE_TOTAL,
    THREE_PUBLIC_VEHICLE_PURCHASE,
    THREE_PUBLIC_VEHICLE_RUNNING,
    /** 机关运行经费. */
    OPERATING_EXPENSES,
    /** 政府采购 total, goods, works, services. */
    PROCUREMENT_TOTAL,
    PROCUREMENT_GOODS,
    PROCUREMENT_WORKS,
    PROCUREMENT_SERVICES,
    /** Number of projects with performance targets, and their funds. */
    PERFORMANCE_PROJECT_COUNT,
    PERFORMANCE_FUNDS,
    /** Vehicles held. */
    VEHICLE_COUNT,
    /** A project section's 年度预算; the label holds the project name. */
    PROJECT_ANNUAL_BUDGET,
    /** An amount on a performance target form; the label holds the project name. */
    PERFORMANCE_FORM_AMOUNT,
    /**
     * A sentence stating a previous figure, the current one and the change between them
     * ({@code 2025年当年预算执行数为X万元，2026年预算安排Y万元，比2025年预算执行数增加Z%}): the amount is the current
     * figure, {@code previous} the previous one; the label is the subject of the item the sentence belongs to (as
     * its SUBJECT_ITEM prints it), else the printed words before the previous figure.
     */
    STATED_CHANGE
}
