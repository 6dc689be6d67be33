package vn.tdkt.plan.movement.domain;

/**
 * Where dossiers under the movement are received (configurable per plan, DOMAIN §2.4): a registry unit, a text
 * ("Phòng Thi đua, khen thưởng, Sở Nội vụ"; "qua hệ thống iDesk"), or both.
 */
public record ReceivingDesk(String unitCode, String text) {
}
