import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class FruitReading {
    private static final Pattern LINE = Pattern.compile(
            "L(\\d),([A-Za-z]+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+(?:\\.\\d+)?)");

    final int lane;
    final String variety;
    final int grams;
    final int diameter;
    final int blush;
    final int defects;
    final double brix;

    private FruitReading(int lane, String variety, int grams, int diameter, int blush, int defects, double brix) {
        this.lane = lane; this.variety = variety; this.grams = grams; this.diameter = diameter;
        this.blush = blush; this.defects = defects; this.brix = brix;
    }

    static FruitReading parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) return null;
        return new FruitReading(
                m.group(1).charAt(0) - '0', m.group(2).intern(),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                Double.parseDouble(m.group(7)));
    }
}
