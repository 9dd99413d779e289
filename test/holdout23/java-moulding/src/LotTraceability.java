package moulding;

import java.util.List;

/** Links every shot to the resin lot that was in the hopper when it was moulded. */
final class LotTraceability {
    private final List<MaterialLot> register;

    LotTraceability(List<MaterialLot> register) {
        this.register = register;
    }

    /** The last lot loaded on the shot's press before the shot, or null. */
    MaterialLot lotFor(Shot shot) {
        MaterialLot current = null;
        for (MaterialLot lot : register) {
            if (lot.pressId().equals(shot.pressId) && lot.loadedAtEpochSecond() <= shot.epochSecond
                    && (current == null || lot.loadedAtEpochSecond() > current.loadedAtEpochSecond())) {
                current = lot;
            }
        }
        return current;
    }

    int assign(List<Shot> shots) {
        int untraced = 0;
        for (Shot shot : shots) {
            MaterialLot lot = lotFor(shot);
            if (lot != null) {
                shot.materialLot = lot.lotNo();
            } else {
                untraced++;
            }
        }
        return untraced;
    }
}
