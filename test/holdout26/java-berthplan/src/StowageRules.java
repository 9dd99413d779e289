package berthplan;

/** Stowage rules: reefer plug positions and IMDG-style segregation between dangerous goods classes. */
public class StowageRules {

    /** Hazard class derived from the UN number band (simplified catalogue). */
    static int hazardClass(String un) {
        int n = Integer.parseInt(un, 2, un.length(), 10);
        if (n < 1500) return 2;
        if (n < 2000) return 3;
        if (n < 2500) return 5;
        return 8;
    }

    /** Classes that must be "separated from" each other (not in adjacent stacks). */
    static boolean incompatible(int a, int b) {
        return a != b && (a == 5 || b == 5 || (a == 3 && b == 8) || (a == 8 && b == 3));
    }

    public void check(BayPlan plan, int bay, int row, ContainerUnit c) throws StowageRuleViolation {
        if (c.isReefer() && !plan.hasReeferPlug(bay)) {
            throw new StowageRuleViolation(c.getContainerNo() + " (" + c.getIsoType() + ", " + c.getPortOfDischarge()
                    + ") is a reefer; bay " + bay + " row " + row + " has no reefer plugs [stack "
                    + plan.describeStack(bay, row) + "]", null, null);
        }
        int cls = c.getHazardClass();
        if (cls == 0) {
            return;
        }
        String un = c.getUnNumber();
        for (int b = Math.max(0, bay - 1); b <= Math.min(plan.bays - 1, bay + 1); b++) {
            for (int r = Math.max(0, row - 1); r <= Math.min(plan.rows - 1, row + 1); r++) {
                int h = plan.height(b, r);
                for (int t = 0; t < h; t++) {
                    int otherCls = plan.hazardAt(b, r, t);
                    if (otherCls != 0 && incompatible(cls, otherCls)) {
                        String other = plan.unAt(b, r, t);
                        throw new StowageRuleViolation(c.getContainerNo() + " (" + un + ", class " + cls
                                + ") cannot be stowed in bay " + bay + " row " + row + " next to " + other
                                + " in bay " + b + " row " + r + " tier " + t, un, other);
                    }
                }
            }
        }
    }
}
