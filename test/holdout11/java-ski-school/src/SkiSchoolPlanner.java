import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Weekly planning run of the ski school: imports the shop's bookings,
 * forms classes for every day and slot, assigns instructors and issues
 * the invoices.
 */
public final class SkiSchoolPlanner {

    record SlotPlan(LocalDate date, int slot, List<LessonClass> classes, InstructorAssigner.Result result) {}

    public static void main(String[] args) throws Exception {
        int families = args.length > 0 ? Integer.parseInt(args[0]) : 1100;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 9_000_000;
        long t0 = System.nanoTime();
        LocalDate weekStart = LocalDate.of(2025, 2, 8);

        List<String> export = BookingImporter.export(families, weekStart, 11);
        List<Booking> bookings = new ArrayList<>(export.size());
        int rejected = 0;
        for (String line : export) {
            Booking b = BookingImporter.parse(line);
            if (b == null) {
                rejected++;
            } else {
                bookings.add(b);
            }
        }
        System.out.printf("imported %d bookings (%d rejected)%n", bookings.size(), rejected);

        Map<String, Integer> pointIndex = new HashMap<>();
        for (String p : BookingImporter.MEETING_POINTS) {
            pointIndex.put(p, pointIndex.size());
        }
        int[][] walk = {
            {0, 12, 6, 25, 8},
            {12, 0, 10, 15, 18},
            {6, 10, 0, 22, 9},
            {25, 15, 22, 0, 30},
            {8, 18, 9, 30, 0},
        };
        List<Instructor> staff = roster(640, new Random(3));

        Map<LocalDate, Map<Integer, List<Booking>>> bySlot = new TreeMap<>();
        for (Booking b : bookings) {
            bySlot.computeIfAbsent(b.date(), d -> new HashMap<>()).computeIfAbsent(b.slot(), s -> new ArrayList<>()).add(b);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        InstructorAssigner assigner = new InstructorAssigner(staff, pointIndex, walk);
        List<Future<SlotPlan>> plans = new ArrayList<>();
        int firstId = 1;
        for (Map.Entry<LocalDate, Map<Integer, List<Booking>>> day : bySlot.entrySet()) {
            for (Map.Entry<Integer, List<Booking>> slot : day.getValue().entrySet()) {
                LocalDate date = day.getKey();
                int s = slot.getKey();
                List<Booking> pupils = slot.getValue();
                int idBase = firstId;
                firstId += 10_000;
                plans.add(pool.submit(() -> {
                    List<LessonClass> classes = new ClassBuilder(idBase).build(date, s, pupils);
                    return new SlotPlan(date, s, classes, assigner.assign(classes, date.toEpochDay() * 2 + s, iterations));
                }));
            }
        }
        Future<List<Invoicing.Invoice>> invoicesF = pool.submit(() -> Invoicing.invoices(bookings));

        System.out.printf("%-12s %-4s %8s %8s %10s %9s %9s%n", "date", "slot", "pupils", "classes", "cost", "lang-miss", "unstaffed");
        int[] lessonsPerInstructor = new int[staff.size()];
        for (Future<SlotPlan> f : plans) {
            SlotPlan p = f.get();
            int pupils = 0;
            for (LessonClass c : p.classes()) {
                pupils += c.pupils.size();
            }
            for (int i : p.result().instructorOf()) {
                if (i >= 0) {
                    lessonsPerInstructor[i]++;
                }
            }
            System.out.printf("%-12s %-4s %8d %8d %10d %9d %9d%n", p.date(), p.slot() == 0 ? "AM" : "PM", pupils,
                p.classes().size(), p.result().cost(), p.result().languageMisses(), p.result().unstaffed());
        }
        List<Invoicing.Invoice> invoices = invoicesF.get();
        pool.shutdown();

        int idle = 0, busiest = 0;
        for (int n : lessonsPerInstructor) {
            if (n == 0) {
                idle++;
            }
            busiest = Math.max(busiest, n);
        }
        double revenue = 0;
        for (Invoicing.Invoice inv : invoices) {
            revenue += inv.total();
        }
        System.out.printf("%ninstructors: %d, idle all week: %d, most lessons: %d%n", staff.size(), idle, busiest);
        System.out.printf("invoices: %d, revenue EUR %.2f%n", invoices.size(), revenue);
        System.out.printf("sample invoice:%n%s", invoices.get(0).text());
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static List<Instructor> roster(int n, Random rng) {
        String[] names = {"Alois", "Birgit", "Chris", "Dani", "Elias", "Franzi", "Georg", "Hanna", "Ivo", "Julia", "Kathi", "Lukas"};
        String[] extra = {"en", "nl", "fr", "it", "pl", "cs"};
        List<Instructor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<String> langs = new HashSet<>();
            langs.add("de");
            if (rng.nextDouble() < 0.8) {
                langs.add("en");
            }
            int more = rng.nextInt(3);
            for (int k = 0; k < more; k++) {
                langs.add(extra[rng.nextInt(extra.length)]);
            }
            out.add(new Instructor(i, names[i % names.length] + " " + (char) ('A' + i % 26) + ".", Set.copyOf(langs),
                3 + rng.nextInt(4), rng.nextInt(5) == 0, rng.nextInt(3) > 0,
                BookingImporter.MEETING_POINTS[rng.nextInt(BookingImporter.MEETING_POINTS.length)]));
        }
        return out;
    }
}
