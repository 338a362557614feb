package org.opencsc.platform.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.FieldProblem;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Renames problems a service reported under its own field names to the JSON fields of the
 * request body the controller read, as declared by {@link ReportedAs} on the body's record
 * components (and those of records nested in it, as {@code address.since}).
 */
final class ReportedFields {

    private ReportedFields() {
    }

    static List<FieldProblem> inJsonNames(List<FieldProblem> problems, HandlerMethod handler) {
        Map<String, String> names = handler == null ? Map.of() : namesOf(handler);
        if (names.isEmpty()) {
            return problems;
        }
        return problems.stream()
                .map(p -> new FieldProblem(names.getOrDefault(p.field(), p.field()), p.message()))
                .toList();
    }

    private static Map<String, String> namesOf(HandlerMethod handler) {
        Map<String, String> names = new HashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                collect(parameter.getGenericParameterType(), "", names, 0);
            }
        }
        return names;
    }

    private static void collect(Type type, String prefix, Map<String, String> names, int depth) {
        if (!(type instanceof Class<?> record) || !record.isRecord() || depth > 5) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String json = prefix + component.getName();
            ReportedAs reported = component.getAnnotation(ReportedAs.class);
            if (reported != null) {
                for (String name : reported.value()) {
                    names.put(name, json);
                }
            }
            collect(component.getGenericType(), json + ".", names, depth + 1);
        }
    }
}
