package vn.tdkt.contracts;

/**
 * A versioned event type. {@link #type()} is the CloudEvents {@code type} attribute, e.g.
 * {@code tdkt.plan.task-due.v1}; {@link #name()} is the kebab-case name ({@code task-due}) that also names
 * the JSON Schema and golden fixture resources.
 */
public record EventType(String name, int version, Topic topic, Class<?> payloadType) {

    public String type() {
        return "tdkt." + topic.owner() + "." + name + ".v" + version;
    }

    public String schemaResource() {
        return "/contracts/schemas/" + name + ".v" + version + ".json";
    }

    public String fixtureResource() {
        return "/contracts/fixtures/" + name + ".v" + version + ".json";
    }

    @Override
    public String toString() {
        return type();
    }
}
