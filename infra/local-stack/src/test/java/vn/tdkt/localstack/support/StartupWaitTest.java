package vn.tdkt.localstack.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWaitTest {

    @TempDir
    Path dir;

    @Test
    void givenAChildThatExited_whenPausing_thenItFailsAtOnceWithTheExitCodeAndTheEndOfItsLog() {
        ChildProcess child = ChildProcess.start("quitter",
                new ProcessBuilder(JavaCommand.executable(), "-version"), dir.resolve("quitter.log"));
        assertThat(child.awaitExit(Duration.ofSeconds(60))).hasValue(0);
        StartupWait wait = new StartupWait(child, "quitter", Duration.ofMinutes(5));

        assertThatThrownBy(() -> wait.pause(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("quitter exited with code 0; last lines of " + dir.resolve("quitter.log"))
                .hasMessageContaining("version"); // what `java -version` wrote, from the log
    }

    @Test
    void givenALiveChild_whenPausingWithinItsTimeOrPastIt_thenItSleepsOrFailsAsNotReady() {
        ChildProcess child = ChildProcess.start("sleeper", new ProcessBuilder("sleep", "60"), dir.resolve("sleeper.log"));
        try {
            assertThatCode(() -> new StartupWait(child, "sleeper", Duration.ofMinutes(5)).pause(Duration.ofMillis(10)))
                    .doesNotThrowAnyException();

            StartupWait expired = new StartupWait(child, "sleeper", Duration.ZERO);
            assertThatThrownBy(() -> expired.pause(Duration.ofMillis(10)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("sleeper not ready after 0 s; see " + dir.resolve("sleeper.log"));
        } finally {
            child.kill();
        }
    }
}
