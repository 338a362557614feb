package org.opencsc.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.Map;
import org.opencsc.platform.validation.DateParts;
import org.opencsc.platform.validation.Problems;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as it was written, or refused: Jackson's default coercions turned a
 * {@code "planId": 1.5} into plan 1 and {@code "givenName": 5} into "5", so a write landed on
 * another record. Every refusal is a Jackson exception with the path of the field, which
 * {@link ApiExceptionHandler} answers as a 400 naming it.
 * <ul>
 * <li>no number from a fraction, a string or a boolean; no boolean from a number or a string;
 * no text from a number or a boolean; no number or boolean from an empty string;</li>
 * <li>no null inside a list ({@code "needs": [null]}; a map's null values are left for the
 * controller, which gives them a meaning or refuses them);</li>
 * <li>a {@code LocalDate} only from a YYYY-MM-DD string in {@link DateParts}' range (not an
 * epoch-day number, not year -1);</li>
 * <li>nothing after the JSON value, and no property given twice (which value was meant?).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
                // A map's null value can mean something: "actionsDone": {"a2": null} is done on the review's date.
                .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.SET)))
                .addModule(new SimpleModule("opencsc-plausible-dates").addDeserializer(LocalDate.class, new PlausibleDate()));
    }

    /** A date in the API is "YYYY-MM-DD", checked by the same rule as every other date. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            String name = p.currentName() == null ? "The date" : p.currentName();
            Problems problems = new Problems();
            LocalDate date = DateParts.fromIso(text, name, name, problems);
            if (!problems.isEmpty()) {
                throw InvalidFormatException.from(p, problems.list().getFirst().message(), text, LocalDate.class);
            }
            return date;
        }
    }
}
