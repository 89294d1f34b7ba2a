package budget.model;

/**
 * The stable names of table 9's cells ({@link NamedCell#name()}): what the parser writes and the validator
 * and every reader of the events look up, whatever the document's printed headings.
 */
public final class ThreePublicCells {

    /** 三公经费 in total. */
    public static final String TOTAL = "total";
    /** 因公出国（境）费. */
    public static final String ABROAD = "abroad";
    /** 公务接待费. */
    public static final String RECEPTION = "reception";
    /** 公务用车购置及运行费. */
    public static final String VEHICLE_TOTAL = "vehicleTotal";
    /** 公务用车购置费. */
    public static final String VEHICLE_PURCHASE = "vehiclePurchase";
    /** 公务用车运行费. */
    public static final String VEHICLE_RUNNING = "vehicleRunning";
    /** 机关运行经费. */
    public static final String OPERATING_EXPENSES = "operatingExpenses";

    private ThreePublicCells() {
    }
}
