import java.util.List;

public class RentalCounter {
    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        ScanLog log = new ScanLog(9001L, 150000, 4000);
        RentalLedger ledger = new RentalLedger();
        NoticeWriter notices = new NoticeWriter();
        long noticeChars = 0;
        int notices_ = 0;
        for (int day = 0; day < days; day++) {
            List<String> lines = log.dayOfScans(day, 14000);
            for (String line : lines) {
                ScanEvent ev = ScanEvent.parse(line);
                if (ev == null) {
                    continue;
                }
                ledger.apply(ev);
            }
            for (Rental overdue : ledger.overdue(day)) {
                noticeChars += notices.render(overdue, day).length();
                notices_++;
            }
        }
        System.out.printf("rentals=%d returned=%d notices=%d fines=%d.%02d chars=%d%n",
                ledger.rentalsOpened, ledger.returned, notices_, ledger.finesCents / 100, ledger.finesCents % 100, noticeChars);
    }
}
