package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation of the document, with its kind ({@link CommandOperation}, {@link ReadOperation}, or neither) and
 * what its path says about it.
 */
record Endpoint(PathItem.HttpMethod method, String path, Operation operation, String kind) {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** The ids of the examples, the same for the same kind of record everywhere. */
    static final Map<String, String> IDS = Map.of(
            "auditId", "5b0f7c1e-8d7a-4c55-9a43-1f0e6f2a9c11",
            "caseOfConcernId", "9e2d7a41-6b3c-4f8e-8d15-3a7c0b2e4f60",
            "actionId", "c3a9f2d8-1e47-4b6a-9f02-7d5e8b1c4a93");
    private static final String ANY_ID = "6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a";

    /** The operation, its kind taken out of the extension its annotation marked it with. */
    static Endpoint of(PathItem.HttpMethod method, String path, Operation operation) {
        Object kind = operation.getExtensions() == null ? null : operation.getExtensions().remove("x-" + ApiConventions.KIND);
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        return new Endpoint(method, path, operation, kind == null ? null : kind.toString());
    }

    boolean isCommand() {
        return "command".equals(kind);
    }

    boolean isRead() {
        return "read".equals(kind);
    }

    /** An example id for a path variable or a command's answer named so. */
    static String idFor(String name) {
        return IDS.getOrDefault(name, ANY_ID);
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
            matcher.appendReplacement(example, Matcher.quoteReplacement(
                    name.equals("name") ? "register" : name.endsWith("Id") ? idFor(name) : name));
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
