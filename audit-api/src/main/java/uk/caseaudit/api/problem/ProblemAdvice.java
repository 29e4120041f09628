package uk.caseaudit.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
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
        ProblemDetail problem = titled(HttpStatus.UNPROCESSABLE_ENTITY, "Refused by a domain rule", violation.getMessage());
        problem.setType(URI.create("urn:case-audit:rule:" + violation.rule().name()));
        problem.setProperty("rule", violation.rule().name());
        return problem;
    }

    @ExceptionHandler(IfMatch.MalformedIfMatch.class)
    ProblemDetail malformedIfMatch(IfMatch.MalformedIfMatch malformed) {
        return invalid(malformed.getMessage(), List.of(new FieldError("If-Match", malformed.getMessage())));
    }

    @ExceptionHandler(ReadConsistency.NotCaughtUp.class)
    ResponseEntity<ProblemDetail> notCaughtUp(ReadConsistency.NotCaughtUp notCaughtUp) {
        return retryShortly(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, notCaughtUp.getMessage()));
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest bad) {
        return invalid("The parameter '" + bad.field() + "' " + bad.getMessage() + ".",
                List.of(new FieldError(bad.field(), bad.getMessage())));
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
        return titled(HttpStatus.PRECONDITION_FAILED, "Stale version",
                "The record has changed since the version given in If-Match; read it again.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException clash) {
        return titled(HttpStatus.CONFLICT, "Concurrent change",
                "Another request changed the same record at the same time; nothing of this one was stored.");
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        return titled(HttpStatus.CONFLICT, conflict.title(), conflict.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyInProgress.class)
    ProblemDetail idempotencyKeyInProgress(RuntimeException inProgress) {
        return titled(HttpStatus.CONFLICT, "Idempotency-Key in progress", inProgress.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException invalid) {
        return invalid("Invalid request parameters.", invalid.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistypedParameter(MethodArgumentTypeMismatchException mistyped) {
        return invalid("The parameter '" + mistyped.getName() + "' has the wrong form.",
                List.of(new FieldError(mistyped.getName(), "wrong form")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(invalid("Invalid request body.",
                invalid.getBindingResult().getFieldErrors().stream()
                        .map(error -> new FieldError(error.getField(),
                                error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage()))
                        .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                   HttpHeaders headers, HttpStatusCode status,
                                                                   WebRequest request) {
        String detail = "The request body is not valid JSON of the expected form.";
        Throwable cause = unreadable.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(invalid(detail, List.of(new FieldError(path(unknown), "unknown field"))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // The field is named; its value is not repeated (it may be a child's reference).
            return ResponseEntity.badRequest().body(invalid(detail,
                    List.of(new FieldError(path(mapping), "wrong type or form"))));
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    /** A command whose transaction reached its commit after the append time limit: rolled back, to be sent again. */
    @ExceptionHandler(AppendTimeLimit.AppendTimedOut.class)
    ResponseEntity<ProblemDetail> appendedTooLate(AppendTimeLimit.AppendTimedOut late) {
        return tooLate();
    }

    private static ResponseEntity<ProblemDetail> tooLate() {
        return retryShortly(titled(HttpStatus.SERVICE_UNAVAILABLE, "Too slow to store", AppendTimeLimit.REFUSAL));
    }

    private static ProblemDetail titled(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A 400 listing every invalid field, parameter or header. */
    private static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> retryShortly(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
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
