package app.touchbase.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** p50 and p95 in milliseconds of a read, timed after a warm-up long enough for the JIT. */
final class Latencies {

    private Latencies() {
    }

    static double[] of(Supplier<?> read, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            read.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return percentiles(millis);
    }

    static double[] percentiles(double[] millis) {
        Arrays.sort(millis);
        return new double[]{millis[millis.length / 2], millis[millis.length * 95 / 100]};
    }
}
