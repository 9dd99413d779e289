public class Rental {
    final String barcode;
    final int customer;
    final String depot;
    final int issued;
    int due;
    int renewals;

    Rental(String barcode, int customer, String depot, int issued, int due) {
        this.barcode = barcode;
        this.customer = customer;
        this.depot = depot;
        this.issued = issued;
        this.due = due;
    }
}
