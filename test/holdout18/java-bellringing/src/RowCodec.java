package org.ringing.prover;

/** Rows of up to sixteen bells packed four bits per position into a long. */
final class RowCodec {
    private RowCodec() {}

    static long pack(byte[] row, int stage) {
        long v = 0;
        for (int i = stage - 1; i >= 0; i--) {
            v = (v << 4) | row[i];
        }
        return v;
    }

    static void rounds(byte[] row, int stage) {
        for (int i = 0; i < stage; i++) {
            row[i] = (byte) i;
        }
    }

    static String format(long packed, int stage) {
        StringBuilder sb = new StringBuilder(stage);
        for (int i = 0; i < stage; i++) {
            sb.append("1234567890ET".charAt((int) ((packed >>> (4 * i)) & 0xF)));
        }
        return sb.toString();
    }
}
