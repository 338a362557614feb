package org.opencsc.platform.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.validation.FieldProblem;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Renames problems a service reported under its own field names to the names the client used,
 * as declared by {@link ReportedAs}: on the request body's record components (and those of
 * records nested in it, as {@code address.since}) and on path variables and query parameters.
 */
final class ReportedFields {

    private ReportedFields() {
    }

    static List<FieldProblem> inJsonNames(List<FieldProblem> problems, HandlerMethod handler) {
        Map<String, String> names = handler == null ? Map.of() : namesOf(handler);
        if (names.isEmpty()) {
            return problems;
        }
        return problems.stream().map(p -> new FieldProblem(rename(p.field(), names), p.message())).toList();
    }

    private static String rename(String field, Map<String, String> names) {
        if (names.containsKey(field)) {
            return names.get(field);
        }
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (name.getKey().endsWith("*") && field.startsWith(name.getKey().substring(0, name.getKey().length() - 1))) {
                return name.getValue();
            }
        }
        return field;
    }

    private static Map<String, String> namesOf(HandlerMethod handler) {
        Map<String, String> names = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                collect(parameter.getGenericParameterType(), "", names, 0);
            }
            ReportedAs reported = parameter.getParameterAnnotation(ReportedAs.class);
            if (reported != null) {
                for (String name : reported.value()) {
                    names.put(name, parameterName(parameter));
                }
            }
        }
        return names;
    }

    private static String parameterName(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        return parameter.getParameterName();
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
