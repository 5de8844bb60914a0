package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.cases.ReadError;
import org.zwgk.rules.facts.FactSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A fact file: a fact set in JSON or YAML (the shape of {@code examples/facts/*.json} and of a case's {@code facts}),
 * optionally with the evaluation date as {@code asOf}.
 *
 * @param path  the file
 * @param facts the facts
 * @param asOf  the file's {@code asOf}, or {@code null}
 */
record FactFile(Path path, FactSet facts, LocalDate asOf) {

    private static final ObjectMapper JSON = configure(JsonMapper.builder());
    private static final ObjectMapper YAML = configure(JsonMapper.builder(new YAMLFactory()));

    private static ObjectMapper configure(JsonMapper.Builder b) {
        return b.addModule(new JavaTimeModule())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The fact set with the file's evaluation date. */
    static class Dated extends FactSet {
        private LocalDate asOf;

        public LocalDate getAsOf() {
            return asOf;
        }

        public void setAsOf(LocalDate asOf) {
            this.asOf = asOf;
        }
    }

    /** A file that does not read as a fact set: its location and what is wrong, compiler-style. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads a fact file ({@code .yaml}/{@code .yml} as YAML, anything else as JSON).
     *
     * @throws CommandLine.ParameterException (exit 2) if the file does not exist
     * @throws Unreadable                     if it is not a fact set
     */
    static FactFile read(CommandSpec spec, Path path) throws Unreadable {
        if (!Files.isRegularFile(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such fact file: " + path);
        }
        String name = path.getFileName().toString().toLowerCase();
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        byte[] bytes = new byte[0];
        try {
            bytes = Files.readAllBytes(path);
            Dated d = mapper.readValue(bytes, Dated.class);
            if (d == null) {
                throw new Unreadable(path + "：错误：文件是空的（the file is empty）");
            }
            return new FactFile(path, d, d.getAsOf());
        } catch (JsonProcessingException e) {
            throw new Unreadable(path + " " + ReadError.of(e, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).message());
        } catch (IOException e) {
            throw new Unreadable(path + "：错误：无法读取（cannot read）：" + e.getMessage());
        }
    }

    /** The evaluation date: the option's, else the file's, else a usage error naming both ways to give it. */
    LocalDate asOf(CommandSpec spec, LocalDate option) {
        if (option != null) {
            return option;
        }
        if (asOf != null) {
            return asOf;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "no evaluation date for " + path
                + ": give --as-of YYYY-MM-DD, or write \"asOf\": \"YYYY-MM-DD\" in the file");
    }
}
