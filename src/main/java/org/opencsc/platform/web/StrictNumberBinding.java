package org.opencsc.platform.web;

import org.opencsc.platform.validation.WholeNumbers;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where a form field, query parameter or path segment becomes an {@code int},
 * {@code long}, {@code Integer} or {@code Long} (ids, versions, counts, pages; form records' fields
 * and lists of ids too): only what {@link WholeNumbers} reads. Spring's default would take "0x10"
 * as 16, "+5" as 5 and "٣" as 3. A refusal is Spring's type mismatch or binding error, which the
 * pages answer with a 400 page naming the field and the API with a 400 problem naming it. Blank is
 * null, as before: a required parameter sent blank is a missing one.
 * <p>
 * Registered for (String, Integer) and (String, Long), these are found before the default
 * String-to-Number factory, and primitives are looked up as their wrappers.
 */
@Configuration(proxyBeanMethods = false)
class StrictNumberBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) s -> WholeNumbers.parseInt(s).orElse(null));
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) s -> WholeNumbers.parseLong(s).orElse(null));
    }
}
