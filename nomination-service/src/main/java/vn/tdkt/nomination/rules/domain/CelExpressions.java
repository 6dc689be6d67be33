package vn.tdkt.nomination.rules.domain;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;

/**
 * The one CEL environment of the rule conditions (Common Expression Language, {@code dev.cel:cel}): the variables
 * a rule may read, the standard macros ({@code has}, {@code all}, {@code exists}, {@code filter}, {@code map}) and the
 * {@code lists}, {@code strings} and {@code math} extensions. Expressions are compiled once, when the rule set loads,
 * so a typo stops the service at start-up instead of failing a dossier.
 */
public final class CelExpressions {

    /** Variables every expression sees; values are plain maps, lists, strings, longs, doubles and booleans. */
    public static final String PROPOSAL = "proposal";
    public static final String AWARD = "award";
    public static final String FACTS = "facts";
    public static final String DOSSIER = "dossier";
    public static final String HAS_DOSSIER = "hasDossier";
    public static final String PARAMS = "params";
    public static final String LANG = "lang";

    private static final CelOptions OPTIONS = CelOptions.current().build();

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar(PROPOSAL, SimpleType.DYN)
            .addVar(AWARD, SimpleType.DYN)
            .addVar(FACTS, SimpleType.DYN)
            .addVar(DOSSIER, SimpleType.DYN)
            .addVar(HAS_DOSSIER, SimpleType.BOOL)
            .addVar(PARAMS, SimpleType.DYN)
            .addVar(LANG, SimpleType.STRING)
            .addCompilerLibraries(CelExtensions.lists(), CelExtensions.strings(), CelExtensions.math(OPTIONS))
            .addRuntimeLibraries(CelExtensions.lists(), CelExtensions.strings(), CelExtensions.math(OPTIONS))
            .build();

    private CelExpressions() {
    }

    /** A compiled expression and its source text. */
    public record Compiled(String source, CelRuntime.Program program) {

        /** Evaluates against {@code activation}. */
        public Object evaluate(Map<String, ?> activation) throws CelEvaluationException {
            return program.eval(activation);
        }
    }

    /**
     * Compiles {@code expression}.
     *
     * @throws IllegalArgumentException with CEL's message (line, column, what is wrong)
     */
    public static Compiled compile(String expression) {
        try {
            return new Compiled(expression, CEL.createProgram(CEL.compile(expression).getAst()));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
