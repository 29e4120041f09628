package uk.caseaudit.demo;

import uk.caseaudit.shared.Actor;

/** One step of a scenario: a command and the person who gives it, in the role they act in. */
public record ScenarioStep(Actor actor, Object command) {
}
