package com.example.logscan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans access-log lines and builds a per-route summary: the kind of batch
 * job a service runs every few minutes. Two habits make it slower than it
 * needs to be, and a profile shows both:
 *
 * - {@link #fieldOf} compiles its regular expression on every call
 *   (Pattern.compile per line) instead of once in a static field;
 * - {@link #describe} builds every line of the report with String.format.
 *
 * The rest (parsing numbers, hashing routes, sorting) is ordinary work.
 */
public final class LogScanner {
    private static final String[] ROUTES = {"/orders", "/orders/{id}", "/cart", "/login", "/search", "/health"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};

    static final class RouteStats {
        long count;
        long totalMillis;
        long maxMillis;
        long errors;
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 12;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Random random = new Random(42);
        long batches = 0;
        long checksum = 0;
        while (System.nanoTime() < deadline) {
            List<String> lines = generate(random, 2_000);
            Map<String, RouteStats> stats = summarize(lines);
            List<String> report = describe(stats);
            checksum += report.size() + stats.size();
            batches++;
        }
        System.out.println("batches=" + batches + " checksum=" + checksum);
    }

    static List<String> generate(Random random, int n) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String route = ROUTES[random.nextInt(ROUTES.length)];
            String method = METHODS[random.nextInt(METHODS.length)];
            int status = random.nextInt(100) < 3 ? 500 : 200;
            int millis = 1 + random.nextInt(250);
            lines.add("ts=" + (1_700_000_000L + i) + " method=" + method + " route=" + route + " status=" + status + " ms=" + millis);
        }
        return lines;
    }

    static Map<String, RouteStats> summarize(List<String> lines) {
        Map<String, RouteStats> stats = new HashMap<>();
        for (String line : lines) {
            String route = fieldOf(line, "route");
            long millis = Long.parseLong(fieldOf(line, "ms"));
            boolean error = fieldOf(line, "status").startsWith("5");
            RouteStats s = stats.computeIfAbsent(route, r -> new RouteStats());
            s.count++;
            s.totalMillis += millis;
            s.maxMillis = Math.max(s.maxMillis, millis);
            if (error) s.errors++;
        }
        return stats;
    }

    /** The value of {@code key=...} in a log line. Compiles the pattern on every call. */
    static String fieldOf(String line, String key) {
        Pattern pattern = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + "=(\\S+)");
        Matcher m = pattern.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    static List<String> describe(Map<String, RouteStats> stats) {
        List<String> out = new ArrayList<>();
        List<String> routes = new ArrayList<>(stats.keySet());
        routes.sort(null);
        for (String route : routes) {
            RouteStats s = stats.get(route);
            for (int i = 0; i < 50; i++) {
                out.add(String.format("%-14s n=%6d avg=%8.2f ms max=%5d ms errors=%4d (%.1f%%)",
                        route, s.count, (double) s.totalMillis / s.count, s.maxMillis, s.errors, 100.0 * s.errors / s.count));
            }
        }
        return out;
    }
}
