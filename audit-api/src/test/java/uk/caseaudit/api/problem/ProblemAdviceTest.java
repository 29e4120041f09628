package uk.caseaudit.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;
import uk.caseaudit.api.events.AppendTimeLimit;

class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void a_commit_postgresql_refused_for_the_append_time_limit_is_answered_503_with_retry_after() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new TransactionSystemException("Could not commit",
                new SQLException("events appended at … are committed after the append time limit", "CA001")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getDetail()).isEqualTo(AppendTimeLimit.REFUSAL);
    }

    @Test
    void any_other_failure_of_a_commit_is_answered_500_without_its_message() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new TransactionSystemException("Could not commit",
                new SQLException("duplicate key value violates unique constraint", "23505")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).doesNotContain("duplicate");
    }
}
