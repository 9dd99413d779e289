package storereturns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Handles return requests at the service desk: validates items, prices refunds, routes tender. */
final class ReturnService {

    record ReturnItem(String scannedCode, int quantity, ReturnPolicy.Condition condition) {
    }

    record ReturnRequest(String id, String receiptNumber, int storeId, String customerId, LocalDate date,
                         List<ReturnItem> items) {
    }

    record RefundLine(String sku, String department, int quantity, long refundCents, long taxCents,
                      long restockingCents) {
    }

    /** Outcome of one request, kept for the slip, the audit trail and the daily report. */
    static final class RefundDecision {
        String requestId;
        String receiptNumber;
        String customerId;
        int storeId;
        LocalDate requestDate;
        String refundTender;
        long subtotalCents;
        long taxCents;
        long restockingCents;
        long totalCents;
        boolean managerApproval;
        final List<RefundLine> lines = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();
    }

    /** A rejected item, as recorded in the audit trail. */
    static final class Rejection {
        final String requestId;
        final String scannedCode;
        final String code;
        final String message;
        final int quantity;

        Rejection(String requestId, String scannedCode, String code, String message, int quantity) {
            this.requestId = requestId;
            this.scannedCode = scannedCode;
            this.code = code;
            this.message = message;
            this.quantity = quantity;
        }
    }

    private static final Logger LOG = Logger.getLogger(ReturnService.class.getName());
    private static final long CASH_REFUND_LIMIT_CENTS = 20000;

    private final Catalog catalog;
    private final SalesLedger ledger;
    private final ReturnPolicy policy = new ReturnPolicy();
    private final FraudScreen fraud;
    private final AuditTrail audit;
    private final Map<String, Integer> returnedQuantities = new HashMap<>();
    private final Map<String, Integer> rejectionCounts = new HashMap<>();

    ReturnService(Catalog catalog, SalesLedger ledger, FraudScreen fraud, AuditTrail audit) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.fraud = fraud;
        this.audit = audit;
    }

    RefundDecision process(ReturnRequest req) {
        RefundDecision d = new RefundDecision();
        d.requestId = req.id();
        d.receiptNumber = req.receiptNumber();
        d.customerId = req.customerId();
        d.storeId = req.storeId();
        d.requestDate = req.date();
        SalesLedger.Receipt receipt = req.receiptNumber() == null ? null : ledger.find(req.receiptNumber());
        boolean blocked = fraud.isBlocked(req.customerId(), req.date());

        for (ReturnItem item : req.items()) {
            String outcome = handleItem(d, req, receipt, blocked, item);
            LOG.fine("request " + req.id() + " item " + item.scannedCode() + " x" + item.quantity() + " "
                    + item.condition() + ": " + outcome + ", receipt " + receipt);
        }
        d.totalCents = d.subtotalCents + d.taxCents;
        d.refundTender = tender(receipt, d.totalCents);
        d.managerApproval = receipt == null && d.totalCents > 0 || d.totalCents > 50000;
        if (d.totalCents > 0) {
            fraud.recordReturn(req.customerId(), req.date(), d.totalCents, receipt != null);
        }
        audit.record("REFUND", d);
        return d;
    }

    /** Validates and prices one returned item; returns ACCEPTED or the refusal code. */
    private String handleItem(RefundDecision d, ReturnRequest req, SalesLedger.Receipt receipt, boolean blocked,
                              ReturnItem item) {
        Catalog.Product product = resolve(item.scannedCode());
        if (product == null) {
            reject(d, item, "UNKNOWN_ITEM", "code " + item.scannedCode() + " is not in the catalogue");
            return "UNKNOWN_ITEM";
        }
        SalesLedger.ReceiptLine line = receipt == null ? null : findLine(receipt, product);
        String key = line == null ? null : receipt.number() + '#' + line.lineNo();
        int already = key == null ? 0 : returnedQuantities.getOrDefault(key, 0);
        ReturnPolicy.ItemContext ctx = new ReturnPolicy.ItemContext(receipt, line, product, item.quantity(),
                already, item.condition(), req.date(), blocked);
        ReturnPolicy.Refusal refusal = policy.validate(ctx);
        if (refusal != null) {
            reject(d, item, refusal.code(), refusal.message());
            return refusal.code();
        }
        RefundLine refund = price(product, line, item);
        d.lines.add(refund);
        d.subtotalCents += refund.refundCents();
        d.taxCents += refund.taxCents();
        d.restockingCents += refund.restockingCents();
        if (key != null) {
            returnedQuantities.merge(key, item.quantity(), Integer::sum);
        }
        return "ACCEPTED";
    }

    private Catalog.Product resolve(String code) {
        Catalog.Product p = catalog.bySku(code);
        return p != null ? p : catalog.byUpc(code);
    }

    private static SalesLedger.ReceiptLine findLine(SalesLedger.Receipt receipt, Catalog.Product product) {
        for (SalesLedger.ReceiptLine l : receipt.lines()) {
            if (l.sku().equals(product.sku())) {
                return l;
            }
        }
        return null;
    }

    /** Refund at the price actually paid: unit price less the line's discount share, plus tax, less restocking. */
    private static RefundLine price(Catalog.Product product, SalesLedger.ReceiptLine line, ReturnItem item) {
        long unit;
        int taxBp;
        if (line != null) {
            long paid = line.unitPriceCents() * line.quantity() - line.discountCents();
            unit = Math.round((double) paid / line.quantity());
            taxBp = line.taxRateBp();
        } else {
            // no receipt: lowest recent selling price, approximated as 70 % of list
            unit = product.priceCents() * 70 / 100;
            taxBp = product.taxRateBp();
        }
        long gross = unit * item.quantity();
        long restocking = 0;
        if (item.condition() == ReturnPolicy.Condition.OPENED && product.restockingPercent() > 0) {
            restocking = gross * product.restockingPercent() / 100;
        }
        long net = gross - restocking;
        long tax = (net * taxBp + 5000) / 10000;
        return new RefundLine(product.sku(), product.department(), item.quantity(), net, tax, restocking);
    }

    private static String tender(SalesLedger.Receipt receipt, long total) {
        if (total <= 0) {
            return "NONE";
        }
        if (receipt == null) {
            return "STORE_CREDIT";
        }
        return switch (receipt.tender()) {
            case CARD -> "CARD";
            case GIFT_CARD -> "GIFT_CARD";
            case CASH -> total > CASH_REFUND_LIMIT_CENTS ? "CHEQUE" : "CASH";
        };
    }

    private void reject(RefundDecision d, ReturnItem item, String code, String message) {
        d.rejections.add(code);
        rejectionCounts.merge(code, 1, Integer::sum);
        audit.record("REJECT", new Rejection(d.requestId, item.scannedCode(), code, message, item.quantity()));
    }

    Map<String, Integer> rejectionCounts() {
        return rejectionCounts;
    }
}
