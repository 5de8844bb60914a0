package org.zwgk.rules.fees;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.Source;
import org.zwgk.rules.engine.Params;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** For tests: the fee bands as {@code drl/national/fee/source.yaml} states them, read without loading the rules. */
public final class NationalFees {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule())
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();
    private static FeeCalculator calculator;

    private NationalFees() {
    }

    /** The national FEE source (its parameters are written in the dated form, so it needs no loader). */
    public static Source source() {
        Path file = Path.of(System.getProperty("zwgk.drl", "../drl"), "national", "fee", "source.yaml");
        try {
            return YAML.readValue(file.toFile(), Source.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A calculator of the national bands in force today. */
    public static synchronized FeeCalculator calculator() {
        if (calculator == null) {
            calculator = new FeeCalculator(FeeSchedule.from(new Params(Map.of("FEE", source()))));
        }
        return calculator;
    }
}
