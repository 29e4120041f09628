package uk.caseaudit.api.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Dates and months in request bodies are ISO strings and nothing else: Jackson's own readers also
 * take numbers (epoch days) and arrays, and read an empty array as "no date", i.e. today.
 */
final class StrictDates {

    private StrictDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("strict-dates")
                .addDeserializer(LocalDate.class, new IsoString<>(LocalDate.class, LocalDate::parse, "yyyy-MM-dd"))
                .addDeserializer(YearMonth.class, new IsoString<>(YearMonth.class, YearMonth::parse, "yyyy-MM"));
    }

    private static final class IsoString<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;
        private final String form;

        IsoString(Class<T> type, Function<String, T> parse, String form) {
            this.type = type;
            this.parse = parse;
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser.currentToken(), parser,
                        "expected a %s string", form));
            }
            String text = parser.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException notIso) {
                return type.cast(context.handleWeirdStringValue(type, text, "expected %s", form));
            }
        }
    }
}
