package org.opencsc.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The operations of the OpenAPI description, with their parameters and request body schema, and its schemas resolved. */
final class Operations {

    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, List<Param> params, JsonNode body) {
        String label() {
            return method + " " + path;
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }
    }

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private final JsonNode doc;

    Operations(JsonNode doc) {
        this.doc = doc;
    }

    List<Operation> all() {
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Param(p.get("name").asString(), p.get("in").asString(), resolve(p.get("schema")),
                            p.path("required").asBoolean(false)));
                }
                JsonNode content = op.getValue().path("requestBody").path("content");
                JsonNode body = content.has("application/json") ? resolve(content.get("application/json").get("schema")) : null;
                found.add(new Operation(op.getKey().toUpperCase(), path.getKey(), params, body));
            }
        }
        return found;
    }

    /**
     * The request bodies that write the record an action acts on: submitting an assessment is
     * refused for what its draft (PUT /assessments/{id}) lacks, finalising a plan for what its
     * content (PUT /child-plans/{planId}/content) lacks, so those are fields a refusal may name.
     */
    List<JsonNode> recordBodies(Operation action) {
        String prefix = action.path().substring(0, action.path().lastIndexOf('/'));
        if (!prefix.endsWith("}")) {
            return List.of();
        }
        return all().stream()
                .filter(o -> o.body() != null && !o.path().equals(action.path())
                        && (o.path().equals(prefix) || o.path().startsWith(prefix + "/")))
                .map(Operation::body).toList();
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s != null && s.has("$ref")) {
            String ref = s.get("$ref").asString();
            s = doc.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    /** Whether {@code field} ("address.postcode", "needs[0].outcomes[1]", "scores.o1") names a field of the schema. */
    boolean hasField(JsonNode schema, String field) {
        JsonNode s = resolve(schema);
        Matcher m = SEGMENT.matcher(field);
        int end = 0;
        while (m.find()) {
            if (m.start() != end && field.charAt(end) != '.') {
                return false;
            }
            end = m.end();
            if (s == null) {
                return false;
            }
            if (m.group(2) != null) {
                if (!s.has("items")) {
                    return false;
                }
                s = resolve(s.get("items"));
            } else if (s.path("properties").has(m.group(1))) {
                s = resolve(s.get("properties").get(m.group(1)));
            } else if (s.has("additionalProperties")) {
                s = s.get("additionalProperties").isObject() ? resolve(s.get("additionalProperties")) : null;
            } else {
                return false;
            }
        }
        return end == field.length() && end > 0;
    }
}
