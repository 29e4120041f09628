package uk.caseaudit.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.caseaudit.api.command.IdempotencyKeyInProgress;
import uk.caseaudit.api.events.AppendTimeLimit;
import uk.caseaudit.api.command.IfMatch;
import uk.caseaudit.api.read.ReadConsistency;
import uk.caseaudit.shared.RuleViolation;

/**
 * Maps every failure to application/problem+json, in one place. Details name the rule or the field,
 * never a child's reference, never a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                violation.getMessage());
        problem.setTitle("Refused by a domain rule");
        problem.setType(URI.create("urn:case-audit:rule:" + violation.rule().name()));
        problem.setProperty("rule", violation.rule().name());
        return problem;
    }

    @ExceptionHandler(IfMatch.MalformedIfMatch.class)
    ProblemDetail malformedIfMatch(IfMatch.MalformedIfMatch malformed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, malformed.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "If-Match", "message", malformed.getMessage())));
        return problem;
    }

    @ExceptionHandler(ReadConsistency.NotCaughtUp.class)
    ResponseEntity<ProblemDetail> notCaughtUp(ReadConsistency.NotCaughtUp notCaughtUp) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, notCaughtUp.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter '" + bad.field() + "' " + bad.getMessage() + ".");
        problem.setProperty("errors", List.of(Map.of("field", bad.field(), "message", bad.getMessage())));
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such record.");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The record has changed since the version given in If-Match; read it again.");
        problem.setTitle("Stale version");
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException clash) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another request changed the same record at the same time; nothing of this one was stored.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle(conflict.title());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyInProgress.class)
    ProblemDetail idempotencyKeyInProgress(RuntimeException inProgress) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, inProgress.getMessage());
        problem.setTitle("Idempotency-Key in progress");
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request parameters.");
        problem.setProperty("errors", invalid.getConstraintViolations().stream()
                .map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistypedParameter(MethodArgumentTypeMismatchException mistyped) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter '" + mistyped.getName() + "' has the wrong form.");
        problem.setProperty("errors", List.of(Map.of("field", mistyped.getName(), "message", "wrong form")));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request body.");
        problem.setProperty("errors", invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                   HttpHeaders headers, HttpStatusCode status,
                                                                   WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected form.");
        Throwable cause = unreadable.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem.setProperty("errors", List.of(Map.of("field", path(unknown), "message", "unknown field")));
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // The field is named; its value is not repeated (it may be a child's reference).
            problem.setProperty("errors", List.of(Map.of("field", path(mapping), "message", "wrong type or form")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A command whose transaction reached its commit after the append time limit: rolled back, to be sent again. */
    @ExceptionHandler(AppendTimeLimit.AppendTimedOut.class)
    ResponseEntity<ProblemDetail> appendedTooLate(AppendTimeLimit.AppendTimedOut late) {
        return tooLate();
    }

    private static ResponseEntity<ProblemDetail> tooLate() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                AppendTimeLimit.REFUSAL);
        problem.setTitle("Too slow to store");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    /**
     * An unexpected failure is logged by the types of its causes and where they were thrown, never by their messages
     * (a database's message can quote a child's record); the whole trace only at DEBUG.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (AppendTimeLimit.refusedLate(failure)) { // refused by PostgreSQL at the commit
            return tooLate();
        }
        log.error("Unexpected failure: {}", causeChain(failure));
        log.debug("Unexpected failure", failure);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was stored."));
    }

    /** Each cause's type and the frame it was thrown from, outermost first. */
    static String causeChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            if (frames.length > 0) {
                chain.append(" at ").append(frames[0]);
            }
        }
        return chain.toString();
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference node : mapping.getPath()) {
            if (node.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getFieldName());
            } else if (node.getIndex() >= 0) {
                path.append('[').append(node.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
