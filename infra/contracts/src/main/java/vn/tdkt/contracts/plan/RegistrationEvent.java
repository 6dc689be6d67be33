package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event a unit registration (đăng ký thi đua) publishes. Keyed by {@code registrationId}. */
public sealed interface RegistrationEvent extends EventPayload
        permits RegistrationSubmitted, RegistrationApproved, RegistrationReturned {

    String registrationId();

    @Override
    default String aggregateId() {
        return registrationId();
    }
}
