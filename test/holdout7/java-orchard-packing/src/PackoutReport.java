import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public class PackoutReport {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.GERMANY);
    int unreadable;
    private final Map<String, Integer> bins = new TreeMap<>();
    private int shifts;

    void addShift(int shift, Map<String, Integer> closed) {
        shifts++;
        closed.forEach((k, v) -> bins.merge(k, v, Integer::sum));
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("shifts=").append(shifts).append(" unreadable=").append(COUNT.format(unreadable));
        int total = 0;
        String top = "";
        int topN = -1;
        for (Map.Entry<String, Integer> e : bins.entrySet()) {
            total += e.getValue();
            if (e.getValue() > topN) { topN = e.getValue(); top = e.getKey(); }
        }
        sb.append(" bins=").append(COUNT.format(total)).append(" top=").append(top);
        return sb.toString();
    }
}
