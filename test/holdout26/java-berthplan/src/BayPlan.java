package berthplan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Stack weights and occupancy of a vessel's bays, rows and tiers. */
public class BayPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    static final int REEFER_BAYS = 8;

    final int bays;
    final int rows;
    final int tiers;
    final int[] stackMassKg;
    final int[] stackHeight;
    final String[] slotPod;
    final String[] slotUn;
    final int[] slotHazard;
    final int[] bayMassKg;
    double trimTonneBays;

    public BayPlan(int bays, int rows, int tiers) {
        this.bays = bays;
        this.rows = rows;
        this.tiers = tiers;
        this.stackMassKg = new int[bays * rows];
        this.stackHeight = new int[bays * rows];
        this.slotPod = new String[bays * rows * tiers];
        this.slotUn = new String[bays * rows * tiers];
        this.slotHazard = new int[bays * rows * tiers];
        this.bayMassKg = new int[bays];
    }

    int stack(int bay, int row) {
        return bay * rows + row;
    }

    int height(int bay, int row) {
        return stackHeight[stack(bay, row)];
    }

    int mass(int bay, int row) {
        return stackMassKg[stack(bay, row)];
    }

    String podAt(int bay, int row, int tier) {
        return slotPod[stack(bay, row) * tiers + tier];
    }

    String unAt(int bay, int row, int tier) {
        return slotUn[stack(bay, row) * tiers + tier];
    }

    int hazardAt(int bay, int row, int tier) {
        return slotHazard[stack(bay, row) * tiers + tier];
    }

    /** Tier-by-tier port of discharge and mass summary of one stack, for planner messages. */
    String describeStack(int bay, int row) {
        StringBuilder sb = new StringBuilder(96);
        int s = stack(bay, row);
        for (int t = 0; t < stackHeight[s]; t++) {
            if (t > 0) {
                sb.append('/');
            }
            sb.append(slotPod[s * tiers + t]);
            if (slotHazard[s * tiers + t] != 0) {
                sb.append("(DG").append(slotHazard[s * tiers + t]).append(')');
            }
        }
        sb.append(" ").append(stackMassKg[s] / 1000).append('t');
        return sb.toString();
    }

    /** Reefer sockets are fitted in the aft bays only. */
    boolean hasReeferPlug(int bay) {
        return bay < REEFER_BAYS;
    }

    boolean hasRoom(int bay, int row) {
        return stackHeight[stack(bay, row)] < tiers;
    }

    int place(int bay, int row, ContainerUnit c) {
        int s = stack(bay, row);
        int tier = stackHeight[s]++;
        stackMassKg[s] += c.getGrossMassKg();
        bayMassKg[bay] += c.getGrossMassKg();
        trimTonneBays += (bay - (bays - 1) / 2.0) * c.getGrossMassKg() / 1000.0;
        slotPod[s * tiers + tier] = c.getPortOfDischarge();
        slotUn[s * tiers + tier] = c.getUnNumber();
        slotHazard[s * tiers + tier] = c.getHazardClass();
        return tier;
    }

    /** Trim moment about midships, in tonne-bays. */
    double trimMoment() {
        double m = 0;
        double mid = (bays - 1) / 2.0;
        for (int b = 0; b < bays; b++) {
            m += (b - mid) * bayMassKg[b] / 1000.0;
        }
        return m;
    }

    /** Listing moment about the centre line, in tonne-rows. */
    double listMoment() {
        double m = 0;
        double mid = (rows - 1) / 2.0;
        for (int b = 0; b < bays; b++) {
            for (int r = 0; r < rows; r++) {
                m += (r - mid) * mass(b, r) / 1000.0;
            }
        }
        return m;
    }

    /** Number of containers stowed above a container for an earlier port (a restow). */
    int overstows(String[] rotation) {
        int count = 0;
        for (int b = 0; b < bays; b++) {
            for (int r = 0; r < rows; r++) {
                int minAbove = Integer.MAX_VALUE;
                for (int t = height(b, r) - 1; t >= 0; t--) {
                    int idx = portIndex(rotation, podAt(b, r, t));
                    if (idx > minAbove) {
                        count++;
                    }
                    minAbove = Math.min(minAbove, idx);
                }
            }
        }
        return count;
    }

    private static int portIndex(String[] rotation, String pod) {
        for (int i = 0; i < rotation.length; i++) {
            if (rotation[i].equals(pod)) {
                return i;
            }
        }
        return rotation.length;
    }

    public BayPlan copy() {
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
                out.writeObject(this);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
                return (BayPlan) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
