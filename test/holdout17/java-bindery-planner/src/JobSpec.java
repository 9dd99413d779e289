package bindery;

import java.time.LocalDate;

/** One binding job as exported by the print MIS. */
public record JobSpec(String jobNo, String isbn, String title, int pages, int widthMm, int heightMm,
                      Cover cover, Binding binding, int quantity, LocalDate due, int priority) {

    public enum Cover { CLOTH, PAPER_OVER_BOARD, SOFTCOVER }
    public enum Binding { SEWN, PUR, PERFECT }

    /** Format group: jobs within a group run without a full changeover. */
    public int formatGroup() {
        return (widthMm / 20) * 100 + heightMm / 20;
    }
}
