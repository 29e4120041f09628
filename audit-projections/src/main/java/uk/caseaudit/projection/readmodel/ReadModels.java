package uk.caseaudit.projection.readmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every read model the service keeps: those declared as {@link ReadModel} beans. */
@Component
public class ReadModels {

    private final List<ReadModel> declared;

    public ReadModels(List<ReadModel> declared) {
        this.declared = declared.stream().sorted(Comparator.comparing(ReadModel::name)).toList();
    }

    public List<String> names() {
        return declared.stream().map(ReadModel::name).toList();
    }

    public boolean contains(String name) {
        return find(name).isPresent();
    }

    public Optional<ReadModel> find(String name) {
        return declared.stream().filter(readModel -> readModel.name().equals(name)).findFirst();
    }
}
