package vn.tdkt.notification.delivery.application;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdkt.platform.events.EventJson;

/**
 * An event as a CloudEvent in the structured JSON format (CloudEvents 1.0, JSON Event Format: the attributes and
 * {@code data} in one object, media type {@code application/cloudevents+json}), the body of a webhook delivery.
 * {@code sequence} is the CloudEvents sequence extension (the source aggregate's version, as a string).
 */
public final class CloudEventJson {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    private CloudEventJson() {
    }

    public static String write(SourceEvent event) {
        Map<String, Object> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", event.id());
        cloudEvent.put("source", event.source() == null ? "/tdkt" : event.source());
        cloudEvent.put("type", event.type());
        if (event.subject() != null) {
            cloudEvent.put("subject", event.subject());
        }
        if (event.time() != null) {
            cloudEvent.put("time", event.time().toString());
        }
        cloudEvent.put("sequence", Long.toString(event.sequence()));
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("data", event.payload());
        return EventJson.mapper().writeValueAsString(cloudEvent);
    }
}
