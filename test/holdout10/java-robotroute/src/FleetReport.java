import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Shift summary for the operations manager. */
final class FleetReport {
    private final DecimalFormat oneDp = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
    private final DecimalFormat whole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    private int waves, orders, rejected, batches, picks, charges, unreachable;
    private long moves, expanded;
    private double makespan, worstMakespan;
    private int worstWave = -1;

    void add(WaveResult r) {
        waves++;
        orders += r.orders;
        rejected += r.rejectedOrders;
        batches += r.batches;
        picks += r.picks;
        charges += r.charges;
        unreachable += r.unreachable;
        moves += r.moves;
        expanded = Math.max(expanded, r.expanded);
        makespan += r.makespanSeconds;
        if (r.makespanSeconds > worstMakespan) {
            worstMakespan = r.makespanSeconds;
            worstWave = r.wave;
        }
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("waves planned:      ").append(whole.format(waves)).append('\n');
        sb.append("orders / rejected:  ").append(whole.format(orders)).append(" / ").append(whole.format(rejected)).append('\n');
        sb.append("cart batches:       ").append(whole.format(batches)).append(" (").append(whole.format(picks)).append(" pick stops)\n");
        sb.append("travel:             ").append(whole.format(moves)).append(" cells, ").append(oneDp.format(moves * WavePlanner.SECONDS_PER_MOVE / 3600.0)).append(" robot-hours\n");
        sb.append("charging stops:     ").append(whole.format(charges)).append('\n');
        sb.append("unreachable faces:  ").append(whole.format(unreachable)).append('\n');
        sb.append("mean wave makespan: ").append(oneDp.format(waves == 0 ? 0 : makespan / waves / 60)).append(" min (worst: wave ")
          .append(worstWave).append(", ").append(oneDp.format(worstMakespan / 60)).append(" min)\n");
        sb.append("max A* expansions per worker: ").append(whole.format(expanded)).append('\n');
        return sb.toString();
    }
}
