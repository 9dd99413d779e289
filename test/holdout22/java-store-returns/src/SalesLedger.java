package storereturns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Sales receipts of the period, indexed by receipt number. */
final class SalesLedger {

    enum Tender { CARD, CASH, GIFT_CARD }

    record Store(int id, String name, Locale locale) {
    }

    static final class ReceiptLine {
        private final int lineNo;
        private final String sku;
        private final String upc;
        private final int quantity;
        private final long unitPriceCents;
        private final long discountCents;
        private final int taxRateBp;

        ReceiptLine(int lineNo, String sku, String upc, int quantity, long unitPriceCents, long discountCents,
                    int taxRateBp) {
            this.lineNo = lineNo;
            this.sku = sku;
            this.upc = upc;
            this.quantity = quantity;
            this.unitPriceCents = unitPriceCents;
            this.discountCents = discountCents;
            this.taxRateBp = taxRateBp;
        }

        int lineNo() {
            return lineNo;
        }

        String sku() {
            return sku;
        }

        String upc() {
            return upc;
        }

        int quantity() {
            return quantity;
        }

        long unitPriceCents() {
            return unitPriceCents;
        }

        long discountCents() {
            return discountCents;
        }

        int taxRateBp() {
            return taxRateBp;
        }

        @Override
        public String toString() {
            return "ReceiptLine{lineNo=" + lineNo + ", sku='" + sku + "', upc='" + upc + "', quantity=" + quantity
                    + ", unitPriceCents=" + unitPriceCents + ", discountCents=" + discountCents
                    + ", taxRateBp=" + taxRateBp + '}';
        }
    }

    static final class Receipt {
        private final String number;
        private final int storeId;
        private final String customerId;
        private final LocalDate saleDate;
        private final Tender tender;
        private final List<ReceiptLine> lines;

        Receipt(String number, int storeId, String customerId, LocalDate saleDate, Tender tender,
                List<ReceiptLine> lines) {
            this.number = number;
            this.storeId = storeId;
            this.customerId = customerId;
            this.saleDate = saleDate;
            this.tender = tender;
            this.lines = lines;
        }

        String number() {
            return number;
        }

        int storeId() {
            return storeId;
        }

        String customerId() {
            return customerId;
        }

        LocalDate saleDate() {
            return saleDate;
        }

        Tender tender() {
            return tender;
        }

        List<ReceiptLine> lines() {
            return lines;
        }

        @Override
        public String toString() {
            return "Receipt{number='" + number + "', storeId=" + storeId + ", customerId='" + customerId
                    + "', saleDate=" + saleDate + ", tender=" + tender + ", lines=" + lines + '}';
        }
    }

    static final List<Store> STORES = List.of(
            new Store(101, "Halifax Waterfront", Locale.CANADA),
            new Store(102, "Montreal Centre-Ville", Locale.CANADA_FRENCH),
            new Store(103, "Quebec Sainte-Foy", Locale.CANADA_FRENCH),
            new Store(104, "Toronto Eaton", Locale.CANADA),
            new Store(105, "Ottawa Rideau", Locale.CANADA),
            new Store(106, "Winnipeg Polo Park", Locale.CANADA),
            new Store(107, "Vancouver Robson", Locale.CANADA),
            new Store(108, "Buffalo Walden", Locale.US));

    private final Map<String, Receipt> receipts = new HashMap<>();
    private final List<Receipt> ordered = new ArrayList<>();

    static Store store(int id) {
        return STORES.get(id - 101);
    }

    static SalesLedger generate(SplittableRandom rnd, Catalog catalog, int count, LocalDate start, int days,
                                int customers) {
        SalesLedger ledger = new SalesLedger();
        for (int i = 0; i < count; i++) {
            Store store = STORES.get(rnd.nextInt(STORES.size()));
            LocalDate date = start.plusDays(rnd.nextInt(days));
            String number = store.id() + "-" + date.getDayOfYear() + "-" + (1000000 + i);
            String customer = "C" + rnd.nextInt(customers);
            Tender tender = Tender.values()[rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(10) < 7 ? 1 : 2];
            int n = 1 + rnd.nextInt(6);
            List<ReceiptLine> lines = new ArrayList<>(n);
            for (int l = 1; l <= n; l++) {
                double r = rnd.nextDouble();
                Catalog.Product p = catalog.at((int) (r * r * catalog.size()));
                int qty = 1 + (rnd.nextInt(5) == 0 ? rnd.nextInt(4) : 0);
                long discount = rnd.nextInt(5) == 0 ? p.priceCents() * qty * (5 + rnd.nextInt(26)) / 100 : 0;
                lines.add(new ReceiptLine(l, p.sku(), p.upc(), qty, p.priceCents(), discount, p.taxRateBp()));
            }
            Receipt receipt = new Receipt(number, store.id(), customer, date, tender, lines);
            ledger.receipts.put(number, receipt);
            ledger.ordered.add(receipt);
        }
        return ledger;
    }

    Receipt find(String number) {
        return receipts.get(number);
    }

    Receipt at(int index) {
        return ordered.get(index);
    }

    int size() {
        return ordered.size();
    }
}
