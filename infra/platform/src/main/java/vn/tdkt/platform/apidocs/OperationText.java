package vn.tdkt.platform.apidocs;

import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.MethodJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * An operation's summary, description and id, taken from its controller method so that the code is the one place
 * they are written.
 * <ul>
 *   <li>Summary and description: the method's Javadoc (compiled in by the therapi annotation processor). The first
 *   sentence — up to the first period followed by white space, as the Javadoc tool reads it — is the summary, the
 *   rest is the description. (springdoc's own split ends the summary at the first period anywhere, so that
 *   {@code {@code a.b}} would make the whole text the summary; and it repeats the summary in the description.)</li>
 *   <li>Id: {@code <resource>-<method>} in kebab case, from the controller's name without {@code Controller} and the
 *   method's name ({@code DossierController.returnForCompletion} → {@code dossier-return-for-completion}). It is
 *   URL-friendly and stable: springdoc's own ids are method names with a counter ({@code get_3}) that shifts when
 *   another controller gains a method.</li>
 *   <li>An explicit {@code @Operation(summary, description, operationId)} on the method wins.</li>
 *   <li>An operation that several methods serve (one per request content type, such as a plan import as text, JSON
 *   or a file) passes here once per method: the first method that documents it (explicitly, or else by Javadoc)
 *   gives the text, and an explicit {@code operationId} on any of them gives the id. Give such an operation its
 *   text on one method and its id with {@code @Operation(operationId = ...)}.</li>
 * </ul>
 */
final class OperationText {

    /** Marks, during one build of the document, which part of an operation a method already gave. */
    private static final String MARK = "x-tdkt-documented";
    private static final String TEXT = "text";
    private static final String ID = "id";
    private static final String EXPLICIT_ID = "explicit-id";

    /** The end of the first sentence: a period followed by white space, or an HTML paragraph or list. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s)|\\.$|(?=<p>|<ul>|<ol>)");
    private static final Pattern LINE_INDENT = Pattern.compile("\\n[ \\t]+");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])|([A-Z]+)([A-Z][a-z])");

    private static final CommentFormatter FORMATTER = new CommentFormatter();

    private OperationText() {
    }

    static void describe(Operation operation, HandlerMethod handler) {
        Method method = handler.getMethod();
        io.swagger.v3.oas.annotations.Operation explicit = AnnotatedElementUtils.findMergedAnnotation(method,
                io.swagger.v3.oas.annotations.Operation.class);
        boolean explicitText = explicit != null && !(explicit.summary().isBlank() && explicit.description().isBlank());
        boolean explicitId = explicit != null && !explicit.operationId().isBlank();

        if (explicitId) {
            operation.setOperationId(explicit.operationId());
            mark(operation, EXPLICIT_ID);
        } else if (!marked(operation, ID) && !marked(operation, EXPLICIT_ID)) {
            String id = kebab(resource(handler.getBeanType())) + "-" + kebab(method.getName());
            operation.setOperationId(id);
            mark(operation, ID, id);
        }

        if (marked(operation, TEXT)) {
            return;
        }
        if (explicitText) {
            mark(operation, TEXT); // springdoc has applied the annotation
            return;
        }
        MethodJavadoc javadoc = RuntimeJavadoc.getJavadoc(method);
        String text = javadoc == null || javadoc.isEmpty() ? "" : FORMATTER.format(javadoc.getComment()).strip();
        if (text.isEmpty()) {
            return;
        }
        String[] parts = split(text);
        operation.setSummary(parts[0]);
        operation.setDescription(parts[1].isEmpty() ? null : parts[1]);
        mark(operation, TEXT);
    }

    /**
     * Finishes the document: removes the build marks, and drops the indentation Javadoc leaves after each line break
     * (an aligned {@code @param} continuation), so that Markdown renders the text as the paragraph it is.
     */
    static void finish(OpenAPI openApi) {
        separateSameIds(openApi);
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(java.util.List::stream)
                    .forEach(operation -> {
                        if (operation.getExtensions() != null) {
                            operation.getExtensions().remove(MARK);
                            if (operation.getExtensions().isEmpty()) {
                                operation.setExtensions(null);
                            }
                        }
                        operation.setDescription(tidy(operation.getDescription()));
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(p -> p.setDescription(tidy(p.getDescription())));
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().forEach(r -> r.setDescription(tidy(r.getDescription())));
                        }
                    });
        }
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
                schema.setDescription(tidy(schema.getDescription()));
                if (schema.getProperties() != null) {
                    for (Schema<?> property : schema.getProperties().values()) {
                        property.setDescription(tidy(property.getDescription()));
                    }
                }
            }
        }
    }

    /**
     * Two derived ids can meet: two controllers of the same name in different features, or an overloaded method. Then
     * each of them is named by its method and path instead ({@code get-dossiers-id-documents}), which is unique, so
     * that neither depends on which controller was read first.
     */
    private static void separateSameIds(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Map<String, java.util.List<Runnable>> renames = new java.util.LinkedHashMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Object derived = marks(operation).get(ID);
            if (derived instanceof String id && !marked(operation, EXPLICIT_ID)) {
                // springdoc has given the second and later ones a counter (test-app-echo_1): the mark keeps the id
                String byPath = method.name().toLowerCase(Locale.ROOT) + "-" + slug(path);
                renames.computeIfAbsent(id, key -> new java.util.ArrayList<>())
                        .add(() -> operation.setOperationId(byPath));
            }
        }));
        renames.values().stream().filter(same -> same.size() > 1).flatMap(java.util.List::stream)
                .forEach(Runnable::run);
    }

    /** {@code /api/v1/dossiers/{id}/documents} → {@code dossiers-id-documents}. */
    static String slug(String path) {
        String local = path.replaceFirst("^/api/v\\d+", "");
        return kebab(String.join("-", java.util.Arrays.stream(local.split("[^A-Za-z0-9]+"))
                .filter(part -> !part.isEmpty()).toList()));
    }

    private static String tidy(String text) {
        return text == null ? null : LINE_INDENT.matcher(text).replaceAll("\n");
    }

    /** {@code [summary, description]}: the first sentence (white space folded) and the rest. */
    static String[] split(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        if (!end.find()) {
            return new String[] {fold(text), ""};
        }
        int cut = end.group().equals(".") ? end.end() : end.start();
        String rest = text.substring(cut).strip();
        if (rest.startsWith("<p>")) {
            rest = rest.substring(3).strip();
        }
        return new String[] {fold(text.substring(0, cut)), rest};
    }

    static String kebab(String name) {
        Matcher matcher = CAMEL.matcher(name);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, matcher.group(1) != null ? "$1-$2" : "$3-$4");
        }
        matcher.appendTail(out);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String resource(Class<?> controller) {
        String name = controller.getSimpleName();
        return name.endsWith("Controller") && name.length() > "Controller".length()
                ? name.substring(0, name.length() - "Controller".length()) : name;
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static boolean marked(Operation operation, String part) {
        return marks(operation).containsKey(part);
    }

    private static Map<?, ?> marks(Operation operation) {
        Object marks = operation.getExtensions() == null ? null : operation.getExtensions().get(MARK);
        return marks instanceof Map<?, ?> map ? map : Map.of();
    }

    private static void mark(Operation operation, String part) {
        mark(operation, part, Boolean.TRUE);
    }

    @SuppressWarnings("unchecked")
    private static void mark(Operation operation, String part, Object value) {
        Object marks = operation.getExtensions() == null ? null : operation.getExtensions().get(MARK);
        if (!(marks instanceof Map<?, ?>)) {
            marks = new java.util.LinkedHashMap<String, Object>();
            operation.addExtension(MARK, marks);
        }
        ((Map<String, Object>) marks).put(part, value);
    }
}
