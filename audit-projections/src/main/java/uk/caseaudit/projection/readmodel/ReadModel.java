package uk.caseaudit.projection.readmodel;

import java.util.List;

/**
 * A read model as it declares itself, once, as a bean in its folder: its name and its tables.
 *
 * <p>The name is that of its processing group, and so of its event processor, its token entries and its dead letters.
 * Each table {@code T} exists twice, {@code T_a} and {@code T_b}, behind a view {@code T} (see {@link BlueGreen}); the
 * read model's migrations, in its folder beside its code, create them. The tables are listed each referred-to table
 * before those referring to it.
 */
public record ReadModel(String name, List<String> tables) {

    public ReadModel(String name, String... tables) {
        this(name, List.of(tables));
    }
}
