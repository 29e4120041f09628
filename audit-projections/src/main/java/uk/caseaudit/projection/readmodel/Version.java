package uk.caseaudit.projection.readmodel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a record in a read model: the record's whole state after one of its events (sequence number
 * {@link #seq}), effective from the event's day and recorded at the event's time. A read model's version type adds the
 * state's fields; a handler takes the latest version, makes {@linkplain #next the next} and applies its event to it.
 * Versions are values once stored: a handler never changes a version it has read.
 *
 * @param <V> the read model's version type itself
 */
public abstract class Version<V extends Version<V>> implements Cloneable {

    private long seq;
    private LocalDate effectiveFrom;
    private Instant recordedAt;

    protected Version(long seq, LocalDate effectiveFrom, Instant recordedAt) {
        this.seq = seq;
        this.effectiveFrom = effectiveFrom;
        this.recordedAt = recordedAt;
    }

    /** The record's id: that of the aggregate whose events make its versions. */
    public abstract String id();

    public long seq() {
        return seq;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** When the event was recorded; null for a version read back (the queries ask for it in SQL). */
    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * A copy of this version, every field as it is, as the version of the event {@code nextSeq}. A field that holds a
     * mutable collection is copied by {@link #copied}.
     */
    @SuppressWarnings("unchecked")
    public final V next(long nextSeq, LocalDate nextEffectiveFrom, Instant nextRecordedAt) {
        try {
            V next = (V) clone();
            Version<V> stamped = next;
            stamped.seq = nextSeq;
            stamped.effectiveFrom = nextEffectiveFrom;
            stamped.recordedAt = nextRecordedAt;
            next.copied();
            return next;
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Called on a new copy made by {@link #next}: replaces each mutable collection it shares with a copy. */
    protected void copied() {
    }
}
