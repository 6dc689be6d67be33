package vn.tdkt.platform.scheduling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AliasFor;

/**
 * A feature's configuration of {@link LockedJob} beans, on unless {@code <prefix>.<switchName>} is {@code false}: tests
 * and instances that must not scan turn a feature's scheduled work off with one property. Stands for
 * {@code @Configuration(proxyBeanMethods = false)} plus that {@code @ConditionalOnProperty}, which every feature wrote
 * out the same way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(havingValue = "true", matchIfMissing = true)
public @interface JobsConfiguration {

    /** The feature's property prefix, e.g. {@code tdkt.nomination.council}. */
    @AliasFor(annotation = ConditionalOnProperty.class, attribute = "prefix")
    String prefix();

    /** The switch under the prefix. */
    @AliasFor(annotation = ConditionalOnProperty.class, attribute = "name")
    String[] switchName() default "scheduled";
}
