package org.zwgk.examples;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Status;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request bodies the README sends with curl are what the service reads. This module does not depend on rules-api
 * (an embedding system would not), so the payloads are mirrored here with the service's strict reading
 * (rules-api's JsonSetup: unknown fields, numbers for enums, trailing tokens, duplicate keys and coerced scalars are
 * refused); a field renamed in rules-api must be renamed here too.
 */
class RequestFilesTest {
    /** rules-api's EvaluationRequest. */
    record EvaluationRequest(LocalDate asOf, FactSet facts, List<Status> statuses, List<String> sources, String jurisdiction) {
    }

    /** rules-api's DeadlineRequest. */
    record DeadlineRequest(LocalDate asOf, Request request) {
    }

    /** rules-api's BulkLine (one line of application/x-ndjson). */
    record BulkLine(LocalDate asOf, String key, FactSet facts, List<Status> statuses) {
    }

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    @Test
    void everyEvaluationRequestFileParsesAndCarriesItsFactFileUnchanged() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Samples.REQUESTS)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("evaluate-") && p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(List.of(Samples.REQUESTS.resolve("evaluate-district-department-2026-02.json"),
                Samples.REQUESTS.resolve("evaluate-township-2026-03.json")), files);
        for (Path file : files) {
            EvaluationRequest body = STRICT.readValue(Files.readAllBytes(file), EvaluationRequest.class);
            assertNotNull(body.asOf(), file.toString());
            String name = file.getFileName().toString().substring("evaluate-".length());
            JsonNode facts = STRICT.readTree(Files.readAllBytes(Path.of("facts", name)));
            assertEquals(facts, STRICT.readTree(Files.readAllBytes(file)).get("facts"),
                    file + " must wrap facts/" + name + " as it is (regenerate it after editing the fact file)");
            Evaluation ev = Samples.book().evaluate(body.facts(), body.asOf(), new EvaluationOptions(body.statuses() == null ? null : java.util.Set.copyOf(body.statuses()), null));
            assertFalse(ev.findings().isEmpty(), file.toString());
        }
        assertEquals(Samples.DISTRICT_AS_OF, read("evaluate-district-department-2026-02.json").asOf());
        assertEquals(Samples.TOWNSHIP_AS_OF, read("evaluate-township-2026-03.json").asOf());
    }

    @Test
    void theSpringFestivalBodyGivesTheDueDateWorkedByHand() throws IOException {
        DeadlineRequest body = STRICT.readValue(Files.readAllBytes(Samples.SPRING_FESTIVAL), DeadlineRequest.class);
        // confirmed online 2026-02-10; 区财政局 consulted 02-12 → 02-26 pauses 5 working days (02-13, 02-14 调休, 02-24..26)
        AnswerDeadline d = Samples.book().answerDeadline(body.request(), body.asOf());
        assertEquals(LocalDate.of(2026, 3, 23), d.due());
        assertEquals(5, d.pausedWorkingDays());
        assertEquals(18, d.workingDaysLeft());
    }

    @Test
    void everyLineOfTheBulkFileParsesAndIsJudged() throws IOException {
        List<String> lines = Files.readAllLines(Samples.REQUESTS.resolve("bulk.ndjson")).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(3, lines.size());
        for (String line : lines) {
            BulkLine l = STRICT.readValue(line, BulkLine.class);
            assertNotNull(l.asOf(), line);
            assertNotNull(l.key(), line);
            Evaluation ev = Samples.book().evaluate(l.facts(), l.asOf(), EvaluationOptions.everything());
            assertTrue(ev.findings().stream().anyMatch(f -> f.ruleId().equals("OGI-33")), l.key());
        }
    }

    private static EvaluationRequest read(String name) throws IOException {
        return STRICT.readValue(Files.readAllBytes(Samples.REQUESTS.resolve(name)), EvaluationRequest.class);
    }
}
