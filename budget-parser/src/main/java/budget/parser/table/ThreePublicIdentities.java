package budget.parser.table;

import budget.model.ThreePublicCells;
import budget.parser.placement.Placements;
import budget.parser.placement.Slot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Table 9's own identities: 合计 = 出国 + 接待 + 车辆小计, and 小计 = 购置费 + 运行费. */
final class ThreePublicIdentities {

    private ThreePublicIdentities() {
    }

    /** Every placement of the printed amounts that keeps both identities (all of them if none does). */
    static Slot candidates(List<BigDecimal> values, List<String> names) {
        List<BigDecimal[]> options = Placements.all(values, names.size());
        List<BigDecimal[]> kept = new ArrayList<>();
        for (BigDecimal[] option : options) {
            if (holds(option, names)) {
                kept.add(option);
            }
        }
        return Slot.unplaced("table 9", kept.isEmpty() ? options : kept);
    }

    static boolean holds(BigDecimal[] row, List<String> names) {
        BigDecimal total = value(row, names, ThreePublicCells.TOTAL);
        BigDecimal vehicles = value(row, names, ThreePublicCells.VEHICLE_TOTAL);
        BigDecimal parts = value(row, names, ThreePublicCells.ABROAD).add(value(row, names, ThreePublicCells.RECEPTION))
                .add(vehicles);
        BigDecimal vehicleParts = value(row, names, ThreePublicCells.VEHICLE_PURCHASE)
                .add(value(row, names, ThreePublicCells.VEHICLE_RUNNING));
        return total.compareTo(parts) == 0 && vehicles.compareTo(vehicleParts) == 0;
    }

    private static BigDecimal value(BigDecimal[] row, List<String> names, String name) {
        int index = names.indexOf(name);
        return index < 0 ? BigDecimal.ZERO : row[index];
    }
}
