package uk.caseaudit.api.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every read of a table answers {@code text/csv} as well as JSON, chosen by {@code Accept} (README, The API's
 * conventions). The CSV converter comes after the JSON one, so JSON stays the answer when a client accepts both or
 * anything.
 */
@Configuration(proxyBeanMethods = false)
class CsvConfiguration implements WebMvcConfigurer {

    private final ObjectMapper json;

    CsvConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvMessageConverter(json));
    }
}
