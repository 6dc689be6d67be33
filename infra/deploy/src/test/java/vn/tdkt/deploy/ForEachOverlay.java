package vn.tdkt.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A test run once for each overlay ({@link Rendered#OVERLAYS}), which it takes as its {@code String} argument. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@FieldSource("vn.tdkt.deploy.Rendered#OVERLAYS")
@interface ForEachOverlay {
}
