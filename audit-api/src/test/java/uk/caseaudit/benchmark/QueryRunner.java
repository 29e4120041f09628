package uk.caseaudit.benchmark;

import uk.caseaudit.support.TestTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Query latency over HTTP with a JWT (the QA lead's), one request at a time: the register (open cases, a page of 50),
 * the action tracker (a year of cohorts) and the judgement trends (a financial year by quarter), now and as at past
 * dates. A council looks at its own: each request names one council's team, the councils and past dates taken in turn.
 * The whole country's view (no team) is measured too, with fewer requests: the service is single-tenant today, so no
 * real client asks it, but it is the worst case of the same tables.
 */
final class QueryRunner {

    private final Service service;
    private final String token;
    private final int councils;

    QueryRunner(Service service, TestTokens tokens, int councils) {
        this.service = service;
        this.token = tokens.token("bench-qa-lead", List.of("QA_LEAD"), java.time.Instant.now().plus(Duration.ofHours(2)));
        this.councils = councils;
    }

    /** One query's latencies. */
    record Result(String query, String scope, Latencies.Summary latency, long errors, String firstError) {
    }

    List<Result> run(int warmup, int requests, int nationalRequests) {
        List<Result> results = new ArrayList<>();
        for (boolean national : new boolean[] {false, true}) {
            if (national && nationalRequests == 0) {
                break;
            }
            String scope = national ? "national (no team)" : "council (team)";
            int count = national ? nationalRequests : requests;
            results.add(time("register, now", scope, warmup, count, national, i ->
                    "/api/cases-of-concern?status=OPEN&size=50" + team(i, national)));
            results.add(time("register, as at", scope, warmup, count, national, i ->
                    "/api/cases-of-concern?status=OPEN&size=50&asAt=" + pastMonthEnd(i) + team(i, national)));
            results.add(time("tracker, now", scope, warmup, count, national, i ->
                    "/api/action-tracker?from=2025-01&to=2025-11" + team(i, national)));
            results.add(time("tracker, as at", scope, warmup, count, national, i -> {
                int year = pastYear(i);
                return "/api/action-tracker?from=" + year + "-01&to=" + year + "-11&asAt=" + year + "-12-31"
                        + team(i, national);
            }));
            results.add(time("trends, now", scope, warmup, count, national, i ->
                    "/api/judgement-trends?from=2025-04&to=2026-03&interval=QUARTER" + team(i, national)));
            results.add(time("trends, as at", scope, warmup, count, national, i -> {
                int year = pastYear(i);
                return "/api/judgement-trends?from=" + year + "-04&to=" + (year + 1) + "-03&interval=QUARTER&asAt="
                        + (year + 1) + "-06-30" + team(i, national);
            }));
        }
        return results;
    }

    private Result time(String query, String scope, int warmup, int count, boolean national, IntFunction<String> path) {
        Latencies latencies = new Latencies();
        long errors = 0;
        String firstError = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(national ? 20 : 120).toNanos();
        try (HttpConnection http = new HttpConnection(service.port)) {
            int warm = national ? 1 : warmup;
            for (int i = 0; i < warm + count && System.nanoTime() < deadline; i++) {
                String target = path.apply(i);
                long start = System.nanoTime();
                HttpConnection.Answer answer = http.get(target, token);
                long nanos = System.nanoTime() - start;
                if (answer.status() != 200) {
                    errors++;
                    if (firstError == null) {
                        firstError = target + " answered " + answer.status() + " " + answer.body();
                    }
                } else if (i >= warm) {
                    latencies.add(nanos);
                }
            }
        }
        return new Result(query, scope, latencies.summary(), errors, firstError);
    }

    private String team(int i, boolean national) {
        return national ? "" : "&team=" + URLEncoder.encode(ProgrammeGenerator.council((i * 37) % councils),
                StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Past years with a whole programme in every size: 2016 to 2024 (the small size holds 2025 only). */
    private int pastYear(int i) {
        return smallOnly ? 2025 : 2016 + (i * 5) % 9;
    }

    private String pastMonthEnd(int i) {
        if (smallOnly) {
            return YearMonth.of(2025, 3 + (i * 7) % 9).atEndOfMonth().toString();
        }
        return YearMonth.of(2016, 6).plusMonths((i * 13L) % 110).atEndOfMonth().toString();
    }

    private boolean smallOnly;

    QueryRunner forFirstMonth(YearMonth firstMonth) {
        smallOnly = firstMonth.getYear() >= 2025;
        return this;
    }
}
