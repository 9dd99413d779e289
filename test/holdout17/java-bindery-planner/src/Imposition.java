package bindery;

/** Signatures, sheets and materials for one job. */
public record Imposition(int pagesPerSignature, int signatures, long sheets, double paperKg,
                         double boardM2, double clothM2, double glueKg) {

    private static final double SHEET_W_M = 0.72, SHEET_H_M = 1.02;
    private static final double GSM = 90;

    public static Imposition of(JobSpec j) {
        boolean small = j.widthMm() * j.heightMm() <= 156 * 234;
        int pps = small ? 32 : 16;
        if (j.pages() % pps != 0 && j.pages() % 16 == 0) pps = 16;
        if (j.pages() % pps != 0) pps = 8;
        int signatures = j.pages() / pps;
        double spoilage = 0.03 + 150.0 / j.quantity();
        long sheets = Math.round(j.quantity() * signatures * (1 + spoilage));
        double paperKg = sheets * SHEET_W_M * SHEET_H_M * GSM / 1000;
        double spineMm = j.pages() * 0.055 + 2;
        double boardM2 = 0, clothM2 = 0;
        if (j.cover() != JobSpec.Cover.SOFTCOVER) {
            boardM2 = j.quantity() * 2 * (j.widthMm() + 3) * (j.heightMm() + 6) / 1e6;
            double caseW = 2 * (j.widthMm() + 3) + spineMm + 2 * 7 + 2 * 15;
            double caseH = j.heightMm() + 6 + 2 * 15;
            if (j.cover() == JobSpec.Cover.CLOTH) clothM2 = j.quantity() * caseW * caseH / 1e6;
        }
        double glueKg = j.quantity() * (j.heightMm() * spineMm) / 1e6 * (j.binding() == JobSpec.Binding.PUR ? 0.35 : 0.8);
        return new Imposition(pps, signatures, sheets, paperKg, boardM2, clothM2, glueKg);
    }
}
