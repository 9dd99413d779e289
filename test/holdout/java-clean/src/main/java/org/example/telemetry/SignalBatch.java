package org.example.telemetry;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Offline batch over a day of sensor telemetry held in primitive arrays: sorts readings for
 * order statistics, runs a low-pass filter and a small spectral scan, fits a least-squares
 * model with a hand-written Cholesky solve, and seals the raw batch with one SHA-256 digest.
 */
public final class SignalBatch {
    private static final int SENSORS = 128;
    private static final int READINGS = 86_400;
    private static final int FEATURES = 24;

    private SignalBatch() {}

    public static void main(String[] args) throws Exception {
        SplittableRandom rnd = new SplittableRandom(0x7e1e_3e7aL);
        double[][] readings = new double[SENSORS][READINGS];
        for (int s = 0; s < SENSORS; s++) {
            double base = 15 + rnd.nextDouble() * 10;
            double amp = 2 + rnd.nextDouble() * 6;
            double phase = rnd.nextDouble() * Math.PI;
            double[] row = readings[s];
            for (int t = 0; t < READINGS; t++) {
                row[t] = base + amp * Math.sin(2 * Math.PI * t / READINGS + phase)
                    + 0.7 * Math.sin(2 * Math.PI * t / 3600.0) + rnd.nextGaussian() * 0.4;
            }
        }

        double[] medians = new double[SENSORS];
        double[] p99 = new double[SENSORS];
        double[] scratch = new double[READINGS];
        double[] filtered = new double[READINGS];
        double[] power = new double[64];
        double totalPower = 0;
        for (int s = 0; s < SENSORS; s++) {
            System.arraycopy(readings[s], 0, scratch, 0, READINGS);
            Arrays.sort(scratch);
            medians[s] = scratch[READINGS / 2];
            p99[s] = scratch[(int) (READINGS * 0.99)];
            lowPass(readings[s], filtered, 0.02);
            spectrum(filtered, power);
            for (double p : power) {
                totalPower += p;
            }
        }

        double[] coefficients = fitModel(readings, rnd);
        String seal = digest(readings);

        boolean ok = seal.length() == 64 && Double.isFinite(totalPower);
        for (int s = 0; s < SENSORS; s++) {
            ok &= medians[s] <= p99[s];
        }
        for (double c : coefficients) {
            ok &= Double.isFinite(c);
        }
        if (!ok) {
            System.err.println("signal batch inconsistent");
            System.exit(1);
        }
    }

    static void lowPass(double[] in, double[] out, double alpha) {
        double y = in[0];
        for (int i = 0; i < in.length; i++) {
            y += alpha * (in[i] - y);
            out[i] = y;
        }
    }

    /** Power at 64 low frequencies by direct correlation over a decimated signal (Goertzel). */
    static void spectrum(double[] signal, double[] power) {
        int step = 4;
        int n = signal.length / step;
        for (int k = 0; k < power.length; k++) {
            double w = 2 * Math.PI * (k + 1) / n;
            double coeff = 2 * Math.cos(w);
            double s1 = 0, s2 = 0;
            for (int i = 0; i < n; i++) {
                double s0 = signal[i * step] + coeff * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            power[k] = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        }
    }

    /** Least squares: predict sensor 0 from lagged features of the others, via normal equations. */
    static double[] fitModel(double[][] readings, SplittableRandom rnd) {
        int rows = 1_000_000;
        double[] xtx = new double[FEATURES * FEATURES];
        double[] xty = new double[FEATURES];
        double[] x = new double[FEATURES];
        for (int r = 0; r < rows; r++) {
            int t = 10 + rnd.nextInt(READINGS - 10);
            x[0] = 1;
            for (int f = 1; f < FEATURES; f++) {
                x[f] = readings[f][t - (f % 7)];
            }
            double y = readings[0][t];
            for (int i = 0; i < FEATURES; i++) {
                xty[i] += x[i] * y;
                for (int j = 0; j <= i; j++) {
                    xtx[i * FEATURES + j] += x[i] * x[j];
                }
            }
        }
        for (int i = 0; i < FEATURES; i++) {
            xtx[i * FEATURES + i] += 1e-6;
            for (int j = i + 1; j < FEATURES; j++) {
                xtx[i * FEATURES + j] = xtx[j * FEATURES + i];
            }
        }
        return choleskySolve(xtx, xty, FEATURES);
    }

    static double[] choleskySolve(double[] a, double[] b, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * n + j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * n + k] * y[k];
            }
            y[i] = sum / l[i * n + i];
        }
        double[] out = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k * n + i] * out[k];
            }
            out[i] = sum / l[i * n + i];
        }
        return out;
    }

    /** One SHA-256 over the whole batch, fed through a single reusable buffer. */
    static String digest(double[][] readings) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer buf = ByteBuffer.allocate(READINGS * Double.BYTES);
        for (double[] row : readings) {
            buf.clear();
            buf.asDoubleBuffer().put(row);
            sha.update(buf.array(), 0, READINGS * Double.BYTES);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
