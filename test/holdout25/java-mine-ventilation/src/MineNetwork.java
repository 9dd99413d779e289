package ventilation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ventilation network of an underground metal mine: fresh air down the
 * intake shaft and decline, along level drives, through the stopes and up
 * the return raise to the main exhaust fan.
 */
public final class MineNetwork {
    final List<Airway> airways = new ArrayList<>();
    final List<int[]> levelStopes = new ArrayList<>();
    int nodeCount;
    int fanAirway = -1;

    private int node() {
        return nodeCount++;
    }

    private Airway add(int from, int to, Airway.Kind kind, String name, double length, double area, double perimeter, double k) {
        Airway a = new Airway(airways.size(), from, to, kind, name, length, area, perimeter, k);
        airways.add(a);
        return a;
    }

    /** Builds the network for the mine's developed levels. */
    static MineNetwork build(int levels, int stopesPerLevel, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        MineNetwork n = new MineNetwork();
        int intakeTop = n.node();
        int exhaustTop = n.node();
        int fanInlet = n.node();
        n.add(exhaustTop, intakeTop, Airway.Kind.SURFACE, "atmosphere", 1, 400, 80, 0.0001);
        Airway fan = n.add(fanInlet, exhaustTop, Airway.Kind.SHAFT, "main fan evase", 30, 20, 16, 0.004);
        fan.fan = true;
        n.fanAirway = fan.id;
        int prevIntake = intakeTop;
        int prevDecline = intakeTop;
        int prevReturn = fanInlet;
        for (int l = 0; l < levels; l++) {
            double depth = 60 + l * 25;
            String lv = String.format("L%03d", (int) (900 - depth));
            int shaftStation = n.node();
            int declineAccess = n.node();
            int returnStation = n.node();
            n.add(prevIntake, shaftStation, Airway.Kind.SHAFT, lv + " intake shaft", l == 0 ? 60 : 25, 24, 17.4, 0.0035);
            n.add(prevDecline, declineAccess, Airway.Kind.DECLINE, lv + " decline", l == 0 ? 700 : 290, 30, 22, 0.012);
            n.add(returnStation, prevReturn, Airway.Kind.RAISE, lv + " return raise", l == 0 ? 60 : 25, 23.8, 17.3, 0.006);
            n.add(declineAccess, shaftStation, Airway.Kind.DRIVE, lv + " access", 80 + r.nextDouble() * 60, 25, 20, 0.011);
            int[] stopes = new int[stopesPerLevel];
            int prevDrive = shaftStation;
            int prevRet = returnStation;
            for (int s = 0; s < stopesPerLevel; s++) {
                int driveNode = n.node();
                int retNode = n.node();
                n.add(prevDrive, driveNode, Airway.Kind.DRIVE, lv + " drive " + s, 40 + r.nextDouble() * 40, 25, 20, 0.011);
                n.add(retNode, prevRet, Airway.Kind.RETURN, lv + " return drive " + s, 40 + r.nextDouble() * 40, 20, 18, 0.012);
                Airway stope = n.add(driveNode, retNode, Airway.Kind.STOPE, lv + " stope " + (char) ('A' + s),
                        60 + r.nextDouble() * 80, 18 + r.nextDouble() * 10, 17, 0.013);
                stopes[s] = stope.id;
                prevDrive = driveNode;
                prevRet = retNode;
            }
            // Level end: drive connects to the return through a ventilation door leak.
            Airway leak = n.add(prevDrive, prevRet, Airway.Kind.RETURN, lv + " door leakage", 5, 25, 20, 0.012);
            leak.regulator = 45;
            n.levelStopes.add(stopes);
            prevIntake = shaftStation;
            prevDecline = declineAccess;
            prevReturn = returnStation;
        }
        return n;
    }
}
