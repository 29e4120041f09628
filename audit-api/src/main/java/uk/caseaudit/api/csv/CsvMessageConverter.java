package uk.caseaudit.api.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes any answer of the API as {@code text/csv} when the client asks for it with {@code Accept}.
 *
 * <p>The answer is turned into JSON with the application's mapper, so the cells read exactly like the JSON
 * fields. The table is the first field holding an array of objects ({@code cohorts}, {@code cases},
 * {@code periods}...), the answer itself when it is an array, or else the answer as a single row. Nested objects
 * become dotted columns ({@code grades.GOOD.count}), arrays inside a row are joined with {@code ;}. The columns are
 * the fields of all rows in the order first seen, under a header line; quoting follows RFC 4180, lines end in CRLF.
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV-injection advice).
 *
 * <p>Problem details are not written here: an error asked for as CSV stays {@code application/problem+json}.
 */
public class CsvMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String CRLF = "\r\n";

    private final ObjectMapper json;

    public CsvMessageConverter(ObjectMapper json) {
        super(TEXT_CSV);
        // The tree would shorten a percentage of 8.0 to 8; keep it as the JSON answer writes it.
        this.json = json.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return !ProblemDetail.class.isAssignableFrom(type)
                && !CharSequence.class.isAssignableFrom(type)
                && !Resource.class.isAssignableFrom(type)
                && type != byte[].class;
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, never read", input);
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, never read", input);
    }

    @Override
    protected void addDefaultHeaders(HttpHeaders headers, Object answer, MediaType contentType) throws IOException {
        super.addDefaultHeaders(headers, answer, contentType);
        String fileName = fileName();
        if (fileName != null && headers.getFirst(HttpHeaders.CONTENT_DISPOSITION) == null) {
            headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
        }
    }

    @Override
    protected void writeInternal(Object answer, Type type, HttpOutputMessage output) throws IOException {
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write(toCsv(answer));
        writer.flush();
    }

    /** The answer as CSV: a header line and a line per row; nothing at all for an empty table. */
    public String toCsv(Object answer) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : table(json.valueToTree(answer))) {
            Map<String, String> cells = new LinkedHashMap<>();
            flatten(row.isObject() ? "" : "value", row, cells);
            rows.add(cells);
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        if (columns.isEmpty()) {
            return "";
        }
        StringBuilder csv = new StringBuilder();
        line(csv, columns.stream().map(CsvMessageConverter::defused).toList());
        for (Map<String, String> row : rows) {
            line(csv, columns.stream().map(column -> row.getOrDefault(column, "")).toList());
        }
        return csv.toString();
    }

    private static List<JsonNode> table(JsonNode answer) {
        if (answer.isArray()) {
            return elements(answer);
        }
        for (Iterator<JsonNode> fields = answer.elements(); fields.hasNext(); ) {
            JsonNode field = fields.next();
            if (isTable(field)) {
                return elements(field);
            }
        }
        return List.of(answer);
    }

    /** An array of objects; an empty array counts too (a table with no rows). */
    private static boolean isTable(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode element : node) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private static void flatten(String name, JsonNode node, Map<String, String> cells) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), field.getValue(), cells));
        } else if (node.isArray()) {
            StringJoiner joined = new StringJoiner(";");
            node.forEach(element -> joined.add(element.isContainerNode() ? element.toString() : text(element)));
            cells.put(name, defused(joined.toString()));
        } else if (node.isNumber()) {
            cells.put(name, node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        } else {
            cells.put(name, node.isTextual() ? defused(node.asText()) : text(node));
        }
    }

    private static String text(JsonNode scalar) {
        return scalar.isNull() || scalar.isMissingNode() ? "" : scalar.asText();
    }

    /** A text a spreadsheet would take for a formula, with a leading apostrophe so it stays text. */
    private static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        StringJoiner line = new StringJoiner(",", "", CRLF);
        cells.forEach(cell -> line.add(quoted(cell)));
        csv.append(line);
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf('\n') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The file a browser saves the table as: the request path's last segment, e.g. action-tracker.csv. */
    private static String fileName() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        String path = servlet.getRequest().getRequestURI();
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return last.isEmpty() ? null : last + ".csv";
    }
}
