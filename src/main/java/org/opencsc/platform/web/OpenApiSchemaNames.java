package org.opencsc.platform.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Schema names in the OpenAPI description that cannot collide. Request and response records
 * are nested in their controller or record, and several share a simple name
 * ({@code ReviewRequest}, {@code SignOffRequest}, {@code Action}); under swagger's default
 * names the first one found stood for all of them. A nested type is named after what encloses
 * it, without the "ApiController" suffix ({@code Plan.ReviewRequest},
 * {@code ReviewConference.ReviewRequest}); a top-level type keeps its simple name. Should two
 * types still meet on one name, the later one gets its full class name rather than the
 * other's schema.
 * <p>
 * Registered first so that it ends springdoc's converter chain, in place of swagger's default
 * resolver (which it is, apart from the names).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenApiSchemaNames extends ModelResolver {

    OpenApiSchemaNames() {
        super(Json31.mapper(), new QualifiedNames());
        openapi31(true);
    }

    static final class QualifiedNames extends TypeNameResolver {

        private final Map<String, Class<?>> taken = new ConcurrentHashMap<>();

        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = readable(type);
            Class<?> owner = taken.putIfAbsent(name, type);
            return owner == null || owner == type ? name : type.getName().replace('$', '.');
        }

        private static String readable(Class<?> type) {
            Class<?> enclosing = type.getEnclosingClass();
            if (enclosing == null) {
                return type.getSimpleName();
            }
            String outer = readable(enclosing);
            if (outer.endsWith("ApiController") && outer.length() > "ApiController".length()) {
                outer = outer.substring(0, outer.length() - "ApiController".length());
            }
            return outer + "." + type.getSimpleName();
        }
    }
}
