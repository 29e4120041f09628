package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An operation of the document, with what its path says about it. */
record Endpoint(PathItem.HttpMethod method, String path, Operation operation) {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    boolean isCommand() {
        return ApiConventions.isCommand(method, path);
    }

    boolean isRead() {
        return method == PathItem.HttpMethod.GET;
    }

    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    List<Parameter> parameters() {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    Parameter parameter(String in, String name) {
        return parameters().stream().filter(p -> in.equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    /** The path with an example id in each variable, as it would appear in a problem's instance. */
    String examplePath() {
        Matcher matcher = PATH_VARIABLE.matcher(path);
        StringBuilder example = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(example, Matcher.quoteReplacement(SchemaExamples.valueFor(name)));
        }
        matcher.appendTail(example);
        return example.toString();
    }

    /** What the record of the last path variable is called in words: auditId is an "audit". */
    String thing() {
        List<String> variables = pathVariables();
        if (variables.isEmpty()) {
            return "record";
        }
        String name = variables.get(variables.size() - 1);
        if (name.equals("name")) {
            return "read model";
        }
        String bare = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
        return bare.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
