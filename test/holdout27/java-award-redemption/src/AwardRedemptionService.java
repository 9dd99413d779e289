import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Batch processor for frequent-flyer award redemptions: prices each request
 * against the award chart, holds award seats, debits miles and produces the
 * confirmation letters and the audit trail for the loyalty back office.
 */
public class AwardRedemptionService {
    static final String[][] AIRPORTS = {
        {"LHR", "MAN", "EDI", "DUB"},
        {"CDG", "FRA", "AMS", "MAD", "FCO", "ZRH"},
        {"JFK", "BOS", "ORD", "YYZ"},
        {"LAX", "SFO", "SEA"},
        {"DXB", "DOH", "BOM"},
        {"SIN", "HKG", "NRT", "SYD"},
    };
    static final String[] CARRIERS = {"BX", "BX", "BX", "LP", "OC"};
    static final Set<String> DEFERRED_TICKETING = Set.of("OC");
    static final String[] LANGS = {"en-GB", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "ja-JP", "pt-BR", "nl-NL"};
    static final String[] CHANNELS = {"web", "app", "contact-centre", "partner"};
    static final String[] SURNAMES = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Schneider", "Rossi", "Patel", "Silva", "Murphy", "de Vries"};
    static final String[] GIVEN = {"Ada", "Bruno", "Chloe", "Daisuke", "Elena", "Farid", "Greta", "Hugo", "Imani", "Jonas"};

    final Map<String, MemberAccount> members = new HashMap<>();
    final FlightInventory inventory = new FlightInventory();
    final AwardChart chart = new AwardChart(AIRPORTS);
    final AuditTrail audit = new AuditTrail();
    final Map<String, BigDecimal> fxToCurrency = new HashMap<>();
    final MessageDigest letterDigest;
    final LocalDate today = LocalDate.of(2024, 9, 2);
    final SplittableRandom rnd = new SplittableRandom(20240902L);
    int pnrSeq = 100000;

    int confirmed;
    int declinedBalance;
    int declinedSpace;
    int rolledBack;
    int declinedExpired;
    long milesRedeemed;
    BigDecimal taxesCollected = BigDecimal.ZERO;

    AwardRedemptionService() throws Exception {
        letterDigest = MessageDigest.getInstance("SHA-256");
        fxToCurrency.put("GBP", BigDecimal.ONE);
        fxToCurrency.put("EUR", new BigDecimal("1.1840"));
        fxToCurrency.put("USD", new BigDecimal("1.3120"));
        fxToCurrency.put("JPY", new BigDecimal("189.55"));
        fxToCurrency.put("BRL", new BigDecimal("7.3010"));
    }

    static String currencyFor(String lang) {
        switch (lang) {
            case "en-GB": return "GBP";
            case "ja-JP": return "JPY";
            case "pt-BR": return "BRL";
            default: return "EUR";
        }
    }

    void enrolMembers(int count) {
        MemberAccount.Tier[] tiers = MemberAccount.Tier.values();
        for (int i = 0; i < count; i++) {
            String number = "BX" + (40000000 + i * 7);
            MemberAccount m = new MemberAccount(number, SURNAMES[rnd.nextInt(SURNAMES.length)],
                GIVEN[rnd.nextInt(GIVEN.length)], LANGS[rnd.nextInt(LANGS.length)].substring(3),
                tiers[Math.min(3, rnd.nextInt(6))]);
            int activity = 10 + rnd.nextInt(16);
            LocalDate d = today.minusDays(1250);
            for (int k = 0; k < activity; k++) {
                d = d.plusDays(1 + rnd.nextInt(80));
                String partner = k % 4 == 0 ? "HOTEL" : (k % 7 == 0 ? "CARHIRE" : "FLIGHT");
                m.accrue("ACR" + i + "-" + k, d, partner, partner + " activity", 500 + rnd.nextInt(9000));
            }
            for (int n = 0; n < rnd.nextInt(4); n++) {
                m.nominees.add(GIVEN[rnd.nextInt(GIVEN.length)] + " " + m.surname);
            }
            members.put(number, m);
        }
    }

    void scheduleFlights(int days) {
        List<String> all = new ArrayList<>();
        for (String[] zone : AIRPORTS) {
            for (String a : zone) {
                all.add(a);
            }
        }
        for (String o : all) {
            for (String d : all) {
                if (o.equals(d) || (o.hashCode() ^ d.hashCode()) % 3 == 0) {
                    continue;
                }
                int perDay = 1 + Math.abs(o.hashCode() + d.hashCode()) % 3;
                for (int day = 0; day < days; day++) {
                    LocalDate date = today.plusDays(day);
                    for (int k = 0; k < perDay; k++) {
                        FlightInventory.Flight f = new FlightInventory.Flight(
                            CARRIERS[rnd.nextInt(CARRIERS.length)], 100 + rnd.nextInt(1800), o, d, date,
                            360 + k * 300 + rnd.nextInt(120));
                        f.capacity[0] = 180; f.capacity[1] = 28; f.capacity[2] = 36; f.capacity[3] = 8;
                        for (int c = 0; c < 4; c++) {
                            f.sold[c] = rnd.nextInt(f.capacity[c] + 1);
                            f.awardSeats[c] = Math.max(0, Math.min(f.capacity[c] - f.sold[c], rnd.nextInt(6)));
                        }
                        inventory.add(f);
                    }
                }
            }
        }
    }

    List<RedemptionRequest> incomingRequests(int count, int days) {
        List<String> all = new ArrayList<>();
        for (String[] zone : AIRPORTS) {
            for (String a : zone) {
                all.add(a);
            }
        }
        List<String> numbers = new ArrayList<>(members.keySet());
        numbers.sort(Comparator.naturalOrder());
        AwardChart.Cabin[] cabins = AwardChart.Cabin.values();
        List<RedemptionRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String o = all.get(rnd.nextInt(all.size()));
            String d = all.get(rnd.nextInt(all.size()));
            if (o.equals(d)) {
                d = all.get((all.indexOf(o) + 5) % all.size());
            }
            int cabinRoll = rnd.nextInt(10);
            AwardChart.Cabin cabin = cabins[cabinRoll < 6 ? 0 : cabinRoll < 7 ? 1 : cabinRoll < 9 ? 2 : 3];
            out.add(new RedemptionRequest("RQ" + (900000 + i), numbers.get(rnd.nextInt(numbers.size())), o, d,
                today.plusDays(3 + rnd.nextInt(days - 5)), cabin, 1 + (rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(3) : 0),
                CHANNELS[rnd.nextInt(CHANNELS.length)], LANGS[rnd.nextInt(LANGS.length)]));
        }
        return out;
    }

    BigDecimal taxesFor(FlightInventory.Flight f, AwardChart.Cabin cabin, int pax, String currency) {
        BigDecimal apd = new BigDecimal(chart.zoneOf(f.origin) == 0 ? (cabin == AwardChart.Cabin.ECONOMY ? "13.00" : "87.00") : "0.00");
        BigDecimal airport = new BigDecimal(18 + Math.abs(f.origin.hashCode()) % 40);
        BigDecimal carrier = new BigDecimal(f.carrier.equals("BX") ? 0 : 35 + cabin.ordinal() * 40);
        BigDecimal security = new BigDecimal("7.45");
        BigDecimal perPax = apd.add(airport).add(carrier).add(security);
        BigDecimal gbp = perPax.multiply(BigDecimal.valueOf(pax));
        return gbp.multiply(fxToCurrency.get(currency)).setScale(currency.equals("JPY") ? 0 : 2, RoundingMode.HALF_UP);
    }

    void process(RedemptionRequest rq) {
        MemberAccount member = members.get(rq.memberNumber);
        int cabin = rq.cabin.ordinal();
        FlightInventory.Flight best = null;
        long bestMiles = Long.MAX_VALUE;
        for (int flex = 0; flex <= 2 && best == null; flex++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                LocalDate date = rq.travelDate.plusDays((long) sign * flex);
                for (FlightInventory.Flight f : inventory.find(rq.origin, rq.destination, date)) {
                    if (f.awardSeats[cabin] < rq.passengers) {
                        continue;
                    }
                    boolean peak = date.getMonthValue() == 12 || (date.getDayOfWeek().getValue() >= 5);
                    long miles = chart.price(rq.origin, rq.destination, rq.cabin, peak, !f.carrier.equals("BX"),
                        f.loadFactor(cabin)) * rq.passengers;
                    if (miles < bestMiles) {
                        best = f;
                        bestMiles = miles;
                    }
                }
                if (flex == 0) {
                    break;
                }
            }
        }
        if (best == null) {
            declinedSpace++;
            audit.record("DECLINE_SPACE", rq);
            return;
        }
        if (member.balance < bestMiles) {
            declinedBalance++;
            audit.record("DECLINE_BALANCE", rq, best, member);
            return;
        }

        // non-alliance partners ticket after the debit, so keep a copy to restore
        boolean partnerAward = DEFERRED_TICKETING.contains(best.carrier);
        MemberAccount before = partnerAward ? AccountSnapshots.deepCopy(member) : null;
        String pnr = Integer.toString(pnrSeq++, 36).toUpperCase();
        if (!member.debit(pnr, today, rq.origin + "-" + rq.destination + " " + rq.cabin, bestMiles)) {
            declinedExpired++;
            audit.record("DECLINE_EXPIRED", rq, member);
            return;
        }
        if (partnerAward && !partnerConfirms(best, rq)) {
            members.put(member.memberNumber, before);
            rolledBack++;
            audit.record("ROLLBACK_PARTNER", rq, before);
            return;
        }
        best.awardSeats[cabin] -= rq.passengers;
        best.sold[cabin] += rq.passengers;

        String currency = currencyFor(rq.languageTag);
        BigDecimal taxes = taxesFor(best, rq.cabin, rq.passengers, currency);
        AwardBooking booking = new AwardBooking(pnr, rq.requestId, member.memberNumber, best.flightNumber(),
            best.origin, best.destination, best.departure, best.departureMinutes, rq.cabin, rq.passengers,
            bestMiles, taxes, currency, member.balance);
        String letter = ConfirmationLetter.render(booking, member, rq.languageTag);
        letterDigest.update(letter.getBytes(StandardCharsets.UTF_8));
        audit.record("REDEEM", rq, booking, best, member);

        confirmed++;
        milesRedeemed += bestMiles;
        if (currency.equals("GBP")) {
            taxesCollected = taxesCollected.add(taxes);
        }
    }

    /** Partner ticketing answer; partners occasionally refuse when their own inventory has moved. */
    boolean partnerConfirms(FlightInventory.Flight f, RedemptionRequest rq) {
        int cabin = rq.cabin.ordinal();
        return f.sold[cabin] + rq.passengers <= f.capacity[cabin] && rnd.nextInt(15) != 0;
    }

    void postPartnerActivity(int count) {
        List<String> numbers = new ArrayList<>(members.keySet());
        numbers.sort(Comparator.naturalOrder());
        for (int i = 0; i < count; i++) {
            MemberAccount m = members.get(numbers.get(rnd.nextInt(numbers.size())));
            m.accrue("PTN" + i, today, "PARTNER", "Partner accrual", 200 + rnd.nextInt(4000));
        }
    }

    String tierReview() {
        int[] perTier = new int[4];
        List<MemberAccount> sorted = new ArrayList<>(members.values());
        sorted.sort(Comparator.comparingLong((MemberAccount m) -> -m.balance).thenComparing(m -> m.memberNumber));
        for (MemberAccount m : sorted) {
            MemberAccount.Tier t = m.tierMilesYtd > 120000 ? MemberAccount.Tier.PLATINUM
                : m.tierMilesYtd > 60000 ? MemberAccount.Tier.GOLD
                : m.tierMilesYtd > 25000 ? MemberAccount.Tier.SILVER : MemberAccount.Tier.BLUE;
            m.tier = t;
            perTier[t.ordinal()]++;
        }
        return "top=" + sorted.get(0).memberNumber + " blue=" + perTier[0] + " silver=" + perTier[1]
            + " gold=" + perTier[2] + " platinum=" + perTier[3];
    }

    public static void main(String[] args) throws Exception {
        int memberCount = args.length > 0 ? Integer.parseInt(args[0]) : 50000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int perBatch = args.length > 2 ? Integer.parseInt(args[2]) : 40000;
        long t0 = System.nanoTime();
        AwardRedemptionService svc = new AwardRedemptionService();
        svc.enrolMembers(memberCount);
        svc.scheduleFlights(120);
        System.out.printf("members=%d flights=%d%n", svc.members.size(), svc.inventory.size());
        for (int b = 0; b < batches; b++) {
            List<RedemptionRequest> batch = svc.incomingRequests(perBatch, 120);
            for (RedemptionRequest rq : batch) {
                svc.process(rq);
            }
            svc.postPartnerActivity(perBatch / 2);
            System.out.printf("batch %d: confirmed=%d declinedBalance=%d declinedExpired=%d declinedSpace=%d rolledBack=%d %s%n",
                b + 1, svc.confirmed, svc.declinedBalance, svc.declinedExpired, svc.declinedSpace, svc.rolledBack, svc.tierReview());
        }
        System.out.printf("miles=%d taxesGBP=%s audit=%d bytes crc=%08x letters=%s elapsed=%dms%n",
            svc.milesRedeemed, svc.taxesCollected, svc.audit.bytes(), svc.audit.checksum(),
            HexFormat.of().formatHex(svc.letterDigest.digest()).substring(0, 16), (System.nanoTime() - t0) / 1_000_000);
    }
}
