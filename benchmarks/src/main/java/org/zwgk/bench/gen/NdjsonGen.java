package org.zwgk.bench.gen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes n request records as NDJSON (one {@code {asOf, key, facts: {units: [1], requests: [1]}}} per line) to
 * standard output, generated on the fly: nothing is held but the line being written, so its output can be piped
 * into the bulk endpoint at any size.
 * <pre>java -cp benchmarks.jar org.zwgk.bench.gen.NdjsonGen 1000000 | curl -T - -X POST -H 'Content-Type: application/x-ndjson' …</pre>
 */
public final class NdjsonGen {
    /** The units the records are spread over. */
    public static final int UNITS = 200;

    private NdjsonGen() {
    }

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args.length > 0 ? args[0] : "1000");
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
            write(n, out);
        }
    }

    /** Writes n records to {@code out}. */
    public static void write(long n, OutputStream out) throws IOException {
        FactGenerator gen = new FactGenerator();
        for (long i = 0; i < n; i++) {
            out.write(FactGenerator.JSON.writeValueAsBytes(gen.requestRecord(i, UNITS)));
            out.write('\n');
        }
        out.flush();
    }
}
