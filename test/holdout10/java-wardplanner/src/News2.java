/** National Early Warning Score 2 (simplified: room air, scale 1). */
final class News2 {
    private News2() {
    }

    static int score(int rr, int spo2, int sbp, int hr, double temp, boolean newConfusion) {
        int s = 0;
        s += rr <= 8 ? 3 : rr <= 11 ? 1 : rr <= 20 ? 0 : rr <= 24 ? 2 : 3;
        s += spo2 <= 91 ? 3 : spo2 <= 93 ? 2 : spo2 <= 95 ? 1 : 0;
        s += sbp <= 90 ? 3 : sbp <= 100 ? 2 : sbp <= 110 ? 1 : sbp <= 219 ? 0 : 3;
        s += hr <= 40 ? 3 : hr <= 50 ? 1 : hr <= 90 ? 0 : hr <= 110 ? 1 : hr <= 130 ? 2 : 3;
        s += temp <= 35.0 ? 3 : temp <= 36.0 ? 1 : temp <= 38.0 ? 0 : temp <= 39.0 ? 1 : 2;
        s += newConfusion ? 3 : 0;
        return s;
    }

    static String escalation(int news) {
        if (news >= 7) {
            return "EMERGENCY";
        }
        if (news >= 5) {
            return "URGENT";
        }
        if (news >= 1) {
            return "WARD";
        }
        return "ROUTINE";
    }
}
