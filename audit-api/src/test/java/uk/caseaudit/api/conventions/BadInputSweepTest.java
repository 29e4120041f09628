package uk.caseaudit.api.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Requests;

/**
 * Over a thousand malformed, truncated, oversized and wrongly typed requests across every command
 * endpoint, each sent by the role allowed to give the command, against records that exist: every
 * answer is a 4xx, and the event store holds nothing new.
 */
class BadInputSweepTest extends IntegrationTest {

    private static final Set<String> OPTIONAL = Set.of("effectiveOn", "worker");

    @Autowired
    ObjectMapper json;

    /** A command endpoint, the role that may call it and a valid body. */
    private record Endpoint(String user, String path, String validBody) {
    }

    @Test
    void malformed_requests_to_every_command_get_a_4xx_and_store_nothing() throws Exception {
        List<Endpoint> endpoints = endpoints();
        List<String> notClientErrors = new ArrayList<>();
        long before = eventCount();
        int sent = 0;

        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, HttpEntity<String>> request : malformed(endpoint.validBody()).entrySet()) {
                ResponseEntity<String> answer = as(endpoint.user()).postForEntity(endpoint.path(), request.getValue(),
                        String.class);
                sent++;
                if (!answer.getStatusCode().is4xxClientError()) {
                    notClientErrors.add(answer.getStatusCode().value() + " " + endpoint.path() + " " + request.getKey());
                }
            }
        }

        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(notClientErrors).as("requests not answered 4xx").isEmpty();
        assertThat(eventCount()).as("events stored by malformed requests").isEqualTo(before);
    }

    /** Every mutation of a valid body that must be refused, named for the failure message. */
    private Map<String, HttpEntity<String>> malformed(String validBody) throws Exception {
        Map<String, HttpEntity<String>> requests = new LinkedHashMap<>();
        ObjectNode valid = (ObjectNode) json.readTree(validBody);
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (!OPTIONAL.contains(field)) {
                requests.put("without " + field, Requests.json(copyWithout(valid, field)));
                requests.put(field + " null", Requests.json(copyWith(valid, field, json.nullNode())));
            }
            requests.put(field + " number", Requests.json(copyWith(valid, field, json.getNodeFactory().numberNode(42))));
            requests.put(field + " boolean", Requests.json(copyWith(valid, field, json.getNodeFactory().booleanNode(true))));
            requests.put(field + " empty", Requests.json(copyWith(valid, field, json.getNodeFactory().textNode(""))));
            requests.put(field + " array", Requests.json(copyWith(valid, field, json.createArrayNode())));
            requests.put(field + " huge", Requests.json(copyWith(valid, field, json.getNodeFactory().textNode("x".repeat(70_000)))));
            if (valid.get(field).isTextual() && !looksLikeDateOrName(valid.get(field).asText())) {
                requests.put(field + " too long", Requests.json(copyWith(valid, field,
                        json.getNodeFactory().textNode("y".repeat(4_001)))));
            } else {
                requests.put(field + " object", Requests.json(copyWith(valid, field, json.createObjectNode().put("x", 1))));
                requests.put(field + " nonsense", Requests.json(copyWith(valid, field,
                        json.getNodeFactory().textNode("2018-13-45 <x>"))));
            }
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("childName", "Somebody");
        requests.put("unknown field", Requests.json(unknown.toString()));
        for (int cut = 1; cut < validBody.length() - 1; cut += Math.max(1, validBody.length() / 40)) {
            requests.put("truncated at " + cut, Requests.json(validBody.substring(0, cut)));
        }
        requests.put("empty body", Requests.json(""));
        requests.put("null", Requests.json("null"));
        requests.put("array", Requests.json("[" + validBody + "]"));
        requests.put("string", Requests.json("\"" + UUID.randomUUID() + "\""));
        requests.put("two documents", Requests.json(validBody + validBody));
        requests.put("deep nesting", Requests.json("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));
        requests.put("not utf-8", Requests.json(new String(new byte[] {(byte) 0xC3, (byte) 0x28})));
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        requests.put("text/plain", new HttpEntity<>(validBody, text));
        HttpHeaders xml = new HttpHeaders();
        xml.setContentType(MediaType.APPLICATION_XML);
        requests.put("xml", new HttpEntity<>("<audit/>", xml));
        return requests;
    }

    private List<Endpoint> endpoints() {
        String child = "S" + UUID.randomUUID().toString().substring(0, 6);
        String team = "Sweep " + UUID.randomUUID();
        String auditId = post("qa-lead", "/api/audits", schedule(child, team)).get("auditId").asText();
        post("auditor", "/api/audits/" + auditId + "/judgements", judgements("INADEQUATE"));
        String caseId = post("head-of-service", "/api/cases-of-concern", raise(auditId, child)).get("caseOfConcernId").asText();
        String actionId = post("auditor", "/api/audits/" + auditId + "/actions", action(team)).get("actionId").asText();
        return List.of(
                new Endpoint("qa-lead", "/api/audits", schedule(child, team)),
                new Endpoint("auditor", "/api/audits/" + auditId + "/judgements", judgements("GOOD")),
                new Endpoint("moderator", "/api/audits/" + auditId + "/moderations",
                        "{\"grades\":{\"OVERALL\":\"INADEQUATE\"},\"rationale\":\"Agreed.\",\"effectiveOn\":\"2016-03-22\"}"),
                new Endpoint("qa-lead", "/api/audits/" + auditId + "/inadmissibility",
                        "{\"reason\":\"File moved.\",\"effectiveOn\":\"2016-03-22\"}"),
                new Endpoint("auditor", "/api/audits/" + auditId + "/actions", action(team)),
                new Endpoint("head-of-service", "/api/cases-of-concern", raise(auditId, child)),
                new Endpoint("head-of-service", "/api/cases-of-concern/" + caseId + "/reviews",
                        "{\"assurance\":\"Seen.\",\"effectiveOn\":\"2016-03-23\"}"),
                new Endpoint("head-of-service", "/api/cases-of-concern/" + caseId + "/recategorisation",
                        "{\"category\":\"CATEGORY_2\",\"reason\":\"Lower risk.\",\"effectiveOn\":\"2016-03-23\"}"),
                new Endpoint("improvement-director", "/api/cases-of-concern/" + caseId + "/closure",
                        "{\"rationale\":\"Assured.\",\"effectiveOn\":\"2016-03-24\"}"),
                new Endpoint("improvement-director", "/api/cases-of-concern/" + caseId + "/closure-refusal",
                        "{\"reason\":\"More please.\",\"effectiveOn\":\"2016-03-24\"}"),
                new Endpoint("improvement-director", "/api/cases-of-concern/" + caseId + "/reopening",
                        "{\"reason\":\"Again.\",\"effectiveOn\":\"2016-03-25\"}"),
                new Endpoint("team-manager", "/api/actions/" + actionId + "/completion",
                        "{\"note\":\"Done.\",\"effectiveOn\":\"2016-03-25\"}"),
                new Endpoint("team-manager", "/api/actions/" + actionId + "/due-date",
                        "{\"dueDate\":\"2016-05-30\",\"reason\":\"Later.\",\"effectiveOn\":\"2016-03-25\"}"),
                new Endpoint("head-of-service", "/api/actions/" + actionId + "/escalation",
                        "{\"reason\":\"Overdue.\",\"effectiveOn\":\"2016-03-25\"}"),
                new Endpoint("qa-lead", "/api/actions/" + actionId + "/cancellation",
                        "{\"reason\":\"Not needed.\",\"effectiveOn\":\"2016-03-25\"}"));
    }

    private static String schedule(String child, String team) {
        return """
                {"auditMonth":"2016-03","childReference":"%s","team":"%s","serviceArea":"Safeguarding",
                 "auditType":"CASE_FILE","auditor":"J Smith","dueDate":"2016-03-25","effectiveOn":"2016-03-01"}"""
                .formatted(child, team);
    }

    private static String judgements(String overall) {
        return """
                {"grades":{"OVERALL":"%s"},
                 "engagement":{"socialWorker":"ENGAGED","teamManager":"ENGAGED","child":"ATTEMPTED","parent":"ENGAGED"},
                 "summary":"Summary.","effectiveOn":"2016-03-20"}""".formatted(overall);
    }

    private static String raise(String auditId, String child) {
        return """
                {"auditId":"%s","childReference":"%s","category":"CATEGORY_1","concerns":"Risk.","worker":"SW 1",
                 "effectiveOn":"2016-03-21"}""".formatted(auditId, child);
    }

    private static String action(String team) {
        return """
                {"description":"Update the plan","owner":"Team Manager","team":"%s","dueDate":"2016-04-10","focus":"IMPACT",
                 "effectiveOn":"2016-03-21"}""".formatted(team);
    }

    private JsonNode post(String user, String path, String body) {
        ResponseEntity<JsonNode> answer = as(user).postForEntity(path, Requests.json(body), JsonNode.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + answer.getBody()).isTrue();
        return answer.getBody();
    }

    /** Dates, months and enumeration values: text with a form, unlike free text. */
    private static boolean looksLikeDateOrName(String value) {
        return value.matches("\\d{4}-\\d{2}(-\\d{2})?") || value.matches("[A-Z_0-9]+");
    }

    private static String copyWithout(ObjectNode valid, String field) {
        ObjectNode copy = valid.deepCopy();
        copy.remove(field);
        return copy.toString();
    }

    private static String copyWith(ObjectNode valid, String field, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(field, value);
        return copy.toString();
    }

}
