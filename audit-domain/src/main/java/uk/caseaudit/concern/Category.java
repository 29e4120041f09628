package uk.caseaudit.concern;

/** The Ofsted Annex H classification of a case of concern. */
public enum Category {
    /** The issues suggest the child is at risk; the Head of Service must act immediately. */
    CATEGORY_1,
    /** The risk assessment or service offer is not appropriate to the child's needs. */
    CATEGORY_2
}
