package ventilation;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans the ventilation for one month of the mine schedule: sets stope
 * regulators so every active working place receives its statutory airflow
 * and picks the cheapest fan blade angle that achieves it.
 */
public final class VentilationPlanner {
    static final double AIR_PER_KW = 0.06;       // m3/s per kW of diesel
    static final double MIN_STOPE_FLOW = 12.0;   // m3/s
    static final double CLOSED_REGULATOR = 80.0; // Ns2/m8, bulkhead with leakage
    static final double POWER_COST = 0.14;       // $/kWh

    /** Result for one month. */
    static final class MonthPlan {
        final int month;
        int levels;
        int activeStopes;
        double bladeAngle = Double.NaN;
        double fanFlow;
        double fanPressure;
        double fanPowerKw;
        double monthlyCost;
        double requiredTotal;
        int shortfalls;
        int iterations;
        final List<String> stopeLines = new ArrayList<>();

        MonthPlan(int month) {
            this.month = month;
        }
    }

    private final long seed;

    VentilationPlanner(long seed) {
        this.seed = seed;
    }

    MonthPlan plan(int month) {
        int levels = Math.min(4 + month / 5, 14);
        MineNetwork net = MineNetwork.build(levels, 9, seed);
        MonthPlan plan = new MonthPlan(month);
        plan.levels = levels;
        // Production moves down the orebody: the deepest three levels are
        // stoping, the level above is being filled, the rest are closed.
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 31 + month);
        for (int l = 0; l < levels; l++) {
            for (int id : net.levelStopes.get(l)) {
                Airway st = net.airways.get(id);
                boolean active = l >= levels - 3 && r.nextInt(3) != 0;
                if (active) {
                    st.dieselKw = 250 + r.nextInt(4) * 120;
                    st.requiredFlow = Math.max(MIN_STOPE_FLOW, st.dieselKw * AIR_PER_KW);
                    plan.activeStopes++;
                    plan.requiredTotal += st.requiredFlow;
                } else {
                    st.regulator = CLOSED_REGULATOR;
                }
            }
        }
        MeshSet meshes = MeshSet.of(net);
        double bestCost = Double.MAX_VALUE;
        for (double angle = -6; angle <= 24; angle += 1) {
            FanCurve fan = new FanCurve(angle);
            resetRegulators(net);
            HardyCrossSolver solver = new HardyCrossSolver(net, meshes);
            double[] q = null;
            int shortfalls = 0;
            for (int round = 0; round < 10; round++) {
                q = solver.solve(fan, 2e-4, 3000);
                plan.iterations += solver.lastIterations();
                shortfalls = balanceRegulators(net, q);
                if (shortfalls < 0) {
                    break;
                }
            }
            shortfalls = countShortfalls(net, q);
            double fanQ = Math.abs(q[net.fanAirway]);
            double power = fan.shaftPower(fanQ);
            double cost = power * 24 * 30 * POWER_COST;
            if (shortfalls == 0 && cost < bestCost) {
                bestCost = cost;
                plan.bladeAngle = angle;
                plan.fanFlow = fanQ;
                plan.fanPressure = fan.pressure(fanQ);
                plan.fanPowerKw = power;
                plan.monthlyCost = cost;
                plan.shortfalls = 0;
                plan.stopeLines.clear();
                for (int[] level : net.levelStopes) {
                    for (int id : level) {
                        Airway st = net.airways.get(id);
                        if (st.requiredFlow > 0) {
                            plan.stopeLines.add(String.format("    %-16s diesel %4.0f kW  required %5.1f  actual %5.1f m3/s  regulator %7.3f Ns2/m8  v %4.2f m/s",
                                    st.name, st.dieselKw, st.requiredFlow, Math.abs(q[id]), st.regulator, st.velocity(q[id])));
                        }
                    }
                }
            } else if (Double.isNaN(plan.bladeAngle)) {
                plan.shortfalls = shortfalls;
            }
        }
        return plan;
    }

    private static void resetRegulators(MineNetwork net) {
        for (int[] level : net.levelStopes) {
            for (int id : level) {
                Airway st = net.airways.get(id);
                if (st.requiredFlow > 0) {
                    st.regulator = 0;
                }
            }
        }
    }

    /**
     * Raises regulator resistance in over-supplied stopes towards their
     * required flow. Returns -1 when every regulator is within 3 % of its
     * target, otherwise the number of stopes still adjusted.
     */
    private static int balanceRegulators(MineNetwork net, double[] q) {
        int adjusted = 0;
        for (int[] level : net.levelStopes) {
            for (int id : level) {
                Airway st = net.airways.get(id);
                if (st.requiredFlow <= 0) {
                    continue;
                }
                double actual = Math.abs(q[id]);
                if (actual > st.requiredFlow * 1.03) {
                    double pressure = st.resistance() * actual * actual;
                    double target = pressure / (st.requiredFlow * st.requiredFlow);
                    st.regulator += (target - st.resistance()) * 0.8;
                    adjusted++;
                } else if (actual < st.requiredFlow * 0.97 && st.regulator > 0) {
                    st.regulator *= 0.5;
                    adjusted++;
                }
            }
        }
        return adjusted == 0 ? -1 : adjusted;
    }

    private static int countShortfalls(MineNetwork net, double[] q) {
        int n = 0;
        for (int[] level : net.levelStopes) {
            for (int id : level) {
                Airway st = net.airways.get(id);
                if (st.requiredFlow > 0 && Math.abs(q[id]) < st.requiredFlow * 0.95) {
                    n++;
                }
            }
        }
        return n;
    }
}
