package uk.caseaudit.benchmark;

import java.util.Arrays;

/** Latencies in nanoseconds, recorded by one thread (merge the threads' at the end); their percentiles in ms. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /** The {@code percentile} (0-100) in milliseconds; NaN when nothing was recorded. */
    double percentileMs(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
    }

    Summary summary() {
        return new Summary(size, percentileMs(50), percentileMs(99), percentileMs(100));
    }

    /** How many, and the p50, p99 and maximum in milliseconds. */
    record Summary(int count, double p50, double p99, double max) {
    }
}
