package uk.caseaudit.api.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.caseaudit.support.IntegrationTest;
import uk.caseaudit.support.Scenario;

/**
 * The case-of-concern register over HTTP: built by the roles the README's role table names, read as at past days and
 * as known at past instants. Each test keeps to a team of its own (a new name per test), so figures are exact.
 */
class RegisterApiTest extends IntegrationTest {

    private static final String REGISTER = "/api/cases-of-concern";

    @Autowired
    EventProcessingConfiguration processing;

    /** The test's team; every read waits for the position of its last command. */
    private Scenario scenario;

    @BeforeEach
    void aScenarioInATeamOfItsOwn() {
        scenario = new Scenario(http);
    }

    @Test
    void the_register_as_at_a_past_day_shows_a_case_closed_later_as_open() {
        String closedLater = scenario.raiseACaseOfConcern("CATEGORY_2", "SW 14", "2016-03-01");
        String stillOpen = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-03-15");
        scenario.recordAReview(closedLater, "2016-03-10");
        scenario.close(closedLater, "2016-04-05");

        JsonNode endOfMarch = register("asAt=2016-03-31");
        JsonNode today = register("");

        assertThat(caseIds(endOfMarch)).containsExactly(closedLater, stillOpen);
        assertThat(endOfMarch.get("total").asLong()).isEqualTo(2);
        assertThat(endOfMarch.get("asAt").asText()).isEqualTo("2016-03-31");
        JsonNode openThen = endOfMarch.get("cases").get(0);
        assertThat(openThen.get("status").asText()).isEqualTo("OPEN");
        assertThat(openThen.get("team").asText()).isEqualTo(scenario.team());
        assertThat(openThen.get("worker").asText()).isEqualTo("SW 14");
        assertThat(openThen.get("raisedOn").asText()).isEqualTo("2016-03-01");
        assertThat(openThen.get("daysOnRegister").asLong()).isEqualTo(30);
        assertThat(openThen.get("lastReviewOn").asText()).isEqualTo("2016-03-10");
        assertThat(openThen.get("closedOn").isNull()).isTrue();
        assertThat(openThen.get("version").asLong()).isEqualTo(1);
        assertThat(endOfMarch.get("cases").get(1).get("daysOnRegister").asLong()).isEqualTo(16);
        assertThat(endOfMarch.get("cases").get(1).get("worker").isNull()).isTrue();
        assertThat(caseIds(today)).containsExactly(stillOpen);
        assertThat(today.get("asAt").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());
    }

    @Test
    void status_open_is_the_default_closed_lists_the_sign_off_and_all_lists_both() {
        String closed = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-03-01");
        String open = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-03-15");
        scenario.recordAReview(closed, "2016-03-10");
        scenario.close(closed, "2016-04-05");

        JsonNode byDefault = register("asAt=2016-04-30");
        JsonNode openOnly = register("asAt=2016-04-30&status=OPEN");
        JsonNode closedOnly = register("asAt=2016-04-30&status=CLOSED");
        JsonNode all = register("asAt=2016-04-30&status=ALL");
        JsonNode beforeAnyWasRaised = register("asAt=2016-02-29&status=ALL");

        assertThat(caseIds(byDefault)).containsExactly(open);
        assertThat(caseIds(openOnly)).containsExactly(open);
        assertThat(openOnly.get("cases").get(0).get("daysOnRegister").asLong()).isEqualTo(46);
        assertThat(caseIds(closedOnly)).containsExactly(closed);
        JsonNode signedOff = closedOnly.get("cases").get(0);
        assertThat(signedOff.get("status").asText()).isEqualTo("CLOSED");
        assertThat(signedOff.get("closedOn").asText()).isEqualTo("2016-04-05");
        assertThat(signedOff.get("daysOnRegister").asLong()).isEqualTo(35);
        assertThat(signedOff.get("signOffRationale").asText()).isEqualTo("Assurance accepted.");
        assertThat(signedOff.get("signOffBy").asText()).isEqualTo("improvement-director");
        assertThat(signedOff.get("version").asLong()).isEqualTo(2);
        assertThat(caseIds(all)).containsExactly(closed, open);
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(caseIds(beforeAnyWasRaised)).isEmpty();
        assertThat(beforeAnyWasRaised.get("total").asLong()).isZero();
    }

    @Test
    void the_register_filters_by_category_and_pages_in_raised_order_with_the_total() {
        String first = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-07-01");
        String second = scenario.raiseACaseOfConcern("CATEGORY_1", null, "2016-07-02");
        String third = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-07-03");

        JsonNode category2 = register("asAt=2016-07-31&category=CATEGORY_2");
        JsonNode firstPage = register("asAt=2016-07-31&size=2&page=0");
        JsonNode secondPage = register("asAt=2016-07-31&size=2&page=1");

        assertThat(caseIds(category2)).containsExactly(first, third);
        assertThat(category2.get("total").asLong()).isEqualTo(2);
        assertThat(caseIds(firstPage)).containsExactly(first, second);
        assertThat(caseIds(secondPage)).containsExactly(third);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
    }

    @Test
    void a_category_1_case_raised_on_a_friday_is_late_for_review_from_the_tuesday_until_reviewed() {
        String caseId = scenario.raiseACaseOfConcern("CATEGORY_1", null, "2016-06-03");

        boolean lateOnMonday = onlyCase(register("asAt=2016-06-06")).get("category1ReviewLate").asBoolean();
        boolean lateOnTuesday = onlyCase(register("asAt=2016-06-07")).get("category1ReviewLate").asBoolean();
        scenario.recordAReview(caseId, "2016-06-08");
        boolean stillLateOnTuesday = onlyCase(register("asAt=2016-06-07")).get("category1ReviewLate").asBoolean();
        boolean lateOnceReviewed = onlyCase(register("asAt=2016-06-08")).get("category1ReviewLate").asBoolean();

        assertThat(lateOnMonday).isFalse();
        assertThat(lateOnTuesday).isTrue();
        assertThat(stillLateOnTuesday).as("the review took effect on the Wednesday").isTrue();
        assertThat(lateOnceReviewed).isFalse();
        assertThat(caseOfConcern(caseId, "asAt=2016-06-07").getBody().get("category1ReviewLate").asBoolean()).isTrue();
    }

    @Test
    void re_categorising_to_category_1_starts_a_new_review_deadline_and_category_2_is_never_late() {
        String caseId = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-06-06");
        scenario.recordAReview(caseId, "2016-06-21");
        scenario.recategorise(caseId, "CATEGORY_1", "2016-06-22");

        JsonNode category2Unreviewed = onlyCase(register("asAt=2016-06-20"));
        JsonNode dayAfterRecategorised = onlyCase(register("asAt=2016-06-23"));
        JsonNode twoDaysAfter = onlyCase(register("asAt=2016-06-24"));

        assertThat(category2Unreviewed.get("category").asText()).isEqualTo("CATEGORY_2");
        assertThat(category2Unreviewed.get("category1ReviewLate").asBoolean()).isFalse();
        assertThat(dayAfterRecategorised.get("category").asText()).isEqualTo("CATEGORY_1");
        assertThat(dayAfterRecategorised.get("category1ReviewLate").asBoolean()).isFalse();
        assertThat(twoDaysAfter.get("category1ReviewLate").asBoolean())
                .as("the review of 21 June came before the re-categorisation").isTrue();
        assertThat(twoDaysAfter.get("lastReviewOn").asText()).isEqualTo("2016-06-21");
    }

    @Test
    void register_sizes_count_the_open_cases_at_each_month_end_and_each_sunday() {
        String closedInFebruary = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-01-10");
        scenario.recordAReview(closedInFebruary, "2016-02-01");
        scenario.close(closedInFebruary, "2016-02-15");
        scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-02-20");
        String reopened = scenario.raiseACaseOfConcern("CATEGORY_1", null, "2016-03-05");
        scenario.recordAReview(reopened, "2016-03-06");
        scenario.close(reopened, "2016-03-20");
        scenario.reopen(reopened, "2016-03-25");

        JsonNode months = sizes("from=2016-01-01&to=2016-03-31&interval=MONTH");
        JsonNode monthsByDefault = sizes("from=2016-01-15&to=2016-03-30");
        JsonNode weeks = sizes("from=2016-03-01&to=2016-03-31&interval=WEEK");

        assertThat(months.get("interval").asText()).isEqualTo("MONTH");
        assertThat(periodSizes(months)).containsExactly("2016-01-31=1", "2016-02-29=1", "2016-03-31=2");
        assertThat(monthsByDefault.get("interval").asText()).isEqualTo("MONTH");
        assertThat(periodSizes(monthsByDefault)).containsExactly("2016-01-31=1", "2016-02-29=1");
        assertThat(periodSizes(weeks)).containsExactly("2016-03-06=2", "2016-03-13=2", "2016-03-20=1", "2016-03-27=2");
        JsonNode reopenedCase = caseOfConcern(reopened, "asAt=2016-03-31").getBody();
        assertThat(reopenedCase.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopenedCase.get("reopenedOn").asText()).isEqualTo("2016-03-25");
        assertThat(reopenedCase.get("closedOn").isNull()).isTrue();
        assertThat(reopenedCase.get("daysOnRegister").asLong()).isEqualTo(26);
        assertThat(reopenedCase.get("reviewedSinceCategorySince").asBoolean()).isFalse();
    }

    @Test
    void recurrence_counts_the_cases_raised_in_the_period_per_team_and_per_worker_most_first_then_by_name() {
        String suffix = UUID.randomUUID().toString();
        String chelt = "Chelt Assess " + suffix;
        String fod = "FoD Assess " + suffix;
        String tewkes = "Tewkes Assess " + suffix;
        String glos = "Glos Team 7 " + suffix;
        String agencyWorker = "Agency SW " + suffix;
        Scenario inChelt = scenario.inTeam(chelt);
        Scenario inTewkes = scenario.inTeam(tewkes);
        Scenario inFod = scenario.inTeam(fod);
        Scenario inGlos = scenario.inTeam(glos);
        String brown = "SW Brown " + suffix;
        inChelt.raiseACaseOfConcern("CATEGORY_2", agencyWorker, "2014-12-31");
        String agencysFirst = inChelt.raiseACaseOfConcern("CATEGORY_1", agencyWorker, "2015-01-05");
        inChelt.raiseACaseOfConcern("CATEGORY_2", agencyWorker, "2015-02-10");
        inChelt.raiseACaseOfConcern("CATEGORY_2", brown, "2015-03-02");
        inChelt.raiseACaseOfConcern("CATEGORY_2", null, "2015-05-31");
        inTewkes.raiseACaseOfConcern("CATEGORY_2", brown, "2015-01-20");
        inTewkes.raiseACaseOfConcern("CATEGORY_2", brown, "2015-04-20");
        inFod.raiseACaseOfConcern("CATEGORY_2", null, "2015-02-02");
        inFod.raiseACaseOfConcern("CATEGORY_2", null, "2015-03-03");
        inGlos.raiseACaseOfConcern("CATEGORY_2", null, "2015-04-01");
        inGlos.raiseACaseOfConcern("CATEGORY_2", null, "2015-06-01");
        scenario.recordAReview(agencysFirst, "2015-01-06");
        scenario.close(agencysFirst, "2015-01-07");

        JsonNode byTeam = recurrence("from=2015-01-01&to=2015-05-31&by=TEAM");
        JsonNode byTeamByDefault = recurrence("from=2015-01-01&to=2015-05-31");
        JsonNode byWorkerInChelt = recurrence("from=2015-01-01&to=2015-05-31&by=WORKER&team=" + chelt);
        JsonNode byWorker = recurrence("from=2015-01-01&to=2015-05-31&by=WORKER");
        JsonNode oneTeam = recurrence("from=2015-01-01&to=2015-05-31&team=" + glos);

        assertThat(byTeam.get("by").asText()).isEqualTo("TEAM");
        assertThat(countsEndingWith(byTeam, suffix))
                .containsExactly(chelt + "=4", fod + "=2", tewkes + "=2", glos + "=1");
        assertThat(countsEndingWith(byTeamByDefault, suffix)).isEqualTo(countsEndingWith(byTeam, suffix));
        assertThat(byWorkerInChelt.get("by").asText()).isEqualTo("WORKER");
        assertThat(countsEndingWith(byWorkerInChelt, ""))
                .as("the case raised without a worker is left out").containsExactly(agencyWorker + "=2", brown + "=1");
        assertThat(countsEndingWith(byWorker, suffix)).containsExactly(brown + "=3", agencyWorker + "=2");
        assertThat(countsEndingWith(oneTeam, "")).containsExactly(glos + "=1");
    }

    @Test
    void known_at_reproduces_an_earlier_answer_after_a_back_dated_closure_was_recorded() {
        Instant beforeRaising = Instant.now();
        String caseId = scenario.raiseACaseOfConcern("CATEGORY_2", "SW 3", "2016-05-02");
        scenario.recordAReview(caseId, "2016-05-03");
        JsonNode printed = register("asAt=2016-05-31");
        JsonNode printedSizes = sizes("from=2016-05-01&to=2016-05-31");
        Instant printedAt = Instant.now();
        scenario.close(caseId, "2016-05-20");

        JsonNode now = register("asAt=2016-05-31");
        JsonNode reprinted = register("asAt=2016-05-31&knownAt=" + printedAt);
        JsonNode reprintedSizes = sizes("from=2016-05-01&to=2016-05-31&knownAt=" + printedAt);
        JsonNode caseAsKnownThen = caseOfConcern(caseId, "asAt=2016-05-31&knownAt=" + printedAt).getBody();
        JsonNode caseAsKnownNow = caseOfConcern(caseId, "asAt=2016-05-31").getBody();

        assertThat(caseIds(printed)).containsExactly(caseId);
        assertThat(caseIds(now)).isEmpty();
        assertThat(reprinted.get("cases")).isEqualTo(printed.get("cases"));
        assertThat(reprinted.get("knownAt").asText()).isEqualTo(printedAt.toString());
        assertThat(periodSizes(printedSizes)).containsExactly("2016-05-31=1");
        assertThat(periodSizes(sizes("from=2016-05-01&to=2016-05-31"))).containsExactly("2016-05-31=0");
        assertThat(periodSizes(reprintedSizes)).containsExactly("2016-05-31=1");
        assertThat(caseAsKnownThen.get("status").asText()).isEqualTo("OPEN");
        assertThat(caseAsKnownThen.get("version").asLong()).isEqualTo(1);
        assertThat(caseAsKnownNow.get("status").asText()).isEqualTo("CLOSED");
        assertThat(caseAsKnownNow.get("closedOn").asText()).isEqualTo("2016-05-20");
        assertThat(countsEndingWith(recurrence("from=2016-05-01&to=2016-05-31&team=" + scenario.team()), ""))
                .containsExactly(scenario.team() + "=1");
        assertThat(countsEndingWith(recurrence("from=2016-05-01&to=2016-05-31&team=" + scenario.team()
                + "&knownAt=" + beforeRaising), "")).isEmpty();
    }

    @Test
    void one_case_answers_its_latest_steps_with_its_version_as_etag() {
        String caseId = scenario.raiseACaseOfConcern("CATEGORY_1", "SW 9", "2016-08-01");
        scenario.recordAReview(caseId, "2016-08-02");
        scenario.refuseClosure(caseId, "2016-08-03");

        ResponseEntity<JsonNode> response = caseOfConcern(caseId, "");
        ResponseEntity<JsonNode> asFirstRaised = caseOfConcern(caseId, "asAt=2016-08-01");

        assertThat(response.getHeaders().getETag()).isEqualTo("\"2\"");
        JsonNode view = response.getBody();
        assertThat(view.get("caseOfConcernId").asText()).isEqualTo(caseId);
        assertThat(view.get("team").asText()).isEqualTo(scenario.team());
        assertThat(view.get("serviceArea").asText()).isEqualTo("Safeguarding");
        assertThat(view.get("auditMonth").asText()).isEqualTo("2016-08");
        assertThat(view.get("category").asText()).isEqualTo("CATEGORY_1");
        assertThat(view.get("categorySince").asText()).isEqualTo("2016-08-01");
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("raisedBy").asText()).isEqualTo("head-of-service");
        assertThat(view.get("concerns").asText()).isEqualTo("Risk not assessed.");
        assertThat(view.get("reviewedSinceCategorySince").asBoolean()).isTrue();
        assertThat(view.get("lastReviewOn").asText()).isEqualTo("2016-08-02");
        assertThat(view.get("lastAssurance").asText()).isEqualTo("Child seen; plan updated.");
        assertThat(view.get("lastReviewedBy").asText()).isEqualTo("head-of-service");
        assertThat(view.get("lastRefusalOn").asText()).isEqualTo("2016-08-03");
        assertThat(view.get("lastRefusalReason").asText()).isEqualTo("More assurance needed.");
        assertThat(view.get("lastStepOn").asText()).isEqualTo("2016-08-03");
        assertThat(view.get("version").asLong()).isEqualTo(2);
        assertThat(asFirstRaised.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(asFirstRaised.getBody().get("lastReviewOn").isNull()).isTrue();
    }

    @Test
    void a_case_answers_404_before_it_was_raised_and_an_unknown_one_404() {
        String caseId = scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-08-01");

        ResponseEntity<JsonNode> beforeRaised = as("qa-lead").getForEntity(
                REGISTER + "/" + caseId + "?asAt=2016-07-31&minPosition=" + scenario.lastPosition(), JsonNode.class);
        ResponseEntity<JsonNode> unknown = as("qa-lead").getForEntity(REGISTER + "/no-such-case", JsonNode.class);

        assertThat(beforeRaised.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(beforeRaised.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).isEqualTo("There is no such case of concern.");
    }

    @Test
    void malformed_or_inconsistent_parameters_answer_400_problems() {
        List<String> malformed = List.of(
                REGISTER + "?asAt=2016-13-01",
                REGISTER + "?status=PENDING",
                REGISTER + "?category=CATEGORY_3",
                REGISTER + "?knownAt=yesterday",
                REGISTER + "?size=501",
                REGISTER + "?size=0",
                REGISTER + "?page=-1",
                REGISTER + "/register-sizes?to=2016-02-01",
                REGISTER + "/register-sizes?from=2016-01-01&to=2016-02-01&interval=DAY",
                REGISTER + "/register-sizes?from=2000-01-01&to=2016-02-01",
                REGISTER + "/recurrence?from=2016-01-01&to=2016-02-01&by=AUDITOR",
                REGISTER + "/recurrence?from=2016-01-01");
        for (String uri : malformed) {
            ResponseEntity<JsonNode> response = as("qa-lead").getForEntity(uri, JsonNode.class);
            assertThat(response.getStatusCode()).as(uri).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).as(uri).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }

        for (String uri : List.of(REGISTER + "/register-sizes?from=2016-03-01&to=2016-02-01",
                REGISTER + "/recurrence?from=2016-03-01&to=2016-02-01")) {
            ResponseEntity<JsonNode> reversed = as("qa-lead").getForEntity(uri, JsonNode.class);
            assertThat(reversed.getStatusCode()).as(uri).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(reversed.getHeaders().getContentType()).as(uri).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(reversed.getBody().get("errors").get(0).get("field").asText()).isEqualTo("from");
        }
    }

    @Test
    void every_role_but_the_integrator_reads_the_register() {
        assertThat(as("team-manager").getForEntity(REGISTER, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("auditor").getForEntity(REGISTER + "/recurrence?from=2016-01-01&to=2016-01-31", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("integrator").getForEntity(REGISTER, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(REGISTER, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_replayed_register_answers_as_the_live_one() {
        String caseId = scenario.raiseACaseOfConcern("CATEGORY_1", "SW 21", "2016-09-01");
        scenario.recordAReview(caseId, "2016-09-02");
        scenario.close(caseId, "2016-09-05");
        scenario.reopen(caseId, "2016-09-12");
        scenario.raiseACaseOfConcern("CATEGORY_2", null, "2016-09-07");
        List<JsonNode> live = List.of(register("asAt=2016-09-06&status=ALL"), register("asAt=2016-09-30&status=ALL"),
                caseOfConcern(caseId, "").getBody(), sizes("from=2016-09-01&to=2016-09-30&interval=WEEK"));

        StreamingEventProcessor processor = processing.eventProcessor("register", StreamingEventProcessor.class)
                .orElseThrow();
        int segments = processor.processingStatus().size();
        processor.shutdownAsync().join();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> replayedTo(processor, segments, scenario.lastPosition()));
        List<JsonNode> replayed = List.of(register("asAt=2016-09-06&status=ALL"),
                register("asAt=2016-09-30&status=ALL"), caseOfConcern(caseId, "").getBody(),
                sizes("from=2016-09-01&to=2016-09-30&interval=WEEK"));

        assertThat(withoutKnownAt(replayed)).isEqualTo(withoutKnownAt(live));
        assertThat(caseIds(live.get(1))).hasSize(2);
    }

    /** The register of this test's team, read after the last command. */
    private JsonNode register(String parameters) {
        return read(REGISTER + "?team=" + scenario.team() + "&" + parameters);
    }

    private JsonNode sizes(String parameters) {
        return read(REGISTER + "/register-sizes?team=" + scenario.team() + "&" + parameters);
    }

    private JsonNode recurrence(String parameters) {
        return read(REGISTER + "/recurrence?" + parameters);
    }

    private ResponseEntity<JsonNode> caseOfConcern(String caseId, String parameters) {
        ResponseEntity<JsonNode> response = as("qa-lead").getForEntity(
                REGISTER + "/" + caseId + "?minPosition=" + scenario.lastPosition() + "&" + parameters, JsonNode.class);
        assertThat(response.getStatusCode()).as(response.getBody().toString()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private JsonNode read(String uri) {
        ResponseEntity<JsonNode> response = as("qa-lead").getForEntity(uri + "&minPosition=" + scenario.lastPosition(),
                JsonNode.class);
        assertThat(response.getStatusCode()).as(uri + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode onlyCase(JsonNode page) {
        assertThat(page.get("cases")).hasSize(1);
        return page.get("cases").get(0);
    }

    private static List<String> caseIds(JsonNode page) {
        return StreamSupport.stream(page.get("cases").spliterator(), false)
                .map(row -> row.get("caseOfConcernId").asText()).toList();
    }

    private static List<String> periodSizes(JsonNode sizes) {
        return StreamSupport.stream(sizes.get("sizes").spliterator(), false)
                .map(size -> size.get("periodEnd").asText() + "=" + size.get("size").asLong()).toList();
    }

    /** The counts whose name ends with {@code suffix} (this test's teams and workers), in the order answered. */
    private static List<String> countsEndingWith(JsonNode recurrence, String suffix) {
        return StreamSupport.stream(recurrence.get("counts").spliterator(), false)
                .filter(count -> count.get("name").asText().endsWith(suffix))
                .map(count -> count.get("name").asText() + "=" + count.get("count").asLong()).toList();
    }

    /**
     * Whether every segment of the processor is claimed again and has replayed the event at {@code position}
     * (gaps below it, left by other tests' refused commands, do not matter).
     */
    private static boolean replayedTo(StreamingEventProcessor processor, int segments, long position) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return status.size() == segments && status.values().stream().allMatch(segment ->
                WrappedToken.unwrapLowerBound(segment.getTrackingToken()) instanceof GapAwareTrackingToken token
                        && token.getIndex() >= position && !token.getGaps().contains(position));
    }

    private static List<JsonNode> withoutKnownAt(List<JsonNode> answers) {
        List<JsonNode> stripped = new ArrayList<>();
        for (JsonNode answer : answers) {
            JsonNode copy = answer.deepCopy();
            ((ObjectNode) copy).remove("knownAt");
            stripped.add(copy);
        }
        return stripped;
    }
}
