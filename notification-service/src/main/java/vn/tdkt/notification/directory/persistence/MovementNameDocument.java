package vn.tdkt.notification.directory.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Collection {@code movement_names}: a movement's name, so registration notices can name it. */
@Document(MovementNameDocument.COLLECTION)
class MovementNameDocument {

    static final String COLLECTION = "movement_names";

    @Id
    String id;
    String name;
}
