package vibration;

import java.util.Random;

/**
 * Stands in for the data-acquisition unit on the gearbox housing: renders
 * the acceleration signal of a gear stage, with the true shaft speed (which
 * differs from SCADA when the speed sensor has drifted), mesh harmonics
 * shaped by tooth wear and misalignment, speed wobble from turbulence, and
 * broadband noise.
 */
final class AccelerometerCapture {
    static final int SAMPLE_RATE = 12800;

    private final long seed;
    private final int sampleRate;
    private final int length;
    private final Random noise;

    AccelerometerCapture(long seed, int sampleRate, int length) {
        this.seed = seed;
        this.sampleRate = sampleRate;
        this.length = length;
        this.noise = new Random(seed ^ 0x5DEECE66DL);
    }

    void capture(MeasurementPoint point, double nominalMeshHz, double[] out) {
        Turbine t = point.turbine();
        Random turbineState = new Random(seed * 31 + t.id.hashCode() * 131L);
        double sensorErrorPct = turbineState.nextInt(6) == 0 ? 0.6 + turbineState.nextDouble() * 0.8 : turbineState.nextGaussian() * 0.08;
        Random stageState = new Random(seed * 17 + t.id.hashCode() * 131L + point.stage() * 7L);
        double misalignment = stageState.nextInt(12) == 0 ? 2.8 : 1.0;
        double f = nominalMeshHz * (1 + (sensorErrorPct + noise.nextGaussian() * 0.03) / 100);
        double[] amps = t.drivetrain.meshHarmonics;
        double nyquist = sampleRate / 2.0;
        double wobble = 0.0008 * noise.nextDouble();
        for (int i = 0; i < length; i++) out[i] = noise.nextGaussian() * 0.02;
        for (int h = 0; h < amps.length; h++) {
            double fh = f * (h + 1);
            if (fh > 0.9 * nyquist) break;
            double a = amps[h] * Math.pow(t.stiffness, h) * (h == 1 ? misalignment : 1.0);
            double phase = stageState.nextDouble() * 2 * Math.PI;
            double w = 2 * Math.PI * fh / sampleRate;
            for (int i = 0; i < length; i++) {
                out[i] += a * Math.sin(phase + w * i * (1 + wobble * Math.sin(i * 0.0021)));
            }
        }
    }
}
