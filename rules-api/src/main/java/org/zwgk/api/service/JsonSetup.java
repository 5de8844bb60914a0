package org.zwgk.api.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.zwgk.api.error.JsonProblems;

import java.time.LocalDate;

/**
 * Strict reading: an unknown field, a number where a date or text belongs, a fraction where a whole number belongs,
 * a date that does not exist, trailing garbage and duplicate keys are all refused, each naming the field. Dates are
 * written ISO, text as UTF-8 (Chinese unescaped). Nesting depth and string length are bounded by
 * {@code zwgk.limits.max-nesting-depth} and {@code zwgk.limits.max-string-length} while the body is read.
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {
    @Inject
    LimitsConfig limits;

    @Override
    public void customize(ObjectMapper m) {
        m.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false);
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        m.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        m.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        m.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        m.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        m.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        m.configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);
        m.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .build());
        JsonProblems.limits(limits.maxNestingDepth(), limits.maxStringLength());
        m.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
