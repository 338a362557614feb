package org.opencsc.platform.web;

import java.beans.PropertyEditorSupport;
import org.opencsc.platform.validation.WholeNumbers;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where a form field, query parameter or path segment becomes an {@code int},
 * {@code long}, {@code Integer} or {@code Long} (ids, versions, counts, pages; form records' fields
 * and lists of ids too): only what {@link WholeNumbers} reads. Spring's defaults would take "0x10"
 * as 16, "#10" as 16, "+5" as 5 and "٣" as 3. A refusal is Spring's type mismatch or binding error,
 * which the pages answer with a 400 page naming the field and the API with a 400 problem naming it.
 * Blank is null for the wrapper types, as before (a required parameter sent blank is a missing one),
 * and a refusal for the primitives.
 * <p>
 * Both of Spring's routes are covered: the conversion service (for String to Integer and Long
 * these converters are found before the default String-to-Number factory), and the binder's
 * property editors, which Spring falls back to when the conversion service refuses a value and
 * whose default number editor would otherwise read "0x10" after all.
 */
@Configuration(proxyBeanMethods = false)
class StrictNumberBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) s -> WholeNumbers.parseInt(s).orElse(null));
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) s -> WholeNumbers.parseLong(s).orElse(null));
    }

    /** The same rule for every controller's binder: these editors replace Spring's number editors for the four types. */
    @ControllerAdvice
    static class Editors {

        @InitBinder
        void strictNumbers(WebDataBinder binder) {
            binder.registerCustomEditor(Integer.class, new WholeNumberEditor(false, true));
            binder.registerCustomEditor(int.class, new WholeNumberEditor(false, false));
            binder.registerCustomEditor(Long.class, new WholeNumberEditor(true, true));
            binder.registerCustomEditor(long.class, new WholeNumberEditor(true, false));
        }
    }

    private static final class WholeNumberEditor extends PropertyEditorSupport {

        private final boolean asLong;
        private final boolean blankIsNull;

        WholeNumberEditor(boolean asLong, boolean blankIsNull) {
            this.asLong = asLong;
            this.blankIsNull = blankIsNull;
        }

        @Override
        public void setAsText(String text) {
            // Not one conditional expression: Long and Integer operands would be unboxed, and null with them.
            Object value;
            if (asLong) {
                value = WholeNumbers.parseLong(text).orElse(null);
            } else {
                value = WholeNumbers.parseInt(text).orElse(null);
            }
            if (value == null && !blankIsNull) {
                throw new IllegalArgumentException("A whole number is needed");
            }
            setValue(value);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
