package vn.tdkt.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLayoutTest {

    @TempDir
    Path parent;

    @Test
    void a_new_folder_is_marked_with_the_current_layout_and_nothing_is_moved() throws Exception {
        Path data = parent.resolve("data");

        assertThat(StoreLayout.prepare(data)).isNull();

        assertThat(data.resolve(StoreLayout.MARKER)).hasContent(Integer.toString(StoreLayout.CURRENT));
        assertThat(parent).isDirectoryNotContaining(path -> path.getFileName().toString().contains(".layout-"));
    }

    @Test
    void a_folder_whose_store_predates_the_marker_is_moved_aside_whole_and_replaced_by_an_empty_one()
            throws Exception {
        Path data = parent.resolve("data");
        Files.createDirectories(MongoWireServer.storeFile(data).getParent());
        Files.writeString(MongoWireServer.storeFile(data), "old store");
        Files.writeString(data.resolve("demo-loaded"), "plan=1");

        Path moved = StoreLayout.prepare(data);

        assertThat(moved.getFileName().toString()).startsWith("data.layout-1-");
        assertThat(MongoWireServer.storeFile(moved)).hasContent("old store");
        assertThat(moved.resolve("demo-loaded")).exists();
        try (Stream<Path> entries = Files.list(data)) {
            assertThat(entries).containsExactly(data.resolve(StoreLayout.MARKER));
        }
    }

    @Test
    void a_folder_of_the_current_layout_is_left_as_it_is() throws Exception {
        Path data = parent.resolve("data");
        StoreLayout.prepare(data);
        Files.createDirectories(MongoWireServer.storeFile(data).getParent());
        Files.writeString(MongoWireServer.storeFile(data), "current store");

        assertThat(StoreLayout.prepare(data)).isNull();

        assertThat(MongoWireServer.storeFile(data)).hasContent("current store");
    }
}
