package vn.tdkt.notification.reminder.messaging;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.notification.reminder.application.NotificationIntake;
import vn.tdkt.notification.reminder.domain.NotificationComposer;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;

/**
 * The two inbound functions: {@code planEvents} (topic {@code tdkt.plan.events}: task-due, task-overdue) and
 * {@code nominationEvents} ({@code tdkt.nomination.events}: dossier-appraised). Other event types on those
 * topics are skipped; malformed records are poison events (dead-letter topic, no retry).
 */
@Configuration(proxyBeanMethods = false)
class ReminderEventHandlers {

    private final NotificationIntake intake;
    private final NotificationComposer composer;

    ReminderEventHandlers(NotificationIntake intake, Clock clock) {
        this.intake = intake;
        this.composer = new NotificationComposer(clock.getZone());
    }

    @Bean
    Consumer<Message<byte[]>> planEvents(InboundEventReader reader) {
        return EventRouter.builder(reader)
                .on(EventTypes.TASK_DUE, this::onTaskDue)
                .on(EventTypes.TASK_OVERDUE, this::onTaskOverdue)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> nominationEvents(InboundEventReader reader) {
        return EventRouter.builder(reader)
                .on(EventTypes.DOSSIER_APPRAISED, this::onDossierAppraised)
                .build();
    }

    void onTaskDue(InboundEvent<TaskDue> event) {
        intake.accept(event.id(), composer.taskDue(event.payload()));
    }

    void onTaskOverdue(InboundEvent<TaskOverdue> event) {
        intake.accept(event.id(), composer.taskOverdue(event.payload()));
    }

    void onDossierAppraised(InboundEvent<DossierAppraised> event) {
        intake.accept(event.id(), composer.dossierAppraised(event.payload()));
    }
}
