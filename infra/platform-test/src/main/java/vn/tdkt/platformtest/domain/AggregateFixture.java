package vn.tdkt.platformtest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.tdkt.contracts.DomainEvent;

/**
 * Domain tests in given / when / then, after Axon's {@code AggregateTestFixture}: given an aggregate (and commands
 * that already happened to it), when a command runs, expect the events it returns, or the rule it breaks, and the
 * state it leaves. Events are compared by payload, so a test names the typed events the aggregate returns.
 *
 * <pre>{@code
 * given(task).andGiven(t -> t.start("SGDDT"))
 *     .when(t -> t.complete(evidence, today))
 *     .expectEvents(new TaskCompleted(...))
 *     .expectState(t -> assertThat(t.status()).isEqualTo(DONE));
 * }</pre>
 */
public final class AggregateFixture<A> {

    private final A aggregate;

    private AggregateFixture(A aggregate) {
        this.aggregate = aggregate;
    }

    public static <A> AggregateFixture<A> given(A aggregate) {
        return new AggregateFixture<>(aggregate);
    }

    /** A command that already happened: it must succeed, and its events are not expected of the test. */
    public AggregateFixture<A> andGiven(Function<? super A, ? extends List<?>> pastCommand) {
        pastCommand.apply(aggregate);
        return this;
    }

    public Outcome<A> when(Function<? super A, ? extends List<?>> command) {
        List<?>[] events = new List<?>[1];
        Throwable error = catchThrowable(() -> events[0] = command.apply(aggregate));
        return new Outcome<>(aggregate, events[0], error);
    }

    /** A command that creates the aggregate: {@code factory} returns it together with its events. */
    public static <A> Outcome<A> whenCreated(Supplier<A> factory, Function<? super A, ? extends List<?>> events) {
        A[] created = newArray();
        Throwable error = catchThrowable(() -> created[0] = factory.get());
        return new Outcome<>(created[0], error == null ? events.apply(created[0]) : null, error);
    }

    @SuppressWarnings("unchecked")
    private static <A> A[] newArray() {
        return (A[]) new Object[1];
    }

    /** What the command did. */
    public static final class Outcome<A> {

        private final A aggregate;
        private final List<Object> events;
        private final Throwable error;

        Outcome(A aggregate, List<?> events, Throwable error) {
            this.aggregate = aggregate;
            this.events = events == null ? null : events.stream().map(Outcome::payload).toList();
            this.error = error;
        }

        private static Object payload(Object event) {
            return event instanceof DomainEvent domainEvent ? domainEvent.payload() : event;
        }

        public Outcome<A> expectEvents(Object... expected) {
            succeeded();
            assertThat(events).as("events").containsExactly(expected);
            return this;
        }

        public Outcome<A> expectEventsSatisfying(Consumer<List<Object>> check) {
            succeeded();
            check.accept(events);
            return this;
        }

        public Outcome<A> expectNoEvents() {
            succeeded();
            assertThat(events).as("events").isEmpty();
            return this;
        }

        public Outcome<A> expectState(Consumer<? super A> check) {
            check.accept(aggregate);
            return this;
        }

        /**
         * The command broke the rule with this message key (a {@code DomainException}, whose {@code code()} is read
         * reflectively: the platform's tests use this kit, so it cannot depend on the platform).
         */
        public Outcome<A> expectError(String code) {
            assertThat(error).as("expected the broken rule %s", code).isNotNull();
            Object actual;
            try {
                actual = error.getClass().getMethod("code").invoke(error);
            } catch (ReflectiveOperationException notADomainError) {
                throw new AssertionError("expected the broken rule " + code + " but got " + error, error);
            }
            assertThat(actual).as("broken rule of %s", error).isEqualTo(code);
            return this;
        }

        public Outcome<A> expectError(Class<? extends Throwable> type) {
            assertThat(error).as("expected %s", type.getSimpleName()).isInstanceOf(type);
            return this;
        }

        private void succeeded() {
            assertThat(error).as("the command failed").isNull();
        }
    }
}
