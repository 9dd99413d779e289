import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

public class MemberAccount implements Serializable {
    private static final long serialVersionUID = 3L;

    public enum Tier { BLUE, SILVER, GOLD, PLATINUM }

    final String memberNumber;
    final String surname;
    final String givenName;
    final String homeCountry;
    Tier tier;
    long balance;
    long tierMilesYtd;
    final List<MileageBucket> buckets = new ArrayList<>();
    final List<MileageTransaction> history = new ArrayList<>();
    final List<String> nominees = new ArrayList<>();

    MemberAccount(String memberNumber, String surname, String givenName, String homeCountry, Tier tier) {
        this.memberNumber = memberNumber;
        this.surname = surname;
        this.givenName = givenName;
        this.homeCountry = homeCountry;
        this.tier = tier;
    }

    /** Miles earned on a date expire 36 months later; buckets are kept oldest first. */
    public static class MileageBucket implements Serializable {
        private static final long serialVersionUID = 1L;
        final LocalDate earned;
        final LocalDate expires;
        long remaining;

        MileageBucket(LocalDate earned, long miles) {
            this.earned = earned;
            this.expires = earned.plusMonths(36);
            this.remaining = miles;
        }
    }

    public static class MileageTransaction implements Serializable {
        private static final long serialVersionUID = 2L;
        final String reference;
        final LocalDate date;
        final String partner;
        final String description;
        final long miles;

        MileageTransaction(String reference, LocalDate date, String partner, String description, long miles) {
            this.reference = reference;
            this.date = date;
            this.partner = partner;
            this.description = description;
            this.miles = miles;
        }
    }

    static final int HISTORY_RETAINED = 12;

    private void retainRecentHistory() {
        if (history.size() > HISTORY_RETAINED) {
            history.subList(0, history.size() - HISTORY_RETAINED).clear();
        }
    }

    long expiringBefore(LocalDate cutoff) {
        long sum = 0;
        for (MileageBucket b : buckets) {
            if (b.expires.isBefore(cutoff)) {
                sum += b.remaining;
            }
        }
        return sum;
    }

    void accrue(String ref, LocalDate date, String partner, String description, long miles) {
        buckets.add(new MileageBucket(date, miles));
        history.add(new MileageTransaction(ref, date, partner, description, miles));
        balance += miles;
        tierMilesYtd += miles / 2;
        retainRecentHistory();
    }

    /** Debits miles oldest-bucket-first, skipping expired buckets. Returns false if short. */
    boolean debit(String ref, LocalDate today, String description, long miles) {
        long available = 0;
        for (MileageBucket b : buckets) {
            if (!b.expires.isBefore(today)) {
                available += b.remaining;
            }
        }
        if (available < miles) {
            return false;
        }
        long left = miles;
        for (MileageBucket b : buckets) {
            if (left == 0) {
                break;
            }
            if (b.expires.isBefore(today) || b.remaining == 0) {
                continue;
            }
            long take = Math.min(left, b.remaining);
            b.remaining -= take;
            left -= take;
        }
        buckets.removeIf(b -> b.remaining == 0);
        balance -= miles;
        history.add(new MileageTransaction(ref, today, "AWARD", description, -miles));
        retainRecentHistory();
        return true;
    }
}
