package org.zwgk.bench.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the HTTP bodies of the load test into a directory: {@code deadline.json} (POST /api/v1/deadlines),
 * {@code unit-month.json} (POST /api/v1/evaluations and the parse-only floor endpoint), {@code one-request.json}.
 * <pre>java -cp benchmarks.jar org.zwgk.bench.gen.Bodies target/bodies</pre>
 */
public final class Bodies {
    private Bodies() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bodies");
        Files.createDirectories(dir);
        write(dir.resolve("deadline.json"), FactGenerator.text(new FactGenerator().deadlineBody()));
        write(dir.resolve("unit-month.json"), FactGenerator.text(FactGenerator.evaluationBody(new FactGenerator().unitMonth(0))));
        write(dir.resolve("one-request.json"), FactGenerator.text(FactGenerator.evaluationBody(new FactGenerator().oneRequest())));
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
        System.out.println(p + " " + Files.size(p) + " bytes");
    }
}
