package org.opencsc.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opencsc.fuzz.BadValues.Bad;
import org.opencsc.fuzz.Operations.Operation;
import org.opencsc.fuzz.Operations.Param;
import org.opencsc.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one operation a request a user may make (the base), then the same request with one
 * thing made bad at a time: each path and query parameter, each field of the body at any depth
 * (list items and map values too), and the body as a whole. Every answer is checked.
 */
final class OperationFuzz {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands in the base body where a bad raw value goes. */
    private static final String HOLE = "__fuzz_value__";

    private final Operation op;
    private final Operations ops;
    private final FuzzWorld world;
    private final RawHttp http;
    private final Tally tally;
    private String user;

    OperationFuzz(Operation op, Operations ops, FuzzWorld world, RawHttp http, Tally tally) {
        this.op = op;
        this.ops = ops;
        this.world = world;
        this.http = http;
        this.tally = tally;
    }

    void run() {
        JsonNode body = op.body() == null ? null : base(op.body(), "", "");
        String valid = body == null ? null : JSON.writeValueAsString(body);
        String type = body == null ? null : "application/json";
        user = whoMayCall(valid, type);
        for (Param p : op.params("path")) {
            for (Bad bad : BadValues.forParam(p.name(), p.schema(), true)) {
                send("path " + p.name() + " = " + bad.what(), withPath(p.name(), bad.raw()) + baseQuery(null, null), valid,
                        type, bad.mustReject(), true);
            }
        }
        for (Param p : op.params("query")) {
            for (Bad bad : BadValues.forParam(p.name(), p.schema(), false)) {
                send("query " + p.name() + " = " + bad.what(), withPath(null, null) + baseQuery(p.name(), bad.raw()), valid,
                        type, bad.mustReject(), false);
            }
        }
        if (body != null) {
            fields(op.body(), body, new ArrayList<>(), "");
            wholeBody(valid);
        }
        sendAs("DELETE", user, "the method DELETE", target(), null, null, true, false);
    }

    /** The first of the fuzzer's users the operation does not refuse outright; the first of all when it refuses everyone. */
    private String whoMayCall(String body, String type) {
        for (String role : FuzzWorld.ROLES) {
            String username = world.users.get(role);
            RawHttp.Response r = sendAs(op.method(), username, "the base request as " + role, target(), body, type, false,
                    false);
            if (r.status() != 401 && r.status() != 403) {
                tally.base(op.label(), role, r.status());
                return username;
            }
        }
        tally.base(op.label(), "anyone", 403);
        return world.users.get(FuzzWorld.ROLES.getFirst());
    }

    /** Each field at {@code path} in {@code body}, by its schema: the field itself, then what it holds. */
    private void fields(JsonNode schema, JsonNode body, List<Object> path, String name) {
        JsonNode s = ops.resolve(schema);
        String type = s.path("type").asString("object");
        if (s.has("properties")) {
            if (!path.isEmpty()) {
                mutate(body, path, BadValues.forObject());
            }
            for (Map.Entry<String, JsonNode> property : s.get("properties").properties()) {
                List<Object> at = new ArrayList<>(path);
                at.add(property.getKey());
                fields(property.getValue(), body, at, property.getKey());
            }
        } else if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            if (!path.isEmpty()) {
                mutate(body, path, BadValues.forObject());
            }
            JsonNode value = s.get("additionalProperties");
            mutate(body, path, List.of(BadValues.mapKeyWithNul(JSON.writeValueAsString(base(value, "", name)))));
            List<Object> at = new ArrayList<>(path);
            at.add(mapKey(name));
            fields(value, body, at, name);
        } else if ("array".equals(type)) {
            mutate(body, path, BadValues.forArray());
            JsonNode items = ops.resolve(s.get("items"));
            if (items.has("properties") || items.has("additionalProperties")) {
                List<Object> at = new ArrayList<>(path);
                at.add(0);
                fields(items, body, at, name);
            } else {
                List<Bad> itemBad = new ArrayList<>();
                for (Bad bad : BadValues.forScalar(name, items.path("type").asString("string"),
                        items.path("format").asString(""), items)) {
                    itemBad.add(new Bad("an item that is " + bad.what(), "[" + bad.raw() + "]",
                            bad.mustReject() || "null".equals(bad.raw())));
                }
                mutate(body, path, itemBad);
            }
        } else {
            mutate(body, path, BadValues.forScalar(name, type, s.path("format").asString(""), s));
        }
    }

    private void mutate(JsonNode body, List<Object> path, List<Bad> bads) {
        JsonNode copy = body.deepCopy();
        JsonNode holder = placeHole(copy, path);
        String template = JSON.writeValueAsString(holder);
        String field = fieldName(path);
        for (Bad bad : bads) {
            send("body " + (field.isEmpty() ? "(root)" : field) + " = " + bad.what(), target(),
                    template.replace("\"" + HOLE + "\"", bad.raw()), "application/json", bad.mustReject(), false);
        }
    }

    /** The body with the hole at {@code path}, creating the containers on the way that the base left out. */
    private static JsonNode placeHole(JsonNode root, List<Object> path) {
        if (path.isEmpty()) {
            return NODES.stringNode(HOLE);
        }
        JsonNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child = step instanceof Integer n ? node.get(n) : node.get((String) step);
            if (child == null || child.isNull()) {
                child = next instanceof Integer ? NODES.arrayNode().add(NODES.objectNode()) : NODES.objectNode();
                set(node, step, child);
            }
            node = child;
        }
        set(node, path.getLast(), NODES.stringNode(HOLE));
        return root;
    }

    private static void set(JsonNode container, Object step, JsonNode value) {
        if (step instanceof Integer n) {
            ArrayNode array = (ArrayNode) container;
            while (array.size() <= n) {
                array.add(NODES.objectNode());
            }
            array.set(n, value);
        } else {
            ((ObjectNode) container).set((String) step, value);
        }
    }

    private void wholeBody(String valid) {
        String json = "application/json";
        send("no body", target(), null, json, true, false);
        send("a list for the body", target(), "[]", json, true, false);
        send("a string for the body", target(), "\"x\"", json, true, false);
        send("null for the body", target(), "null", json, true, false);
        send("broken JSON", target(), valid.substring(0, valid.length() / 2), json, true, false);
        send("JSON with more after it", target(), valid + " {}", json, true, false);
        send("a text/plain body", target(), valid, "text/plain", true, false);
        JsonNode parsed = JSON.readTree(valid);
        if (!parsed.isEmpty()) {
            String first = parsed.propertyNames().iterator().next();
            String again = JSON.writeValueAsString(first) + ": " + JSON.writeValueAsString(parsed.get(first));
            send("a property given twice", target(), valid.replaceFirst("\\{", "{" + again.replace("$", "\\$") + ", "), json,
                    true, false);
        }
        send("JSON nested 5,000 deep", target(), "[".repeat(5_000) + "]".repeat(5_000), json, true, false);
        send("an unreadable content type", target(), valid, "application/json; charset=nope", false, false);
        send("a body over 1 MB", target(), "{\"x\": \"" + "y".repeat(1_100_000) + "\"}", json, true, false);
    }

    private String target() {
        return withPath(null, null) + baseQuery(null, null);
    }

    private String withPath(String param, String raw) {
        String path = op.path();
        for (Param p : op.params("path")) {
            String value = p.name().equals(param) ? raw : String.valueOf(world.forPathParam(op.path(), p.name()));
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    private String baseQuery(String param, String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.params("query")) {
            String value = p.name().equals(param) ? raw : baseQueryValue(p);
            if (value != null) {
                query.put(p.name(), value);
            }
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((k, v) -> pairs.add(k + "=" + v));
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String baseQueryValue(Param p) {
        return switch (p.name()) {
            case "name" -> "Fuzz";
            case "from" -> world.today.minusDays(30).toString();
            case "add" -> "1";
            case "teamId" -> String.valueOf(world.id("team"));
            case "list" -> "all";
            default -> null;
        };
    }

    private RawHttp.Response send(String what, String target, String body, String contentType, boolean mustReject,
                                  boolean pathMutation) {
        return sendAs(op.method(), user, what, target, body, contentType, mustReject, pathMutation);
    }

    private RawHttp.Response sendAs(String method, String username, String what, String target, String body,
                                    String contentType, boolean mustReject, boolean pathMutation) {
        RawHttp.Response r = http.send(method, target, username, contentType, body);
        tally.count(op.label(), r.status());
        check(what, r, mustReject, pathMutation);
        return r;
    }

    private void check(String what, RawHttp.Response r, boolean mustReject, boolean pathMutation) {
        String where = op.label() + " with " + what + ": " + r.status() + " " + abbreviate(r.body());
        if (r.status() >= 500) {
            tally.fail(where);
            return;
        }
        if (r.status() >= 400) {
            if (!r.contentType().startsWith("application/problem+json")) {
                tally.fail(where + " (not problem+json but " + r.contentType() + ")");
                return;
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(r.body());
            } catch (RuntimeException e) {
                tally.fail(where + " (unreadable problem+json)");
                return;
            }
            if (r.status() == 400) {
                JsonNode errors = problem.path("errors");
                if (!errors.isArray() || errors.isEmpty()) {
                    tally.fail(where + " (a 400 that names no field)");
                    return;
                }
                for (JsonNode e : errors) {
                    String field = e.path("field").asString("");
                    if (e.path("message").asString("").isBlank() || !isField(field, pathMutation)) {
                        tally.fail(where + " (names ‘" + field + "’, which is not a field of this operation)");
                        return;
                    }
                }
                tally.named();
            }
        } else if (mustReject) {
            tally.fail(where + " (accepted: the bad value was taken as something else)");
        }
    }

    private boolean isField(String field, boolean pathMutation) {
        if (field.isBlank()) {
            return false;
        }
        if (op.params().stream().anyMatch(p -> p.name().equals(field))) {
            return true;
        }
        if (op.body() != null && (field.equals("body") || ops.hasField(op.body(), field))) {
            return true;
        }
        if (ops.recordBodies(op).stream().anyMatch(b -> ops.hasField(b, field))) {
            return true;
        }
        return pathMutation && field.equals("path");
    }

    /**
     * A request the user could have made: every field plausible, ids of the fuzzer's own records.
     * {@code parent} is the list or object the field is in (an "id" in "outcomes" is an outcome's).
     */
    private JsonNode base(JsonNode schema, String name, String parent) {
        JsonNode s = ops.resolve(schema);
        if (s.has("properties")) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> p : s.get("properties").properties()) {
                JsonNode value = base(p.getValue(), p.getKey(), name);
                if (value != null) {
                    object.set(p.getKey(), value);
                }
            }
            return object;
        }
        if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            ObjectNode map = NODES.objectNode();
            if (name.isEmpty()) {
                // The body itself is the map (the bank holidays feed): it needs its one division.
                map.set(mapKey(name), base(s.get("additionalProperties"), name, name));
            }
            return map;
        }
        String type = s.path("type").asString("object");
        return switch (type) {
            case "array" -> {
                JsonNode items = ops.resolve(s.get("items"));
                ArrayNode array = NODES.arrayNode();
                if (name.equals("attendees") && op.path().contains("strategy")) {
                    for (String agency : List.of("POLICE", "HEALTH", "EDUCATION", "SOCIAL_CARE")) {
                        ObjectNode attendee = (ObjectNode) base(items, name, parent);
                        attendee.put("agency", agency);
                        array.add(attendee);
                    }
                } else if (items.has("properties")) {
                    array.add(base(items, name, parent));
                } else if (name.equals("childIds")) {
                    array.add(world.id("child"));
                } else if (name.equals("alternatives")) {
                    array.add("Stay at home with support: the risks at home are too high");
                }
                yield array;
            }
            case "integer" -> baseNumber(name);
            case "boolean" -> NODES.booleanNode(switch (name) {
                case "child", "confirmNotDuplicate", "seen", "seenAlone", "planNeeded", "childSeen" -> true;
                default -> false;
            });
            case "number" -> NODES.numberNode(1.5);
            default -> baseText(name, parent, s);
        };
    }

    private JsonNode baseNumber(String name) {
        Function<String, JsonNode> id = n -> NODES.numberNode(world.id(n));
        return switch (name) {
            case "personId", "childId" -> id.apply("child");
            case "relatedPersonId" -> id.apply("otherChild");
            case "mergedPersonId" -> id.apply("otherChild");
            case "referralId" -> id.apply("referral");
            case "s47EnquiryId" -> id.apply("enquiry");
            case "planId" -> id.apply("cpPlan");
            case "workerId" -> id.apply("worker");
            case "teamId" -> id.apply("team");
            case "coreGroupId", "conferenceId" -> null;
            case "version" -> NODES.numberNode(0);
            default -> NODES.numberNode(3);
        };
    }

    private JsonNode baseText(String name, String parent, JsonNode schema) {
        String path = op.path();
        String value = switch (name) {
            case "id" -> switch (parent) {
                case "needs" -> "n1";
                case "outcomes" -> "o1";
                default -> "a1";
            };
            case "outcomeId" -> "o1";
            case "givenName" -> "Fuzz";
            case "familyName" -> Fixtures.uniqueSurname("Fuzz");
            case "dateOfBirth" -> world.today.minusYears(8).toString();
            case "expectedDateOfBirth", "nhsNumber", "upn", "ethnicity", "earlyHelpService", "placeOther" -> null;
            case "gender" -> "1";
            case "postcode" -> "N1 1AA";
            case "type" -> path.contains("relationships") ? "SIBLING" : "VISIT";
            case "kind" -> path.endsWith("/reviews") ? "CIN_REVIEW" : path.contains("decisions") ? "STEP_UP" : "CIN";
            case "sourceCode" -> "1A";
            case "urgency" -> "STANDARD";
            case "consent" -> "GIVEN";
            case "agency" -> path.contains("strategy") ? "POLICE" : "HEALTH";
            case "primaryNeed" -> "N1";
            case "category" -> "NEG";
            case "outcome" -> path.contains("/decision") ? "NO_FURTHER_ACTION"
                    : path.contains("s47") ? "CONCERNS_NOT_SUBSTANTIATED" : path.contains("assessments") ? null : "Known";
            case "decision" -> path.contains("strategy-discussions") ? "NO_S47"
                    : path.contains("conferences/review") ? "CONTINUE_PLAN" : "Fuzz decision";
            case "visitorRole" -> "SOCIAL_WORKER";
            case "visitType" -> "STATUTORY";
            case "place" -> "HOME";
            case "to" -> path.contains("level") ? "CIN" : world.today.toString();
            case "reason" -> path.contains("closure") ? "RC8" : "Fuzz reason";
            case "field" -> path.contains("conferences") ? "reasons" : path.contains("strategy") ? "information" : "analysis";
            case "title" -> "Fuzz holiday";
            default -> null;
        };
        if (value != null || List.of("expectedDateOfBirth", "nhsNumber", "upn", "ethnicity", "earlyHelpService",
                "placeOther", "outcome").contains(name)) {
            return value == null ? null : NODES.stringNode(value);
        }
        if (BadValues.isInstant(name, schema)) {
            return NODES.stringNode(java.time.Instant.now(world.clock).minusSeconds(3600).toString());
        }
        if (BadValues.isDate(name, schema)) {
            // What is due is due later; what happened happened yesterday.
            return NODES.stringNode((name.equals("dueOn") ? world.today.plusDays(14) : world.today.minusDays(1)).toString());
        }
        if (BadValues.isTime(name)) {
            return NODES.stringNode("10:00");
        }
        return NODES.stringNode("Fuzz " + name);
    }

    private static String mapKey(String name) {
        return name.isEmpty() ? "england-and-wales" : "k1";
    }

    private static String fieldName(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer n) {
                s.append('[').append(n).append(']');
            } else {
                s.append(s.isEmpty() ? "" : ".").append(step);
            }
        }
        return s.toString();
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }
}
