package uk.caseaudit.shared;

/**
 * The domain rules a command can break; the API names the rule in its 422 answer.
 */
public enum Rule {
    EFFECTIVE_DATE_IN_FUTURE("A fact cannot take effect after today."),
    EFFECTIVE_DATE_BEFORE_PRECEDING_FACT("A fact cannot take effect before the fact it follows."),
    DUE_DATE_BEFORE_SCHEDULING("An audit cannot be due before it is scheduled."),
    AUDIT_INADMISSIBLE("An audit declared inadmissible takes no further judgements, moderation, declaration, "
            + "cases of concern or actions."),
    OVERALL_GRADE_REQUIRED("Judgements need a grade for the overall practice area."),
    JUDGEMENTS_ALREADY_SUBMITTED("An audit's judgements are submitted once; later changes go through moderation."),
    JUDGEMENTS_NOT_SUBMITTED("This needs the audit's judgements to be submitted first."),
    NO_PRACTICE_AREA_MODERATED("A moderation needs a grade for at least one practice area."),
    GRADE_NOT_SUBMITTED("A grade can't be moderated before it was submitted."),
    OVERALL_GRADE_NOT_INADEQUATE("A case of concern is raised only from an audit whose overall grade is inadequate."),
    CHILD_REFERENCE_MISMATCH("A case of concern is raised for the child of the audit it comes from."),
    CHILD_ALREADY_HAS_OPEN_CASE("A child has at most one open case of concern."),
    CASE_OF_CONCERN_CLOSED("This step needs the case of concern to be open."),
    CASE_OF_CONCERN_OPEN("This step needs the case of concern to be closed."),
    CATEGORY_UNCHANGED("A case of concern can only be re-categorised to a different category."),
    REVIEW_REQUIRED_BEFORE_CLOSURE("Closing a case of concern needs a review recorded since it was raised, "
            + "last re-categorised or reopened."),
    DUE_DATE_BEFORE_AGREEMENT("An action cannot be due before it was agreed."),
    ACTION_COMPLETED("A completed action takes no further steps."),
    ACTION_CANCELLED("A cancelled action takes no further steps."),
    ACTION_NOT_OUTSTANDING("Only an outstanding action (not completed, not cancelled, past its due date) "
            + "can be escalated."),
    ACTION_ALREADY_ESCALATED("An action is escalated once.");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    /** The rule in one plain sentence, safe to show a user (it names no child). */
    public String description() {
        return description;
    }
}
