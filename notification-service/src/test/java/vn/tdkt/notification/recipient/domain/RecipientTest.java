package vn.tdkt.notification.recipient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientTest {

    @Test
    void escalationsGoToTheHeadWhenKnownOtherwiseToTheUnit() {
        // given
        Recipient withHead = new Recipient("SNV", "tdkt@snv.sonla.gov.vn", "giamdoc@snv.sonla.gov.vn", 0L);
        Recipient withoutHead = new Recipient("UBND", "tdkt@ubnd.sonla.gov.vn", " ", 0L);

        // then
        assertThat(withHead.addressFor(true)).isEqualTo("giamdoc@snv.sonla.gov.vn");
        assertThat(withHead.addressFor(false)).isEqualTo("tdkt@snv.sonla.gov.vn");
        assertThat(withoutHead.addressFor(true)).isEqualTo("tdkt@ubnd.sonla.gov.vn");
        assertThat(withoutHead.headEmail()).isNull();
    }

    @Test
    void unitCodesAreShortUpperCaseCodes() {
        assertThat(Recipient.isValidUnitCode("PCHIENGLE")).isTrue();
        assertThat(Recipient.isValidUnitCode("snv")).isFalse();
        assertThat(Recipient.isValidUnitCode("S")).isFalse();
        assertThat(Recipient.isValidUnitCode(null)).isFalse();
    }
}
