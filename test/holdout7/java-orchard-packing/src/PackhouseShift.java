import java.util.List;

public class PackhouseShift {
    public static void main(String[] args) {
        int shifts = args.length > 0 ? Integer.parseInt(args[0]) : 170;
        GraderFeed feed = new GraderFeed(4_410_027L);
        Grader grader = new Grader();
        BinAllocator bins = new BinAllocator(48);
        PackoutReport report = new PackoutReport();
        for (int s = 0; s < shifts; s++) {
            List<String> lines = feed.shift(s, 30_000);
            for (String line : lines) {
                FruitReading r = FruitReading.parse(line);
                if (r == null) {
                    report.unreadable++;
                    continue;
                }
                Grade g = grader.grade(r);
                bins.place(r, g);
            }
            report.addShift(s, bins.closeShift());
        }
        System.out.println(report.summary());
    }
}
