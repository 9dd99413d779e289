import java.util.HashMap;
import java.util.Map;

public final class SkyCatalog {
    static final class Target {
        final String name;
        final double ra;
        final double dec;

        Target(String name, double ra, double dec) {
            this.name = name;
            this.ra = ra;
            this.dec = dec;
        }
    }

    private final Map<String, Target> byName = new HashMap<>();
    private final Target[] all;

    private SkyCatalog(Target[] all) {
        this.all = all;
        for (Target t : all) {
            byName.put(t.name, t);
        }
    }

    static SkyCatalog standard() {
        Target[] t = new Target[120];
        for (int i = 0; i < t.length; i++) {
            String prefix = i % 3 == 0 ? "M" : (i % 3 == 1 ? "NGC" : "IC");
            t[i] = new Target(prefix + (i * 37 % 7000 + 1), (i * 0.2) % 24.0, -30.0 + (i * 7.3) % 100.0);
        }
        return new SkyCatalog(t);
    }

    Target lookup(String name) {
        return byName.get(name);
    }

    Target at(int i) {
        return all[i % all.length];
    }

    int size() {
        return all.length;
    }
}
